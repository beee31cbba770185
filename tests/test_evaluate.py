"""Scoring: one-to-one matching by label or alias, symmetric relations in either order."""

from kg.evaluate import Item, match, normalise, prf, summary


def item(s, p, o, modality="asserted", s_names=None, o_names=None):
    return Item(s, p, o, modality, "", frozenset(normalise(n) for n in (s_names or [s])),
                frozenset(normalise(n) for n in (o_names or [o])))


def test_names_match_across_case_accents_and_hyphens():
    assert normalise("Corée du Nord") == normalise("COREE-DU-NORD")
    assert normalise("Kim Jong-un") == normalise("kim jong un")


def test_alias_match_symmetric_order_and_one_to_one():
    gold = [item("north-korea", "meets", "russia", s_names=["North Korea", "Corée du Nord"],
                 o_names=["Russia", "Russie"])]
    found = [item("Country:russia", "meets", "Country:north-korea", s_names=["Russie"],
                  o_names=["Corée du Nord"]),
             item("Country:russia", "meets", "Country:north-korea", s_names=["Russie"],
                  o_names=["Corée du Nord"])]
    score = match("d", "fr", gold, found)
    assert len(score.matched) == 1 and len(score.spurious) == 1 and not score.missed


def test_direction_counts_for_directed_relations():
    gold = [item("a", "attacks", "b")]
    score = match("d", "fr", gold, [item("b", "attacks", "a")])
    assert len(score.missed) == 1 and len(score.spurious) == 1


def test_precision_recall_f1_and_modality_accuracy():
    gold = [item("a", "meets", "b", "planned"), item("a", "visits", "c")]
    found = [item("a", "meets", "b", "speculative"), item("a", "condemns", "b")]
    result = summary([match("d", "fr", gold, found)])["overall"]
    assert (result["tp"], result["fp"], result["fn"]) == (1, 1, 1)
    assert result["f1"] == 0.5 and result["modality_accuracy"] == 0.0
    assert prf(0, 0, 0)["f1"] == 0.0
