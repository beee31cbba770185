"""Relation rules and modality on hand-parsed French sentences."""

from handparsed import parsed, run_rules

from kg.extract.lexicon import load_lexicon
from kg.extract.modality import is_conditional

CND = "Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
IND = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PAST = "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"


def test_conditional_modal_makes_a_meeting_speculative():
    # Kim Jong-un pourrait rencontrer Vladimir Poutine .
    doc = parsed([
        ("Kim", "Kim", "PROPN", "nsubj", 2), ("Jong-un", "Jong-un", "PROPN", "flat:name", 0),
        ("pourrait", "pouvoir", "VERB", "ROOT", 2, CND), ("rencontrer", "rencontrer", "VERB", "xcomp", 2),
        ("Vladimir", "Vladimir", "PROPN", "obj", 3), ("Poutine", "Poutine", "PROPN", "flat:name", 4),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[(0, 2, "PER"), (4, 6, "PER")])
    assert run_rules(doc) == {("Person:kim-jong-un", "meets", "Person:vladimir-poutine", "speculative")}


def test_capital_as_subject_is_its_state_and_negation_is_read():
    # Moscou n' a pas livré de missiles à Kiev .
    doc = parsed([
        ("Moscou", "Moscou", "PROPN", "nsubj", 4), ("n'", "ne", "ADV", "advmod", 4),
        ("a", "avoir", "AUX", "aux:tense", 4, IND), ("pas", "pas", "ADV", "advmod", 4),
        ("livré", "livrer", "VERB", "ROOT", 4, PAST), ("de", "de", "DET", "det", 6),
        ("missiles", "missile", "NOUN", "obj", 4), ("à", "à", "ADP", "case", 8),
        ("Kiev", "Kiev", "PROPN", "obl:arg", 4), (".", ".", "PUNCT", "punct", 4),
    ])
    assert run_rules(doc) == {("Country:russia", "suppliesMunitionsTo", "Country:ukraine", "negated")}


def test_title_gives_leader_of_and_future_gives_planned():
    # Le président russe Vladimir Poutine se rendra en Chine .
    doc = parsed([
        ("Le", "le", "DET", "det", 1), ("président", "président", "NOUN", "nsubj", 6),
        ("russe", "russe", "ADJ", "amod", 1), ("Vladimir", "Vladimir", "PROPN", "appos", 1),
        ("Poutine", "Poutine", "PROPN", "flat:name", 3), ("se", "se", "PRON", "expl:comp", 6),
        ("rendra", "rendre", "VERB", "ROOT", 6, "Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin"),
        ("en", "en", "ADP", "case", 8), ("Chine", "Chine", "PROPN", "obl:arg", 6),
        (".", ".", "PUNCT", "punct", 6),
    ], ents=[(3, 5, "PER")])
    found = run_rules(doc)
    assert ("Person:vladimir-poutine", "leaderOf", "Country:russia", "asserted") in found
    assert ("Person:vladimir-poutine", "visits", "Country:china", "planned") in found


def test_coordinated_subjects_of_a_symmetric_relation_are_paired():
    # La France et l' Allemagne ont signé un accord .
    doc = parsed([
        ("La", "le", "DET", "det", 1), ("France", "France", "PROPN", "nsubj", 6),
        ("et", "et", "CCONJ", "cc", 4), ("l'", "le", "DET", "det", 4),
        ("Allemagne", "Allemagne", "PROPN", "conj", 1), ("ont", "avoir", "AUX", "aux:tense", 6, IND),
        ("signé", "signer", "VERB", "ROOT", 6, PAST), ("un", "un", "DET", "det", 8),
        ("accord", "accord", "NOUN", "obj", 6), (".", ".", "PUNCT", "punct", 6),
    ])
    found = {(frozenset((s, o)), p, m) for s, p, o, m in run_rules(doc)}
    assert (frozenset(("Country:france", "Country:germany")), "signsAgreementWith", "asserted") in found


def test_conditional_is_told_from_imperfect_by_its_ending():
    lex = load_lexicon("fr")
    doc = parsed([("rendrait", "rendre", "VERB", "ROOT", 0, "Mood=Ind|Tense=Imp"),
                  ("déclarait", "déclarer", "VERB", "conj", 0, "Mood=Ind|Tense=Imp")])
    assert is_conditional(doc[0], lex)
    assert not is_conditional(doc[1], lex)


def test_second_subject_after_the_verb_is_read_as_its_object():
    # La Corée du Nord menace le Japon .  (the model parses "le Japon" as a second subject)
    doc = parsed([
        ("La", "le", "DET", "det", 1), ("Corée", "Corée", "PROPN", "nsubj", 4),
        ("du", "de", "ADP", "case", 3), ("Nord", "Nord", "PROPN", "nmod", 1),
        ("menace", "menacer", "VERB", "ROOT", 4, IND), ("le", "le", "DET", "det", 6),
        ("Japon", "Japon", "PROPN", "nsubj", 4), (".", ".", "PUNCT", "punct", 4),
    ])
    assert run_rules(doc) == {("Country:north-korea", "threatens", "Country:japan", "asserted")}


def test_title_of_several_words_gives_official_of():
    # Le chef de la diplomatie française Jean-Yves Le Drian a protesté .
    doc = parsed([
        ("Le", "le", "DET", "det", 1), ("chef", "chef", "NOUN", "nsubj", 10),
        ("de", "de", "ADP", "case", 4), ("la", "le", "DET", "det", 4),
        ("diplomatie", "diplomatie", "NOUN", "nmod", 1), ("française", "français", "ADJ", "amod", 4),
        ("Jean-Yves", "Jean-Yves", "PROPN", "appos", 1), ("Le", "Le", "PROPN", "flat:name", 6),
        ("Drian", "Drian", "PROPN", "flat:name", 6), ("a", "avoir", "AUX", "aux:tense", 10, IND),
        ("protesté", "protester", "VERB", "ROOT", 10, PAST), (".", ".", "PUNCT", "punct", 10),
    ], ents=[(6, 9, "PER")])
    found = run_rules(doc)
    assert ("Person:jean-yves-le-drian", "officialOf", "Country:france", "asserted") in found
    assert not any(p == "leaderOf" for _, p, _, _ in found)


def test_unnamed_title_refers_back_to_the_person_it_fits():
    # Kim Jong-un , leader nord-coréen , a reçu Donald Trump . Le président américain a parlé .
    doc = parsed([
        ("Kim", "Kim", "PROPN", "nsubj", 6), ("Jong-un", "Jong-un", "PROPN", "flat:name", 0),
        (",", ",", "PUNCT", "punct", 3), ("leader", "leader", "NOUN", "appos", 0),
        ("nord-coréen", "nord-coréen", "ADJ", "amod", 3), (",", ",", "PUNCT", "punct", 3),
        ("a", "avoir", "AUX", "aux:tense", 7, IND), ("reçu", "recevoir", "VERB", "ROOT", 7, PAST),
        ("Donald", "Donald", "PROPN", "obj", 7), ("Trump", "Trump", "PROPN", "flat:name", 8),
        (".", ".", "PUNCT", "punct", 7),
        ("Le", "le", "DET", "det", 12, "Definite=Def|PronType=Art"), ("président", "président", "NOUN", "nsubj", 15),
        ("américain", "américain", "ADJ", "amod", 12), ("a", "avoir", "AUX", "aux:tense", 15, IND),
        ("parlé", "parler", "VERB", "ROOT", 15, PAST), (".", ".", "PUNCT", "punct", 15),
    ], ents=[(0, 2, "PER"), (8, 10, "PER")], sent_starts=[11])
    found = run_rules(doc)
    assert ("Person:kim-jong-un", "leaderOf", "Country:north-korea", "asserted") in found
    assert ("Person:donald-trump", "leaderOf", "Country:united-states", "asserted") in found
    assert ("Person:kim-jong-un", "leaderOf", "Country:united-states", "asserted") not in found
