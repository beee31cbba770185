"""The spaCy pipeline: components in order, and a saved pipeline that loads and keeps its rules."""

import pytest

pytestmark = pytest.mark.model

SENTENCE = "Le président russe Vladimir Poutine a rencontré Kim Jong-un à Vladivostok."


def test_components_run_after_the_model():
    from kg.pipeline import make_nlp

    names = make_nlp("fr").pipe_names
    assert names.index("irkg_sentences") < names.index("parser")
    assert names[-2:] == ["irkg_actors", "irkg_relations"]


def test_saved_pipeline_loads_without_importing_the_package_first(tmp_path):
    import subprocess
    import sys

    from kg.pipeline import make_nlp

    make_nlp("fr").to_disk(tmp_path / "pipeline")
    code = ("import spacy; nlp = spacy.load(%r); doc = nlp(%r); "
            "print(sorted((f.subject, f.predicate, f.object) for f in doc._.irkg_relations))")
    out = subprocess.run([sys.executable, "-c", code % (str(tmp_path / "pipeline"), SENTENCE)],
                         capture_output=True, text=True, check=True).stdout
    assert "('Person:vladimir-poutine', 'meets'" in out or "'meets', 'Person:vladimir-poutine')" in out
    assert "leaderOf" in out


def test_unknown_language_is_a_clear_error():
    from kg.errors import InputError
    from kg.pipeline import make_nlp

    with pytest.raises(InputError, match="no model for language 'xx'"):
        make_nlp("xx")


def test_an_apostrophe_inside_a_name_does_not_split_it():
    from kg.pipeline import make_nlp

    tokens = [t.text for t in make_nlp("fr").tokenizer("Mata’afa et O'Brien à N’Djamena, l’Iran qu'il a")]
    assert tokens == ["Mata’afa", "et", "O'Brien", "à", "N’Djamena", ",", "l’", "Iran", "qu'", "il", "a"]
