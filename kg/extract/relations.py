"""Relation rules: trigger words of the lexicon and the actors their syntax points to.

For a verb trigger the subject is its ``nsubj`` (climbing through ``pourrait rencontrer``,
relative clauses and coordinated verbs), the object its ``obj`` or a complement introduced by
one of the trigger's prepositions; a passive swaps them. For a noun trigger the agent comes
from a possessive (``sa visite``), a demonym (``les frappes russes``), a ``de``-complement
(``la visite de Poutine``) or the verb it is the object of (``X a imposé des sanctions``); the
partner from its prepositions, ``entre X et Y`` or a hyphenated pair (``le sommet Poutine-Kim``).
Symmetric relations also pair coordinated subjects (``X et Y ont signé un accord``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from kg.extract.context import DocContext, Title, case_of, preposition_before
from kg.extract.lexicon import Trigger, normal_case
from kg.extract.modality import governing_chain, is_negated, modality_of
from kg.ontology.namespace import SYMMETRIC

_STATE_ACTS = frozenset({"suppliesMunitionsTo", "providesAidTo", "imposesSanctionsOn", "attacks"})
_COMPLEMENT_TARGET = frozenset({"threatens"})
_INCISE = frozenset({"condemns", "supports"})
_QUOTES = frozenset({"«", "»", '"', "“", "”"})
_CLASS_ORDER = {"weapon": 0, "sanction": 1, "attack": 2, "threat": 3}
_STATE_PAIRS = frozenset({"signsAgreementWith", "cooperatesWith", "negotiatesWith"})
MEETING_PLACE = frozenset({"meets", "negotiatesWith", "signsAgreementWith", "cooperatesWith", "attacks"})
"""Relations whose mentions record where the event took place."""
_ACQUIRE = frozenset({"chercher", "demander", "réclamer", "solliciter", "obtenir", "espérer",
                      "souhaiter", "vouloir", "garantir", "assurer"})


@dataclass(frozen=True)
class Found:
    """A relation found in one sentence, before provenance is attached."""

    subject: str
    predicate: str
    object: str
    modality: str
    sentence: Span
    rule: str
    trigger: int


class RelationRules:
    """Apply the lexicon's triggers and the title rules to one document."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.lex = ctx.lex

    def run(self) -> list[Found]:
        """Return every relation found in the document, in text order."""
        sents = list(self.ctx.doc.sents)
        # Titles first, over the whole text: a later "le leader nord-coréen" and an earlier
        # one both resolve to the person the text names with that title.
        # Named holders first, so that an unnamed title ("le président colombien") resolves to
        # the person it refers back to only among those whose offices do not exclude it.
        found: list[Found] = [f for infer in (False, True) for sent in sents for f in self.affiliations(sent, infer)]
        for sent in sents:
            for token in sent:
                found.extend(self.events(token))
                found.extend(self._blame_in_speech(token))
            found.extend(self._headline_visit(sent))
        found = _distinct(_lift_state_acts(found, self.ctx))
        return found + _distinct(list(self._visits_abroad(found)))

    def _blame_in_speech(self, verb: Token) -> Iterator[Found]:
        """Words of blame in what someone says condemn the actor they are about: "« C'est une
        provocation de Washington », a déclaré Pékin", "a estimé que la vente était une ingérence"."""
        if verb.lemma_.lower() not in self.lex.modality.get("reporting", {}) or self.choose(verb) is not None:
            return
        said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        words = [t for c in said for t in c.subtree]
        if verb.dep_ == "parataxis":  # "« ... », a déclaré X": what was said is the clause above
            words += [t for t in verb.head.subtree if t not in set(verb.subtree)]
        if not any(self.lex.in_class(t.lemma_, "blame") or self.lex.in_class(t.lower_, "blame") for t in words):
            return
        speakers = self.subjects(verb)[0]
        inside = {t.i for t in words}
        targets = [self.ctx.ref(s, "agent") for s in self.ctx.spans if s.start in inside]
        targets = [t for t in dict.fromkeys(targets) if t and not self.ctx.same_side(t, tuple(speakers))
                   and not t.startswith("Place:")]
        modality = modality_of(verb, self.lex)
        for speaker in speakers:
            for target in targets[:1]:
                yield Found(speaker, "condemns", target, modality, verb.sent, f"{self.lex.lang}-condemns-speech",
                            verb.i)

    def _headline_visit(self, sent: Span) -> Iterator[Found]:
        """A line with no verb that puts a person in a place: "Kadhafi à Paris"."""
        if any(t.pos_ in ("VERB", "AUX") for t in sent) or len(sent) > 20:
            return
        spans = [s for s in self.ctx.spans if sent.start <= s.start < sent.end]
        for person, place in pairwise(spans):
            between = self.ctx.doc[person.end: place.start]
            if person.ref.startswith("Person:") and place.ref.startswith(("Place:", "Country:")) \
                    and len(between) <= 2 and any(normal_case(t.lower_) in ("à", "en") for t in between):
                yield Found(person.ref, "visits", place.ref, "asserted", sent, f"{self.lex.lang}-visits-headline",
                            person.start)

    def _visits_abroad(self, found: list[Found]) -> Iterator[Found]:
        """A leader or official who meets, negotiates or signs in a place of another state has
        travelled there: "le Premier ministre turc a rencontré à Damas le président syrien"."""
        have = {(f.subject, f.object) for f in found if f.predicate == "visits"}
        for f in found:
            if f.predicate not in ("meets", "negotiatesWith", "signsAgreementWith"):
                continue
            place = place_of(self.ctx, f)
            if place is None:
                continue
            for person in (r for r in (f.subject, f.object) if r.startswith("Person:")):
                home = self.ctx.state_of(person)
                if home and home != self.ctx.state_of(place) and (person, place) not in have:
                    have.add((person, place))
                    yield Found(person, "visits", place, f.modality, f.sentence, f"{f.rule}-abroad", f.trigger)

    # ------------------------------------------------------------------ affiliations
    def affiliations(self, sent: Span, infer: bool) -> Iterator[Found]:
        for token in sent:
            title = self.ctx.title_at(token)
            if title is None or title.relation is None or title.org is None:
                continue
            person = self.ctx.person_of_title(title, infer)
            if person is None:
                continue
            self._register(title, person)
            yield Found(person, title.relation, title.org, _affiliation_modality(token, self),
                        sent, f"{self.lex.lang}-title-{title.key.replace(' ', '_')}", token.i)

    def _register(self, title: Title, person: str) -> None:
        self.ctx.holders.setdefault((title.key, title.org), person)
        if title.relation == "leaderOf" and title.org and title.org.startswith("Country:"):
            self.ctx.leader_of.setdefault(person, title.org)

    # ------------------------------------------------------------------ events
    def events(self, token: Token) -> Iterator[Found]:
        trigger = self.choose(token)
        if trigger is None:
            return
        pairs = self.verb_args(token, trigger) if trigger.pos == "VERB" else self.noun_args(token, trigger)
        modality = modality_of(token, self.lex)
        for subject, obj in pairs:
            if subject != obj and _types_fit(trigger.relation, subject, obj) \
                    and not self.ctx.same_side(subject, (obj,)):
                yield Found(subject, trigger.relation, obj, modality, token.sent, trigger.id, token.i)

    def choose(self, token: Token) -> Trigger | None:
        """The trigger entry for a token: a class-restricted one if its object fits, else the plain one."""
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else token.pos_
        lemma = token.lemma_.lower()
        entries = self.lex.triggers.get((lemma, pos)) or self.lex.triggers.get((lemma.replace("oe", "œ"), pos), [])
        if not entries and pos != "VERB" and any(c.dep_.startswith("aux") for c in token.children):
            pos = "VERB"  # "a gelé les avoirs": a participle the tagger took for an adjective
            entries = next((self.lex.triggers[(inf, pos)] for inf in _infinitives(token.lower_)
                            if (inf, pos) in self.lex.triggers), [])
        if pos == "VERB" and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children) \
                and any(e.relation == "visits" for e in entries):
            return None  # "va livrer", "vient de signer": aller and venir as auxiliaries
        plain = None
        classed = []
        for entry in entries:
            if entry.reflexive and not _reflexive(token):
                continue
            if entry.cls is None:
                plain = plain or entry
            elif self._has_class(token, entry.cls):
                classed.append(entry)
        # "fournir une aide militaire" has words of both classes: the weapons say what it is
        return min(classed, key=lambda e: _CLASS_ORDER.get(e.cls, len(_CLASS_ORDER))) if classed else plain

    def _has_class(self, token: Token, cls: str) -> bool:
        words = [t for c in token.children if c.dep_.startswith(("obj", "nmod", "obl", "amod", "nsubj:pass", "xcomp"))
                 for t in c.subtree]
        if token.pos_ == "NOUN":
            words.append(token)
        return any(self.lex.in_class(t.lemma_, cls) or self.lex.in_class(t.lower_, cls) for t in words)

    # ------------------------------------------------------------------ verb arguments
    def verb_args(self, verb: Token, trigger: Trigger) -> list[tuple[str, str]]:
        role = "place" if trigger.relation == "visits" else "patient"
        if _passive_modifier(verb):  # "M. Mitsotakis, reçu par Emmanuel Macron"
            agents = [r for c in verb.children if c.dep_ == "obl:agent" or case_of(c) == "par"
                      for r in self.ctx.actors_for(c, "agent")]
            return [(a, p) for a in agents for p in self.ctx.actors_for(verb.head, role)]
        subjects, passive_objects = self.subjects(verb)
        objects = passive_objects or self._event_agents(verb, trigger) or self.objects(verb, trigger, role)
        if not objects and trigger.relation in _INCISE and verb.dep_ == "parataxis":
            objects = self.subjects(verb.head)[0]  # "Pyongyang a tiré un missile, a dénoncé Séoul"
        if not objects and trigger.relation in _COMPLEMENT_TARGET:
            objects = self._complement_target(verb, subjects)
        if not subjects and not _has_dep(verb, ("nsubj", "nsubj:pass", "expl:subj")) and verb.dep_ == "ROOT":
            subjects = self._linear(verb, -1, role="agent")
        if not objects and verb.dep_ == "xcomp":  # "va livrer des chars à l'Ukraine" hung on "va"
            objects = [o for c in verb.head.children if c.dep_.startswith("obl") and case_of(c) in trigger.preps
                       for o in self.ctx.actors_for(c, role) if o not in subjects]
        times = self.lex.words["time_words"]
        complements = [c for c in verb.children if c.lemma_.lower() not in times]  # "est arrivé lundi en France"
        blocked = any(c.dep_ in ("iobj", "ccomp", "xcomp", "obl:arg") or (c.dep_ == "obj" and not trigger.cls)
                      for c in complements)
        if not objects and not trigger.inverse and not blocked:
            preps = trigger.preps if trigger.cls else None  # "livrer des chars à X": X after à
            objects = [o for o in self._linear(verb, 1, role=role, preps=preps) if o not in subjects]
        if trigger.inverse:
            suppliers = self._suppliers(verb, trigger)
            return [(s, r) for r in subjects for s in suppliers]
        if not objects and trigger.relation in SYMMETRIC:
            return _all_pairs(subjects)
        if not objects and _reflexive(verb) and len(subjects) > 1:  # "X et Y s'accusent": each the other
            return [(a, b) for a in subjects for b in subjects if a != b]
        return [(s, o) for s in subjects for o in objects]

    def _event_agents(self, verb: Token, trigger: Trigger) -> list[str]:
        """Who is condemned or praised for an event named by its object: "a dénoncé la vente par
        Washington de chasseurs à Taïwan" condemns Washington, not Taïwan."""
        if trigger.relation not in _INCISE:
            return []
        for child in verb.children:
            event = self.choose(child) if child.dep_ == "obj" and child.pos_ == "NOUN" else None
            if event is not None and event.relation not in _INCISE:
                return self._noun_agents(child)
        return []

    def subjects(self, verb: Token) -> tuple[list[str], list[str]]:
        """Return (agents, passive patients) of a verb, climbing to the verbs that control it."""
        token = verb
        for _ in range(4):
            agents, patients = self._own_subjects(token)
            if agents or patients:
                return agents, patients
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in self.lex.words["object_control"]:
                controllers = [r for c in token.head.children if c.dep_ in ("obj", "iobj")
                               or (c.dep_.startswith("obl") and case_of(c) == "à")
                               for r in self.ctx.actors_for(c, "agent")]
                if controllers:  # "a exhorté Pékin à ne pas armer la Russie": Pékin would arm
                    return controllers, []
            if token.dep_ in ("xcomp", "conj", "advcl") and token.head.i != token.i:
                token = token.head
            elif token.dep_ in ("acl:relcl", "acl") and token.head.i != token.i:
                found = self.ctx.actors_for(token.head, "agent")
                if found or token.head.dep_ != "obj":  # "ont affirmé leur volonté de fournir"
                    return found, []
                token = token.head.head
            else:
                break
        return [], []

    def _own_subjects(self, verb: Token) -> tuple[list[str], list[str]]:
        agents, patients = [], []
        misread = _misread_objects(verb)
        for child in verb.children:
            if child in misread:
                continue
            acting = child.dep_ in ("nsubj", "obl:agent") or (child.dep_.startswith("obl") and case_of(child) == "par")
            if acting or (child.dep_ == "nsubj:pass" and _active_with_etre(verb, self.lex)):  # "il est allé"
                agents.extend(self.ctx.actors_for(child, "agent"))
            elif child.dep_ == "nsubj:pass":
                patients.extend(self.ctx.actors_for(child, "patient"))
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if agents and subjects and verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") \
                and verb.head.i < verb.i and any(c.dep_ == "cc" and c.i < subjects[0].i for c in verb.children):
            # "Le gouvernement colombien et l'ELN ont repris": the parser hung the verb on the first subject
            agents = self.ctx.actors_for(verb.head, "agent") + agents
        return list(dict.fromkeys(agents)), patients

    def objects(self, head: Token, trigger: Trigger, role: str) -> list[str]:
        """Objects of a trigger: its direct object, or complements with the trigger's prepositions."""
        found = []
        misread = _misread_objects(head)
        times = self.lex.words["time_words"]
        for child in head.children:
            if child.lemma_.lower() in times:
                continue
            misparsed = child.dep_ == "xcomp" and child.pos_ == "PROPN"  # "a attaqué Israël" as a complement
            if (child.dep_ in ("obj", "iobj") or child in misread or misparsed) \
                    and (not trigger.preps or trigger.pos == "VERB"):
                if not trigger.cls or trigger.direct:  # "qualifier de provocation le déploiement de X"
                    found.extend(self.ctx.actors_for(child, role))
                found.extend(self._nested(child, trigger, role))
            elif child.dep_.startswith(("obl", "nmod")) and case_of(child) in trigger.preps:
                found.extend(self.ctx.actors_for(child, role))
            elif child.dep_.startswith("nmod") and trigger.pos == "NOUN":  # "livraisons d'armes ... à X"
                found.extend(self._nested(child, trigger, role))
        if found:  # "des sanctions contre dix entreprises, dont Lockheed Martin": those named too
            found.extend(r for t in [head, *head.children] for c in t.children if c.dep_ == "acl:relcl"
                         and any(g.lower_ == "dont" for g in c.children) for r in self.ctx.actors_for(c, role))
        return list(dict.fromkeys(found))

    def _nested(self, obj: Token, trigger: Trigger, role: str) -> list[str]:
        """A recipient the parser hung on the object: "livré des missiles à Taïwan",
        "une aide de 10 millions de dollars au Soudan"."""
        if not trigger.preps or trigger.relation == "visits":
            return []
        found = []
        for token in obj.subtree:
            if token.i != obj.i and token.dep_.startswith("nmod") and case_of(token) in trigger.preps \
                    and case_of(token) != "de":
                found.extend(self.ctx.actors_for(token, role))
        return found

    def _suppliers(self, verb: Token, trigger: Trigger) -> list[str]:
        named = self.objects(verb, Trigger(trigger.id, trigger.lemma, trigger.pos, trigger.relation,
                                           preps=("de", "auprès de", "par")), "patient")
        if named:
            return named
        recipients = tuple(self.subjects(verb)[0])
        other = self.ctx.antecedent(verb, exclude=recipients)
        return [other] if other else []

    # ------------------------------------------------------------------ noun arguments
    def noun_args(self, noun: Token, trigger: Trigger) -> list[tuple[str, str]]:
        if trigger.pair:
            pairs = self._pair(noun)
            if pairs and trigger.relation not in SYMMETRIC:  # "les affrontements entre X et Y": each way
                return pairs + [(b, a) for a, b in pairs]
            if pairs:
                return pairs
        if trigger.relation == "supports" and case_of(noun) in ("avec", "grâce à", "with"):
            return self._backing(noun)
        agents = self._noun_agents(noun)
        role = "place" if trigger.relation == "visits" else "patient"
        partners = self.objects(noun, trigger, role) or self._support_objects(noun, trigger, role) \
            or [r for c in noun.children if c.dep_ == "acl" for r in self.objects(c, trigger, role)]
        verb = self._support_verb(noun)
        doers = self.subjects(verb)[0] if verb is not None else []
        if doers and "de" in trigger.preps and trigger.relation not in SYMMETRIC and not set(doers) & set(agents):
            # "Poutine a ordonné l'invasion de l'Ukraine": the verb's subject acts, "de X" undergoes
            partners = list(dict.fromkeys(agents + partners))
            agents = doers
        if trigger.inverse:
            recipients = agents or self._adjacent_actor(noun)
            other = self.ctx.antecedent(noun, exclude=tuple(recipients))
            return [(other, r) for r in recipients if other]
        if not partners and trigger.cls and trigger.relation in ("suppliesMunitionsTo", "providesAidTo"):
            return self._acquisition(noun, agents)
        if not agents and trigger.relation in ("meets", "negotiatesWith", "visits"):
            agents = self._setting_parties(noun)
        if not partners and trigger.relation in SYMMETRIC:
            return _all_pairs(agents)
        return [(a, p) for a in agents for p in partners]

    def _backing(self, noun: Token) -> list[tuple[str, str]]:
        """"X a présenté le texte avec le soutien de Y": Y supports X."""
        backers = [r for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de"
                   for r in self.ctx.actors_for(c, "agent")]
        if backers:  # the rest of a list the parser did not coordinate
            first = min(c.i for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de")
            backers = list(dict.fromkeys(backers + self._listed_after(noun.doc[first])))
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        backed = self.subjects(verb)[0] if verb is not None else []
        return [(b, x) for b in backers for x in backed]

    def _noun_agents(self, noun: Token) -> list[str]:
        if noun.dep_ == "appos" and self.ctx.span_of(noun.head) is not None:
            return self.ctx.actors_for(noun.head, "agent")  # "la Turquie, un allié de l'État hébreu"
        for child in noun.children:
            if child.dep_ == "det" and child.lower_ in self.lex.words["possessives"]:
                return self._possessor(noun)
        found = []
        agent_preps = self.lex.words["agent_preps"]
        for child in noun.children:
            if child.dep_ == "amod" or (child.dep_ == "nmod" and case_of(child) in agent_preps):
                refs = self.ctx.actors_for(child, "agent")
                if not refs and child.dep_ == "nmod":  # "les livraisons d'armes de la France"
                    refs = [r for g in child.children if g.dep_ == "nmod" and case_of(g) in agent_preps
                            for r in self.ctx.actors_for(g, "agent")]
                found.extend(refs)
        if found:
            return found
        performed = self._performed_by(noun)
        if performed:
            return performed
        verb = self._support_verb(noun)
        return self.subjects(verb)[0] if verb is not None else self._enclosing_agent(noun)

    def _performed_by(self, noun: Token) -> list[str]:
        """The agent of a participle on the noun: "l'attaque menée par le Hamas"."""
        return [r for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"
                for g in c.children if g.dep_ == "obl:agent" or (g.dep_.startswith("obl") and case_of(g) == "par")
                for r in self.ctx.actors_for(g, "agent")]

    def _enclosing_agent(self, noun: Token) -> list[str]:
        """The agent named on a noun that holds this one: "l'approbation par Washington d'un
        paquet d'aide militaire", "le programme russe de livraisons"."""
        token = noun
        for _ in range(3):
            if not token.dep_.startswith("nmod") or case_of(token) != "de" or token.head.i == token.i:
                return []
            token = token.head
            for child in token.children:
                if (child.dep_ == "amod" and child.i != noun.i) or (
                        child.dep_.startswith(("nmod", "obl")) and case_of(child) == "par"):
                    refs = self.ctx.actors_for(child, "agent")
                    if refs:
                        return refs
        return []

    def _support_verb(self, noun: Token) -> Token | None:
        """The light verb a noun trigger is the object of, possibly through a noun:
        "a effectué une visite", "a annoncé l'ouverture de négociations"."""
        token = noun
        for _ in range(3):
            if token.head.lemma_.lower() in self.lex.words["time_words"] and token.head.head.i != token.head.i:
                verb = token.head.head  # "a annoncé mercredi des sanctions" parsed under "mercredi"
                return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.lex.words["support_verbs"] \
                    else None
            partitive = any(c.dep_ == "case" and c.lower_ in ("des", "du") for c in token.children)
            reached = token.dep_ == "obj" or (token.dep_.startswith("obl") and case_of(token) == "à") \
                or (token.dep_ == "obl:arg" and partitive)  # "mener des manoeuvres", parsed as a complement
            if reached and token.head.pos_ in ("VERB", "AUX"):  # "parvenir à un accord avec"
                verb = token.head
                return verb if verb.lemma_.lower() in self.lex.words["support_verbs"] else None
            if token.dep_ != "nmod" or case_of(token) != "de":
                return None
            token = token.head
        return None

    def _complement_target(self, verb: Token, subjects: list[str]) -> list[str]:
        """The target named inside the complement: "X a menacé de frapper l'Iran"."""
        for child in verb.children:
            if child.dep_ in ("xcomp", "ccomp", "advcl"):
                for token in child.subtree:
                    span = self.ctx.span_of(token)
                    ref = self.ctx.ref(span, "patient") if span is not None else None
                    if ref and ref not in subjects:
                        return [ref]
        return []

    def _linear(self, verb: Token, step: int, role: str, preps: tuple[str, ...] | None = None) -> list[str]:
        """When the parse gives a verb no subject (or object), the nearest actor on that side
        in the same clause: no other verb and no clause break in between; a place stands for
        no one but a place, and with ``preps`` only an actor introduced by one of them counts."""
        breaks = set(self.lex.words.get("clause_breaks", ()))
        i = verb.i + step
        doc = verb.doc
        while 0 <= i < len(doc) and abs(i - verb.i) <= 12:  # a sentence cut with no punctuation is no break
            token = verb.doc[i]
            quote = step > 0 and token.text in _QUOTES  # "a déploré un «coup dans le dos» australien"
            participle = token.dep_ in ("amod", "acl") and "Part" in token.morph.get("VerbForm")  # "accords séparés"
            if not quote and (token.lower_ in breaks or (token.is_punct and token.text != ",") or token.is_space
                              or (token.pos_ == "VERB" and not participle)):
                return []
            span = self.ctx.span_of(token)
            if span is not None:
                ref = self.ctx.ref(span, role)
                located = span.ref.startswith("Place:") \
                    and preposition_before(token.doc, span.start) in ("à", "en", "dans")
                if ref and role != "place" and (ref.startswith("Place:") or located):  # "reçu au Caire X"
                    i = (span.end if step > 0 else span.start - 1)
                    continue
                if preps is not None and preposition_before(token.doc, span.start) not in preps:
                    return []
                if not ref:
                    return []
                return list(dict.fromkeys([ref, *self.ctx.actors_for(token, role)]))  # "avec la Turquie et l'Onu"
            title = self.ctx.title_at(token) if role != "place" and preps is None else None
            if title is not None:  # "a reçu ... son homologue français Emmanuel Macron"
                ref = self.ctx.actor_for(token, role)
                if isinstance(ref, str):
                    return [ref]
            i += step
        return []

    def _possessor(self, noun: Token) -> list[str]:
        """Whose "sa visite" is: the subject of the clause it sits in ("Lors de sa rencontre avec
        Zelensky, le président Joe Biden a annoncé"), else the nearest actor before it."""
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            agents = self.subjects(verb)[0]
            if agents:
                return agents[:1]
        ref = self.ctx.antecedent(noun)
        return [ref] if ref else []

    def _support_objects(self, noun: Token, trigger: Trigger, role: str) -> list[str]:
        """Partners given to the verb a noun trigger is the object of: "imposer des sanctions à X"."""
        verb = self._support_verb(noun)
        return [r for r in self.objects(verb, trigger, role) if r] if verb is not None else []

    def _setting_parties(self, noun: Token) -> list[str]:
        """Who took part in a meeting named in an adjunct: "lors d'un sommet, X et Y ont eu un
        accrochage", "a déclaré X lors d'une rencontre avec Y", "en visite au Tchad, X a dit"."""
        if noun.dep_ not in ("obl", "obl:mod", "obl:arg", "nmod", "advcl"):
            return []
        case = case_of(noun)
        before = " ".join(t.lower_ for t in noun.doc[max(noun.i - 3, 0): noun.i])
        if case not in ("de", "en") and "lors" not in before and "au cours" not in before \
                and case not in self.ctx.lex.words["presupposing_preps"]:
            return []
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return self.subjects(verb)[0] if verb is not None else []

    def _pair(self, noun: Token) -> list[tuple[str, str]]:
        for child in noun.children:
            if child.dep_.startswith(("nmod", "obl")) and case_of(child) in ("entre", "between"):
                refs = self.ctx.actors_for(child, "agent")
                if len(refs) < 2:  # the parser lost the coordination: read "entre X et Y" in order
                    refs = list(dict.fromkeys(refs + self._listed_after(child)))
                if len(refs) >= 2:
                    return _all_pairs(refs)
        between = self._between_after(noun)  # "la coopération qui prévalait entre X et Y"
        if between is not None:
            refs = list(dict.fromkeys(self._listed_after(between)))
            if len(refs) >= 2:
                return _all_pairs(refs)
        follow = [self.ctx.span_of(t) for t in noun.doc[noun.i + 1: noun.i + 8]]
        refs = list(dict.fromkeys(s.ref for s in follow if s is not None and s.ref.startswith("Person:")))
        hyphen = any(t.text == "-" for t in noun.doc[noun.i + 1: noun.i + 8])
        return [(refs[0], refs[1])] if len(refs) >= 2 and hyphen else []

    def _between_after(self, noun: Token) -> Token | None:
        """The token after an "entre" that follows a noun closely, in its sentence, when the
        parser hung "entre X et Y" elsewhere."""
        for token in noun.doc[noun.i + 1: min(noun.i + 7, noun.sent.end - 1)]:
            if token.lower_ in ("entre", "between"):
                return token.nbor(1)
            if token.text in (".", ";", ":", "?", "!") or self.ctx.span_of(token) is not None:
                return None
        return None

    def _listed_after(self, first: Token) -> list[str]:
        """Actors listed from ``first`` on, joined by commas and "et": "entre X, Y et Z"."""
        refs = []
        for token in first.doc[first.i: min(first.i + 14, len(first.doc))]:
            if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text != ",") or token.is_space:
                break
            span = self.ctx.span_of(token)
            if span is not None and token.i == span.start:
                ref = self.ctx.ref(span, "agent")
                refs.extend([ref] if ref else [])
        return refs

    def _adjacent_actor(self, noun: Token) -> list[str]:
        """The actor just before a noun phrase in apposition: "la Russie, à la recherche de"."""
        for token in reversed(noun.doc[max(noun.sent.start, noun.i - 5): noun.i]):
            span = self.ctx.span_of(token)
            if span is not None:
                ref = self.ctx.ref(span, "agent")
                return [ref] if ref else []
            if token.pos_ not in ("ADP", "DET", "PUNCT"):
                return []
        return []

    def _acquisition(self, noun: Token, agents: list[str]) -> list[tuple[str, str]]:
        """A supply sought by its recipient: "X cherche à garantir l'envoi de munitions"."""
        token = noun
        while token.dep_ in ("obj", "xcomp") and token.head.i != token.i:
            token = token.head
            if token.lemma_.lower() in _ACQUIRE:
                recipients = self.subjects(token)[0]
                other = self.ctx.antecedent(token, exclude=tuple(recipients))
                return [(other, r) for r in recipients if other]
        return []


