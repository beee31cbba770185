"""The data of the page: what :func:`kg.render.html.page_html` puts in the page as JSON.

Plain dicts and lists, in a fixed order, with short keys: the page script turns them into
vis-network items and draws the panels from them. Text is left as it is here; escaping is
the page writer's job (JSON with ``<``, ``>``, ``&`` escaped) and the script's (text nodes only).
"""

from __future__ import annotations

import math
from collections import defaultdict

from kg.render.data import ActorView, DocumentView, GraphView, MentionView
from kg.render.select import Edge, Selection, degrees
from kg.render.vocab import local_name, style_tables

_SOURCES = {
    "http://www.wikidata.org/entity/": "Wikidata",
    "https://www.wikidata.org/wiki/": "Wikidata",
    "https://sws.geonames.org/": "GeoNames",
    "http://sws.geonames.org/": "GeoNames",
}
_CURVES = (0.0, 0.3, -0.3, 0.6, -0.6, 0.9, -0.9)


def web_url(text: str) -> str:
    """Return ``text`` if it is an http(s) URL, else '' (only those become links).

    >>> web_url("https://example.org/a"), web_url("javascript:alert(1)"), web_url("a.txt")
    ('https://example.org/a', '', '')
    """
    return text if text.lower().startswith(("http://", "https://")) else ""


def identifier(iri: str) -> dict[str, str]:
    """Return how the page shows an external identifier: short text and link.

    >>> identifier("http://www.wikidata.org/entity/Q423")
    {'text': 'Wikidata Q423', 'url': 'http://www.wikidata.org/entity/Q423'}
    >>> identifier("https://sws.geonames.org/1871859/")["text"]
    'GeoNames 1871859'
    """
    for prefix, source in _SOURCES.items():
        if iri.startswith(prefix):
            return {"text": f"{source} {iri[len(prefix):].strip('/')}", "url": iri}
    return {"text": iri, "url": web_url(iri)}


def node_size(degree: int) -> int:
    """Return the drawn size of an actor with ``degree`` relations.

    >>> node_size(0), node_size(4), node_size(10_000)
    (10, 16, 48)
    """
    return min(48, 10 + round(3 * math.sqrt(degree)))


def page_data(view: GraphView, selection: Selection, positions: dict[str, tuple[int, int]],
              title: str, notes: list[str]) -> dict:
    """Return the page's data (JSON-ready).

    Args:
        view: The graph as read.
        selection: The actors and edges to show.
        positions: Pixel position of each shown actor, by IRI.
        title: Page title.
        notes: Lines about what was left out, shown under the title.
    """
    ids = {actor.iri: n for n, actor in enumerate(selection.actors)}
    documents = sorted({m.doc for edge in selection.edges for m in edge.mentions} - {""})
    return {
        "title": title,
        "notes": notes,
        "counts": {"total": selection.total, "filtered": selection.filtered, "hidden": selection.hidden},
        **style_tables(view.relations),
        "nodes": _nodes(selection, ids, positions),
        "edges": _edges(view, selection.edges, ids, {doc: n for n, doc in enumerate(documents)}),
        "documents": [_document(view.documents.get(doc, DocumentView(doc))) for doc in documents],
    }


def _nodes(selection: Selection, ids: dict[str, int], positions: dict) -> list[dict]:
    degree = degrees(selection.edges)
    return [_node(actor, ids[actor.iri], positions[actor.iri], degree[actor.iri])
            for actor in selection.actors]


def _node(actor: ActorView, node_id: int, position: tuple[int, int], degree: int) -> dict:
    return {
        "id": node_id, "iri": actor.iri, "label": actor.label, "type": actor.type,
        "aliases": list(actor.aliases), "ids": [identifier(i) for i in actor.ids],
        "x": position[0], "y": position[1], "size": node_size(degree), "degree": degree,
    }


def _edges(view: GraphView, edges: list[Edge], ids: dict[str, int], docs: dict[str, int]) -> list[dict]:
    curves = _curves(edges)
    return [{
        "id": n, "from": ids[edge.subject], "to": ids[edge.object], "rel": edge.relation,
        "curve": curves[n], "mentions": [_mention(view, m, docs) for m in edge.mentions],
    } for n, edge in enumerate(edges)]


def _curves(edges: list[Edge]) -> list[float]:
    """Bend edges that share their two actors so that none hides another."""
    seen: dict[frozenset, int] = defaultdict(int)
    curves = []
    for edge in edges:
        pair = frozenset((edge.subject, edge.object))
        rank = seen[pair]
        seen[pair] += 1
        bend = _CURVES[rank % len(_CURVES)] if len(pair) == 2 else 0.0
        curves.append(bend if edge.subject < edge.object else -bend)
    return curves


def _mention(view: GraphView, mention: MentionView, docs: dict[str, int]) -> dict:
    span = mention.span or ("", "")
    return {
        "modality": mention.modality, "evidence": mention.evidence,
        "time": when(mention.time, mention.time_text), "d0": span[0], "d1": span[1],
        "place": _label(view, mention.place), "by": _label(view, mention.attributed_to),
        "doc": docs.get(mention.doc, -1),
    }


def when(iso: str, text: str) -> str:
    """Return how a mention's time reads: the ISO date, and the words when they add something.

    >>> when("2023-09", "2023-09 (next week)"), when("2023-07", "en juillet"), when("", "")
    ('2023-09 (next week)', '2023-07 (en juillet)', '')
    """
    if not text or text == iso:
        return iso
    return text if iso and text.startswith(iso) else f"{iso} ({text})" if iso else text


def _label(view: GraphView, iri: str) -> str:
    if not iri:
        return ""
    actor = view.actors.get(iri)
    return actor.label if actor else local_name(iri)


def _document(doc: DocumentView) -> dict:
    return {"title": doc.title or local_name(doc.iri), "date": doc.date, "source": doc.source,
            "url": web_url(doc.source), "language": doc.language, "iri": doc.iri}
