"""Tiny graphs with known answers for the page tests (no NLP model: built from annotations).

Shared by ``tests/render`` and ``tests/browser``; each conftest loads this file by path, so
the tests need no package layout and no ``sys.path`` change.

* ``sample``: the worked example (15 actors, 12 relations, 12 mentions, one document).
* ``mixed``: two documents; one symmetric relation stated three times with three modalities
  (once the other way round), a negated one, times, a place, an attribution, a web source.
* ``xss``: hostile strings in every text field.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.namespace import OWL

from kg.graph.build import build_dataset, ref_iri
from kg.ingest.annotation import read_annotation

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
SAMPLE = ROOT / "examples" / "fr-rfi-2023-09-kim-putin.gold.json"

XSS_STRINGS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)")

SAMPLE_COUNTS = {"actors": 15, "relations": 12, "asserted": 5, "speculative": 7}
MIXED_COUNTS = {"actors": 8, "relations": 7, "mentions": 10}
"""mixed: 6 + 6 entities sharing 4 (France, Germany, Russia, Ukraine); Paris is only a place."""


def sample() -> Dataset:
    """Return the graph of the worked example."""
    return build_dataset([read_annotation(SAMPLE)])


def mixed() -> Dataset:
    """Return the two-document graph; "Russia may attack Ukraine again" is attributed to the UN."""
    first = read_annotation(DATA / "mixed-a.gold.json")
    second = read_annotation(DATA / "mixed-b.gold.json")
    second.mentions = [
        dataclasses.replace(m, attributed_to="Organization:un") if m.evidence.startswith("Russia may") else m
        for m in second.mentions]
    return build_dataset([first, second])


def xss() -> Dataset:
    """Return a graph whose labels, aliases, evidence, title, source and identifiers are hostile."""
    dataset = build_dataset([read_annotation(DATA / "xss.gold.json")])
    dataset.default_graph.add((ref_iri("Person:evil"), OWL.sameAs, URIRef("javascript:alert(1)")))
    return dataset


def actors_only() -> Dataset:
    """Return a graph with actors and no relation (the sample's actors, relations removed)."""
    extraction = read_annotation(SAMPLE)
    extraction.mentions = []
    return build_dataset([extraction])


def page_data(page: str) -> dict:
    """Return the JSON data a page carries."""
    match = re.search(r'<script type="application/json" id="irkg-data">(.*?)</script>', page, re.S)
    assert match, "the page has no data element"
    return json.loads(match.group(1))
