"""Writing is atomic and format-aware; queries report their errors with a position."""

import json

import pytest

from kg.errors import InputError, QueryError
from kg.graph.query import format_result, run_query
from kg.graph.store import FORMATS, format_for, read_graph, write_graph


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_writes_and_reads_back(gold_dataset, tmp_path, fmt):
    path = tmp_path / f"graph{FORMATS[fmt]}"
    write_graph(gold_dataset, path, fmt)
    again = read_graph(path)
    count = "SELECT (COUNT(?m) AS ?n) WHERE { ?m a irkg:Mention }"
    assert int(next(iter(run_query(again, count)))[0]) == 12
    assert not list(tmp_path.glob(".*.tmp"))


def test_format_from_suffix_and_unknown_format():
    from pathlib import Path

    assert format_for(Path("a.nq")) == "nquads"
    assert format_for(Path("a.unknown")) == "turtle"
    with pytest.raises(InputError, match="unknown format 'foo'"):
        format_for(Path("a.ttl"), "foo")


def test_failed_write_leaves_the_old_file(gold_dataset, tmp_path, monkeypatch):
    from kg.graph import store

    path = tmp_path / "g.ttl"
    path.write_text("old", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(store.os, "fsync", boom)
    with pytest.raises(OSError):
        write_graph(gold_dataset, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert not list(tmp_path.glob(".*.tmp"))


def test_syntax_error_names_its_position(gold_dataset):
    with pytest.raises(QueryError, match="line 1, column"):
        run_query(gold_dataset, "SELECT ?s WHERE { ?s ?p }")


def test_updates_are_refused(gold_dataset):
    with pytest.raises(QueryError):
        run_query(gold_dataset, "DELETE WHERE { ?s ?p ?o }")


def test_result_as_table_csv_json(gold_dataset):
    query = "SELECT ?l WHERE { ?p a irkg:Person ; rdfs:label ?l } ORDER BY ?l"
    table = format_result(run_query(gold_dataset, query), "table", gold_dataset)
    assert table.splitlines()[0].strip() == "l"
    assert "Kim Jong-un" in table and table.endswith("(4 rows)")
    csv_text = format_result(run_query(gold_dataset, query), "csv")
    assert csv_text.splitlines()[:2] == ["l", "Kim Jong-un"]
    rows = json.loads(format_result(run_query(gold_dataset, query), "json"))
    assert rows[0] == {"l": "Kim Jong-un"}


def test_missing_graph_file(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_graph(tmp_path / "none.ttl")
