"""The examples in the package's docstrings run and give what they show."""

import doctest
import importlib
import pkgutil

import pytest

import kg

MODULES = sorted(m.name for m in pkgutil.walk_packages(kg.__path__, "kg.") if not m.ispkg and m.name != "kg.__main__")


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    failures, _ = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert not failures
