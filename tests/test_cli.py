"""The command line: help with examples, one clear line and exit 1 on bad input."""

from __future__ import annotations

import subprocess
import sys

import pytest
from paths import EXAMPLE

from kg.cli import run


def test_help_shows_examples(capsys):
    assert run(["--help"]) == 0
    assert "kg build" in capsys.readouterr().out
    for command in ("build", "query", "render"):
        assert run([command, "--help"]) == 0
        assert "Example" in capsys.readouterr().out


def test_python_dash_m_behaves_the_same():
    result = subprocess.run([sys.executable, "-m", "kg", "query", "missing.ttl", "ASK {}"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.strip() == ("InputError: graph file 'missing.ttl' does not exist; "
                                     "build one with 'kg build'")


@pytest.mark.parametrize(("args", "message"), [
    (["build", "nowhere.txt", "-o", "{tmp}/g.ttl"], "nowhere.txt: no such file or folder"),
    (["build", "{tmp}/empty.txt", "-o", "{tmp}/g.ttl"], "file is empty"),
    (["build", "{tmp}/latin1.txt", "-o", "{tmp}/g.ttl"], "is not valid UTF-8"),
    (["build", str(EXAMPLE), "-o", "{tmp}/g.ttl", "--format", "yaml"], "unknown format 'yaml'"),
    (["query", "{tmp}/graph.ttl", "SELECT ?x WHERE { ?x"], "SPARQL syntax error at line 1"),
    (["query", "{tmp}/graph.ttl", "ASK {}", "--format", "xls"], "unknown result format 'xls'"),
])
def test_bad_input_gives_one_line_and_exit_1(tmp_path, capsys, args, message):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Russie et Corée".encode("latin-1"))
    (tmp_path / "graph.ttl").write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    code = run([a.replace("{tmp}", str(tmp_path)) for a in args])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and message in err[0]
    assert not (tmp_path / "g.ttl").exists()


def test_usage_error_exits_2(capsys):
    assert run(["query", "g.ttl"]) == 2


@pytest.mark.model
def test_batch_keeps_good_documents(tmp_path, capsys):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe")
    out = tmp_path / "g.nt"
    code = run(["build", str(tmp_path / "bad.txt"), str(EXAMPLE), "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 1
    assert "bad.txt" in captured.err and "built 1 document(s)" in captured.out
    assert "meets" in out.read_text(encoding="utf-8")


@pytest.mark.model
def test_query_prints_an_aligned_table_and_csv(built_example, capsys):
    assert run(["query", str(built_example), "SELECT ?l WHERE { ?a a irkg:Person ; rdfs:label ?l } ORDER BY ?l"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].strip() == "l" and set(lines[1]) == {"-"} and "Kim Jong-un" in lines[2]
    assert run(["query", str(built_example), "ASK { ?a irkg:meets ?b }", "--format", "json"]) == 0
    assert capsys.readouterr().out.strip() == "true"


@pytest.mark.model
def test_query_from_file(built_example, tmp_path, capsys):
    rq = tmp_path / "q.rq"
    rq.write_text("# count the mentions\nSELECT (COUNT(?m) AS ?n) WHERE { ?m a irkg:Mention }\n", encoding="utf-8")
    assert run(["query", str(built_example), "--file", str(rq), "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "n" and int(out[1]) >= 5


@pytest.mark.model
def test_eval_scores_the_good_texts_and_names_the_bad_one(tmp_path, capsys):
    import shutil

    from paths import EXAMPLE_GOLD

    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    shutil.copy(EXAMPLE_GOLD, tmp_path / EXAMPLE_GOLD.name)
    (tmp_path / "broken.txt").write_text("date 2024-01 Titre\n\nLa France a condamné l'Iran.\n", encoding="utf-8")
    (tmp_path / "broken.gold.json").write_text("{not json", encoding="utf-8")
    assert run(["eval", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "== fr: 1 documents" in captured.out
    assert "broken.gold.json: cannot read annotation" in captured.err
