"""What the relation rules know about a document: its actor mentions, titles and discourse.

:class:`DocContext` answers "which actor does this token stand for?" for a rule, in the role it
plays (agent, patient or place), through names, capitals standing for their state, demonyms
(``l'armée russe``), titles (``le leader nord-coréen`` -> the person named with that title
before, else the state), plural references (``les deux chefs d'État``) and possessives.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorSpan, unaccented
from kg.extract.lexicon import Lexicon, load_lexicon, normal_case
from kg.resolve.gazetteer import load_gazetteer

_ATTACHED = ("appos", "flat:name", "flat", "nmod", "amod", "compound", "acl")
_PLACE_KINDS = ("Place", "Country")
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
_OBJECT_CLITICS = frozenset({"l'", "l’", "le", "la", "les"})
_PREPOSITION_FAMILIES = (frozenset({"de", "du", "des", "d'", "d’"}), frozenset({"à", "au", "aux"}),
                         frozenset({"en"}))
"""Forms of one preposition, which a list repeats before each item ("d'Argentine, du Chili")."""


@dataclass
class Title:
    """A noun of office in the text and what it was found to refer to."""

    token: Token
    key: str
    relation: str | None
    group: str
    org: str | None = None
    person: str | None = None


@dataclass
class DocContext:
    """Per-document state shared by the relation rules."""

    doc: Doc
    lex: Lexicon
    spans: list[ActorSpan]
    by_token: dict[int, ActorSpan] = field(default_factory=dict)
    holders: dict[tuple[str, str | None], str] = field(default_factory=dict)
    leader_of: dict[str, str] = field(default_factory=dict)
    leaders: set[str] = field(default_factory=set)  # persons titled as leaders, of a state named or not
    named_group: dict[int, list[str]] = field(default_factory=dict)  # plural titles and the persons named
    title_keys: dict[str, set[str]] = field(default_factory=dict)  # the titles each person is named with

    def __post_init__(self) -> None:
        for span in self.spans:
            for i in range(span.start, span.end):
                self.by_token[i] = span

    # ------------------------------------------------------------------ actors of tokens
    def span_of(self, token: Token) -> ActorSpan | None:
        """Return the actor mention covering ``token``, if any."""
        return self.by_token.get(token.i)

    def ref(self, span: ActorSpan, role: str) -> str | None:
        """Return the actor ``span`` stands for in ``role`` (a capital as agent is its state)."""
        if span.kind == "capital" and role != "place" and span.country:
            return span.country
        if span.kind == "demonym" and role == "place":
            return None
        return span.ref

    def actors_for(self, token: Token, role: str) -> list[str]:
        """Return the actors ``token`` (an argument's head) stands for, conjuncts included."""
        found = []
        span = self.span_of(token)
        inside = token.doc[span.start: span.end] if span is not None else [token]  # "Vladimir Poutine et X"
        # "les armées indienne et française": demonyms coordinated on the noun
        adjectives = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "ADJ" and self.span_of(c)
                      and token.i not in self.named_group]  # "les présidents taïwanais X et chinois Y": X and Y
        for head in [token, *(c for t in inside for c in _conjuncts(t)), *adjectives]:
            ref = self.actor_for(head, role)
            if isinstance(ref, list):
                found.extend(ref)
            elif ref:
                found.append(ref)
                found.extend(self._attached_conjuncts(head, ref, role))
        if span is not None and span.kind in ("name", "capital"):  # "Paris, Berlin et Londres" too
            found.extend(self._list_continued(span, role))
        return list(dict.fromkeys(found))

    def _list_continued(self, first: ActorSpan, role: str) -> list[str]:
        """The names listed after a name, "A, B et C", however the parser hung them: a list
        whose items are separated by commas and closed by "et" or "ou" before the last."""
        doc = self.doc
        start = first.start
        while start > 0 and doc[start - 1].pos_ == "DET":
            start -= 1
        family = next((f for f in _PREPOSITION_FAMILIES if start > 0 and doc[start - 1].lower_ in f), frozenset())
        items, end = [], first.end
        while end < len(doc) and doc[end].lower_ in (",", "et", "ou"):
            joint = doc[end]
            nxt = end + 1
            if nxt < len(doc) and doc[nxt].lower_ in family:  # "d'Argentine, du Chili et de l'Uruguay"
                nxt += 1
            while nxt < len(doc) and doc[nxt].pos_ == "DET":
                nxt += 1
            span = self.span_of(doc[nxt]) if nxt < len(doc) else None
            if span is None or span.start != nxt or span.kind == "demonym" \
                    or (self.ref(span, role) or "").split(":")[0] != (self.ref(first, role) or "").split(":")[0]:
                break
            items.append((joint.lower_, span))
            end = span.end
        if not items or items[-1][0] == "," or any(j != "," for j, _ in items[:-1]):
            return []  # "Selon la France, l'Allemagne": no list
        return [r for _, s in items for r in [self.ref(s, role)] if r]

    def _attached_conjuncts(self, head: Token, ref: str, role: str) -> list[str]:
        """"les gouvernements de la Russie et du Venezuela", "les armées française et
        britannique": the attached actor's conjuncts."""
        if self.span_of(head) is not None:
            return []
        for child in head.children:
            span = self.span_of(child)
            if span is not None and self.ref(span, role) == ref:
                conjuncts = [c for c in child.children if c.dep_ == "conj"
                             and (c.pos_ in ("PROPN", "NOUN", "PRON", "X") or self.span_of(c) is not None)]
                return [r for c in conjuncts for r in [self.actor_for(c, role)] if isinstance(r, str)]
        return []

    def actor_for(self, token: Token, role: str) -> str | list[str] | None:
        """The actor one token stands for (a name, a title, a pronoun), conjuncts aside."""
        span = self.span_of(token)
        if span is not None and span.kind == "demonym" and role != "place":
            named = next((self.span_of(c) for c in token.children if c.dep_ in ("appos", "flat:name")
                          and self.span_of(c) is not None and self.span_of(c).ref.startswith("Person:")), None)
            if named is not None:  # "le chancelier allemand Olaf Scholz" parsed around "allemand"
                return named.ref
        if span is not None:
            return self.ref(span, role)
        if token.pos_ == "PRON" and token.lower_ in _SUBJECT_PRONOUNS and token.dep_ in ("nsubj", "nsubj:pass",
                                                                                         "expl:subj"):
            if token.lower_ in ("ils", "elles"):
                several = self.last_subjects(token)  # "L'Arabie saoudite et les Émirats ... Ils mènent"
                if several:
                    return several
            return self.last_subject(token)
        if token.pos_ == "PRON" and token.lower_ in ("lui", "leur") and token.dep_ in ("iobj", "obl:arg", "obj"):
            addressee = self._addressee(token)  # "a proposé à Téhéran de lui fournir"
            if addressee:
                return addressee
            subject = self.last_subject(token)  # "Xie Feng lui a exprimé" after "a convoqué Nicholas Burns"
            others = (subject,) if subject else ()
            return self._person_before(token, exclude=others) or self.antecedent(token, exclude=others)
        if token.pos_ == "NOUN" and ("Plur" in token.morph.get("Number") or any(
                c.dep_ in ("det", "nummod") and ("Plur" in c.morph.get("Number") or c.pos_ == "NUM")
                for c in token.children)):  # "plusieurs pays"
            examples = self._examples(token, role)
            if examples:  # "des pays voisins (Brésil, Uruguay et Chili)", "pays alliés comme l'Egypte"
                return examples
        if token.lemma_.lower() == "dernier" and token.pos_ in ("ADJ", "NOUN", "PRON") \
                and any(c.dep_ == "det" and c.lower_ in ("ce", "cette", "ces") for c in token.children):
            return self.antecedent(token)  # "Ce dernier s'était rendu au Koweït": the one just named
        if token.pos_ == "PRON" and token.lower_ == "nous" and token.dep_ in ("nsubj", "nsubj:pass"):
            return self._speaker(token)
        if ((token.lower_ == "qui" and token.dep_ in ("nsubj", "nsubj:pass")) or token.lower_ == "où") \
                and "Rel" in token.morph.get("PronType") and token.head.dep_ != "acl:relcl":
            before = token.i - 2 if token.i > 1 and token.doc[token.i - 1].text == "," else token.i - 1
            span = self.span_of(token.doc[before]) if before >= 0 else None
            if span is not None and span.end == before + 1:  # "Washington, qui menace Moscou", "depuis Pékin,
                return self.ref(span, role)  # où il effectue une visite", read as clauses of the verb before
        if token.dep_ == "obj" and token.lower_ in _OBJECT_CLITICS and token.pos_ in ("PRON", "DET") \
                and token.head.pos_ == "VERB" and token.i < token.head.i:
            return self._clitic_antecedent(token)
        title = self.title_at(token)
        if title is not None:
            return self._title_ref(title, role)
        return self._attached_actor(token, role)

    def _examples(self, noun: Token, role: str) -> list[str]:
        """The actors a plural noun is spelled out as: in brackets, after a dash or a colon, or
        after "comme", "tels que", "notamment", "dont"."""
        found = []
        for child in noun.children:
            if child.i < noun.i:
                continue
            before = noun.doc[child.left_edge.i - 1] if child.left_edge.i > noun.i else None
            listed = child.dep_ == "appos" and child.pos_ == "PROPN" and before is not None \
                and before.text in ("(", ":", "–", "—", "-")
            like = (child.dep_.startswith("nmod") and case_of(child) in ("comme", "notamment", "dont")) \
                or (child.dep_ == "acl:relcl" and child.pos_ == "PROPN"
                    and any(g.lower_ == "dont" for g in child.children))  # "plusieurs pays, dont la France"
            such = child.lemma_.lower() == "tel" and child.dep_ == "amod"
            for head in ([child] if listed or like else
                         [g for g in child.children if g.dep_ in ("dep", "obl", "nmod")] if such else []):
                found.extend(r for r in self.actors_for(head, role) if r.split(":")[0] in ("Country", "Organization"))
        return found

    def _speaker(self, pronoun: Token) -> list[str] | None:
        """Who "nous" is in reported speech: the one who says it ("« Nous condamnons ... », a
        déclaré X", "X a déclaré que nous allons")."""
        reporting = self.lex.modality.get("reporting", {})
        verb = pronoun.head
        root = pronoun.sent.root
        after = [c for c in root.children if c.dep_ in ("parataxis", "conj", "advcl") and c.i > verb.i]
        for candidate in (*verb.ancestors, *after):
            if candidate.lemma_.lower() not in reporting:
                continue
            speakers = [c for c in candidate.children if c.dep_ == "nsubj" and c.i != pronoun.i] \
                or [c for c in candidate.children if c.dep_ in ("obj", "dep") and c.i > candidate.i]
            refs = [r for c in speakers if c.lower_ != "nous" for r in self.actors_for(c, "agent")]
            if refs:
                return refs
        return None

    def _clitic_antecedent(self, clitic: Token) -> str | None:
        """What an object clitic refers to ("elle l'accusait d'abriter"): the nearest actor named
        before it in its sentence or the one before, other than the verb's subject."""
        verb = clitic.head
        while verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
            verb = verb.head  # "a convoqué X et l'a sommé": the first verb's subject
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        doer = self.actor_for(subject, "agent") if subject is not None and subject.i != clitic.i else None
        others = (doer,) if isinstance(doer, str) else tuple(doer or ())
        floor = window_start(clitic, 1)
        ref = self.antecedent(clitic, exclude=others)
        start = next((s.start for s in sorted(self.spans, key=lambda s: -s.start)
                      if s.start < clitic.i and self.ref(s, "agent") == ref), -1)
        return ref if start >= floor else None

    def _addressee(self, pronoun: Token) -> str | None:
        """Whom "lui" stands for in an infinitive: the one addressed by the verb it depends on."""
        verb = pronoun.head
        misread = verb.dep_ == "acl" and verb.head.dep_ in ("obl:arg", "iobj", "obj") \
            and verb.head.head.lemma_.lower() in self.lex.words["object_control"]  # "demander au X de lui"
        if (verb.dep_ not in ("xcomp", "advcl", "ccomp") and not misread) or verb.head.i == verb.i:
            return None
        if misread or verb.head.lemma_.lower() in self.lex.words["object_control"]:
            # "a demandé au Vietnam de lui apporter une aide": the one who asks, not the one asked
            asker = verb.head.head if misread else verb.head
            for _ in range(3):  # "a profité de sa visite pour demander à X de lui": up to the one who asks
                subject = next((c for c in asker.children if c.dep_ == "nsubj"), None)
                if subject is not None or asker.dep_ not in ("xcomp", "advcl") or asker.head.i == asker.i:
                    break
                asker = asker.head
            ref = self.actor_for(subject, "agent") if subject is not None else None
            return ref if isinstance(ref, str) else None
        for child in verb.head.children:
            span = self.span_of(child)
            if span is not None and (child.dep_ == "iobj" or (child.dep_.startswith("obl") and case_of(child) == "à")):
                return self.ref(span, "patient")
        return None

    def _attached_actor(self, token: Token, role: str, depth: int = 0) -> str | None:
        """An actor hanging off a common noun: "la ville de Vladivostok", "l'armée russe",
        "la sortie du leader nord-coréen"."""
        lemma = token.lemma_.lower()
        if lemma in self.lex.words["kin_nouns"]:
            return None  # "le frère du dirigeant des FSR" is not the leader
        if role == "place" and lemma in ("provenance", "origine", "départ"):
            return None  # "arrivé au Koweït en provenance de Bagdad": where from, not where to
        children = sorted(token.children, key=lambda c: (  # names first: "la ville australienne de Brisbane"
            role == "place" and self.span_of(c) is not None and self.span_of(c).kind == "demonym",
            c.dep_ not in ("appos", "flat:name")))
        for child in children:
            if child.dep_ not in _ATTACHED or case_of(child) not in ("", "de"):
                continue
            span = self.span_of(child) or self._after_honorific(child)
            if span is not None and span.kind == "capital" and case_of(child) == "de" and role != "place" \
                    and lemma in _meeting_nouns(self.lex.lang):
                continue  # "le pacte de Vienne", "le sommet de Bruxelles": where, not who
            if span is not None and span.kind == "demonym" and span.ref.startswith("Country:") \
                    and lemma in self.lex.words["opponent_nouns"]:
                continue  # "les rebelles syriens", "l'opposition vénézuélienne" are not their state
            if span is not None and span.ref in self.leader_of and lemma in self.lex.words["regime_nouns"]:
                return self.leader_of[span.ref]  # "le gouvernement de M. Maduro" is Venezuela's
            if span is not None and role == "place" and span.kind == "demonym" \
                    and lemma in self.lex.words["place_nouns"]:
                return span.ref  # "la ville australienne", "le sol américain"
            if span is not None and (role != "place" or span.ref.split(":")[0] in _PLACE_KINDS):
                return self.ref(span, role)
            if child.dep_ == "acl" and role == "agent" and self.lex.in_class(lemma, "weapon"):
                # "frappé par des drones lancés par les rebelles houthis": whoever launched them
                launched = [r for g in agents_of(child) for r in self.actors_for(g, "agent")]
                if launched:
                    return launched[0]
            if child.dep_ == "acl" and role == "patient" and self._eventful(lemma) \
                    and child.lemma_.lower() not in self.lex.words["brokering_verbs"]:
                # "l'attaque menée par le Hamas" is the Hamas's; "un texte supervisé par X" is not X
                for g in agents_of(child):
                    agent = self.span_of(g)
                    if agent is not None:
                        return self.ref(agent, "agent")
            title = self.title_at(child) if span is None and role != "place" else None
            if title is not None and not _is_plural_reference(child):
                ref = self._title_ref(title, role)
                if isinstance(ref, str) and lemma in self.lex.words["regime_nouns"]:
                    return self.leader_of.get(ref) or title.org or ref  # "le régime du président syrien"
                if isinstance(ref, str):
                    return ref
        armed = role == "agent" and (lemma in self.lex.words["force_nouns"] or self.lex.in_class(lemma, "weapon"))
        if depth < 2 and (role == "patient" or armed or lemma in self.lex.words["place_nouns"]):
            # "des avions de la chasse éthiopienne", "des soldats de l'armée malienne"
            # "une violation des engagements américains", "la ville de l'est australien"
            for child in token.children:  # "des centaines de personnes et d'entités russes"
                if child.dep_ in ("nmod", "conj") and self.span_of(child) is None:
                    ref = self._attached_actor(child, role, depth + 1)
                    if ref:
                        return ref
        return None

    def _eventful(self, lemma: str) -> bool:
        """True for a noun that names an act or a body acting ("l'attaque", "la coalition"), whose
        participle's agent it belongs to; not for a text or a thing ("un texte supervisé par")."""
        return (lemma, "NOUN") in self.lex.triggers or any(lemma in words for words in self.lex.classes.values())

    def _after_honorific(self, token: Token) -> ActorSpan | None:
        """The name an honorific heads in the parse: "M." in "le gouvernement de M. Maduro"."""
        if token.text not in self.lex.words["honorifics"]:
            return None
        return next((self.span_of(c) for c in token.children
                     if c.dep_ in ("flat:name", "appos") and self.span_of(c) is not None), None)

    # ------------------------------------------------------------------ titles
    def title_at(self, token: Token) -> Title | None:
        """Return the title a noun of office states (``président``, ``premier ministre``,
        ``chef de la diplomatie``)."""
        if token.pos_ == "VERB" and token.lower_ in self.lex.title_phrases:
            lemma = token.lower_  # "chargé d'affaires", the first word tagged as a participle
        elif token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        else:
            lemma = token.lemma_.lower()
        prev_ = token.nbor(-1).lemma_.lower() if token.i > 0 else ""
        if prev_ == "en" and lemma in ("chef", "cheffe"):
            return None  # "le négociateur en chef iranien", "le commandant en chef": a rank, not a leader
        deputy = lemma.split("-", 1)[1] if lemma.startswith(("vice-", "sous-")) else None
        for key in (*self._phrase_titles(token, lemma), f"{prev_} {lemma}", lemma, deputy):
            if key is None:
                continue
            if key in self.lex.titles:
                relation, group, counterpart = self.lex.titles[key]
                org, direct = self.title_org(token)
                if org is None and key.split()[0] == lemma and " " in key:  # "chargé d'affaires de la Russie"
                    last = unaccented(key.split()[-1].split("'")[-1].split("’")[-1])
                    end = next((t for t in token.doc[token.i + 1: token.i + 5] if unaccented(t.lower_) == last), None)
                    if end is not None:
                        org, direct = self.title_org(end)
                if key.split()[0] == lemma and " " in key and org and self._on_phrase(token, key, org):
                    direct = True  # "chef de l'État français": the state hangs on the last word of the title
                if org is None and relation and not counterpart:
                    org = self._possessor_state(token, relation)
                    direct = org is not None and not org.startswith("Person:")  # "la Russie et son président"
                if counterpart:
                    relation, org = self._counterpart(token, counterpart, org)
                elif relation == "leaderOf" and (not direct or deputy):  # "président de la Chambre"
                    relation = "officialOf"
                return Title(token, key, relation, group, org=org)
        return None

    def _country_noun(self, token: Token) -> str | None:
        """The state a definite "le pays" / "l'émirat" refers back to."""
        key = token.lemma_.lower()
        entry = self.lex.titles.get(key)
        definite = _definite(token) or any(c.dep_ == "case" and c.lower_ in ("du", "au") for c in token.children)
        if entry is None or entry[0] is not None or entry[1] != "Country" or not definite \
                or "Plur" in token.morph.get("Number") or unaccented(key) == "etat" \
                or any(self.span_of(c) is not None for c in token.children):  # "l'État algérien": named
            return None
        return (self.recent("Country", token.i, 1) or [None])[0]

    def _on_phrase(self, token: Token, key: str, org: str) -> bool:
        """True if ``org`` is named by a modifier of a word of the title phrase itself ("chef de
        l'État français"), not of a body inside it ("secrétaire général du ministère français")."""
        words = token.doc[token.i: token.i + len(key.split()) + 1]
        return any(c.dep_ == "amod" and self.span_of(c) is not None and self.ref(self.span_of(c), "agent") == org
                   and unaccented(c.head.lemma_.lower()) in unaccented(key.lower()) for w in words for c in w.children)

    def _counterpart(self, token: Token, kind: str, org: str | None) -> tuple[str | None, str | None]:
        """The office of "son homologue russe" (a leader's homologue leads, a minister's holds
        office) and of "son prédécesseur" (the possessor's own office)."""
        possessor = self.possessor(token)
        if possessor is None or not possessor.startswith("Person:"):
            return None, org
        led = self.leader_of.get(possessor)
        offices = self.offices(possessor)
        if kind == "same" and org is None:
            org = led or (next(iter(offices)) if len(offices) == 1 else None)
        relation = "leaderOf" if led or possessor in self.leaders else "officialOf"
        return (relation, org) if org and org != led and (kind == "same" or org not in offices) \
            else (None, org)

    def _possessor_state(self, token: Token, relation: str) -> str | None:
        """The state of "sa porte-parole" (Trump's) or of "son président" (Russia's)."""
        singular = any(c.dep_ == "det" and c.lower_ in ("son", "sa", "his", "her", "its") for c in token.children)
        owner = self.possessor(token) if singular else None  # "leurs dirigeants" are many people's
        if owner is None or owner.startswith("Place:"):
            return None
        if owner.startswith("Person:"):
            return self.state_of(owner) if relation == "officialOf" else None
        return owner

    def possessor(self, token: Token) -> str | None:
        """Whose "sa porte-parole" / "son homologue" is: the subject of the clause it sits in,
        else the nearest person named before it."""
        if not any(c.dep_ == "det" and c.lower_ in self.lex.words["possessives"] for c in token.children):
            return None
        start = min(c.i for c in token.children if c.dep_ == "det")  # "M. Ouattara et ses homologues":
        if start > 1 and token.doc[start - 1].lower_ == "et":  # the one it is coordinated with
            span = self.span_of(token.doc[start - 2])
            if span is not None and span.ref.startswith("Person:"):
                return span.ref
        verb = clause_verb(token)
        for child in verb.children if verb is not None else ():
            span = self.span_of(child)
            if child.dep_ == "nsubj" and child.i != token.i and span is not None:
                return self.ref(span, "agent")
        person = self._person_before(token)
        if person is None and (token.dep_ in ("nsubj", "nsubj:pass") or token.left_edge.i == token.sent.start):
            return self.last_subject(token)  # "La Suède a rompu l'accord. Son ministre de la Défense a dit"
        return person

    def _person_before(self, token: Token, exclude: tuple[str, ...] = ()) -> str | None:
        for span in sorted(self.spans, key=lambda s: -s.start):
            if token.sent.start - 80 <= span.start < token.i and span.ref.startswith("Person:") \
                    and span.ref not in exclude:
                return span.ref
        return None

    def _phrase_titles(self, token: Token, lemma: str) -> list[str]:
        """Titles of several words headed by this noun that the text spells out after it
        ("chef de la diplomatie", "secrétaire d'État"), longest first."""
        if token.pos_ not in ("NOUN", "PROPN", "VERB"):
            return []
        after = _fold_quotes(token.doc.text[token.idx + len(token.text): token.idx + 60]).lower()
        return [key for key in self.lex.title_phrases.get(lemma, ())
                if unaccented(after).startswith(unaccented(_fold_quotes(key[len(key.split()[0]):]).lower()))]

    def title_org(self, token: Token, depth: int = 0) -> tuple[str | None, bool]:
        """The state or organisation of a title ("président russe", "ministre de la Défense
        russe") and whether it hangs on the title itself (not on a body inside it)."""
        for child in token.children:
            span = self.span_of(child)
            if child.dep_ == "nmod" and case_of(child) == "en" and child.lemma_.lower() in ("exercice", "fonction"):
                found = self.title_org(child, depth)  # "le président en exercice de l'Union africaine"
                if found[0]:
                    return found
            if child.dep_ == "nmod" and case_of(child) in ("en", "à") and span is None and child.pos_ == "NOUN" \
                    and depth < 2:  # "le conseiller à la sécurité nationale de la Maison Blanche": a field
                deeper, _ = self.title_org(child, depth + 1)
                if deeper:
                    return deeper, False
            if child.dep_ == "acl" and child.lemma_.lower() in ("élire", "réélire") and depth == 0:
                elected = [self.span_of(g) for g in child.children if g.dep_.startswith(("obl", "nmod"))
                           and case_of(g) == "de" and self.span_of(g) is not None]
                if elected and elected[0].ref.split(":")[0] in ("Country", "Organization"):
                    return self.ref(elected[0], "agent"), True  # "le président nouvellement élu de l'Ukraine"
            demonym = span is not None and span.kind == "demonym"  # "le guide suprême iranien", however parsed
            if child.dep_ == "appos" and depth == 0 and span is not None and span.ref.startswith("Organization:") \
                    and child.i > 0 and child.nbor(-1).text == "(":
                return span.ref, True  # "le secrétaire général de l'Organisation de la conférence islamique (OCI)"
            if child.dep_ == "amod" or (child.dep_ == "nmod" and (case_of(child) == "de" or demonym)):
                if span is not None and span.ref.split(":")[0] in ("Country", "Organization"):
                    return self.ref(span, "agent"), depth == 0
                if span is not None and span.kind == "capital":  # "le chef du Pentagone" is no leader
                    entry = load_gazetteer().get(span.ref)
                    return span.country, depth == 0 and not (entry and entry.ministry)
                if span is not None and span.ref.startswith("Person:"):  # "le conseiller de Lula"
                    offices = self.offices(span.ref)
                    return (offices.pop(), False) if len(offices) == 1 else (None, False)
                if child.dep_ == "nmod" and not span and case_of(child) == "de" and depth == 0 \
                        and child.lemma_.lower() in self.lex.words["state_nouns"]:
                    named = [self.ref(state, "agent") for g in child.children
                             if g.dep_ == "nmod" and case_of(g) == "de"
                             for state in [self.span_of(g)] if state and state.ref.startswith("Country:")]
                    if named:  # "le président de la République d'Ouzbékistan" leads it
                        return named[0], True
                if child.dep_ == "nmod" and not span and case_of(child) == "de" and depth == 0:
                    country = self._country_noun(child)  # "le président du pays, Muhammadu Buhari"
                    if country:
                        return country, True
                if child.dep_ == "nmod" and not span and depth < 2:
                    deeper, _ = self.title_org(child, depth + 1)
                    if deeper:
                        return deeper, False
        head = self.span_of(token.head) if depth == 0 and token.dep_ in ("amod", "compound") else None
        if head is not None and head.kind == "demonym":  # "chancelier" parsed as a modifier of "allemand"
            return self.ref(head, "agent"), True
        return None, False

    def _title_ref(self, title: Title, role: str) -> str | list[str] | None:
        if title.token.i in self.named_group:
            return self.named_group[title.token.i]
        if _is_plural_reference(title.token):
            exclude = self._clause_subjects(title.token)
            if title.group == "Person" and self.lex.titles[title.key][0] == "leaderOf":  # "les deux présidents"
                known = self.leaders | set(self.leader_of)
                leaders = self.recent("Person", title.token.i, 2, exclude=exclude, among=known)
                if leaders:
                    return leaders
            return self._coordinated_pair(title.group, title.token, exclude) \
                or self.recent(title.group, title.token.i, 2, exclude=exclude)
        if title.org and "Plur" in title.token.morph.get("Number") and title.group == "Person":
            states = [r for c in title.token.children if c.dep_ in ("nmod", "amod")
                      for r in self.actors_for(c, "agent") if r.split(":")[0] in ("Country", "Organization")]
            if len(states) > 1:  # "les ministres des Affaires étrangères de l'Arménie et de l'Azerbaïdjan"
                return states
        if title.relation is None and title.group != "Person":  # "le pays", "ce quotidien"
            if title.org:  # "la partie orientale de la Chine"
                return title.org
            if not _definite(title.token):  # "un pays", "quatrième pays arabe à": no one named before
                return None
            return (self.recent(title.group, title.token.i, 1) or [None])[0]
        person = self.person_of_title(title)
        if person:
            return person
        if title.group == "Person" and title.org:
            if title.relation is None:  # "son homologue russe": whoever holds an office there
                held = [p for (_, org), p in self.holders.items() if org == title.org] \
                    or [p for p, state in self.leader_of.items() if state == title.org]
                return held[0] if len(set(held)) == 1 else title.org
            return self.holders.get((title.key, title.org)) or title.org
        if title.group == "Person" and title.relation and _definite(title.token) \
                and "Plur" not in title.token.morph.get("Number"):
            return self._last_holder(title)  # "le président" after "le président russe Vladimir Poutine"
        return None

    def _last_holder(self, title: Title) -> str | None:
        """The person last named, in the sentence or the three before, who is known by this title."""
        holders = {p for (key, _), p in self.holders.items() if key == title.key}
        holders |= {p for p, keys in self.title_keys.items()  # "le ministre" after "le ministre des Affaires
                    if any(k == title.key or k.startswith(title.key + " ") for k in keys)}  # étrangères X"
        token = title.token
        floor = window_start(token)
        for span in sorted(self.spans, key=lambda s: -s.start):
            if floor <= span.start < token.i and span.ref in holders:
                return span.ref
        return None

    def person_of_title(self, title: Title, infer: bool = True) -> str | None:
        """The named person a title is attached to ("le leader nord-coréen Kim Jong-un"), else,
        with ``infer``, the person it refers back to (see :meth:`_title_holder`)."""
        named = self._named_person(title)
        if named or not infer or title.org is None or title.relation is None:
            return named
        return self._title_holder(title)

    def _title_holder(self, title: Title) -> str | None:
        """Who an unnamed title with its state or organisation ("le président colombien") is:
        the person already known by that title, else the last person named in the sentence or
        the three before whose known offices do not exclude it."""
        known = self.holders.get((title.key, title.org))
        if known:
            return known
        token = title.token
        if "Plur" in token.morph.get("Number"):  # "les dirigeants de l'Otan" are not one person
            return None
        if _unknown_name_beside(token, self):  # "Ban-Ki Moon, le secrétaire général de l'ONU": someone unnamed here
            return None
        if not _definite(token) and title.relation != "leaderOf" \
                and title.key not in self.lex.words["unique_offices"]:
            return None  # "un diplomate européen" is someone else; "un ministre de la Défense russe" is not
        floor = window_start(token)
        partners = self._co_subjects(token)  # "Poutine a remercié le président vénézuélien": someone else
        if self.lex.titles[title.key][2] == "peer":  # "en accueillant son homologue turc": not himself
            partners |= {self.possessor(token)} - {None}
        leaders = self.leaders | set(self.leader_of)
        fitting = [span for span in sorted(self.spans, key=lambda s: -s.start)
                   if floor <= span.start < token.i and span.ref.startswith("Person:")
                   and span.ref not in partners
                   and not (title.relation == "officialOf" and span.ref in leaders)  # a president is no minister
                   and not self._other_office(span.ref, title.key)  # a chancellor is no president
                   and (not self.offices(span.ref) or title.org in self.offices(span.ref))]
        # the last one named as a subject before the title's sentence, else the last one named:
        # "Blinken a rencontré Wang Yi. Le secrétaire d'État américain ..." is Blinken
        subjects = [span for span in fitting if span.start < token.sent.start and is_subject(token.doc[span.start])]
        return (subjects or fitting)[0].ref if fitting else None

    def _other_office(self, person: str, key: str) -> bool:
        """True if the person is named with an office exclusive of the one ``key`` names."""
        groups = [frozenset(g) for g in self.lex.words.get("exclusive_titles", ())]
        wanted = next((g for g in groups if key in g), None)
        held = {g for g in groups for k in self.title_keys.get(person, ()) if k in g}
        return wanted is not None and bool(held - {wanted})

    def _co_subjects(self, token: Token) -> set[str]:
        """The named subjects of the verb a noun is a complement of, and the others its clause
        names before it: never the noun's referent."""
        verb = token
        while not _predicate(verb) and verb.head.i != verb.i:
            if verb.dep_ in ("nsubj", "nsubj:pass"):  # the title is in the subject itself
                return set()
            verb = verb.head
        if not _predicate(verb):
            return set()
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i]
        named = {span.ref for c in subjects for span in [self.span_of(c)] if span is not None}
        # "un message du président Obama au chef d'État nord-coréen": whoever the clause names is another
        named |= {span.ref for span in self.spans if verb.sent.start <= span.start < token.i
                  and getattr(_clause_head(token.doc[span.start]), "i", None) == verb.i}
        pronouns = {self.last_subject(c) for c in subjects if c.pos_ == "PRON" and c.lower_ in _SUBJECT_PRONOUNS}
        return named | {r for r in pronouns if r}  # "il a rencontré le président chinois": not him

    def state_of(self, ref: str) -> str | None:
        """The state an actor belongs to: a country is its own, a place its country's, a person
        the one he leads or holds his only office in."""
        if ref.startswith("Country:"):
            return ref
        if ref.startswith("Place:"):
            return next((s.country for s in self.spans if s.ref == ref and s.country), None)
        if ref.startswith("Person:"):
            offices = {o for o in self.offices(ref) if o.startswith("Country:")}
            return self.leader_of.get(ref) or (offices.pop() if len(offices) == 1 else None)
        return None

    def states_of(self, refs) -> tuple[str, ...]:
        """The actors, a leader replaced by his state: arms and aid go from state to state, so the
        supplier of "Kim Jong-un espère se procurer des technologies" is sought among states."""
        return tuple(dict.fromkeys(self.state_of(r) or r for r in refs))  # also a minister's state

    def offices(self, person: str) -> set[str]:
        """The states and organisations a person is known to hold a title in."""
        return {org for (_, org), holder in self.holders.items() if holder == person and org}

    def _named_person(self, title: Title) -> str | None:
        token = title.token
        nested = [c.i for c in token.children if c.dep_ == "nmod" and case_of(c) == "de"
                  and getattr(self.title_at(c), "group", None) == "Person"]
        for child in token.children:
            span = self.span_of(child)
            if any(i < child.i for i in nested) and self._person_in_apposition(token):
                continue  # "X, un porte-parole du Premier ministre israélien Ehud Olmert": the Premier ministre's
            named = child.dep_ in ("appos", "flat:name") or (child.dep_ == "nmod" and case_of(child) != "de")
            far = sum(t.text == "," for t in token.doc[token.i + 1: child.i]) > 1  # an apposition three commas on
            if named and not far and span and span.ref.startswith("Person:"):  # not "porte-parole de Barack Obama"
                return span.ref
        head_span = self.span_of(token.head)
        if token.dep_ in ("appos", "nmod") and head_span and head_span.ref.startswith("Person:"):
            # "Après X, le ministre israélien Y a été reçu", read as an apposition of X: Y's title
            following = self._next_person(token) if token.i > 0 and token.doc[token.i - 1].pos_ == "DET" \
                and token.doc[token.i - 2].text == "," else None
            return following or head_span.ref
        return self._next_person(token) or self._person_in_apposition(token)

    def _person_in_apposition(self, token: Token) -> str | None:
        """The name a definite title follows after a comma, however parsed: "Kim Jong-Un, le
        commandant suprême"."""
        i = token.i - 1
        while i > token.sent.start and token.doc[i].pos_ == "DET":
            i -= 1
        indefinite = any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in token.children)  # "X, un porte-parole"
        bare = i == token.i - 1 and not any(c.dep_ == "det" for c in token.children)  # "X, porte-parole du ministère"
        if i <= token.sent.start or token.doc[i].text != "," or not (_definite(token) or indefinite or bare) \
                or "Plur" in token.morph.get("Number") or token.lower_.endswith("s"):  # "X, ses homologues"
            return None
        span = self.span_of(token.doc[i - 1])
        if span is None or not span.ref.startswith("Person:"):
            return None
        before = token.doc[span.start - 2] if span.start > 1 and token.doc[span.start - 1].text == "," else None
        if before is not None and any(  # "un responsable du département d'État américain, Matthew Palmer,
                t.i != token.i and self.title_at(t) is not None  # le président serbe a dit": the name is the
                for t in itertools.takewhile(lambda t: t.pos_ not in ("VERB", "AUX"),
                                             itertools.islice((before, *before.ancestors), 4))):
            return None  # first title's
        return span.ref

    def _next_person(self, token: Token) -> str | None:
        """The name right after a title and its complements: "le ministre des Affaires
        étrangères indien, Vijay Gokhale" (a place or state on the way is skipped)."""
        sent = token.sent
        owned = False  # "le porte-parole du Premier ministre Ehud Olmert": Olmert is the Premier ministre
        skip_to = token.i + 1
        comma = False
        for follower in token.doc[token.i + 1: min(token.i + 16, sent.end)]:
            if follower.i < skip_to:
                continue
            comma = comma or follower.text == ","
            span = self.span_of(follower)
            if span is not None and span.ref.startswith("Person:"):
                if comma and _subject_above(follower, token):
                    return None  # "Après un entretien avec le président algérien, Nicolas Sarkozy a dit": another
                if preposition_before(follower.doc, span.start) != "de" and not owned:
                    return span.ref
                owned, skip_to = False, span.end  # "le porte-parole de Vladimir Poutine, Dmitri Peskov"
                continue
            participle = follower.dep_ == "acl" and follower.head.i == token.i  # "le président réélu du Nicaragua, X"
            if (follower.pos_ in ("VERB", "AUX", "CCONJ") and not participle) \
                    or follower.text in (".", ";", ":", "(", "«", '"'):
                return None  # "les dirigeants de l'UE et le Premier ministre turc X": X is not one of them
            held = self.title_at(follower) if follower.pos_ == "NOUN" and case_of(follower) == "de" else None
            if held is not None and held.group == "Person":
                owned = True
        return None

    # ------------------------------------------------------------------ discourse
    def _clause_subjects(self, token: Token) -> tuple[str, ...]:
        """Actors that are subjects of the reporting verbs above ``token``: a plural reference such
        as "les deux pays" in "les États-Unis annoncent qu'un accord entre les deux pays" is not them."""
        refs: list[str] = []
        reporting = self.lex.modality.get("reporting", {})
        for ancestor in token.ancestors:
            if ancestor.lemma_.lower() not in reporting:
                continue
            for child in ancestor.children:
                if child.dep_ == "nsubj" and child.i != token.i:
                    span = self.span_of(child)
                    refs.extend([self.ref(span, "agent")] if span else [])
        return tuple(r for r in refs if r)

    def _coordinated_pair(self, group: str, token: Token, exclude: tuple[str, ...]) -> list[str]:
        """The last two actors of a type named together ("l'Arménie et l'Azerbaïdjan") in the
        sentence of ``token`` or the two before: whom "les deux pays" most likely means."""
        floor = window_start(token, 2)
        for second in sorted((s for s in self.spans if floor <= s.start < token.i), key=lambda s: -s.start):
            link = second.start - 1
            if link > 0 and self.doc[link].pos_ == "DET":
                link -= 1  # "et l'Azerbaïdjan"
            first = self.span_of(self.doc[link - 1]) if link > 0 and self.doc[link].lower_ == "et" else None
            if first is None or first.start < floor or first.end != link:
                continue
            pair = [self.ref(first, "agent"), self.ref(second, "agent")]
            if all(r and r.startswith(group + ":") and r not in exclude for r in pair) and pair[0] != pair[1]:
                return pair
        return []

    def recent(self, group: str, before: int, count: int, exclude: tuple[str, ...] = (),
               among: set[str] | None = None) -> list[str]:
        """Return the ``count`` last distinct actors of type ``group`` mentioned before a token
        (a leader counts as a mention of his country), only ``among`` some if given."""
        found: list[str] = []
        for span in sorted(self.spans, key=lambda s: -s.start):
            if span.start >= before:
                continue
            ref = self.ref(span, "agent")
            if group == "Country" and ref in self.leader_of:
                ref = self.leader_of[ref]
            if among is not None and ref not in among:
                continue
            if ref and ref.startswith(group + ":") and ref not in found and ref not in exclude:
                found.append(ref)
            if len(found) == count:
                break
        return found if len(found) == count else []

    def antecedent(self, token: Token, exclude: tuple[str, ...] = ()) -> str | None:
        """The actor a possessive or an implicit party refers to: the nearest one before,
        of the same type as the excluded party when there is one (Putin's counterpart is a
        person, Russia's a country)."""
        wanted = [exclude[0].split(":")[0]] if exclude else []
        for types in (wanted, ["Person", "Country", "Organization"]):
            for span in sorted(self.spans, key=lambda s: -s.start):
                ref = self.ref(span, "agent")
                if ref and token.sent.start - 80 <= span.start < token.i \
                        and ref.split(":")[0] in types and not self.same_side(ref, exclude):
                    return ref
        return None

    def last_subject(self, pronoun: Token) -> str | None:
        """What "il" / "elle" as a subject refers to: the last actor that was a subject, within
        the sentence or the two before it."""
        window = pronoun.doc[max(pronoun.sent.start - 80, 0): pronoun.i]
        for token in reversed(window):
            if token.dep_ not in ("nsubj", "nsubj:pass") or token.pos_ == "PRON":
                continue
            span = self.span_of(token) or self._after_honorific(token)  # "M. Obama a fait ... Il doit"
            if span is not None and span.kind != "demonym":
                return self.ref(span, "agent")
            title = self.title_at(token) if span is None else None
            if title is not None:  # "Le président français Emmanuel Macron est arrivé. Il ..."
                ref = self._title_ref(title, "agent")
                if isinstance(ref, str) and ref.startswith("Person:"):
                    return ref
            if span is None and title is None and token.lemma_.lower() in self.lex.words["regime_nouns"]:
                ref = self._attached_actor(token, "agent")  # "Le gouvernement chypriote a dit qu'il"
                if isinstance(ref, str) and ref.startswith("Country:"):
                    return ref
        return None

    def last_subjects(self, pronoun: Token) -> list[str]:
        """What a plural "ils" / "elles" refers to when the last subject was a coordination of
        actors: all of them."""
        window = pronoun.doc[max(pronoun.sent.start - 80, 0): pronoun.i]
        for token in reversed(window):
            if token.dep_ not in ("nsubj", "nsubj:pass") or token.pos_ == "PRON":
                continue
            if self.span_of(token) is None or self.span_of(token).kind == "demonym":
                return []
            refs = self.actors_for(token, "agent")
            return refs if len(refs) > 1 else []
        return []

    def source_named(self, sentence: Span) -> list[str]:
        """The actors a sentence says it reports: "selon le New York Times", "d'après Téhéran"."""
        for token in sentence:
            if case_of(token) in _SOURCE_PREPS:
                refs = self.actors_for(token, "agent")
                if refs:
                    return refs
        return []

    def same_side(self, ref: str, others: tuple[str, ...]) -> bool:
        """True if ``ref`` is one of ``others`` or leads one of them (Kim and North Korea)."""
        return any(ref == o or self.leader_of.get(ref) == o or self.leader_of.get(o) == ref for o in others)


