"""Scoring extraction against hand annotations: ``kg eval CORPUS``.

A CORPUS is a folder of texts ``<id>.txt`` with annotations ``<id>.gold.json`` (the format of the
relation inventory's specification). Each text is built, and its distinct extracted relations
are matched one-to-one with the annotated ones: same relation, both actors matching by label or
alias (normalised for case, accents, hyphens and apostrophes), symmetric relations in either order.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.ingest.annotation import annotation_files, gold_relations, load_gold, text_for
from kg.ingest.read import read_path
from kg.ontology.namespace import SYMMETRIC
from kg.types import Extraction


def normalise(name: str) -> str:
    """Fold a name for matching.

    >>> normalise("Corée du Nord") == normalise("coree-du-nord")
    True
    """
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.replace("-", " ").replace("'", " ").split())


@dataclass(frozen=True)
class Item:
    """One relation to score: who, what, whom, modality and the sentence it came from."""

    s: str
    p: str
    o: str
    modality: str
    evidence: str
    s_names: frozenset[str]
    o_names: frozenset[str]


@dataclass
class DocScore:
    """What matched in one document."""

    id: str
    lang: str
    matched: list[tuple[Item, Item]] = field(default_factory=list)
    missed: list[Item] = field(default_factory=list)
    spurious: list[Item] = field(default_factory=list)


def gold_items(data: dict) -> list[Item]:
    """The annotated relations of a loaded annotation, with every name of each actor."""
    names = {e["key"]: frozenset(normalise(n) for n in [e["label"], *e.get("aliases", [])])
             for e in data["entities"]}
    return [Item(r.s, r.p, r.o, r.modality, r.evidence, names[r.s], names[r.o]) for r in gold_relations(data)]


def extracted_items(extraction: Extraction) -> list[Item]:
    """Distinct extracted relations; the modality is the one most mentions give (first on a tie)."""
    names = {ref: frozenset(normalise(n) for n in [a.label, *a.aliases]) for ref, a in extraction.actors.items()}
    by_relation: dict[tuple[str, str, str], list] = defaultdict(list)
    for m in extraction.mentions:
        by_relation[(m.subject, m.predicate, m.object)].append(m)
    items = []
    for (s, p, o), mentions in by_relation.items():
        modality = Counter(m.modality for m in mentions).most_common(1)[0][0]
        items.append(Item(s, p, o, modality, mentions[0].evidence, names.get(s, frozenset()),
                          names.get(o, frozenset())))
    return items


def _fits(gold: Item, found: Item) -> bool:
    if gold.p != found.p:
        return False
    direct = gold.s_names & found.s_names and gold.o_names & found.o_names
    swapped = gold.p in SYMMETRIC and gold.s_names & found.o_names and gold.o_names & found.s_names
    return bool(direct or swapped)


def match(doc_id: str, lang: str, gold: list[Item], found: list[Item]) -> DocScore:
    """Match one-to-one, preferring pairs whose modality agrees."""
    score = DocScore(doc_id, lang)
    left = list(found)
    for g in sorted(gold, key=lambda g: g.p):
        candidates = [f for f in left if _fits(g, f)]
        if not candidates:
            score.missed.append(g)
            continue
        best = next((f for f in candidates if f.modality == g.modality), candidates[0])
        left.remove(best)
        score.matched.append((g, best))
    score.spurious = left
    return score


def evaluate(corpus: Path, model: str | None = None,
             progress: Callable[[Iterable], Iterable] | None = None,
             skipped: list[str] | None = None, errors: list[str] | None = None) -> list[DocScore]:
    """Build every annotated text of ``corpus`` and score it.

    Texts in a language with no model are left out; their ids are appended to ``skipped``. A
    text or annotation that cannot be read is left out too, its error appended to ``errors``
    (raised when no list is given): one bad file does not lose the others' scores.
    """
    from kg.pipeline import MODELS, extract_document, make_nlp

    files = annotation_files(Path(corpus))
    if not files:
        raise InputError(f"{corpus}: no *.gold.json annotation found; give a folder of texts and annotations")
    scores = []
    for gold_path in progress(files) if progress else files:
        try:
            data = load_gold(gold_path)
            lang = data.get("lang", "fr")
            if model is None and lang not in MODELS:
                (skipped if skipped is not None else []).append(f"{data['id']} ({lang})")
                continue
            document = read_path(text_for(gold_path), lang)[0]
            extraction = extract_document(make_nlp(lang, model), document)
        except InputError as exc:
            if errors is None:
                raise
            errors.append(str(exc))
            continue
        scores.append(match(data["id"], lang, gold_items(data), extracted_items(extraction)))
    return scores


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 (0 where undefined), with the counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def summary(scores: list[DocScore]) -> dict:
    """Scores overall, per language and per relation, and modality accuracy on matches."""
    out: dict = {"documents": len(scores), "by_language": {}}
    for lang in sorted({s.lang for s in scores}):
        out["by_language"][lang] = _summary_of([s for s in scores if s.lang == lang])
    out["overall"] = _summary_of(scores)
    return out


def _summary_of(scores: list[DocScore]) -> dict:
    counts: dict[str, Counter] = defaultdict(Counter)
    agree = total = 0
    for s in scores:
        for g, f in s.matched:
            counts[g.p]["tp"] += 1
            agree += g.modality == f.modality
            total += 1
        for g in s.missed:
            counts[g.p]["fn"] += 1
        for f in s.spurious:
            counts[f.p]["fp"] += 1
    relations = {p: prf(c["tp"], c["fp"], c["fn"]) for p, c in sorted(counts.items())}
    tp, fp, fn = (sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn"))
    return {"documents": len(scores), "relations": relations, **prf(tp, fp, fn),
            "modality_accuracy": round(agree / total, 3) if total else 0.0, "modality_matched": total}


def format_summary(result: dict) -> str:
    """The summary as aligned text tables."""
    lines = []
    for lang, part in [*result["by_language"].items(), ("all", result["overall"])]:
        lines.append(f"== {lang}: {part['documents']} documents  P {part['precision']:.3f}  "
                     f"R {part['recall']:.3f}  F1 {part['f1']:.3f}  modality accuracy "
                     f"{part['modality_accuracy']:.3f} on {part['modality_matched']} matched")
        lines.append(f"{'relation':<22} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
        for name, r in part["relations"].items():
            lines.append(f"{name:<22} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} "
                         f"{r['tp']:>4} {r['fp']:>4} {r['fn']:>4}")
    return "\n".join(lines)


def format_details(scores: list[DocScore]) -> str:
    """Every miss, false positive and modality error, with its sentence."""
    lines = []
    for s in scores:
        for g in s.missed:
            lines.append(f"{s.id}\tMISS\t{g.s} {g.p} {g.o} [{g.modality}]\t{g.evidence}")
        for f in s.spurious:
            lines.append(f"{s.id}\tFALSE\t{f.s} {f.p} {f.o} [{f.modality}]\t{f.evidence}")
        for g, f in s.matched:
            if g.modality != f.modality:
                lines.append(f"{s.id}\tMODALITY\t{g.s} {g.p} {g.o} gold {g.modality} found {f.modality}\t{f.evidence}")
    return "\n".join(lines)


def details_json(scores: list[DocScore]) -> list[dict]:
    """The same as :func:`format_details`, for machines."""
    def item(i: Item) -> dict:
        return {"s": i.s, "p": i.p, "o": i.o, "modality": i.modality, "evidence": i.evidence}

    return [{"id": s.id, "lang": s.lang, "missed": [item(g) for g in s.missed],
             "false_positives": [item(f) for f in s.spurious],
             "modality_errors": [{"gold": item(g), "found": item(f)} for g, f in s.matched
                                 if g.modality != f.modality]} for s in scores]
