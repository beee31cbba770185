"""Commands that take a built graph elsewhere: ``kg validate``, ``kg push``, ``kg stats``, ``kg export``.

Plain click commands, attached to the ``kg`` group by :func:`register`. Like every ``kg``
command they parse arguments, call the library and print; errors are :class:`kg.errors.KgError`
subclasses, which ``kg`` prints on one line before exiting with status 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

EPILOG_VALIDATE = """\b
Example:
  kg validate out/graph.trig
  (prints one line per violation; exit status 0 when the graph conforms, 1 when not)
"""
EPILOG_PUSH = """\b
Examples:
  oxigraph serve --location data/oxigraph --bind 127.0.0.1:7878 --union-default-graph &
  kg push out/graph.trig --endpoint http://127.0.0.1:7878/store --replace
  KG_PUSH_PASSWORD=secret kg push out/graph.trig --user admin \\
      --endpoint http://localhost:3030/irkg/data --graph https://example.org/graph/rfi
"""
EPILOG_STATS = """\b
Examples:
  kg stats out/graph.trig
  kg stats out/graph.trig --json > stats.json
"""
EPILOG_EXPORT = """\b
Examples:
  kg export out/graph.trig -o out/graph.gexf          (Gephi)
  kg export out/graph.trig -o out/graph.graphml       (yEd, Cytoscape)
  kg export out/graph.trig -o out/graph.json --format json   (d3 node-link)
"""
_GRAPH = click.Path(path_type=Path)


@click.command(epilog=EPILOG_VALIDATE)
@click.argument("graph", type=_GRAPH)
def validate(graph: Path) -> None:
    """Check GRAPH against the output contract (the SHACL shapes in ontology/shapes.ttl)."""
    from kg.graph.store import read_graph
    from kg.validate import validate as run_validate

    report = run_validate(read_graph(graph))
    click.echo(report.text())
    if not report.conforms:
        sys.exit(1)  # as 'kg build' does: kg.cli.run turns SystemExit into the exit status


@click.command(epilog=EPILOG_PUSH)
@click.argument("graph", type=_GRAPH)
@click.option("--endpoint", required=True, metavar="URL",
              help="The store's SPARQL 1.1 Graph Store endpoint (Oxigraph: http://HOST:7878/store).")
@click.option("--graph", "into", metavar="IRI",
              help="Put everything into this one named graph [default: keep the graphs of GRAPH].")
@click.option("--replace", is_flag=True,
              help="Replace each graph in the store (PUT) instead of adding to it (POST).")
@click.option("--user", envvar="KG_PUSH_USER", show_envvar=True,
              help="User for HTTP basic auth; the password is read from $KG_PUSH_PASSWORD.")
def push(graph: Path, endpoint: str, into: str | None, replace: bool, user: str | None) -> None:
    """Send GRAPH to a triple store: the default graph and one named graph per document."""
    from kg.graph.push import push as run_push
    from kg.graph.store import read_graph

    result = run_push(read_graph(graph), endpoint, graph=into, replace=replace, user=user)
    verb = "replaced" if result.method == "PUT" else "added to"
    click.echo(f"{verb} {result.graphs} graph(s), {result.triples} triples -> {result.endpoint}")


@click.command(epilog=EPILOG_STATS)
@click.argument("graph", type=_GRAPH)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def stats(graph: Path, as_json: bool) -> None:
    """Print the actor network's figures: degree, betweenness, communities, relations by modality."""
    from kg.graph.network import format_stats
    from kg.graph.network import stats as compute
    from kg.graph.store import read_graph

    figures = compute(read_graph(graph))
    click.echo(json.dumps(figures, ensure_ascii=False, indent=2) if as_json else format_stats(figures))


@click.command(epilog=EPILOG_EXPORT)
@click.argument("graph", type=_GRAPH)
@click.option("-o", "--output", required=True, type=_GRAPH, help="File to write.")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json"]), default=None,
              help="graphml, gexf or json (node-link) [default: from the suffix].")
def export(graph: Path, output: Path, fmt: str | None) -> None:
    """Write the actor network of GRAPH for Gephi, yEd, Cytoscape or d3."""
    from kg.graph.network import export as run_export
    from kg.graph.network import export_format
    from kg.graph.store import read_graph

    fmt = export_format(output, fmt)  # check before reading the graph
    run_export(read_graph(graph), output, fmt)
    click.echo(f"network -> {output} ({fmt})")


COMMANDS = (validate, push, stats, export)


def register(group: click.Group) -> click.Group:
    """Add the commands of this module to ``group`` (the ``kg`` command); return it."""
    for command in COMMANDS:
        group.add_command(command)
    return group
