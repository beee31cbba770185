"""Choose what goes into the page: one edge per relation, build-time filters, ``max_nodes``.

Rules (the page's legend and notes repeat them):

* One edge per (subject, relation, object); a symmetric relation's two directions are one edge.
* Filters apply to mentions: an edge stays if one of its mentions passes them all. A mention's
  date is its own time, else its document's date; while a date bound is set, undated mentions
  are left out. An edge no mention attests counts as asserted and undated.
* An actor stays if its type passes and one of its relations stays, or if it has no relation
  at all in the graph (so a graph of actors only still shows them).
* ``max_nodes`` keeps the most connected actors (ties: by name) and the edges between them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from kg.errors import InputError
from kg.ontology.namespace import ACTOR_TYPES, MODALITIES, RELATIONS
from kg.render.data import ActorView, GraphView, MentionView, day_span
from kg.render.vocab import OTHER_TYPE

_UNATTESTED = MentionView("", "", "")
"""Stands for the missing mention of an edge that only a direct triple states."""


@dataclass(frozen=True)
class Filters:
    """Build-time filters; None (or '') lets everything through."""

    relations: frozenset[str] | None = None
    modalities: frozenset[str] | None = None
    actor_types: frozenset[str] | None = None
    date_from: str = ""
    date_to: str = ""

    def keeps(self, mention: MentionView) -> bool:
        """Return True if ``mention`` passes the modality and date filters."""
        if self.modalities is not None and mention.modality not in self.modalities:
            return False
        if not (self.date_from or self.date_to):
            return True
        span = mention.span
        return span is not None and (not self.date_from or span[1] >= self.date_from) and (
            not self.date_to or span[0] <= self.date_to)

    def describe(self) -> list[str]:
        """Return one line per active filter, for the page's notes."""
        lines = [f"{name}: {', '.join(sorted(values))}" for name, values in (
            ("relations", self.relations), ("modalities", self.modalities),
            ("actor types", self.actor_types)) if values is not None]
        if self.date_from or self.date_to:
            lines.append(f"dates: {self.date_from or '…'} to {self.date_to or '…'}")
        return lines


@dataclass(frozen=True)
class Edge:
    """One drawn edge: a (subject, relation, object) and the mentions that attest it."""

    subject: str
    relation: str
    object: str
    mentions: tuple[MentionView, ...] = ()


@dataclass
class Selection:
    """What the page shows, and how much was left out and why."""

    actors: list[ActorView]
    edges: list[Edge]
    total: tuple[int, int]
    """(actors, edges) in the whole graph."""
    filtered: tuple[int, int]
    """(actors, edges) left out by the build-time filters."""
    hidden: tuple[int, int]
    """(actors, edges) left out by ``max_nodes``."""


def make_filters(relations: Iterable[str] | None = None, modalities: Iterable[str] | None = None,
                 actor_types: Iterable[str] | None = None, date_from: str | dt.date | None = None,
                 date_to: str | dt.date | None = None) -> Filters:
    """Check the filter arguments of :func:`kg.render.html.render_html` and return them.

    Raises:
        InputError: an unknown relation, modality or actor type, or a date that is not ISO 8601.
    """
    return Filters(
        _names("relation", relations, RELATIONS), _names("modality", modalities, MODALITIES),
        _names("actor type", actor_types, (*ACTOR_TYPES, OTHER_TYPE)),
        _bound("date_from", date_from, 0), _bound("date_to", date_to, 1))


def _names(what: str, given: Iterable[str] | None, allowed: tuple[str, ...]) -> frozenset[str] | None:
    if given is None:
        return None
    values = frozenset([given] if isinstance(given, str) else given)
    unknown = sorted(values - set(allowed))
    if unknown:
        raise InputError(f"unknown {what} {unknown[0]!r} in the page filters; "
                         f"use one of {', '.join(allowed)}")
    return values


