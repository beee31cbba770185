"""Titles and memberships: who leads or serves which state or organisation ("le président
russe Vladimir Poutine", "Edouard Nalbandian et Ahmet Davutoglu, ministres arménien et turc"),
and which states belong to which organisation ("la Turquie, membre de l'Otan").

The half of :class:`kg.extract.relations.RelationRules` that reads affiliations; it registers
each holder on the document context, so that a later "le président russe" resolves to him.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.context import DocContext, Title, agents_of, case_of, preposition_before
from kg.extract.finding import Found
from kg.extract.lexicon import Lexicon
from kg.extract.modality import is_negated, modality_of


class AffiliationRules:
    """The title half of :class:`kg.extract.relations.RelationRules`."""

    ctx: DocContext
    lex: Lexicon

    def affiliations(self, sent: Span, infer: bool) -> Iterator[Found]:
        """The leaderOf / officialOf each title of the sentence states; with ``infer``, also for
        an unnamed title that refers back to a person ("le président colombien")."""
        for token in sent:
            title = self.ctx.title_at(token)
            if title is not None and title.org is None and not infer and title.group == "Person":
                named = self.ctx.person_of_title(title, infer=False)  # "le président Bush": a leader
                if named:
                    self.ctx.title_keys.setdefault(named, set()).add(title.key)  # "le ministre" may be him later
                    if title.key in self.lex.words["state_leader_titles"]:  # not "le directeur général X"
                        self.ctx.leaders.add(named)
            if title is None or title.relation is None or title.org is None or _claimed(token):
                continue
            if not infer and self.lex.titles[title.key][2]:
                continue  # "son homologue russe": read once every named leader of the text is known
            person = self.ctx.person_of_title(title, infer)
            if person is None:
                continue
            self._register(title, person)
            yield Found(person, title.relation, title.org, _affiliation_modality(token, self),
                        sent, f"{self.lex.lang}-title-{title.key.replace(' ', '_')}", token.i)

    def bare_leaders(self, sent: Span) -> Iterator[Found]:
        """A named leader whose title names no state ("le président Abdullah Gül a déclaré
        qu'Ankara") leads the one state his sentence names, if the text gives him no other."""
        for token in sent:
            title = self.ctx.title_at(token) if token.pos_ == "NOUN" else None
            if title is None or title.org is not None or title.key not in self.lex.words["state_leader_titles"] \
                    or _claimed(token) or case_of(token) in self.lex.words["target_preps"] \
                    or (case_of(token) == "à" and (token.head.lemma_.lower(), "NOUN") in self.lex.triggers) \
                    or any(a.lemma_.lower() in self.lex.words["kin_nouns"] for a in token.ancestors) \
                    or any(t.lower_ == "dont" for t in token.doc[max(token.i - 3, 0): token.i]):
                # "la France a renouvelé son soutien au président X", "X, gendre du président Y",
                # "la Chine, dont le dirigeant Xi Jinping", "des sanctions contre le président X": another
                # state's leader
                continue
            person = self.ctx.person_of_title(title, infer=False)
            if person is None or self.ctx.state_of(person) is not None:
                continue
            states = {self.ctx.ref(s, "agent") for s in self.ctx.spans
                      if sent.start <= s.start < sent.end and _in_subject(token.doc[s.start])}
            led = set(self.ctx.leader_of.values()) | {t.org for t in map(self.ctx.title_at, sent)
                                                       if t is not None and t.relation == "leaderOf"}
            states = {r for r in states if r and r.startswith("Country:") and r not in led}
            if len(states) == 1:  # not a state led by another: "le président irakien doit rencontrer le président X"
                yield Found(person, "leaderOf", states.pop(), _affiliation_modality(token, self), sent,
                            f"{self.lex.lang}-title-bare-{title.key.replace(' ', '_')}", token.i)

    def sided_titles(self, sent: Span) -> Iterator[Found]:
        """Titles that name no state, after "du côté rwandais" or "côté américain": that side's
        state ("Du côté rwandais, le ministre des Affaires étrangères Olivier Nduhungirehe")."""
        sides = [(t.i, r) for t in sent if t.lemma_.lower() == "côté" and not self._possessed(t)
                 for c in t.children if c.dep_ == "amod" or (c.dep_ == "nmod" and case_of(c) == "de")
                 for r in self.ctx.actors_for(c, "agent") if r.startswith("Country:")]
        if len({r for _, r in sides}) != 1:
            return
        at, state = sides[0]
        for token in sent:
            title = self.ctx.title_at(token) if token.i > at and token.pos_ == "NOUN" else None
            if title is None or title.org is not None or title.relation is None or title.group != "Person":
                continue
            person = self.ctx.person_of_title(title, infer=False)
            if person is None or self.ctx.state_of(person) not in (None, state):
                continue
            self._register(Title(token, title.key, title.relation, title.group, org=state), person)
            yield Found(person, title.relation, state, _affiliation_modality(token, self), sent,
                        f"{self.lex.lang}-title-sided-{title.key.replace(' ', '_')}", token.i)

    def respective_titles(self, sent: Span) -> Iterator[Found]:
        """A plural title with one demonym per named person, in the same order: "Edouard
        Nalbandian et Ahmet Davutoglu, ministres arménien et turc des Affaires étrangères",
        "les présidents américain Barack Obama et sud-coréen Lee Myung-bak"."""
        for token in sent:
            if token.pos_ != "NOUN" or "Plur" not in token.morph.get("Number"):
                continue
            title = self.ctx.title_at(token)
            if title is None:
                continue
            relation, _, counterpart = self.lex.titles[title.key]
            if counterpart:  # "ses homologues russe et français": a leader's homologues lead
                owner = self.ctx.possessor(token)
                relation = "leaderOf" if owner in self.ctx.leader_of or owner in self.ctx.leaders else "officialOf"
            if relation is None:
                continue
            states, after = [], []
            limit = min(token.i + 16, sent.end)
            for follower in token.doc[token.i + 1: sent.end]:
                if follower.i >= limit or follower.pos_ in ("VERB", "AUX") or follower.text in (";", ":", "«") \
                        or (follower.text == "(" and self._bracketed_state(follower.i + 1) is None):
                    break
                if follower.text == "(":  # "les ministres X (Allemagne), Y (France) et Z (Royaume-Uni)"
                    limit = min(limit + 8, sent.end)
                span = self.ctx.span_of(follower)
                if span is not None and follower.i == span.start:
                    # "présidents américain X et sud-coréen Y", "présidents du Brésil, X et de l'Uruguay, Y"
                    of_state = span.kind != "demonym" and preposition_before(follower.doc, span.start) == "de"
                    if (span.kind == "demonym" or of_state or self._bracketed_state(follower.i) is not None) \
                            and span.ref.startswith("Country:"):
                        states.append(span.ref)
                    elif span.ref.startswith("Person:"):
                        after.append(span.ref)
            persons = after or self._listed_before(token)
            if len(states) > 1 and len(states) == len(persons) and not self._fit(persons, states):
                persons = persons[::-1]  # "Poutine et Macron, les présidents français et russe": known otherwise
            if len(states) > 1 and len(states) == len(persons) and self._fit(persons, states):
                self.ctx.named_group[token.i] = persons  # "les présidents russe X et vénézuélien Y" are X and Y
                for person, state in zip(persons, states):
                    self._register(Title(token, title.key, relation, title.group, org=state), person)
                    yield Found(person, relation, state, "asserted", sent,
                                f"{self.lex.lang}-title-{title.key.replace(' ', '_')}", token.i)

    def _bracketed_state(self, i: int) -> str | None:
        """The country named alone in the brackets that token ``i`` opens the inside of."""
        doc = self.ctx.doc
        span = self.ctx.span_of(doc[i]) if i < len(doc) else None
        if span is None or span.start != i or i == 0 or doc[i - 1].text != "(" or span.end >= len(doc) \
                or doc[span.end].text != ")" or not span.ref.startswith("Country:"):
            return None
        return span.ref

    def _fit(self, persons: list[str], states: list[str]) -> bool:
        """True unless a person is known elsewhere in the text to hold office in another state."""
        return all(self.ctx.state_of(p) in (None, s) for p, s in zip(persons, states))

    def memberships(self, sent: Span) -> Iterator[Found]:
        """A state or body that is a member of an organisation cooperates with it: "la Turquie,
        membre de l'Otan", "l'Iran et le Pakistan sont membres de l'OCS"."""
        for token in sent:
            if token.lemma_.lower() != "membre" or token.pos_ != "NOUN":
                continue
            org, _ = self.ctx.title_org(token)
            if org is None:  # "membres de la coalition dirigée par l'Arabie saoudite": they work with its leader
                leading = self.lex.words["leading_verbs"]
                org = next((r for c in token.children if c.dep_ == "nmod" and case_of(c) == "de"
                            for v in c.children if v.dep_ == "acl" and v.lemma_.lower() in leading
                            for g in agents_of(v) for r in self.ctx.actors_for(g, "agent")
                            if r.startswith(("Country:", "Organization:"))), None)
            elif not org.startswith("Organization:"):
                org = None
            if org is None:
                continue
            holders = [c for c in token.children if c.dep_ == "nsubj"]
            appended = token.dep_ in ("appos", "conj", "acl", "acl:relcl") and token.head.i < token.i \
                and any(t.text == "," for t in token.doc[token.head.i + 1: token.i])  # "la Turquie, membre de"
            if not holders and (appended or token.dep_ == "appos"):
                holders = [token.head]
            if not any(c.dep_ == "cop" for c in token.children) and not appended and token.dep_ != "appos":
                holders = []
            members = [r for h in holders for r in self.ctx.actors_for(h, "agent")
                       if r.startswith(("Country:", "Organization:")) and r != org]
            for member in members:
                yield Found(member, "cooperatesWith", org, modality_of(token, self.lex), sent,
                            f"{self.lex.lang}-cooperatesWith-member", token.i)

    def led_bodies(self, sent: Span) -> Iterator[Found]:
        """A person a body or a delegation is led by leads the body, or serves the state that
        sent the delegation: "l'armée soudanaise, dirigée par le général Abdel Fattah al-Burhane",
        "la délégation russe, conduite par Iounous-Bek Ievkourov"."""
        for token in sent:
            if token.lemma_.lower() not in self.lex.words["leading_verbs"]:
                continue
            # "est dirigé depuis 1994 par Alexandre Loukachenko": the passive's subject is led
            led = [c for c in token.children if c.dep_ == "nsubj:pass"] \
                if any(c.dep_ == "aux:pass" for c in token.children) else []
            delegations = [c for c in token.children if c.dep_ == "obj" and c.lemma_.lower() in self.lex.words[
                "delegation_nouns"]] if token.pos_ == "VERB" and not led else []
            conjoined = token.dep_ == "conj" and token.head.lemma_.lower() in self.lex.words["delegation_nouns"]
            if token.dep_ != "acl" and not conjoined and not led and not delegations:
                continue  # "conduite" may be tagged as the noun, with its agent still hung on it
            agents = agents_of(token)
            leaders = [r for g in agents for r in self.ctx.actors_for(g, "agent") if r.startswith("Person:")]
            if delegations:  # "Vladimir Medinsky, qui dirige la délégation russe"
                leaders, agents = [r for r in self.subjects(token)[0] if r.startswith("Person:")], []
            delegation = (delegations or [token.head])[0]
            sent_by = delegation.lemma_.lower() in self.lex.words["delegation_nouns"]  # led by a minister: he serves
            bodies = [r for h in (led or [delegation]) for r in self.ctx.actors_for(h, "agent")
                      if r.startswith(("Country:", "Organization:"))]
            if sent_by:  # the state that sends it, however the parser hung the leader's name
                bodies = [r for c in delegation.children if c.dep_ == "amod" or case_of(c) == "de"
                          for r in self.ctx.actors_for(c, "agent") if r.startswith(("Country:", "Organization:"))] \
                    or bodies
            titles = [self.ctx.title_at(g) for g in agents]
            heads_state = any(t is not None and self.lex.titles[t.key][0] == "leaderOf" for t in titles)
            for leader in leaders[:1]:
                for body in bodies[:1]:
                    relation = "officialOf" if sent_by and not heads_state else "leaderOf"
                    if self.ctx.leader_of.get(leader, body) != body:
                        continue  # the leader of another state
                    yield Found(leader, relation, body, _affiliation_modality(token, self), sent,
                                f"{self.lex.lang}-title-led-by", token.i)

    def _listed_before(self, token: Token) -> list[str]:
        """The persons named just before a title in apposition: "X et Y, ministres ..."."""
        refs: list[str] = []
        i = token.i - 1
        while i >= token.sent.start and (token.doc[i].text in (",", "et") or token.doc[i].pos_ == "DET"):
            i -= 1
        while i >= token.sent.start:
            span = self.ctx.span_of(token.doc[i])
            if span is not None and span.ref.startswith("Person:"):
                refs.insert(0, span.ref)
                i = span.start - 1
            elif token.doc[i].text in (",", "et"):
                i -= 1
            else:
                break
        return list(dict.fromkeys(refs))

    def _register(self, title: Title, person: str) -> None:
        self.ctx.holders.setdefault((title.key, title.org), person)
        self.ctx.title_keys.setdefault(person, set()).add(title.key)
        if title.relation == "leaderOf" and title.org and title.org.startswith("Country:"):
            self.ctx.leader_of.setdefault(person, title.org)


def _in_subject(token: Token) -> bool:
    """True for a word of a clause's subject: "Ankara" in "qu'Ankara ne tolérerait pas", "américaine"
    in "le chef de la diplomatie américaine a indiqué"."""
    for t in (token, *token.ancestors):
        if case_of(t) not in ("", "de"):
            return False  # "la visite du Premier ministre X en Turquie": where, not whose
        if t.dep_ in ("nsubj", "nsubj:pass"):
            return True
        if t.pos_ in ("VERB", "AUX") or t.dep_ not in ("amod", "nmod", "flat:name", "appos", "det", "conj"):
            return False
    return False


def _claimed(title: Token) -> bool:
    """True for a title someone is recognised or proclaimed as: "reconnaît X comme président"."""
    marks = " ".join(c.lower_ for c in title.children if c.dep_ in ("case", "mark", "fixed") and c.i < title.i)
    before = title.doc[max(title.i - 4, 0): title.i].text.lower()
    return marks.startswith("comme") or "en tant que" in before or "proclam" in before


def _affiliation_modality(token: Token, rules: AffiliationRules) -> str:
    """Asserted, unless the title itself is denied ("n'est pas le président"): a president who
    does not travel is still the president."""
    return "negated" if is_negated(token, rules.lex) else "asserted"
