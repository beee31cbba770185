"""Reading and writing graph files, atomically, in every RDF syntax the CLI offers."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.util import guess_format

from kg.errors import InputError
from kg.graph.build import bind_prefixes

FORMATS = {
    "turtle": ".ttl",
    "nt": ".nt",
    "jsonld": ".jsonld",
    "xml": ".rdf",
    "trig": ".trig",
    "nquads": ".nq",
}
"""Output syntaxes (rdflib plugin names) and their usual file suffixes."""
QUAD_FORMATS = frozenset({"trig", "nquads"})
"""Syntaxes that keep named graphs as written by :func:`serialize` (JSON-LD keeps them too)."""
_RDFLIB_NAME = {"jsonld": "json-ld"}


def format_for(path: Path, given: str | None = None) -> str:
    """Return the syntax to write ``path`` in: ``given`` if set, else guessed from its suffix."""
    if given:
        if given not in FORMATS:
            raise InputError(f"unknown format {given!r}; use one of {', '.join(FORMATS)}")
        return given
    for name, suffix in FORMATS.items():
        if path.suffix.lower() == suffix:
            return name
    return {".json": "jsonld", ".owl": "xml", ".nquads": "nquads"}.get(path.suffix.lower(), "turtle")


def flatten(dataset: Dataset) -> Graph:
    """Return every triple of every graph of ``dataset`` as one plain graph."""
    graph = bind_prefixes(Graph())
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def serialize(dataset: Dataset, fmt: str) -> bytes:
    """Serialise ``dataset`` in ``fmt``; triple syntaxes get the union of its graphs.

    JSON-LD is compacted with the published context (kg/graph/context.jsonld) and keeps the
    named graphs, like TriG and N-Quads.
    """
    if fmt == "jsonld":
        from kg.graph.jsonld import to_jsonld

        return to_jsonld(dataset)
    target = dataset if fmt in QUAD_FORMATS else flatten(dataset)
    data = target.serialize(format=_RDFLIB_NAME.get(fmt, fmt), encoding="utf-8")
    if fmt in {"nt", "nquads"}:  # line-based: sort for stable, diffable output
        data = b"".join(sorted(set(data.splitlines(keepends=True))))
    return data


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_graph(dataset: Dataset, path: Path, fmt: str | None = None) -> str:
    """Write ``dataset`` to ``path`` atomically; return the syntax used."""
    fmt = format_for(Path(path), fmt)
    write_atomic(Path(path), serialize(dataset, fmt))
    return fmt


def read_graph(path: Path) -> Dataset:
    """Load a graph file written by :func:`write_graph` (any supported syntax)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"graph file {str(path)!r} does not exist; build one with 'kg build'")
    fmt = guess_format(str(path)) or "turtle"
    fmt = {"json-ld": "json-ld", "nquads": "nquads"}.get(fmt, fmt)
    if path.suffix.lower() == ".jsonld":
        fmt = "json-ld"
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib parsers raise many unrelated types
        raise InputError(f"{path} could not be read as {fmt}: {_first_line(exc)}; "
                         "check the file or its suffix") from exc
    return bind_prefixes(dataset)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
