"""The pattern files load, and a bad entry is reported with its file and line."""

from __future__ import annotations

import pytest

from kg.errors import PatternError
from kg.extract.lexicon import _triggers, load_lexicon


def test_shipped_patterns_load_with_every_class_a_trigger_needs():
    lex = load_lexicon("fr")
    wanted = {t.cls for entries in lex.triggers.values() for t in entries if t.cls}
    assert wanted <= set(lex.classes)


def test_a_repeated_trigger_id_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "triggers.v1.jsonl"
    line = '{"id": "fr-meets-verb-voir", "lemma": "voir", "pos": "VERB", "relation": "meets"}\n'
    path.write_text(line + line, encoding="utf-8")
    with pytest.raises(PatternError, match=r"triggers\.v1\.jsonl: entry 2 repeats the id"):
        _triggers(path)


def test_an_unknown_relation_is_an_error(tmp_path):
    path = tmp_path / "triggers.v1.jsonl"
    path.write_text('{"id": "x", "lemma": "voir", "pos": "VERB", "relation": "likes"}\n', encoding="utf-8")
    with pytest.raises(PatternError, match="use a relation of the inventory"):
        _triggers(path)
