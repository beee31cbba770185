"""IRIs are pure functions of their inputs."""

from kg.graph.iri import actor_iri, document_iri, mention_iri, slug


def test_slug_strips_accents_and_punctuation():
    assert slug("Sergueï Choïgou") == "serguei-choigou"
    assert slug("Corée du Nord") == "coree-du-nord"
    assert slug("!!!") == "x"


def test_actor_iri_depends_on_type_and_normalised_key():
    assert actor_iri("Person", "Vladimir Poutine") == actor_iri("Person", "vladimir-poutine")
    assert actor_iri("Person", "x") != actor_iri("Place", "x")


def test_document_and_mention_iris_are_deterministic():
    assert document_iri("a b") == document_iri("a-b")
    assert mention_iri("d", "s", "meets", "o", 3) == mention_iri("d", "s", "meets", "o", 3)
    assert mention_iri("d", "s", "meets", "o", 3) != mention_iri("d", "s", "meets", "o", 4)
