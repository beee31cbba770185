"""Loading the data files shipped in the package, with errors that say ``file:line``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from kg.errors import PatternError


def read_jsonl(path: Path | object, required: Iterable[str] = (),
               regex_keys: Iterable[str] = ()) -> list[dict]:
    """Read a JSONL data file, skipping lines whose keys all start with ``_`` (its metadata).

    Raises:
        PatternError: naming ``file:line`` for invalid JSON, a missing key or a bad regex.
    """
    rows = []
    text = Path(str(path)).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PatternError(f"{path}:{n}: invalid JSON ({exc.msg}); fix the line") from exc
        if all(key.startswith("_") for key in row):
            continue
        _check_row(path, n, row, required, regex_keys)
        rows.append(row)
    return rows


def _check_row(path: object, n: int, row: dict, required: Iterable[str],
               regex_keys: Iterable[str]) -> None:
    missing = [key for key in required if key not in row]
    if missing:
        raise PatternError(f"{path}:{n}: missing {', '.join(map(repr, missing))}; "
                           f"each entry needs {', '.join(required)}")
    for key in regex_keys:
        try:
            re.compile(row[key])
        except re.error as exc:
            raise PatternError(f"{path}:{n}: bad regular expression {row[key]!r} ({exc})") from exc
