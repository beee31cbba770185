"""The networkx view: nodes, edges and figures on tiny graphs with known answers; exports."""

from __future__ import annotations

import doctest
import json
import re

import click
import networkx as nx
import pytest
from click.testing import CliRunner

import kg.graph.jsonld
import kg.graph.network
import kg.graph.push
import kg.validate
from kg import cli_interop
from kg.errors import InputError
from kg.graph.iri import actor_iri
from kg.graph.network import export, format_stats, most_certain, stats, to_networkx
from kg.graph.store import write_graph

A, B, C, D = (str(actor_iri(t, k)) for t, k in
              (("Person", "a"), ("Country", "b"), ("Place", "c"), ("Country", "d")))


def test_nodes_are_actors_with_their_names_and_type(two_docs):
    network = to_networkx(two_docs)
    assert sorted(network.nodes) == sorted([A, B, C, D])
    assert network.nodes[B] == {"label": "B", "type": "Country", "aliases": ["Bee"], "ids": []}


def test_isolated_actors_are_nodes_too(example):
    network = to_networkx(example)
    seoul = str(actor_iri("Place", "seoul"))
    assert network.degree(seoul) == 0
    assert network.nodes[seoul]["ids"] == ["http://www.wikidata.org/entity/Q8684"]


def test_one_edge_per_triple_with_modality_count_and_family(two_docs):
    network = to_networkx(two_docs)
    assert network.number_of_edges() == 5
    assert network.edges[A, B, "meets"] == {"relation": "meets", "family": "diplomacy",
                                            "modality": "asserted", "modalities": ["asserted"],
                                            "mentions": 1}
    assert network.edges[B, A, "meets"]["modality"] == "speculative"
    assert network.edges[D, B, "suppliesMunitionsTo"]["family"] == "military"
    assert network.edges[A, B, "leaderOf"]["family"] == "affiliation"


def test_an_edge_keeps_the_most_certain_modality_and_counts_every_mention(example):
    network = to_networkx(example)
    kim, russia = str(actor_iri("Person", "kim-jong-un")), str(actor_iri("Country", "russia"))
    assert network.edges[kim, russia, "visits"]["modality"] == "speculative"
    assert most_certain(["negated", "speculative", "asserted"]) == "asserted"
    assert most_certain([]) == ""


def test_stats_on_a_path(two_docs):
    figures = stats(two_docs)
    by_label = {a["label"]: a for a in figures["actors"]}
    assert {k: a["degree"] for k, a in by_label.items()} == {"A": 4, "B": 4, "C": 1, "D": 1}
    # undirected it is the path C - A - B - D: A lies on 2 of the 3 shortest paths between
    # the others (C-B, C-D, not B-D), so does B; normalised by (n-1)(n-2)/2 = 3
    assert {k: a["betweenness"] for k, a in by_label.items()} == {
        "A": pytest.approx(2 / 3), "B": pytest.approx(2 / 3), "C": 0.0, "D": 0.0}
    assert [a["label"] for a in figures["actors"]] == ["A", "B", "C", "D"]
    assert sorted(n for c in figures["communities"] for n in c) == sorted([A, B, C, D])
    assert figures["relations"] == {
        "meets": {"edges": 2, "asserted": 1, "planned": 0, "speculative": 1, "negated": 0},
        "visits": {"edges": 1, "asserted": 0, "planned": 1, "speculative": 0, "negated": 0},
        "suppliesMunitionsTo": {"edges": 1, "asserted": 0, "planned": 0, "speculative": 0,
                                "negated": 1},
        "leaderOf": {"edges": 1, "asserted": 1, "planned": 0, "speculative": 0, "negated": 0},
    }
    assert figures["modalities"] == {"asserted": 2, "planned": 1, "speculative": 1, "negated": 1}


def test_louvain_communities_are_the_same_on_every_run(example):
    first = stats(example)["communities"]
    assert first == stats(example)["communities"]
    together = next(c for c in first if str(actor_iri("Country", "russia")) in c)
    assert str(actor_iri("Country", "north-korea")) in together
    json.dumps(stats(example))  # ready for --json


