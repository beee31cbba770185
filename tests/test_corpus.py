"""The development corpus: valid annotations, the coverage it promises, and no regression.

The tuning part's F1 is recorded in corpus/scores.json; the build must not fall more than 0.02
below it. The test part is scored the same way but never tuned on.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from paths import ROOT

from kg.ingest.annotation import annotation_files, load_gold, normalise_quotes, text_for
from kg.ontology.namespace import MODALITIES, RELATIONS

CORPUS = ROOT / "corpus"
PARTS = ("tune", "test")
GOLD = [path for part in PARTS for path in annotation_files(CORPUS / part)]


def test_both_parts_hold_annotated_texts():
    assert all(annotation_files(CORPUS / part) for part in PARTS)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_annotation_is_well_formed(path: Path):
    data = load_gold(path)  # checks types, declared entities and modalities
    text = normalise_quotes(text_for(path).read_text(encoding="utf-8"))
    keys = {e["key"] for e in data["entities"]}
    for rel in data["relations"]:
        assert rel["p"] in RELATIONS
        assert normalise_quotes(rel["evidence"]) in text, rel["evidence"]
        assert rel.get("place") is None or rel["place"] in keys
    for field in ("source", "licence", "date", "lang"):
        assert data.get(field), f"{path.name} has no {field}"


def test_every_relation_and_modality_occurs():
    relations = Counter(r["p"] for path in GOLD for r in load_gold(path)["relations"])
    modalities = Counter(r["modality"] for path in GOLD for r in load_gold(path)["relations"])
    assert {name: relations[name] for name in RELATIONS if relations[name] < 5} == {}
    assert all(modalities[m] > 0 for m in MODALITIES)


def test_parts_do_not_overlap():
    ids = [{load_gold(p)["id"] for p in annotation_files(CORPUS / part)} for part in PARTS]
    assert not ids[0] & ids[1]


@pytest.mark.model
def test_no_regression_on_the_tuning_part():
    from kg.evaluate import evaluate, summary

    recorded = json.loads((CORPUS / "scores.json").read_text(encoding="utf-8"))["tune"]["fr"]
    result = summary(evaluate(CORPUS / "tune"))["by_language"]["fr"]
    print(f"tune fr F1 {result['f1']:.3f} (recorded {recorded['f1']:.3f})")
    assert result["f1"] >= recorded["f1"] - 0.02
