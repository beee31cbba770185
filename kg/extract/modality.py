"""Modality of a relation mention from morphology and the lexicon.

Read from the trigger upwards through the verbs that govern it (``pourrait rencontrer``,
``chercherait à garantir l'envoi``), stopping at a clause boundary:

* negation on the chain (``n'a pas rencontré``) or a denying governor (``dément``) -> negated;
* a governor of the lexicon (``pouvoir`` -> speculative, ``devoir`` / ``prévoir`` -> planned);
* the conditional mood -> speculative, except the future-in-the-past after a past reporting
  verb (``a annoncé qu'il se rendrait``) -> planned;
* a clause introduced by "si" (``si la Russie livrait``) -> speculative;
* the future tense -> planned;
* an adjective of a nominal trigger (``une éventuelle rencontre``, ``le prochain sommet``);
* a question, or a report from unnamed sources (``selon des sources``) -> speculative;
* otherwise asserted.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import unaccented
from kg.extract.lexicon import Lexicon

_CLIMB = frozenset({"xcomp", "obj", "nsubj", "nsubj:pass", "csubj", "conj", "ccomp"})
_FUTURE_ENDINGS = ("ront", "rai", "ras", "ra", "rons", "rez")


def governing_chain(trigger: Token, lex: Lexicon | None = None) -> list[Token]:
    """Return the trigger and the verbs above it, up to the clause boundary; with ``lex``, also
    through a governing noun whose complement the trigger is ("leur volonté de fournir")."""
    chain = [trigger]
    token = trigger
    governors = lex.modality.get("governor", {}) if lex is not None else {}
    while token.head.i != token.i and len(chain) < 6 and (
            token.dep_ in _CLIMB or (token.dep_ == "acl" and token.head.lemma_.lower() in governors)):
        if token.dep_ == "ccomp" and token.pos_ in ("VERB", "AUX", "ADJ"):
            break  # a complement clause: its modality is its own, read below with reporting verbs
        if token.dep_ in ("advcl", "xcomp") and "Part" in token.morph.get("VerbForm") \
                and "Pres" in token.morph.get("Tense") and token.left_edge.i > 0 \
                and token.doc[token.left_edge.i - 1].text == ",":
            break  # "a rompu ses relations avec X, l'accusant de": an adjunct of its own, not broken off
        if token.dep_ == "conj" and (token.morph.get("Mood") or any(c.dep_.startswith("aux") for c in token.children)):
            break  # "n'a pas condamné la guerre, entretient des relations": a clause of its own
        if token.dep_ == "conj" and "Inf" in token.morph.get("VerbForm") and token.head.head.i != token.head.i:
            token = token.head  # "promettent de cesser les combats et d'ouvrir": governed as "cesser" is, not by it
            continue
        token = token.head
        chain.append(token)
    return chain


def verb_forms(token: Token) -> list[Token]:
    """Return the token and its auxiliaries (``aurait été portée``: aurait, été, portée)."""
    return [token] + [c for c in token.children if c.dep_.startswith("aux") or c.dep_ == "cop"]


def _inflected(token: Token, lex: Lexicon, endings: tuple[str, ...], mood: str) -> bool:
    if mood in token.morph.get("Mood") or mood in token.morph.get("Tense"):
        return True
    text, lemma = token.lower_, token.lemma_.lower()
    for ending in endings:
        if text.endswith(ending) and len(text) > len(ending) + 1:
            stem = text[: -len(ending)] + "r"
            irregular = lex.words.get("conditional_irregular", {})
            # "mèneront" / "mener", "céderait" / "céder": the stem may change its accent
            if stem in (lemma, lemma[:-1]) or stem in irregular or unaccented(stem) in (unaccented(lemma),
                                                                                        unaccented(lemma[:-1])):
                return True
    return False


def is_conditional(token: Token, lex: Lexicon) -> bool:
    """Return True for a verb in the conditional mood, by morphology or by its ending.

    The model often tags "se rendrait" as an imperfect; the ending checked against the lemma
    (rendr-ait / rendre) tells a conditional from an imperfect (déclar-ait / déclarer).
    """
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return _inflected(token, lex, tuple(lex.words["conditional_endings"]), "Cnd")


def is_future(token: Token, lex: Lexicon) -> bool:
    """Return True for a verb in the simple future."""
    return token.pos_ in ("VERB", "AUX") and _inflected(token, lex, _FUTURE_ENDINGS, "Fut")


def is_negated(token: Token, lex: Lexicon) -> bool:
    """Return True if ``token`` carries a negation (``ne ... pas``, ``aucun``, ``jamais``)."""
    negation = set(lex.words["negation"])
    if token.lemma_.lower() in lex.words["rank_adjectives"] and any(c.dep_ == "cop" for c in token.children):
        return False  # "ne sont pas les seuls à avoir soutenu Haïti": others did too, and so did they
    ne = any(c.lower_ in ("ne", "n'", "n’") for c in token.children)  # "n'ont plus de relations", "plus" as object
    for child in token.children:
        if child.lower_ not in negation:
            continue
        if child.lower_ in ("plus", "jamais", "guère", "point") and not ne:
            continue  # "alloue plus de 193 millions", "plus que jamais": no negation without "ne"
        if child.dep_ == "advmod" or child.lower_.startswith("aucun") or ne:
            return True
    return False


def modality_of(trigger: Token, lex: Lexicon) -> str:
    """Return asserted, planned, speculative or negated for a trigger token."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return _nominal_modality(trigger, lex)
    chain = governing_chain(trigger, lex)
    if _denied(chain[-1], lex):
        return "negated"
    found = _clause_modality(chain, lex) or _sentence_modality(trigger, lex)
    expected = lex.modality.get("governor", {}).get(trigger.lemma_.lower()) == "planned" and any(
        c.dep_ in ("aux:pass", "nsubj:pass") or c.lemma_ == "être" for c in trigger.children)
    return "planned" if found == "asserted" and expected else found  # "X est attendu à Y"


