"""The knowledge graph as a networkx graph: analysis (degree, betweenness, communities) and export.

Nodes are actors (keyed by IRI), edges the direct relation triples ``actor relation actor``;
each edge carries what the mentions behind it say (how many, how certain). Files for Gephi
(GEXF), yEd / Cytoscape (GraphML) and d3 (node-link JSON) are written atomically.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, Dataset, Graph, URIRef
from rdflib.namespace import OWL, SKOS

from kg.errors import InputError
from kg.graph.store import flatten, write_atomic
from kg.ontology.load import load_ontology
from kg.ontology.namespace import ACTOR_TYPES, IRKG, MODALITIES, RELATIONS

CERTAINTY = MODALITIES
"""Modalities from the most certain (asserted) to the least (negated: said not to happen)."""
EXPORT_FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "json": ".json"}
LOUVAIN_SEED = 42
"""Louvain is randomised; a fixed seed gives the same communities on every run."""
_LIST_SEPARATOR = "; "


def to_networkx(dataset: Graph) -> nx.MultiDiGraph:
    """Return the actors and relations of a built graph as a directed multigraph.

    Nodes are actor IRIs with ``label``, ``type``, ``aliases`` and ``ids`` (lists) and ``iso3``
    where known. There is one edge per triple ``(s, p, o)``, keyed by the relation's local
    name, with ``relation``, ``family``, ``modality`` (the most certain of its mentions),
    ``modalities`` (all of them, most certain first) and ``mentions`` (how many sentences).

    Example:
        >>> from kg.graph.build import build_dataset
        >>> from kg.types import Actor, Document, Extraction, Mention
        >>> actors = {"Person:kim": Actor("kim", "Person", "Kim Jong-un"),
        ...           "Country:russia": Actor("russia", "Country", "Russia", ("Moscou",))}
        >>> said = [Mention("d1", "Person:kim", "visits", "Country:russia", modality, text, start,
        ...                 start + len(text), "r") for modality, text, start in
        ...         (("planned", "Kim ira.", 0), ("speculative", "Kim irait.", 9))]
        >>> g = to_networkx(build_dataset([Extraction(Document("d1", ""), actors, said)]))
        >>> g.nodes["https://w3id.org/irkg/id/country/russia"]["aliases"]
        ['Moscou']
        >>> [(d["relation"], d["modality"], d["mentions"]) for _, _, d in g.edges(data=True)]
        [('visits', 'planned', 2)]
    """
    graph = _union(dataset)
    network = nx.MultiDiGraph()
    for node in sorted(_actors(graph)):
        network.add_node(str(node), **_actor_attributes(graph, node))
    said = mention_modalities(graph)
    families = relation_families()
    for s, p, o in sorted(relation_triples(graph)):
        for end in (s, o):
            if str(end) not in network:
                network.add_node(str(end), label=_tail(end), type="", aliases=[], ids=[])
        network.add_edge(str(s), str(o), key=_tail(p),
                         **_edge_attributes(_tail(p), families, said.get((s, p, o), [])))
    return network


def relation_triples(graph: Graph) -> set[tuple[URIRef, URIRef, URIRef]]:
    """Return the direct triples whose predicate is one of the 14 irkg relations."""
    return {t for name in RELATIONS for t in graph.triples((None, IRKG[name], None))}


def mention_modalities(graph: Graph) -> dict[tuple, list[str]]:
    """Return, for each reified ``(s, p, o)``, the modality of each of its mentions."""
    said: dict[tuple, list[str]] = defaultdict(list)
    for mention in graph.subjects(RDF.type, IRKG.Mention):
        key = tuple(graph.value(mention, prop) for prop in (RDF.subject, RDF.predicate, RDF.object))
        said[key].append(_tail(graph.value(mention, IRKG.modality)))
    return said


def relation_families() -> dict[str, str]:
    """Return the display family of each relation (``meets`` -> ``diplomacy``), from the ontology."""
    ontology = load_ontology()
    return {name: str(ontology.value(IRKG[name], IRKG.family) or "") for name in RELATIONS}


def most_certain(modalities: list[str]) -> str:
    """Return the most certain of some modalities, or ``""`` for none.

    >>> most_certain(["speculative", "planned"])
    'planned'
    """
    known = [m for m in modalities if m in CERTAINTY]
    return min(known, key=CERTAINTY.index) if known else ""


def stats(dataset: Graph) -> dict:
    """Return the network's figures, ready for JSON.

    Returns:
        ``actors``: one record per actor (iri, label, type, degree, betweenness, community),
        most connected first; ``communities``: Louvain communities as lists of IRIs, largest
        first; ``relations``: per relation, its number of edges and of mentions by modality;
        ``modalities``: mentions by modality.
    """
    graph = _union(dataset)
    network = to_networkx(graph)
    simple = undirected(network)
    betweenness = nx.betweenness_centrality(simple)
    communities = louvain(simple)
    community = {node: i for i, members in enumerate(communities) for node in members}
    actors = [{"iri": n, "label": a["label"], "type": a["type"], "degree": network.degree(n),
               "betweenness": round(betweenness[n], 6), "community": community[n]}
              for n, a in network.nodes(data=True)]
    actors.sort(key=lambda a: (-a["degree"], -a["betweenness"], a["label"], a["iri"]))
    relations, modalities = _relation_counts(network, mention_modalities(graph))
    return {"actors": actors, "communities": communities, "relations": relations,
            "modalities": modalities}


def undirected(network: nx.MultiDiGraph) -> nx.Graph:
    """Return the simple undirected graph of ``network``; ``weight`` counts the relations merged."""
    simple = nx.Graph()
    simple.add_nodes_from(network.nodes)
    for s, o in network.edges():
        if s != o:
            weight = simple.get_edge_data(s, o, {}).get("weight", 0)
            simple.add_edge(s, o, weight=weight + 1)
    return simple


def louvain(simple: nx.Graph) -> list[list[str]]:
    """Return Louvain communities (seeded), each sorted, largest first then by first member."""
    found = nx.community.louvain_communities(simple, weight="weight", seed=LOUVAIN_SEED)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def format_stats(figures: dict) -> str:
    """Render :func:`stats` as two aligned tables: actors, then relations by modality."""
    actor_rows = [[a["label"], a["type"], str(a["degree"]), f"{a['betweenness']:.3f}",
                   str(a["community"])] for a in figures["actors"]]
    relation_rows = [[name, str(c["edges"]), *(str(c[m]) for m in MODALITIES)]
                     for name, c in figures["relations"].items()]
    totals = ["total", str(sum(c["edges"] for c in figures["relations"].values())),
              *(str(figures["modalities"][m]) for m in MODALITIES)]
    return "\n\n".join([
        table(["actor", "type", "degree", "betweenness", "community"], actor_rows),
        table(["relation", "edges", *MODALITIES], [*relation_rows, totals]),
    ])


def table(head: list[str], rows: list[list[str]]) -> str:
    """Return rows as an aligned text table (numbers right-aligned).

    >>> print(table(["a", "n"], [["x", "10"], ["yy", "2"]]))
    a    n
    --  --
    x   10
    yy   2
    """
    widths = [max(len(c) for c in column) for column in zip(head, *rows)]
    numeric = [all(r[i].replace(".", "", 1).isdigit() for r in rows) and rows != []
               for i in range(len(head))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if num else c.ljust(w)
                         for c, w, num in zip(cells, widths, numeric)).rstrip()

    return "\n".join([line(head), "  ".join("-" * w for w in widths), *map(line, rows)])


def export_format(path: Path, given: str | None = None) -> str:
    """Return the export format: ``given`` if set, else guessed from the file's suffix."""
    if given is None:
        given = next((f for f, s in EXPORT_FORMATS.items() if Path(path).suffix.lower() == s), None)
        if given is None:
            raise InputError(f"cannot tell the export format of {str(path)!r} from its suffix; "
                             f"pass --format {'|'.join(EXPORT_FORMATS)}")
    if given not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {given!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return given


def export(dataset: Graph, path: Path, fmt: str | None = None) -> str:
    """Write the network of ``dataset`` to ``path`` (graphml, gexf or json); return the format.

    GraphML and GEXF hold no lists, so list attributes (aliases, ids, modalities) are joined
    with ``"; "``. JSON is d3's node-link layout (``nodes`` and ``links``) and keeps lists.
    """
    fmt = export_format(Path(path), fmt)
    write_atomic(Path(path), render(to_networkx(dataset), fmt))
    return fmt


def render(network: nx.MultiDiGraph, fmt: str) -> bytes:
    """Return the bytes of ``network`` in an export format."""
    if fmt == "json":
        data = nx.node_link_data(network, edges="links")
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    flat = flatten_lists(network)
    if fmt == "graphml":
        return ("\n".join(nx.generate_graphml(flat)) + "\n").encode("utf-8")
    text = "\n".join(nx.generate_gexf(flat)) + "\n"
    # networkx stamps today's date: drop it so the same input gives the same bytes
    return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1).encode("utf-8")


