"""The language data of the rules: trigger words, word classes, titles, modality words.

Each file lives in ``kg/extract/patterns/<lang>/`` and is read by a short loader that checks
it and reports ``file:line`` on a bad entry. The code stays shared between languages.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import PatternError
from kg.loaders import read_jsonl
from kg.ontology.namespace import MODALITIES, RELATIONS


@dataclass(frozen=True)
class Trigger:
    """A word that states a relation (one line of ``triggers.v1.jsonl``)."""

    id: str
    lemma: str
    pos: str
    relation: str
    preps: tuple[str, ...] = ()
    reflexive: bool = False
    cls: str | None = None
    inverse: bool = False
    pair: bool = False
    direct: bool = False
    passive: bool = False
    held_out: bool = False


@dataclass
class Lexicon:
    """Everything the rules of one language read."""

    lang: str
    triggers: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    titles: dict[str, tuple[str | None, str, str | None]] = field(default_factory=dict)
    title_phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    modality: dict[str, dict[str, str]] = field(default_factory=dict)
    words: dict = field(default_factory=dict)

    def in_class(self, lemma: str, cls: str) -> bool:
        """Return True if ``lemma`` belongs to word class ``cls``, also in the feminine or plural
        form the model sometimes leaves as the lemma of an adjective it took for a noun
        ("insatisfaisante")."""
        words = self.classes.get(cls, frozenset())
        lemma = lemma.lower()
        return lemma in words or any(form in words for form in _masculine_singular(lemma))

    def word_in_class(self, token, cls: str) -> bool:
        """Return True if a token's lemma or its own form belongs to ``cls`` (the model's odd
        lemmas: "ATACMS" -> "atacm")."""
        return self.in_class(token.lemma_, cls) or self.in_class(token.lower_, cls)


def _masculine_singular(word: str) -> list[str]:
    """Candidate masculine singular forms of a French adjective.

    >>> _masculine_singular("inacceptables")
    ['inacceptable', 'inacceptabl']
    >>> _masculine_singular("criminelle")
    ['criminelle', 'criminell', 'criminel']
    """
    word = word.removesuffix("s")
    forms = [word]
    if word.endswith("e"):
        forms.append(word[:-1])
    if word.endswith(("lle", "nne")):
        forms.append(word[:-2])
    if word.endswith("ive"):
        forms.append(word[:-3] + "if")
    if word.endswith("euse"):
        forms.append(word[:-4] + "eux")
    return forms


_CONTRACTED = {"au": "à", "aux": "à", "a": "à", "du": "de", "des": "de", "d'": "de", "d’": "de",
               "quant": "quant à", "quant au": "quant à", "quant aux": "quant à"}  # "au" read as a determiner


def normal_case(words: str) -> str:
    """A preposition in one form: contractions and elisions to their base ("au" -> "à").

    >>> [normal_case(w) for w in ("aux", "d’", "auprès de")]
    ['à', 'de', 'auprès de']
    """
    return _CONTRACTED.get(words, words)


def patterns_dir(lang: str) -> Path:
    """Return the folder of a language's pattern files, or raise a :class:`PatternError`."""
    path = Path(str(resources.files("kg.extract") / "patterns" / lang))
    if not path.is_dir():
        raise PatternError(f"no extraction rules for language {lang!r}; available: fr")
    return path


@cache
def load_lexicon(lang: str) -> Lexicon:
    """Load and check the pattern files of ``lang`` (cached: they are read once)."""
    folder = patterns_dir(lang)
    titles = _titles(folder / "titles.v1.jsonl")
    return Lexicon(
        lang=lang,
        triggers=_triggers(folder / "triggers.v1.jsonl"),
        classes=_classes(folder / "classes.v1.jsonl"),
        titles=titles,
        title_phrases=_title_phrases(titles),
        modality=_modality(folder / "modality.v1.jsonl"),
        words=json.loads((folder / "language.v1.json").read_text(encoding="utf-8")),
    )


def _triggers(path: Path) -> dict[tuple[str, str], list[Trigger]]:
    table: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    seen: set[str] = set()
    for n, row in enumerate(read_jsonl(path, required=("id", "lemma", "pos", "relation")), 1):
        if row["id"] in seen:
            raise PatternError(f"{path}: entry {n} repeats the id {row['id']!r}; give each entry its own id")
        seen.add(row["id"])
        if row["relation"] not in RELATIONS or row["pos"] not in ("VERB", "NOUN", "ADJ"):
            raise PatternError(f"{path}: entry {n} ({row['id']!r}) has relation {row['relation']!r} "
                               f"and pos {row['pos']!r}; use a relation of the inventory, VERB, NOUN or ADJ")
        row["preps"] = tuple(dict.fromkeys(normal_case(p) for p in row.get("preps", ())))
        table[(row["lemma"], row["pos"])].append(Trigger(**row))
    return dict(table)


def _classes(path: Path) -> dict[str, frozenset[str]]:
    return {row["cls"]: frozenset(w.lower() for w in row["lemmas"])
            for row in read_jsonl(path, required=("cls", "lemmas"))}


def _titles(path: Path) -> dict[str, tuple[str | None, str, str | None]]:
    """Title -> (relation, group, counterpart): ``counterpart`` is ``peer`` for a title that is
    the same office elsewhere ("son homologue russe"), ``same`` for the same office at another
    time ("son prédécesseur")."""
    table = {}
    for n, row in enumerate(read_jsonl(path, required=("lemma", "relation", "group")), 1):
        counterpart = row.get("counterpart")
        if row["relation"] not in (None, "leaderOf", "officialOf") or counterpart not in (None, "peer", "same"):
            raise PatternError(f"{path}: entry {n} ({row['lemma']!r}) has relation {row['relation']!r} and "
                               f"counterpart {row.get('counterpart')!r}; use leaderOf, officialOf or null, "
                               "and peer, same or nothing")
        table[row["lemma"]] = (row["relation"], row["group"], counterpart)
    return table


def _title_phrases(titles: dict) -> dict[str, tuple[str, ...]]:
    """Titles of several words by their first word, longest first ("chef de la diplomatie")."""
    by_head: dict[str, list[str]] = defaultdict(list)
    for key in titles:
        words = key.replace("'", "' ").split()
        if len(words) > 1 and " " in key:
            by_head[key.split()[0].split("'")[0]].append(key)
    return {head: tuple(sorted(keys, key=len, reverse=True)) for head, keys in by_head.items()}


def _modality(path: Path) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for n, row in enumerate(read_jsonl(path, required=("lemma", "kind", "modality")), 1):
        if row["modality"] not in MODALITIES:
            raise PatternError(f"{path}: entry {n} has modality {row['modality']!r}; "
                               f"use one of {', '.join(MODALITIES)}")
        table[row["kind"]][row["lemma"]] = row["modality"]
    return dict(table)
