"""spaCy factories of the project's components: one place to look up a component name.

Each factory is a few lines and returns an instance of a class that does the work. The data
they read are the shipped, versioned files of ``kg/data`` and ``kg/extract/patterns/<lang>``.
"""

from __future__ import annotations

from functools import cache

import spacy.util
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.actors import NAME_ARTICLES, ActorRecognizer
from kg.extract.context import DocContext
from kg.extract.lexicon import load_lexicon
from kg.extract.relations import find_relations, infinitives
from kg.resolve.gazetteer import load_gazetteer


def register_extensions() -> None:
    """Register the custom ``Doc`` attributes once."""
    for name in ("irkg_actors", "irkg_relations", "irkg_context"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class RelationComponent:
    """Sets ``doc._.irkg_relations`` (and ``doc._.irkg_context``) from the actors found."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        lexicon = load_lexicon(self.lang)
        _repair_verb_lemmas(doc, _known_verbs(self.lang))
        ctx = DocContext(doc, lexicon, doc._.irkg_actors or [])
        doc._.irkg_context = ctx
        doc._.irkg_relations = find_relations(doc, ctx)
        return doc

    def to_disk(self, path, exclude=()) -> None:
        """Nothing to save: the rules are the package's versioned data files."""

    def from_disk(self, path, exclude=()) -> RelationComponent:
        """Nothing to load: see :meth:`to_disk`."""
        return self


def _repair_verb_lemmas(doc: Doc, known: frozenset[str]) -> None:
    """Give a verb the model left as its own lemma ("entame") the one infinitive of
    the lexicon it can come from ("entamer"), so that the rules read it."""
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma == token.lower_ and lemma not in known and not lemma.endswith(("r", "re")):
            found = [inf for inf in infinitives(token.lower_) if inf in known]
            if len(found) == 1:
                token.lemma_ = found[0]


@cache
def _known_verbs(lang: str) -> frozenset[str]:
    """Every verb the lexicon names: trigger verbs and the verbs of its word lists."""
    lexicon = load_lexicon(lang)
    verbs = {lemma for lemma, pos in lexicon.triggers if pos == "VERB"}
    verbs |= {w for key, words in lexicon.words.items() if key.endswith("_verbs") and isinstance(words, list)
              for w in words if isinstance(w, str)}
    return frozenset(verbs)


@Language.component("irkg_sentences")
def sentences(doc: Doc) -> Doc:
    """Fix the sentence boundaries before the parser, which then keeps them.

    A sentence starts after a line break (headlines, intertitles, list items) and after final
    punctuation followed by a capital, a digit, a dash or an opening quote; nowhere else. The
    statistical parser alone splits French news in odd places ("Le chef de la diplomatie
    française | Jean-Yves Le Drian a qualifié"), and a relation is only read within a sentence.
    """
    for token in doc[1:]:
        token.is_sent_start = _starts_sentence(doc, token.i)
    return doc


_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSING = frozenset({"»", '"', "”", ")", "’"})


def _starts_sentence(doc: Doc, i: int) -> bool:
    token, before = doc[i], doc[i - 1]
    if token.is_space:
        return False
    if before.is_space and "\n" in before.text:
        return True
    if not (before.whitespace_ or before.is_space):
        return False
    j = i - 1
    while j > 0 and (doc[j].is_space or doc[j].text in _CLOSING):
        j -= 1
    opens = token.text[:1].isupper() or token.text[:1].isdigit() or token.text[:1] in "«\"“-–—("
    final = doc[j].text in _FINAL or (doc[j].text[:1] == "/" and doc[j].text.endswith("/."))  # "13 mars. /TASS/."
    return (final and opens) or (before.text in _DASHES and opens and _dateline(doc, i - 1))


_DASHES = frozenset({"-", "–", "—", "--"})


def _dateline(doc: Doc, dash: int) -> bool:
    """True if the dash at ``dash`` closes a dateline that opens its paragraph: "Addis Abeba - ",
    "WASHINGTON (Reuters) – ", "TEHERAN, 21 novembre (XINHUANET) -- ", whose place the parser
    would otherwise take into the sentence."""
    words = []
    for k in range(dash - 1, max(dash - 15, -1), -1):
        if doc[k].is_space and "\n" in doc[k].text:
            break
        words.append(doc[k])
    else:
        if dash > 14:
            return False  # more words than a dateline has
    names = [w for w in words if w.text not in "()"]
    if names and names[-1].is_alpha and names[-1].is_upper and len(names[-1]) > 2:
        return True  # a place in capitals, then its date and agency
    return bool(names) and len(words) <= 7 and names[-1].text[:1].isupper() and all(
        w.text[:1].isupper() or w.lower_ in ("de", "du", "des", "la", "le", "les", "el", "al") for w in names)


@Language.component("irkg_names")
def hyphenated_names(doc: Doc) -> Doc:
    """Join "Jong - un" back into "Jong-un" before parsing: split names mislead the parser; and
    split "sino-américaines" into "sino - américaines", so that each state is a demonym.

    Only a capitalised word glued to a hyphen and a lower-case syllable is joined ("Il-sung",
    "Jong-un"), or a short capitalised one after a name ("Kim Jong-Un"), or an article of an Arabic
    name and the name it leads ("al-Wassila"), so pairs of names
    ("Poutine-Kim") stay apart for the actor rules. Only a word
    whose first part is the combining form of a demonym of the gazetteer is split.
    """
    spans = []
    for token in doc[1:-1]:
        left, right = doc[token.i - 1], doc[token.i + 1]
        syllable = right.is_alpha and ((right.is_lower and len(right) <= 4) or (  # "Jong-un", "Kim Jong-Un"
            right.is_title and len(right) <= 3 and left.i > 0 and doc[left.i - 1].is_title))
        article = left.lower_ in NAME_ARTICLES and right.is_title  # "Sammani al-Wassila", "ben-Gourion"
        if token.text == "-" and not left.whitespace_ and not token.whitespace_ \
                and ((left.text[:1].isupper() and syllable) or article):
            spans.append(doc[left.i: right.i + 1])
    with doc.retokenize() as retokenizer:
        for span in spacy.util.filter_spans(spans):
            retokenizer.merge(span, attrs={"POS": "PROPN", "MORPH": ""})
    forms = _combining_forms()
    compounds = [t for t in doc if "-" in t.text[1:-1] and t.text.split("-", 1)[0].lower() in forms]
    with doc.retokenize() as retokenizer:
        for token in compounds:
            first, rest = token.text.split("-", 1)
            retokenizer.split(token, [first, "-", rest], heads=[(token, 2), (token, 2), token.head])
    return doc


@cache
def _combining_forms() -> frozenset[str]:
    """The demonyms of the gazetteer that are the first part of a compound ("sino", "russo")."""
    return frozenset(d.lower() for entry in load_gazetteer().values() for d in entry.demonyms
                     if d.lower().endswith("o") and len(d) > 3)


@Language.factory("irkg_actors", default_config={"lang": "fr"})
def make_actors(nlp: Language, name: str, lang: str) -> ActorRecognizer:
    """Actor mentions: gazetteer names, demonyms, capitals and cleaned model entities."""
    register_extensions()
    lexicon = load_lexicon(lang)
    words = lexicon.words
    return ActorRecognizer(nlp.vocab, load_gazetteer(), frozenset(words["name_particles"]),
                           frozenset(words.get("honorifics", ())), getattr(nlp, "tokenizer", None),
                           frozenset(w for key in lexicon.titles for w in key.replace("'", " ").split()
                                     if len(w) > 2), frozenset(words["time_words"]),
                           lexicon.classes.get("weapon", frozenset()), frozenset(words.get("group_nouns", ())),
                           frozenset(words.get("regime_nouns", ())))


@Language.factory("irkg_relations", default_config={"lang": "fr"})
def make_relations(nlp: Language, name: str, lang: str) -> RelationComponent:
    """Relations between the actors, with their modality."""
    register_extensions()
    return RelationComponent(lang)