def flatten_lists(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy of ``network`` with list attributes joined into strings."""
    flat = network.copy()
    for _, data in flat.nodes(data=True):
        _join_lists(data)
    for _, _, data in flat.edges(data=True):
        _join_lists(data)
    return flat


def _join_lists(data: dict) -> None:
    for name, value in data.items():
        if isinstance(value, (list, tuple)):
            data[name] = _LIST_SEPARATOR.join(map(str, value))


def _union(dataset: Graph) -> Graph:
    return flatten(dataset) if isinstance(dataset, Dataset) else dataset


def _actors(graph: Graph) -> set[URIRef]:
    return {node for name in ACTOR_TYPES for node in graph.subjects(RDF.type, IRKG[name])
            if isinstance(node, URIRef)}


def _actor_attributes(graph: Graph, node: URIRef) -> dict:
    types = sorted(_tail(t) for t in graph.objects(node, RDF.type) if _tail(t) in ACTOR_TYPES)
    attributes = {
        "label": str(graph.value(node, RDFS.label) or _tail(node)),
        "type": types[0] if types else "",
        "aliases": sorted(str(a) for a in graph.objects(node, SKOS.altLabel)),
        "ids": sorted(str(i) for i in graph.objects(node, OWL.sameAs)),
    }
    iso3 = graph.value(node, IRKG.iso3)
    if iso3 is not None:
        attributes["iso3"] = str(iso3)
    return attributes


def _edge_attributes(relation: str, families: dict[str, str], modalities: list[str]) -> dict:
    distinct = sorted(set(modalities), key=lambda m: (CERTAINTY.index(m) if m in CERTAINTY else 9, m))
    return {"relation": relation, "family": families.get(relation, ""),
            "modality": most_certain(modalities), "modalities": distinct,
            "mentions": len(modalities)}


def _relation_counts(network: nx.MultiDiGraph, said: dict[tuple, list[str]]) -> tuple[dict, dict]:
    edges = Counter(d["relation"] for _, _, d in network.edges(data=True))
    by_modality = Counter((_tail(key[1]), m) for key, mods in said.items() for m in mods)
    relations = {name: {"edges": edges[name], **{m: by_modality[(name, m)] for m in MODALITIES}}
                 for name in RELATIONS if edges[name] or any(by_modality[(name, m)] for m in MODALITIES)}
    modalities = {m: sum(c[m] for c in relations.values()) for m in MODALITIES}
    return relations, modalities


def _tail(term: object) -> str:
    """Return the local name of an IRI: what follows the last ``#`` or ``/``."""
    text = str(term or "")
    return re.split(r"[#/]", text)[-1]
