"""Finding actor mentions: gazetteer names, demonyms and capitals, and cleaned model entities.

The statistical model's entities are used, but checked: a person span loses trailing common
words ("Kim Jong-un inspecte"), a hyphenated pair of known names is split ("Poutine-Kim Jong-un"),
organisations need a proper noun or an acronym ("Train blindé" is not one), and a known name of
the gazetteer wins over the model's label ("Washington" is the capital, not a person).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.graph.iri import slug
from kg.resolve.gazetteer import Entry

_DIRECTIONS = frozenset({"nord", "sud", "est", "ouest", "north", "south", "east", "west"})
_CONTENT_POS = frozenset({"PROPN", "NOUN", "X", "ADJ", "NUM"})


@dataclass(frozen=True)
class ActorSpan:
    """One mention of an actor in a document.

    Attributes:
        start: Index of the first token.
        end: Index just after the last token.
        ref: ``Type:key`` of the actor.
        kind: ``name``, ``demonym`` or ``capital``.
        text: The words of the text.
        country: For a capital, the ref of the state it may stand for.
    """

    start: int
    end: int
    ref: str
    kind: str
    text: str
    country: str | None = None


class ActorRecognizer:
    """Sets ``doc._.irkg_actors``: the document's actor mentions, in text order."""

    def __init__(self, vocab, gazetteer: dict[str, Entry], particles: frozenset[str],
                 honorifics: frozenset[str] = frozenset(), tokenizer=None, titles: frozenset[str] = frozenset(),
                 time_words: frozenset[str] = frozenset(), things: frozenset[str] = frozenset(),
                 groups: frozenset[str] = frozenset(), regimes: frozenset[str] = frozenset()):
        self.gazetteer = gazetteer
        self.regimes = regimes
        self.groups = groups
        self.particles = particles
        self.honorifics = honorifics
        self.titles = titles
        self.time_words = time_words
        self.things = things
        self.names = PhraseMatcher(vocab, attr="ORTH")
        self.demonyms = PhraseMatcher(vocab, attr="LOWER")
        self._fill(vocab, tokenizer)

    def _fill(self, vocab, tokenizer) -> None:
        for ref, entry in self.gazetteer.items():
            kind = "capital" if entry.capital else "name"
            names = entry.names + tuple(n[:1].lower() + n[1:] for n in entry.names if entry.ministry)
            self.names.add(f"{kind}|{ref}", _patterns(vocab, tokenizer, names))  # "le département d'Etat"
            if entry.demonyms:
                self.demonyms.add(f"demonym|{ref}", _patterns(vocab, tokenizer, entry.demonyms))

    def __call__(self, doc: Doc) -> Doc:
        known = self._gazetteer_spans(doc)
        kept = _prefer_known(known, self._model_spans(doc, {i for s in known for i in range(s.start, s.end)}))
        repeated = repeated_names(doc, kept)  # ahead of the model's other labels: "Kadhafi à Paris"
        kept = filter_spans([s for s in kept if not s.label_.startswith("model|")] + repeated
                            + [s for s in kept if s.label_.startswith("model|")])
        doc._.irkg_actors = self._to_actor_spans(doc, self._groups(doc, kept))
        return doc

    def _groups(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A group named by its nature and its country is an actor of its own, not that country:
        "l'opposition syrienne", "les rebelles tigréens"; a body an international organisation
        shares its name with, followed by a country's demonym, is that country's."""
        out = []
        named_at = {s.start for s in spans if not s.label_.startswith("demonym|Country:")}
        demonym_at = {s.start for s in spans if s.label_.startswith("demonym|Country:")}
        for span in spans:
            before = doc[span.start - 1] if span.start > 0 else None
            if span.label_.startswith("name|Organization:") and span.end in demonym_at and len(span) > 1 \
                    and not any(t.pos_ == "PROPN" for t in span):
                continue  # "le Conseil de sécurité russe" is Russia's, not the UN's; "le Hezbollah libanais" is itself
            if span.end in named_at:  # "les rebelles yéménites houthis": the group's own name follows
                out.append(span)
                continue
            if span.label_.startswith("demonym|Country:") and before is not None and before.lower_ in self.groups \
                    and before.pos_ in ("NOUN", "ADJ", "PROPN"):
                span = Span(doc, span.start - 1, span.end, label="group|Organization")
            out.append(span)
        return out

    def _gazetteer_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for matcher in (self.names, self.demonyms):
            for match_id, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        return spans

    def _model_spans(self, doc: Doc, known: set[int]) -> list[Span]:
        spans = []
        for ent in doc.ents:
            cleaned = self._clean(self._with_forename(ent, known))
            if cleaned is not None:
                spans.append(cleaned)
        spans += _unlabelled_names(doc, spans, self.titles)
        return spans + _group_acronyms(doc, spans)

    def _with_forename(self, ent: Span, known: set[int]) -> Span:
        """A person's name with the capitalised names the model left out before it: "Fiame
        [Naomi Mata'afa]" is one name."""
        if ent.label_ not in ("PER", "PERSON"):
            return ent
        doc, start = ent.doc, ent.start
        taken = {i for e in doc.ents for i in range(e.start, e.end)} | known
        while start > ent.sent.start + 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].is_alpha and doc[start - 1].whitespace_ and start - 1 not in taken \
                and doc[start - 1].lower_ not in self.titles and doc[start - 1].text not in self.honorifics:
            start -= 1
        return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)

    def _clean(self, ent: Span) -> Span | None:
        label = {"PER": "Person", "PERSON": "Person", "ORG": "Organization", "LOC": "Place",
                 "GPE": "Place"}.get(ent.label_)
        if label is None and len(ent) >= 2 and all(t.text[:1].isupper() or t.text == "-" for t in ent) \
                and (_after_title(ent.doc, ent.start, self.titles) or _before_title(ent.doc, ent.end, self.titles)
                     or _listed_with_person(ent)):
            label = "Person"  # "son homologue turc Recep Tayyip Erdogan", "Ban Ki-moon, le secrétaire", labelled MISC
        if label is None:
            return None
        start, end = _trim(ent, self.particles)
        doc = ent.doc
        while start < end and (doc[start].text in self.honorifics  # "Mme Pelosi" is Pelosi
                               or doc[start].lower_ in self.titles  # "Président Medvedev"
                               or (doc[start].pos_ == "NOUN" and start + 1 < end and doc[start + 1].pos_ == "PROPN"
                                   and start > 0 and doc[start - 1].lower_ in ("la", "l'", "du", "des", "de", "d'"))):
            start += 1  # "[ministre de la] Défense Yoav Gallant": the portfolio is not the name
        if start >= end or all(t.lower_ in self.time_words for t in doc[start:end]):  # "Vendredi, ..."
            return None
        before = doc[start - 1].lemma_.lower() if start > 0 else ""
        if before in self.things or before in _NAMESAKE_NOUNS:  # "des canons Caesar", "la place Kim Il Sung"
            return None
        if before in _SITE_NOUNS:
            label = "Place"
        if label == "Place" and end - start >= 2 and start >= 2 and before in ("de", "d'", "d’") \
                and doc[start - 2].lemma_.lower() in self.regimes:
            label = "Person"  # "le régime de Bachar al-Assad", whatever the model read
        if label != "Person" and doc[start:end].text.lower() in self.things:  # "l'achat de Rafale": a jet
            return None
        outlet = any(t.text in _MEDIA_WORDS for t in doc[start:end])
        if label == "Person" and outlet:
            label = "Organization"  # "Milenio TV", "Radio Okapi": an outlet, not a person
        if label != "Person" and not outlet and end - start >= 2 \
                and all(t.pos_ in ("PROPN", "X") or (t.text[:1].isupper() and t.pos_ != "NOUN")
                        or (t.text[:1].isupper() and doc[end - 1].pos_ == "PROPN") or t.lower_ in NAME_ARTICLES
                        for t in doc[start:end]) \
                and (_after_title(doc, start, self.titles) or _before_title(doc, end, self.titles)):
            label = "Person"  # "le prince héritier d'Abou Dhabi Mohammed ben Zayed", "Ban-Ki Moon, le secrétaire"
        span = Span(ent.doc, start, end, label=f"model|{label}")
        return span if _acceptable(span, label) else None

    def _to_actor_spans(self, doc: Doc, spans: list[Span]) -> list[ActorSpan]:
        known = sorted({s.text for s in spans if s.label_ == "model|Person"})
        out = []
        for span in sorted(spans, key=lambda s: s.start):
            if span.label_ in ("model|Place", "model|Organization") and span.text in known:
                # a person's name the model took elsewhere for a place ("le régime de Bachar al-Assad")
                span = Span(doc, span.start, span.end, label="model|Person")
            out.extend(self._actor_spans(span, [k for k in known if k != span.text]))
        return sorted(_shortened_states(canonical_people(out)) + short_organisations(doc, out), key=lambda s: s.start)

    def _actor_spans(self, span: Span, known_people: list[str]) -> list[ActorSpan]:
        kind, _, ref = span.label_.partition("|")
        if kind == "model":
            if ref == "Person":
                return [ActorSpan(s.start, s.end, f"Person:{slug(s.text)}", "name", s.text)
                        for s in split_person_pair(span, known_people)]
            return [ActorSpan(span.start, span.end, f"{ref}:{slug(span.text)}", "name", span.text)]
        if kind == "group":
            return [ActorSpan(span.start, span.end, f"{ref}:{slug(span.text)}", "name", span.text)]
        entry = self.gazetteer[ref]
        return [ActorSpan(span.start, span.end, ref, kind, span.text, entry.country)]


