"""The interactive page, without a browser: what it carries, what it leaves out, how it escapes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace

from kg.errors import InputError
from kg.render import InlinePage, page_html, render_html, show
from kg.render.html import content_security_policy, script_json

EX = Namespace("http://example.org/other#")


@pytest.fixture(scope="module")
def sample_page(sample_graph):
    return page_html(sample_graph, title="Kim and Putin")


def edges_by(data: dict, field: str) -> Counter:
    return Counter(edge[field] for edge in data["edges"])


def node(data: dict, label: str) -> dict:
    return next(n for n in data["nodes"] if n["label"] == label)


# ---------------------------------------------------------------- offline, self-contained

def test_page_loads_nothing_from_the_network(sample_page):
    tags = re.findall(r"<(?:script|link|img|iframe|object|embed)\b[^>]*>", sample_page, re.I)
    assert not [t for t in tags if re.search(r"\b(?:src|href)\s*=", t, re.I)]
    assert 'src="http' not in sample_page and 'href="http' not in sample_page
    assert "<link" not in sample_page.lower()
    assert "vis-network" in sample_page and "new vis.Network" in sample_page


def test_only_the_page_scripts_may_run(sample_page):
    scripts = re.findall(r"<script>(.*?)</script>", sample_page, re.S)
    assert len(scripts) == 2  # vis-network and the page's own; the data is not executable
    assert content_security_policy(scripts) in sample_page
    assert "default-src 'none'" in sample_page


# ---------------------------------------------------------------- what the page carries

def test_sample_page_has_every_actor_and_relation(known, sample_page):
    data = known.page_data(sample_page)
    assert len(data["nodes"]) == known.SAMPLE_COUNTS["actors"]
    assert len(data["edges"]) == known.SAMPLE_COUNTS["relations"]
    assert edges_by(data, "rel") == {"visits": 4, "suppliesMunitionsTo": 2, "officialOf": 2, "meets": 1,
                                     "providesAidTo": 1, "signsAgreementWith": 1, "leaderOf": 1}
    modalities = Counter(m["modality"] for e in data["edges"] for m in e["mentions"])
    assert modalities == {"asserted": 5, "speculative": 7}
    assert "12 of 12 relations, 15 of 15 actors" in sample_page


def test_actors_carry_type_aliases_identifiers_and_size(known, sample_page):
    data = known.page_data(sample_page)
    kim = node(data, "Kim Jong-un")
    assert kim["type"] == "Person"
    assert "Kim Jong Un" in kim["aliases"] and "Kim Jong-un" not in kim["aliases"]
    assert kim["ids"] == [{"text": "Wikidata Q56226", "url": "http://www.wikidata.org/entity/Q56226"}]
    assert node(data, "North Korea")["degree"] == 6
    assert node(data, "North Korea")["size"] > kim["size"] > node(data, "Seoul")["size"]
    assert {n["type"] for n in data["nodes"]} == {"Person", "Country", "Organization", "Place"}


def test_relations_carry_family_and_direction(known, sample_page):
    relations = known.page_data(sample_page)["relations"]
    assert relations["meets"] == {"label": "meets", "family": "diplomacy", "symmetric": True}
    assert relations["suppliesMunitionsTo"]["family"] == "military"
    assert not relations["suppliesMunitionsTo"]["symmetric"]
    assert relations["providesAidTo"]["family"] == "economic"
    assert relations["attacks"]["family"] == "hostility"
    assert relations["leaderOf"]["family"] == "affiliation"


def test_one_edge_per_relation_with_every_mention(known, mixed_graph):
    data = known.page_data(page_html(mixed_graph))
    assert len(data["edges"]) == known.MIXED_COUNTS["relations"]
    assert sum(len(e["mentions"]) for e in data["edges"]) == known.MIXED_COUNTS["mentions"]
    meets = next(e for e in data["edges"] if e["rel"] == "meets")
    assert sorted(m["modality"] for m in meets["mentions"]) == ["asserted", "planned", "speculative"]
    first = meets["mentions"][0]
    assert first["place"] == "Paris" and first["time"] == "2023-03-09"
    assert data["documents"][first["doc"]]["url"] == "https://example.org/news/talks-in-paris"


def test_mentions_name_who_says_so_and_their_source(known, mixed_graph):
    data = known.page_data(page_html(mixed_graph))
    mentions = [m for e in data["edges"] for m in e["mentions"]]
    claim = next(m for m in mentions if m["evidence"].startswith("Russia may"))
    assert claim["by"] == "United Nations"
    document = data["documents"][claim["doc"]]
    assert (document["title"], document["date"], document["url"]) == ("July round-up", "2023-07-01", "")
    assert document["source"] == "corpus/mixed-b.txt"


def test_parallel_edges_are_bent_apart(known, sample_page):
    data = known.page_data(sample_page)
    pairs = Counter(frozenset((e["from"], e["to"])) for e in data["edges"])
    pair = next(p for p, n in pairs.items() if n == 4)  # North Korea and Russia
    # vis bends "curvedCW" to the right of from -> to: the side flips with the direction
    sides = {e["curve"] * (1 if e["from"] < e["to"] else -1)
             for e in data["edges"] if frozenset((e["from"], e["to"])) == pair}
    assert len(sides) == 4


# ---------------------------------------------------------------- safety

def test_hostile_text_is_escaped(known, xss_graph):
    page = page_html(xss_graph, title="<script>alert(1)</script>")
    for text in known.XSS_STRINGS[:2]:
        assert text not in page
    assert "<svg" not in page and "<b>Co" not in page
    elements = re.sub(r"(<script[^>]*>).*?(</script>)", r"\1\2", page, flags=re.S)
    assert len(re.findall(r"<script", elements)) == 3  # the data element and the two scripts
    data = known.page_data(page)
    assert node(data, "<script>alert(1)</script>")["aliases"] == sorted(known.XSS_STRINGS[1:])
    assert data["edges"][0]["mentions"][0]["evidence"].startswith("He wrote <img src=x")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the title, as text


def test_only_web_links_are_links(known, xss_graph):
    data = known.page_data(page_html(xss_graph))
    evil = node(data, "<script>alert(1)</script>")
    assert evil["ids"] == [{"text": "javascript:alert(1)", "url": ""}]
    assert data["documents"][0]["url"] == ""


def test_script_json_cannot_close_its_element():
    text = script_json({"a": "</script><!-- & -->"})
    assert "<" not in text and ">" not in text and "&" not in text


# ---------------------------------------------------------------- determinism and size

def test_same_graph_and_seed_give_the_same_bytes(sample_graph, tmp_path):
    first = render_html(sample_graph, tmp_path / "a.html", seed=3).read_bytes()
    second = render_html(sample_graph, tmp_path / "b.html", seed=3).read_bytes()
    assert first == second
    assert render_html(sample_graph, tmp_path / "c.html", seed=4).read_bytes() != first


def test_same_bytes_in_another_process(sample_graph, tmp_path, known):
    """Set iteration order changes with the hash seed; the page must not."""
    script = ("import sys, importlib.util; from kg.render import page_html\n"
              f"spec = importlib.util.spec_from_file_location('g', {str(known.__file__)!r})\n"
              "g = importlib.util.module_from_spec(spec); spec.loader.exec_module(g)\n"
              "sys.stdout.write(page_html(g.mixed()))")
    pages = [subprocess.run([sys.executable, "-c", script], capture_output=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert pages[0] == pages[1]


def test_max_nodes_keeps_the_most_connected(known, sample_graph):
    page = page_html(sample_graph, max_nodes=3)
    data = known.page_data(page)
    assert {n["label"] for n in data["nodes"]} == {"North Korea", "Russia", "Kim Jong-un"}
    assert len(data["edges"]) == 6
    assert data["counts"]["hidden"] == [12, 6]
    assert "12 actors and 6 relations are not in this page" in page


def test_max_nodes_must_be_positive(sample_graph):
    with pytest.raises(InputError, match="max_nodes=0"):
        page_html(sample_graph, max_nodes=0)


# ---------------------------------------------------------------- build-time filters

@pytest.mark.parametrize(("options", "relations"), [
    ({"relations": ["visits"]}, 4),
    ({"modalities": ["asserted"]}, 5),
    ({"actor_types": ["Person", "Country"]}, 9),
    ({"relations": "meets"}, 1),
])
def test_filters_on_the_sample(known, sample_graph, options, relations):
    page = page_html(sample_graph, **options)
    assert len(known.page_data(page)["edges"]) == relations
    assert "Built with filters" in page


@pytest.mark.parametrize(("options", "relations"), [
    ({"modalities": ["negated"]}, 1),
    ({"date_from": "2023-06-01"}, 5),
    ({"date_to": "2023-03"}, 4),
    ({"date_from": "2023-06", "date_to": "2023-06-30"}, 1),
    ({"date_from": "2030"}, 0),
])
def test_filters_on_dated_mentions(known, mixed_graph, options, relations):
    data = known.page_data(page_html(mixed_graph, **options))
    assert len(data["edges"]) == relations
    if options.get("date_from") == "2023-06":  # only the mention planned for June
        assert [m["evidence"] for m in data["edges"][0]["mentions"]] == [
            "France and Germany will meet again in June."]


def test_filters_drop_actors_left_without_relations(known, sample_graph):
    data = known.page_data(page_html(sample_graph, relations=["meets"]))
    labels = {n["label"] for n in data["nodes"]}
    assert {"Kim Jong-un", "Vladimir Putin", "Seoul"} <= labels  # Seoul never had a relation
    assert "Russia" not in labels


@pytest.mark.parametrize(("options", "message"), [
    ({"relations": ["meet"]}, "unknown relation 'meet'"),
    ({"modalities": ["certain"]}, "unknown modality 'certain'"),
    ({"actor_types": ["City"]}, "unknown actor type 'City'"),
    ({"date_from": "last week"}, "date_from='last week' is not a date"),
])
def test_bad_filters_say_what_is_allowed(sample_graph, options, message):
    with pytest.raises(InputError, match=message):
        page_html(sample_graph, **options)


# ---------------------------------------------------------------- other graphs

def test_empty_graph_says_so(known):
    page = page_html(Dataset())
    assert "This graph has no relations to show, and no actors." in page
    assert known.page_data(page)["nodes"] == []


def test_graph_without_relations_shows_its_actors(known):
    page = page_html(known.actors_only())
    assert "This graph has no relations to show." in page
    assert len(known.page_data(page)["nodes"]) == known.SAMPLE_COUNTS["actors"]


def test_filters_that_leave_nothing_say_so(mixed_graph):
    assert "No relation passes the filters" in page_html(mixed_graph, date_from="2030")


def test_plain_graph_without_ontology_in_another_namespace(known):
    graph = Graph()
    for actor, label in ((EX.a, "A"), (EX.b, "B")):
        graph.add((actor, RDF.type, EX.Country))
        graph.add((actor, RDFS.label, Literal(label)))
    graph.add((EX.a, EX.meets, EX.b))
    for prop, value in ((RDF.subject, EX.a), (RDF.predicate, EX.meets), (RDF.object, EX.b),
                        (EX.modality, Literal("planned")), (EX.evidence, Literal("A will meet B."))):
        graph.add((EX.m1, prop, value))
    graph.add((EX.b, EX.attacks, EX.a))  # stated, never mentioned
    data = known.page_data(page_html(graph))
    assert [n["label"] for n in data["nodes"]] == ["A", "B"]
    assert [(e["rel"], [m["modality"] for m in e["mentions"]]) for e in data["edges"]] == [
        ("meets", ["planned"]), ("attacks", [])]
    assert data["relations"]["meets"]["symmetric"] and data["relations"]["attacks"]["family"] == "hostility"


# ---------------------------------------------------------------- files and notebooks

def test_render_html_writes_atomically(sample_graph, tmp_path):
    path = render_html(sample_graph, tmp_path / "out" / "graph.html")
    assert path == tmp_path / "out" / "graph.html"
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in path.parent.iterdir()] == ["graph.html"]


def test_show_returns_an_iframe_for_notebooks(sample_graph):
    shown = show(sample_graph, height=400, max_nodes=5)
    assert type(shown).__module__.startswith("IPython")
    assert "<iframe srcdoc=" in shown.data and "height:400px" in shown.data


def test_inline_page_needs_no_ipython():
    frame = InlinePage('<p title="x">a & b</p>', height=300)._repr_html_()
    assert frame.startswith('<div class="irkg-page"><iframe srcdoc="&lt;p title=&quot;x&quot;&gt;a &amp; b&lt;/p&gt;"')
    assert 'sandbox="allow-scripts' in frame


def test_show_without_ipython_says_how_to_install_it(sample_graph, monkeypatch):
    monkeypatch.setitem(sys.modules, "IPython", None)
    monkeypatch.setitem(sys.modules, "IPython.display", None)
    with pytest.raises(ImportError, match="pip install ipython"):
        show(sample_graph)
