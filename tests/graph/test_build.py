"""Graphs follow the output contract: direct triples, actors, reified mentions with provenance."""

from rdflib import RDF, RDFS, Literal
from rdflib.namespace import OWL, PROV, SKOS, XSD

from kg.graph.build import build_dataset
from kg.graph.iri import actor_iri, document_iri
from kg.graph.query import run_query
from kg.graph.store import flatten
from kg.ontology.namespace import IRKG
from kg.types import Actor, Document, Extraction, Mention, TimeValue

CONTRACT_QUERY = """
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?sl ?p ?ol ?mod WHERE {
  ?m rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?m ?modProp ?mod . FILTER(STRENDS(STR(?modProp), "modality")) }
  ?s rdfs:label ?sl . ?o rdfs:label ?ol .
}"""


def tiny() -> Extraction:
    doc = Document("d1", "A met B in C.", "en", "2023-09-05", "Title", "https://example.org/a")
    actors = {
        "Person:a": Actor("a", "Person", "A", ("Mr A",)),
        "Country:b": Actor("b", "Country", "B", (), ("http://www.wikidata.org/entity/Q1",), "BBB"),
        "Place:c": Actor("c", "Place", "C"),
    }
    mention = Mention("d1", "Person:a", "meets", "Country:b", "planned", "A met B in C.", 0, 14,
                      "rule-1", TimeValue("2023-09", "month", "en septembre"), "Place:c")
    return Extraction(doc, actors, [mention])


def test_direct_triple_and_actor_description():
    graph = flatten(build_dataset([tiny()]))
    a, b = actor_iri("Person", "a"), actor_iri("Country", "b")
    assert (a, IRKG.meets, b) in graph
    assert (a, RDF.type, IRKG.Person) in graph
    assert list(graph.objects(a, RDFS.label)) == [Literal("A")]
    assert (a, SKOS.altLabel, Literal("Mr A")) in graph
    assert (b, IRKG.iso3, Literal("BBB")) in graph
    assert len(list(graph.objects(b, OWL.sameAs))) == 1


def test_mention_is_reified_with_modality_evidence_provenance_time_place():
    dataset = build_dataset([tiny()])
    named = dataset.graph(document_iri("d1"))
    mention = next(named.subjects(RDF.type, IRKG.Mention))
    assert named.value(mention, IRKG.modality) == IRKG.planned
    assert str(named.value(mention, IRKG.evidence)) == "A met B in C."
    assert named.value(mention, PROV.wasDerivedFrom) == document_iri("d1")
    assert named.value(mention, IRKG.time) == Literal("2023-09", datatype=XSD.gYearMonth)
    assert named.value(mention, IRKG.place) == actor_iri("Place", "c")
    assert int(named.value(mention, IRKG.endChar)) == 14
    assert str(named.value(document_iri("d1"), RDF.type)) == str(IRKG.Document)


def test_contract_query_lists_every_relation(gold_dataset):
    rows = {(str(r.sl), str(r.p).split("#")[-1], str(r.ol), str(r.mod).split("#")[-1])
            for r in run_query(gold_dataset, CONTRACT_QUERY)}
    assert ("Kim Jong-un", "meets", "Vladimir Putin", "speculative") in rows
    assert len(rows) == 12


def test_same_actor_in_two_documents_is_one_node():
    first, second = tiny(), tiny()
    second = Extraction(Document("d2", "x"), second.actors, [
        Mention("d2", "Person:a", "visits", "Place:c", "asserted", "x", 0, 1, "r")])
    graph = flatten(build_dataset([first, second]))
    a = actor_iri("Person", "a")
    assert len(list(graph.objects(a, RDFS.label))) == 1
    assert len(set(graph.subjects(RDF.type, IRKG.Mention))) == 2
