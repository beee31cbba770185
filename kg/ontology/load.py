"""Find and load the ontology's Turtle files."""

from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph

from kg.errors import OntologyError


def ontology_dir() -> Path:
    """Return the folder holding the ontology's ``.ttl`` files.

    The files ship inside the package (``kg/ontology/ttl``) so an installed wheel finds them.
    """
    return Path(str(resources.files("kg.ontology") / "ttl"))


@cache
def _parsed(name: str) -> Graph:
    path = ontology_dir() / name
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise OntologyError(f"ontology file {str(path)!r} is missing; reinstall the package") from exc
    except Exception as exc:  # rdflib raises several parser exception types
        raise OntologyError(f"{path} is not valid Turtle: {exc}; fix the file") from exc
    return _canonical(graph)


def _canonical(graph: Graph) -> Graph:
    """The same triples with blank nodes named from their content, not at random, so that a
    graph holding the ontology's lists (owl:unionOf, owl:oneOf) serialises byte for byte the
    same in every process."""
    from rdflib.compare import to_canonical_graph

    out = Graph()
    for triple in to_canonical_graph(graph):
        out.add(triple)
    return out


def load_ontology(name: str = "irkg.ttl") -> Graph:
    """Return a fresh copy of an ontology graph (``irkg.ttl`` unless named)."""
    graph = Graph()
    for triple in _parsed(name):
        graph.add(triple)
    return graph
