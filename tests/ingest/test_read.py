"""Reading inputs: the header line, records, folders, and bad files reported by name."""

import json

import pytest

from kg.errors import InputError
from kg.ingest import iter_documents, read_path
from kg.ingest.clean import blank_boilerplate


def test_txt_header_gives_date_and_title_and_keeps_the_title_in_the_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2023-09 Titre: X\n\nCorps du texte.", encoding="utf-8")
    (doc,) = read_path(path)
    assert (doc.id, doc.date, doc.title) == ("a", "2023-09", "Titre: X")
    assert doc.text.startswith("Titre: X\n\nCorps")


def test_json_and_jsonl_records(tmp_path):
    (tmp_path / "r.json").write_text(json.dumps([{"id": "x", "text": "Un.", "lang": "fr"},
                                                 {"text": "Deux."}]), encoding="utf-8")
    (tmp_path / "r.jsonl").write_text('{"id": "y", "text": "Trois.", "date": "2024-01-02"}\n\n',
                                      encoding="utf-8")
    docs = [d for d in iter_documents([tmp_path]) if not isinstance(d, InputError)]
    assert [d.id for d in docs] == ["x", "r-2", "y"]
    assert docs[2].date == "2024-01-02"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "file is empty"),
    (b"caf\xe9", "not valid UTF-8 (byte 0xe9 at offset 3)"),
])
def test_bad_txt_files_say_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_path(path)


def test_bad_jsonl_line_is_named(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_text('{"text": "ok"}\n{"text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"f.jsonl:2: invalid JSON"):
        read_path(path)


def test_record_without_text(tmp_path):
    path = tmp_path / "f.json"
    path.write_text('{"id": "z"}', encoding="utf-8")
    with pytest.raises(InputError, match="'text' string"):
        read_path(path)


def test_a_bad_file_in_a_batch_does_not_stop_the_others(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "good.txt").write_text("Bonjour.", encoding="utf-8")
    items = list(iter_documents([tmp_path, tmp_path / "missing.txt"]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.id for d in items if not isinstance(d, InputError)] == ["good"]
    assert any("bad.txt" in e for e in errors) and any("missing.txt" in e for e in errors)


def test_boilerplate_is_blanked_with_offsets_kept():
    text = "Publicité Lire la suite Avec notre correspondant.\nNewsletterRecevez tout Je m'abonne"
    cleaned = blank_boilerplate(text, "fr")
    assert len(cleaned) == len(text)
    assert "Publicité" not in cleaned and "Newsletter" not in cleaned and "abonne" not in cleaned
    assert cleaned.index("Avec notre") == text.index("Avec notre")


def test_a_hard_wrapped_sentence_is_joined_and_keeps_its_offsets(tmp_path):
    text = "Le secrétaire général de\nl'Otan a parlé.\nTitre\nLe texte suit.\n"
    path = tmp_path / "wrapped.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = read_path(path)
    assert doc.text == "Le secrétaire général de l'Otan a parlé.\nTitre\nLe texte suit.\n"
    assert len(doc.text) == len(text)

