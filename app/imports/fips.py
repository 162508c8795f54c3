"""Official county and state names by FIPS code (the Census list shipped by addfips)."""

import csv
import importlib.resources
import re
from functools import lru_cache


@lru_cache
def states() -> dict[str, str]:
    """State FIPS -> postal code."""
    with (importlib.resources.files("addfips") / "data" / "states.csv").open() as f:
        return {r["fips"]: r["postal"] for r in csv.DictReader(f)}


@lru_cache
def counties() -> dict[str, str]:
    """County FIPS -> official name (first listed; later rows of a code are aliases)."""
    names: dict[str, str] = {}
    with (importlib.resources.files("addfips") / "data" / "counties_2020.csv").open() as f:
        for r in csv.DictReader(f):
            names.setdefault(r["statefp"] + r["countyfp"], r["name"])
    return names


def slugify(text: str) -> str:
    """Lowercase, hyphen-separated ASCII slug."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def jurisdiction_for(fips: str) -> dict[str, str] | None:
    """The values of a new jurisdiction for a known county FIPS code, or None if unknown."""
    name = counties().get(fips)
    state = states().get(fips[:2])
    if name is None or state is None:
        return None
    kind = "parish" if name.endswith("Parish") else "county"
    return {
        "slug": slugify(f"{name} {state}"),
        "name": name,
        "kind": kind,
        "state": state,
        "fips": fips,
    }


_WHOLE_NUMBER = re.compile(r"^(\d+)(?:\.0*)?$")


@lru_cache(maxsize=8192)
def county_fips(raw: str) -> tuple[str, bool]:
    """A county FIPS code as published: spreadsheets, R and pandas drop the leading zero
    (`1001` for 01001) and may write it as a float (`1001.0`). Returns the 5-digit code and
    whether it had to be padded; anything else is returned as given (and refused later)."""
    match = _WHOLE_NUMBER.match(raw.strip())
    if match is None or len(match.group(1)) not in (4, 5):
        return raw, False
    digits = match.group(1)
    return digits.zfill(5), len(digits) == 4
