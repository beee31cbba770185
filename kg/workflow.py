"""The whole job: input paths -> documents -> extraction -> one RDF dataset."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.errors import InputError, KgError
from kg.graph.build import build_dataset
from kg.ingest import iter_documents
from kg.types import Document, Extraction

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    """What a build did: the dataset, the documents built and the errors met on the way."""

    dataset: Dataset
    documents: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    mentions: int = 0
    actors: int = 0


def extract_all(documents: Iterable[Document | InputError], model: str | None = None,
                progress: Callable[[Iterable], Iterable] | None = None
                ) -> Iterator[Extraction | KgError]:
    """Extract every document; an unreadable one yields its error and the others go on."""
    from kg.pipeline import extract_document, make_nlp  # loads spaCy only when needed

    nlps: dict[str, object] = {}
    items = progress(documents) if progress else documents
    for item in items:
        if isinstance(item, KgError):
            yield item
            continue
        if item.lang not in nlps:
            nlps[item.lang] = make_nlp(item.lang, model)
        try:
            yield extract_document(nlps[item.lang], item)
        except KgError as exc:
            yield type(exc)(f"{item.source or item.id}: {exc}")


def build(paths: list[Path], lang: str = "fr", model: str | None = None,
          progress: Callable[[Iterable], Iterable] | None = None) -> BuildReport:
    """Build one dataset from every document under ``paths``.

    Raises:
        InputError: when no document at all could be read (the errors say why).
    """
    extractions: list[Extraction] = []
    errors: list[str] = []
    for item in extract_all(iter_documents(paths, lang), model, progress):
        if isinstance(item, KgError):
            errors.append(str(item))
        else:
            extractions.append(item)
    if not extractions:
        raise InputError("; ".join(errors) if errors else "no input documents given")
    report = BuildReport(build_dataset(extractions), [e.document.id for e in extractions], errors)
    report.mentions = sum(len(e.mentions) for e in extractions)
    report.actors = len({ref for e in extractions for ref in e.actors})
    return report
