"""A real triple store: push to an Oxigraph server, then every shipped query gives, over HTTP,
the same rows as kg's own run_query on the local file.

The server is the ``oxigraph`` binary of the PyPI package ``oxigraph`` (in the test extra);
the tests skip, saying so, only when that binary cannot be found.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import click
import httpx
import pytest
from click.testing import CliRunner
from paths import ROOT

from kg import cli_interop
from kg.errors import StoreError
from kg.graph.iri import document_iri
from kg.graph.push import push
from kg.graph.query import run_query
from kg.graph.store import read_graph, write_graph

QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))
STARTUP_SECONDS = 30


def oxigraph_binary() -> str | None:
    """Return the Oxigraph server binary: on PATH, or beside this Python (a venv not activated)."""
    beside = Path(sys.executable).parent / "oxigraph"
    return shutil.which("oxigraph") or (str(beside) if beside.is_file() else None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"oxigraph exited with {process.returncode}: {log.read_text()[-2000:]}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    pytest.fail(f"oxigraph did not answer at {url} within {STARTUP_SECONDS} s: {log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """The base URL of an Oxigraph server on a free port, stopped after this module's tests."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the Oxigraph server binary 'oxigraph' was not found: pip install oxigraph "
                    "(it is in the test extra: pip install -e '.[test]')")
    folder = tmp_path_factory.mktemp("oxigraph")
    log = folder / "server.log"
    url = f"http://127.0.0.1:{free_port()}"
    with log.open("wb") as out:
        process = subprocess.Popen([binary, "serve", "--location", str(folder / "db"), "--bind",
                                    url.removeprefix("http://")], stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until_up(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def store(oxigraph):
    """The server, emptied: its Graph Store endpoint."""
    httpx.post(f"{oxigraph}/update", data={"update": "DROP ALL"}).raise_for_status()
    return f"{oxigraph}/store"


def http_rows(base: str, query: str, union: bool = True) -> tuple[list[str], list[tuple[str, ...]]]:
    """Run a query through the SPARQL protocol; return its variables and sorted rows of strings.

    ``union`` asks for the union of all graphs as the default graph, as kg's own files give.
    """
    url = f"{base}/query" + ("?union-default-graph" if union else "")
    response = httpx.post(url, content=query.encode("utf-8"), timeout=30.0, headers={
        "Content-Type": "application/sparql-query; charset=utf-8",
        "Accept": "application/sparql-results+json"})
    response.raise_for_status()
    data = response.json()
    names = data["head"]["vars"]
    return names, sorted(tuple(b.get(n, {}).get("value", "") for n in names)
                         for b in data["results"]["bindings"])


def local_rows(dataset, query: str) -> tuple[list[str], list[tuple[str, ...]]]:
    result = run_query(dataset, query)
    names = [str(v) for v in result.vars]
    return names, sorted(tuple("" if row[i] is None else str(row[i]) for i in range(len(names)))
                         for row in result)


def count(base: str, pattern: str, union: bool = False) -> int:
    return int(http_rows(base, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", union)[1][0][0])


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_every_shipped_query_gives_the_same_rows_in_the_store(path, store, oxigraph, example_trig):
    local = read_graph(example_trig)
    push(local, store, replace=True, progress=False, env={})
    text = path.read_text(encoding="utf-8")
    names, rows = http_rows(oxigraph, text)
    assert rows, "the example should give rows to compare"
    assert (names, rows) == local_rows(local, text)


def test_push_keeps_one_named_graph_per_article_and_the_rest_in_the_default_graph(
        store, oxigraph, example_trig):
    local = read_graph(example_trig)
    result = push(local, store, progress=False, env={})
    doc = document_iri("fr-rfi-2023-09-kim-putin")
    names = http_rows(oxigraph, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)[1]
    assert names == [(str(doc),)]
    assert count(oxigraph, f"GRAPH <{doc}> {{ ?s ?p ?o }}") == len(local.graph(doc))
    assert count(oxigraph, "?s ?p ?o") == len(local.default_graph)  # the store's own default graph
    assert count(oxigraph, "?m a <https://w3id.org/irkg/ontology#Mention>") == 0  # mentions are named
    assert (result.graphs, result.triples) == (2, len(local))


def test_replace_swaps_the_graphs_it_sends_and_leaves_the_others(store, oxigraph, example, two_docs):
    push(two_docs, store, progress=False, env={})
    push(example, store, replace=True, progress=False, env={})
    push(example, store, replace=True, progress=False, env={})
    names = {row[0] for row in http_rows(oxigraph, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")[1]}
    assert names == {str(document_iri(d)) for d in ("d1", "d2", "fr-rfi-2023-09-kim-putin")}
    assert count(oxigraph, "?s ?p ?o") == len(example.default_graph)  # replaced, not doubled


def test_graph_option_puts_everything_in_one_named_graph(store, oxigraph, two_docs):
    push(two_docs, store, graph="https://example.org/all", progress=False, env={})
    assert count(oxigraph, "GRAPH <https://example.org/all> { ?s ?p ?o }") == len(two_docs)
    assert count(oxigraph, "?s ?p ?o") == 0


def cli(*args: str):
    return CliRunner().invoke(cli_interop.register(click.Group("kg")), list(args))


def test_cli_push(store, oxigraph, two_docs, tmp_path):
    path = tmp_path / "graph.nq"
    write_graph(two_docs, path)
    result = cli("push", str(path), "--endpoint", store, "--replace")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"replaced 3 graph(s), {len(two_docs)} triples -> {store}"
    assert count(oxigraph, "?s ?p ?o", union=True) == len(two_docs)


def test_a_wrong_endpoint_is_a_clear_error(oxigraph, two_docs):
    with pytest.raises(StoreError) as caught:
        push(two_docs, f"{oxigraph}/nowhere", progress=False, env={})
    assert str(caught.value).startswith(f"POST {oxigraph}/nowhere?default was refused: HTTP 404")
    assert "check --endpoint" in str(caught.value)


def test_an_unreachable_store_is_a_clear_error(two_docs, tmp_path):
    url = f"http://127.0.0.1:{free_port()}/store"  # nothing listens there
    path = tmp_path / "graph.trig"
    write_graph(two_docs, path)
    result = cli("push", str(path), "--endpoint", url)
    assert result.exit_code == 1
    assert isinstance(result.exception, StoreError)
    message = str(result.exception)
    assert f"cannot reach the graph store at '{url}?default'" in message
    assert message.endswith("start the store or check --endpoint")