NAME_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "bin", "ben", "ibn",
                           "abu", "abou", "bou"})
"""Articles and kin words of Arabic names, joined to the name they lead ("al-Assad", "ibn-Saoud")."""


_MEDIA_WORDS = frozenset({"TV", "Télévision", "Radio", "FM", "News", "Times", "Post", "Press", "Presse", "Prensa",
                          "Agency",
                          "Tribune", "Journal", "Herald", "Gazette"})
_NAMESAKE_NOUNS = frozenset({"place", "avenue", "rue", "boulevard", "aéroport", "stade", "université", "pont",
                             "lycée", "hôpital", "fondation", "prix", "mausolée", "palais", "station", "base",
                             "ouragan", "typhon", "cyclone", "tempête", "musée", "hôtel"})
"""Nouns a proper name after which names a place or a thing, not a person ("la place Kim Il Sung",
"l'ouragan Irma")."""

_SITE_NOUNS = frozenset({"sanctuaire", "temple", "mosquée", "église", "cathédrale", "camp", "barrage", "centrale"})
"""Nouns a proper name after which names a site, whatever the model read: "le sanctuaire
Yasukuni", "le camp Simba"."""


def _unlabelled_names(doc: Doc, found: list[Span], titles: frozenset[str]) -> list[Span]:
    """Names the model parsed but did not label: a capitalised proper noun with capitalised
    ``flat:name`` parts ("Rishi Sunak"), or two or more capitalised proper nouns right after a
    title and its modifiers ("le ministre israélien de la Défense Yoav Gallant"), is a person."""
    taken = {i for span in found for i in range(span.start, span.end)} | {e.start for e in doc.ents}
    spans = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end not in taken and _name_part(doc, end, end > i, taken):
            end += 1
        flat = end > i and any(c.dep_ == "flat:name" and c.i < end for c in doc[i].children)
        # one word is enough right after a title's lower-case word: "la Première ministre italienne Meloni"
        single = end - i == 1 and i > 0 and doc[i - 1].text.islower() and doc[i - 1].pos_ in ("ADJ", "NOUN")
        if (end - i >= 2 or single) and (flat or _after_title(doc, i, titles)):
            spans.append(Span(doc, i, end, label="model|Person"))
        i = max(end, i + 1)
    return spans


