"""How fast the interactive page is built and drawn, on random graphs of growing size.

Not a test: run it by hand and read the table::

    python benchmarks/bench_render.py                      # 100, 1,000 and 5,000 actors
    python benchmarks/bench_render.py --sizes 200 --runs 1 --keep out/bench

Each graph is contract-shaped (built by :func:`kg.graph.build.build_dataset` from random
records): actors of the four types with aliases and Wikidata ids, ``--per-actor`` relations
per actor (objects drawn with a preference for well-connected actors, as in news), every
modality, dates, places and a document per 50 mentions. For each size it reports:

* build: seconds to build the RDF (not part of rendering, for scale);
* render: seconds :func:`kg.render.render_html` takes (read, select, layout, write);
* actors, relations: what the page holds (relations drawn twice merge, so a little under
  ``actors * per_actor``);
* MB: size of the page;
* first frame: milliseconds from navigation to vis-network's first ``afterDrawing`` (the page
  draws fixed positions with physics off, so the first frame is the stable one), median of
  ``--runs`` loads in headless chromium with the network blocked;
* redraw: milliseconds of one full redraw (what panning and zooming cost per frame);
* filter: milliseconds to apply a modality filter (uncheck ``speculative``) and redraw.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from kg.graph.build import build_dataset
from kg.ontology.namespace import ACTOR_TYPES, EVENT_RELATIONS, MODALITIES
from kg.render import render_html
from kg.types import Actor, Document, Extraction, Mention, TimeValue

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MENTIONS_PER_DOCUMENT = 50
REDRAW = """() => new Promise((done) => {
  const start = performance.now();
  irkg.network.once("afterDrawing", () => done(performance.now() - start));
  irkg.network.redraw();
})"""
FILTER = """() => new Promise((done) => {
  const start = performance.now();
  document.querySelector("input[name=modality][value=speculative]").click();
  irkg.network.once("afterDrawing", () => done(performance.now() - start));
  irkg.network.redraw();
})"""


def random_actors(count: int, rng: random.Random) -> dict[str, Actor]:
    """Return ``count`` actors keyed by reference (``Type:key``)."""
    actors = {}
    for n in range(count):
        kind = rng.choice(ACTOR_TYPES)
        key = f"actor-{n}"
        aliases = tuple(f"Alias {n}.{a}" for a in range(rng.randint(0, 2)))
        ids = (f"http://www.wikidata.org/entity/Q{1000 + n}",) if rng.random() < 0.6 else ()
        actors[f"{kind}:{key}"] = Actor(key, kind, f"{kind} {n}", aliases, ids)
    return actors


def random_mentions(refs: list[str], per_actor: int, rng: random.Random) -> list[Mention]:
    """Return ``per_actor`` mentions with each actor as subject, objects skewed to hubs."""
    mentions, popular = [], list(refs[:10])
    for index in range(len(refs) * per_actor):
        subject = refs[index // per_actor]
        target = rng.choice(popular) if rng.random() < 0.5 else rng.choice(refs)
        if target == subject:
            target = refs[(index // per_actor + 1) % len(refs)]
        popular.extend((subject, target))
        mentions.append(_mention(index, subject, target, rng.choice(refs), rng))
    return mentions


def _mention(n: int, subject: str, target: str, place: str, rng: random.Random) -> Mention:
    day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    relation = rng.choice(EVENT_RELATIONS)
    return Mention(
        doc_id=f"doc-{n // MENTIONS_PER_DOCUMENT}", subject=subject, predicate=relation, object=target,
        modality=rng.choices(MODALITIES, weights=(6, 2, 3, 1))[0],
        evidence=f"Sentence {n}: {subject} {relation} {target}, reports say.", start=n * 100,
        end=n * 100 + 60, rule="bench", time=TimeValue(day, "day", day) if rng.random() < 0.5 else None,
        place=place if rng.random() < 0.2 else None)


def random_dataset(actors: int, per_actor: int, seed: int):
    """Return a contract-shaped dataset of ``actors`` actors and about ``actors * per_actor`` relations."""
    rng = random.Random(seed)
    people = random_actors(actors, rng)
    mentions = random_mentions(sorted(people), per_actor, rng)
    by_doc: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_doc.setdefault(mention.doc_id, []).append(mention)
    return build_dataset([Extraction(Document(doc, "", "en", "2023-12-31", f"Report {doc}",
                                              f"https://example.org/{doc}"), people, ms)
                          for doc, ms in by_doc.items()])


def browser_times(path: Path, runs: int) -> tuple[float, float, float]:
    """Return median (first frame, redraw, filter) milliseconds over ``runs`` fresh loads."""
    from playwright.sync_api import sync_playwright

    samples = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 850})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(path.as_uri())
            page.wait_for_function("window.irkg && irkg.firstDraw", timeout=300_000)
            samples.append((page.evaluate("irkg.firstDraw"), page.evaluate(REDRAW), page.evaluate(FILTER)))
            page.close()
        browser.close()
    return tuple(statistics.median(s[i] for s in samples) for i in range(3))


def measure(actors: int, per_actor: int, seed: int, runs: int, folder: Path) -> dict:
    """Build, render and load one graph; return its row of the table."""
    start = time.perf_counter()
    dataset = random_dataset(actors, per_actor, seed)
    built = time.perf_counter()
    path = render_html(dataset, folder / f"bench-{actors}.html", title=f"{actors} actors", seed=seed)
    rendered = time.perf_counter()
    first, redraw, refilter = browser_times(path, runs)
    data = json.loads(re.search(r'id="irkg-data">(.*?)</script>', path.read_text("utf-8"), re.S).group(1))
    return {"actors": len(data["nodes"]), "relations": len(data["edges"]), "build": built - start,
            "render": rendered - built, "MB": path.stat().st_size / 1e6, "first frame": first,
            "redraw": redraw, "filter": refilter}


def print_table(rows: list[dict]) -> None:
    """Print the rows as a Markdown table (ready for the README)."""
    print("| actors | relations | build s | render s | page MB | first frame ms | redraw ms | filter ms |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['actors']:,} | {r['relations']:,} | {r['build']:.1f} | {r['render']:.2f} | {r['MB']:.1f} "
              f"| {r['first frame']:.0f} | {r['redraw']:.0f} | {r['filter']:.0f} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000], help="numbers of actors")
    parser.add_argument("--per-actor", type=int, default=4, help="relations per actor [4]")
    parser.add_argument("--runs", type=int, default=3, help="page loads per size (median) [3]")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="write the pages here instead of a temporary folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for size in args.sizes:
            rows.append(measure(size, args.per_actor, args.seed, args.runs, folder))
            print(f"  {size} actors done", flush=True)
        print_table(rows)


if __name__ == "__main__":
    main()
