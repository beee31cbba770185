"""The ``kg`` command: thin commands that parse arguments, call the library and print."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli_interop import register as register_interop
from kg.errors import KgError

EPILOG_BUILD = """\b
Examples:
  kg build examples/fr-rfi-2023-09-kim-putin.txt -o out/graph.ttl --html out/graph.html
  kg build articles/ feed.jsonl -o out/graph.trig --format trig
"""
EPILOG_QUERY = """\b
Examples:
  kg query out/graph.ttl 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5'
  kg query out/graph.ttl --file examples/queries/who-met-whom.rq --format csv
"""
EPILOG_RENDER = """\b
Examples:
  kg render out/graph.ttl -o out/graph.html --title "Kim-Putin, September 2023"
  kg render out/big.trig -o out/top.html --max-nodes 300 --modality asserted --from 2023-06
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog="Run 'kg COMMAND --help' for a command's options and an example.")
@click.option("--debug", is_flag=True, help="Show the full traceback on errors.")
@click.version_option(package_name="irkg")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Turn news about international relations into an RDF knowledge graph.

    \b
    Build a graph from articles, query it with SPARQL, open it as an interactive page:
      kg build article.txt -o graph.ttl --html graph.html
      kg query graph.ttl 'SELECT * WHERE { ?s irkg:meets ?o }'
      kg render graph.ttl -o graph.html
    """
    ctx.obj = {"debug": debug}


@main.command(epilog=EPILOG_BUILD)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Graph file to write.")
@click.option("--format", "fmt", default=None, metavar="FORMAT",
              help="turtle, nt, jsonld, xml, trig or nquads [default: from the suffix, else turtle].")
@click.option("--html", type=click.Path(path_type=Path), help="Also write the interactive page here.")
@click.option("--lang", default="fr", show_default=True, help="Language of inputs that do not say.")
@click.option("--model", default=None, help="spaCy model to use [default: the language's].")
def build(inputs: tuple[Path, ...], output: Path, fmt: str | None, html: Path | None, lang: str,
          model: str | None) -> None:
    """Extract actors and relations from INPUTS into one RDF graph.

    INPUTS are .txt files (first line may be 'date 2023-09 <title>'), .json / .jsonl files of
    records {id, text, date, lang, title, source}, or folders of them.
    """
    from kg.graph.store import format_for, write_graph
    from kg.workflow import build as run_build

    fmt = format_for(output, fmt)  # check the format before the long work
    report = run_build(list(inputs), lang=lang, model=model, progress=_progress)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    write_graph(report.dataset, output, fmt)
    click.echo(f"built {len(report.documents)} document(s): {report.actors} actors, "
               f"{report.mentions} relation mentions -> {output} ({fmt})")
    if html:
        from kg.render.html import render_html

        render_html(report.dataset, html, title=output.stem)
        click.echo(f"interactive page -> {html}")
    if report.errors:
        sys.exit(1)


@main.command(epilog=EPILOG_QUERY)
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.Path(path_type=Path), help="Read the query from a .rq file.")
@click.option("--format", "fmt", default="table", show_default=True, metavar="FORMAT",
              help="table, csv or json.")
def query(graph: Path, sparql: str | None, query_file: Path | None, fmt: str) -> None:
    """Run a read-only SPARQL query over GRAPH (prefixes irkg:, skos:, prov: ... predeclared)."""
    from kg.errors import QueryError
    from kg.graph.query import RESULT_FORMATS, format_result, read_query_file, run_query
    from kg.graph.store import read_graph

    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    if (sparql is None) == (query_file is None):
        raise click.UsageError("give a SPARQL query or --file, not both and not neither")
    text = read_query_file(query_file) if query_file else sparql
    dataset = read_graph(graph)
    result = run_query(dataset, text, str(query_file or "query"))
    click.echo(format_result(result, fmt, dataset))


@main.command(epilog=EPILOG_RENDER)
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="HTML page to write.")
@click.option("--title", default=None, help="Page title [default: the graph file's name].")
@click.option("--max-nodes", type=int, default=None,
              help="Keep the N most connected actors; the page says how many are hidden.")
@click.option("--seed", type=int, default=0, show_default=True, help="Layout seed: same graph and seed, same picture.")
@click.option("--relation", "relations", multiple=True, metavar="NAME", help="Show only this relation (repeatable).")
@click.option("--modality", "modalities", multiple=True, metavar="NAME",
              help="Show only this modality: asserted, planned, speculative, negated (repeatable).")
@click.option("--actor-type", "actor_types", multiple=True, metavar="TYPE",
              help="Show only actors of this type: Person, Country, Organization, Place (repeatable).")
@click.option("--from", "date_from", default=None, metavar="DATE",
              help="Only mentions dated on or after DATE (ISO 8601).")
@click.option("--to", "date_to", default=None, metavar="DATE", help="Only mentions dated on or before DATE (ISO 8601).")
def render(graph: Path, output: Path, title: str | None, max_nodes: int | None, seed: int,
           relations: tuple[str, ...], modalities: tuple[str, ...], actor_types: tuple[str, ...],
           date_from: str | None, date_to: str | None) -> None:
    """Write GRAPH as an interactive network page that works offline.

    Filters given here are applied when the page is made; the page has its own filters too.
    """
    from kg.graph.store import read_graph
    from kg.render.html import render_html

    render_html(read_graph(graph), output, title=title or graph.stem, max_nodes=max_nodes, seed=seed,
                relations=relations or None, modalities=modalities or None,
                actor_types=actor_types or None, date_from=date_from, date_to=date_to)
    click.echo(f"interactive page -> {output}")


@main.command("eval", epilog="""\b
Examples:
  kg eval corpus/tune
  kg eval corpus/tune --verbose
  kg eval corpus/tune --json > scores.json