_GROUP_NOUNS = frozenset({"groupe", "mouvement", "milice", "parti", "organisation", "coalition", "front",
                          "rébellion", "rebelle", "alliance", "force", "brigade", "faction", "guérilla"})
"""Nouns an acronym after which names an organisation: "le groupe rebelle ADF"."""


def _group_acronyms(doc: Doc, found: list[Span]) -> list[Span]:
    """An acronym the model did not label, right after a noun of a group and its adjectives
    ("des positions du groupe rebelle ADF", "la milice MNJTF"), is an organisation."""
    taken = {i for span in found for i in range(span.start, span.end)}
    spans = []
    for token in doc:
        if token.i in taken or not (token.text.isupper() and token.text.isalpha() and 2 <= len(token) <= 8):
            continue
        before = token.i - 1
        while before >= 0 and doc[before].pos_ == "ADJ":
            before -= 1
        if before >= 0 and doc[before].lemma_.lower() in _GROUP_NOUNS:
            spans.append(Span(doc, token.i, token.i + 1, label="model|Organization"))
    return spans


def _name_part(doc: Doc, i: int, inside: bool, taken: set[int]) -> bool:
    """True if token ``i`` continues (or, not ``inside``, starts) a run of name words."""
    if doc[i].text[:1].isupper():
        return doc[i].pos_ == "PROPN" or (inside and _inside_name(doc, i, taken))
    particle = doc[i].text in _NAME_PREFIXES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
    return inside and (_prefixed(doc[i].text) or particle)  # "Sammani al-Wassila", "Nouri al Maliki"


