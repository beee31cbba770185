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

import networkx as nx
import numpy as np

NETWORKX_LIMIT = 500
SPACING = 90
"""Pixels of spread per square root of the number of actors."""
GRID_STEP = 130
MIN_DISTANCE = 150
"""Pixels kept between the centres of two actors, room for their labels."""
_BLOCK = 64


def positions(nodes: list[str], edges: list[tuple[str, str]], seed: int = 0) -> dict[str, tuple[int, int]]:
    """Return pixel positions for ``nodes``.

    Each connected component is laid out alone and the components are packed in rows, largest
    first, so a small separate pair does not squeeze the main picture; actors with no relation
    go in a grid below.

    Args:
        nodes: Node keys, in a stable order (the order breaks ties).
        edges: Pairs of node keys; repeated pairs count once.
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
    placed = pack([_component(graph, part, seed) for part in parts if len(part) > 1])
    bottom = max((y for _, y in placed.values()), default=-GRID_STEP) + GRID_STEP
    placed.update(grid([part[0] for part in parts if len(part) == 1], bottom))
    return placed


def _component(graph: nx.Graph, nodes: list[str], seed: int) -> dict[str, tuple[int, int]]:
    radius = SPACING * math.sqrt(len(nodes))
    unit = unit_layout(nodes, list(graph.subgraph(nodes).edges()), seed)
    coords = spread(np.array([unit[n] for n in nodes]) * radius, MIN_DISTANCE)
    return {n: (round(x), round(y)) for n, (x, y) in zip(nodes, coords.tolist())}


def spread(coords: np.ndarray, distance: float, rounds: int = 30) -> np.ndarray:
    """Push apart points closer than ``distance`` (force layouts pull hubs onto each other,
    and their labels then overlap).

    >>> spread(np.array([[0.0, 0.0], [10.0, 0.0]]), 100)[:, 0].round().tolist()
    [-45.0, 55.0]
    """
    # a fixed nudge separates points that sit exactly on each other
    coords = coords.astype(float) + np.random.default_rng(0).random(coords.shape) * 1e-3
    for _ in range(rounds):
        push = _overlap_push(coords, distance)
        if not push.any():
            break
        coords += push
    return coords


def _overlap_push(coords: np.ndarray, distance: float) -> np.ndarray:
    out = np.zeros_like(coords)
    for start in range(0, len(coords), _BLOCK):
        delta = coords[start:start + _BLOCK, None, :] - coords[None, :, :]
        gap = np.hypot(delta[..., 0], delta[..., 1])
        close = (gap < distance) & (gap > 0)
        if close.any():
            factor = np.where(close, (distance - gap) / np.maximum(gap, 1e-9) / 2, 0.0)
            out[start:start + _BLOCK] = np.einsum("ijk,ij->ik", delta, factor)
    return out


def pack(parts: list[dict[str, tuple[int, int]]]) -> dict[str, tuple[int, int]]:
    """Place laid-out parts side by side in rows, the whole centred on x = 0, top at y = 0."""
    boxes = [_box(part) for part in parts]
    width = max([b[2] - b[0] for b in boxes[:1]] + [math.sqrt(sum(
        (b[2] - b[0] + GRID_STEP) * (b[3] - b[1] + GRID_STEP) for b in boxes)) * 1.3])
    placed, x, y, row = {}, 0, 0, 0
    for part, (left, top, right, low) in zip(parts, boxes):
        if x and x + right - left > width:
            x, y, row = 0, y + row + GRID_STEP, 0
        placed.update({n: (px - left + x, py - top + y) for n, (px, py) in part.items()})
        x, row = x + right - left + GRID_STEP, max(row, low - top)
    shift = round((max((p[0] for p in placed.values()), default=0)) / 2)
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
