"""Relations read beyond one trigger's arguments: blame in reported speech, a verbless headline
that puts a person in a place, a visit implied by meeting in another state's city; and where an
event took place.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Span, Token

from kg.extract.context import DocContext, agents_of, case_of, clause_verb, window_start
from kg.extract.finding import Found, all_pairs, reflexive
from kg.extract.lexicon import Lexicon, normal_case
from kg.extract.modality import governing_chain, modality_of

MEETING_PLACE = frozenset({"meets", "negotiatesWith", "signsAgreementWith", "cooperatesWith", "attacks"})
"""Relations whose mentions record where the event took place."""


class DiscourseRules:
    """The discourse half of :class:`kg.extract.relations.RelationRules` (it supplies
    ``subjects``, ``objects``, ``choose`` and ``_inverted_speaker``, and the noun rules'
    ``_support_verb``, ``_possessed`` and ``_possessor``)."""

    ctx: DocContext
    lex: Lexicon

    def blame_in_speech(self, verb: Token) -> Iterator[Found]:
        """Words of blame in what someone says condemn the actor they are about: "« C'est une
        provocation de Washington », a déclaré Pékin", "a estimé que la vente était une ingérence";
        words of consequences threaten him: "Israël devra supporter les conséquences", a souligné
        Ankara; "a prévenu que le Japon en paierait le prix"."""
        yield from self._said(verb, "blame", "condemns")
        yield from self._said(verb, "consequence", "threatens")

    def _said(self, verb: Token, cls: str, relation: str) -> Iterator[Found]:
        if verb.lemma_.lower() not in self.lex.modality.get("reporting", {}):
            return
        trigger = self.choose(verb)
        if trigger is not None and (trigger.relation != relation or self.objects(verb, trigger, "patient")):
            return  # "a averti que Washington devrait assumer les conséquences": whom it says is inside
        inverted_speech = self._inverted_speaker(verb)
        said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")
                or (inverted_speech and c.dep_ == "advcl" and c.i < verb.i)]  # "« ... », a réagi X"
        if not said:  # "a averti que Washington devrait assumer": the clause read as an adjunct, its subject apart
            said = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                    and any(t.lower_ in ("que", "qu'", "qu’") for t in verb.doc[verb.i + 1: c.i])]
            said += [c for c in verb.children if c.dep_ == "dep" and said and verb.i < c.i < said[0].i]
        words = [t for c in said for t in c.subtree]
        inverted = verb.dep_ == "conj" and verb.head.i < verb.i and any(  # "X auront des conséquences, a estimé Y"
            c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
        if verb.dep_ == "parataxis" or inverted or (verb.dep_ in ("conj", "advcl") and inverted_speech):
            # "« ... », a déclaré X": what was said is the clause above
            words += [t for t in verb.head.subtree if t not in set(verb.subtree)]
        if not any((self.lex.word_in_class(t, cls) or (cls == "consequence" and _price_paid(t)))
                   and case_of(t) not in ("en", "par") for t in words):  # not "en conséquence"
            return
        speakers = self.subjects(verb)[0]
        if any(t.pos_ in ("VERB", "AUX") and getattr(self.choose(t), "relation", None) == relation
               and set(self.subjects(t)[0]) & set(speakers) for t in words):
            return  # "a annoncé qu'elle saisirait l'ONU pour protester contre X": that verb says whom
        inside = {t.i for t in words}
        named = [s for s in self.ctx.spans if s.start in inside]
        targets = [self.ctx.ref(s, "agent") for s in named]
        targets = [t for t in dict.fromkeys(targets) if t and not self.ctx.same_side(t, tuple(speakers))
                   and not t.startswith("Place:")]
        if targets:  # the first actor named, with those coordinated with it ("l'Ukraine et la Moldavie")
            first = next(s for s in named if self.ctx.ref(s, "agent") == targets[0])
            tokens = verb.doc[first.start: first.end]
            head = next((t for t in tokens if t.head.i not in range(first.start, first.end)), tokens[0])
            targets = [t for t in self.ctx.actors_for(head, "agent") if t in targets] or targets[:1]
        modality = modality_of(verb, self.lex)
        for speaker in speakers:
            for target in targets:
                yield Found(speaker, relation, target, modality, verb.sent, f"{self.lex.lang}-{relation}-speech",
                            verb.i)

    def aroused_outrage(self, verb: Token) -> Iterator[Found]:
        """Outrage an act arouses condemns its author: "L'opération israélienne a provoqué la
        colère de la Turquie", "a tiré six missiles, suscitant une vague de condamnations à
        Washington et Séoul", "provoquant l'indignation de Washington"."""
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.lex.words["arousing_verbs"]:
            return
        objects = [c for c in verb.children if c.dep_ == "obj"]
        outrage = [t for o in objects for t in (o, *(c for c in o.children if c.dep_ == "nmod" and case_of(c) == "de"))
                   if t.pos_ == "NOUN" and self.lex.word_in_class(t, "outrage")]  # "une vague de condamnations"
        if not outrage:
            return
        holders = [c for t in (*outrage, *objects, verb) for c in t.children
                   if c.dep_.startswith(("nmod", "obl")) and case_of(c) in ("de", "à", "chez", "dans", "parmi")
                   and c not in outrage]
        condemners = [r for c in holders for r in self.ctx.actors_for(c, "agent")
                      if r.split(":")[0] in ("Country", "Organization", "Person")]
        authors = self.subjects(verb)[0]
        if not authors:  # "L'annonce de Pékin a suscité l'ire du Japon": the author of the act
            authors = [r for c in verb.children if c.dep_ == "nsubj" for g in c.children
                       if g.dep_ in ("amod", "nmod") and case_of(g) in ("", "de")
                       for r in self.ctx.actors_for(g, "agent")]
        clause = clause_verb(verb)
        if not authors and verb.dep_ == "acl" and "Pres" in verb.morph.get("Tense") and clause is not None:
            authors = self.subjects(clause)[0]  # "a acheté 100.000 fusils à la Russie provoquant l'indignation"
        modality = modality_of(verb, self.lex)
        for condemner in condemners:
            for author in authors:
                if author != condemner and not self.ctx.same_side(author, (condemner,)):
                    yield Found(condemner, "condemns", author, modality, verb.sent,
                                f"{self.lex.lang}-condemns-outrage", verb.i)

    def withdrawals(self, token: Token) -> Iterator[Found]:
        """A state that leaves an organisation ends its cooperation with it: "a annoncé son retrait
        de l'Organisation des États américains", "a décidé de se retirer de la CPI", "a quitté l'Otan"."""
        lemma = token.lemma_.lower()
        if lemma not in self.lex.words["withdrawal_words"]:
            return
        if token.pos_ == "NOUN":
            left = [c for c in token.children if c.dep_ == "nmod" and case_of(c) == "de"]
            verb = self._support_verb(token)
            members = self._possessor(token) if self._possessed(token) else (
                self.subjects(verb)[0] if verb is not None else [])
        elif token.pos_ == "VERB" and (lemma == "quitter" or reflexive(token)):
            left = [c for c in token.children if (c.dep_ == "obj" and lemma == "quitter")
                    or (c.dep_.startswith("obl") and case_of(c) == "de" and lemma != "quitter")]
            members = self.subjects(token)[0]
        else:
            return
        bodies = [r for c in left for r in self.ctx.actors_for(c, "patient") if r.startswith("Organization:")]
        certainty = modality_of(token, self.lex)
        if certainty == "negated":  # "n'a pas quitté l'Otan": the ties hold
            return
        modality = "speculative" if certainty == "speculative" else "negated"
        for member in members:
            for body in bodies:
                if member.split(":")[0] in ("Country", "Organization") and member != body:
                    yield Found(member, "cooperatesWith", body, modality, token.sent,
                                f"{self.lex.lang}-cooperatesWith-withdrawal", token.i)

    def suspensions(self, token: Token) -> Iterator[Found]:
        """An organisation that suspends or expels a member sanctions it: "Madagascar suspendu de
        la SADC", "avait été suspendu des instances de la Cédéao", "a exclu la Russie"."""
        if token.lemma_.lower() not in self.lex.words["suspension_words"] or token.pos_ not in ("VERB", "NOUN"):
            return
        froms = [c for c in token.children if c.dep_.startswith(("obl", "nmod")) and case_of(c) in ("de", "du", "des")]
        bodies = [r for c in froms for t in (c, *(g for g in c.children if g.dep_ == "nmod" and case_of(g) == "de"))
                  for r in self.ctx.actors_for(t, "agent") if r.startswith("Organization:")]  # "des instances de"
        if token.pos_ == "NOUN":
            members = [r for c in froms for r in self.ctx.actors_for(c, "patient") if not r.startswith("Organization:")]
            if not bodies and self._possessed(token):  # "sa suspension du Mali": its owner suspends
                bodies = self._possessor(token)
        else:
            agents, patients = self.subjects(token)
            members = patients or [r for c in token.children if c.dep_ == "obj"
                                   for r in self.ctx.actors_for(c, "patient")]
            if not members and token.dep_ in ("acl", "ROOT", "appos"):  # "Madagascar suspendu de la SADC"
                members = [r for c in (token.head, *token.children) if c.dep_ in ("nsubj", "nsubj:pass")
                           or (c is token.head and c.i < token.i) for r in self.ctx.actors_for(c, "patient")]
            bodies = bodies or [a for a in agents if a.startswith("Organization:")]
        modality = modality_of(token, self.lex)
        for body in dict.fromkeys(bodies):
            for member in dict.fromkeys(members):
                if member.split(":")[0] in ("Country", "Organization", "Person") and member != body:
                    yield Found(body, "imposesSanctionsOn", member, modality, token.sent,
                                f"{self.lex.lang}-imposesSanctionsOn-suspension", token.i)

    def presence(self, token: Token) -> Iterator[Found]:
        """A person said to be present in a place is visiting it: "Jair Bolsonaro, présent à
        Davos", "Présent à Bruxelles, le président ukrainien", "était présent à Kiev"."""
        if token.lower_ not in self.lex.words["presence_adjectives"] or token.i + 2 >= len(token.doc):
            return
        doc = token.doc
        if doc[token.i + 1].lower_ not in ("à", "au", "aux", "en", "dans"):
            return
        after = doc[token.i + 2] if doc[token.i + 2].pos_ != "DET" else doc[min(token.i + 3, len(doc) - 1)]
        span = self.ctx.span_of(after)
        place = self.ctx.ref(span, "place") if span is not None else None
        if place is None or not place.startswith(("Place:", "Country:")):
            return
        if any(c.dep_ == "cop" for c in token.children):  # "était présent à Kiev"
            who = [r for c in token.children if c.dep_ == "nsubj" for r in self.ctx.actors_for(c, "agent")]
        elif token.i == token.sent.start:  # "Présent à Bruxelles, le président ukrainien a signé"
            who = next((self.ctx.actors_for(t, "agent") for t in token.sent
                        if t.i > token.i and t.dep_ == "nsubj"), [])
        else:  # "Jair Bolsonaro, présent à Davos"
            who = self.ctx.actors_for(token.head, "agent") if token.dep_ in ("amod", "acl", "appos") else []
        for person in who:
            if person.startswith("Person:"):
                yield Found(person, "visits", place, modality_of(token, self.lex), token.sent,
                            f"{self.lex.lang}-visits-presence", token.i)

    def joint_acts(self, noun: Token) -> Iterator[Found]:
        """Actors who act jointly or found a body together cooperate: "la médiation conjointe de
        l'Union africaine, des Etats-Unis et de l'Arabie saoudite", "l'Organisation de coopération
        de Shanghai, fondée par la Chine et la Russie"."""
        founded = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in self.lex.words["founding_verbs"]
                   and "Part" in c.morph.get("VerbForm")]
        if founded:
            founders = [r for c in founded for g in agents_of(c) for r in self.ctx.actors_for(g, "agent")
                        if r.split(":")[0] in ("Country", "Organization")]
            span = self.ctx.span_of(noun)
            body = self.ctx.ref(span, "agent") if span is not None else None
            if body is not None and body.startswith("Organization:"):
                pairs = [(f, body) for f in founders if f != body]
            else:
                pairs = all_pairs(list(dict.fromkeys(founders)))
            for a, b in pairs:
                yield Found(a, "cooperatesWith", b, modality_of(founded[0], self.lex), noun.sent,
                            f"{self.lex.lang}-cooperatesWith-founders", noun.i)
            return
        if noun.pos_ != "NOUN":
            return
        yield from self._joint_with(noun)
        if not any(c.dep_ == "amod" and self.lex.in_class(c.lemma_, "joint") for c in noun.children):
            return
        partners = [r for c in noun.children if (c.dep_.startswith(("nmod", "conj")) and case_of(c) == "de")
                    or (c.dep_ == "amod" and self.ctx.span_of(c) is not None)  # the list may hang on the noun
                    or (c.dep_ == "conj" and not case_of(c) and self.ctx.span_of(c) is not None)
                    for r in self.ctx.actors_for(c, "agent") if r.split(":")[0] in ("Country", "Organization")]
        if noun.dep_.startswith("obl") and noun.head.pos_ in ("VERB", "AUX"):
            # "dans une déclaration commune, Washington et Londres ont dénoncé": the authors
            partners += [r for r in self.subjects(noun.head)[0] if r.split(":")[0] in ("Country", "Organization")]
        # the subject of a clause is presupposed: "la médiation conjointe de X et Y n'a pas abouti"
        modality = "asserted" if noun.dep_ in ("nsubj", "nsubj:pass") else modality_of(noun, self.lex)
        for a, b in all_pairs(list(dict.fromkeys(partners))):
            yield Found(a, "cooperatesWith", b, modality, noun.sent, f"{self.lex.lang}-cooperatesWith-joint", noun.i)

    def _joint_with(self, noun: Token) -> Iterator[Found]:
        """Who holds a joint act with a partner cooperates with him: "ont annoncé des exercices
        militaires conjoints avec le Guyana", "des manœuvres communes avec la marine vénézuélienne"."""
        joint = [c for c in noun.children if c.dep_ == "amod" and self.lex.in_class(c.lemma_, "joint")]
        if noun.lemma_.lower() in self.lex.words["shared_nouns"]:
            return  # "une frontière commune avec la Russie"
        partners = [r for h in (noun, *joint) for c in h.children
                    if c.dep_.startswith(("nmod", "obl")) and case_of(c) == "avec"
                    for r in self.ctx.actors_for(c, "agent")] if joint else []
        verb = clause_verb(noun)
        if not partners or verb is None:
            return
        for doer in self.subjects(verb)[0]:
            for partner in dict.fromkeys(partners):
                if not self.ctx.same_side(doer, (partner,)):
                    yield Found(doer, "cooperatesWith", partner, modality_of(noun, self.lex), noun.sent,
                                f"{self.lex.lang}-cooperatesWith-joint-with", noun.i)

    def recalled_envoys(self, token: Token) -> Iterator[Found]:
        """A state that recalls its envoy from a country, or expels that country's envoy,
        condemns it: "a rappelé son ambassadeur à Copenhague", "le rappel pour consultations de
        ses ambassadeurs en Irlande", "l'expulsion de l'ambassadeur colombien"."""
        lemma = token.lemma_.lower()
        recall = lemma in self.lex.words["recall_words"]
        if not recall and lemma not in self.lex.words["expel_words"]:
            return
        doc = token.doc
        nearby = doc[token.i + 1: min(token.i + 9, token.sent.end)]  # however the parser hung it
        envoy = next((t for t in nearby if t.lemma_.lower() in self.lex.words["envoy_nouns"]), None)
        if envoy is None or any(t.is_punct and t.text not in ("«", "»", "\"") for t in doc[token.i + 1: envoy.i]):
            return
        if recall:  # its own envoy, in the country: "son ambassadeur en poste à Paris"
            after = doc[envoy.i + 1: min(envoy.i + 6, token.sent.end)]
            where = [t for t in after if case_of(t) in ("à", "en") and self.ctx.span_of(t) is not None]
        else:  # the country's envoy: "l'ambassadeur de France", "l'ambassadeur colombien"
            where = [t for t in envoy.children if t.dep_ == "amod" and self.ctx.span_of(t) is not None] or [
                t for t in envoy.children if t.dep_ == "nmod" and case_of(t) == "de"]  # not "de Bolivie", whence
        states = [r for t in where for r in self.ctx.actors_for(t, "agent") if r.startswith("Country:")]
        verb = token if token.pos_ in ("VERB", "AUX") else clause_verb(token)
        subjects = self.subjects(verb)[0] if verb is not None else []
        mutual = recall and not states and len(subjects) > 1 and any(
            c.dep_ == "det" and c.lower_ == "leurs" for c in envoy.children)
        if mutual:  # "La Colombie et le Venezuela rappellent leurs ambassadeurs": each the other
            for a in subjects:
                for b in subjects:
                    if a != b and a.startswith("Country:") and b.startswith("Country:"):
                        yield Found(a, "condemns", b, modality_of(token, self.lex), token.sent,
                                    f"{self.lex.lang}-condemns-envoy", token.i)
        for subject in subjects:
            for state in dict.fromkeys(states):
                if not self.ctx.same_side(subject, (state,)):
                    yield Found(subject, "condemns", state, modality_of(token, self.lex), token.sent,
                                f"{self.lex.lang}-condemns-envoy", token.i)

    def mediation(self, noun: Token) -> Iterator[Found]:
        """Who brokers talks between two parties cooperates with each: "les discussions facilitées
        par l'Union européenne entre les Premiers ministres serbe et kosovar", "des négociations
        sous les auspices de la Turquie entre Israël et la Syrie"."""
        trigger = self.choose(noun) if noun.pos_ == "NOUN" else None
        if trigger is None or trigger.relation not in ("meets", "negotiatesWith", "signsAgreementWith"):
            return
        brokering = self.lex.words["brokering_verbs"]
        brokers = [r for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in brokering
                   for g in agents_of(c) for r in self.ctx.actors_for(g, "agent")]
        offices = self.lex.words["brokering_nouns"]
        hosts = [noun, *(noun.head,) * (noun.dep_ in ("nsubj", "nsubj:pass", "obj", "obl:arg")),
                 *(c for c in noun.children if c.pos_ == "VERB" and c.dep_ in ("acl", "conj"))]  # "conclu ... sous"
        near = [c for h in hosts for c in (*h.children, *(g for o in h.children if o.dep_.startswith("obl")
                                                        for g in o.children))]  # "conclue au Caire sous médiation"
        brokers += [r for c in near if c.dep_.startswith(("nmod", "obl"))
                    and c.lemma_.lower() in offices and c.i != noun.i
                    for g in c.children if g.dep_.startswith("nmod") and case_of(g) == "de"
                    for r in self.ctx.actors_for(g, "agent")]  # "sous médiation du Qatar", "sous l'égide de"
        if not brokers:
            return
        parties = [r for c in noun.children if c.dep_.startswith(("nmod", "obl")) and case_of(c) == "entre"
                   for r in self.ctx.actors_for(c, "agent")] or self._noun_agents(noun)
        states = list(dict.fromkeys(self.ctx.state_of(p) or p for p in parties))
        for broker in dict.fromkeys(brokers):
            for party in states:
                if not self.ctx.same_side(broker, (party,)):
                    yield Found(broker, "cooperatesWith", party, modality_of(noun, self.lex), noun.sent,
                                f"{self.lex.lang}-cooperatesWith-broker", noun.i)

    def thanked_help(self, verb: Token) -> Iterator[Found]:
        """Whom one thanks for support or aid gave it, to the thanker's state if he holds office:
        "Boris Tadic a remercié la Russie pour son soutien", "a remercié le Japon pour son aide"."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.words["thanking_verbs"]:
            return
        thanked = [r for c in verb.children if c.dep_ in ("obj", "iobj") for r in self.ctx.actors_for(c, "agent")]
        receivers = list(dict.fromkeys(self.ctx.state_of(r) or r for r in self.subjects(verb)[0]))
        for reason in (c for c in verb.children if c.dep_.startswith("obl") and case_of(c) == "pour"):
            relation = "providesAidTo" if self.lex.word_in_class(reason, "aid") \
                else "supports" if self.lex.word_in_class(reason, "backing") else None
            givers = [r for g in reason.children if g.dep_ == "nmod" and case_of(g) == "de"
                      for r in self.ctx.actors_for(g, "agent")] or thanked  # "pour le soutien de X", "pour son"
            for giver in givers if relation else ():
                for receiver in receivers:
                    if not self.ctx.same_side(giver, (receiver,)):
                        yield Found(giver, relation, receiver, modality_of(verb, self.lex), verb.sent,
                                    f"{self.lex.lang}-{relation}-thanked", verb.i)

    def in_presence(self, noun: Token) -> Iterator[Found]:
        """"en présence de X", "aux côtés de X": the one who acts and X met, or the persons named
        met one another ("La cérémonie s'est déroulée en présence de Nicolas Sarkozy et de
        Mouammar Kadhafi", "s'exprimant aux côtés de son homologue polonais")."""
        beside = noun.lemma_.lower() == "côté" and case_of(noun) == "à"
        if not beside and (noun.lemma_.lower() != "présence" or case_of(noun) != "en"):
            return
        present = [r for c in noun.children if c.dep_.startswith("nmod") and case_of(c) == "de"
                   and (not beside or self.ctx.span_of(c) is not None or self.ctx.title_at(c) is not None)
                   for r in self.ctx.actors_for(c, "agent") if r.startswith("Person:")]  # not "des forces de X"
        verb = clause_verb(noun)
        actors = [r for r in (self.subjects(verb)[0] if verb is not None else []) if r.startswith("Person:")]
        pairs = [(a, p) for a in actors for p in present if a != p] or all_pairs(list(dict.fromkeys(present)))
        modality = modality_of(noun, self.lex)
        for a, b in pairs:
            yield Found(a, "meets", b, modality, noun.sent, f"{self.lex.lang}-meets-presence", noun.i)

    def hosted_visit(self, verb: Token) -> Iterator[Found]:
        """A person a state or a host receives in a place is visiting it: "en accueillant M.
        Maduro à Pékin", "ont été reçus à Ouagadougou", "la Turquie pourrait accueillir Poutine"."""
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.lex.words["host_verbs"]:
            return
        passive, guests = self._guests(verb)
        guests = [r for r in guests if r.startswith("Person:")]
        participle = "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
            and not any(c.dep_.startswith("aux") for c in verb.children)
        if not guests and (participle or passive) and verb.dep_ in ("acl", "acl:relcl", "advcl"):
            # "Erdogan, qui avait été reçu au Caire", "Reçu dimanche à Hanoï, Joe Biden a prédit"
            passive = True
            held = self.subjects(verb.head)[0] if verb.dep_ == "advcl" else self.ctx.actors_for(verb.head, "agent")
            hosts = {r for g in agents_of(verb) for r in self.ctx.actors_for(g, "agent")}
            guests = [r for r in held if r.startswith("Person:") and r not in hosts]
        if not guests:
            return
        times = self.lex.words["time_words"]
        complements = [*verb.children, *(g for c in verb.children if c.lemma_.lower() in times
                                         for g in c.children)]  # "reçus vendredi soir à Ouagadougou"
        places = [self.ctx.ref(self.ctx.span_of(c), "place") for c in complements
                  if c.dep_.startswith(("obl", "nmod")) and case_of(c) in ("à", "en", "dans")
                  and self.ctx.span_of(c) is not None]
        places = [p for p in places if p and p.startswith(("Place:", "Country:"))]
        if not places and not passive:  # "la Turquie pourrait accueillir Poutine": the host state
            places = [r for r in self.subjects(verb)[0] if r.startswith("Country:")]
        for guest in guests:
            for place in places[:1]:
                yield Found(guest, "visits", place, modality_of(verb, self.lex), verb.sent,
                            f"{self.lex.lang}-visits-hosted", verb.i)

    def _guests(self, verb: Token) -> tuple[bool, list[str]]:
        """Whether a verb of receiving or inviting is passive, and whom it receives or invites:
        its passive subject, else its object."""
        passive = any(c.dep_ in ("nsubj:pass", "aux:pass") for c in verb.children)
        return passive, [r for c in verb.children if c.dep_ == ("nsubj:pass" if passive else "obj")
                         for r in self.ctx.actors_for(c, "agent")]

    def invitations(self, verb: Token) -> Iterator[Found]:
        """A guest invited to a place is to visit it and meet the one who invites him: "il a invité
        le président chinois à Pyongyang", "a invité les leaders égyptien et soudanais à Washington"."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.words["inviting_verbs"]:
            return
        passive, guests = self._guests(verb)
        objects = [c for c in verb.children if c.dep_ == "obj"]
        complements = [*(c for c in verb.children if c.dep_.startswith("obl")),
                       *(g for o in objects for g in o.children if g.dep_ == "nmod")]  # hung on the guest
        places = [r for c in complements if case_of(c) in ("à", "au", "aux", "en") and self.ctx.span_of(c) is not None
                  for r in [self.ctx.ref(self.ctx.span_of(c), "place")] if r and r.startswith(("Place:", "Country:"))]
        if not guests or not places:
            return  # "a invité la Russie à cesser le feu": an exhortation, no visit
        hosts = [] if passive else self.subjects(verb)[0]
        certainty = modality_of(verb, self.lex)
        modality = "planned" if certainty == "asserted" else certainty
        for guest in dict.fromkeys(guests):
            if guest.startswith("Person:") or self._office_of(guest, verb.sent):
                yield Found(guest, "visits", places[0], modality, verb.sent, f"{self.lex.lang}-visits-invited", verb.i)
            for host in hosts:
                if host != guest and not self.ctx.same_side(host, (guest,)):
                    yield Found(host, "meets", guest, modality, verb.sent, f"{self.lex.lang}-meets-invited", verb.i)

    def listed_targets(self, sent: Span) -> Iterator[Found]:
        """The persons and bodies a list of those targeted names, after sanctions were reported
        in the sentences before: "Les autres responsables visés sont : Atef Najib, ...", "Il figure
        sur la liste des sanctions"."""
        words = self.lex.words["listing_words"]
        cue = next((t for t in sent if t.lemma_.lower() in words
                    and ("Part" in t.morph.get("VerbForm") or t.lemma_.lower() == "figurer")), None)
        if cue is None or any(f.predicate == "imposesSanctionsOn" and f.sentence.start == sent.start
                              for f in self.found):
            return
        floor = window_start(cue, 5)  # a list may run over several sentences
        earlier = [f for f in self.found
                   if f.predicate == "imposesSanctionsOn" and floor <= f.sentence.start < sent.start]
        if not earlier:
            return
        sanctioner = earlier[-1].subject
        targets = [self.ctx.ref(s, "patient") for s in self.ctx.spans
                   if sent.start <= s.start < sent.end and s.ref.startswith(("Person:", "Organization:"))
                   and not self._complement(sent.doc[s.start])]
        for target in dict.fromkeys(t for t in targets if t and t != sanctioner):
            yield Found(sanctioner, "imposesSanctionsOn", target, "asserted", sent,
                        f"{self.lex.lang}-imposesSanctionsOn-listed", cue.i)

    def _complement(self, token: Token) -> bool:
        """True for a name in a complement of purpose or kinship ("pour l'assassinat de X", "le
        frère du président X"): not an item of the list."""
        kin = self.lex.words["kin_nouns"]
        return case_of(token) == "pour" or any(case_of(t) == "de" and t.head.lemma_.lower() in kin
                                               for t in (token, *token.ancestors))

    def headline_visit(self, sent: Span) -> Iterator[Found]:
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

    def visits_abroad(self, found: list[Found]) -> Iterator[Found]:
        """A leader or official who meets, negotiates or signs in a place of another state has
        travelled there: "le Premier ministre turc a rencontré à Damas le président syrien"."""
        have = {(f.subject, f.object) for f in found if f.predicate == "visits"}
        for f in found:
            if f.predicate not in ("meets", "negotiatesWith", "signsAgreementWith") \
                    or self.ctx.doc[f.trigger].lemma_.lower() in self.lex.words["summoning_verbs"]:
                continue  # "a convoqué l'ambassadeur à Dhaka": the envoy is at his post
            place = place_of(self.ctx, f)
            if place is None:
                continue
            for person in (r for r in (f.subject, f.object) if r.startswith("Person:")):
                home, there = self.ctx.state_of(person), self.ctx.state_of(place)
                if home and there and home != there and (person, place) not in have:
                    have.add((person, place))
                    yield Found(person, "visits", place, f.modality, f.sentence, f"{f.rule}-abroad", f.trigger)

    def claimed_attacks(self, found: list[Found]) -> Iterator[Found]:
        """Whoever reports an attack by another, as his own claim, condemns its author: "« Les
        Russes ont bombardé les environs du village », a accusé le ministère géorgien", "selon
        Téhéran, les soldats britanniques étaient entrés dans ses eaux"."""
        have = {(f.subject, f.object) for f in found if f.predicate in ("condemns", "leaderOf", "officialOf")}
        for f in found:
            trigger = self.ctx.doc[f.trigger]
            if f.predicate != "attacks" or trigger.pos_ != "VERB":  # not "malgré la guerre qui oppose"
                continue
            for claimant in self._claimants(trigger):
                if (claimant, f.subject) in have or self.ctx.same_side(claimant, (f.subject,)) \
                        or self.ctx.state_of(claimant) == f.subject or not claimant.startswith(("Country:", "Person:")):
                    continue
                have.add((claimant, f.subject))
                yield Found(claimant, "condemns", f.subject, "asserted", f.sentence,
                            f"{self.lex.lang}-condemns-claimed-attack", f.trigger)

    def _claimants(self, trigger: Token) -> list[str]:
        """Who the clause of a trigger is reported as said by: the subject of the verb of saying
        it is the complement of ("La Géorgie affirme que"), the speaker named after what was
        said ("« ... », a accusé le ministère géorgien"), or the one "selon" names."""
        reporting = self.lex.modality.get("reporting", {})
        for token in (trigger, *trigger.ancestors):
            if token.dep_ in ("ccomp", "parataxis") and token.head.lemma_.lower() in reporting:
                return self.subjects(token.head)[0]
            if token.dep_ in ("advcl", "acl", "acl:relcl", "csubj", "ccomp", "parataxis"):
                break  # another clause, not said
        root = trigger.sent.root
        for child in (root, *root.children):
            if child.dep_ in ("parataxis", "conj", "advcl") and child.i > trigger.i \
                    and child.lemma_.lower() in reporting and self._inverted_speaker(child):
                return self.subjects(child)[0]
        return self.ctx.source_named(trigger.sent)

    def visited_countries(self, found: list[Found]) -> Iterator[Found]:
        """A visit to a city whose country the sentence also names is a visit to both: "à
        Djeddah, en Arabie saoudite", "à Orenbourg dans le sud-ouest de la Russie"."""
        have = {(f.subject, f.object) for f in found if f.predicate == "visits"}
        for f in found:
            if f.predicate != "visits" or not f.object.startswith("Place:"):
                continue
            country = self.ctx.state_of(f.object)
            sent = f.sentence
            places = [s.end for s in self.ctx.spans if s.ref == f.object and sent.start <= s.start < sent.end]
            named = country is not None and country.startswith("Country:") and any(
                s.ref == country and any(0 <= s.start - end <= 8 for end in places)
                and (s.kind == "name" or self.ctx.doc[s.start].head.lemma_.lower() in self.lex.words["place_nouns"])
                for s in self.ctx.spans)  # named right after the city: "à Djeddah, en Arabie saoudite",
            # "à Maputo, la capitale mozambicaine"
            if named and (f.subject, country) not in have and not self.ctx.same_side(f.subject, (country,)):
                have.add((f.subject, country))
                yield Found(f.subject, "visits", country, f.modality, f.sentence, f"{f.rule}-country", f.trigger)


def _price_paid(token: Token) -> bool:
    """True for the price one is told he will pay: "le Japon en paierait le prix"."""
    return token.lemma_.lower() == "prix" and token.dep_ == "obj" and token.head.lemma_.lower() == "payer"


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
