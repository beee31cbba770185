"""Tiny graphs with known answers, built from hand-made records (no NLP model)."""

from __future__ import annotations

from paths import EXAMPLE_GOLD

from kg.graph.build import build_dataset
from kg.ingest.annotation import read_annotation
from kg.types import Actor, Document, Extraction, Mention, TimeValue

# Evidence that trips serialisers: quotes of both kinds, a backslash, a newline, CR LF, a tab,
# emoji (outside the BMP, and a flag: two code points), Arabic and Hebrew (right to left) with
# the RLM / RLO direction marks.
TRICKY = ('Il a dit : "Nous irons" — l\'accord 🤝🇷🇺\n'
          "سيلتقي الرئيس المصري مع رئيس وزراء إسرائيل\tבירושלים\r\n"
          "back\\slash \u200f\u202e fin")


def example_dataset():
    """A fresh build of the example article's hand annotation."""
    return build_dataset([read_annotation(EXAMPLE_GOLD)])


def tricky_extraction() -> Extraction:
    """One document whose labels, evidence and title hold everything in :data:`TRICKY`."""
    doc = Document("u1", TRICKY, "ar", "2024-01-02", 'Titre « guillemets » "doubles" 📰\nligne 2',
                   'https://example.org/a?b=1&c="2"')
    actors = {
        "Country:egypt": Actor("egypt", "Country", "مصر", ("Egypt 🇪🇬", "Égypte")),
        "Country:israel": Actor("israel", "Country", "ישראל", ("Israël",)),
        "Person:jj": Actor("jj", "Person", 'Jean "JJ" O\'Neil', ("JJ",)),
    }
    mentions = [
        Mention("u1", "Country:egypt", "meets", "Country:israel", "planned", TRICKY, 0,
                len(TRICKY), 'rule "1"'),
        Mention("u1", "Person:jj", "leaderOf", "Country:egypt", "asserted", "JJ\nleads", 3, 12,
                "r2", TimeValue("2024-01", "month", "janvier")),
    ]
    return Extraction(doc, actors, mentions)


def two_documents() -> list[Extraction]:
    """Two documents on A, B, C: known counts for queries and network figures.

    d1: A meets B (asserted), A visits C (planned), A leaderOf B (asserted).
    d2: B meets A (speculative: the same pair, the other way round), D supplies B (negated).
    """
    actors = {"Person:a": Actor("a", "Person", "A"), "Country:b": Actor("b", "Country", "B", ("Bee",)),
              "Place:c": Actor("c", "Place", "C"), "Country:d": Actor("d", "Country", "D")}
    d1 = Document("d1", "A met B. A will go to C. A leads B.", "en", "2023-09-05", "First")
    d2 = Document("d2", "B may meet A. D did not arm B.", "en", "2023-10", "Second")
    first = [_mention("d1", "Person:a", "meets", "Country:b", "asserted", 0),
             _mention("d1", "Person:a", "visits", "Place:c", "planned", 9),
             _mention("d1", "Person:a", "leaderOf", "Country:b", "asserted", 25)]
    second = [_mention("d2", "Country:b", "meets", "Person:a", "speculative", 0),
              _mention("d2", "Country:d", "suppliesMunitionsTo", "Country:b", "negated", 14)]
    return [Extraction(d1, {k: v for k, v in actors.items() if k != "Country:d"}, first),
            Extraction(d2, {k: v for k, v in actors.items() if k in ("Person:a", "Country:b", "Country:d")},
                       second)]


def _mention(doc: str, s: str, p: str, o: str, modality: str, start: int) -> Mention:
    return Mention(doc, s, p, o, modality, f"{s} {p} {o}.", start, start + 8, "test")
