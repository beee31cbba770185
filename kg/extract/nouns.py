"""Arguments of noun triggers: who visits in "sa visite", whom the sanctions are "contre", the
pair in "la rencontre entre X et Y" or "le sommet X-Y", the agent given by a demonym ("les
frappes russes"), a ``de``-complement ("la visite de Poutine"), a participle ("l'attaque menée
par le Hamas") or the light verb the noun is the object of ("X a imposé des sanctions").
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from spacy.tokens import Token

from kg.extract.context import (
    CHANNEL_NOUNS,
    DocContext,
    agents_of,
    apposed,
    by_agent,
    case_of,
    clause_verb,
    misplaced_agent,
    opposed_state,
    preposition_before,
    window_start,
)
from kg.extract.finding import all_pairs, reflexive
from kg.extract.lexicon import Lexicon, Trigger, normal_case
from kg.ontology.namespace import SYMMETRIC

_ACQUIRE = frozenset({"chercher", "demander", "réclamer", "solliciter", "obtenir", "espérer",
                      "souhaiter", "vouloir", "garantir", "assurer", "compter"})


_ACTS = frozenset({"attacks", "imposesSanctionsOn", "suppliesMunitionsTo", "providesAidTo", "threatens",
                   "signsAgreementWith", "cooperatesWith"})
"""Relations whose mention is an act another may condemn or hail ("cette opération")."""
_ACCEPT = frozenset({"accepter", "recevoir", "refuser", "rejeter", "décliner"})


class NounArguments:
    """The noun half of :class:`kg.extract.relations.RelationRules` (it supplies ``subjects``,
    ``objects`` and ``choose``)."""

    ctx: DocContext
    lex: Lexicon
    found: list  # the relations found so far in the document

    def noun_args(self, noun: Token, trigger: Trigger) -> list[tuple[str, str]]:
        if trigger.relation == "meets" and self._press_interview(noun):
            return []
        if trigger.pair:
            pairs = self._pair(noun) or self._signed_by(noun) or self._opposed_by(noun)
            if pairs and trigger.relation not in SYMMETRIC:  # "les affrontements entre X et Y": each way
                return pairs + [(b, a) for a, b in pairs]
            if pairs:
                return pairs
            if any(c.dep_.startswith(("nmod", "obl")) and case_of(c) in ("entre", "between") for c in noun.children):
                return []  # "les négociations entre l'armée et les rebelles": parties the text names otherwise
        if trigger.relation == "cooperatesWith" and self._possessed(noun) and not case_of(noun):
            apposed = self._named_before_comma(noun)  # "la Chine, son principal allié régional"
            owners = [o for o in self._possessor(noun) if o not in apposed] if apposed else []
            if owners:
                return [(a, o) for a in apposed for o in owners]
        if trigger.relation == "supports" and case_of(noun) in ("avec", "grâce à", "with"):
            return self._backing(noun)
        if noun.dep_ in ("obj", "obl:arg") and noun.head.lemma_.lower() in self.lex.words["reciprocal_verbs"]:
            sides = self.subjects(noun.head)[0]  # "X et Y ont échangé des accusations": each accuses the other
            if len(sides) > 1:
                return [(a, b) for a in sides for b in sides if a != b]
        agents = self._noun_agents(noun)
        if trigger.relation in ("cooperatesWith", "supports"):  # "les alliés de l'Iran, X et Y": X and Y
            agents = self._members_listed(noun) or agents
        role = "place" if trigger.relation == "visits" else "patient"
        if trigger.relation in ("providesAidTo", "suppliesMunitionsTo") and noun.dep_ == "obj" \
                and noun.head.lemma_.lower() in _ACCEPT:
            # "a accepté l'aide proposée par X", "proposée par quatre pays, à savoir X, Y et Z": they give
            offered = [r for c in noun.children if c.dep_ == "acl" for g in agents_of(c)
                       for t in [g, *(o for o in c.children if o.dep_.startswith("obl") and o.i > g.i)]
                       for r in self.ctx.actors_for(t, "agent")]
            if offered:
                return [(g, r) for g in offered for r in self.subjects(noun.head)[0] if g != r]
        partners = self.objects(noun, trigger, role) or self._support_objects(noun, trigger, role) \
            or self._aimed_at(noun, role) \
            or [r for c in noun.children if c.dep_ in ("acl", "acl:relcl") for r in self.objects(c, trigger, role)] \
            or [r for c in noun.children if c.dep_ == "amod" and self.ctx.span_of(c) is not None
                for r in self.objects(c, trigger, role)] \
            or self._complement_after(noun, trigger, role)
        land = self.attacked_land(noun) if trigger.relation == "attacks" and not partners else []
        partners = partners or land
        if not partners and trigger.relation in ("attacks", "imposesSanctionsOn") and noun.dep_ == "nsubj" \
                and noun.head.lemma_.lower() in self.lex.words["aiming_verbs"]:
            partners = self._hit(noun.head, role)  # "les frappes américaines ont visé Sanaa"
        if not partners:  # "principal allié et soutien économique de Pyongyang": one complement for both
            partners = [r for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > noun.i
                        for g in c.children if g.dep_ == "nmod" and case_of(g) in trigger.preps and g.i > c.i
                        for r in self.ctx.actors_for(g, role) if r not in agents]
        if not partners and trigger.relation not in SYMMETRIC:  # "des attaques anti-israéliennes"
            partners = [r for c in noun.children if c.dep_ == "amod" for r in [opposed_state(c)] if r]
        if not partners and trigger.relation == "supports" and self._describes(noun):
            # "l'Iran est le principal soutien du Hezbollah": a backer, and whom it backs after "de"
            partners = [r for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i > noun.i
                        for r in self.ctx.actors_for(c, role)]
            agents = [a for a in agents if a not in partners]
        if agents and set(partners) <= set(agents) and trigger.relation not in SYMMETRIC:
            partners = self._complement_after(noun, trigger, role)  # "la guerre de la Russie contre l'Ukraine"
        if not partners and trigger.relation not in SYMMETRIC:  # "le bombardement par X d'une île sud-coréenne"
            agents, partners = self._agent_by_par(noun, agents)
        verb = self._support_verb(noun)
        doers = self.subjects(verb)[0] if verb is not None else []
        if trigger.relation == "attacks" and verb is not None:  # "a mené des frappes en Irak contre des forces X"
            against = [r for c in verb.children if c.dep_.startswith("obl") and c.i > noun.i
                       and case_of(c) == "contre" for r in self.ctx.actors_for(c, role)]
            if against:  # the target named, not the land it is in ("des frappes en RDC contre l'ADF")
                located = {r for h in (noun, verb) for c in h.children if case_of(c) in ("en", "dans")
                           for r in self.ctx.actors_for(c, role)} | set(land)
                partners = list(dict.fromkeys([p for p in partners if p not in located] + against))
        if not partners and trigger.relation == "visits":  # "la visite du Premier ministre X en Turquie"
            partners = [r for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de"
                        and self.ctx.title_at(c) is not None
                        for g in c.children if g.dep_ == "nmod" and g.i > c.i and case_of(g) in trigger.preps
                        for r in self.ctx.actors_for(g, role)]
        if not partners and trigger.relation == "visits" and case_of(noun) == "en":
            # "Vucic, en visite mardi pour la première fois à Moscou", the place hung elsewhere
            partners = self._place_ahead(noun, trigger.preps)
        if not partners and trigger.relation == "visits" and verb is not None:
            # "a effectué jeudi à Pékin une visite", "à Pékin" hung on the verb or on the day; "Pékin, où il
            # effectue une visite"
            near = [*verb.children, *(g for c in verb.children if self._in_time(c) for g in c.children)]
            partners = [r for c in near if ((c.dep_.startswith(("obl", "nmod")) and case_of(c) in trigger.preps)
                                            or c.lower_ == "où") and c.i < noun.i
                        for r in self.ctx.actors_for(c, role)]
        resisted = noun.dep_ == "obj" or (noun.dep_.startswith("obl") and case_of(noun) == "contre")
        if not partners and resisted and noun.head.lemma_.lower() in self.lex.words["undergo_verbs"]:
            partners = self.subjects(noun.head)[0]  # "l'Ukraine a repoussé une attaque russe"
        if not partners and trigger.relation == "threatens" and agents:
            partners = [r for r in self._defied_by(noun) if r not in agents]  # "malgré les menaces turques"
        if not partners and by_agent(noun) and noun.head.lemma_.lower() in self.lex.words["aiming_verbs"]:
            partners = self.subjects(noun.head)[1]  # "l'Iran est visé par des sanctions américaines"
        if doers and "de" in trigger.preps and trigger.relation not in SYMMETRIC and not set(doers) & set(agents):
            # "Poutine a ordonné l'invasion de l'Ukraine": the verb's subject acts, "de X" undergoes
            partners = list(dict.fromkeys(agents + partners))
            agents = doers
        if noun.dep_ == "obj" and noun.head.lemma_.lower() in self.lex.words["attributing_verbs"]:
            # "New Delhi attribue cet attentat au Lashkar-e-Taiba": its author is the one it is put on
            put_on = [c for c in noun.head.children if c.dep_.startswith("obl") and case_of(c) == "à"]
            agents = [r for c in put_on for r in self.ctx.actors_for(c, "agent")]
            named = {self.ctx.span_of(t).ref for c in put_on for t in c.subtree if self.ctx.span_of(t) is not None}
            partners = [p for p in partners if p not in named]
        if trigger.inverse:
            goods = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de" and trigger.cls
                     and any(self.lex.in_class(t.lemma_, trigger.cls) for t in c.subtree if t.pos_ != "VERB")]
            # "l'achat de missiles russes", "l'acquisition d'avions de combat français"
            makers = [self.ctx.ref(span, "agent") for g in goods for c in g.subtree
                      if c.dep_ == "amod" and c.head.pos_ in ("NOUN", "PROPN")
                      for span in [self.ctx.span_of(c)] if span is not None and span.kind == "demonym"]
            # "l'achat de missiles russes": the demonym of the goods names their maker
            if makers:
                verb = clause_verb(noun)
                buyers = [r for r in agents if r not in makers]
                if not buyers and verb is not None and case_of(noun) == "pour":  # "sanctionne X pour l'achat de"
                    buyers = [r for c in verb.children if c.dep_ == "obj" for r in self.ctx.actors_for(c, "agent")]
                if not buyers and verb is not None:
                    buyers = self.subjects(verb)[0]
                if not buyers:  # a parse with no verb: the actor named before
                    buyers = [r for r in [self.ctx.antecedent(noun, exclude=tuple(makers))] if r]
                return [(m, b) for m in makers for b in buyers if m != b]
            recipients = agents or self._adjacent_actor(noun)
            other = self.ctx.antecedent(noun, exclude=self.ctx.states_of(recipients))
            return [(other, r) for r in recipients if other]
        if not partners and trigger.relation in ("suppliesMunitionsTo", "providesAidTo"):
            heads = [noun, noun.head] if noun.dep_ == "obj" else [noun]  # "a alloué une enveloppe pour soutenir X"
            partners = next((found for h in heads for found in [self.aided(h, role)] if found), [])
        if not partners and trigger.cls and trigger.relation in ("suppliesMunitionsTo", "providesAidTo"):
            acquired = self._acquisition(noun, agents)
            if acquired or trigger.relation != "providesAidTo":
                return acquired  # else a pledge in a round-up: "L'Allemagne a annoncé le versement de 244 millions"
        if not partners and trigger.relation == "supports" and agents:
            sought = self._acquisition(noun, agents)
            if sought:
                return sought
        if not agents and (trigger.relation in ("meets", "negotiatesWith", "visits")
                           or (trigger.relation == "cooperatesWith" and case_of(noun) == "en")):
            agents = self._setting_parties(noun)  # "a acheté en collaboration avec X des avions"
        if not partners and trigger.relation in SYMMETRIC and self._possessed(noun):
            # "à leur allié saoudien": the owner and the demonym
            partners = [r for c in noun.children if c.dep_ == "amod" and self.ctx.span_of(c) is not None
                        for r in self.ctx.actors_for(c, "agent") if r not in agents]
        bound = [r for c in noun.children if c.dep_ in ("acl", "acl:relcl")
                 and c.lemma_.lower() in self.lex.words["binding_verbs"]
                 for o in c.children if o.dep_ == "obj" for r in self.ctx.actors_for(o, "agent")]
        if not agents and not partners and trigger.relation in SYMMETRIC and len(bound) > 1:
            return all_pairs(bound)  # "le partenariat qui lie la France et le Japon"
        if not partners and trigger.relation in SYMMETRIC:  # "X et Y ont ouvert des négociations"
            joining = noun.lemma_.lower() in self.lex.words["joining_nouns"]  # "l'adhésion de X et Y": to a third
            return [] if joining else all_pairs(agents or doers)
        demonyms = [c for c in noun.children if c.dep_ in ("amod", "punct") and self.ctx.span_of(c) is not None]
        if not partners and trigger.pair and len(demonyms) > 1:  # "le conflit israélo-palestinien"
            return [(a, b) for a in agents for b in agents if a != b]
        if not partners and trigger.relation == "providesAidTo":
            partners = self.aid_recipient_before(noun, agents)
        return [(a, p) for a in agents for p in partners]

    def aid_recipient_before(self, token: Token, givers: list[str]) -> list[str]:
        """Whom aid is for when its sentence names no one: the recipient of the aid reported in
        the two sentences before, in a round-up of pledges ("Le Japon a annoncé l'envoi de deux
        avions. La Norvège a promis 30 millions de couronnes."), if the sentence names no other
        state than the givers."""
        if not givers or any(self.ctx.ref(s, "agent") not in givers and s.ref.startswith("Country:")
                             for s in self.ctx.spans if token.sent.start <= s.start < token.sent.end):
            return []
        floor = window_start(token, 2)
        for f in reversed(self.found):
            if f.predicate == "providesAidTo" and floor <= f.sentence.start < token.sent.start \
                    and f.object not in givers:
                return [f.object]
        return self._stricken(token, givers)

    def _stricken(self, token: Token, givers: list[str]) -> list[str]:
        """The state a text about aid is about, when a pledge names no recipient: the country
        named most often before (of two named as often, the one named first), if it has received
        nothing else and gives nothing ("Inondations en Libye ... La France a envoyé un avion
        transportant des sauveteurs")."""
        if any(g.startswith("Person:") for g in givers) or (token.pos_ == "VERB" and not any(
                self.lex.word_in_class(t, "aid") for c in token.children if c.dep_ == "obj" for t in c.subtree)):
            return []  # "un ministre avait offert son assistance", "d'aider à", "a financé ces manifestations"
        named = [ref for span in self.ctx.spans if span.start < token.sent.start
                 for ref in [self.ctx.ref(span, "agent")] if ref and ref.startswith("Country:")]
        counts = Counter(named)
        most = [ref for ref, n in counts.items() if n == max(counts.values(), default=0)]
        if not most or len(most) > 2 or (len(most) == 2 and named[0] not in most):
            return []  # no one state the text is about; of two named as often, the first named (the headline's)
        state = named[0] if len(most) == 2 else most[0]
        giving = {f.subject for f in self.found if f.predicate in ("providesAidTo", "suppliesMunitionsTo")}
        if state in givers or state in giving or self.ctx.same_side(state, tuple(givers)):
            return []
        return [state]

    def _press_interview(self, noun: Token) -> bool:
        """True for "un entretien avec les médias", "un entretien accordé au quotidien Le Monde",
        and for "a-t-il dit en conférence de presse" with no one named to meet."""
        media = self.lex.words["media_nouns"]
        if any(c.dep_ == "amod" and self.lex.in_class(c.lemma_, "joint")
               for h in (noun, *(c for c in noun.children if c.dep_ == "nmod")) for c in h.children):
            return False  # "lors d'une conférence de presse conjointe": those who hold it met
        partners = [c for c in noun.children if c.dep_.startswith("nmod") and case_of(c) in ("avec", "à")]
        press = any(c.dep_.startswith("nmod") and case_of(c) == "de" and c.lemma_.lower() in media
                    for c in noun.children)
        siblings = [c for c in noun.head.children if c.i > noun.i] if noun.head.pos_ == "ADV" else []
        if press and not any(case_of(c) in ("avec", "entre") for c in [*noun.children, *siblings]
                             if c.dep_.startswith(("nmod", "obl"))):  # "lors d'une conférence de presse avec X"
            return True
        partners += [g for c in noun.children if c.dep_ == "acl" for g in c.children
                     if g.dep_.startswith(("obl", "iobj")) and case_of(g) == "à"]  # "accordé au quotidien"
        return any(p.lemma_.lower() in media or p.lower_ in media for p in partners)

    def _aimed_at(self, noun: Token, role: str) -> list[str]:
        """Whom a participle on the noun aims the act at: "des sanctions visant des responsables
        russes", "une aide destinée au Soudan"."""
        aiming = self.lex.words["aiming_verbs"]
        found = []
        holders = [noun, *(c for c in noun.children if c.dep_.startswith("nmod"))]  # "l'embargo sur les armes visant X"
        token = noun
        for _ in range(2):  # "une dizaine de camions d'aide destinée au Venezuela", however the participle is hung
            if token.dep_ != "nmod" or case_of(token) != "de" or token.head.pos_ != "NOUN":
                break
            token = token.head
            holders.append(token)
        relatives = [g for h in holders for c in h.children if c.dep_ == "acl:relcl"
                     and any(p.lower_ == "qui" and p.dep_ == "nsubj" for p in c.children)
                     for g in [c, *(x for x in c.children if x.dep_ == "xcomp")]]  # "qui pourront viser X"
        participles = [c for h in holders for c in h.children if c.dep_ == "acl"] + relatives
        for participle in (c for c in participles if c.lemma_.lower() in aiming):
            complements = [g for g in participle.children if g.dep_ == "obj"] or [
                g for g in participle.children if g.dep_.startswith("obl") and case_of(g) in ("à", "vers", "contre")]
            found.extend(r for g in complements for r in self.ctx.actors_for(g, role))
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in aiming:  # "les sanctions visent X"
            found.extend(r for g in noun.head.children if g.dep_ == "obj" for r in self.ctx.actors_for(g, role))
        return found

    def _agent_by_par(self, noun: Token, agents: list[str]) -> tuple[list[str], list[str]]:
        """With an agent introduced by "par", the demonyms and "de" complements of the noun are
        what undergoes the act: "l'invasion par la Russie de l'Ukraine", "le bombardement par la
        Corée du Nord d'une île sud-coréenne" (however the parser hung the adjective)."""
        by_par = [r for c in noun.children if c.dep_.startswith(("nmod", "conj")) and by_agent(c)
                  for r in self.ctx.actors_for(c, "agent")]  # "l'invasion de l'Ukraine par la Russie", as a conjunct
        by_par = by_par or [r for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de"
                            for g in c.children if g.dep_ == "nmod" and by_agent(g)
                            for r in self.ctx.actors_for(g, "agent")]  # "la détention d'un bateau par le Japon"
        by_par = by_par or [r for c in noun.head.children if noun.dep_ == "obj" and c.i > noun.i
                            and misplaced_agent(c) and by_agent(c) for r in self.ctx.actors_for(c, "agent")]
        # "a rappelé l'invasion de l'Ukraine par la Russie", "par" hung on the verb
        by_par = by_par or [r for r in self._performed_by(noun) if r not in agents]  # "de l'Ukraine lancée par X"
        if not by_par:
            return agents, []
        undergoing = [r for c in noun.children if c.dep_.startswith("nmod") and case_of(c) == "de"
                      for r in self.ctx.actors_for(c, "patient")]
        undergoing += [r for c in noun.children if c.dep_.startswith("nmod") and by_agent(c)
                       for g in c.subtree if g.dep_.startswith("nmod") and case_of(g) == "de" and g.i > c.i
                       for r in self.ctx.actors_for(g, "patient") if r not in by_par]
        partners = [a for a in agents if a not in by_par] + undergoing
        return by_par, list(dict.fromkeys(p for p in partners if not self.ctx.same_side(p, tuple(by_par))))

    def _place_ahead(self, noun: Token, preps: tuple[str, ...]) -> list[str]:
        """The first place introduced by one of ``preps`` after a noun, before the phrase ends
        (a comma, a verb or another sentence)."""
        doc = noun.doc
        for token in doc[noun.i + 1: min(noun.i + 10, noun.sent.end)]:
            if token.text in (",", ";", ":", "(") or token.pos_ in ("VERB", "AUX"):
                return []
            span = self.ctx.span_of(token)
            if span is not None:
                ref = self.ctx.ref(span, "place")
                if ref and ref.startswith(("Place:", "Country:")) and preposition_before(doc, span.start) in preps:
                    return [ref]
                return []
        return []

    def _complement_after(self, noun: Token, trigger: Trigger, role: str) -> list[str]:
        """A complement of the noun the parser hung on its verb: in "épargner les civils dans
        ses raids contre le Hamas", "contre le Hamas" right after "raids" is theirs."""
        preps = [p for p in trigger.preps if p != "de"]
        head = noun.head
        if not preps or head.i == noun.i:
            return []
        heads = [head, head.head] if head.pos_ == "ADV" else [head]  # "lors de l'entretien avec X"
        for sibling in (c for h in heads for c in h.children):
            gap = noun.doc[noun.right_edge.i + 1: sibling.left_edge.i]  # "un avertissement strict à X"
            if sibling.i > noun.i and all(t.pos_ in ("ADJ", "ADV") for t in gap) \
                    and sibling.dep_.startswith(("obl", "nmod")) and case_of(sibling) in preps:
                return self.ctx.actors_for(sibling, role)
            if sibling.i == noun.right_edge.i + 1 and sibling.lower_ in preps and sibling.pos_ == "VERB":
                # "les sanctions de X envers la Russie": the tagger read "envers" as a verb
                return [r for c in sibling.children if c.dep_ in ("obj", "obl:arg")
                        for r in self.ctx.actors_for(c, role)]
        return []

    def _signed_by(self, noun: Token) -> list[tuple[str, str]]:
        """The parties of a participle on the noun: "l'accord signé par X et Y"."""
        parties = [r for c in noun.children if c.dep_ == "acl" and "Part" in c.morph.get("VerbForm")
                   and getattr(self.choose(c), "relation", None) in ("signsAgreementWith", "negotiatesWith", None)
                   and (c.lemma_.lower() == "négocier" or c.lemma_.lower() not in self.lex.words["brokering_verbs"])
                   # "un texte supervisé par les États-Unis": a broker, no party
                   for g in agents_of(c) for r in self.ctx.actors_for(g, "agent")]
        return all_pairs(list(dict.fromkeys(parties)))

    def _backing(self, noun: Token) -> list[tuple[str, str]]:
        """"X a présenté le texte avec le soutien de Y": Y supports X."""
        backers = [r for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de"
                   for r in self.ctx.actors_for(c, "agent")]
        if backers:  # the rest of a list the parser did not coordinate
            first = min(c.i for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de")
            backers = list(dict.fromkeys(backers + self._listed_after(noun.doc[first])))
        verb = clause_verb(noun)
        backed = self.subjects(verb)[0] if verb is not None else []
        return [(b, x) for b in backers for x in backed]

    def _noun_agents(self, noun: Token) -> list[str]:
        if _apposition(noun) and (self.ctx.span_of(noun.head) is not None or self.ctx.title_at(noun.head) is not None):
            return self.ctx.actors_for(noun.head, "agent")  # "la Turquie, un allié de l'État hébreu"
        apposed = self._apposed_subject(noun)
        if apposed is not None:
            return self.ctx.actors_for(apposed, "agent")
        one = noun.head
        if noun.dep_ == "nmod" and one.pos_ == "PRON" and one.lemma_.lower() == "un" and one.left_edge.i > 1 \
                and noun.doc[one.left_edge.i - 1].text == ",":  # "Les Émirats, l'un des plus proches alliés de X"
            described = self.ctx.span_of(noun.doc[one.left_edge.i - 2])
            if described is not None:
                return [r for r in [self.ctx.ref(described, "agent")] if r]
        predicate = noun.head if noun.dep_ == "conj" else noun  # "sont deux pays amis et deux partenaires de"
        if noun.dep_ == "nmod" and noun.head.lemma_.lower() in self.lex.words["adverbial_nouns"]:
            predicate = noun.head  # "la Chine est en effet le premier partenaire de": "effet" read as predicate
        # "l'Algérie et le Maroc sont des partenaires de"; "Damas est le meilleur allié de", the
        # copula hung on the adjective
        for holder in [predicate, *(c for c in predicate.children if c.dep_ == "amod" and c.i < predicate.i)]:
            if any(c.dep_ == "cop" for c in holder.children):
                predicated = [r for c in holder.children if c.dep_ == "nsubj" for r in self.ctx.actors_for(c, "agent")]
                if predicated:
                    return predicated
        if self._possessed(noun):
            return self._possessor(noun)
        found = []
        agent_preps = self.lex.words["agent_preps"]
        assets = self.lex.words["asset_nouns"]
        times = self.lex.words["time_words"]
        dated = [g for c in noun.children if c.lemma_.lower() in times and c.i > noun.i
                 for g in c.children if g.dep_ == "nmod" and case_of(g) in agent_preps]
        # "une visite dans la capitale iranienne du ministre russe", the visitor hung on the place
        dated += [g for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and case_of(c) in ("à", "en", "dans")
                  and c.lemma_.lower() in self.lex.words["place_nouns"]
                  for g in c.children if g.dep_ == "nmod" and case_of(g) == "de" and self.ctx.title_at(g) is not None]
        for child in [*noun.children, *dated]:  # "une visite au Cambodge en juin du ministre chinois"
            if child.lemma_.lower() in assets or child.lemma_.lower() in CHANNEL_NOUNS:
                continue  # "le gel des avoirs de X": X undergoes it; "par la voix de sa ministre": she speaks
            compound = child.dep_ == "punct" and self.ctx.span_of(child) is not None \
                and self.ctx.span_of(child).kind == "demonym"  # "le sommet franco-allemand", misparsed
            if child.dep_ == "amod" or compound or (child.dep_ == "nmod" and case_of(child) in agent_preps):
                refs = self.ctx.actors_for(child, "agent")
                if not refs and child.dep_ == "nmod":  # "les livraisons d'armes de la France"
                    refs = [r for g in child.children if g.dep_ == "nmod" and case_of(g) in agent_preps
                            for r in self.ctx.actors_for(g, "agent")]
                found.extend(refs)
        if found:
            return found
        performed = self._performed_by(noun) or self._relative_agents(noun)
        if performed:
            return performed
        verb = self._support_verb(noun)
        agents = self.subjects(verb)[0] if verb is not None else self._enclosing_agent(noun)
        return agents or self._reported_before(noun)

    def _hit(self, verb: Token, role: str) -> list[str]:
        """What the act a verb of aiming has as subject hits: its object, or the places the
        object lies in ("ont visé des sites militaires à Sanaa et dans le gouvernorat de Hodeida")."""
        objects = [c for c in verb.children if c.dep_ in ("obj", "dep", "obl:arg") and c.i > verb.i]
        found = [r for c in objects for r in self.ctx.actors_for(c, role)]
        if found:
            return found
        for obj in objects:
            for token in obj.subtree:
                span = self.ctx.span_of(token)
                if span is not None and token.i == span.start and span.kind != "demonym" \
                        and span.ref.startswith(("Place:", "Country:")) \
                        and preposition_before(token.doc, span.start) in ("à", "en", "dans", "de"):
                    found.append(span.ref)
        return list(dict.fromkeys(found))

    def attacked_land(self, trigger: Token) -> list[str]:
        """The country or named place an attack is carried into, when the text names no other
        target: "des frappes sur neuf sites au Pakistan", "l'intervention lancée par Nairobi en
        Somalie", "des raids dans la bande de Gaza" (not "son hostilité à Israël": "à" before a
        country's name is a dative)."""
        kinds = ("Country:", "Place:")
        found = []
        frontier = [(c, 1) for c in trigger.children
                    if c.dep_.startswith(("nmod", "obl")) or (c.dep_ == "acl" and c.pos_ == "VERB")]
        verb = self._support_verb(trigger)  # "a mené de nouveaux raids aériens en Syrie"
        if self._in_time(trigger.head):  # "des frappes en Afghanistan", both hung on a date before them
            frontier += [(c, 2) for c in trigger.doc[trigger.right_edge.i + 1: trigger.sent.end]
                         if c.left_edge.i == trigger.right_edge.i + 1 and c.dep_.startswith("nmod")
                         and self._in_time(c.head)]
        if verb is not None:
            frontier += [(c, 2) for c in verb.children if c.dep_.startswith(("obl", "obj")) and c.i > trigger.i]
        while frontier:
            token, depth = frontier.pop()
            span = self.ctx.span_of(token)
            cases = [c.lower_ for c in token.children if c.dep_ == "case" and c.i < token.i]
            into = cases in (["en"], ["dans"], ["au"], ["aux"])
            if span is not None and span.ref.startswith(kinds) and span.kind == "name" and into:
                found.append(span.ref)
            elif into and token.lemma_.lower() in self.lex.words["place_nouns"]:  # "dans le nord de la Syrie"
                found.extend(self.ctx.span_of(c).ref for c in token.children
                             if c.dep_ == "nmod" and case_of(c) == "de" and self.ctx.span_of(c) is not None
                             and self.ctx.span_of(c).ref.startswith(kinds))
            elif depth < 3:
                frontier.extend((c, depth + 1) for c in token.children if c.dep_.startswith(("nmod", "obl")))
        return list(dict.fromkeys(found))

    def _describes(self, noun: Token) -> bool:
        """True for a noun said of an actor: in apposition to it or predicated of it."""
        return _apposition(noun) or any(c.dep_ == "cop" for c in noun.children) \
            or self._apposed_subject(noun) is not None

    def _possessed(self, noun: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in self.lex.words["possessives"] for c in noun.children)

    def _apposed_subject(self, noun: Token) -> Token | None:
        """The actor a subject noun stands in apposition to, though the parser made both subjects
        of the verb: "la Turquie, un allié de l'État hébreu, a proposé"."""
        if noun.dep_ != "nsubj":
            return None
        before = [c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i
                  and self.ctx.span_of(c) is not None]
        return before[-1] if before and apposed(before[-1], noun) else None

    def _reported_before(self, noun: Token, judged: bool = False) -> list[str]:
        """The agent of the act a demonstrative refers back to: "cette frappe" is the strike the
        text reported last, as "la frappe" is the one the same noun reported. An act condemned or
        hailed is one reported, whatever its determiner (``judged``): "Israël a frappé Doha. Le
        Qatar a condamné une « attaque lâche »"."""
        demonstrative = _demonstrative(noun)
        definite = any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in noun.children) \
            and "Sing" in noun.morph.get("Number")
        trigger = self.choose(noun)
        if not (judged or demonstrative or definite) or trigger is None:
            return []
        same_noun = None if judged or demonstrative else noun.lemma_
        if judged and trigger.relation in SYMMETRIC:  # "a dénoncé la signature de ces accords": by all parties
            return self._last_parties(noun, trigger.relation)
        return self._last_author(noun, {trigger.relation}, 3, same_noun)

    def _opposed_by(self, noun: Token) -> list[tuple[str, str]]:
        """The two sides a war or a conflict is said to oppose: "la guerre qui oppose l'Iran à
        Israël", "le conflit opposant les Houthis au gouvernement yéménite"."""
        pairs = []
        for verb in noun.children:
            if verb.dep_ not in ("acl", "acl:relcl") or verb.lemma_.lower() not in self.lex.words["opposing_verbs"]:
                continue
            sides = [r for c in verb.children if c.dep_ == "obj" for r in self.ctx.actors_for(c, "agent")]
            others = [r for c in verb.children if c.dep_.startswith("obl") and case_of(c) in ("à", "au", "aux")
                      for r in self.ctx.actors_for(c, "agent") if r not in sides]
            pairs += [(a, b) for a in sides for b in others] if others else all_pairs(sides)
        return pairs

    def _named_before_comma(self, noun: Token) -> list[str]:
        """The actor named right before the comma that opens the noun's phrase, which it is in
        apposition to, however the parser hung it."""
        start = next(t.i for t in noun.subtree if not t.is_punct or t.i == noun.i)  # the comma may hang on it
        if start < 2 or noun.doc[start - 1].text != ",":
            return []
        span = self.ctx.span_of(noun.doc[start - 2])
        ref = self.ctx.ref(span, "agent") if span is not None else None
        return [ref] if ref and ref.split(":")[0] in ("Country", "Organization", "Person") else []

    def _defied_by(self, noun: Token) -> list[str]:
        """Who stands up to a threat the text names with no target: the subject of the clause
        that goes on "malgré", "face à" or "en dépit de" it, or that denounces it ("son pays
        poursuivrait l'exploration malgré les menaces turques", "a fustigé les menaces de Paris")."""
        case = case_of(noun)
        despite = case in ("malgré", "en dépit de", "face à", "face") or (
            noun.head.lemma_.lower() in ("face", "dépit") and case_of(noun.head) in ("face à", "en", "à", "de"))
        holder = noun.head if noun.head.lemma_.lower() in ("face", "dépit") else noun
        denounced = noun.dep_ == "obj" and getattr(self.choose(noun.head), "relation", None) == "condemns"
        if not (despite or denounced):
            return []
        verb = noun.head if denounced else clause_verb(holder)
        if verb is None:
            return []
        backing = getattr(self.choose(verb), "relation", None) in ("supports", "providesAidTo")
        if backing:  # "pour soutenir la Moldavie face au chantage de Moscou": the one backed
            return [r for c in verb.children if c.dep_ in ("obj", "iobj") for r in self.ctx.actors_for(c, "patient")]
        return self.subjects(verb)[0]

    def _acted_before(self, noun: Token) -> list[str]:
        """The author of the act a demonstrative and a noun of acts refer back to: "cette
        opération", "ces mesures" is the act the text reported last, in its sentence or the two before."""
        return self._last_author(noun, _ACTS, 2) if _demonstrative(noun) else []

    def _last_author(self, noun: Token, predicates, sentences: int, lemma: str | None = None) -> list[str]:
        """The subject of the last asserted relation of ``predicates`` found before ``noun``, in its
        sentence or the ``sentences`` before (with ``lemma``, only one whose trigger is that word)."""
        earlier = self._asserted_before(noun, predicates, sentences, lemma)
        return [earlier[-1].subject] if earlier else []

    def _asserted_before(self, noun: Token, predicates, sentences: int, lemma: str | None = None) -> list:
        """The asserted relations of ``predicates`` found before ``noun``, in text order."""
        floor = window_start(noun, sentences)
        return [f for f in self.found if f.predicate in predicates and floor <= f.trigger < noun.i
                and f.modality == "asserted" and (lemma is None or self.ctx.doc[f.trigger].lemma_ == lemma)]

    def _last_parties(self, noun: Token, predicate: str) -> list[str]:
        """Both parties of every asserted relation the last trigger of ``predicate`` before ``noun``
        (in its sentence or the three before) gave: "l'UE a signé des accords avec l'Ukraine et la
        Géorgie" for a later "ces accords"."""
        earlier = self._asserted_before(noun, {predicate}, 3)
        last = [f for f in earlier if f.trigger == earlier[-1].trigger]
        return list(dict.fromkeys(r for f in last for r in (f.subject, f.object)))

    def _relative_agents(self, noun: Token) -> list[str]:
        """The subject of a relative clause whose object the noun is: "le soutien que le Rwanda
        apporte au M23", "les armes que Moscou livre à Damas"."""
        return [r for c in noun.children if c.dep_ == "acl:relcl"
                and any(g.lower_ in ("que", "qu'") and g.dep_ in ("obj", "mark") for g in c.children)
                for g in c.children if g.dep_ == "nsubj" for r in self.ctx.actors_for(g, "agent")]

    def _performed_by(self, noun: Token) -> list[str]:
        """The agent of a participle on the noun: "l'attaque menée par le Hamas" (not of one that
        decides or reports it: "des manœuvres décidées par les présidents")."""
        governors, reporting = self.lex.modality.get("governor", {}), self.lex.modality.get("reporting", {})
        support = self.lex.words["support_verbs"]  # "l'intervention lancée par Nairobi"
        # "l'invasion de l'Ukraine lancée par Moscou", the participle hung on the actor undergoing it
        misplaced = [c for n in noun.children if n.dep_ == "nmod" and self.ctx.span_of(n) is not None
                     for c in n.children if c.lemma_.lower() in support]
        return [r for c in [*noun.children, *misplaced] if c.dep_ == "acl" and c.pos_ == "VERB"
                and c.lemma_.lower() not in governors
                and (c.lemma_.lower() not in reporting or c.lemma_.lower() in support)
                for g in agents_of(c) for r in self.ctx.actors_for(g, "agent")]

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
            if self._in_time(token.head) and token.head.head.i != token.head.i:
                verb = token.head.head  # "a annoncé mercredi des sanctions" parsed under "mercredi"
                while self._in_time(verb) and verb.head.i != verb.i:  # "a mené dans la nuit du lundi 24 ..."
                    verb = verb.head
                return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.lex.words["support_verbs"] \
                    else None
            partitive = any((c.dep_ == "case" and c.lower_ in ("des", "du", "de", "d'", "d’"))  # "mener des manoeuvres"
                            or (c.dep_ == "det" and c.lower_ in ("de", "d'", "des"))  # "mener de nouveaux raids"
                            for c in token.children)
            reached = token.dep_ == "obj" or (token.dep_.startswith("obl") and case_of(token) == "à") \
                or (token.dep_ == "obl:arg" and partitive) \
                or (token.dep_.startswith("obl") and case_of(token) == "dans" and reflexive(token.head)) \
                or (token.dep_.startswith("obl") and case_of(token) == "en"
                    and not any(c.dep_ == "det" or case_of(c) == "de" for c in token.children))
            # "mener des manoeuvres", parsed as a complement; "s'est lancé dans une charge contre X"; "entrer en
            # guerre contre X", not "signé en présence de X"
            if reached and token.head.pos_ in ("VERB", "AUX"):  # "parvenir à un accord avec"
                verb = token.head
                if reflexive(verb) and case_of(token) != "dans":
                    return None  # "s'entretenir de l'aide": talk of it, not maintain it
                return verb if verb.lemma_.lower() in self.lex.words["support_verbs"] else None
            if token.dep_ != "nmod" or case_of(token) != "de":
                return None
            token = token.head
        return None

    def _in_time(self, token: Token) -> bool:
        """True for a word of a time phrase: "mercredi", "dans la nuit du lundi 24 au mardi 25"."""
        return token.lemma_.lower() in self.lex.words["time_words"] or token.pos_ == "NUM"

    def _possessor(self, noun: Token) -> list[str]:
        """Whose "sa visite" is: the subject of the clause it sits in ("Lors de sa rencontre avec
        Zelensky, le président Joe Biden a annoncé"), else the nearest actor before it."""
        verb = clause_verb(noun)
        plural = any(c.dep_ == "det" and c.lower_ in ("leur", "leurs") for c in noun.children)
        if verb is not None and noun.head == verb and noun.dep_.startswith("obl") and case_of(noun) == "pour":
            # "a remercié l'Iran pour son assistance", "a critiqué X pour son soutien à": the one addressed
            objects = [c for c in verb.children if c.dep_ == "obj"]
            addressed = [r for c in objects for r in self.ctx.actors_for(c, "agent")]
            if addressed:
                return addressed if plural else addressed[:1]
            if any(("Plur" in c.morph.get("Number")) == plural for c in objects):
                return []  # "a sanctionné deux transporteurs pour leur soutien aux Houthis": theirs, unnamed
        if verb is not None:
            agents = self.subjects(verb)[0]
            if agents:  # "la Russie et la Chine renforcent leur coopération": both
                return agents if plural else agents[:1]
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
        verb = clause_verb(noun)
        if verb is None and noun.sent.root.pos_ in ("NOUN", "PROPN") and noun.sent.root.i < noun.i:
            # a caption: "Le président Emmanuel Macron et son homologue serbe Aleksandar Vucic lors d'une rencontre"
            people = [r for t in noun.sent.root.subtree if t.i < noun.i and t.dep_ in ("appos", "conj", "ROOT")
                      for r in self.ctx.actors_for(t, "agent") if r.startswith("Person:")]
            return list(dict.fromkeys(people))
        return self.subjects(verb)[0] if verb is not None else []

    def _pair(self, noun: Token) -> list[tuple[str, str]]:
        # "des négociations avaient commencé mi-avril entre les deux pays": hung on the verb that says it
        # happens, when that verb has no object of its own for it to qualify
        verb_side = [c for c in noun.head.children if c.i > noun.i] if noun.dep_ in ("nsubj", "nsubj:pass") \
            and noun.head.lemma_.lower() in self.lex.words["event_verbs"] \
            and not any(c.dep_ == "obj" for c in noun.head.children) else []
        for child in [*noun.children, *verb_side]:
            if child.dep_.startswith(("nmod", "obl")) and case_of(child) in ("entre", "between"):
                refs = self.ctx.actors_for(child, "agent")
                if len(refs) < 2:  # the parser lost the coordination: read "entre X et Y" in order
                    refs = list(dict.fromkeys(refs + self._listed_after(child)))
                if len(refs) >= 2:
                    return _parties(refs, child)
        between = self._between_after(noun)  # "la coopération qui prévalait entre X et Y"
        if between is not None:
            refs = list(dict.fromkeys(self._listed_after(between)))
            if len(refs) >= 2:
                return _parties(refs, between)
        doc = noun.doc
        for t in doc[noun.i + 1: min(noun.i + 4, len(doc) - 2)]:  # "la coopération bilatérale russo-française"
            first, second = self.ctx.span_of(t), self.ctx.span_of(doc[t.i + 2])
            if doc[t.i + 1].text == "-" and first is not None and second is not None \
                    and first.kind == second.kind == "demonym" and first.end == t.i + 1 and first.ref != second.ref:
                return [(self.ctx.ref(first, "agent"), self.ctx.ref(second, "agent"))]
            if t.pos_ not in ("ADJ", "ADV") and self.ctx.span_of(t) is None:
                break
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
            finite = token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm") and not any(
                "Rel" in t.morph.get("PronType") for t in noun.doc[noun.i + 1: token.i])  # a clause of its own
            if finite or (token.pos_ in ("NOUN", "VERB") and noun not in token.ancestors and token.i != noun.head.i):
                return None  # "Ces manoeuvres ont ravivé les tensions entre X et Y": the tensions are between them
        return None

    def _members_listed(self, noun: Token) -> list[str]:
        """The members a plural noun lists after its complement: "les alliés de l'Iran, le
        Hezbollah et les Houthis", "des pays alliés de Riyad comme l'Égypte et la Jordanie"."""
        if "Plur" not in noun.morph.get("Number"):
            return []
        doc = noun.doc
        complement = [c for c in noun.children if c.dep_.startswith(("nmod", "acl")) and c.i > noun.i]
        end = max((c.right_edge.i for c in complement if case_of(c) != "comme"), default=noun.i) + 1
        if end + 1 < noun.sent.end and doc[end].lower_ in (",", "comme", "dont", "notamment"):
            first = doc[end + 1]
            while first.pos_ == "DET" and first.i + 1 < noun.sent.end:
                first = doc[first.i + 1]
            if self.ctx.span_of(first) is not None:  # not the demonyms of the members ("le Hezbollah libanais")
                adjectives = {self.ctx.ref(s, "agent") for s in self.ctx.spans
                              if s.kind == "demonym" and first.i < s.start < first.i + 14}
                return [r for r in self._listed_after(first) if r not in adjectives]
        return []

    def _listed_after(self, first: Token) -> list[str]:
        """Actors listed from ``first`` on, joined by commas and "et": "entre X, Y et Z"."""
        refs = []
        for token in first.doc[first.i: min(first.i + 24, len(first.doc))]:
            if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text != ",") or token.is_space \
                    or (refs and token.pos_ in ("ADP", "ADV")
                        and normal_case(token.lower_) not in ("de", "d'", "du", "aussi", "également", "notamment")):
                break  # "entre le Tchad et le Soudan à Dakar": Dakar is where; "lors d'une rencontre avec": others
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
        """A supply or backing sought by its recipient: "X cherche à garantir l'envoi de
        munitions", "Paris espère le soutien de Moscou"."""
        token = noun
        # "peut compter sur le soutien de X": the backing is counted on
        while (token.dep_ in ("obj", "xcomp") or (token.dep_.startswith("obl") and case_of(token) == "sur")) \
                and token.head.i != token.i:
            token = token.head
            if token.lemma_.lower() in _ACQUIRE:
                recipients = self.subjects(token)[0]
                givers = [a for a in agents if a not in recipients]
                if givers:
                    return [(g, r) for g in givers for r in recipients]
                other = self.ctx.antecedent(token, exclude=tuple(recipients))
                return [(other, r) for r in recipients if other]
        return []


def _parties(refs: list[str], first: Token) -> list[tuple[str, str]]:
    """The pairs of "entre X, Y et Z": every two of them, or the first with each of the others
    when it is one side ("entre l'Iran d'une part et X, Y et Z d'autre part")."""
    return [(refs[0], r) for r in refs[1:]] if _one_side(first) else all_pairs(refs)


def _one_side(first: Token) -> bool:
    """True if "d'une part" follows the first party of "entre X d'une part et ...": the others
    are the other side, not each other's partners."""
    words = [t.lower_ for t in first.doc[first.i: min(first.i + 8, first.sent.end)]]
    return any(a == "une" and b == "part" for a, b in pairwise(words))


def _apposition(noun: Token) -> bool:
    """True for a noun in apposition, also when parsed as a conjunct: "Jair Bolsonaro, critique féroce de"."""
    return noun.dep_ == "appos" or (
        noun.dep_ == "conj" and not any(c.dep_ == "cc" for c in noun.children)
        and (noun.left_edge.text == "," or (noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ",")))


def _demonstrative(noun: Token) -> bool:
    """True for a noun with a demonstrative determiner ("cette frappe", "ces mesures")."""
    return any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in noun.children)
