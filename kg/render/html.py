"""Write a graph as one self-contained HTML page that works offline, or show it in a notebook.

The page is ``page.html`` with everything inlined: vis-network's script and stylesheet (the
copy pyvis ships), ``page.css``, the page scripts (``graph.js``, ``panel.js``, ``page.js``)
and the data as JSON in a ``<script type="application/json">`` element, with ``<``, ``>`` and
``&`` escaped so no text can close it. The script builds every panel with text nodes, never
with HTML strings, and a Content-Security-Policy allows only the page's own scripts (by
hash) and no network at all.

pyvis's own template is not used: in every ``cdn_resources`` mode it loads Bootstrap from a
CDN (and in ``local`` mode vis-network too), so a page written by it breaks offline. Only its
copy of vis-network (9.1.2) is used.

    >>> from rdflib import Dataset
    >>> "no relations" in page_html(Dataset(), title="Empty")
    True
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources
from pathlib import Path

from rdflib import Graph

from kg.errors import KgError
from kg.graph.store import write_atomic
from kg.render.data import read_view
from kg.render.layout import positions
from kg.render.page import page_data
from kg.render.select import Filters, Selection, make_filters, select

VIS_FOLDER = ("templates", "lib", "vis-9.1.2")
"""Where pyvis keeps its copy of vis-network (standalone build, which includes vis-data)."""
SCRIPTS = ("graph.js", "panel.js", "page.js")
DEFAULT_TITLE = "irkg network"
_SLOT = re.compile(r"<!--irkg:([a-z-]+)-->")


def render_html(dataset: Graph, path: str | Path, *, title: str | None = None,
                max_nodes: int | None = None, seed: int = 0, relations: Iterable[str] | None = None,
                modalities: Iterable[str] | None = None, actor_types: Iterable[str] | None = None,
                date_from: str | dt.date | None = None, date_to: str | dt.date | None = None) -> Path:
    """Write ``dataset`` as an interactive network page that needs no network.

    The file is written atomically: readers see the old page or the whole new one.

    Args:
        dataset: A graph that follows the output contract (a Dataset or a plain Graph).
        path: The HTML file to write; its folder is created if needed.
        title: Page title [default: "irkg network"].
        max_nodes: Keep only this many actors, the most connected; the page says how many
            actors and relations it leaves out.
        seed: Seed of the layout: same graph and seed, same page byte for byte.
        relations: Keep only these relations (local names, e.g. ``["meets", "attacks"]``).
        modalities: Keep only mentions of these modalities (asserted, planned, speculative, negated).
        actor_types: Keep only actors of these types (Person, Country, Organization, Place).
        date_from: Keep only mentions dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD).
        date_to: Keep only mentions dated on or before this.

    Returns:
        The path written.

    Raises:
        InputError: a filter names an unknown relation, modality or type, or a date is not ISO.
    """
    page = page_html(dataset, title=title, max_nodes=max_nodes, seed=seed, relations=relations,
                     modalities=modalities, actor_types=actor_types, date_from=date_from,
                     date_to=date_to)
    write_atomic(Path(path), page.encode("utf-8"))
    return Path(path)


def page_html(dataset: Graph, *, title: str | None = None, max_nodes: int | None = None,
              seed: int = 0, **filters) -> str:
    """Return the page :func:`render_html` writes, as text (same options)."""
    chosen = make_filters(**filters)
    view = read_view(dataset)
    selection = select(view, chosen, max_nodes)
    coords = positions([a.iri for a in selection.actors],
                       [(e.subject, e.object) for e in selection.edges], seed)
    notes = left_out(selection, chosen, max_nodes)
    return fill(page_data(view, selection, coords, title or DEFAULT_TITLE, notes))


def left_out(selection: Selection, filters: Filters, max_nodes: int | None) -> list[str]:
    """Return the page's notes on what it does not show, and why."""
    notes = []
    if any(selection.hidden):
        notes.append(f"{_count(selection.hidden)} are not in this page: it keeps the {max_nodes} "
                     "most connected actors (max_nodes).")
    described = filters.describe()
    if described:
        notes.append(f"Built with filters ({'; '.join(described)}): "
                     f"{_count(selection.filtered)} left out.")
    return notes


