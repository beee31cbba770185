"""The page in a real browser (headless chromium, network blocked): draw, hover, click, filter, search."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDF

from kg.ontology.namespace import ACTOR_TYPES, IRKG, RELATIONS

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).with_name("artifacts")
README_SCREENSHOT = Path("/tmp/render_example.png")

EDGE_POINT = """(id) => {
  const edge = irkg.edges.get(id);
  const at = irkg.network.getPositions([edge.from, edge.to]);
  return irkg.network.canvasToDOM({x: (at[edge.from].x + at[edge.to].x) / 2,
                                   y: (at[edge.from].y + at[edge.to].y) / 2});
}"""
FIND_EDGE = """([from, rel, to]) => {
  const id = (label) => irkg.data.nodes.find((n) => n.label === label).id;
  return irkg.data.edges.find((e) => e.from === id(from) && e.rel === rel && e.to === id(to)).id;
}"""
SHOWN = "() => [irkg.nodes.get({filter: (n) => !n.hidden}).length, irkg.edges.get({filter: (e) => !e.hidden}).length]"


def graph_counts(dataset) -> tuple[int, int]:
    """Count actors and distinct relation triples straight from the RDF."""
    graph = dataset.default_graph  # where the builder puts actors and direct triples
    actors = {s for t in ACTOR_TYPES for s in graph.subjects(RDF.type, IRKG[t])}
    relations = {(s, r, o) for r in RELATIONS for s, o in graph.subject_objects(IRKG[r])}
    return len(actors), len(relations)


def point_at_edge(visit, edge: tuple[str, str, str]) -> tuple[float, float]:
    page = visit.page
    at = page.evaluate(EDGE_POINT, page.evaluate(FIND_EDGE, list(edge)))
    box = page.locator("#network").bounding_box()
    return box["x"] + at["x"], box["y"] + at["y"]


def test_example_page_draws_the_whole_graph_offline(visit, pages, known):
    seen = visit(pages["example"])
    assert tuple(seen.page.evaluate("[irkg.nodes.length, irkg.edges.length]")) == graph_counts(known.sample())
    assert seen.page.evaluate(SHOWN) == [15, 12]
    assert seen.page.inner_text("#counts") == "12 of 12 relations, 15 of 15 actors"
    assert seen.failed == [] and seen.external == [] and seen.errors == []


def test_edges_are_drawn_by_family_direction_and_modality(visit, pages):
    seen = visit(pages["mixed"])
    edge = "([f, r, t]) => irkg.edges.get((" + FIND_EDGE + ")([f, r, t]))"
    meets = seen.page.evaluate(edge, ["France", "meets", "Germany"])
    sanctions = seen.page.evaluate(edge, ["France", "imposesSanctionsOn", "Russia"])
    attacks = seen.page.evaluate(edge, ["Russia", "attacks", "Ukraine"])
    assert not meets["arrows"]["to"]["enabled"] and sanctions["arrows"]["to"]["enabled"]
    assert meets["color"]["color"] != attacks["color"]["color"] != sanctions["color"]["color"]
    assert meets["dashes"] is False and meets["label"] == "meets ×3"  # asserted wins over planned
    assert sanctions["dashes"] == [12, 6] and sanctions["modality"] == "planned"
    legend = seen.page.inner_text("#legend")
    assert "most certain modality" in legend and "speculative" in legend and "hostility" in legend


def test_hovering_an_edge_shows_its_evidence(visit, pages):
    seen = visit(pages["example"])
    x, y = point_at_edge(seen, ("Kim Jong-un", "meets", "Vladimir Putin"))
    seen.page.mouse.move(x - 20, y - 20)
    seen.page.mouse.move(x, y, steps=4)
    tooltip = seen.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert "Kim Jong-un pourrait prochainement rencontrer Vladimir Poutine" in tooltip.inner_text()
    assert "drawn as speculative" in tooltip.inner_text()


def test_clicking_an_edge_lists_every_mention(visit, pages):
    seen = visit(pages["mixed"])
    seen.page.mouse.click(*point_at_edge(seen, ("France", "meets", "Germany")))
    items = seen.page.locator("#details ol > li")
    assert items.count() == 3
    text = seen.page.inner_text("#details")
    for evidence in ("France and Germany met in Paris on Thursday.", "France and Germany will meet again in June.",
                     "Germany could meet France before the summer."):
        assert evidence in text
    assert "Paris" in text and "2023-03-09" in text and "July round-up" in text
    link = seen.page.locator("#details a", has_text="Talks in Paris").first
    assert link.get_attribute("href") == "https://example.org/news/talks-in-paris"
    assert seen.page.evaluate("irkg.edges.get(irkg.network.getSelectedEdges()[0]).modality") == "asserted"


def test_edge_details_name_who_says_so(visit, pages):
    seen = visit(pages["mixed"])
    seen.page.evaluate(f"irkg.showEdge(({FIND_EDGE})(['Russia', 'attacks', 'Ukraine']))")
    text = seen.page.inner_text("#details")
    assert "Said by" in text and "United Nations" in text
    assert "Russia may attack Ukraine again" in text and "Russia attacked Ukraine overnight." in text


def test_clicking_an_actor_shows_its_identifiers_and_relations(visit, pages):
    seen = visit(pages["example"])
    seen.page.evaluate("irkg.showNode(irkg.data.nodes.find((n) => n.label === 'Kim Jong-un').id)")
    details = seen.page.locator("#details")
    assert details.locator("a", has_text="Wikidata Q56226").get_attribute("href") == (
        "http://www.wikidata.org/entity/Q56226")
    assert "Kim Jong Un" in details.inner_text() and "Relations (4)" in details.inner_text()


def test_modality_filter_hides_edges(visit, pages, known):
    seen = visit(pages["example"])
    seen.page.uncheck("input[name=modality][value=speculative]")
    assert seen.page.evaluate(SHOWN)[1] == known.SAMPLE_COUNTS["asserted"]
    assert seen.page.inner_text("#counts").startswith("5 of 12 relations")
    seen.page.check("input[name=modality][value=speculative]")
    assert seen.page.evaluate(SHOWN) == [15, 12]


def test_modality_filter_redraws_mixed_edges(visit, pages):
    seen = visit(pages["mixed"])
    seen.page.uncheck("input[name=modality][value=asserted]")
    assert seen.page.evaluate(SHOWN)[1] == 4
    meets = seen.page.evaluate(FIND_EDGE, ["France", "meets", "Germany"])
    assert seen.page.evaluate("(id) => irkg.edges.get(id).modality", meets) == "planned"
    negated = seen.page.evaluate("irkg.edges.get({filter: (e) => e.modality === 'negated'})")
    assert len(negated) == 1 and negated[0]["label"].startswith("✗")
    assert negated[0]["arrows"]["middle"]["enabled"]


def test_relation_type_and_date_filters(visit, pages):
    seen = visit(pages["mixed"])
    seen.page.fill("#date-from", "2023-06-01")
    assert seen.page.evaluate(SHOWN)[1] == 5
    seen.page.fill("#date-from", "")
    seen.page.uncheck("input[name=relation][value=meets]")
    assert seen.page.evaluate(SHOWN)[1] == 6
    seen.page.uncheck("input[name=type][value=Person]")
    assert seen.page.evaluate(SHOWN)[1] == 4


def test_search_focuses_an_actor_and_its_neighbours(visit, pages):
    seen = visit(pages["example"])
    seen.page.fill("#search", "Poutine")
    seen.page.press("#search", "Enter")
    putin = seen.page.evaluate("irkg.data.nodes.find((n) => n.label === 'Vladimir Putin').id")
    assert seen.page.evaluate("irkg.network.getSelectedNodes()") == [putin]
    at = seen.page.evaluate("(id) => irkg.network.canvasToDOM(irkg.network.getPositions([id])[id])", putin)
    box = seen.page.locator("#network").bounding_box()
    assert 0 < at["x"] < box["width"] and 0 < at["y"] < box["height"]
    assert "Vladimir Putin: 1 neighbour" in seen.page.inner_text("#search-status")
    assert "Vladimir Putin" in seen.page.inner_text("#details h2")


def test_hostile_text_shows_as_text_and_runs_nothing(visit, pages, known):
    seen = visit(pages["xss"])
    seen.page.evaluate("irkg.showNode(0); irkg.showNode(1); irkg.showEdge(0)")
    seen.page.mouse.click(*point_at_edge(seen, ("<script>alert(1)</script>", "condemns", "Bold & <b>Co</b>")))
    assert seen.dialogs == [] and seen.errors == []
    assert seen.page.inner_text("#title") == "<script>alert(1)</script>"
    assert "<img src=x onerror=alert(1)>" in seen.page.inner_text("#details")
    seen.page.evaluate("irkg.showNode(irkg.data.nodes.find((n) => n.type === 'Person').id)")
    text = seen.page.inner_text("#details")
    assert "<img src=x onerror=alert(1)>" in text and "javascript:alert(1)" in text
    assert seen.page.locator("img, svg[onload], #details b").count() == 0
    assert seen.page.locator("a[href^='javascript']").count() == 0


def test_page_without_relations_says_so(visit, pages):
    seen = visit(pages["empty"])
    assert seen.page.locator("#empty").is_visible()
    assert "no relations" in seen.page.inner_text("#empty")
    assert seen.page.evaluate(SHOWN) == [15, 0] and seen.errors == []


def test_notebook_frame_draws_the_page(visit, pages, known, tmp_path):
    from kg.render import inline

    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><body>{inline(known.sample(), height=500)._repr_html_()}</body>", "utf-8")
    seen = visit(host, wait=False)
    frame = seen.page.frame_locator("iframe")
    frame.locator("body[data-ready=true]").wait_for()
    assert frame.locator("#counts").inner_text() == "12 of 12 relations, 15 of 15 actors"
    assert seen.errors == [] and seen.failed == []


def test_screenshot_of_the_example(visit, pages):
    seen = visit(pages["example"])
    seen.page.mouse.click(*point_at_edge(seen, ("Kim Jong-un", "meets", "Vladimir Putin")))
    seen.page.locator("#details ol > li").first.wait_for()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "example.png"
    seen.page.screenshot(path=str(shot))
    shutil.copyfile(shot, README_SCREENSHOT)
    assert shot.stat().st_size > 10_000