@cache
def _meeting_nouns(lang: str) -> frozenset[str]:
    """The nouns of agreements, talks and meetings, which a city named after them locates."""
    return frozenset(lemma for (lemma, pos), entries in load_lexicon(lang).triggers.items() if pos == "NOUN"
                     and any(e.relation in ("signsAgreementWith", "meets", "negotiatesWith") for e in entries))


@cache
def _demonym_states() -> dict[str, str]:
    """Each state's demonyms, lower-cased, to the state: "israéliennes" -> Country:israel."""
    return {d.lower(): ref for ref, entry in load_gazetteer().items() if ref.startswith("Country:")
            for d in entry.demonyms}


def opposed_state(token: Token) -> str | None:
    """The state an "anti-" adjective is against: "des attaques anti-israéliennes" -> Israel."""
    word = token.lower_
    return _demonym_states().get(word[5:]) if word.startswith("anti-") else None


def _unknown_name_beside(token: Token, ctx: DocContext) -> bool:
    """True when a title is in apposition to a proper name that is no actor mention."""
    beside = [c for c in token.children if c.dep_ in ("appos", "flat:name")]
    if token.dep_ == "appos":
        beside.append(token.head)
    after = token.right_edge.i + 1  # "l'Émir du Koweït, Sabah Al-Ahmad Al-Jaber Al-Sabah", however parsed
    if after + 1 < len(token.doc) and token.doc[after].text == "," and token.doc[after + 1].text[:1].isupper():
        beside.append(token.doc[after + 1])
    return any(t.pos_ == "PROPN" and (ctx.span_of(t) is None or ctx.span_of(t).ref.startswith("Place:"))
               for t in beside)  # a person the model took for a place is no one else either