def _denied(top: Token, lex: Lexicon) -> bool:
    """A clause that is the complement of a denial: "le Kremlin a démenti que Poutine ait rencontré"."""
    governors = lex.modality.get("governor", {})
    return top.dep_ == "ccomp" and governors.get(top.head.lemma_.lower()) == "negated"


def _clause_modality(chain: list[Token], lex: Lexicon, governors: bool = True) -> str | None:
    forms = [f for t in chain for f in verb_forms(t)]
    negated = next((k for k, t in enumerate(chain) if is_negated(t, lex)), None)
    if negated is not None:  # "appelle Pékin à ne pas livrer": a request, not a fact
        above = [lex.modality.get("governor", {}).get(t.lemma_.lower()) for t in chain[negated + 1:]]
        return "speculative" if governors and "speculative" in above else "negated"
    for governor in chain[1:] if governors else ():
        found = lex.modality.get("governor", {}).get(governor.lemma_.lower())
        if found and governor.lemma_.lower() in lex.words["present_only_governors"] and _past(governor):
            continue  # "il est allé signer" happened; "il va signer" is planned
        if found:
            return "speculative" if found == "planned" and is_conditional(governor, lex) else found
    if any(_hypothesis(t) for t in chain):
        return "speculative"  # "si la Russie livrait des S-300 à la Syrie"
    if any(is_conditional(f, lex) for f in forms):
        return "planned" if _reported_past(chain[-1], lex) else "speculative"
    if any(is_future(f, lex) for f in forms):
        return "planned"
    if any(t.dep_ == "advcl" and "Inf" in t.morph.get("VerbForm") and any(
            c.dep_ in ("mark", "case") and c.lower_ in ("pour", "afin") for c in t.children) for t in chain):
        return "planned"  # "se rend en Arménie pour renforcer les liens": an aim
    return None


def _hypothesis(verb: Token) -> bool:
    """True for a clause introduced by "si" (not "même si", which concedes a fact)."""
    return any(c.dep_ == "mark" and c.lower_ in ("si", "s'", "s’")
               and not (c.i > 0 and c.doc[c.i - 1].lower_ == "même") for c in verb.children)


