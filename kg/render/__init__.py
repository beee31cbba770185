"""The interactive page: a graph as one self-contained HTML network that works offline.

::

    from kg.render import render_html, show
    render_html(dataset, "graph.html", title="Kim-Putin, September 2023")
    show(dataset, max_nodes=200)      # in a notebook
"""

from kg.render.html import InlinePage, inline, page_html, render_html, show

__all__ = ["InlinePage", "inline", "page_html", "render_html", "show"]
