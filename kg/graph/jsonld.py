"""Compacted JSON-LD with the project's published ``@context`` (``kg/graph/context.jsonld``).

The context maps the irkg terms (``meets``, ``modality``, ``evidence`` ...), rdfs, skos, prov
and dcterms to short keys, so the JSON reads like the records it came from. It is embedded in
every file written, so a reader needs no network; it is meant to be published at
:data:`CONTEXT_URL` too. Named graphs are kept: each document's graph is an object with its
``@id`` and ``@graph``.

Example:
    >>> load_context()["meets"]
    {'@id': 'irkg:meets', '@type': '@id'}
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources

from rdflib import Graph

from kg.errors import OntologyError

CONTEXT_FILE = "context.jsonld"
CONTEXT_URL = "https://w3id.org/irkg/context.jsonld"
"""Where the context is to be published (the project's one base IRI)."""


@cache
def _context_document() -> dict:
    path = resources.files("kg.graph") / CONTEXT_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise OntologyError(f"JSON-LD context {str(path)!r} is missing or invalid ({exc}); "
                            "reinstall the package") from exc
    if not isinstance(data.get("@context"), dict):
        raise OntologyError(f"{path}: no '@context' object at the top; fix the file")
    return data


def load_context() -> dict:
    """Return a fresh copy of the ``@context`` object (term -> IRI or definition)."""
    return copy.deepcopy(_context_document()["@context"])


def to_jsonld(dataset: Graph) -> bytes:
    """Return ``dataset`` as compacted JSON-LD with the irkg context, keys and values sorted.

    Node and value arrays are sorted so the same graph gives the same text (blank node labels
    aside); ``@list`` arrays keep their order.
    """
    text = dataset.serialize(format="json-ld", context=load_context(), encoding="utf-8")
    document = _stable(json.loads(text))
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8") + b"\n"


def _stable(value: object, ordered: bool = False) -> object:
    """Sort the arrays of a JSON-LD document (sets in RDF), leaving ``@list`` arrays in order."""
    if isinstance(value, dict):
        return {k: _stable(v, ordered=k in ("@list", "@context")) for k, v in value.items()}
    if isinstance(value, list):
        items = [_stable(v) for v in value]
        return items if ordered else sorted(items, key=_sort_key)
    return value


def _sort_key(value: object) -> str:
    if isinstance(value, dict) and "@id" in value:
        return "0" + str(value["@id"])
    return "1" + json.dumps(value, ensure_ascii=False, sort_keys=True)