def _infinitives(participle: str) -> list[str]:
    """Infinitives a past participle may come from ("gelés" -> "geler", "vendu" -> "vendre").

    >>> _infinitives("gelées")
    ['geler']
    """
    word = participle.rstrip("s")
    word = word[:-1] if word.endswith(("ée", "ie", "ue")) else word
    if word.endswith("é"):
        return [word[:-1] + "er"]
    if word.endswith("i"):
        return [word + "r"]
    if word.endswith("u"):
        return [word[:-1] + "re", word + "re", word[:-1] + "oir"]
    return []


def _misread_objects(verb: Token) -> list[Token]:
    """Subjects the parser put after a verb that already has one before it: "La Corée du Nord
    menace le Japon" parsed with two subjects; the second is the object."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(c.i < verb.i for c in subjects):
        return []
    return [c for c in subjects if c.i > verb.i and not any(a.dep_ == "cc" for a in c.children)]


def _passive_modifier(verb: Token) -> bool:
    """A past participle with its agent, modifying a noun: "les forces soutenues par Washington"."""
    return verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and any(
        c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and case_of(c) == "par") for c in verb.children)


def _active_with_etre(verb: Token, lex) -> bool:
    """True for a verb conjugated with "être" that is not a passive: "il est allé", "elle s'est
    rendue" (the model often tags their subject as a passive one)."""
    return verb.lemma_.lower() in lex.words["etre_verbs"] or _reflexive(verb)


