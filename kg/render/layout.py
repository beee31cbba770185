"""Fixed node positions, computed once in Python so the browser runs no physics.

Connected actors get a seeded force-directed (Fruchterman-Reingold) layout, one connected
component at a time; actors with no relation are set in a grid below, so they do not crowd it.
Below :data:`NETWORKX_LIMIT` actors the layout is networkx's ``spring_layout``. Above it,
networkx switches to a sparse solver that needs scipy, which is not a dependency, so the same
algorithm runs here in numpy, with exact repulsion computed in row blocks to bound memory.
Same nodes, edges and seed: same positions, rounded to whole pixels.
"""

from __future__ import annotations

import math
from collections import Counter

import networkx as nx
import numpy as np

NETWORKX_LIMIT = 500
SPACING = 90
"""Pixels of spread per square root of the number of actors."""
GRID_STEP = 130
MIN_DISTANCE = 150
"""Pixels kept between the centres of two actors, room for their labels."""
PARALLEL_ROOM = 45
"""Extra pixels between two actors for each more edge between them (their labels stack)."""
_BLOCK = 64


def positions(nodes: list[str], edges: list[tuple[str, str]], seed: int = 0) -> dict[str, tuple[int, int]]:
    """Return pixel positions for ``nodes``.

    Each connected component is laid out alone and the components are packed in rows, largest
    first, so a small separate pair does not squeeze the main picture; actors with no relation
    go in a grid below.

    Args:
        nodes: Node keys, in a stable order (the order breaks ties).
        edges: Pairs of node keys; a pair given k times gets room for k edges between them.
        seed: Seed of the random start.

    >>> positions(["a", "b", "c"], [("a", "b")]) == positions(["a", "b", "c"], [("a", "b")])
    True
    """
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    order = {n: i for i, n in enumerate(nodes)}
    parts = sorted((sorted(c, key=order.__getitem__) for c in nx.connected_components(graph)),
                   key=lambda c: (-len(c), order[c[0]]))
    parallel = Counter(frozenset(edge) for edge in edges if edge[0] != edge[1])
    placed = pack([_component(graph, part, seed, parallel) for part in parts if len(part) > 1])
    bottom = max((y for _, y in placed.values()), default=-GRID_STEP) + GRID_STEP
    placed.update(grid([part[0] for part in parts if len(part) == 1], bottom))
    return placed


def _component(graph: nx.Graph, nodes: list[str], seed: int, parallel: Counter) -> dict[str, tuple[int, int]]:
    radius = SPACING * math.sqrt(len(nodes))
    unit = unit_layout(nodes, list(graph.subgraph(nodes).edges()), seed)
    index = {n: i for i, n in enumerate(nodes)}
    wide = sorted((sorted(index[n] for n in pair), count) for pair, count in parallel.items()
                  if count > 1 and all(n in index for n in pair))
    links = (np.array([w[0] for w in wide], dtype=np.int64).reshape(-1, 2),
             MIN_DISTANCE + PARALLEL_ROOM * (np.array([w[1] for w in wide], dtype=float) - 1))
    coords = spread(np.array([unit[n] for n in nodes]) * radius, MIN_DISTANCE, links)
    return {n: (round(x), round(y)) for n, (x, y) in zip(nodes, coords.tolist())}


def spread(coords: np.ndarray, distance: float, links: tuple | None = None, rounds: int = 30) -> np.ndarray:
    """Push apart points closer than ``distance`` (force layouts pull hubs onto each other,
    and their labels then overlap), and linked pairs closer than what they ask for.

    Args:
        coords: Array (n, 2) of positions.
        distance: Smallest gap between any two points.
        links: Optional (pairs (m, 2) of indexes, wanted gaps (m,)): room for parallel edges.
        rounds: Most passes.

    >>> spread(np.array([[0.0, 0.0], [10.0, 0.0]]), 100)[:, 0].round().tolist()
    [-45.0, 55.0]
    """
    # a fixed nudge separates points that sit exactly on each other
    coords = coords.astype(float) + np.random.default_rng(0).random(coords.shape) * 1e-3
    for _ in range(rounds):
        push = _push(coords, *near_pairs(coords, distance), distance)
        if links is not None and len(links[0]):
            push += _push(coords, links[0][:, 0], links[0][:, 1], links[1])
        if not push.any():
            break
        coords += push
    return coords


