"""Relation rules: trigger words of the lexicon and the actors their syntax points to.

For a verb trigger the subject is its ``nsubj`` (climbing through ``pourrait rencontrer``,
relative clauses and coordinated verbs), the object its ``obj`` or a complement introduced by
one of the trigger's prepositions; a passive swaps them. For a noun trigger the agent comes
from a possessive (``sa visite``), a demonym (``les frappes russes``), a ``de``-complement
(``la visite de Poutine``) or the verb it is the object of (``X a imposé des sanctions``); the
partner from its prepositions, ``entre X et Y`` or a hyphenated pair (``le sommet Poutine-Kim``).
Symmetric relations also pair coordinated subjects (``X et Y ont signé un accord``). Noun
triggers are read by :mod:`kg.extract.nouns`, what lies beyond one trigger by
:mod:`kg.extract.discourse`, titles and memberships by :mod:`kg.extract.affiliations`; this
module holds the verbs and the document pass.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorSpan
from kg.extract.affiliations import AffiliationRules
from kg.extract.context import (
    CHANNEL_NOUNS,
    DocContext,
    agents_of,
    apposed,
    by_agent,
    case_of,
    clause_verb,
    misplaced_agent,
    passive_voice,
    preposition_before,
    with_avoir,
)
from kg.extract.discourse import DiscourseRules
from kg.extract.finding import Found, all_pairs, distinct, reflexive, types_fit
from kg.extract.lexicon import Trigger
from kg.extract.modality import governing_chain, modality_of
from kg.extract.nouns import NounArguments
from kg.ontology.namespace import SYMMETRIC

_STATE_ACTS = frozenset({"suppliesMunitionsTo", "providesAidTo", "imposesSanctionsOn", "attacks"})
_COMPLEMENT_TARGET = frozenset({"threatens"})
_INCISE = frozenset({"condemns", "supports"})
_QUOTES = frozenset({"«", "»", '"', "“", "”"})
_CLASS_ORDER = {"weapon": 0, "sanction": 1, "attack": 2, "threat": 3}
_STATE_PAIRS = frozenset({"signsAgreementWith", "cooperatesWith", "negotiatesWith"})
_AIMED_AT_PERSONS = frozenset({"imposesSanctionsOn", "attacks"})
_ADJUNCT_MARKS = frozenset({"avant", "après", "pour", "afin", "sans"})
_TIME_PREPS = frozenset({"après", "avant", "pendant", "depuis", "durant", "lors de", "malgré"})


class RelationRules(AffiliationRules, NounArguments, DiscourseRules):
    """Apply the lexicon's triggers and the title rules to one document."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.lex = ctx.lex
        self.found: list[Found] = []

    def run(self) -> list[Found]:
        """Return every relation found in the document, in text order."""
        sents = list(self.ctx.doc.sents)
        # Titles first, over the whole text: a later "le leader nord-coréen" and an earlier
        # one both resolve to the person the text names with that title.
        # Named holders first, so that an unnamed title ("le président colombien") resolves to
        # the person it refers back to only among those whose offices do not exclude it.
        found: list[Found] = [f for sent in sents for f in self.affiliations(sent, False)]
        found += [f for sent in sents for f in self.respective_titles(sent)]
        found += [f for sent in sents for f in self.sided_titles(sent)]
        found += [f for sent in sents for f in self.affiliations(sent, True)]
        found += [f for sent in sents for f in self.bare_leaders(sent)]
        self.found = found  # what is known so far: "cette frappe" is the strike already reported
        for sent in sents:
            for token in sent:
                found.extend(self.events(token))
                found.extend(self.blame_in_speech(token))
                found.extend(self.presence(token))
                found.extend(self.aroused_outrage(token))
                found.extend(self.withdrawals(token))
                found.extend(self.suspensions(token))
                found.extend(self.hosted_visit(token))
                found.extend(self.invitations(token))
                found.extend(self.in_presence(token))
                found.extend(self.thanked_help(token))
                found.extend(self.joint_acts(token))
                found.extend(self.mediation(token))
                found.extend(self.recalled_envoys(token))
            found.extend(self.headline_visit(sent))
            found.extend(self.listed_targets(sent))
            found.extend(self.memberships(sent))
            found.extend(self.led_bodies(sent))
        found = [f for f in found if not self._against_own_state(f) and not self._implausible(f)]
        led = {(f.subject, f.object) for f in found if f.predicate == "leaderOf"}
        found = [f for f in found if not (f.predicate == "officialOf" and (f.subject, f.object) in led)]  # one office
        found = distinct(_lift_state_acts(found, self.ctx))
        found += distinct(list(self.cooperation_agreements(found)))
        found += distinct(list(self.conditional_threats(found)))
        found += distinct(list(self.claimed_attacks(found)))
        found += distinct(list(self.visits_abroad(found)))
        return found + distinct(list(self.visited_countries(found)))

    def cooperation_agreements(self, found: list[Found]) -> Iterator[Found]:
        """Parties to an agreement of cooperation or partnership cooperate: "ont signé un
        accord-cadre de coopération en matière de sécurité"."""
        doc = self.ctx.doc
        for f in found:
            if f.predicate != "signsAgreementWith":
                continue
            after = doc[f.trigger + 1: min(f.trigger + 8, f.sentence.end)]
            if any(t.lemma_.lower() in self.lex.words["cooperation_nouns"] and t.i > 0
                   and doc[t.i - 1].lower_ in ("de", "d'", "d’") for t in after):
                yield Found(f.subject, "cooperatesWith", f.object, f.modality, f.sentence,
                            f"{self.lex.lang}-cooperatesWith-agreement", f.trigger)

    def conditional_threats(self, found: list[Found]) -> Iterator[Found]:
        """Sanctions or force held out on a condition, or that one is ready for, threaten their
        target: "l'UE s'est déclarée prête à prendre des sanctions contre la Russie", "envisageait
        d'imposer des sanctions à l'Iran si Téhéran ne coopère pas"."""
        for f in found:
            if f.predicate not in ("imposesSanctionsOn", "attacks") or f.modality == "negated":
                continue
            chain = governing_chain(self.ctx.doc[f.trigger], self.lex)
            ready = self._held_by(self.ctx.doc[f.trigger])  # also "se réserve le droit de", said plainly
            if f.modality == "asserted" and not ready:
                continue
            conditioned = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("si", "s'", "s’")
                                                        for m in c.children) for t in chain for c in t.children)
            if ready or conditioned:
                yield Found(f.subject, "threatens", f.object, "asserted", f.sentence,
                            f"{self.lex.lang}-threatens-conditional", f.trigger)

    def _implausible(self, found: Found) -> bool:
        """True for a visit by anyone but a person, and for a meeting between a state and a
        person: such pairs come from reading a demonym or a host state as a party ("la visite du
        ministre chinois", "les Pays-Bas, qui ont accueilli le président ukrainien"). A state that
        stands for an unnamed counterpart ("son homologue français"), or that summons an envoy, is kept."""
        kinds = {found.subject.split(":")[0], found.object.split(":")[0]}
        if found.predicate == "visits" and not found.subject.startswith("Person:"):
            # "la cheffe de la diplomatie allemande", "la délégation chinoise s'est rendue"
            return not self._office_of(found.subject, found.sentence) \
                and not self._delegation_of(found.subject, found.sentence)
        if found.predicate != "meets" or kinds != {"Country", "Person"}:
            return False
        if self.ctx.doc[found.trigger].lemma_.lower() in self.lex.words["summoning_verbs"]:
            return False  # "X a été convoqué au ministère malien": a state summons a person
        person = found.subject if found.subject.startswith("Person:") else found.object
        envoys = self.lex.words["envoy_nouns"]
        if any(key.split()[0] in envoys for key in self.ctx.title_keys.get(person, ())):
            return False  # "le ministère irakien a convoqué l'ambassadeur turc, Fatih Yildiz"
        return not self._office_of(found.subject if found.subject.startswith("Country:") else found.object,
                                   found.sentence, peer=True)

    def _delegation_of(self, actor: str, sentence: Span) -> bool:
        """True if the sentence names a delegation or a mission that the actor sent."""
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.words["delegation_nouns"]
                   and actor in self.ctx.actors_for(t, "agent") for t in sentence)

    def _office_of(self, state: str, sentence: Span, peer: bool = False) -> bool:
        """True if the sentence names an office of the state (a counterpart's, with ``peer``)
        that no name fills, so that the state stands for its holder."""
        for token in sentence:
            title = self.ctx.title_at(token) if token.pos_ == "NOUN" else None
            if title is not None and title.org == state and title.group == "Person" \
                    and (not peer or self.lex.titles[title.key][2] == "peer") \
                    and self.ctx.person_of_title(title, infer=False) is None:
                return True
        return False

    def _against_own_state(self, found: Found) -> bool:
        """An official does not condemn, threaten, attack or visit the state he serves: "a rappelé
        les « protestations fermes » de son pays" is no blame of that country."""
        hostile = found.predicate in ("condemns", "threatens", "attacks", "visits")  # nor "visits" it
        if not hostile or not found.subject.startswith("Person:"):
            return False
        home = self.ctx.state_of(found.subject)
        target = self.ctx.state_of(found.object) if found.predicate == "visits" else found.object
        return home is not None and home == target  # "un entretien Poutine-Ianoukovitch à Sotchi"

    # ------------------------------------------------------------------ events
    def events(self, token: Token) -> Iterator[Found]:
        trigger = self.choose(token)
        if trigger is None:
            return
        if trigger.pos == "VERB" and (self._aims_named_act(token) or self._exchanges_act(token)):
            return
        if trigger.pos == "ADJ":
            pairs = self.adjective_args(token, trigger)
        else:
            pairs = self.verb_args(token, trigger) if trigger.pos == "VERB" else self.noun_args(token, trigger)
        relation, modality = trigger.relation, modality_of(token, self.lex)
        if relation == "cooperatesWith" and modality != "speculative" \
                and self.lex.modality.get("governor", {}).get(token.lemma_.lower()) == "negated":
            modality = "negated"  # "a décidé de rompre ses relations avec Taïwan": ties that end
        if relation == "signsAgreementWith" and trigger.pos == "VERB" \
                and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children):
            return  # "sont convenus de resserrer leurs liens": agreed to act, no agreement signed
        if trigger.held_out:  # "prendra des mesures contre X" threatens X; "a pris des mesures" is done
            modality = self._held_out(token, modality)
            if modality is None:
                return
        vow = self._vow(token) if relation == "attacks" else None
        if vow is not None:  # "a promis de riposter contre X": a threat, as certain as the promise
            relation, modality = "threatens", modality_of(vow, self.lex)
        givers = self._givers(token) if relation == "supports" else set()
        for subject, obj in pairs:
            if subject != obj and types_fit(relation, subject, obj) \
                    and not self.ctx.same_side(subject, (obj,)) and subject not in givers:
                yield Found(subject, relation, obj, modality, token.sent, trigger.id, token.i)

    def _held_out(self, token: Token, modality: str) -> str | None:
        """How certain a threat is that holds an act out: as certain as a promise, a readiness or
        an announcement of it ("a promis des mesures", "se réserve le droit de prendre des mesures",
        "prendrait des mesures"); None for an act done or denied."""
        if modality != "negated" and self._held_by(token, self.lex.words["vow_verbs"]):
            return "asserted"
        return {"planned": "asserted", "speculative": "speculative"}.get(modality)

    def _held_by(self, token: Token, words: list[str] = ()) -> bool:
        """True if an act is held out by a word of readiness or intention above it, or by one of
        ``words``: "prête à prendre des sanctions", "se réserve le droit de prendre des mesures",
        "a annoncé son intention de prendre des mesures" (however the parser hung the infinitive)."""
        planned = {w for w, m in self.lex.modality.get("governor", {}).items() if m == "planned"}
        above = [*governing_chain(token, self.lex)[1:], *list(token.ancestors)[:4]]
        above += [c for t in above if t.pos_ in ("VERB", "AUX") for c in t.children if c.dep_ == "obj"]
        held = set(self.lex.words["readiness_words"]) | set(words)
        return any(t.lemma_.lower() in held or (t.pos_ == "NOUN" and t.lemma_.lower() in planned) for t in above)

    def adjective_args(self, adjective: Token, trigger: Trigger) -> list[tuple[str, str]]:
        """Who an adjective puts against whom: "Moscou est hostile à", and with a verb other than
        "être", the verb's subject and the adjective's complement ("reste opposé à l'adhésion de
        la Turquie", "s'est montré sévère à l'égard de la Russie", however parsed)."""
        predicate = _predicate_of(adjective)
        if predicate is adjective:
            return self.verb_args(adjective, trigger)
        subjects = self.subjects(predicate)[0]
        objects = self.objects(adjective, trigger, "patient") or (  # "a fourni X, mais reste opposé à": not X
            self.objects(predicate, trigger, "patient") if adjective.dep_ != "conj" else [])
        return [(s, o) for s in subjects for o in objects if o not in subjects]

    def aided(self, head: Token, role: str) -> list[str]:
        """The recipient of aid named in the aim it is given for: "a alloué 250 millions d'euros
        pour soutenir la Moldavie"."""
        for child in head.children:
            if child.dep_ in ("advcl", "acl") and _states_aim(child) \
                    and child.lemma_.lower() in self.lex.words["helping_verbs"]:
                return [r for g in child.children if g.dep_ == "obj" for r in self.ctx.actors_for(g, role)]
        return []

    def _givers(self, verb: Token) -> set[str]:
        """Who gives aid or arms in the clause that "pour soutenir" states the aim of: "a alloué 250
        millions d'euros pour soutenir la Moldavie" is aid, not a second relation of support."""
        if not _states_aim(verb) or verb.dep_ not in ("advcl", "acl", "xcomp"):
            return set()
        return {f.subject for f in self.found if f.sentence.start == verb.sent.start and f.trigger < verb.i
                and f.predicate in ("providesAidTo", "suppliesMunitionsTo")}

    def _exchanges_act(self, verb: Token) -> bool:
        """True for "échanger" with an act as its object ("ont échangé des tirs"): the noun's own
        trigger reads it, and it is no meeting."""
        if verb.lemma_.lower() not in self.lex.words["reciprocal_verbs"]:
            return False
        return any(c.dep_ in ("obj", "obl:arg") and c.pos_ == "NOUN" and self.choose(c) is not None
                   for c in verb.children)

    def _aims_named_act(self, verb: Token) -> bool:
        """True for "visant" in "des sanctions visant X": the noun's own trigger reads it."""
        if verb.lemma_.lower() not in self.lex.words["aiming_verbs"]:
            return False
        nouns = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubj" or by_agent(c)]
        return any(n.pos_ == "NOUN" and self.choose(n) is not None for n in nouns)  # "visés par des sanctions"

    def _vow(self, verb: Token) -> Token | None:
        """The verb of promising an attack hangs on: "a juré de se venger", "s'est engagé à frapper",
        "a promis des représailles"."""
        head = verb.head
        deps = ("obj",) if verb.pos_ == "NOUN" else ("xcomp", "ccomp", "advcl")  # "a promis une riposte"
        if verb.dep_ in deps and head.lemma_.lower() in self.lex.words["vow_verbs"] \
                and (head.lemma_.lower() != "engager" or reflexive(head)):
            return head
        return None

    def choose(self, token: Token) -> Trigger | None:
        """The trigger entry for a token: a class-restricted one if its object fits, else the plain one."""
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else token.pos_
        lemma = token.lemma_.lower()
        entries = self.lex.triggers.get((lemma, pos)) or self.lex.triggers.get((lemma.replace("oe", "œ"), pos), [])
        # "menaçant de quitter l'ONU", tagged as an adjective
        verbal = any(c.dep_.startswith(("aux", "nsubj")) for c in token.children) or (
            token.pos_ == "ADJ" and token.lower_.endswith("ant")
            and any(c.dep_ in ("xcomp", "obj") for c in token.children))
        if not entries and pos != "VERB" and verbal:
            pos = "VERB"  # "a gelé les avoirs", "le Canada sanctionne": verbs the tagger took for nouns
            entries = next((self.lex.triggers[(inf, pos)] for inf in infinitives(token.lower_)
                            if (inf, pos) in self.lex.triggers), [])
        if pos == "VERB" and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children) \
                and any(e.relation == "visits" for e in entries):
            return None  # "va livrer", "vient de signer": aller and venir as auxiliaries
        plain = None
        classed = []
        for entry in entries:
            if (entry.reflexive and not reflexive(token)) or (entry.passive and not passive_voice(token)):
                continue
            if entry.cls is None:
                plain = plain or entry
            elif self._has_class(token, entry.cls, infinitives=not entry.inverse):
                classed.append(entry)
        # "envoyé des équipes de secours à bord d'avions militaires": what is sent says what it is
        sent = [e for e in classed if self._object_class(token, e.cls)]
        classed = sent if len(sent) < len(classed) and sent else classed
        # "fournir une aide militaire" has words of both classes: the weapons say what it is
        chosen = min(classed, key=lambda e: _CLASS_ORDER.get(e.cls, len(_CLASS_ORDER))) if classed else plain
        if chosen is not None and chosen.relation == "attacks" and pos == "NOUN" and self._figurative(token):
            return None  # "la guerre commerciale qui l'oppose à la Russie"
        if chosen is not None and chosen.relation == "meets" and chosen.cls is None and pos == "VERB" \
                and not reflexive(token) and any(self.lex.word_in_class(c, cls) for c in token.children
                                                 if c.dep_ == "obj" for cls in ("backing", "aid", "weapon")):
            return None  # "a reçu le soutien de la Slovaquie": support received, no visitor
        return chosen

    def _object_class(self, token: Token, cls: str) -> bool:
        """True if a word of the class is in the direct object of a verb, outside its complements
        of means or place ("à bord d'avions militaires")."""
        stack = [c for c in token.children if c.dep_ == "obj"]
        while stack:
            t = stack.pop()
            if self.lex.word_in_class(t, cls):
                return True
            stack.extend(c for c in t.children if c.pos_ != "VERB" and case_of(c) in ("", "de"))
        return False

    def _has_class(self, token: Token, cls: str, infinitives: bool = True) -> bool:
        """True if a word of the class is in the trigger's complements; for a recipient's verb
        ("réclamer des armes") not inside an infinitive ("demander à X d'arrêter ses livraisons")."""
        deps = ("obj", "nmod", "obl", "amod", "nsubj:pass", "xcomp") if infinitives else ("obj", "nmod", "obl")
        words = [t for c in token.children if c.dep_.startswith(deps)
                 and case_of(c) not in _TIME_PREPS for t in c.subtree]  # not "après un accord militaire"
        if token.pos_ == "NOUN":
            words.append(token)
        return any(self.lex.word_in_class(t, cls) and not (cls == "attack" and self._figurative(t)) for t in words)

    def _figurative(self, noun: Token) -> bool:
        """True for a noun of war or attack used as a figure: "la guerre commerciale", "une
        offensive diplomatique"."""
        return any(c.dep_ == "amod" and c.lemma_.lower() in self.lex.words["figurative_adjectives"]
                   for c in noun.children)

    # ------------------------------------------------------------------ verb arguments
    def verb_args(self, verb: Token, trigger: Trigger) -> list[tuple[str, str]]:
        role = "place" if trigger.relation == "visits" else "patient"
        doc = verb.doc
        if "Part" in verb.morph.get("VerbForm") and not agents_of(verb) and verb.i + 1 < len(doc) \
                and doc[verb.i + 1].lower_ == "par" and not _has_dep(verb, ("aux", "aux:tense", "aux:pass")):
            # "Abou Dhabi ciblé par une attaque de drones houthis", however parsed: by whom, and whom
            return [(a, p) for a in self._linear(verb, 1, role="agent") for p in self._linear(verb, -1, role=role)]
        if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
                and not agents_of(verb) and not _has_dep(verb, ("obj", "aux", "aux:tense", "aux:pass")) \
                and not trigger.reflexive and trigger.relation not in SYMMETRIC \
                and self.ctx.span_of(verb.head) is not None:
            return []  # "Kiev bombardée lors de la visite de X": Kiev undergoes it, by someone unnamed
        if _passive_modifier(verb):  # "M. Mitsotakis, reçu par Emmanuel Macron"
            agents = [r for c in agents_of(verb) for r in self.ctx.actors_for(c, "agent")]
            if verb.dep_ != "advcl":
                patients = self.ctx.actors_for(verb.head, role)
                if not patients and verb.head.pos_ == "NOUN" and not verb.head.dep_.startswith("nmod") \
                        and verb.head.lemma_.lower() not in self.lex.words["kin_nouns"]:  # not "X, le frère de Y, tué"
                    # "le Hezbollah, mouvement soutenu par l'Iran"
                    patients = self._named_before_comma(verb.head)
            elif verb.i < verb.head.i:
                patients = self.subjects(verb.head)[0]
            else:  # "venger la mort du général Soleimani, tué par X": the name before the comma
                patients = self._before_comma(verb, role)
            if not patients and trigger.relation in SYMMETRIC and len(agents) > 1:
                return all_pairs(agents)  # "la lettre d'intention signée par X et son homologue Y"
            return [(a, p) for a in agents for p in patients]
        subjects, passive_objects = self.subjects(verb)
        if not subjects and passive_objects and verb.lemma_.lower() in self.lex.words["summoning_verbs"]:
            subjects = self._summoned_at(verb)  # "était convoqué au ministère malien des Affaires étrangères"
        event, agents = self._event_agents(verb, trigger)
        if event is not None and not agents:  # "a condamné l'attaque contre l'ambassade": whose, unsaid
            return []
        parties = [] if subjects else self._between(verb, trigger)
        if parties:  # "un accord a été conclu entre X et Y"
            return all_pairs(parties)
        objects = agents or passive_objects or self.objects(verb, trigger, role) \
            or self._relative_object(verb, trigger, role)
        if not objects and trigger.relation in _INCISE and verb.dep_ == "parataxis":
            objects = self.subjects(verb.head)[0]  # "Pyongyang a tiré un missile, a dénoncé Séoul"
        if not objects and trigger.relation in _INCISE and _participle_on_object(verb):
            # "a rompu avec le Qatar, l'accusant de", "avec l'Iran, accusé d'avoir": the one before the comma
            objects = [o for o in self._before_comma(verb, role) if o not in subjects]
        if not objects and trigger.relation == "condemns" and verb.dep_ in ("advcl", "xcomp", "acl"):
            summoner, objects = self._envoy_protest(verb)  # "a convoqué l'ambassadeur du Rwanda, dénonçant"
            subjects = summoner or subjects
        if not objects and trigger.relation in _COMPLEMENT_TARGET:
            objects = self._complement_target(verb, subjects)
        if not objects and trigger.relation in ("providesAidTo", "suppliesMunitionsTo"):
            objects = self.aided(verb, role)
        if not subjects and not _has_dep(verb, ("nsubj", "nsubj:pass", "expl:subj")) and verb.dep_ == "ROOT":
            subjects = self._linear(verb, -1, role="agent")
            if trigger.relation == "visits" and not any(s.startswith("Person:") for s in subjects):
                # "William Burns, le numéro deux de la diplomatie américaine, est attendu à Kiev": the person
                # the apposition describes, not the state it names
                first = next((s for s in self.ctx.spans if verb.sent.start <= s.start < verb.i), None)
                if first is not None and first.ref.startswith("Person:") and verb.doc[first.end].text == ",":
                    subjects = [first.ref]
        listed = self._list_before(verb) if not passive_objects else []
        if set(subjects) < set(listed):  # "Ankara, Stockholm et Helsinki ont signé", parsed around Ankara
            subjects = listed
        if not objects and verb.dep_ == "xcomp":  # "va livrer des chars à l'Ukraine" hung on "va"
            objects = [o for c in verb.head.children if c.dep_.startswith("obl") and case_of(c) in trigger.preps
                       for o in self.ctx.actors_for(c, role) if o not in subjects]
        times = self.lex.words["time_words"]
        places = [c for c in verb.children if self.ctx.span_of(c) is not None
                  and self.ctx.span_of(c).ref.startswith("Place:") and case_of(c) in ("à", "en", "dans")]
        complements = [c for c in verb.children if c.lemma_.lower() not in times  # "est arrivé lundi en France"
                       and c not in places]  # "recevait au Caire son homologue", however parsed
        blocked = any(c.dep_ in ("iobj", "ccomp", "xcomp", "obl:arg") or (c.dep_ == "obj" and not trigger.cls)
                      or c.lemma_.lower() in CHANNEL_NOUNS for c in complements)  # "a riposté par la voix de X"
        if not objects and not trigger.inverse and not blocked:
            preps = trigger.preps if trigger.cls else None  # "livrer des chars à X": X after à
            objects = [o for o in self._linear(verb, 1, role=role, preps=preps) if o not in subjects]
        if trigger.inverse:
            suppliers = self._suppliers(verb, trigger)
            return [(s, r) for r in subjects for s in suppliers]
        if not objects and trigger.relation in SYMMETRIC:
            return all_pairs(subjects)
        if not objects and reflexive(verb) and not trigger.reflexive and len(subjects) > 1:
            # "X et Y s'accusent": each the other; not "X et Y s'indignent", pronominal in itself
            return [(a, b) for a in subjects for b in subjects if a != b]
        if not objects and trigger.relation == "providesAidTo":
            objects = self.aid_recipient_before(verb, subjects)
        if len(subjects) > 1 and trigger.relation not in SYMMETRIC:  # "Quinze pays, dont le Canada et la
            # France, ont condamné la Russie": none of them is the object
            objects = [o for o in objects if o not in subjects]
        return [(s, o) for s in subjects for o in objects]

    def _envoy_protest(self, verb: Token) -> tuple[list[str], list[str]]:
        """Who protests, and against which state, when the clause above summons an envoy: the
        one who summons, against the envoy's state (the participle may hang on the envoy)."""
        envoy_nouns = self.lex.words["envoy_nouns"]
        on_envoy = verb.dep_ == "acl" and verb.head.lemma_.lower() in envoy_nouns
        summons = verb.head.head if on_envoy else verb.head
        if summons.lemma_.lower() not in self.lex.words["summoning_verbs"]:
            return [], []
        envoys = [verb.head] if on_envoy else [c for c in summons.children if c.dep_ in ("obj", "nsubj:pass")
                                               and c.lemma_.lower() in envoy_nouns]
        states = [t.org for c in envoys for t in [self.ctx.title_at(c)]
                  if t is not None and t.org and t.org.startswith("Country:")]
        summoner = self.subjects(summons)[0] if on_envoy else []
        return summoner, list(dict.fromkeys(states))[:1]

    def _summoned_at(self, verb: Token) -> list[str]:
        """The state whose ministry or capital an envoy is summoned to."""
        places = [c for c in verb.children if c.dep_.startswith("obl") and case_of(c) in ("à", "au", "aux")]
        found = [self.ctx.ref(span, "agent") for c in places for t in c.subtree
                 for span in [self.ctx.span_of(t)] if span is not None and t.i == span.start]
        states = list(dict.fromkeys(r for r in found if r and r.startswith("Country:")))
        return states[:1]

    def _before_comma(self, verb: Token, role: str) -> list[str]:
        """The actor named right before the comma that opens ``verb``'s clause."""
        start = verb.left_edge.i
        if start < 2 or verb.doc[start - 1].text != ",":
            return []
        span = self.ctx.span_of(verb.doc[start - 2])
        return [self.ctx.ref(span, role)] if span is not None and self.ctx.ref(span, role) else []

    def _relative_object(self, verb: Token, trigger: Trigger, role: str) -> list[str]:
        """The object of a relative clause the parser read as a complement clause: in "cette
        frappe, que le Pakistan condamne", the frappe (or, for a verb of blame, its author)."""
        antecedent = _relative_antecedent(verb, self.lex.words["time_words"])
        if antecedent is None or (trigger.cls and not trigger.direct):
            return []  # "le PKK, qu'elle considère comme terroriste"; not "les armes, que X livre"
        event = self.choose(antecedent) if antecedent.pos_ == "NOUN" else None
        if trigger.relation in _INCISE and event is not None and event.relation not in _INCISE:
            return self._noun_agents(antecedent)
        return self.ctx.actors_for(antecedent, role)

    def _event_agents(self, verb: Token, trigger: Trigger) -> tuple[Token | None, list[str]]:
        """The event a verb of blame or praise names as its object, and who is condemned or
        praised for it: "a dénoncé la vente par Washington de chasseurs à Taïwan" condemns
        Washington, not Taïwan."""
        if trigger.relation not in _INCISE or (trigger.cls and not trigger.direct):
            return None, []  # "attribue cet attentat à X": the one named after the preposition
        if any(c.dep_ == "obj" and self.ctx.span_of(_antecedent_of(c)) is not None for c in verb.children):
            return None, []  # "a accusé Israël d'être derrière l'attaque", "l'Ukraine, qu'il a accusée de"
        for child in verb.children:  # "a condamné la frappe", "la frappe a été condamnée"
            undergoes = child.dep_ == "obj" or (child.dep_ == "nsubj:pass" and not _active(verb, self.lex))
            event = self.choose(child) if undergoes and child.pos_ == "NOUN" else None
            if event is None and undergoes and child.lemma_.lower() in self.lex.words["act_nouns"]:
                authors = self._acted_before(child)  # "L'Iran a dénoncé cette opération"
                if authors:
                    return child, authors
            if event is not None and event.relation != trigger.relation:  # "condamne le soutien du Rwanda"
                authors = self._agent_by_par(child, self._noun_agents(child))[0]  # "l'invasion de X par Y"
                if not authors and event.relation in SYMMETRIC:  # "a dénoncé la signature de ces accords"
                    parties = self._reported_before(child, judged=True)
                    return child, [] if set(parties) & set(self.subjects(verb)[0]) else parties  # not its own
                return child, authors or self._reported_before(child, judged=True)
            bare = child.dep_ == "obl:mod" and not case_of(child) and child.i > verb.i  # an object read as adjunct
            against = child.dep_.startswith("obl") and case_of(child) in trigger.preps and child.i > verb.i \
                and self.ctx.span_of(child) is None  # "a protesté contre la détention d'un bateau par le Japon"
            if (child.dep_ == "obj" or bare or against) and child.pos_ == "NOUN":  # "a dénoncé la violation de X par Y"
                authors = [r for c in verb.children if c.i > child.i and misplaced_agent(c)
                           for r in self.ctx.actors_for(c, "agent")]
                authors += [r for c in verb.children if c.dep_ == "advcl" and c.i > child.i  # "« un coup de
                            and "Part" in c.morph.get("VerbForm") and not _has_dep(c, ("nsubj", "nsubj:pass"))
                            for g in agents_of(c) for r in self.ctx.actors_for(g, "agent")]  # poignard » porté par X"
                authors += [r for t in child.subtree if _in_phrase(t, child) and (
                                (t.dep_ == "nmod" and case_of(t) == "par")  # "le refus de toute concession par X"
                                or (t.dep_ == "obl:agent" and t.head.pos_ == "ADJ"))  # "d'un chalutier chinois par X"
                            for r in self.ctx.actors_for(t, "agent")]
                authors += [r for c in child.children if c.dep_ == "acl" and "Part" in c.morph.get("VerbForm")
                            for g in agents_of(c)  # "les initiatives menées par X"
                            for r in self.ctx.actors_for(g, "agent")]
                if authors:
                    return child, authors
        return None, []

    def _between(self, verb: Token, trigger: Trigger) -> list[str]:
        """The parties of "un accord a été conclu entre X et Y": each the other's partner."""
        if trigger.relation not in SYMMETRIC:
            return []
        for child in verb.children:
            if child.dep_.startswith("obl") and case_of(child) in ("entre", "between"):
                refs = self.ctx.actors_for(child, "agent")
                return refs if len(refs) > 1 else []
        return []

    def subjects(self, verb: Token) -> tuple[list[str], list[str]]:
        """Return (agents, passive patients) of a verb, climbing to the verbs that control it."""
        token = verb
        for _ in range(4):
            agents, patients = self._own_subjects(token)
            if token is verb and agents and not patients and passive_voice(verb) and verb.dep_ in ("advcl", "xcomp") \
                    and "Fin" not in verb.morph.get("VerbForm") and not _has_dep(verb, ("nsubj:pass",)):
                # "X a parlé après avoir été reçu par Y": X undergoes it
                return agents, self.subjects(verb.head)[0]
            if patients and not agents and token is not verb and verb.dep_ == "conj" and not passive_voice(verb):
                return patients, []  # "le gouvernement est inquiet et met en garde la Russie": one subject, acting
            if agents or patients:
                return agents, patients
            if any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN") for c in token.children):
                return [], []  # "les tremblements de terre ont frappé": a subject of its own, no actor
            adjunct = any(c.dep_ in ("mark", "case") and c.lower_ in _ADJUNCT_MARKS for c in token.children)
            controlled = token.dep_ == "xcomp" or (token.dep_ == "advcl" and not adjunct)  # not "avant d'annoncer"
            if controlled and _verb_lemma(token.head) in self.lex.words["object_control"]:
                passive = [c for c in token.head.children if c.dep_ == "nsubj:pass"]  # "X a été accusé de"
                controllers = [r for c in (passive or [c for c in token.head.children if c.dep_ in ("obj", "iobj")
                                                       or (c.dep_.startswith("obl") and case_of(c) == "à")])
                               for r in self.ctx.actors_for(c, "agent")]
                if controllers:  # "a exhorté Pékin à ne pas armer la Russie": Pékin would arm
                    return controllers, []
            if token.lemma_.lower() in self.lex.words["etre_verbs"] and token.i > 0 \
                    and token.doc[token.i - 1].text == "," and not agents_of(token):
                if token.dep_ in ("conj", "appos", "acl") and token.head.pos_ in ("NOUN", "PROPN"):
                    return self.ctx.actors_for(token.head, "agent"), []  # "le Kremlin, allié de Minsk"
                if token.dep_ == "advcl" and "Part" in token.morph.get("VerbForm"):
                    before = self._before_comma(token, "agent")  # "la réaction de la Russie, alliée de Caracas"
                    if before:
                        return before, []
            if token.dep_ in ("xcomp", "conj", "advcl") and token.head.i != token.i:
                token = token.head
            elif _present_adjunct(token) and any(a.pos_ in ("VERB", "AUX") for a in token.ancestors):
                # "X a multiplié les insultes, menaçant de": X threatens
                token = clause_verb(token)
            elif token.dep_ == "acl" and "Inf" in token.morph.get("VerbForm") \
                    and any(c.dep_ == "mark" and c.lower_ in _ADJUNCT_MARKS for c in token.children) \
                    and any(a.pos_ in ("VERB", "AUX") for a in token.ancestors):
                # "saisirait les Nations unies pour protester": an aim, hung on the object by the parser
                token = clause_verb(token)
            elif token.dep_ in ("acl:relcl", "acl") and token.head.i != token.i:
                if token.dep_ == "acl" and any(c.dep_ == "cop" for c in token.head.children):
                    # "M. Singh est le premier chef de gouvernement à se rendre au Bangladesh": Singh
                    predicated = [r for c in token.head.children if c.dep_ == "nsubj"
                                  for r in self.ctx.actors_for(c, "agent")]
                    if predicated:
                        return predicated, []
                found = self.ctx.actors_for(token.head, "agent")
                owner = self.ctx.possessor(token.head) if "Inf" in token.morph.get("VerbForm") \
                    and token.head.dep_ != "obj" and not _is_plural_possessed(token.head) else None
                if not found and owner:  # "a informé Moscou de son intention de se rendre en Russie"
                    return [owner], []
                # "ont affirmé leur volonté de fournir", "a adopté une résolution renforçant": the
                # subject's; "bloquent un texte soutenant": the text's, no one's here
                authored = "Inf" in token.morph.get("VerbForm") \
                    or token.head.head.lemma_.lower() in self.lex.words["authoring_verbs"]
                if found or token.head.dep_ != "obj" or not authored:
                    return found, []
                token = token.head.head
            else:
                break
        return [], []

    def _own_subjects(self, verb: Token) -> tuple[list[str], list[str]]:
        agents, patients = [], []
        misread = _misread_objects(verb)
        passives = [c for c in verb.children if c.dep_ == "nsubj:pass" and c.i < verb.i]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        times = self.lex.words["time_words"]
        stranded = [g for c in verb.children if c.lemma_.lower() in times and c.i > verb.i
                    for g in c.children if g.dep_ == "obl:agent"]  # "bombardée lundi par les Israéliens"
        for child in [*verb.children, *stranded]:
            if child in misread or (child.dep_ == "nsubj:pass" and len(passives) > 1 and child != passives[-1]):
                continue  # two passive subjects: the parser took a list before it ("selon X, Y") for one
            if child.dep_ == "nsubj" and len(subjects) > 1 and _topic_label(child):
                continue  # "Somalie : les shebab menacent": the headline's topic, not a subject
            if child.dep_.startswith("obl") and child.lemma_.lower() in CHANNEL_NOUNS:
                continue  # "L'Allemagne a annoncé ... par la voix de sa ministre": the state acts
            personal = child.dep_ == "expl:subj" and child.lower_ in ("il", "elle") \
                and verb.lemma_.lower() not in self.lex.words["impersonal_verbs"]  # "qu'il se rendrait"
            acting = child.dep_ in ("nsubj", "obl:agent") or personal \
                or (child.dep_.startswith("obl") and case_of(child) == "par" and not misplaced_agent(child))
            if acting or (child.dep_ == "nsubj:pass" and _active(verb, self.lex)):  # "il est allé"
                agents.extend(self.ctx.actors_for(child, "agent"))
            elif child.dep_ == "nsubj:pass":
                patients.extend(self.ctx.actors_for(child, "patient"))
        if not agents and passive_voice(verb):  # "accusée d'ingérence par le gouvernement", "par" hung on the noun
            agents = [r for c in verb.children if c.dep_.startswith("obl") for g in c.children
                      if g.dep_ == "nmod" and case_of(g) == "par" for r in self.ctx.actors_for(g, "agent")]
        if len(subjects) == 2 and apposed(*subjects):
            # "Le conseiller de M. Obama, le général James Jones, a parlé": one subject, parsed as two
            named = [c for c in subjects if any(self.ctx.span_of(t) is not None
                                                and self.ctx.span_of(t).ref.startswith("Person:")
                                                for t in (c, *(a for a in c.children if a.dep_ == "appos")))]
            if len(named) == 1:
                agents = self.ctx.actors_for(named[0], "agent")
        if not agents and not subjects:  # "Paris et Berlin veulent": a subject left unattached ("dep")
            agents = [r for c in verb.children if c.dep_ == "dep" and c.i < verb.i
                      for r in self.ctx.actors_for(c, "agent")]
        if not agents and not subjects:  # "Kiev a d'abord accusé": the subject hung on an adverb before the verb
            agents = [r for c in verb.children if c.dep_ in ("advmod", "aux:tense") and c.i < verb.i
                      for g in c.children if g.dep_ == "nsubj" for r in self.ctx.actors_for(g, "agent")]
        if not agents and not subjects and self._inverted_speaker(verb):
            # "« L'Iran subira les conséquences », a réagi l'armée israélienne": the speaker read as object
            agents = [r for c in verb.children if c.dep_ in ("obj", "dep") and c.i > verb.i
                      for r in self.ctx.actors_for(c, "agent")]
        if not agents and not subjects:  # "Quinze pays, dont le Canada et la France, ont condamné": the subject
            # read as a bare adjunct before the verb
            agents = [r for c in verb.children if c.dep_ == "obl:mod" and c.i < verb.i and not case_of(c)
                      and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in times
                      for r in self.ctx.actors_for(c, "agent")]
        if not agents and not subjects and verb.lemma_.lower() not in self.lex.modality.get("reporting", {}):
            # "La Serbie entretient des relations avec X, n'a jamais imposé de sanctions"
            agents = [r for c in verb.children if c.dep_ in ("advcl", "parataxis") and c.i < verb.i
                      and "Fin" in c.morph.get("VerbForm") and not any(m.dep_ == "mark" for m in c.children)
                      and c.right_edge.i + 1 < verb.i and verb.doc[c.right_edge.i + 1].text == ","
                      for g in c.children if g.dep_ == "nsubj" for r in self.ctx.actors_for(g, "agent")]
        if agents and subjects and verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") \
                and verb.head.i < verb.i and any(c.dep_ == "cc" and c.i < subjects[0].i for c in verb.children):
            # "Le gouvernement colombien et l'ELN ont repris": the parser hung the verb on the first subject
            agents = self.ctx.actors_for(verb.head, "agent") + agents
        return list(dict.fromkeys(agents)), patients

    def _inverted_speaker(self, verb: Token) -> bool:
        """True for a reporting verb (or a main verb) that follows what was said and a comma, with
        nothing said after it: its noun after it is the speaker."""
        if verb.lemma_.lower() not in self.lex.modality.get("reporting", {}) and verb.dep_ != "ROOT":
            return False  # "..., s'est félicitée Kristalina Georgieva" too
        first = verb  # "s'est félicitée", "a ainsi réagi": from the clitic on
        while first.i > 0 and (lead := verb.doc[first.i - 1]).head == verb \
                and (lead.dep_.startswith(("aux", "expl")) or lead.dep_ == "advmod"):
            first = lead
        said_before = any(c.dep_ in ("advcl", "ccomp", "parataxis") and c.i < verb.i for c in verb.children) \
            or (verb.dep_ in ("conj", "advcl") and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children))  # "« X subira », a réagi Y"
        said_after = any(c.dep_ in ("ccomp", "parataxis", "xcomp") and c.i > verb.i for c in verb.children)
        return first.i > 0 and verb.doc[first.i - 1].text == "," and said_before and not said_after

    def objects(self, head: Token, trigger: Trigger, role: str) -> list[str]:
        """Objects of a trigger: its direct object, or complements with the trigger's prepositions."""
        found = []
        misread = _misread_objects(head)
        times = self.lex.words["time_words"]
        if head.pos_ == "VERB" and not any(c.dep_ == "obj" for c in head.children):
            misread += [g for c in head.children if c.lemma_.lower() in times and c.i > head.i
                        for g in c.children if g.dep_ == "nmod" and not case_of(g) and g.i > c.i
                        and self.ctx.span_of(g) is not None]
            # "a accusé vendredi Israël de", the object read as the day's complement
        complex_preps = self.lex.words["complex_preps"]
        meeting = trigger.relation in ("meets", "negotiatesWith", "signsAgreementWith", "cooperatesWith")
        for child in [*head.children, *(t for t in misread if t.head.i != head.i)]:
            if child.lemma_.lower() in times and trigger.relation == "visits" and child.dep_ == "nmod":
                found.extend(self._nested(child, trigger, role))  # "une visite de deux jours en Inde"
            if child.lemma_.lower() in times or (child.lemma_.lower() in CHANNEL_NOUNS and case_of(child) == "par"):
                continue
            span = self.ctx.span_of(child)
            if meeting and span is not None and span.kind == "capital" and case_of(child) in ("à", "en", "dans"):
                continue  # "participera au sommet de l'Otan à Vilnius": where, not with whom
            misparsed = child.dep_ == "xcomp" and child.pos_ in ("PROPN", "X")  # "a attaqué Israël" as a complement
            antecedent = _antecedent_of(child) if child.dep_ == "obj" else child
            if antecedent is not child:  # "l'Iran, que la Russie arme"
                found.extend(self.ctx.actors_for(antecedent, role))
                continue
            if (child.dep_ in ("obj", "iobj") or child in misread or misparsed) \
                    and (not trigger.preps or trigger.pos == "VERB"):
                # "qualifier de provocation le déploiement de X" (direct); "lui vend des armes" (iobj)
                if not trigger.cls or trigger.direct or child.dep_ == "iobj":
                    found.extend(self.ctx.actors_for(child, role))
                found.extend(self._nested(child, trigger, role))
            elif child.pos_ == "VERB" and child.lower_ in trigger.preps and child.i > head.i:
                # "s'est montré critique envers Washington": the tagger read "envers" as a verb
                found.extend(r for g in child.children if g.dep_ in ("obj", "obl:arg")
                             for r in self.ctx.actors_for(g, role))
            elif case_of(child) in trigger.preps and (child.dep_.startswith(("obl", "nmod")) or (
                    # "se rendra au Rwanda, puis en Afrique du Sud"
                    child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN") and case_of(child) not in ("", "de"))):
                found.extend(self.ctx.actors_for(child, role))
                if trigger.relation == "attacks" and case_of(child) in ("en", "dans"):
                    # "des frappes en Syrie contre des forces iraniennes", "contre" hung on the place
                    found.extend(r for g in child.children if g.dep_.startswith("nmod") and case_of(g) == "contre"
                                 for r in self.ctx.actors_for(g, role))
            elif child.lemma_.lower() in complex_preps and complex_preps[child.lemma_.lower()] in trigger.preps:
                found.extend(r for g in child.children if g.dep_ == "nmod" and case_of(g) == "de"
                             for r in self.ctx.actors_for(g, role))  # "un financement en faveur du Kenya"
            elif child.dep_.startswith("obl") and trigger.cls and trigger.direct \
                    and self.lex.in_class(child.lemma_, trigger.cls):
                found.extend(r for g in child.children if g.dep_ == "nmod" and not case_of(g)
                             for r in self.ctx.actors_for(g, role))  # "a mis en garde Moscou"
            elif trigger.relation == "imposesSanctionsOn" and child.lemma_.lower() in self.lex.words["asset_nouns"]:
                found.extend(r for g in child.children if g.dep_.startswith("nmod") and case_of(g) == "de"
                             for r in self.ctx.actors_for(g, role))  # "le gel des avoirs de X"
            elif child.dep_.startswith(("nmod", "obl")) and trigger.pos == "NOUN":  # "livraisons d'armes ... à X"
                found.extend(self._nested(child, trigger, role))
            elif child.dep_.startswith("obl") and trigger.preps and self.choose(child) is None:
                # "s'est entretenu au téléphone avec X", "pendant un quart d'heure au téléphone avec X"
                found.extend(r for g in child.subtree
                             if g.i > child.i and g.dep_.startswith("nmod") and _in_phrase(g, child)
                             and not any(t.pos_ == "PUNCT" for t in head.doc[child.i: g.left_edge.i])
                             and case_of(g) in trigger.preps and case_of(g) != "de"
                             for r in self.ctx.actors_for(g, role))
        if role == "place":  # "qui l'a conduit à Alger, Nouakchott et Rabat", however the parser hung the list
            found.extend(r for c in head.children for span in [self.ctx.span_of(c)]
                         if span is not None and case_of(c) in trigger.preps
                         for r in self._listed_with(span, role) if r not in found)
        if found:  # "des sanctions contre dix entreprises, dont Lockheed Martin": those named too
            found.extend(r for t in [head, *head.children] if t is head or t.dep_ not in ("nsubj", "nsubj:pass", "dep")
                         for c in t.children if c.dep_ == "acl:relcl"
                         and any(g.lower_ == "dont" for g in c.children) for r in self.ctx.actors_for(c, role))
        return list(dict.fromkeys(found))

    def _nested(self, obj: Token, trigger: Trigger, role: str) -> list[str]:
        """A recipient the parser hung on the object: "livré des missiles à Taïwan",
        "une aide de 10 millions de dollars au Soudan"."""
        if not trigger.preps:
            return []
        found = []
        for token in obj.subtree:
            if token.i != obj.i and token.dep_.startswith("nmod") and case_of(token) in trigger.preps \
                    and case_of(token) != "de" and (trigger.relation != "visits" or self._after_duration(token, obj)):
                found.extend(self.ctx.actors_for(token, role))
        return found

    def _after_duration(self, token: Token, obj: Token) -> bool:
        """True when only words of duration stand between a visit and a place the parser hung on
        them: "une visite d'une dizaine d'heures au Venezuela"."""
        durations = self.lex.words["duration_nouns"]
        head = token.head
        while head.lemma_.lower() in durations or head.pos_ == "NUM":
            if head.i == obj.i:
                return True
            head = head.head
        return False

    def _suppliers(self, verb: Token, trigger: Trigger) -> list[str]:
        named = self.objects(verb, Trigger(trigger.id, trigger.lemma, trigger.pos, trigger.relation,
                                           preps=("de", "auprès de", "par", "à")), "patient")
        aimed = {r for t in verb.subtree if t.dep_ == "acl" and t.lemma_.lower() in self.lex.words["aiming_verbs"]
                 for c in t.children for r in self.ctx.actors_for(c, "patient")}  # "des obus destinés à l'Ukraine"
        named = [r for r in named if r not in aimed]
        if named or aimed:
            return named
        recipients = tuple(self.subjects(verb)[0])
        # named before the sentence: in "X, à Londres avec Y, a affirmé que la Russie avait reçu des
        # missiles", neither X nor Y gave them
        other = self.ctx.antecedent(verb.sent[0], exclude=self.ctx.states_of(recipients))
        return [other] if other else []

    def _complement_target(self, verb: Token, subjects: list[str]) -> list[str]:
        """The target named inside the complement, in each of its conjuncts: "X a menacé de frapper
        l'Iran", "menaçant de quitter l'ONU et de rompre avec Washington et Canberra"."""
        hostile = ("consequence", "attack", "sanction", "threat")
        for child in verb.children:
            if child.dep_ not in ("xcomp", "ccomp", "advcl"):
                continue
            if child.dep_ == "ccomp" and verb.lemma_.lower() != "menacer" and not any(
                    any(self.lex.in_class(t.lemma_, c) for c in hostile) or self.choose(t) is not None
                    for t in child.subtree):
                continue  # "a averti que le Yémen était en proie à la famine": a warning of a fact, no threat
            clauses = [child, *(c for c in child.children if c.dep_ == "conj" and c.pos_ == "VERB")]
            found = []
            for clause in clauses:
                inner = {t.i for other in clauses if other is not clause and other.head is clause
                         for t in other.subtree}
                for token in clause.subtree:
                    span = self.ctx.span_of(token) if token.i not in inner else None
                    ref = self.ctx.ref(span, "patient") if span is not None else None
                    if ref and ref not in subjects:
                        found.extend(r for r in self.ctx.actors_for(token, "patient") if r not in subjects)
                        break
            if found:
                return list(dict.fromkeys(found))
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
                before = preposition_before(token.doc, span.start)  # "a menacé vendredi en Suède de": where
                located = (span.ref.startswith("Place:") and before in ("à", "en", "dans")) or before in ("en", "dans")
                if ref and role != "place" and (ref.startswith("Place:") or located):  # "reçu au Caire X"
                    i = (span.end if step > 0 else span.start - 1)
                    continue
                if preps is not None and preposition_before(token.doc, span.start) not in preps:
                    return []
                if not ref:
                    return []
                # "avec la Turquie et l'Onu"; "au Burkina Faso, au Zimbabwe et au Mali", however hung
                listed = self._listed_with(span, role) if step > 0 else []
                return list(dict.fromkeys([ref, *self.ctx.actors_for(token, role), *listed]))
            title = self.ctx.title_at(token) if role != "place" and preps is None else None
            if title is not None:  # "a reçu ... son homologue français Emmanuel Macron"
                ref = self.ctx.actor_for(token, role)
                if isinstance(ref, str):
                    return [ref]
            i += step
        return []

    def _list_before(self, verb: Token) -> list[str]:
        """The actors listed right before a verb and its auxiliaries, however parsed, when they
        open the sentence: "Ankara, Stockholm et Helsinki ont finalement signé" (two at least)."""
        doc = verb.doc
        i = verb.i - 1
        while i >= verb.sent.start and doc[i].head.i == verb.i and doc[i].dep_.startswith(("aux", "advmod")):
            i -= 1
        refs: list[str] = []
        while i >= verb.sent.start:
            span = self.ctx.span_of(doc[i])
            if span is not None and span.kind == "demonym" and doc[i].dep_ == "amod":
                i = span.start - 1  # "les talibans afghans": the noun's, not an item of the list
            elif span is not None and self.ctx.ref(span, "agent"):
                refs.insert(0, self.ctx.ref(span, "agent"))
                i = span.start - 1
            elif doc[i].text in (",", "et") or doc[i].pos_ == "DET":
                i -= 1
            else:
                return []
        return list(dict.fromkeys(refs)) if len(refs) > 1 else []

    def _listed_with(self, first: ActorSpan, role: str) -> list[str]:
        """The actors of the same kind listed right after one, each with its own preposition and
        article, however the parser hung them: "au Burkina Faso, au Zimbabwe et au Mali"."""
        doc = self.ctx.doc
        kind = first.ref.split(":")[0]
        governed = preposition_before(doc, first.start) in ("à", "en", "de", "dans", "avec")
        found, i, links = [], first.end, []
        while i < len(doc):
            if doc[i].text == "," or doc[i].lower_ in _LIST_LINKS:
                links.append(doc[i].lower_)
                i += 1
                continue
            span = self.ctx.span_of(doc[i])
            ref = self.ctx.ref(span, role) if span is not None and span.start == i else None
            if ref is None or ref.split(":")[0] != kind:
                break
            # "se rendra au Vietnam, les États-Unis s'insurgent": a new clause's subject, not one more
            articled = any(w in ("le", "la", "les", "l'", "l’") for w in links) \
                and not any(w in ("et", "ou", "au", "aux", "à", "en", "du", "de", "des") for w in links)
            if (governed and articled) or (span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX")):
                break
            found.append(ref)
            i, links = span.end, []
        return found


_LIST_LINKS = ("et", "ou", "au", "aux", "à", "en", "le", "la", "les", "l'", "l’", "du", "de", "des")


def infinitives(participle: str) -> list[str]:
    """Infinitives a past participle or a present may come from ("gelés" -> "geler", "vendu" ->
    "vendre", "sanctionne" -> "sanctionner").

    >>> infinitives("gelées")
    ['geler']
    >>> infinitives("menaçant")[0]
    'menacer'
    """
    if participle.endswith("ant") and len(participle) > 5:  # a present participle: "menaçant"
        stem = participle[:-3].replace("ç", "c")
        stem = stem[:-1] if stem.endswith("ge") else stem  # "encourageant"
        return [stem + "er", stem + "ir", stem + "re"]
    word = participle.rstrip("s")
    word = word[:-1] if word.endswith(("ée", "ie", "ue")) else word
    if word.endswith(("e", "ent")) and not word.endswith("ée"):  # a present: "sanctionne", "menacent"
        return [word.removesuffix("nt").removesuffix("e") + "er"]
    if word.endswith("é"):
        return [word[:-1] + "er"]
    if word.endswith("i"):
        return [word + "r"]
    if word.endswith("u"):
        return [word[:-1] + "re", word + "re", word[:-1] + "oir"]
    return []


def _is_plural_possessed(noun: Token) -> bool:
    """True for "leur volonté": many owners, whom the clause's subject names better."""
    return any(c.dep_ == "det" and c.lower_ in ("leur", "leurs") for c in noun.children)


def _in_phrase(token: Token, head: Token) -> bool:
    """True when ``token`` hangs on ``head`` through nouns and adjectives only, no clause between:
    "la détention d'un bateau par le Japon", not "l'offensive déclenchée après une attaque par X"."""
    while token.i != head.i:
        if token.head.i == token.i or token.head.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return True


def _states_aim(verb: Token) -> bool:
    """True for a clause introduced by "pour" or "afin de": "pour soutenir la Moldavie"."""
    return any(c.dep_ == "mark" and c.lower_ in ("pour", "afin") for c in verb.children)


def _present_adjunct(token: Token) -> bool:
    """A present participle after a comma, hung on the noun before it: "les insultes, menaçant"."""
    return token.dep_ in ("acl", "amod") and token.lower_.endswith("ant") and token.i > 0 \
        and token.doc[token.i - 1].text == "," and token.head.i < token.i


def _verb_lemma(verb: Token) -> str:
    """The infinitive of a verb, also where the model gave the form itself as its lemma
    ("demande" for "demande")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB" and not lemma.endswith(("r", "re")):
        return next(iter(infinitives(verb.lower_)), lemma)
    return lemma


def _antecedent_of(token: Token) -> Token:
    """The noun a relative pronoun object stands for ("que" in "la frappe, que X condamne"), else
    the token itself."""
    relative = token.pos_ == "PRON" and "Rel" in token.morph.get("PronType")
    verb = token.head
    if relative and verb.dep_ == "acl:relcl" and verb.head.i != verb.i:
        return verb.head
    if relative and verb.dep_ in ("advcl", "ccomp") and token.i >= 2 and token.nbor(-1).text == ",":
        return _noun_before_comma(token) or token  # "l'Ukraine, qu'il a accusée de chantage", misparsed
    return token


def _noun_before_comma(mark: Token) -> Token | None:
    """The noun (or name) that ends the phrase before ", que"."""
    token = mark.nbor(-2)
    while token.pos_ not in ("NOUN", "PROPN") and token.head.i != token.i and token.head.i < mark.i:
        token = token.head
    while token.dep_ == "flat:name" and token.head.i < token.i:
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") else None


def _relative_antecedent(verb: Token, times) -> Token | None:
    """The noun before ", que" when a relative clause was parsed as a complement clause of the
    main verb ("a dénoncé cette frappe, que X condamne" with "que" as a conjunction), or as a
    relative clause whose "que" is taken for a conjunction ("cette frappe, que le Pakistan condamne")."""
    if verb.dep_ not in ("ccomp", "acl:relcl") \
            or any(c.dep_ == "obj" and c.lemma_.lower() not in times for c in verb.children):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("que", "qu'")), None)
    if verb.dep_ == "acl:relcl":
        named = mark is not None and mark.i > 1 and mark.nbor(-1).text == "," \
            and any(c.dep_ == "nsubj" for c in verb.children)
        return verb.head if named and verb.head.pos_ in ("NOUN", "PROPN") else None
    if mark is None or mark.i < 2 or mark.nbor(-1).text != "," or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return _noun_before_comma(mark)


def _misread_objects(verb: Token) -> list[Token]:
    """Objects the parser read as something else: a second subject after a verb that already has
    one before it ("La Corée du Nord menace le Japon" parsed with two subjects), or an object
    after an adjunct taken for that adjunct's apposition ("a salué lors de l'entretien avec
    M. Trump les efforts de ..." with "les efforts" in apposition to Trump)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    stranded = [] if any(c.dep_ == "obj" for c in verb.children) else [
        g for c in verb.children if (c.dep_.startswith("obl") or c.dep_ == "xcomp") and c.i > verb.i
        for g in c.children if g.dep_ == "appos" and g.pos_ == "NOUN" and g.i > c.i
        and any(d.dep_ == "det" and d.i == g.left_edge.i for d in g.children)
        and g.morph.get("Number") != c.morph.get("Number")]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(c.i < verb.i for c in subjects):
        return stranded
    return stranded + [c for c in subjects if c.i > verb.i and not any(a.dep_ == "cc" for a in c.children)]


def _topic_label(token: Token) -> bool:
    """True for a phrase opening its sentence and closed by a colon ("Somalie : ...")."""
    edge = token.right_edge.i + 1
    return token.left_edge.i == token.sent.start and edge < len(token.doc) and token.doc[edge].text == ":"


def _participle_on_object(verb: Token) -> bool:
    """A participle after a comma that bears on the main clause's object: with an elided clitic
    ("l'accusant de") or none, past and passive ("accusé d'avoir")."""
    if verb.dep_ not in ("advcl", "xcomp") or verb.i < verb.head.i or "Part" not in verb.morph.get("VerbForm") \
            or _has_dep(verb, ("nsubj", "nsubj:pass", "aux", "aux:tense", "aux:pass", "mark")):
        return False
    clitic = any(c.dep_ in ("obj", "det") and c.i == verb.i - 1 and c.lower_ in ("l'", "l’", "le", "la", "les")
                 for c in verb.children)  # the parser may read "l'" as a determiner
    bare = "Past" in verb.morph.get("Tense") and not _has_dep(verb, ("obj",)) and not agents_of(verb)
    return clitic or bare


def _passive_modifier(verb: Token) -> bool:
    """A past participle with its agent, modifying a noun: "les forces soutenues par Washington"."""
    participle = "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get("Tense")
    attached = verb.dep_ == "acl" or (verb.dep_ == "advcl" and not any(c.dep_.startswith(("aux", "mark", "nsubj"))
                                                                        for c in verb.children))
    return attached and participle and bool(agents_of(verb))


def _predicate_of(adjective: Token) -> Token:
    """The word that carries an adjective's subject and complements: the adjective itself after
    "être" ("Moscou est hostile à"), the verb it completes otherwise ("s'est montré sévère à
    l'égard de la Russie", however parsed)."""
    if any(c.dep_ in ("cop", "nsubj") for c in adjective.children) or adjective.head.pos_ not in ("VERB", "AUX"):
        return adjective
    return adjective.head


def _active(verb: Token, lex) -> bool:
    """True for a verb that is not a passive though the model often tags its subject as a
    passive one: conjugated with "être" ("il est allé", "elle s'est rendue") or with "avoir"
    alone ("Paul Kagame avait accusé Kinshasa")."""
    return verb.lemma_.lower() in lex.words["etre_verbs"] or reflexive(verb) or with_avoir(verb)


def _has_dep(token: Token, deps: tuple[str, ...]) -> bool:
    return any(c.dep_ in deps for c in token.children)


def _lift_state_acts(found: list[Found], ctx: DocContext) -> list[Found]:
    """Arms, aid, sanctions and attacks are acts of states: a leader's act is his country's."""
    out = []
    for f in found:
        s, o = f.subject, f.object
        if f.predicate in _STATE_ACTS or (f.predicate in _STATE_PAIRS and "Country:" in (s[:8], o[:8])):
            s = (ctx.state_of(s) if s.startswith("Person:") else None) or s  # a leader's or a minister's
            o = o if f.predicate in _AIMED_AT_PERSONS else ctx.leader_of.get(o, o)
        if s != o:
            out.append(Found(s, f.predicate, o, f.modality, f.sentence, f.rule, f.trigger))
    return out


def find_relations(doc: Doc, ctx: DocContext) -> list[Found]:
    """Return every relation the rules find in ``doc``."""
    return RelationRules(ctx).run()
