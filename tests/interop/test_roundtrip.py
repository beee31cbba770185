"""Every RDF syntax reads back into the same graph; the dataset's layout and IRIs are stable."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import RDF, BNode, Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCTERMS, RDFS

from kg.graph.build import build_dataset
from kg.graph.iri import document_iri
from kg.graph.jsonld import load_context, to_jsonld
from kg.graph.store import FORMATS, QUAD_FORMATS, flatten, read_graph, write_graph
from kg.ontology.namespace import IRKG, RELATIONS

from .graphs import TRICKY, example_dataset, two_documents


def assert_isomorphic(expected: Graph, got: Graph) -> None:
    """Assert two graphs are the same up to blank node labels, showing the difference if not."""
    if isomorphic(expected, got):
        return
    _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))

    def show(graph: Graph) -> str:
        lines = sorted(graph.serialize(format="nt").splitlines())
        return "\n".join(lines[:20]) + (f"\n... {len(lines) - 20} more" if len(lines) > 20 else "")

    pytest.fail(f"graphs differ\n-- only in the original:\n{show(only_expected)}"
                f"\n-- only in the copy read back:\n{show(only_got)}")


def named_graphs(dataset: Dataset) -> dict:
    """Return the non-empty graphs of a dataset by name (the default graph as None)."""
    return {None if g.identifier == DATASET_DEFAULT_GRAPH_ID else g.identifier: g
            for g in dataset.graphs() if len(g)}


def assert_same_dataset(expected: Dataset, got: Dataset) -> None:
    """Assert two datasets have the same graphs under the same names, each isomorphic."""
    mine, theirs = named_graphs(expected), named_graphs(got)
    assert sorted(map(str, mine)) == sorted(map(str, theirs))
    for name, graph in mine.items():
        assert_isomorphic(graph, theirs[name])


def round_trip(dataset: Dataset, fmt: str, tmp_path) -> Dataset:
    path = tmp_path / f"graph{FORMATS[fmt]}"
    assert write_graph(dataset, path, fmt) == fmt
    return read_graph(path)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_example_reads_back_the_same(fmt, example, tmp_path):
    back = round_trip(example, fmt, tmp_path)
    assert_isomorphic(flatten(example), flatten(back))
    if fmt in QUAD_FORMATS:
        assert_same_dataset(example, back)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_quotes_newlines_emoji_and_right_to_left_survive(fmt, tricky, tmp_path):
    back = round_trip(tricky, fmt, tmp_path)
    assert_isomorphic(flatten(tricky), flatten(back))
    evidence = {str(o) for o in flatten(back).objects(None, IRKG.evidence)}
    assert TRICKY in evidence
    labels = {str(o) for o in flatten(back).objects(None, RDFS.label)}
    assert {"مصر", "ישראל", 'Jean "JJ" O\'Neil'} <= labels


@pytest.mark.parametrize("fmt", sorted(QUAD_FORMATS))
def test_each_article_has_its_named_graph(fmt, tmp_path):
    dataset = build_dataset(two_documents())
    back = round_trip(dataset, fmt, tmp_path)
    graphs = named_graphs(back)
    assert set(graphs) == {None, document_iri("d1"), document_iri("d2")}
    for doc in ("d1", "d2"):
        named = graphs[document_iri(doc)]
        assert (document_iri(doc), RDF.type, IRKG.Document) in named
        mentions = set(named.subjects(RDF.type, IRKG.Mention))
        assert mentions and all((m, IRKG.evidence, None) in named for m in mentions)
        assert not set(named.subjects(RDF.type, IRKG.Person))  # actors are not repeated per article
    default = graphs[None]
    assert not set(default.subjects(RDF.type, IRKG.Mention))
    assert not set(default.subjects(RDF.type, IRKG.Document))
    assert (URIRef(str(IRKG.meets)), RDFS.label, None) in default  # the ontology
    assert len(set(default.subjects(RDF.type, IRKG.Country))) == 2  # B and D
    assert (URIRef("https://w3id.org/irkg/id/person/a"), IRKG.meets, None) in default


def test_jsonld_with_the_published_context_keeps_named_graphs(two_docs, tmp_path):
    data = to_jsonld(two_docs)
    document = json.loads(data)
    assert document["@context"] == load_context()
    back = Dataset()
    back.parse(data=data, format="json-ld")
    assert_same_dataset(two_docs, back)


def test_jsonld_is_the_same_text_for_the_same_input():
    # without the ontology there is no blank node, whose labels would change from build to build
    first = to_jsonld(build_dataset(two_documents(), with_ontology=False))
    assert first == to_jsonld(build_dataset(two_documents(), with_ontology=False))


def test_context_names_every_relation_and_mention_term():
    context = load_context()
    expanded = {_expand(context, name) for name in context if not name.startswith("@")}
    for name in (*RELATIONS, "modality", "evidence", "startChar", "endChar", "time", "place",
                 "attributedTo", "rule"):
        assert str(IRKG[name]) in expanded, name
    assert {"rdfs", "skos", "prov", "dcterms", "owl", "xsd"} <= set(context)
    for name in RELATIONS:
        assert context[name]["@type"] == "@id"  # values are actor IRIs, not strings


def test_context_compacts_a_mention_readably(two_docs):
    document = json.loads(to_jsonld(two_docs))
    nodes = [n for g in document["@graph"] for n in g.get("@graph", [])]
    mention = next(n for n in nodes if n.get("@type") == "Mention")
    assert mention["modality"] in ("asserted", "planned", "speculative", "negated")
    assert {"evidence", "subject", "object", "predicate", "wasDerivedFrom", "startChar"} <= set(mention)


def _expand(context: dict, name: str) -> str:
    value = context[name]
    value = value["@id"] if isinstance(value, dict) else value
    prefix, _, rest = value.partition(":")
    return context[prefix] + rest if prefix in context and not rest.startswith("//") else value


def iris(dataset: Dataset) -> set[str]:
    """Every IRI a dataset uses, graph names included."""
    found = set()
    for quad in dataset.quads((None, None, None, None)):
        found |= {str(t) for t in quad[:3] if isinstance(t, URIRef)}
        found.add(str(quad[3].identifier if isinstance(quad[3], Graph) else quad[3]))
    return found


def test_same_input_gives_same_iris_and_triples():
    first, second = example_dataset(), example_dataset()
    assert iris(first) == iris(second)
    no_bnodes = lambda d: {t for t in flatten(d) if not any(isinstance(x, BNode) for x in t)}  # noqa: E731
    assert no_bnodes(first) == no_bnodes(second)
    assert isomorphic(flatten(first), flatten(second))


def test_iris_are_the_same_in_another_process():
    script = ("import json; from tests.interop.graphs import example_dataset; "
              "from tests.interop.test_roundtrip import iris; "
              "print(json.dumps(sorted(iris(example_dataset()))))")
    from paths import ROOT

    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                         env={"PYTHONHASHSEED": "123", "PYTHONPATH": f"{ROOT}:{ROOT / 'tests'}",
                              "PATH": ""}, check=True)
    assert json.loads(out.stdout) == sorted(iris(example_dataset()))


def test_document_node_holds_title_and_date(two_docs):
    graph = flatten(two_docs)
    assert str(graph.value(document_iri("d1"), DCTERMS.title)) == "First"
    assert str(graph.value(document_iri("d2"), DCTERMS.date)) == "2023-10"
