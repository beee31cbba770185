"""What the page needs to know about relations, and how it draws actors and relations.

The relation table (label, family, symmetric or not) comes from the graph when it holds the
ontology, else from the shipped ``irkg.ttl`` (:func:`kg.ontology.load.load_ontology`), else
from the names in :mod:`kg.ontology.namespace`. The drawing styles are data: one table per
kind, sent to the page as they are, so Python and JavaScript never disagree on a colour.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from rdflib import RDF, RDFS, Graph
from rdflib.namespace import OWL

from kg.ontology.load import load_ontology
from kg.ontology.namespace import ACTOR_TYPES, IRKG, MODALITIES, RELATIONS, SYMMETRIC

OTHER_TYPE = "Actor"
"""Type shown for an actor whose class is none of :data:`ACTOR_TYPES`."""
OTHER_FAMILY = "other"

TYPE_STYLES = {
    "Person": {"label": "person", "shape": "dot", "color": "#5b8ff9", "glyph": "●"},
    "Country": {"label": "country", "shape": "square", "color": "#f6bd16", "glyph": "■"},
    "Organization": {"label": "organization", "shape": "diamond", "color": "#5ad8a6", "glyph": "◆"},
    "Place": {"label": "place", "shape": "triangle", "color": "#9270ca", "glyph": "▲"},
    OTHER_TYPE: {"label": "other actor", "shape": "hexagon", "color": "#b0b0b0", "glyph": "⬢"},
}
"""vis-network shape and fill colour of each actor type (shapes with the label below them)."""

FAMILY_COLORS = {
    "diplomacy": "#1f4e9c",
    "military": "#b2182b",
    "economic": "#1b7837",
    "hostility": "#d95f02",
    "affiliation": "#737373",
    OTHER_FAMILY: "#404040",
}
"""Edge colour of each relation family (the ``irkg:family`` of the ontology)."""

MODALITY_STYLES = (
    {"name": "asserted", "label": "asserted", "dashes": False, "mark": "",
     "description": "reported as fact: solid line"},
    {"name": "planned", "label": "planned", "dashes": [12, 6], "mark": "",
     "description": "scheduled or announced: long dashes"},
    {"name": "speculative", "label": "speculative", "dashes": [3, 5], "mark": "",
     "description": "possible, rumoured, conditional: dots"},
    {"name": "negated", "label": "negated", "dashes": False, "mark": "✗",
     "description": "did not or will not happen: red ✗ on the label and a bar across the line"},
)
"""One row per modality, most certain first: the order decides an edge's drawn modality."""

assert tuple(row["name"] for row in MODALITY_STYLES) == MODALITIES

MIXED_MODALITY_RULE = (
    "A relation with several mentions is drawn with the most certain modality among the mentions "
    "shown: asserted, then planned, then speculative, then negated. Click it to see each mention."
)


@dataclass(frozen=True)
class Relation:
    """How the page names and draws one relation.

    Attributes:
        name: Local name (``meets``).
        label: English label (``meets``, ``supplies munitions to``).
        family: diplomacy, military, economic, hostility, affiliation or ``other``.
        symmetric: True when the relation has no direction (drawn without an arrow).
    """

    name: str
    label: str
    family: str
    symmetric: bool


def local_name(iri: str) -> str:
    """Return the part of an IRI after its last ``#`` or ``/``.

    >>> local_name("https://w3id.org/irkg/ontology#meets")
    'meets'
    >>> local_name("http://example.org/rel/attacks")
    'attacks'
    """
    return re.split(r"[#/]", str(iri))[-1]


def words(name: str) -> str:
    """Return a camel-case local name as lower-case words.

    >>> words("suppliesMunitionsTo")
    'supplies munitions to'
    """
    return re.sub(r"(?<!^)([A-Z])", r" \1", name).lower()


def relation_table(graph: Graph | None = None) -> dict[str, Relation]:
    """Return the 14 relations, read from ``graph`` where it says, else from the ontology.

    Args:
        graph: A graph that may hold ontology triples (labels, ``family``, symmetric types).
    """
    shipped = dict(_shipped_table())
    if graph is None:
        return shipped
    return {name: _merge(shipped[name], _read_relation(graph, name)) for name in RELATIONS}


@cache
def _shipped_table() -> tuple[tuple[str, Relation], ...]:
    ontology = load_ontology()
    base = {name: Relation(name, words(name), OTHER_FAMILY, name in SYMMETRIC) for name in RELATIONS}
    return tuple((name, _merge(base[name], _read_relation(ontology, name))) for name in RELATIONS)


def triples_of(graph: Graph, pattern: tuple) -> Iterator[tuple]:
    """Yield the triples matching ``pattern`` in every graph of a dataset, or in a plain graph."""
    if hasattr(graph, "contexts"):  # Dataset / ConjunctiveGraph: the default graph is not enough
        for s, p, o, _ in graph.quads((*pattern, None)):
            yield s, p, o
    else:
        yield from graph.triples(pattern)


def _read_relation(graph: Graph, name: str) -> dict:
    term = IRKG[name]
    found: dict = {}
    labels = {o.language: str(o) for _, _, o in triples_of(graph, (term, RDFS.label, None))}
    if labels:
        found["label"] = labels.get("en") or labels.get(None) or sorted(labels.values())[0]
    family = sorted(str(o) for _, _, o in triples_of(graph, (term, IRKG.family, None)))
    if family:
        found["family"] = family[0]
    if any(triples_of(graph, (term, RDF.type, OWL.SymmetricProperty))):
        found["symmetric"] = True
    return found


def _merge(base: Relation, found: dict) -> Relation:
    family = found.get("family", base.family)
    return Relation(base.name, found.get("label", base.label),
                    family if family in FAMILY_COLORS else OTHER_FAMILY,
                    found.get("symmetric", base.symmetric))


def style_tables(relations: dict[str, Relation]) -> dict:
    """Return the drawing tables the page script reads (JSON-ready)."""
    return {
        "types": TYPE_STYLES,
        "typeOrder": [*ACTOR_TYPES, OTHER_TYPE],
        "families": FAMILY_COLORS,
        "modalities": list(MODALITY_STYLES),
        "mixedRule": MIXED_MODALITY_RULE,
        "relations": {name: {"label": rel.label, "family": rel.family, "symmetric": rel.symmetric}
                      for name, rel in relations.items()},
    }
