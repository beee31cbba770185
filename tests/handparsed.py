"""Hand-built parsed documents: the relation rules tested with no statistical model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

VOCAB = spacy.blank("fr").vocab  # a language's vocab computes LOWER, which the matchers read


def parsed(rows: list[tuple], ents: list[tuple[int, int, str]] = (), sent_starts: list[int] = ()) -> Doc:
    """Build a Doc from rows of (text, lemma, pos, dep, head index, morph); a sentence starts at
    the first token and at each index of ``sent_starts``."""
    words = [r[0] for r in rows]
    doc = Doc(VOCAB, words=words, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows],
              morphs=[r[5] if len(r) > 5 else "" for r in rows],
              sent_starts=[i == 0 or i in sent_starts for i in range(len(rows))])
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label)
                for s, e, label in ents]
    return doc


def run_rules(doc: Doc):
    """Run the actor and relation components on a hand-built doc; return the relations found."""
    from kg.extract.components import make_actors, make_relations

    class _Nlp:
        vocab = VOCAB

    make_actors(_Nlp(), "irkg_actors", "fr")(doc)
    make_relations(_Nlp(), "irkg_relations", "fr")(doc)
    return {(f.subject, f.predicate, f.object, f.modality) for f in doc._.irkg_relations}
