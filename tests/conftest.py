"""Shared fixtures: the example article, its annotation, and graphs built from them."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import EXAMPLE, EXAMPLE_GOLD


@pytest.fixture(scope="session")
def gold_dataset():
    """The example's hand annotation built into a graph (no model needed)."""
    from kg.graph.build import build_dataset
    from kg.ingest.annotation import read_annotation

    return build_dataset([read_annotation(EXAMPLE_GOLD)])


@pytest.fixture(scope="session")
def built_example(tmp_path_factory) -> Path:
    """The example article built by the command line into a Turtle file (loads the model once)."""
    from kg.cli import run

    out = tmp_path_factory.mktemp("example") / "graph.ttl"
    assert run(["build", str(EXAMPLE), "-o", str(out)]) == 0
    return out