""")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--verbose", is_flag=True, help="List every miss, false positive and modality error.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores (and details) as JSON.")
@click.option("--model", default=None, help="spaCy model to use [default: the language's].")
def evaluate(corpus: Path, verbose: bool, as_json: bool, model: str | None) -> None:
    """Score extraction on CORPUS: a folder of <id>.txt texts with <id>.gold.json annotations.

    Prints precision, recall and F1 per relation and overall, per language, and modality
    accuracy on matched relations.
    """
    import json

    from kg.errors import InputError
    from kg.evaluate import details_json, format_details, format_summary, summary
    from kg.evaluate import evaluate as run_eval
    from kg.pipeline import MODELS

    skipped: list[str] = []
    errors: list[str] = []
    scores = run_eval(corpus, model, progress=_progress, skipped=skipped, errors=errors)
    if skipped:
        click.echo(f"skipped {len(skipped)} text(s) in a language with no model: {', '.join(skipped)}", err=True)
    for error in errors:
        click.echo(f"error: {error}", err=True)
    if not scores:
        raise InputError(errors[0] if errors and not skipped else
                         f"{corpus}: no text in a supported language; supported: {', '.join(MODELS)}")
    result = summary(scores)
    if as_json:
        result["details"] = details_json(scores) if verbose else None
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(format_summary(result))
        if verbose:
            click.echo(format_details(scores))
    if errors:
        sys.exit(1)


register_interop(main)  # kg validate, kg push, kg stats, kg export (kg/cli_interop.py)


def _progress(items):
    from tqdm import tqdm

    return tqdm(items, desc="documents", unit="doc", file=sys.stderr, disable=None, leave=False)


def run(argv: list[str] | None = None) -> int:
    """Entry point: one line on stderr and exit 1 for a :class:`KgError`, 2 for usage errors."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        main.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except KgError as exc:
        if debug:
            raise
        click.echo(f"{type(exc).__name__}: {exc}", err=True)
        return 1
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


if __name__ == "__main__":
    sys.exit(run())