def _count(pair: tuple[int, int]) -> str:
    actors, relations = pair
    return (f"{actors} actor{'s' * (actors != 1)} and "
            f"{relations} relation{'s' * (relations != 1)}")


def fill(data: dict) -> str:
    """Return the page template filled with ``data`` and every asset inlined."""
    script = inline_script(f'(function () {{\n"use strict";\n{read_asset(*SCRIPTS)}\n}})();\n')
    vis_script = inline_script(read_vis("vis-network.min.js"))
    slots = {
        "title": escape(data["title"]),
        "csp": content_security_policy([vis_script, script]),
        "vis-css": inline_style(read_vis("vis-network.css")),
        "page-css": inline_style(read_asset("page.css")),
        "notes": "".join(f"<li>{escape(note)}</li>" for note in data["notes"]),
        "counts": escape(_counts_text(data)),
        "empty": _empty_message(data),
        "data": script_json(data),
        "vis-js": vis_script,
        "page-js": script,
    }
    return _SLOT.sub(lambda match: slots[match.group(1)], read_asset("page.html"))


def _counts_text(data: dict) -> str:
    relations, actors = len(data["edges"]), len(data["nodes"])
    return f"{relations} of {relations} relations, {actors} of {actors} actors"


def _empty_message(data: dict) -> str:
    if data["edges"]:
        return '<p id="empty" role="status" hidden></p>'
    total_actors, total_relations = data["counts"]["total"]
    text = ("No relation passes the filters this page was built with." if total_relations
            else "This graph has no relations to show" + ("." if total_actors else ", and no actors."))
    return f'<p id="empty" role="status">{escape(text)}</p>'


def script_json(data: dict) -> str:
    """Return ``data`` as JSON that cannot end its ``<script>`` element early.

    >>> script_json({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def inline_script(code: str) -> str:
    """Return script text that cannot close its ``<script>`` element (``</`` becomes ``<\\/``)."""
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def inline_style(css: str) -> str:
    """Return a stylesheet that cannot close its ``<style>`` element."""
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def content_security_policy(scripts: list[str]) -> str:
    """Return a policy that runs only ``scripts`` (by hash) and fetches nothing."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode()}'"
        for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
            "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")


@cache
def read_asset(*names: str) -> str:
    """Return the text of the page files ``names`` of this package, joined by newlines."""
    return "\n".join((resources.files("kg.render") / name).read_text(encoding="utf-8") for name in names)


@cache
def read_vis(name: str) -> str:
    """Return a file of the vis-network copy pyvis ships."""
    path = resources.files("pyvis").joinpath(*VIS_FOLDER, name)
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise KgError(f"vis-network's {name!r} is missing from pyvis ({path}); "
                      "reinstall it with: pip install 'pyvis>=0.3.2,<0.4'") from exc


@dataclass(frozen=True)
class InlinePage:
    """A page that notebooks show inline, in a sandboxed iframe (any object with
    ``_repr_html_`` is displayed by Jupyter; IPython is not needed to build one)."""

    html: str
    height: int = 600

    def _repr_html_(self) -> str:
        # wrapped in a div: IPython warns about a bare <iframe> in HTML
        return (f'<div class="irkg-page"><iframe srcdoc="{escape(self.html, quote=True)}" title="irkg network" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ccc" '
                'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe></div>')


def inline(dataset: Graph, *, height: int = 600, **options) -> InlinePage:
    """Return the page of ``dataset`` (options of :func:`render_html`) for a notebook cell."""
    return InlinePage(page_html(dataset, **options), height)


def show(dataset: Graph, *, height: int = 600, **options):
    """Return an ``IPython.display.HTML`` that shows the page of ``dataset`` in a notebook.

    Args:
        dataset: The graph.
        height: Height of the frame, in pixels.
        **options: Options of :func:`render_html` (title, max_nodes, filters, seed).

    Raises:
        ImportError: IPython is not installed.
    """
    try:
        from IPython.display import HTML
    except ImportError as exc:
        raise ImportError("kg.render.show needs IPython to display the page in a notebook; "
                          "install it with: pip install ipython (or write the page to a file "
                          "with kg.render.render_html and open it)") from exc
    return HTML(inline(dataset, height=height, **options)._repr_html_())
