"""Send a built graph to a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Each graph of the dataset goes in its own request, so the layout survives: the default graph
(ontology, actors, direct triples) to ``ENDPOINT?default``, each document's named graph to
``ENDPOINT?graph=<document IRI>``. ``PUT`` replaces a graph, ``POST`` adds to it. The body is
N-Triples, which every store reads. Endpoints of common stores:

* Oxigraph: ``http://HOST:7878/store``
* Apache Jena Fuseki: ``http://HOST:3030/DATASET/data``
* GraphDB: ``http://HOST:7200/repositories/REPO/rdf-graphs/service``

Credentials (HTTP basic) come from the environment, never from the command line, where they
would show in the shell history and the process list: the user from ``--user`` or
:data:`USER_VARIABLE`, the password from :data:`PASSWORD_VARIABLE`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote

import httpx
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import StoreError
from kg.graph.store import flatten

USER_VARIABLE = "KG_PUSH_USER"
PASSWORD_VARIABLE = "KG_PUSH_PASSWORD"
CONTENT_TYPE = "application/n-triples"
TIMEOUT = 60.0
"""Seconds to wait for the store to connect or answer one request."""
_HINTS = {
    401: f"check --user / {USER_VARIABLE} and {PASSWORD_VARIABLE}",
    403: f"the user may not write there; check --user / {USER_VARIABLE} and the store's rights",
    404: "check --endpoint: it must be the store's Graph Store endpoint (Oxigraph .../store, "
         "Fuseki .../DATASET/data, GraphDB .../repositories/REPO/rdf-graphs/service)",
    405: "the endpoint does not take writes; check --endpoint and that the store is not read-only",
    415: "the store does not read N-Triples at this endpoint; check --endpoint",
}


@dataclass(frozen=True)
class PushResult:
    """What :func:`push` sent.

    Attributes:
        endpoint: The Graph Store endpoint.
        graphs: How many graphs were sent.
        triples: How many triples in all.
        method: ``PUT`` (replace) or ``POST`` (append).
    """

    endpoint: str
    graphs: int
    triples: int
    method: str


def push(dataset: Graph, endpoint: str, *, graph: str | None = None, replace: bool = False,
         user: str | None = None, env: Mapping[str, str] | None = None, progress: bool = True,
         client: httpx.Client | None = None) -> PushResult:
    """Send ``dataset`` to a Graph Store endpoint, one request per graph.

    Args:
        dataset: The graph to send; a :class:`rdflib.Dataset` keeps its named graphs.
        endpoint: The Graph Store endpoint URL.
        graph: Send everything, flattened, into this one named graph instead.
        replace: ``PUT`` (replace each graph sent) instead of ``POST`` (add to it). The store's
            default graph is replaced whole, so push the complete build; named graphs not
            sent stay as they are.
        user: HTTP basic user [default: ``$KG_PUSH_USER``]; the password is ``$KG_PUSH_PASSWORD``.
        env: The environment to read credentials from [default: ``os.environ``].
        progress: Show a progress bar over the graphs on stderr (when it is a terminal).
        client: An HTTP client to use (tests pass one with a mock transport).

    Raises:
        StoreError: the endpoint cannot be reached or refuses a request.
    """
    auth = credentials(user, os.environ if env is None else env)
    parts = graph_parts(dataset, graph)
    method = "PUT" if replace else "POST"
    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT)
    try:
        for name, part in _bar(parts, progress):
            send(client, method, graph_url(endpoint, name), part, auth)
    finally:
        if own:
            client.close()
    return PushResult(endpoint, len(parts), sum(len(p) for _, p in parts), method)


def credentials(user: str | None, env: Mapping[str, str]) -> httpx.BasicAuth | None:
    """Return the basic-auth credentials to use, or None when no user is given."""
    user = user or env.get(USER_VARIABLE) or None
    password = env.get(PASSWORD_VARIABLE)
    if user is None:
        if password:
            raise StoreError(f"{PASSWORD_VARIABLE} is set but no user is given; "
                             f"pass --user or set {USER_VARIABLE}")
        return None
    if not password:
        raise StoreError(f"user {user!r} is given but {PASSWORD_VARIABLE} is not set; "
                         f"export {PASSWORD_VARIABLE}=... before 'kg push'")
    return httpx.BasicAuth(user, password)


def graph_parts(dataset: Graph, into: str | None = None) -> list[tuple[URIRef | None, Graph]]:
    """Return the graphs to send as (name, graph), the default graph (name None) first.

    Empty graphs are left out. With ``into``, the whole dataset flattened into that one graph.
    """
    if into is not None:
        whole = flatten(dataset) if isinstance(dataset, Dataset) else dataset
        return [(URIRef(into), whole)] if len(whole) else []
    if not isinstance(dataset, Dataset):
        return [(None, dataset)] if len(dataset) else []
    by_name: dict[URIRef | None, list[Graph]] = {}
    for g in dataset.graphs():
        named = isinstance(g.identifier, URIRef) and g.identifier != DATASET_DEFAULT_GRAPH_ID
        by_name.setdefault(g.identifier if named else None, []).append(g)
    parts = [(name, graphs[0] if len(graphs) == 1 else _union(graphs))
             for name, graphs in by_name.items()]
    return sorted(((n, g) for n, g in parts if len(g)), key=lambda p: "" if p[0] is None else str(p[0]))


def _union(graphs: list[Graph]) -> Graph:
    # graphs a parser left unnamed (blank node names) belong to the default graph
    union = Graph()
    for graph in graphs:
        union += graph
    return union


def graph_url(endpoint: str, name: URIRef | None) -> str:
    """Return the Graph Store URL of one graph (indirect identification).

    >>> graph_url("http://localhost:7878/store", None)
    'http://localhost:7878/store?default'
    >>> graph_url("http://localhost:7878/store", URIRef("https://w3id.org/irkg/id/doc/a"))
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Firkg%2Fid%2Fdoc%2Fa'
    """
    separator = "&" if "?" in endpoint else "?"
    target = "default" if name is None else "graph=" + quote(str(name), safe="")
    return f"{endpoint}{separator}{target}"


def send(client: httpx.Client, method: str, url: str, graph: Graph,
         auth: httpx.BasicAuth | None) -> httpx.Response:
    """Send one graph as N-Triples; raise :class:`StoreError` unless the store accepts it."""
    body = graph.serialize(format="nt", encoding="utf-8")
    try:
        response = client.request(method, url, content=body, auth=auth,
                                  headers={"Content-Type": CONTENT_TYPE})
    except httpx.TimeoutException as exc:
        raise StoreError(f"the graph store at {url!r} did not answer within {TIMEOUT:.0f} s "
                         f"({type(exc).__name__}); check that it is up and not overloaded") from exc
    except httpx.HTTPError as exc:
        raise StoreError(f"cannot reach the graph store at {url!r} ({_reason(exc)}); "
                         "start the store or check --endpoint") from exc
    if response.is_error:
        raise StoreError(refusal(method, url, response))
    return response


def refusal(method: str, url: str, response: httpx.Response) -> str:
    """Return the one-line message for a store that refused a request."""
    said = " ".join(response.text.split())[:200]
    hint = _HINTS.get(response.status_code, "see the store's log")
    status = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
    return f"{method} {url} was refused: {status}{': ' + said if said else ''}; {hint}"


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _bar(parts: list, progress: bool):
    from tqdm import tqdm

    return tqdm(parts, desc="graphs", unit="graph", file=sys.stderr, leave=False,
                disable=None if progress else True)
