"""The SHACL shapes describe the output contract: built graphs conform, broken ones do not."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import OWL, PROV, SH

from kg import cli_interop
from kg.graph.iri import actor_iri
from kg.graph.store import FORMATS, read_graph, write_graph
from kg.ontology.namespace import IRKG, RELATIONS
from kg.validate import Finding, Report, compact, load_shapes, validate

KIM = actor_iri("Person", "kim-jong-un")
PUTIN = actor_iri("Person", "vladimir-putin")
RUSSIA = actor_iri("Country", "russia")
NORTH_KOREA = actor_iri("Country", "north-korea")


def first_mention(dataset):
    """Return (mention, its named graph) of some mention of ``dataset``."""
    s, _, _, graph = next(iter(sorted(dataset.quads((None, RDF.type, IRKG.Mention, None)))))
    return s, dataset.graph(graph)


def break_it(dataset):
    """Give a mention two modalities, take Putin's label away, make Russia leaderOf a country."""
    mention, named = first_mention(dataset)
    for value in (IRKG.asserted, IRKG.negated):
        named.add((mention, IRKG.modality, value))
    dataset.remove((PUTIN, RDFS.label, None))
    dataset.default_graph.add((RUSSIA, IRKG.leaderOf, NORTH_KOREA))
    return mention


def test_the_example_conforms(example):
    report = validate(example)
    assert report.conforms, report.text()
    assert report.findings == ()


def test_tiny_graphs_conform(tricky, two_docs):
    for dataset in (tricky, two_docs):
        report = validate(dataset)
        assert report.conforms, report.text()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_graphs_read_back_from_any_syntax_conform(fmt, example, tmp_path):
    path = tmp_path / f"graph{FORMATS[fmt]}"
    write_graph(example, path, fmt)
    assert validate(read_graph(path)).conforms


def test_a_broken_graph_fails_with_the_expected_messages(example):
    mention = break_it(example)
    report = validate(example)
    assert not report.conforms
    lines = report.text().splitlines()
    assert f"Violation: {compact(mention)} irkg:modality: a mention has exactly one irkg:modality: " \
           "asserted, planned, speculative or negated" in lines
    assert f"Violation: {compact(PUTIN)} rdfs:label: an actor has exactly one rdfs:label, " \
           "its canonical name (a plain string)" in lines
    assert f"Violation: {compact(RUSSIA)}: the subject of irkg:leaderOf / irkg:officialOf must be " \
           f"a Person (value: {compact(RUSSIA)})" in lines
    assert f"Violation: {compact(RUSSIA)} irkg:leaderOf: irkg:leaderOf must point to a Country or " \
           f"an Organization (value: {compact(NORTH_KOREA)})" not in lines  # North Korea is a Country
    assert lines[-1] == "does not conform to the irkg output contract: 3 violation(s), 0 warning(s)"


@pytest.mark.parametrize(("triple", "path", "message"), [
    ((KIM, IRKG.visits, PUTIN), "irkg:visits", "irkg:visits must point to a Country or a Place"),
    ((KIM, IRKG.officialOf, actor_iri("Place", "seoul")), "irkg:officialOf",
     "irkg:officialOf must point to a Country or an Organization"),
    ((KIM, RDF.type, IRKG.Place), "rdf:type", "an actor has exactly one actor type"),
    ((KIM, IRKG.meets, URIRef("https://example.org/nobody")), "",
     "both ends of a relation must be actors"),
    ((RUSSIA, IRKG.iso3, Literal("rus")), "irkg:iso3", "ISO 3166-1 alpha-3"),
])
def test_each_contract_rule_is_checked(example, triple, path, message):
    example.default_graph.add(triple)
    report = validate(example)
    assert not report.conforms
    assert any(f.path == path and message in f.message for f in report.violations), report.text()


def test_mention_fields_are_checked(example):
    mention, named = first_mention(example)
    for prop in (IRKG.evidence, IRKG.startChar, PROV.wasDerivedFrom):
        named.remove((mention, prop, None))
    named.add((mention, IRKG.endChar, Literal("12")))  # a string, and a second end
    paths = {f.path for f in validate(example).violations if f.focus == compact(mention)}
    assert paths == {"irkg:evidence", "irkg:startChar", "prov:wasDerivedFrom", "irkg:endChar"}


def test_an_unknown_modality_value_is_a_violation(example):
    mention, named = first_mention(example)
    named.remove((mention, IRKG.modality, None))
    named.add((mention, IRKG.modality, IRKG.meets))
    assert any(f.path == "irkg:modality" and f.value == "irkg:meets"
               for f in validate(example).violations)


def test_warnings_do_not_break_conformance(example):
    example.default_graph.add((KIM, OWL.sameAs, URIRef("https://example.org/kim")))
    report = validate(example)
    assert report.conforms
    assert [f.severity for f in report.findings] == ["Warning"]
    assert "Wikidata" in report.text()


def test_the_shapes_name_only_real_terms():
    shapes = load_shapes()
    irkg_terms = {t for t in shapes.all_nodes() if isinstance(t, URIRef) and str(t).startswith(str(IRKG._NS))}
    for term in irkg_terms:
        assert getattr(IRKG, str(term).split("#")[1])  # raises for a term the ontology lacks
    assert {IRKG[name] for name in RELATIONS} <= irkg_terms
    assert len(set(shapes.subjects(RDF.type, SH.NodeShape))) >= 10


def test_report_text_has_one_line_per_finding_then_a_summary():
    report = Report(False, (Finding("Violation", "country:russia", "rdfs:label", "needs a label"),
                            Finding("Warning", "person:kim", "", "odd id", '"x"')))
    assert report.text().splitlines() == [
        "Violation: country:russia rdfs:label: needs a label",
        'Warning: person:kim: odd id (value: "x")',
        "does not conform to the irkg output contract: 1 violation(s), 1 warning(s)",
    ]


def test_compact_shortens_iris_and_quotes_literals():
    assert compact(IRKG.meets) == "irkg:meets"
    assert compact(URIRef("https://w3id.org/irkg/id/mention/d1/abc")) == "id:mention/d1/abc"
    assert compact(URIRef("https://example.org/x")) == "<https://example.org/x>"
    assert compact(Literal("a\nb")) == '"a\\nb"'


def run_cli(*args: str):
    group = cli_interop.register(click.Group("kg"))
    return CliRunner().invoke(group, list(args))


def test_cli_validate_exits_0_when_the_graph_conforms(example, tmp_path):
    path = tmp_path / "graph.trig"
    write_graph(example, path)
    result = run_cli("validate", str(path))
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("0 violation(s), 0 warning(s)")


def test_cli_validate_exits_1_and_prints_the_violations(example, tmp_path):
    break_it(example)
    path = tmp_path / "broken.nq"
    write_graph(example, path)
    result = run_cli("validate", str(path))
    assert result.exit_code == 1
    assert "rdfs:label: an actor has exactly one rdfs:label" in result.output
    assert len([line for line in result.output.splitlines() if line.startswith("Violation: ")]) == 3