def apposed(first: Token, second: Token) -> bool:
    """True for two phrases with only a comma between them and no conjunction before the second:
    an apposition the parser read as two subjects or two conjuncts ("la Turquie, un allié de
    l'État hébreu", "le conseiller de M. Obama, le général James Jones")."""
    if first.i >= second.i or any(c.dep_ == "cc" for c in second.children):
        return False
    end = max(t.i for t in first.subtree if not t.is_punct)
    start = min((t.i for t in second.subtree if not t.is_punct), default=second.i)
    gap = first.doc[end + 1: start]
    return len(gap) > 0 and all(t.text == "," for t in gap)


def _conjuncts(token: Token) -> list[Token]:
    """The conjuncts of a coordination, and the items of a list the parser hung on the first as
    complements with the same preposition: "au Honduras, au Salvador et au Guatemala"."""
    found = []
    for c in token.children:
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON", "X"):
            found.append(c)
        elif c.dep_ == "nmod" and c.pos_ == "PROPN" and case_of(c) == case_of(token) and c.left_edge.i > 0:
            first = c.left_edge
            joint = first if first.lower_ in (",", "et") else token.doc[first.i - 1]
            if (joint.text == "," and case_of(c)) or joint.lower_ == "et":  # "la France et le Royaume-Uni", misparsed
                found.extend([c, *_conjuncts(c)])
    return found


