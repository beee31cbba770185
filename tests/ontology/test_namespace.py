"""The code's namespace and ontology/irkg.ttl declare the same terms; the inventory is complete."""

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph

from kg.errors import OntologyError
from kg.ontology.load import load_ontology, ontology_dir
from kg.ontology.namespace import IRKG, MODALITIES, RELATIONS, SYMMETRIC

SPEC = Path(__file__).resolve().parents[3] / "shared" / "spec" / "relations.md"


def ttl_terms() -> set[str]:
    graph = load_ontology()
    base = str(IRKG._NS)
    return {str(s)[len(base):] for s in graph.subjects() if str(s).startswith(base)}


def test_namespace_and_ttl_declare_the_same_terms():
    code_terms = set(IRKG.__annotations__)
    assert code_terms == ttl_terms()


def test_unknown_term_raises():
    with pytest.raises(AttributeError):
        IRKG.meet  # noqa: B018


def test_every_relation_is_a_property_with_labels_domain_range():
    graph = load_ontology()
    for name in RELATIONS:
        prop = IRKG[name]
        assert (prop, RDF.type, OWL.ObjectProperty) in graph
        langs = {label.language for label in graph.objects(prop, RDFS.label)}
        assert langs == {"en", "fr"}, name
        assert graph.value(prop, RDFS.comment) is not None
        assert graph.value(prop, RDFS.domain) is not None and graph.value(prop, RDFS.range) is not None
        assert ((prop, RDF.type, OWL.SymmetricProperty) in graph) == (name in SYMMETRIC)


def test_event_relations_carry_their_cameo_codes():
    graph = load_ontology()
    assert {str(c) for c in graph.objects(IRKG.meets, IRKG.cameo)} == {"040", "043", "044"}
    assert str(graph.value(IRKG.suppliesMunitionsTo, IRKG.cameo)) == "072"


def test_modality_values_are_declared():
    graph = load_ontology()
    for value in MODALITIES:
        assert (IRKG[value], RDF.type, IRKG.Modality) in graph


@pytest.mark.skipif(not SPEC.exists(), reason="the shared specification is not beside the repository")
def test_relations_match_the_specification():
    text = SPEC.read_text(encoding="utf-8")
    names = {line.split("|")[1].strip() for line in text.splitlines()
             if line.startswith("| ") and line.count("|") >= 3}
    assert set(RELATIONS) <= names
    assert len(RELATIONS) == 14


def test_invalid_ttl_is_reported(tmp_path, monkeypatch):
    from kg.ontology import load

    (tmp_path / "broken.ttl").write_text("this is not turtle", encoding="utf-8")
    monkeypatch.setattr(load, "ontology_dir", lambda: tmp_path)
    load._parsed.cache_clear()
    with pytest.raises(OntologyError, match="not valid Turtle"):
        load.load_ontology("broken.ttl")
    load._parsed.cache_clear()


def test_ontology_ships_inside_the_package():
    assert (ontology_dir() / "irkg.ttl").is_file()
    Graph().parse(ontology_dir() / "irkg.ttl")
