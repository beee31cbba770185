"""Turn extraction records into RDF, following the output contract.

Layout of what is built (one :class:`rdflib.Dataset`):

* default graph: the ontology, every actor (type, one ``rdfs:label``, ``skos:altLabel``,
  ``owl:sameAs``) and the direct triple ``actor relation actor`` of every relation;
* one named graph per document, named by the document's IRI: the document node (title, date,
  language, source) and the reification node of each mention (``rdf:subject`` /
  ``rdf:predicate`` / ``rdf:object``, modality, evidence, offsets, provenance, time, place).
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, XSD

from kg.graph.iri import actor_iri, document_iri, mention_iri
from kg.ontology.load import load_ontology
from kg.ontology.namespace import IRKG
from kg.types import Actor, Document, Extraction, Mention, TimeValue

_ID = str(IRKG._NS).replace("ontology#", "id/")
PREFIXES = {
    "irkg": IRKG._NS,
    "person": URIRef(_ID + "person/"),
    "country": URIRef(_ID + "country/"),
    "org": URIRef(_ID + "organization/"),
    "place": URIRef(_ID + "place/"),
    "doc": URIRef(_ID + "doc/"),
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "owl": OWL,
    "xsd": XSD,
}
_TIME_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes on ``graph`` and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def ref_iri(ref: str) -> URIRef:
    """Return the IRI of an actor reference ``Type:key``."""
    actor_type, key = ref.split(":", 1)
    return actor_iri(actor_type, key)


def build_dataset(extractions: Iterable[Extraction], with_ontology: bool = True) -> Dataset:
    """Build the dataset of several documents' extractions (actors merged by reference)."""
    dataset = Dataset(default_union=True)  # queries see every graph, as a store's union would
    bind_prefixes(dataset)
    default = dataset.default_graph if hasattr(dataset, "default_graph") else dataset.default_context
    if with_ontology:
        for triple in load_ontology():
            default.add(triple)
    actors: dict[str, Actor] = {}
    for extraction in extractions:
        _merge_actors(actors, extraction.actors)
        named = dataset.graph(document_iri(extraction.document.id))
        _add_document(named, extraction.document)
        for mention in extraction.mentions:
            default.add((ref_iri(mention.subject), IRKG[mention.predicate], ref_iri(mention.object)))
            _add_mention(named, mention)
    for ref in sorted(actors):
        _add_actor(default, ref, actors[ref])
    return dataset


def _merge_actors(into: dict[str, Actor], new: dict[str, Actor]) -> None:
    for ref, actor in new.items():
        old = into.get(ref)
        if old is None:
            into[ref] = actor
            continue
        aliases = set(old.aliases) | set(actor.aliases) | {actor.label}
        aliases.discard(old.label)
        into[ref] = Actor(old.key, old.type, old.label, tuple(sorted(aliases)),
                          tuple(sorted(set(old.ids) | set(actor.ids))), old.iso3 or actor.iso3)


def _add_actor(graph: Graph, ref: str, actor: Actor) -> None:
    node = ref_iri(ref)
    graph.add((node, RDF.type, IRKG[actor.type]))
    graph.add((node, RDFS.label, Literal(actor.label)))
    for alias in actor.aliases:
        if alias != actor.label:
            graph.add((node, SKOS.altLabel, Literal(alias)))
    for identifier in actor.ids:
        graph.add((node, OWL.sameAs, URIRef(identifier)))
    if actor.iso3:
        graph.add((node, IRKG.iso3, Literal(actor.iso3)))


def _add_document(graph: Graph, document: Document) -> None:
    node = document_iri(document.id)
    graph.add((node, RDF.type, IRKG.Document))
    graph.add((node, DCTERMS.identifier, Literal(document.id)))
    graph.add((node, DCTERMS.language, Literal(document.lang)))
    if document.title:
        graph.add((node, DCTERMS.title, Literal(document.title)))
    if document.date:
        graph.add((node, DCTERMS.date, time_literal(document.date)))
    if document.source:
        graph.add((node, DCTERMS.source, Literal(document.source)))


def _add_mention(graph: Graph, mention: Mention) -> None:
    node = mention_iri(mention.doc_id, mention.subject, mention.predicate, mention.object,
                       mention.start, mention.end, mention.rule, mention.modality, mention.evidence)
    for prop, value in (
        (RDF.type, IRKG.Mention),
        (RDF.subject, ref_iri(mention.subject)),
        (RDF.predicate, IRKG[mention.predicate]),
        (RDF.object, ref_iri(mention.object)),
        (IRKG.modality, IRKG[mention.modality]),
        (IRKG.evidence, Literal(mention.evidence)),
        (IRKG.startChar, Literal(mention.start)),
        (IRKG.endChar, Literal(mention.end)),
        (IRKG.rule, Literal(mention.rule)),
        (PROV.wasDerivedFrom, document_iri(mention.doc_id)),
    ):
        graph.add((node, prop, value))
    _add_optional(graph, node, mention)


def _add_optional(graph: Graph, node: URIRef, mention: Mention) -> None:
    if mention.time is not None:
        graph.add((node, IRKG.time, _typed_time(mention.time)))
        graph.add((node, IRKG.timeText, Literal(mention.time.text)))
    if mention.place is not None:
        graph.add((node, IRKG.place, ref_iri(mention.place)))
    if mention.attributed_to is not None:
        graph.add((node, IRKG.attributedTo, ref_iri(mention.attributed_to)))


def _typed_time(value: TimeValue) -> Literal:
    return Literal(value.iso, datatype=_TIME_TYPES.get(value.precision, XSD.string))


def time_literal(iso: str) -> Literal:
    """Return an ISO date text as a literal typed by its precision.

    >>> time_literal("2023-09").datatype == XSD.gYearMonth
    True
    """
    precision = {10: "day", 7: "month", 4: "year"}.get(len(iso))
    return _typed_time(TimeValue(iso, precision or "", iso))
