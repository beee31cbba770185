"""irkg: news about international relations as an RDF knowledge graph.

The public surface::

    from kg import build, make_nlp, extract_document, read_graph, write_graph, run_query, IRKG
"""

from kg.errors import InputError, KgError, OntologyError, PatternError, QueryError, StoreError
from kg.graph.query import run_query
from kg.graph.store import read_graph, write_graph
from kg.ontology.namespace import IRKG
from kg.workflow import build

__all__ = [
    "IRKG",
    "InputError",
    "KgError",
    "OntologyError",
    "PatternError",
    "QueryError",
    "StoreError",
    "build",
    "read_graph",
    "run_query",
    "write_graph",
]
