"""The coverage map: every sentence of the captured pages and the seed records that carry it.

A record *quotes* the source in some of its fields (a name, a figure as written, a strategy's
description, a profile's narrative). A quote is checked against the scope it claims: the
passage the record cites, or the document (captured page) the record comes from. A sentence
of the capture is *carried* by every quote that overlaps it inside that scope, so a name that
recurs elsewhere on a page does not count for sentences its record does not cite.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.seed.reader import SeedBundle

CAPTURE_DIR = "capture"
BULLET = "•"
ABBREVIATIONS = ("U.S.", "Inc.")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“*])")
MIN_FRAGMENT = 3


@dataclass(frozen=True)
class Unit:
    """One sentence (or one clause of a semicolon list) of a captured page."""

    document: str
    line: int
    text: str


@dataclass(frozen=True)
class Quote:
    """A field of a record that copies the source, and the text it must sit in."""

    record: str
    field: str
    text: str
    scope: str
    kind: str = "fact"


def normalize(text: str) -> str:
    """Whitespace collapsed, bullets and Markdown list/heading marks dropped."""
    lines = []
    for line in text.splitlines():
        line = line.strip()
        for mark in (f"{BULLET} ", "## ", "- "):
            line = line.removeprefix(mark)
        lines.append(line)
    return " ".join(" ".join(lines).split())


def split_units(text: str) -> list[str]:
    """Sentences of one line, then the clauses of a semicolon list; abbreviations kept whole."""
    pieces: list[str] = []
    for piece in SENTENCE_END.split(text):
        if pieces and pieces[-1].endswith(ABBREVIATIONS):
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
    return [clause for piece in pieces for clause in re.split(r"(?<=;)\s+", piece)]


def capture_lines(seed_dir: Path, capture: str, lines: str) -> list[tuple[int, str]]:
    """The numbered lines of a document's range in its capture file."""
    first, last = (int(n) for n in lines.split("-"))
    text = (seed_dir / CAPTURE_DIR / capture).read_text(encoding="utf-8").splitlines()
    return [(n, text[n - 1]) for n in range(first, last + 1)]


def document_units(seed_dir: Path, bundle: SeedBundle) -> list[Unit]:
    """Every sentence of every captured document, in page order."""
    units = []
    for doc in bundle.documents:
        if not (doc.capture and doc.lines):
            continue
        for number, line in capture_lines(seed_dir, doc.capture, doc.lines):
            for text in split_units(normalize(line)):
                if text:
                    units.append(Unit(doc.key, number, text))
    return units


def document_texts(seed_dir: Path, bundle: SeedBundle) -> dict[str, str]:
    """Each captured document's text, normalized."""
    return {
        doc.key: normalize("\n".join(t for _, t in capture_lines(seed_dir, doc.capture, doc.lines)))
        for doc in bundle.documents
        if doc.capture and doc.lines
    }


def quotes(bundle: SeedBundle) -> Iterator[Quote]:
    """Every quoting field of every seed record, with the passage or document it comes from."""
    document_of = {s.id: s.document for s in bundle.sources}
    area = {a.slug: a.name for a in bundle.action_areas}

    def cited(record: str, source: str | None, **fields: str | None) -> Iterator[Quote]:
        for name, value in fields.items():
            if value and source:
                yield Quote(record, name, value, f"passage:{source}")

    def paged(record: str, source: str | None, kind: str, **fields: str | None) -> Iterator[Quote]:
        for name, value in fields.items():
            if value and source:
                yield Quote(record, name, value, f"document:{document_of[source]}", kind)

    for s in bundle.sources:
        yield from paged(f"sources/{s.id}", s.id, "heading", section=s.section)
    for o in bundle.organizations:
        yield from cited(
            f"organizations/{o.slug}", o.source, name=o.name, abbreviation=o.abbreviation
        )
    for p in bundle.people:
        yield from cited(f"people/{p.slug}", p.source, name=p.name, title=p.title)
    for j in bundle.jurisdictions:
        record = f"jurisdictions/{j.slug}"
        areas = " ".join(area[a] for a in j.action_areas)
        yield from cited(
            record,
            j.source,
            name=j.name,
            jail_population_change_text=j.jail_population_change_text,
            action_areas=f"Action Areas {areas}" if j.has_profile and areas else None,
        )
        yield from paged(record, j.source, "fact", social_handle=j.social_handle)
        yield from paged(
            record,
            j.source,
            "text",
            background_and_approach=j.background_and_approach,
            results=j.results,
            remaining_challenges=j.remaining_challenges,
        )
    for n in bundle.networks:
        yield from cited(f"networks/{n.slug}", n.source, name=n.name, description=n.description)
    for st in bundle.strategies:
        yield from cited(f"strategies/{st.slug}", st.source, description=st.description)
    for ob in bundle.observations:
        yield from cited(f"observations/{ob.key}", ob.source, text_as_written=ob.text_as_written)
    for a in bundle.articles:
        record = f"articles/{a.slug}"
        tags = " ".join(area[t] for t in a.action_areas)
        dated = f"{tags} {a.published:%B} {a.published.day}, {a.published.year}"
        yield from cited(record, a.source, title=a.title, published=dated)
        yield from paged(record, a.source, "text", body=a.body)