def place_of(ctx: DocContext, found: Found) -> str | None:
    """Where the event happens: a place after à / en / dans attached to the trigger or to the
    verbs above it ("une rencontre ... pourrait avoir lieu à Vladivostok")."""
    trigger = found.sentence.doc[found.trigger]
    clause = {t.i for t in governing_chain(trigger)}
    clause |= {c.i for i in list(clause) for c in found.sentence.doc[i].children if c.dep_ == "xcomp"}
    for token in found.sentence:
        span = ctx.span_of(token)
        if span is None or not span.ref.startswith(("Place:", "Country:")) or token.head.i not in clause:
            continue
        ref = ctx.ref(span, "place")
        if ref and ref not in (found.subject, found.object) and case_of(token) in ("à", "en", "dans", "in", "at"):
            return ref
    return None


def _has_dep(token: Token, deps: tuple[str, ...]) -> bool:
    return any(c.dep_ in deps for c in token.children)


def _all_pairs(refs: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(refs) for b in refs[i + 1:]]


def _reflexive(token: Token) -> bool:
    return any(c.lower_ in ("se", "s'", "s’", "me", "m'", "nous", "vous") for c in token.children)


def _types_fit(relation: str, subject: str, obj: str) -> bool:
    if relation == "visits":
        return obj.split(":")[0] in ("Country", "Place")
    if relation == "attacks":  # a town or a region can be the target of a strike
        return not subject.startswith("Place:")
    if relation in ("leaderOf", "officialOf"):
        return subject.startswith("Person:")
    return not subject.startswith("Place:") and not obj.startswith("Place:")


