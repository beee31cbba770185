"""kg push without a server: the requests it makes and the errors it reports (mock transport)."""

from __future__ import annotations

import base64

import httpx
import pytest
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.errors import StoreError
from kg.graph.iri import document_iri
from kg.graph.push import graph_parts, graph_url, push
from kg.graph.store import flatten

ENDPOINT = "http://store.example:7878/store"


class Recorder:
    """A mock store: records each request and answers with ``status``."""

    def __init__(self, status: int = 204, body: str = ""):
        self.requests: list[httpx.Request] = []
        self.status, self.body = status, body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, text=self.body)

    def client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self))


def send(dataset, recorder: Recorder, **options):
    options.setdefault("env", {})
    return push(dataset, ENDPOINT, client=recorder.client(), progress=False, **options)


def test_one_post_per_graph_default_graph_first(two_docs):
    recorder = Recorder()
    result = send(two_docs, recorder)
    assert [(r.method, str(r.url)) for r in recorder.requests] == [
        ("POST", f"{ENDPOINT}?default"),
        ("POST", graph_url(ENDPOINT, document_iri("d1"))),
        ("POST", graph_url(ENDPOINT, document_iri("d2"))),
    ]
    assert (result.graphs, result.triples, result.method) == (3, len(flatten(two_docs)), "POST")
    assert all(r.headers["content-type"] == "application/n-triples" for r in recorder.requests)
    assert "authorization" not in recorder.requests[0].headers


def test_replace_puts_and_the_body_is_the_graph(two_docs):
    recorder = Recorder(201)
    send(two_docs, recorder, replace=True)
    assert {r.method for r in recorder.requests} == {"PUT"}
    body = Graph().parse(data=recorder.requests[1].content.decode("utf-8"), format="nt")
    assert isomorphic(body, two_docs.graph(document_iri("d1")))


def test_graph_option_sends_everything_to_one_named_graph(two_docs):
    recorder = Recorder()
    result = send(two_docs, recorder, graph="https://example.org/g")
    assert [str(r.url) for r in recorder.requests] == [f"{ENDPOINT}?graph=https%3A%2F%2Fexample.org%2Fg"]
    assert result.triples == len(flatten(two_docs))


def test_graph_url_joins_an_endpoint_that_has_a_query_already():
    assert graph_url("http://h/ds?x=1", URIRef("urn:a b")) == "http://h/ds?x=1&graph=urn%3Aa%20b"


def test_a_plain_graph_goes_to_the_default_graph(two_docs):
    plain = flatten(two_docs)
    assert [(name, len(g)) for name, g in graph_parts(plain)] == [(None, len(plain))]
    assert graph_parts(Graph()) == []


def test_credentials_come_from_the_environment(two_docs):
    recorder = Recorder()
    send(two_docs, recorder, env={"KG_PUSH_USER": "ann", "KG_PUSH_PASSWORD": "s3cret"})
    expected = "Basic " + base64.b64encode(b"ann:s3cret").decode()
    assert {r.headers["authorization"] for r in recorder.requests} == {expected}
    recorder = Recorder()
    send(two_docs, recorder, user="bob", env={"KG_PUSH_USER": "ann", "KG_PUSH_PASSWORD": "pw"})
    assert recorder.requests[0].headers["authorization"] == "Basic " + base64.b64encode(b"bob:pw").decode()


@pytest.mark.parametrize(("env", "user", "message"), [
    ({}, "ann", "user 'ann' is given but KG_PUSH_PASSWORD is not set"),
    ({"KG_PUSH_PASSWORD": "pw"}, None, "KG_PUSH_PASSWORD is set but no user is given"),
])
def test_half_credentials_are_refused_before_sending(two_docs, env, user, message):
    recorder = Recorder()
    with pytest.raises(StoreError, match=message):
        send(two_docs, recorder, env=env, user=user)
    assert recorder.requests == []


@pytest.mark.parametrize(("status", "hint"), [
    (401, "check --user / KG_PUSH_USER and KG_PUSH_PASSWORD"),
    (403, "may not write there"),
    (404, "Graph Store endpoint (Oxigraph .../store"),
    (500, "see the store's log"),
])
def test_a_refusal_names_the_url_the_status_and_what_to_do(two_docs, status, hint):
    recorder = Recorder(status, body="<html>\n  nope   here\n</html>")
    with pytest.raises(StoreError) as caught:
        send(two_docs, recorder)
    message = str(caught.value)
    assert message.startswith(f"POST {ENDPOINT}?default was refused: HTTP {status} ")
    assert "<html> nope here </html>" in message and hint in message
    assert "\n" not in message
    assert len(recorder.requests) == 1  # stops at the first refusal


def test_a_store_that_does_not_answer_in_time(two_docs):
    def slow(request):
        raise httpx.ReadTimeout("timed out", request=request)

    client = httpx.Client(transport=httpx.MockTransport(slow))
    with pytest.raises(StoreError, match=r"did not answer within 60 s .*check that it is up"):
        push(two_docs, ENDPOINT, client=client, env={}, progress=False)


def test_graphs_without_an_iri_name_go_to_the_default_graph():
    dataset = Dataset()
    triple = (URIRef("urn:s"), URIRef("urn:p"), URIRef("urn:o"))
    dataset.graph(BNode()).add(triple)
    dataset.default_graph.add((URIRef("urn:s"), URIRef("urn:p"), URIRef("urn:o2")))
    dataset.graph(URIRef("urn:g")).add(triple)
    assert [(name, len(g)) for name, g in graph_parts(dataset)] == [(None, 2), (URIRef("urn:g"), 1)]