def paragraphs(quote: Quote) -> list[str]:
    """A quote's text as the pieces that must each sit in its scope (a narrative: paragraphs)."""
    if quote.kind != "text":
        return [normalize(quote.text)]
    return [normalize(p) for p in re.split(r"\n\s*\n", quote.text) if p.strip()]


@dataclass
class Capture:
    """The captured pages as units, with the passages and documents quotes are checked in."""

    units: list[Unit]
    scopes: dict[str, str]
    quotes: list[Quote]
    kinds: dict[str, str]

    @classmethod
    def read(cls, seed_dir: Path, bundle: SeedBundle) -> "Capture":
        """Split the capture and gather every quote of the seed records."""
        scopes = {f"passage:{s.id}": normalize(s.passage) for s in bundle.sources}
        scopes |= {f"document:{k}": v for k, v in document_texts(seed_dir, bundle).items()}
        kinds = {doc.key: doc.kind for doc in bundle.documents}
        return cls(document_units(seed_dir, bundle), scopes, list(quotes(bundle)), kinds)

    def misquotes(self) -> list[str]:
        """Quotes whose text is not in the passage or page they claim to come from."""
        problems = []
        for q in self.quotes:
            if q.kind == "heading":
                continue
            scope = self.scopes.get(q.scope, "")
            for piece in paragraphs(q):
                if piece not in scope:
                    problems.append(f"{q.record}.{q.field}: {piece[:60]!r} is not in {q.scope}")
        return problems

    def carriers(self, unit: Unit) -> list[Quote]:
        """The quotes that carry a unit: they overlap it, inside a scope that holds it."""
        return [q for q in self.quotes if self._carries(q, unit)]

    def needs_reason(self, unit: Unit) -> bool:
        """True when no record but a narrative carries a sentence that states something.

        On a profile every sentence counts; in a blog post, whose body is its record, only
        sentences with a number; anything carried by nothing at all counts everywhere.
        """
        carriers = self.carriers(unit)
        if any(q.kind != "text" for q in carriers):
            return False
        profile = self.kinds.get(unit.document) == "jurisdiction_profile"
        return not carriers or profile or bool(re.search(r"\d", unit.text))

    def _carries(self, q: Quote, unit: Unit) -> bool:
        scope = self.scopes.get(q.scope, "")
        if q.scope.startswith("document:"):
            if q.scope != f"document:{unit.document}":
                return False
        elif unit.text not in scope:
            return False
        if q.kind == "heading":
            return normalize(q.text) == unit.text
        if q.kind == "text":
            return any(unit.text in p for p in paragraphs(q))
        fragment = normalize(q.text)
        bare = unit.text.rstrip(";").removeprefix("and ")
        return (len(fragment) >= MIN_FRAGMENT and fragment in unit.text) or bare in fragment


def render_map(capture: Capture) -> str:
    """docs/coverage.md: each sentence of the capture with the records and fields that carry it."""
    out = [
        "# Coverage map: every sentence of the capture and the records that carry it",
        "",
        "Generated by `make coverage` (`sjc-api coverage`) from `seed_data/`; do not edit.",
        "How a record is found to carry a sentence, and why some sentences have no record of",
        "their own: [data-notes.md](data-notes.md#every-sentence-accounted-for).",
    ]
    document = None
    for unit in capture.units:
        if unit.document != document:
            document = unit.document
            out += ["", f"## {document}", "", "| line | sentence | carried by |", "|---|---|---|"]
        carried = sorted({f"{q.record} `{q.field}`" for q in capture.carriers(unit)})
        text = unit.text if len(unit.text) <= 90 else unit.text[:89] + "…"
        out.append(f"| {unit.line} | {text} | {'; '.join(carried) or '(nothing)'} |")
    return "\n".join(out) + "\n"
