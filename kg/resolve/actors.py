"""Turn a document's actor mentions into canonical :class:`kg.types.Actor` records."""

from __future__ import annotations

from collections import defaultdict

from kg.extract.context import DocContext
from kg.resolve.gazetteer import load_gazetteer
from kg.types import Actor


def actor_records(ctx: DocContext, refs: set[str]) -> dict[str, Actor]:
    """Return an :class:`Actor` for each ref: label, the surface forms seen, identifiers."""
    seen: dict[str, set[str]] = defaultdict(set)
    for span in ctx.spans:
        seen[ctx.ref(span, "agent") or span.ref].add(span.text)
        seen[span.ref].add(span.text)
    gazetteer = load_gazetteer()
    return {ref: _record(ref, seen.get(ref, set()), gazetteer.get(ref)) for ref in sorted(refs)}


def _record(ref: str, forms: set[str], entry) -> Actor:
    actor_type, key = ref.split(":", 1)
    if entry is not None:
        aliases = (forms | set(entry.names[:6])) - {entry.label}
        return Actor(key, actor_type, entry.label, tuple(sorted(aliases)), entry.ids, entry.iso3)
    label = max(forms, key=lambda f: (len(f), f)) if forms else key
    return Actor(key, actor_type, label, tuple(sorted(forms - {label})))
