"""What a relation rule finds, and the checks every rule shares."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.ontology.namespace import SYMMETRIC


@dataclass(frozen=True)
class Found:
    """A relation found in one sentence, before provenance is attached."""

    subject: str
    predicate: str
    object: str
    modality: str
    sentence: Span
    rule: str
    trigger: int


def all_pairs(refs: list[str]) -> list[tuple[str, str]]:
    """Every unordered pair of distinct actors, in order of mention.

    >>> all_pairs(["a", "b", "c"])
    [('a', 'b'), ('a', 'c'), ('b', 'c')]
    """
    return [(a, b) for i, a in enumerate(refs) for b in refs[i + 1:]]


def reflexive(token: Token) -> bool:
    """True for a verb with a reflexive pronoun ("se rendre", "s'accusent")."""
    return any(c.lower_ in ("se", "s'", "s’", "me", "m'", "nous", "vous") for c in token.children)


def types_fit(relation: str, subject: str, obj: str) -> bool:
    """True if the actor types can hold the relation: a place is visited or attacked, an
    affiliation is a person's, a place does nothing."""
    if relation == "visits":
        return obj.split(":")[0] in ("Country", "Place")
    if relation == "attacks":  # a town or a region can be the target of a strike
        return not subject.startswith("Place:")
    if relation in ("leaderOf", "officialOf"):
        return subject.startswith("Person:")
    return not subject.startswith("Place:") and not obj.startswith("Place:")


def key(predicate: str, subject: str, obj: str, sentence: Span) -> tuple:
    """What makes two findings the same: relation, ends (in any order if symmetric), sentence."""
    ends = tuple(sorted((subject, obj))) if predicate in SYMMETRIC else (subject, obj)
    return predicate, ends, sentence.start


def distinct(found: list[Found]) -> list[Found]:
    """One relation per sentence: a verb and its noun ("ont signé un accord") both fire."""
    seen = set()
    out = []
    for f in found:
        k = key(f.predicate, f.subject, f.object, f.sentence)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out
