"""The commands of kg.cli_interop: registered on a group, each with an example in its help."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from kg import cli_interop
from kg.errors import InputError


@pytest.fixture
def group():
    return cli_interop.register(click.Group("kg"))


def test_register_adds_the_four_commands(group):
    assert sorted(group.commands) == ["export", "push", "stats", "validate"]
    assert all(isinstance(c, click.Command) for c in cli_interop.COMMANDS)


@pytest.mark.parametrize("name", ["validate", "push", "stats", "export"])
def test_help_shows_an_example(group, name):
    result = CliRunner().invoke(group, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"kg {name} out/graph.trig" in result.output


def test_push_help_names_the_password_variable(group):
    output = CliRunner().invoke(group, ["push", "--help"]).output
    assert "KG_PUSH_PASSWORD" in output and "KG_PUSH_USER" in output


def test_push_needs_an_endpoint(group, tmp_path):
    result = CliRunner().invoke(group, ["push", str(tmp_path / "g.ttl")])
    assert result.exit_code == 2 and "--endpoint" in result.output


def test_a_missing_graph_file_is_an_input_error(group, tmp_path):
    result = CliRunner().invoke(group, ["stats", str(tmp_path / "missing.ttl")])
    assert result.exit_code == 1
    assert isinstance(result.exception, InputError)
    assert "does not exist" in str(result.exception)