def _past(verb: Token) -> bool:
    """True for a verb in a past tense: compound ("est allé") or simple ("alla")."""
    compound = "Part" in verb.morph.get("VerbForm") and any(c.dep_.startswith("aux") for c in verb.children)
    return compound or ("Past" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm"))


def _governing_noun(noun: Token, lex: Lexicon) -> str | None:
    """The modality of a noun whose complement a nominal trigger is: "une proposition de
    médiation pour des pourparlers", "leur intention de visite"."""
    governors = lex.modality.get("governor", {})
    token = noun
    for _ in range(3):
        if not token.dep_.startswith("nmod") or token.head.i == token.i or token.head.pos_ != "NOUN":
            return None
        token = token.head
        if token.lemma_.lower() in governors:
            return governors[token.lemma_.lower()]
    return None


def _nominal_modality(noun: Token, lex: Lexicon) -> str:
    """A noun's event takes the modality of the clause it is the object of, or of the clause
    whose subject it is when that clause says it happens ("la rencontre pourrait avoir lieu");
    in a temporal adjunct ("lors de sa visite") or an apposition ("X, un allié de Y,") it is
    presupposed, hence asserted."""
    modifiers = lex.modality.get("modifier", {})
    if any(c.lower_ in ("aucun", "aucune", "no") for c in noun.children):
        return "negated"
    for child in noun.children:
        if child.dep_ in ("amod", "nmod") and child.lemma_.lower() in modifiers:
            return modifiers[child.lemma_.lower()]
    predicate = noun.head
    if noun.dep_ == "nsubj" and predicate.lemma_.lower() in modifiers \
            and any(c.dep_ == "cop" for c in predicate.children):
        return modifiers[predicate.lemma_.lower()]  # "de nouvelles sanctions sont possibles"
    if _presupposed(noun, lex) or noun.dep_ == "appos":  # "La Serbie, un allié de la Russie, n'adoptera jamais"
        return "asserted"
    governed = _governing_noun(noun, lex)
    if governed:
        return governed
    verb = _clause_verb(noun)
    if verb is None:
        return _sentence_modality(noun, lex)
    partitive = (noun.dep_ == "nmod" and noun.head.dep_ == "obj" and noun.head.head.i == verb.i) \
        or (noun.dep_ == "obl:arg" and noun.head.i == verb.i  # "refuse des négociations", read as a complement
            and all(c.lower_ in ("des", "du", "de", "d'", "d’") for c in noun.children if c.dep_ == "case"))
    # "une partie de l'aide"
    # "l'aide a été suspendue", "a suspendu une partie de son aide", "doivent s'ouvrir"
    if noun.dep_ in ("obj", "xcomp", "nsubj:pass") or partitive or _says_it_happens(verb, lex):
        found = _clause_modality([noun, *governing_chain(verb)], lex)
    else:  # "le déplacement ... semblait annoncer": only the clause's mood and tense count
        found = _clause_modality([noun, verb], lex, governors=False)
    return found or _sentence_modality(noun, lex)


def _presupposed(noun: Token, lex: Lexicon) -> bool:
    """True in a temporal adjunct: "lors de sa visite", "après la rencontre"."""
    preps = lex.words.get("presupposing_preps", ())
    case = " ".join(c.lower_ for c in noun.children if c.dep_ in ("case", "fixed") and c.i < noun.i)
    before = " ".join(t.lower_ for t in noun.doc[max(noun.i - 4, 0): noun.i] if t.pos_ in ("ADP", "ADV"))
    return case in preps or any(before.endswith(p) or f"{p} " in before + " " for p in preps if " " in p) \
        or (noun.head.i != noun.i and noun.head.lower_ in preps)


def _clause_verb(noun: Token) -> Token | None:
    token = noun
    for _ in range(4):
        if token.head.i == token.i:
            return token if any(c.dep_ in ("cop", "aux") for c in token.children) else None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _says_it_happens(verb: Token, lex: Lexicon) -> bool:
    events = set(lex.words.get("event_verbs", ()))
    return verb.lemma_.lower() in events or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in events for c in verb.children)


def _reported_past(top: Token, lex: Lexicon) -> bool:
    """True if the clause is the complement of a reporting verb in a past tense."""
    head = top.head
    reporting = lex.modality.get("reporting", {})
    if top.dep_ != "ccomp" or head.lemma_.lower() not in reporting:
        return False
    if "Part" in head.morph.get("VerbForm") and "Pres" in head.morph.get("Tense") and head.dep_ == "advcl":
        head = head.head  # "a déclaré ..., précisant qu'il se rendrait": the tense of the clause above
    return any("Past" in f.morph.get("Tense") or "Imp" in f.morph.get("Tense") for f in verb_forms(head))


def _sentence_modality(trigger: Token, lex: Lexicon) -> str:
    if _ends_with_question(trigger):
        return "speculative"
    return "speculative" if _hedged(trigger.sent, lex) else "asserted"


def _ends_with_question(token: Token) -> bool:
    """True if the first final punctuation after ``token`` is a question mark (a headline
    such as "Un sommet Poutine-Kim ?" may be cut in two by the parser, so look past it)."""
    for follower in token.doc[token.i: token.i + 40]:
        if follower.text in (".", "!", "?", "…"):
            return follower.text == "?"
    return False


def _hedged(sent, lex: Lexicon) -> bool:
    attribution = set(lex.words["attribution"])
    hedges = lex.modality.get("hedge", {})
    lowered = [t.lower_ for t in sent]
    for i, word in enumerate(lowered):
        if word in attribution or (word == "d'" and i + 1 < len(lowered) and lowered[i + 1] == "après"):
            window = sent[i + 1: i + 5]
            if any(t.lemma_.lower() in hedges and t.tag_ != "PROPN" for t in window):
                return True
    return False