def window_start(token: Token, sentences: int = 3) -> int:
    """The first token of the sentence ``sentences`` before the one ``token`` is in."""
    starts = [sent.start for sent in token.doc.sents if sent.start <= token.i]
    return starts[max(len(starts) - 1 - sentences, 0)]


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above a token: the clause it sits in."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _subject_above(name: Token, title: Token) -> bool:
    """True if ``name`` is the subject of the clause the title is an adjunct of: "A l'issue d'un
    entretien avec le président algérien, Nicolas Sarkozy devait rencontrer" (not "le président
    afghan, Ashraf Ghani, a dit", where a comma closes the apposition)."""
    head = name
    while head.dep_ in ("flat:name", "appos", "nmod") and head.head.i != head.i and head.head.i > title.i:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    verb = head.head
    path = []
    for a in (title, *title.ancestors):
        if a.i == verb.i:
            break
        path.append(a)
    else:
        return False
    after = name.doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(name.doc) else None
    closed = after is not None and after.text == ","
    return not closed and any(case_of(a) not in ("", "de") for a in path)


def _predicate(token: Token) -> bool:
    """True for the head of a clause: a verb, or a word with a copula ("était porteur d'un message")."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children)


def _clause_head(token: Token) -> Token | None:
    """The head of the clause a token sits in (see :func:`_predicate`)."""
    return next((a for a in token.ancestors if _predicate(a)), None)


def is_subject(token: Token) -> bool:
    """True for a subject, but not for the second "subject" the model gives a verb after it
    ("Blinken a rencontré Wang Yi" parsed with two)."""
    if token.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    head = token.head
    return token.i < head.i or not any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)


def preposition_before(doc, start: int) -> str:
    """The preposition just before a mention, determiners skipped ("de", "à", or "")."""
    j = start - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    return normal_case(doc[j].lower_) if j >= 0 and doc[j].pos_ == "ADP" else ""


def _definite(token: Token) -> bool:
    """True for a noun with a definite, demonstrative or possessive determiner ("le", "ce", "son")."""
    return any(c.dep_ == "det" and ({"Def", "Dem"} & set(c.morph.get("Definite") + c.morph.get("PronType"))
                                    or "Yes" in c.morph.get("Poss")) for c in token.children)


def _fold_quotes(text: str) -> str:
    return text.replace("’", "'")


CHANNEL_NOUNS = frozenset({"voix", "bouche", "intermédiaire", "biais", "entremise", "truchement", "canal"})
"""Nouns of the way an act reaches its target: "par la voix de sa ministre", "par l'intermédiaire de
l'ONU" name who speaks or carries, never who acts."""