def _push(coords: np.ndarray, first: np.ndarray, second: np.ndarray, want) -> np.ndarray:
    """Half the missing gap of every pair closer than ``want``, along the line joining them."""
    delta = coords[first] - coords[second]
    gap = np.hypot(delta[:, 0], delta[:, 1])
    want = np.broadcast_to(np.asarray(want, dtype=float), gap.shape)
    close = (gap < want) & (gap > 0)
    first, second, delta, gap, want = first[close], second[close], delta[close], gap[close], want[close]
    push = delta * ((want - gap) / gap / 2)[:, None]
    out = np.zeros_like(coords)
    for axis in (0, 1):
        out[:, axis] += np.bincount(first, push[:, axis], len(coords))
        out[:, axis] -= np.bincount(second, push[:, axis], len(coords))
    return out


def near_pairs(coords: np.ndarray, distance: float) -> tuple[np.ndarray, np.ndarray]:
    """Return index pairs (i, j) of points in the same or touching grid cells of side ``distance``.

    Every pair closer than ``distance`` is among them, each once; far pairs are never compared,
    so the cost grows with the number of points, not its square.

    >>> [a.tolist() for a in near_pairs(np.array([[0.0, 0.0], [5.0, 0.0], [50.0, 0.0]]), 10)]
    [[0], [1]]
    """
    cells = np.floor(coords / distance).astype(np.int64)
    cells -= cells.min(axis=0) - 1
    width = cells[:, 1].max() + 2
    keys = cells[:, 0] * width + cells[:, 1]
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    firsts, seconds = [], []
    for step in (0, width - 1, width, width + 1, 1):  # this cell, and half of the 8 around it
        low = np.searchsorted(ordered, keys + step, "left")
        high = np.searchsorted(ordered, keys + step, "right")
        counts = high - low
        first = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(low - np.cumsum(counts) + counts, counts)
        second = order[starts + np.arange(counts.sum())]
        keep = first < second if step == 0 else np.ones(len(first), bool)
        firsts.append(first[keep])
        seconds.append(second[keep])
    return np.concatenate(firsts), np.concatenate(seconds)


def pack(parts: list[dict[str, tuple[int, int]]]) -> dict[str, tuple[int, int]]:
    """Place laid-out parts side by side in rows, the whole centred on x = 0, top at y = 0.

    >>> pack([{"a": (-100, 0), "b": (100, 0)}, {"c": (0, -50), "d": (0, 50)}])
    {'a': (-165, 0), 'b': (35, 0), 'c': (165, 0), 'd': (165, 100)}
    """
    boxes = [_box(part) for part in parts]
    width = max([b[2] - b[0] for b in boxes[:1]] + [math.sqrt(sum(
        (b[2] - b[0] + GRID_STEP) * (b[3] - b[1] + GRID_STEP) for b in boxes)) * 1.3])
    placed, x, y, row = {}, 0, 0, 0
    for part, (left, top, right, low) in zip(parts, boxes):
        if x and x + right - left > width:
            x, y, row = 0, y + row + GRID_STEP, 0
        placed.update({n: (px - left + x, py - top + y) for n, (px, py) in part.items()})
        x, row = x + right - left + GRID_STEP, max(row, low - top)
    shift = round(max((p[0] for p in placed.values()), default=0) / 2)
    return {n: (px - shift, py) for n, (px, py) in placed.items()}


def _box(part: dict[str, tuple[int, int]]) -> tuple[int, int, int, int]:
    xs, ys = [p[0] for p in part.values()], [p[1] for p in part.values()]
    return min(xs), min(ys), max(xs), max(ys)


