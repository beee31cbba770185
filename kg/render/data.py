"""Read what the page shows from any graph that follows the output contract.

One pass over every triple (of every named graph of a dataset) sorts what the page needs by
kind: actors (type, label, aliases, external identifiers), mentions (the reification nodes)
and documents. Standard terms (RDF, RDFS, SKOS, OWL, PROV, Dublin Core) are matched exactly;
the project's own terms by local name, as the contract allows any namespace for them.
Everything returned is sorted, so the same graph gives the same page, byte for byte.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.ontology.namespace import ACTOR_TYPES, IRKG, MODALITIES, RELATIONS
from kg.render.vocab import OTHER_TYPE, Relation, local_name, relation_table, triples_of

_STANDARD = {
    RDF.type: "type", RDFS.label: "label", SKOS.altLabel: "alias", OWL.sameAs: "sameAs",
    RDF.subject: "subject", RDF.predicate: "predicate", RDF.object: "object",
    PROV.wasDerivedFrom: "doc", DCTERMS.title: "title", DCTERMS.date: "date",
    DCTERMS.source: "source", DCTERMS.language: "language",
}
_OWN = {local_name(term): local_name(term) for term in (
    IRKG.modality, IRKG.evidence, IRKG.time, IRKG.timeText, IRKG.place, IRKG.attributedTo,
    IRKG.startChar)}
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class ActorView:
    """An actor as the page shows it: canonical name, type, aliases, external identifiers."""

    iri: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentView:
    """A source document: title, date (ISO text), source (URL or path) and language."""

    iri: str
    title: str = ""
    date: str = ""
    source: str = ""
    language: str = ""


@dataclass(frozen=True)
class MentionView:
    """One mention of a relation, with its actors given by IRI.

    ``time`` is the mention's own ISO time, ``date`` the time used for filtering (the mention's
    time, else its document's date); ``span`` is the first and last day ``date`` covers.
    """

    subject: str
    relation: str
    object: str
    modality: str = "asserted"
    evidence: str = ""
    time: str = ""
    time_text: str = ""
    place: str = ""
    attributed_to: str = ""
    doc: str = ""
    start: int = -1
    span: tuple[str, str] | None = None


@dataclass
class GraphView:
    """Everything the page is built from."""

    actors: dict[str, ActorView]
    mentions: list[MentionView]
    bare: list[tuple[str, str, str]]
    """Direct relation triples that no mention attests (drawn as asserted, with no mention)."""
    documents: dict[str, DocumentView]
    relations: dict[str, Relation] = field(default_factory=dict)


def day_span(iso: str) -> tuple[str, str] | None:
    """Return the first and last day an ISO date of any precision covers, or None.

    The last day is written ``-31`` for every month: only order matters, never the calendar.

    >>> day_span("2023-09")
    ('2023-09-01', '2023-09-31')
    >>> day_span("2023") , day_span("2023-09-05T10:00:00"), day_span("soon")
    (('2023-01-01', '2023-12-31'), ('2023-09-05', '2023-09-05'), None)
    """
    match = _ISO_DATE.match(iso.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if day:
        return (f"{year}-{month}-{day}",) * 2
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-01-01", f"{year}-12-31"


class _Scan:
    """The triples of a graph sorted by kind: ``values[kind][subject]`` is a set of objects."""

    def __init__(self, graph: Graph):
        self.values: dict[str, dict] = defaultdict(lambda: defaultdict(set))
        self.direct: set[tuple[str, str, str]] = set()
        kinds: dict = {}
        for s, p, o in triples_of(graph, (None, None, None)):
            kind = kinds.get(p)
            if kind is None:
                kind = kinds[p] = _kind(p)
            if kind == "relation":
                self.direct.add((str(s), local_name(p), str(o)))
            elif kind:
                self.values[kind][str(s)].add(o)

    def one(self, kind: str, subject: str) -> str:
        """Return one value (the smallest, for stable output) of ``kind`` for ``subject``, or ''."""
        values = self.values[kind].get(subject)
        return str(min(values, key=_sort_key)) if values else ""


def _kind(predicate: URIRef) -> str:
    if predicate in _STANDARD:
        return _STANDARD[predicate]
    name = local_name(predicate)
    return "relation" if name in RELATIONS else _OWN.get(name, "")


def _sort_key(term) -> tuple[int, str]:
    """Prefer English, then untagged literals, then the rest; ties by text."""
    language = getattr(term, "language", None)
    return ({"en": 0, None: 1}.get(language, 2), str(term))


def read_view(graph: Graph) -> GraphView:
    """Return the actors, mentions and documents of a graph that follows the output contract.

    Args:
        graph: An :class:`rdflib.Dataset` (every named graph is read) or a plain graph.
    """
    scan = _Scan(graph)
    mentions = sorted(_mentions(scan), key=_mention_order)
    attested = {(m.subject, m.relation, m.object) for m in mentions}
    bare = sorted(t for t in scan.direct if t not in attested)
    ends = {m.subject for m in mentions} | {m.object for m in mentions}
    ends |= {t[0] for t in bare} | {t[2] for t in bare}
    actors = {iri: _actor(scan, iri) for iri in sorted(_typed_actors(scan) | ends)}
    documents = {iri: _document(scan, iri) for iri in sorted({m.doc for m in mentions} - {""})}
    return GraphView(actors, mentions, bare, documents, relation_table(graph))


def _typed_actors(scan: _Scan) -> set[str]:
    return {s for s, types in scan.values["type"].items()
            if any(local_name(t) in (*ACTOR_TYPES, OTHER_TYPE) for t in types)}


def _actor(scan: _Scan, iri: str) -> ActorView:
    label = scan.one("label", iri) or local_name(iri) or iri
    types = sorted(local_name(t) for t in scan.values["type"].get(iri, ()))
    kind = next((t for t in ACTOR_TYPES if t in types), OTHER_TYPE)
    aliases = sorted({str(a) for a in scan.values["alias"].get(iri, ())} - {label})
    ids = sorted(str(i) for i in scan.values["sameAs"].get(iri, ()))
    return ActorView(iri, label, kind, tuple(aliases), tuple(ids))


def _document(scan: _Scan, iri: str) -> DocumentView:
    return DocumentView(iri, scan.one("title", iri), scan.one("date", iri),
                        scan.one("source", iri), scan.one("language", iri))


def _mentions(scan: _Scan):
    for node, subjects in scan.values["subject"].items():
        relation = local_name(scan.one("predicate", node))
        target = scan.one("object", node)
        if relation in RELATIONS and target:
            yield _mention(scan, node, str(min(subjects, key=str)), relation, target)


def _mention(scan: _Scan, node: str, subject: str, relation: str, target: str) -> MentionView:
    modality = local_name(scan.one("modality", node))
    doc = scan.one("doc", node)
    time = scan.one("time", node)
    date = time if day_span(time) else scan.one("date", doc) if doc else ""
    start = scan.one("startChar", node)
    return MentionView(
        subject, relation, target, modality if modality in MODALITIES else "asserted",
        scan.one("evidence", node), time, scan.one("timeText", node), scan.one("place", node),
        scan.one("attributedTo", node), doc, int(start) if start.lstrip("-").isdigit() else -1,
        day_span(date))


def _mention_order(m: MentionView) -> tuple:
    return (m.subject, m.relation, m.object, m.span or ("9999",), m.doc, m.start, m.evidence,
            m.modality, m.time, m.place, m.attributed_to)