def by_agent(token: Token) -> bool:
    """True for the agent of a passive or a participle: "(reçu) par Emmanuel Macron"."""
    return (token.dep_ == "obl:agent" or case_of(token).split()[-1:] == ["par"]) \
        and token.lemma_.lower() not in CHANNEL_NOUNS  # also "entre autres par"


def agents_of(token: Token) -> list[Token]:
    """The agent complements of a passive or a participle, also when the parser hung them on an
    inserted "entre autres" ("soutenu entre autres par l'Égypte")."""
    found = []
    for child in token.children:
        if by_agent(child):
            found.append(child)
        elif child.lemma_.lower() == "autre" and child.i > token.i:
            found.extend(g for g in child.children if by_agent(g))
    return found


def case_of(token: Token) -> str:
    """The preposition introducing ``token`` ("à", "de", "avec", "auprès de"), lower-cased, with
    contractions in their base form ("au Japon" -> "à")."""
    words = [c.lower_ for c in token.children if c.dep_ in ("case", "fixed", "mark") and c.i < token.i]
    return normal_case(" ".join(words))


def _is_plural_reference(token: Token) -> bool:
    """"les deux chefs d'État", "les deux pays": a plural noun counted or definite."""
    plural = "Plur" in token.morph.get("Number") or token.lower_.endswith("s")
    counted = any(c.dep_ == "nummod" and c.lower_ in ("deux", "two") for c in token.children)
    return plural and counted