def _affiliation_modality(token: Token, rules: RelationRules) -> str:
    """Asserted, unless the title itself is denied ("n'est pas le président"): a president who
    does not travel is still the president."""
    return "negated" if is_negated(token, rules.lex) else "asserted"


def _lift_state_acts(found: list[Found], ctx: DocContext) -> list[Found]:
    """Arms, aid, sanctions and attacks are acts of states: a leader's act is his country's."""
    out = []
    for f in found:
        s, o = f.subject, f.object
        if f.predicate in _STATE_ACTS or (f.predicate in _STATE_PAIRS and "Country:" in (s[:8], o[:8])):
            s, o = ctx.leader_of.get(s, s), ctx.leader_of.get(o, o)
        if s != o:
            out.append(Found(s, f.predicate, o, f.modality, f.sentence, f.rule, f.trigger))
    return out


def _key(predicate: str, subject: str, obj: str, sentence: Span) -> tuple:
    """What makes two findings the same: relation, ends (in any order if symmetric), sentence."""
    ends = tuple(sorted((subject, obj))) if predicate in SYMMETRIC else (subject, obj)
    return predicate, ends, sentence.start


def _distinct(found: list[Found]) -> list[Found]:
    """One relation per sentence: a verb and its noun ("ont signé un accord") both fire."""
    seen = set()
    out = []
    for f in found:
        key = _key(f.predicate, f.subject, f.object, f.sentence)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def find_relations(doc: Doc, ctx: DocContext) -> list[Found]:
    """Return every relation the rules find in ``doc``."""
    return RelationRules(ctx).run()
