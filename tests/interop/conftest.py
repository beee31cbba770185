"""Fixtures of the interop tests: tiny graphs and the files they are written to."""

from __future__ import annotations

import pytest

from kg.graph.build import build_dataset
from kg.graph.store import write_graph

from .graphs import example_dataset, tricky_extraction, two_documents


@pytest.fixture
def example():
    """The example article's annotation as a dataset, fresh for each test (tests may change it)."""
    return example_dataset()


@pytest.fixture
def tricky():
    """A dataset whose literals hold quotes, newlines, emoji and right-to-left text."""
    return build_dataset([tricky_extraction()])


@pytest.fixture
def two_docs():
    """Two documents, five mentions, four actors: known answers for queries and figures."""
    return build_dataset(two_documents())


@pytest.fixture(scope="session")
def example_trig(tmp_path_factory):
    """The example written as TriG (named graphs kept), as 'kg build -o graph.trig' would."""
    path = tmp_path_factory.mktemp("example") / "graph.trig"
    write_graph(example_dataset(), path)
    return path