def test_format_stats_is_two_aligned_tables(two_docs):
    text = format_stats(stats(two_docs))
    actors, relations = text.split("\n\n")
    assert actors.splitlines()[0].split() == ["actor", "type", "degree", "betweenness", "community"]
    assert actors.splitlines()[2].split()[:4] == ["A", "Person", "4", "0.667"]
    assert relations.splitlines()[-1].split() == ["total", "5", "2", "1", "1", "1"]
    assert len({len(line) for line in relations.splitlines()[:2]}) == 1


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_keep_labels_types_relation_modality_and_counts(fmt, two_docs, tmp_path):
    path = tmp_path / f"net.{fmt}"
    assert export(two_docs, path) == fmt
    network = nx.read_graphml(path, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(path)
    assert network.nodes[B]["label"] == "B"
    assert network.nodes[B]["type"] == "Country"
    assert network.nodes[B]["aliases"] == "Bee"
    edges = [d for s, o, d in network.edges(data=True) if (s, o) == (D, B)]
    assert len(edges) == 1
    assert {k: edges[0][k] for k in ("relation", "modality", "mentions", "family")} == {
        "relation": "suppliesMunitionsTo", "modality": "negated", "mentions": 1, "family": "military"}
    assert network.number_of_edges() == 5


def test_lists_are_joined_for_graphml(example, tmp_path):
    path = tmp_path / "net.graphml"
    export(example, path, "graphml")
    network = nx.read_graphml(path)
    assert network.nodes[str(actor_iri("Country", "russia"))]["aliases"] == "Moscou; Moscow; Russie; russe"


def test_json_is_d3_node_link_and_keeps_lists(two_docs, tmp_path):
    path = tmp_path / "net.json"
    export(two_docs, path, "json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) >= {"nodes", "links", "directed", "multigraph"}
    node = next(n for n in data["nodes"] if n["id"] == B)
    assert node["aliases"] == ["Bee"] and node["type"] == "Country"
    link = next(li for li in data["links"] if (li["source"], li["target"], li["key"]) == (A, B, "meets"))
    assert (link["relation"], link["modality"], link["mentions"]) == ("meets", "asserted", 1)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_exports_are_atomic_and_the_same_bytes_for_the_same_input(fmt, two_docs, tmp_path):
    path = tmp_path / f"net.{fmt}"
    path.write_text("old")
    export(two_docs, path, fmt)
    first = path.read_bytes()
    export(two_docs, path, fmt)
    assert path.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind


def test_export_refuses_an_unknown_format(two_docs, tmp_path):
    with pytest.raises(InputError, match=re.escape("--format graphml|gexf|json")):
        export(two_docs, tmp_path / "net.txt")
    with pytest.raises(InputError, match="unknown export format 'dot'"):
        export(two_docs, tmp_path / "net.json", "dot")


def cli(*args: str):
    return CliRunner().invoke(cli_interop.register(click.Group("kg")), list(args))


@pytest.fixture
def two_docs_file(two_docs, tmp_path):
    path = tmp_path / "graph.trig"
    write_graph(two_docs, path)
    return path


def test_cli_stats_prints_tables_or_json(two_docs_file):
    table = cli("stats", str(two_docs_file))
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[2].split()[:3] == ["A", "Person", "4"]
    as_json = cli("stats", str(two_docs_file), "--json")
    assert json.loads(as_json.output)["modalities"]["negated"] == 1


def test_cli_export_writes_the_file(two_docs_file, tmp_path):
    out = tmp_path / "out" / "net.gexf"
    result = cli("export", str(two_docs_file), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"network -> {out} (gexf)"
    assert nx.read_gexf(out).number_of_nodes() == 4
    bad = cli("export", str(two_docs_file), "-o", str(tmp_path / "net.dot"))
    assert bad.exit_code == 1 and isinstance(bad.exception, InputError)


@pytest.mark.parametrize("module", [kg.graph.network, kg.validate, kg.graph.push, kg.graph.jsonld])
def test_docstring_examples_run(module):
    failures, tried = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried and not failures
