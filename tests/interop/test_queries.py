"""The shipped queries (examples/queries/*.rq) are documented, portable and give known answers.

The expected answers on the example article live beside the queries, in ``expected/*.json``.
After a deliberate change of the example or of a query, rewrite them with
``KG_UPDATE_EXPECTED=1 pytest tests/interop/test_queries.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
import re

import pytest
from paths import ROOT
from rdflib.plugins.sparql import prepareQuery

from kg.graph.network import stats
from kg.graph.query import run_query
from kg.graph.store import read_graph, write_graph

QUERIES = ROOT / "examples" / "queries"
EXPECTED = QUERIES / "expected"
QUERY_FILES = sorted(QUERIES.glob("*.rq"))
NAMES = [path.stem for path in QUERY_FILES]


def rows(result) -> list[list[str]]:
    """Return a SELECT result as rows of strings (unbound as ``""``), in the result's order."""
    width = len(result.vars)
    return [["" if row[i] is None else str(row[i]) for i in range(width)] for row in result]


def run_file(dataset, name: str, replace: tuple[str, str] | None = None):
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    if replace:
        text = text.replace(*replace)
    return run_query(dataset, text, name)


def write_expected(name: str, columns: list[str], found: list[list[str]]) -> None:
    dump = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    lines = ["{", f'  "query": {dump(name + ".rq")},',
             '  "graph": "examples/fr-rfi-2023-09-kim-putin.gold.json",',
             f'  "columns": {dump(columns)},', '  "rows": [',
             ",\n".join("    " + dump(row) for row in found), "  ]", "}"]
    (EXPECTED / f"{name}.json").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def example_file(example_trig):
    return read_graph(example_trig)


def test_the_seven_questions_are_shipped():
    assert set(NAMES) == {"who-met-whom", "munitions", "actor-profile", "relations-by-month",
                          "modality-counts", "evidence", "most-connected"}
    assert {p.stem for p in EXPECTED.glob("*.json")} == set(NAMES)


@pytest.mark.parametrize("path", QUERY_FILES, ids=NAMES)
def test_header_says_what_it_returns_and_how_to_run_it(path):
    text = path.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert text.startswith("# ") and "Returns" in "\n".join(header)
    assert f"kg query out/graph.trig --file examples/queries/{path.name}" in text


@pytest.mark.parametrize("path", QUERY_FILES, ids=NAMES)
def test_declares_every_prefix_it_uses(path):
    # no predeclared prefixes here, unlike kg query: other stores know none either
    prepareQuery(path.read_text(encoding="utf-8"), initNs={})
    used = set(re.findall(r"\b([a-z]+):[A-Za-z]", re.sub(r"<[^>]*>|#.*", "", path.read_text())))
    declared = set(re.findall(r"^PREFIX (\w+):", path.read_text(), flags=re.M))
    assert used <= declared, used - declared


@pytest.mark.parametrize("name", NAMES)
def test_gives_the_expected_answer_on_the_example(name, example_file):
    result = run_file(example_file, name)
    columns, found = [str(v) for v in result.vars], rows(result)
    if os.environ.get("KG_UPDATE_EXPECTED"):
        write_expected(name, columns, found)
    expected = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    assert columns == expected["columns"]
    assert found == expected["rows"]


def test_who_met_whom_merges_both_directions_and_counts_by_modality(two_docs, tmp_path):
    dataset = reread(two_docs, tmp_path)
    assert rows(run_file(dataset, "who-met-whom")) == [["A", "B", "asserted", "1"],
                                                       ["A", "B", "speculative", "1"]]


def test_munitions_and_modality_counts_on_two_documents(two_docs, tmp_path):
    dataset = reread(two_docs, tmp_path)
    assert rows(run_file(dataset, "munitions")) == [["D", "B", "negated", "1"]]
    assert rows(run_file(dataset, "modality-counts")) == [
        ["asserted", "2", "0"], ["planned", "1", "0"], ["speculative", "1", "0"], ["negated", "1", "0"]]


def test_relations_by_month_fall_back_on_the_document_date(two_docs, tmp_path):
    dataset = reread(two_docs, tmp_path)
    assert rows(run_file(dataset, "relations-by-month")) == [
        ["2023-09", "leaderOf", "1"], ["2023-09", "meets", "1"], ["2023-09", "visits", "1"],
        ["2023-10", "meets", "1"], ["2023-10", "suppliesMunitionsTo", "1"]]


def test_actor_profile_shows_incoming_relations(example_file):
    found = rows(run_file(example_file, "actor-profile", ('"Kim Jong-un"', '"Vladimir Putin"')))
    assert ["in", "meets", "Kim Jong-un"] in found
    assert ["out", "type", "Person"] in found
    assert not [row for row in found if row[1] == "subject"]  # mentions are not relations


def test_most_connected_agrees_with_the_network_figures(example_file):
    by_query = {row[0]: int(row[2]) for row in rows(run_file(example_file, "most-connected"))}
    by_network = {a["label"]: a["degree"] for a in stats(example_file)["actors"] if a["degree"]}
    assert by_query == by_network


def test_evidence_rows_carry_the_document_title(example_file):
    found = rows(run_file(example_file, "evidence"))
    assert len(found) == 12
    assert {row[5] for row in found} == {
        "Corée du Nord: Kim Jong-un pourrait prochainement rencontrer Vladimir Poutine"}


def reread(dataset, tmp_path):
    """Write a dataset as TriG and read it back, as 'kg query' sees a built file."""
    path = tmp_path / "graph.trig"
    write_graph(dataset, path)
    return read_graph(path)
