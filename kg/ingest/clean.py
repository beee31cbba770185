"""Blank out page furniture (adverts, "read more", newsletter prompts, photo credits).

Matches are replaced by spaces of the same length so that character offsets into the cleaned
text are offsets into the original body too.
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


def blank_boilerplate(text: str, lang: str) -> str:
    """Return ``text`` with boilerplate replaced by spaces (same length, same offsets).

    >>> blank_boilerplate("Publicité Lire la suite Le texte.", "fr")
    '                        Le texte.'
    """
    for pattern in _patterns(lang):
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text
