"""Read ``.txt``, ``.json`` and ``.jsonl`` files, or folders of them, into documents.

A ``.txt`` file is one document; its first line may be a header ``date 2023-09 <title>``.
A ``.json`` file holds one record or a list of records, a ``.jsonl`` file one record a line;
a record is ``{"id", "text", "date", "lang", "title", "source"}`` (only ``text`` required).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import InputError
from kg.ingest.clean import clean
from kg.types import Document

SUFFIXES = (".txt", ".json", ".jsonl")
_HEADER = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{2}){0,2})\b[ \t]*(.*?)[ \t]*(?:\r?\n|\Z)")
_RECORD_KEYS = {"id", "text", "date", "lang", "title", "source"}


def iter_documents(paths: list[Path], lang: str = "fr") -> Iterator[Document | InputError]:
    """Yield the documents of every path in turn; a bad file yields its error, not an exception.

    Folders are read recursively, in sorted order, keeping files with a known suffix.
    """
    for path in paths:
        path = Path(path)
        if not path.exists():
            yield InputError(f"{path}: no such file or folder; check the path")
            continue
        files = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file()
                       and not p.name.endswith(".gold.json")) if path.is_dir() else [path]
        if not files:
            yield InputError(f"{path}: folder holds no .txt, .json or .jsonl file")
        for file in files:
            try:
                yield from read_path(file, lang)
            except InputError as exc:
                yield exc


def read_path(path: Path, lang: str = "fr") -> list[Document]:
    """Return the documents in one file. Raises :class:`InputError` on a bad file."""
    text = _read_text(path)
    if not text.strip():
        raise InputError(f"{path}: file is empty; give it some text or leave it out")
    if path.suffix == ".txt":
        return [_from_txt(path, text, lang)]
    if path.suffix == ".json":
        data = _load_json(path, text)
        records = data if isinstance(data, list) else [data]
        return [_from_record(path, rec, i, lang) for i, rec in enumerate(records, 1)]
    if path.suffix == ".jsonl":
        return [_from_record(path, _load_json(path, line, n), n, lang)
                for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    raise InputError(f"{path}: unsupported input type {path.suffix!r}; use .txt, .json or .jsonl")


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                         f"{exc.start}); re-save it as UTF-8") from exc


def _load_json(path: Path, text: str, line: int | None = None) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"{path}:{line}" if line else f"{path}:{exc.lineno}"
        raise InputError(f"{where}: invalid JSON ({exc.msg}); fix the record") from exc


def _from_txt(path: Path, text: str, lang: str) -> Document:
    match = _HEADER.match(text)
    date = title = None
    if match:
        # The title line stays in the analysed text: headlines state relations too.
        date, title = match.group(1), match.group(2) or None
        text = text[match.start(2):]
    return Document(id=path.stem, text=clean(text, lang), lang=lang, date=date,
                    title=title, source=str(path))


def _from_record(path: Path, record: object, n: int, lang: str) -> Document:
    where = f"{path}:{n}" if path.suffix == ".jsonl" else f"{path} record {n}"
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"{where}: a record must be an object with a 'text' string; "
                         f"allowed keys: {', '.join(sorted(_RECORD_KEYS))}")
    if not record["text"].strip():
        raise InputError(f"{where}: the record's text is empty")
    doc_lang = str(record.get("lang") or lang)
    default_id = path.stem if path.suffix == ".json" and n == 1 else f"{path.stem}-{n}"
    return Document(id=str(record.get("id") or default_id),
                    text=clean(record["text"], doc_lang), lang=doc_lang,
                    date=_opt(record.get("date")), title=_opt(record.get("title")),
                    source=_opt(record.get("source")) or str(path))


def _opt(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
