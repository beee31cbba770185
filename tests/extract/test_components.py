"""The components that prepare a text for the parser and find actors, on a blank French pipeline."""

from itertools import pairwise

import spacy

from kg.extract.actors import unaccented
from kg.extract.components import make_actors, register_extensions, sentences


def _sentences(text: str) -> list[str]:
    doc = sentences(spacy.blank("fr")(text))
    starts = [t.i for t in doc if t.is_sent_start] + [len(doc)]
    return [doc[a:b].text.strip() for a, b in pairwise(starts)]


def test_sentences_end_at_final_punctuation_and_line_breaks_only():
    text = ("Le chef de la diplomatie française Jean-Yves Le Drian a protesté. M. Biden a répondu : "
            "« Nous venons en amis. » a-t-il dit.\nTitre sans point\n\n« Une citation. » Puis la suite.")
    assert _sentences(text) == [
        "Le chef de la diplomatie française Jean-Yves Le Drian a protesté.",
        "M. Biden a répondu : « Nous venons en amis. » a-t-il dit.",
        "Titre sans point",
        "« Une citation. »",
        "Puis la suite.",
    ]


def test_a_dateline_opening_a_paragraph_is_a_sentence_of_its_own():
    text = ("Titre\n\nNEW DELHI (Reuters) - Le ministre indien a reçu son homologue.\n"
            "Addis Abeba - Les présidents se sont vus. Le porte-parole - un diplomate - a parlé.")
    assert _sentences(text) == [
        "Titre",
        "NEW DELHI (Reuters) -",
        "Le ministre indien a reçu son homologue.",
        "Addis Abeba -",
        "Les présidents se sont vus.",
        "Le porte-parole - un diplomate - a parlé.",
    ]


def test_a_dateline_with_its_date_and_agency_is_a_sentence_of_its_own():
    text = ("Titre\n\nTEHERAN, 21 novembre (XINHUANET) -- Le président irakien est arrivé.\n"
            "MOSCOU, 5 avril. /TASS/. Le président russe a reçu son homologue.\n"
            "WELLINGTON, vendredi 17 février 2012 (Flash d'Océanie) – Les diplomates ont parlé.")
    assert _sentences(text) == [
        "Titre",
        "TEHERAN, 21 novembre (XINHUANET) --",
        "Le président irakien est arrivé.",
        "MOSCOU, 5 avril. /TASS/.",
        "Le président russe a reçu son homologue.",
        "WELLINGTON, vendredi 17 février 2012 (Flash d'Océanie) –",
        "Les diplomates ont parlé.",
    ]


def test_known_names_are_found_without_accents_and_in_lower_case():
    register_extensions()
    nlp = spacy.blank("fr")
    actors = make_actors(nlp, "irkg_actors", "fr")
    doc = actors(nlp("Les Etats-Unis et le Kremlin ; la Maison blanche a répondu à Pekin."))
    found = {(s.text, s.ref, s.kind) for s in doc._.irkg_actors}
    assert ("Etats-Unis", "Country:united-states", "name") in found
    assert ("Kremlin", "Place:kremlin", "capital") in found  # a seat of government stands for its state
    assert ("Maison blanche", "Place:white-house", "capital") in found
    assert ("Pekin", "Place:beijing", "capital") in found
    doc = actors(nlp("BAGDAD, 3 mars - Le porte-parole du département d'Etat a parlé."))
    found = {(s.text, s.ref) for s in doc._.irkg_actors}
    assert ("BAGDAD", "Place:baghdad") in found  # a dateline's capitals
    assert ("département d'Etat", "Place:us-state-department") in found  # a ministry in lower case
    assert unaccented("Séoul") == "Seoul"
