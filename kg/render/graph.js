/* graph.js: the page data as vis-network items, and the filters that hide some of them.
   The page concatenates graph.js, panel.js and page.js inside one function (see html.py). */

const DATA = JSON.parse(document.getElementById("irkg-data").textContent);
const MODALITY_ORDER = DATA.modalities.map((m) => m.name);
const MODALITY = Object.fromEntries(DATA.modalities.map((m) => [m.name, m]));
const NEGATED_COLOR = "#c00000";
const UNATTESTED = [{ modality: "asserted", evidence: "", time: "", d0: "", d1: "", doc: -1 }];
const BIG = DATA.edges.length > 3000 || DATA.nodes.length > 1500;
/* Dashed lines cost canvas time: on big graphs they are drawn only once zoomed in enough
   to see them (at 20,000 edges a frame takes about 4 times longer with dashes). */
const DASH_SCALE = 0.3;
const drawing = { dashes: !BIG };

const nodeById = new Map(DATA.nodes.map((n) => [n.id, n]));
const edgeById = new Map(DATA.edges.map((e) => [e.id, e]));
const edgesAt = new Map(DATA.nodes.map((n) => [n.id, []]));
for (const edge of DATA.edges) {
  edgesAt.get(edge.from).push(edge);
  if (edge.to !== edge.from) edgesAt.get(edge.to).push(edge);
}

const filters = {
  relations: new Set(DATA.edges.map((e) => e.rel)),
  modalities: new Set(MODALITY_ORDER),
  types: new Set(DATA.nodes.map((n) => n.type)),
  from: "",
  to: "",
};

function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function relationOf(edge) {
  return DATA.relations[edge.rel] || { label: edge.rel, family: "other", symmetric: false };
}

function mentionsOf(edge) {
  return edge.mentions.length ? edge.mentions : UNATTESTED;
}

function mentionShown(mention) {
  if (!filters.modalities.has(mention.modality)) return false;
  if (!filters.from && !filters.to) return true;
  if (!mention.d0) return false;
  return (!filters.from || mention.d1 >= filters.from) && (!filters.to || mention.d0 <= filters.to);
}

/* The mentions of `edge` the filters let through, or null when the edge is hidden. */
function shownMentions(edge) {
  if (!filters.relations.has(edge.rel)) return null;
  const ends = [nodeById.get(edge.from).type, nodeById.get(edge.to).type];
  if (!ends.every((type) => filters.types.has(type))) return null;
  const shown = mentionsOf(edge).filter(mentionShown);
  return shown.length ? shown : null;
}

/* The drawn modality of an edge: the most certain of its shown mentions (see the legend). */
function mostCertain(mentions) {
  let best = MODALITY_ORDER.length - 1;
  for (const m of mentions) best = Math.min(best, Math.max(0, MODALITY_ORDER.indexOf(m.modality)));
  return MODALITY_ORDER[best];
}

function edgeTooltip(edge, mentions, modality) {
  const lines = [
    `${nodeById.get(edge.from).label} — ${relationOf(edge).label} — ${nodeById.get(edge.to).label}`,
    edge.mentions.length ? `${plural(mentions.length, "mention")}, drawn as ${modality}` : "stated without a mention",
  ];
  for (const m of mentions.slice(0, 4)) if (m.evidence) lines.push("", `“${m.evidence}”`);
  if (mentions.length > 4) lines.push("", `… and ${mentions.length - 4} more: click the relation to read them all`);
  return lines.join("\n");
}

function edgeItem(edge, mentions) {
  const modality = mostCertain(mentions);
  const style = MODALITY[modality];
  const negated = modality === "negated";
  const relation = relationOf(edge);
  const color = DATA.families[relation.family] || DATA.families.other;
  const count = edge.mentions.length ? mentions.length : 0;
  return {
    id: edge.id, from: edge.from, to: edge.to, hidden: false, modality, mentionCount: count,
    label: (negated ? style.mark + " " : "") + relation.label + (count > 1 ? ` ×${count}` : ""),
    title: edgeTooltip(edge, mentions, modality),
    color: { color, highlight: color, hover: color, opacity: negated ? 0.6 : 1 },
    dashes: drawing.dashes ? style.dashes : false,
    width: Math.min(6, 1.5 + Math.log2(Math.max(1, count))),
    arrows: {
      to: { enabled: !relation.symmetric, scaleFactor: 0.7 },
      middle: { enabled: negated, type: "bar", scaleFactor: 0.9 },
    },
    font: { color: negated ? NEGATED_COLOR : "#333333" },
    smooth: edge.curve
      ? { enabled: true, type: edge.curve > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(edge.curve) }
      : false,
  };
}