def grid(nodes: list[str], top: int) -> dict[str, tuple[int, int]]:
    """Set ``nodes`` in rows from ``top`` down, centred on x = 0.

    >>> grid(["a", "b", "c", "d", "e"], 0)
    {'a': (-195, 0), 'b': (-65, 0), 'c': (65, 0), 'd': (195, 0), 'e': (0, 130)}
    """
    columns = max(1, math.ceil(math.sqrt(2 * len(nodes))))
    placed = {}
    for index, node in enumerate(nodes):
        row, column = divmod(index, columns)
        in_row = min(columns, len(nodes) - row * columns)
        placed[node] = (round((column - (in_row - 1) / 2) * GRID_STEP), top + row * GRID_STEP)
    return placed


def unit_layout(nodes: list[str], edges: list[tuple[str, str]], seed: int) -> dict[str, tuple[float, float]]:
    """Return positions in [-1, 1] for connected ``nodes`` (networkx below the limit)."""
    if len(nodes) <= 1:
        return dict.fromkeys(nodes, (0.0, 0.0))
    if len(nodes) < NETWORKX_LIMIT:
        graph = nx.Graph()
        graph.add_nodes_from(nodes)
        graph.add_edges_from(edges)
        found = nx.spring_layout(graph, seed=seed, iterations=100)
        coords = np.array([found[n] for n in nodes], dtype=float)
    else:
        index = {n: i for i, n in enumerate(nodes)}
        pairs = np.array(sorted({tuple(sorted((index[a], index[b]))) for a, b in edges if a != b}))
        coords = force_layout(len(nodes), pairs.reshape(-1, 2), seed)
    return dict(zip(nodes, map(tuple, _normalise(coords).tolist())))


def _normalise(coords: np.ndarray) -> np.ndarray:
    coords = coords - coords.mean(axis=0)
    extent = np.abs(coords).max()
    return coords / extent if extent > 0 else coords


def force_layout(count: int, pairs: np.ndarray, seed: int, iterations: int = 60) -> np.ndarray:
    """Return Fruchterman-Reingold positions of ``count`` nodes linked by index ``pairs``.

    A weak pull to the centre keeps separate components in view.

    Args:
        count: Number of nodes.
        pairs: Array of shape (m, 2) of node indexes.
        seed: Seed of the random start.
        iterations: Number of cooling steps.
    """
    rng = np.random.default_rng(seed)
    pos = rng.random((count, 2))
    k = 1.0 / math.sqrt(count)
    temperature = 0.1
    for step in range(iterations):
        shift = _repulsion(pos, k) + _attraction(pos, pairs, k) - 0.01 * (pos - 0.5) / k
        length = np.maximum(np.hypot(shift[:, 0], shift[:, 1]), 1e-9)[:, None]
        pos += shift / length * np.minimum(length, temperature * (1 - step / iterations))
    return pos


def _repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    """Sum of k²/d pushes from every other node, one block of rows at a time."""
    x, y = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
    out = np.empty_like(pos)
    for start in range(0, len(pos), _BLOCK):
        dx = x[start:start + _BLOCK, None] - x[None, :]
        dy = y[start:start + _BLOCK, None] - y[None, :]
        inverse = np.reciprocal(dx * dx + dy * dy + np.float32(1e-6))
        out[start:start + _BLOCK, 0] = np.einsum("ij,ij->i", dx, inverse)
        out[start:start + _BLOCK, 1] = np.einsum("ij,ij->i", dy, inverse)
    return out * k * k


def _attraction(pos: np.ndarray, pairs: np.ndarray, k: float) -> np.ndarray:
    """Sum of d²/k pulls along each edge."""
    out = np.zeros_like(pos)
    if len(pairs) == 0:
        return out
    delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
    pull = delta * np.hypot(delta[:, 0], delta[:, 1])[:, None] / k
    for axis in (0, 1):
        out[:, axis] -= np.bincount(pairs[:, 0], pull[:, axis], len(pos))
        out[:, axis] += np.bincount(pairs[:, 1], pull[:, axis], len(pos))
    return out
