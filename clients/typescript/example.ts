// An integrator's first program, on the plain generated client (`createClient<paths>()`):
// list a state's jurisdictions across pages, read a profile, a series and a search, take one
// list as CSV, and meet a 404 as a typed problem. Run: node dist/example.js <base URL>.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type Problem = components["schemas"]["Problem"];

const baseUrl = process.argv[2] ?? "http://127.0.0.1:8000";
const client = createClient<paths>({ baseUrl });

function fail(what: string, problem: Problem | undefined): never {
  throw new Error(`${what}: ${problem?.status} ${problem?.code} ${problem?.detail}`);
}

async function jurisdictionsIn(state: string): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const { data, error } = await client.GET("/api/v1/jurisdictions", {
      params: { query: { state, limit: 2, cursor } },
    });
    if (!data) fail("list jurisdictions", error);
    for (const row of data.data) names.push(row.name ?? row.slug);
    const next = data.links.next;
    cursor = next ? new URL(next, baseUrl).searchParams.get("cursor") ?? undefined : undefined;
  } while (cursor);
  return names;
}

async function main(): Promise<void> {
  const names = await jurisdictionsIn("WI");
  console.log(`jurisdictions in WI: ${names.join(", ")}`);

  const profile = await client.GET("/api/v1/jurisdictions/{slug}", {
    params: { path: { slug: "milwaukee-county-wi" } },
  });
  if (!profile.data) fail("profile", profile.error);
  const county = profile.data.data;
  console.log(`${county.name}: ${county.headline_figures.length} figures, lead agency ${county.lead_agency?.name ?? "none"}`);
  for (const figure of county.headline_figures) {
    console.log(`  ${figure.metric} = ${figure.value} ${figure.unit} (source ${figure.source_id})`);
  }

  const series = await client.GET("/api/v1/jurisdictions/{slug}/series/{metric}", {
    params: {
      path: { slug: "milwaukee-county-wi", metric: "average_daily_population" },
      query: { interval: "year" },
    },
  });
  if (!series.data) fail("series", series.error);
  console.log(`series: ${series.data.data.length} buckets, method: ${series.data.meta.method}`);

  const search = await client.GET("/api/v1/search", { params: { query: { q: "diversion" } } });
  if (!search.data) fail("search", search.error);
  const top = search.data.data[0];
  console.log(`search 'diversion': ${search.data.data.length} hits, first ${top?.type} ${top?.slug}`);

  const table = await client.GET("/api/v1/jurisdictions.csv", {
    params: { query: { state: "WI" } },
    parseAs: "text",
  });
  if (table.data === undefined) fail("CSV", table.error);
  const lines = table.data.trim().split("\r\n");
  console.log(`as CSV: ${lines.length - 1} rows, header ${lines[0]?.slice(0, 40)}...`);

  const missing = await client.GET("/api/v1/jurisdictions/{slug}", {
    params: { path: { slug: "no-such-place" } },
  });
  if (missing.data || !missing.error) throw new Error("expected a 404");
  const problem: Problem = missing.error;
  console.log(`404 as a typed problem: ${problem.status} ${problem.code}: ${problem.detail}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
