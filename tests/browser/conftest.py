"""Fixtures of the browser tests: Debian's chromium driven by Playwright, network blocked.

Playwright's own browser download is never used: the tests launch the system chromium
(``IRKG_CHROMIUM``, default ``/usr/bin/chromium``; ``apt-get install chromium``) and skip with
that reason when it is missing.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg.render import render_html

CHROMIUM = os.environ.get("IRKG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
GRAPHS = Path(__file__).resolve().parents[1] / "render" / "graphs.py"


def load_graphs():
    """Import ``tests/render/graphs.py`` by path (the tests folder is not a package)."""
    spec = importlib.util.spec_from_file_location("render_graphs", GRAPHS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Visit:
    """An open page and what happened while it was open."""

    page: object
    failed: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def known():
    return load_graphs()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM}: apt-get install chromium, or set IRKG_CHROMIUM")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (no browser download)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def pages(tmp_path_factory, known):
    """Write the test pages once: example, mixed, xss and empty."""
    folder = tmp_path_factory.mktemp("pages")
    return {
        "example": render_html(known.sample(), folder / "example.html", title="Kim Jong-un and Vladimir Putin"),
        "mixed": render_html(known.mixed(), folder / "mixed.html", title="Mixed"),
        "xss": render_html(known.xss(), folder / "xss.html", title="<script>alert(1)</script>"),
        "empty": render_html(known.actors_only(), folder / "empty.html", title="No relations"),
    }


def _route(route):
    if route.request.url.startswith(("file:", "data:")):
        route.continue_()
    else:
        route.abort()


@pytest.fixture
def visit(browser):
    """Return a function that opens a page file with the network blocked and records events."""
    contexts = []

    def open_page(path: Path, width: int = 1400, height: int = 850, wait: bool = True) -> Visit:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        seen = Visit(page)
        page.route("**/*", _route)
        page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else seen.external.append(r.url))
        page.on("requestfailed", lambda r: seen.failed.append(r.url))
        page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: seen.errors.append(str(e)))
        page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))
        page.goto(Path(path).as_uri())
        if wait:  # the page sets it after vis-network's first frame
            page.wait_for_function("document.body.dataset.ready === 'true'")
        return seen

    yield open_page
    for context in contexts:
        context.close()
