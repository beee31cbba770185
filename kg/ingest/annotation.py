"""Read hand-annotation files (the format of the relation inventory's specification).

An annotation ``<id>.gold.json`` sits beside its text ``<id>.txt``. :func:`read_annotation`
returns the same records extraction produces, so a gold file can be built into a graph (for
examples and tests that need no model) and compared with what extraction finds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.ingest.read import read_path
from kg.types import Actor, Document, Extraction, Mention, TimeValue

ACTOR_TYPES = ("Person", "Country", "Organization", "Place")
_ISO = re.compile(r"\d{4}(?:-\d{2}){0,2}")
MODALITIES = ("asserted", "planned", "speculative", "negated")


@dataclass(frozen=True)
class GoldRelation:
    """One annotated relation, actors given by entity key."""

    s: str
    p: str
    o: str
    modality: str
    evidence: str


def annotation_files(folder: Path) -> list[Path]:
    """Return the ``*.gold.json`` files of a folder (recursively), sorted."""
    return sorted(Path(folder).rglob("*.gold.json"))


def text_for(gold_path: Path) -> Path:
    """Return the text file an annotation describes (``x.gold.json`` -> ``x.txt``)."""
    return gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")


def load_gold(path: Path) -> dict:
    """Load and check one annotation file; raise :class:`InputError` naming what is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read annotation ({exc}); fix the file") from exc
    keys = {e.get("key") for e in data.get("entities", [])}
    for n, entity in enumerate(data.get("entities", []), 1):
        if entity.get("type") not in ACTOR_TYPES:
            raise InputError(f"{path}: entity {n} has type {entity.get('type')!r}; "
                             f"use one of {', '.join(ACTOR_TYPES)}")
    for n, rel in enumerate(data.get("relations", []), 1):
        missing = [k for k in ("s", "o") if rel.get(k) not in keys]
        if missing or rel.get("modality") not in MODALITIES:
            raise InputError(f"{path}: relation {n} names an undeclared entity or a bad modality "
                             f"({rel.get('s')!r}, {rel.get('o')!r}, {rel.get('modality')!r})")
    return data


def gold_relations(data: dict) -> list[GoldRelation]:
    """Return the relations of a loaded annotation."""
    return [GoldRelation(r["s"], r["p"], r["o"], r["modality"], r.get("evidence", ""))
            for r in data.get("relations", [])]


def read_annotation(gold_path: Path) -> Extraction:
    """Return the annotated actors and relations of ``gold_path`` as extraction records."""
    data = load_gold(gold_path)
    document = _document(gold_path, data)
    refs = {e["key"]: f"{e['type']}:{e['key']}" for e in data["entities"]}
    actors = {refs[e["key"]]: _actor(e) for e in data["entities"]}
    mentions = [_mention(document, refs, rel) for rel in data["relations"]]
    return Extraction(document, actors, mentions)


def _document(gold_path: Path, data: dict) -> Document:
    txt = text_for(gold_path)
    base = read_path(txt, data.get("lang", "fr"))[0] if txt.exists() else Document(data["id"], "")
    return Document(id=data.get("id", base.id), text=base.text, lang=data.get("lang", base.lang),
                    date=data.get("date", base.date), title=data.get("title", base.title),
                    source=data.get("source", base.source))


def _actor(entity: dict) -> Actor:
    ids = (f"http://www.wikidata.org/entity/{entity['wikidata']}",) if entity.get("wikidata") else ()
    aliases = tuple(sorted(set(entity.get("aliases", [])) - {entity["label"]}))
    return Actor(entity["key"], entity["type"], entity["label"], aliases, ids)


def _mention(document: Document, refs: dict[str, str], rel: dict) -> Mention:
    start, end = find_span(document.text, rel.get("evidence", ""))
    time = rel.get("time")
    iso = _ISO.match(time or "")
    return Mention(
        doc_id=document.id, subject=refs[rel["s"]], predicate=rel["p"], object=refs[rel["o"]],
        modality=rel["modality"], evidence=rel.get("evidence", ""), start=start, end=end,
        rule="gold",
        time=TimeValue(iso.group(0), _precision(iso.group(0)), time) if iso else None,
        place=refs.get(rel["place"]) if rel.get("place") else None,
    )


def _precision(iso: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(iso), "")


def normalise_quotes(text: str) -> str:
    """Map typographic apostrophes and quotes to ASCII ones (same length, same offsets)."""
    return text.translate(str.maketrans("’‘“”«»\u00a0\u202f", "''\"\"\"\"  "))


def find_span(text: str, evidence: str) -> tuple[int, int]:
    """Return the offsets of ``evidence`` in ``text`` (quotes and line breaks normalised), or (0, 0)."""
    start = normalise_quotes(text).replace("\n", " ").find(normalise_quotes(evidence).replace("\n", " ")) \
        if evidence else -1
    return (start, start + len(evidence)) if start >= 0 else (0, 0)