function nodeTooltip(node) {
  const style = DATA.types[node.type] || DATA.types.Actor;
  const lines = [node.label, style.label];
  if (node.aliases.length) {
    lines.push("also: " + node.aliases.slice(0, 8).join(", ") + (node.aliases.length > 8 ? ", …" : ""));
  }
  for (const id of node.ids) lines.push(id.text);
  lines.push(`${plural(node.degree, "relation")}: click for details`);
  return lines.join("\n");
}

function nodeItem(node) {
  const style = DATA.types[node.type] || DATA.types.Actor;
  return {
    id: node.id, label: node.label, x: node.x, y: node.y, shape: style.shape, size: node.size,
    hidden: false, title: nodeTooltip(node),
    color: {
      background: style.color, border: "#3b3b3b",
      highlight: { background: style.color, border: "#000000" },
      hover: { background: style.color, border: "#000000" },
    },
  };
}

/* Which edges (with their shown mentions) and which actors the filters let through. */
function computeView() {
  const edges = new Map();
  const linked = new Set();
  for (const edge of DATA.edges) {
    const shown = shownMentions(edge);
    if (!shown) continue;
    edges.set(edge.id, shown);
    linked.add(edge.from).add(edge.to);
  }
  const nodes = new Set();
  for (const node of DATA.nodes) {
    const alone = edgesAt.get(node.id).length === 0;
    if (filters.types.has(node.type) && (alone || linked.has(node.id))) nodes.add(node.id);
  }
  return { edges, nodes };
}

const drawnKey = new Map();
const hiddenNode = new Set();

function edgeKey(edge, shown) {
  return shown ? shown.map((m) => mentionsOf(edge).indexOf(m)).join(",") : "";
}

function initialItems() {
  const view = computeView();
  const edges = DATA.edges.map((edge) => {
    drawnKey.set(edge.id, edgeKey(edge, view.edges.get(edge.id)));
    return edgeItem(edge, mentionsOf(edge));
  });
  return { nodes: DATA.nodes.map(nodeItem), edges, view };
}

/* Turn dashes on or off (big graphs, when the zoom crosses DASH_SCALE). */
function setDashes(on, edgeSet) {
  if (on === drawing.dashes) return;
  drawing.dashes = on;
  const updates = [];
  for (const edge of DATA.edges) {
    const key = drawnKey.get(edge.id);
    if (key) updates.push({ id: edge.id, dashes: on ? MODALITY[edgeSet.get(edge.id).modality].dashes : false });
  }
  edgeSet.update(updates);
}

/* Show and hide items to match the filters; only changed items are sent to vis. */
function applyFilters(nodeSet, edgeSet) {
  const view = computeView();
  const edgeUpdates = [];
  for (const edge of DATA.edges) {
    const shown = view.edges.get(edge.id);
    const key = edgeKey(edge, shown);
    if (key === drawnKey.get(edge.id)) continue;
    drawnKey.set(edge.id, key);
    edgeUpdates.push(shown ? edgeItem(edge, shown) : { id: edge.id, hidden: true });
  }
  const nodeUpdates = [];
  for (const node of DATA.nodes) {
    const hidden = !view.nodes.has(node.id);
    if (hidden === hiddenNode.has(node.id)) continue;
    if (hidden) hiddenNode.add(node.id);
    else hiddenNode.delete(node.id);
    nodeUpdates.push({ id: node.id, hidden });
  }
  nodeSet.update(nodeUpdates);
  edgeSet.update(edgeUpdates);
  return view;
}
