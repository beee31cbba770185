"""Fixtures of the page tests: the graphs of ``graphs.py``, built once per session."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


def load_graphs():
    """Import ``tests/render/graphs.py`` by path (the tests folder is not a package)."""
    spec = importlib.util.spec_from_file_location("render_graphs", Path(__file__).with_name("graphs.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def known():
    """The module of known graphs and their expected counts."""
    return load_graphs()


@pytest.fixture(scope="session")
def sample_graph(known):
    return known.sample()


@pytest.fixture(scope="session")
def mixed_graph(known):
    return known.mixed()


@pytest.fixture(scope="session")
def xss_graph(known):
    return known.xss()