_SOURCE_PREPS = frozenset({"selon", "d' après", "d’ après", "according to"})
"""Prepositions that name who a statement comes from."""


def misplaced_agent(token: Token) -> bool:
    """True for a "par" complement the parser hung on an active verb with a subject of its own: it
    names the author of the object ("Tusk a dénoncé la violation de l'espace aérien par la Russie")."""
    verb = token.head
    bare_participle = "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children)
    return token.dep_.startswith("obl") and case_of(token) == "par" and verb.i != token.i \
        and any(c.dep_ == "nsubj" for c in verb.children) and not passive_voice(verb) \
        and not bare_participle  # "Le chef de la diplomatie sanctionné par Washington"


def passive_voice(verb: Token) -> bool:
    """True for a verb in the passive voice: "est attendu", "a été reçu"."""
    if with_avoir(verb):
        return False
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children) \
        or (any(c.lemma_ == "être" and c.dep_.startswith("aux") for c in verb.children)
            and "Part" in verb.morph.get("VerbForm"))


def with_avoir(verb: Token) -> bool:
    """True for a compound tense with "avoir" and no "être": "a accusé", not "a été accusé"."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return any(c.lemma_ == "avoir" for c in auxiliaries) \
        and not any(c.lemma_ == "être" or c.dep_ == "aux:pass" for c in auxiliaries)
