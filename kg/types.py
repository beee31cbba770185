"""The records passed between stages: ingest -> extract -> resolve -> graph.

Small frozen dataclasses; a stage knows the one before it only through these.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One input text.

    Attributes:
        id: Stable identifier (file stem or record id), used in IRIs.
        text: The body, header line removed.
        lang: ISO 639-1 language code.
        date: Publication date as ISO 8601 text (``2023-09`` or ``2023-09-05``), or None.
        title: Title, or None.
        source: Where it came from: a URL or the input path.
    """

    id: str
    text: str
    lang: str = "fr"
    date: str | None = None
    title: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Actor:
    """A canonical actor.

    Attributes:
        key: Normalised key, unique per type (``vladimir-poutine``, ``russia``).
        type: One of Person, Country, Organization, Place.
        label: Canonical name.
        aliases: Other surface forms seen, sorted.
        ids: External identifiers as full IRIs (Wikidata, GeoNames), sorted.
        iso3: ISO 3166 alpha-3 code of a country, or None.
    """

    key: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    iso3: str | None = None


@dataclass(frozen=True)
class TimeValue:
    """A resolved time: ISO 8601 text at some precision (``day``, ``month``, ``year``)."""

    iso: str
    precision: str
    text: str


@dataclass(frozen=True)
class Mention:
    """One sentence attesting one relation between two actors.

    Attributes:
        doc_id: The document's id.
        subject: Key of the subject actor (``Actor.type + ':' + Actor.key``).
        predicate: Local name of the relation (``meets``).
        object: Key of the object actor.
        modality: asserted, planned, speculative or negated.
        evidence: The sentence text.
        start: Character offset of the sentence in the document text.
        end: Offset just after the sentence.
        rule: Id of the rule that fired.
        time: When, if the sentence says.
        place: Actor ref of the place, if the sentence says.
        attributed_to: Actor ref of who states it, if the sentence says.
    """

    doc_id: str
    subject: str
    predicate: str
    object: str
    modality: str
    evidence: str
    start: int
    end: int
    rule: str
    time: TimeValue | None = None
    place: str | None = None
    attributed_to: str | None = None


@dataclass
class Extraction:
    """What extraction yields for one document: its actors (by ref) and mentions."""

    document: Document
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
