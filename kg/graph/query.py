"""Running SPARQL over a built graph and printing the results."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pyparsing import ParseException
from rdflib import Dataset, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result

from kg.errors import QueryError
from kg.graph.build import PREFIXES

RESULT_FORMATS = ("table", "csv", "json")
_READ_ONLY = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def run_query(dataset: Dataset, text: str, source: str = "query") -> Result:
    """Run a read-only SPARQL query; project prefixes (irkg:, skos:, prov: ...) are predeclared.

    Raises:
        QueryError: on a syntax error (with its line and column) or an update request.
    """
    try:
        prepared = prepareQuery(text, initNs=dict(PREFIXES))
    except ParseException as exc:
        raise QueryError(f"{source}: SPARQL syntax error at line {exc.lineno}, column {exc.col}: "
                         f"{exc.msg}; near {exc.line.strip()!r}") from exc
    except Exception as exc:  # an unknown prefix surfaces as a plain Exception
        raise QueryError(f"{source}: invalid SPARQL: {exc}; declare every prefix you use") from exc
    if prepared.algebra.name.upper().replace("QUERY", "") not in _READ_ONLY:
        raise QueryError(f"{source}: only SELECT, ASK, CONSTRUCT and DESCRIBE are allowed")
    return dataset.query(prepared)


def read_query_file(path: Path) -> str:
    """Return the text of a ``.rq`` file, or raise a :class:`QueryError` naming it."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query file {str(path)!r}: {exc.__class__.__name__}; "
                         "pass an existing UTF-8 .rq file") from exc


def term_text(term: object, dataset: Dataset | None = None) -> str:
    """Return a term as short text: IRIs compacted with the graph's prefixes, literals bare."""
    if term is None:
        return ""
    if isinstance(term, URIRef) and dataset is not None:
        try:
            return dataset.namespace_manager.normalizeUri(term)
        except Exception:  # not every IRI can be compacted
            return str(term)
    if isinstance(term, Literal):
        return str(term)
    return str(term)


def format_result(result: Result, fmt: str = "table", dataset: Dataset | None = None) -> str:
    """Render a query result as an aligned table, CSV or JSON."""
    if result.type == "ASK":
        return json.dumps(bool(result.askAnswer)) if fmt == "json" else str(bool(result.askAnswer)).lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    names = [str(v) for v in result.vars]
    rows = [[term_text(row[i], None if fmt != "table" else dataset) for i in range(len(names))]
            for row in result]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    if fmt == "json":
        return json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False, indent=2)
    return _table(names, rows)


def _table(names: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    head = "  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip()
    return "\n".join([head, line, *body, f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])