def _bound(name: str, value: str | dt.date | None, end: int) -> str:
    if value is None or value == "":
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    span = day_span(text)
    if span is None:
        raise InputError(f"{name}={value!r} is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD")
    return span[end]


def group_edges(view: GraphView) -> list[Edge]:
    """Return one edge per (subject, relation, object), sorted; symmetric ones in IRI order."""
    groups: dict[tuple[str, str, str], list[MentionView]] = {}
    for mention in view.mentions:
        groups.setdefault(_key(view, mention.subject, mention.relation, mention.object), []).append(mention)
    for subject, relation, target in view.bare:
        groups.setdefault(_key(view, subject, relation, target), [])
    return [Edge(*key, tuple(mentions)) for key, mentions in sorted(groups.items())]


def _key(view: GraphView, subject: str, relation: str, target: str) -> tuple[str, str, str]:
    if view.relations[relation].symmetric and target < subject:
        subject, target = target, subject
    return subject, relation, target


def filter_edges(edges: list[Edge], actors: dict[str, ActorView], filters: Filters) -> list[Edge]:
    """Return the edges that pass ``filters``, each keeping only the mentions that pass."""
    kept = []
    for edge in edges:
        if filters.relations is not None and edge.relation not in filters.relations:
            continue
        if filters.actor_types is not None and not {
                actors[edge.subject].type, actors[edge.object].type} <= filters.actor_types:
            continue
        mentions = tuple(m for m in edge.mentions if filters.keeps(m))
        if mentions or (not edge.mentions and filters.keeps(_UNATTESTED)):
            kept.append(Edge(edge.subject, edge.relation, edge.object, mentions))
    return kept


def degrees(edges: list[Edge]) -> Counter:
    """Return the number of edges at each actor (a loop counts once)."""
    counts: Counter = Counter()
    for edge in edges:
        counts.update({edge.subject, edge.object})
    return counts


def select(view: GraphView, filters: Filters, max_nodes: int | None = None) -> Selection:
    """Return the actors and edges of the page, after the filters and ``max_nodes``."""
    all_edges = group_edges(view)
    edges = filter_edges(all_edges, view.actors, filters)
    actors = _kept_actors(view, filters, set(degrees(all_edges)), set(degrees(edges)))
    total = (len(view.actors), len(all_edges))
    filtered = (total[0] - len(actors), total[1] - len(edges))
    if max_nodes is None or _limit(max_nodes) >= len(actors):
        return Selection(actors, edges, total, filtered, (0, 0))
    kept = most_connected(actors, edges, max_nodes)
    shown = [e for e in edges if e.subject in kept and e.object in kept]
    hidden = (len(actors) - len(kept), len(edges) - len(shown))
    return Selection([a for a in actors if a.iri in kept], shown, total, filtered, hidden)


def _kept_actors(view: GraphView, filters: Filters, connected: set[str], linked: set[str]) -> list[ActorView]:
    types = filters.actor_types
    return [a for a in view.actors.values() if (types is None or a.type in types)
            and (a.iri in linked or a.iri not in connected)]


def _limit(max_nodes: int) -> int:
    if isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 1:
        raise InputError(f"max_nodes={max_nodes!r} is not a positive whole number; "
                         "give the number of actors to keep, or None for all")
    return max_nodes


def most_connected(actors: list[ActorView], edges: list[Edge], count: int) -> set[str]:
    """Return the IRIs of the ``count`` actors with the most edges (ties: by name, then IRI).

    >>> a, b, c = (ActorView(x, x.upper(), "Country") for x in "abc")
    >>> sorted(most_connected([a, b, c], [Edge("a", "meets", "b"), Edge("b", "meets", "c")], 1))
    ['b']
    """
    degree = degrees(edges)
    ranked = sorted(actors, key=lambda a: (-degree[a.iri], a.label.casefold(), a.iri))
    return {a.iri for a in ranked[:count]}