def _prefixed(word: str) -> bool:
    """True for a surname written with its article: "al-Wassila", "el-Béchir"."""
    head, sep, rest = word.partition("-")
    return bool(sep) and head in _NAME_PREFIXES and rest[:1].isupper()


def _inside_name(doc: Doc, i: int, taken: set[int]) -> bool:
    """True for a capitalised word the tagger took for an adjective or a noun between two parts
    of a name: "Tayyip" in "Recep Tayyip Erdogan"."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].pos_ in ("ADJ", "NOUN", "X") and after is not None and after.pos_ == "PROPN" \
        and after.text[:1].isupper() and after.i not in taken


def _after_title(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    """True if a title and its modifiers come right before token ``i`` ("la secrétaire d'Etat
    américaine, Condoleezza Rice")."""
    for n, token in enumerate(reversed(doc[max(i - 8, 0): i])):
        if token.lower_ in titles or token.lemma_.lower() in titles:
            return True
        if not (token.pos_ in ("ADJ", "DET", "ADP", "NOUN", "PROPN") or (n == 0 and token.text == ",")) \
                or "Yes" in token.morph.get("Poss"):  # "le président américain sur son réseau Truth Social"
            return False
    return False


def _listed_with_person(ent: Span) -> bool:
    """True for an entity coordinated with a person the model recognised: "entre Abiy Ahmed et
    Recep Tayyip Erdogan"."""
    doc = ent.doc
    if ent[0].pos_ != "PROPN" or ent[-1].pos_ != "PROPN":
        return False  # "[ministre des] Affaires étrangères Nikos Kotzias"
    persons = [e for e in doc.ents if e.label_ in ("PER", "PERSON")]
    before = ent.start > 0 and doc[ent.start - 1].lower_ in ("et", ",")
    after = ent.end < len(doc) and doc[ent.end].lower_ in ("et", ",")
    return any((before and p.end == ent.start - 1) or (after and p.start == ent.end + 1) for p in persons)


def _before_title(doc: Doc, end: int, titles: frozenset[str]) -> bool:
    """True if a comma and a title follow token ``end - 1`` ("Ban Ki-moon, le secrétaire général")."""
    after = doc[end: end + 4]
    return len(after) > 1 and after[0].text == "," and any(
        t.lower_ in titles or t.lemma_.lower() in titles for t in after[1:] if t.pos_ in ("NOUN", "DET", "ADJ"))


def _prefer_known(known: list[Span], model: list[Span]) -> list[Span]:
    """The gazetteer's names and the model's entities, without overlaps: a known name wins over
    a model organisation or place that runs into it ("Otan Jaap"), a model person wins over a
    shorter known name inside it ("Israel Katz")."""
    known = filter_spans(known)
    taken = {i for span in known for i in range(span.start, span.end)}

    def wins(span: Span) -> bool:
        inside = [k for k in known if k.start < span.end and span.start < k.end]
        if not inside:
            return True
        return span.label_ == "model|Person" and all(
            span.start < k.start and k.end <= span.end and len(k) < len(span) for k in inside)

    def rest(span: Span) -> Span:  # "[Onu] Kofi Annan": the model ran a known name into the next one
        lead = next((k for k in known if k.start == span.start and k.end < span.end), None)
        if lead is not None:
            return Span(span.doc, lead.end, span.end, label=span.label_)
        # "le roi Abdallah [d'Arabie saoudite]": the model ran a name into the state it is of
        tail = next((k for k in known if span.label_ == "model|Person" and span.start + 1 < k.start < span.end
                     and span.doc[k.start - 1].lower_ in ("de", "d'", "d’", "du")), None)
        return Span(span.doc, span.start, tail.start - 1, label=span.label_) if tail is not None else span

    kept = [s for s in (rest(m) for m in model) if wins(s)]
    return filter_spans([s for s in kept if taken & set(range(s.start, s.end))] + known
                        + [s for s in kept if not taken & set(range(s.start, s.end))])


def _patterns(vocab, tokenizer, names: tuple[str, ...]) -> list[Doc]:
    """Each name as the language's tokenizer splits it ("Royaume - Uni") and as whole words,
    with and without its accents, or without those of its capitals only (the press often writes
    "Etats-Unis", "Pekin", "Communauté économique des Etats"), for a name of
    several words also with the later words in lower case ("Maison blanche"), without a leading
    "Le" / "Les", which the prepositions swallow ("au Caire", "des Pays-Bas"), and for an
    acronym also as the press often writes it ("OTAN", "Otan"), for a hyphenated name of
    capitalised parts also with spaces ("Addis Abeba"), and in capitals, as datelines write it."""
    docs = {}
    lowered = [n.split(" ", 1)[0] + " " + n.split(" ", 1)[1].lower() for n in names if " " in n]
    lowered += [" ".join(w[:1].upper() + w[1:] for w in n.split(" ")) for n in names if " " in n]  # "Arabie Saoudite"
    bare = [n.split(" ", 1)[1] for n in names if n.startswith(("Le ", "Les "))]  # "au Caire", "aux Pays-Bas"
    acronyms = [n.capitalize() for n in names if n.isupper() and n.isalpha() and len(n) >= 3]  # "Otan", "Onu"
    islands = [n[:1].lower() + n[1:] for n in names if n.split(" ", 1)[0] in _COMMON_HEADS and " " in n]
    # "Addis-Abeba" also as "Addis Abeba": capitalised parts joined by a hyphen or a space
    spaced = [n.replace("-", " ") for n in names if "-" in n and all(p[:1].isupper() for p in n.split("-"))]
    shouted = [n.upper() for n in names if len(n) >= 4 and not n.isupper()]  # datelines: "BICHKEK, 13 mars"
    variants = [*names, *lowered, *bare, *acronyms, *islands, *spaced, *shouted]
    capitals = ["".join(unaccented(c) if c.isupper() else c for c in n) for n in variants]  # "des Etats d'Afrique"
    for name in dict.fromkeys([*variants, *(unaccented(n) for n in variants), *capitals]):
        for doc in ([tokenizer(name)] if tokenizer is not None else []) + [Doc(vocab, words=name.split())]:
            docs.setdefault(tuple(t.text for t in doc), doc)
    return list(docs.values())


_COMMON_HEADS = frozenset({"Îles", "Île", "Iles", "Ile"})
"""First words of names the press writes in lower case: "le Premier ministre des îles Salomon"."""


def unaccented(text: str) -> str:
    """Drop the accents of a name, keeping its case.

    >>> unaccented("États-Unis")
    'Etats-Unis'
    """
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _trim(ent: Span, particles: frozenset[str]) -> tuple[int, int]:
    """Drop leading determiners / prepositions and trailing common words of a model entity."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end and (doc[start].pos_ in ("DET", "ADP", "PUNCT") or doc[start].is_lower) \
            and not _capitalised_inside(doc, start, end):
        start += 1
    while end > start and _trailing_noise(doc, end - 1, start, particles):
        end -= 1
    return start, end


def _capitalised_inside(doc: Doc, i: int, end: int) -> bool:
    """True for a capitalised word the tagger took for a determiner in mid-sentence, before a
    name: "Ma" in "les présidents Ma Ying-jeou et Xi Jinping"."""
    return i + 1 < end and doc[i].text[:1].isupper() and doc[i].pos_ == "DET" and not doc[i].is_sent_start \
        and doc[i - 1].is_alpha and doc[i + 1].pos_ == "PROPN"


def _trailing_noise(doc: Doc, i: int, start: int, particles: frozenset[str]) -> bool:
    token = doc[i]
    if token.is_punct or token.is_space:
        return True
    glued = i > start and not doc[i - 1].whitespace_  # "Jong-un": 'un' is glued to the hyphen
    return token.is_lower and not glued and token.lower_ not in particles


def _acceptable(span: Span, label: str) -> bool:
    words = [t for t in span if t.pos_ in _CONTENT_POS or t.text[:1].isupper()]
    if not words or not span[0].text[:1].isupper():
        return False
    if len(span) == 1 and span[0].lower_ in _DIRECTIONS:
        return False
    has_proper = any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in span)
    if label == "Person":
        if len(span) == 1 and span[0].is_sent_start and span[0].pos_ in ("NOUN", "VERB", "ADJ", "ADV"):
            return False  # "Incertitudes autour de la présence russe": a capitalised word, no one's name
        return has_proper or all(t.text[:1].isupper() for t in words)
    return has_proper and not (len(span) == 1 and span[0].pos_ == "NOUN" and span[0].lemma_.islower())


def split_person_pair(span: Span, known_people: list[str]) -> list[Span]:
    """Split "Poutine-Kim Jong-un" into two spans when both sides name people seen elsewhere.

    A side names a person if it equals a known name, or its first or last word does.
    """
    for i in range(span.start + 1, span.end - 1):
        if span.doc[i].text != "-":
            continue
        left, right = span.doc[span.start:i], span.doc[i + 1:span.end]
        if _names_person(left.text, known_people) and _names_person(right.text, known_people):
            return [left, right]
    return [span]


def _names_person(text: str, known: list[str]) -> bool:
    for name in known:
        words = name.split()
        if text == name or (len(words) > 1 and text in (words[0], words[-1])):
            return True
    return False


def _shortened_states(spans: list[ActorSpan]) -> list[ActorSpan]:
    """A state named by the end of another state's name the text uses ("le Congo" after "la
    République démocratique du Congo") is that other state, unless the text names the first one
    otherwise too ("Congo-Brazzaville", "Brazzaville")."""
    states = [s for s in spans if s.ref.startswith("Country:") and s.kind == "name"]
    out = []
    for span in spans:
        if span in states:
            short = unaccented(span.text).lower()
            longer = {s.ref for s in states if s.ref != span.ref and unaccented(s.text).lower().endswith(" " + short)}
            named_otherwise = any(s.ref == span.ref and unaccented(s.text).lower() != short
                                  for s in spans if s.kind != "demonym")
            if len(longer) == 1 and not named_otherwise:
                span = ActorSpan(span.start, span.end, longer.pop(), span.kind, span.text)
        out.append(span)
    return out


def short_organisations(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Later mentions of an organisation by its first word: "le Conseil de sécurité ... le
    Conseil a adopté", "la Commission européenne ... la Commission"."""
    heads: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for span in spans:
        words = span.text.split()
        if span.ref.startswith("Organization:") and len(words) > 1 and len(words[0]) > 3 and words[0][:1].isupper():
            heads.setdefault(words[0], set()).add(span.ref)
            first.setdefault(words[0], span.end)
    taken = {i for span in spans for i in range(span.start, span.end)}
    out = []
    for token in doc:
        refs = heads.get(token.text)
        if refs and len(refs) == 1 and token.i not in taken and token.i >= first[token.text] and token.i > 0 \
                and doc[token.i - 1].lower_ in ("le", "la", "l'", "l’", "du", "au") \
                and (token.i + 1 >= len(doc) or not doc[token.i + 1].text[:1].isupper()):
            out.append(ActorSpan(token.i, token.i + 1, next(iter(refs)), "name", token.text))
    return out


def canonical_people(spans: list[ActorSpan]) -> list[ActorSpan]:
    """Give a short name the ref of the one longer name it abbreviates ("Kim" -> "Kim Jong-un").

    A name abbreviates a longer one when its words are the first or last words of it; a name
    that could abbreviate two different people is left alone.
    """
    people = sorted({s.text for s in spans if s.ref.startswith("Person:")}, key=len, reverse=True)
    target = {}
    for name in people:
        longer = [full for full in people if full != name and _abbreviates(name, full)]
        full_names = {target.get(f, f) for f in longer}
        if len(full_names) == 1:
            target[name] = full_names.pop()
    return [ActorSpan(s.start, s.end, f"Person:{slug(target[s.text])}", s.kind, s.text)
            if s.ref.startswith("Person:") and s.text in target else s for s in spans]


def _abbreviates(name: str, full: str) -> bool:
    """True if ``name`` is the first or last words of ``full``, read without accents and article
    prefixes: "Béchir" of "Omar el-Béchir", "Assad" of "Bachar al-Assad"."""
    words, full_words = [_name_core(w) for w in name.split()], [_name_core(w) for w in full.split()]
    n = len(words)
    return n < len(full_words) and (full_words[:n] == words or full_words[-n:] == words)


def _name_core(word: str) -> str:
    folded = unaccented(word).lower()
    head, sep, rest = folded.partition("-")
    return rest if sep and rest and head in _NAME_PREFIXES else folded


_NAME_PREFIXES = frozenset({"al", "el", "ad", "as", "ash", "at", "ben", "bin", "ibn", "abu", "abou"})
"""Article and kin prefixes an Arabic surname is written with or without ("el-Béchir", "Béchir")."""


def repeated_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Later occurrences of a person's name, or of its first or last word, that the model missed."""
    forms: set[tuple[str, ...]] = set()
    for span in spans:
        if span.label_ != "model|Person":
            continue
        forms.add(tuple(t.text for t in span))
        if len(span.text.split()) > 1:  # "Vladimir Poutine": also "Vladimir" and "Poutine" alone
            forms.update((t.text,) for t in (span[0], span[-1]) if len(t.text) > 2 and t.text[:1].isupper())
    found = []
    for words in forms:
        n = len(words)
        for i in range(len(doc) - n + 1):
            if tuple(t.text for t in doc[i:i + n]) == words and doc[i].text[:1].isupper():
                found.append(Span(doc, i, i + n, label="model|Person"))
    return found
