/* page.js: draw the network, wire the controls, and expose `window.irkg` for tests and users. */

function networkOptions() {
  return {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false },
    interaction: {
      hover: true, tooltipDelay: 150, multiselect: false, navigationButtons: false,
      hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
    },
    nodes: {
      borderWidth: 1,
      font: { size: 14, face: "system-ui, sans-serif", color: "#1d2430", strokeWidth: 3, strokeColor: "#ffffff" },
    },
    edges: {
      smooth: false, selectionWidth: 1.5, hoverWidth: 1,
      font: { size: 11, face: "system-ui, sans-serif", strokeWidth: 4, strokeColor: "#ffffff" },
    },
  };
}

function setStatus(id, text) {
  document.getElementById(id).textContent = text;
}

function showCounts(view) {
  setStatus("counts", `${view.edges.size} of ${DATA.edges.length} relations, ${view.nodes.size} of ${DATA.nodes.length} actors`);
  const empty = document.getElementById("empty");
  if (!DATA.edges.length) return;
  empty.hidden = view.edges.size > 0;
  empty.textContent = view.edges.size ? "" : "No relation matches the current filters.";
}

function findActor(text) {
  const query = text.trim().toLocaleLowerCase();
  if (!query) return null;
  const named = (n, test) => test(n.label.toLocaleLowerCase()) || n.aliases.some((a) => test(a.toLocaleLowerCase()));
  return DATA.nodes.find((n) => n.label.toLocaleLowerCase() === query)
    || DATA.nodes.find((n) => named(n, (name) => name === query))
    || DATA.nodes.find((n) => named(n, (name) => name.includes(query)))
    || null;
}

function neighbours(id) {
  const around = new Set();
  for (const edge of edgesAt.get(id)) {
    if (page.view.edges.has(edge.id)) around.add(edge.from === id ? edge.to : edge.from);
  }
  around.delete(id);
  return [...around];
}

/* The drawn network and what the filters currently show; set by draw(). */
const page = { network: null, nodes: null, edges: null, view: null, firstDraw: null };
const actions = { node: showNode, edge: showEdge };

function showNode(id) {
  page.network.selectNodes([id]);
  actorDetails(nodeById.get(id), page.view, actions);
}

function showEdge(id) {
  page.network.selectEdges([id]);
  edgeDetails(edgeById.get(id), page.view, actions);
}

function refresh() {
  readFilters();
  page.view = applyFilters(page.nodes, page.edges);
  showCounts(page.view);
  return { nodes: page.view.nodes.size, edges: page.view.edges.size };
}

function focusActor(text) {
  const node = findActor(text);
  if (!node || !page.view.nodes.has(node.id)) {
    setStatus("search-status", node ? `${node.label} is hidden by the filters.` : `No actor matches “${text}”.`);
    return null;
  }
  const around = neighbours(node.id);
  page.network.fit({ nodes: [node.id, ...around], maxZoomLevel: 1.5, animation: false });
  showNode(node.id);
  setStatus("search-status", `${node.label}: ${plural(around.length, "neighbour")}.`);
  return node.id;
}

function draw() {
  const items = initialItems();
  page.nodes = new vis.DataSet(items.nodes);
  page.edges = new vis.DataSet(items.edges);
  page.view = items.view;
  const container = document.getElementById("network");
  page.network = new vis.Network(container, { nodes: page.nodes, edges: page.edges }, networkOptions());
}

function wireNetwork(network) {
  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else clearDetails(el("p", { class: "hint" }, "Click an actor or a relation to see its details and every mention."));
  });
  if (BIG) {  // after any zoom (wheel, search, fit); the update draws one more frame
    network.on("afterDrawing", () => {
      const wanted = network.getScale() >= DASH_SCALE;
      if (wanted !== drawing.dashes) setTimeout(() => setDashes(wanted, page.edges), 0);
    });
  }
  network.once("afterDrawing", () => {  // fixed positions, no physics: the first frame is the stable one
    page.firstDraw = performance.now();
    window.irkg.firstDraw = page.firstDraw;
    document.body.dataset.ready = "true";
  });
}

function wireControls() {
  buildFilters(refresh);
  buildLegend();
  const names = document.getElementById("actor-names");
  for (const node of DATA.nodes.slice(0, 20000)) names.append(el("option", { value: node.label }));
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    focusActor(document.getElementById("search").value);
  });
}

function main() {
  draw();
  window.irkg = {
    data: DATA, network: page.network, nodes: page.nodes, edges: page.edges, filters, firstDraw: null,
    refresh, focusActor, showNode, showEdge, view: () => page.view,
  };
  wireNetwork(page.network);
  wireControls();
  showCounts(page.view);
}

main();
