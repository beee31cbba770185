"""Blank out page furniture (adverts, "read more", newsletter prompts, photo credits), and
join lines a hard wrap broke inside a sentence.

Both keep the text's length, so that character offsets into the cleaned text are offsets into
the original body too.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from kg.loaders import read_jsonl


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    path = resources.files("kg.ingest") / "data" / "boilerplate.v1.jsonl"
    rows = read_jsonl(path, required=("id", "lang", "pattern"), regex_keys=("pattern",))
    return tuple(re.compile(row["pattern"], re.MULTILINE) for row in rows
                 if row["lang"] in (lang, "*"))


_WRAPPED = re.compile(r"(?<=[^\s.!?:;»\"”])[ \t]*\n(?=[ \t]*[^\W\d_A-ZÀ-ÖØ-Þ])")
"""A single line break inside a sentence: no closing punctuation before it, a lower-case
letter after it."""


def clean(text: str, lang: str) -> str:
    r"""Return ``text`` with its boilerplate blanked and its hard-wrapped lines joined.

    >>> clean("le secrétaire général de\nl'Otan\n\nLe texte.", "fr")
    "le secrétaire général de l'Otan\n\nLe texte."
    """
    return unwrap(blank_boilerplate(text, lang))


def unwrap(text: str) -> str:
    r"""Replace a line break inside a sentence by a space (same length, same offsets): a text
    wrapped at a fixed width ("la délégation\nsri-lankaise") parses as the sentence it is.

    >>> unwrap("la délégation\nsri-lankaise. Titre\nLe texte")
    'la délégation sri-lankaise. Titre\nLe texte'
    """
    return _WRAPPED.sub(lambda m: m.group(0).replace("\n", " "), text)


def blank_boilerplate(text: str, lang: str) -> str:
    """Return ``text`` with boilerplate replaced by spaces (same length, same offsets).

    >>> blank_boilerplate("Publicité Lire la suite Le texte.", "fr")
    '                        Le texte.'
    """
    for pattern in _patterns(lang):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text
