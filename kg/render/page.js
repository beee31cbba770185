/* page.js: draw the network, wire the controls, and expose `window.irkg` for tests and users. */

const state = { view: null, selected: null };

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
    if (state.view.edges.has(edge.id)) around.add(edge.from === id ? edge.to : edge.from);
  }
  around.delete(id);
  return [...around];
}

function main() {
  const items = initialItems();
  const nodes = new vis.DataSet(items.nodes);
  const edges = new vis.DataSet(items.edges);
  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes, edges }, networkOptions());
  state.view = items.view;
  const api = { data: DATA, network, nodes, edges, filters, firstDraw: null };

  const actions = {
    node(id) {
      network.selectNodes([id]);
      actorDetails(nodeById.get(id), state.view, actions);
    },
    edge(id) {
      network.selectEdges([id]);
      edgeDetails(edgeById.get(id), state.view, actions);
    },
  };

  function refresh() {
    readFilters();
    state.view = applyFilters(nodes, edges);
    showCounts(state.view);
    return { nodes: state.view.nodes.size, edges: state.view.edges.size };
  }

  function focusActor(text) {
    const node = findActor(text);
    if (!node) return setStatus("search-status", `No actor matches “${text}”.`), null;
    if (!state.view.nodes.has(node.id)) return setStatus("search-status", `${node.label} is hidden by the filters.`), null;
    const around = neighbours(node.id);
    network.fit({ nodes: [node.id, ...around], maxZoomLevel: 1.5, animation: false });
    actions.node(node.id);
    setStatus("search-status", `${node.label}: ${plural(around.length, "neighbour")}.`);
    return node.id;
  }

  network.on("click", (params) => {
    if (params.nodes.length) actions.node(params.nodes[0]);
    else if (params.edges.length) actions.edge(params.edges[0]);
    else clearDetails(el("p", { class: "hint" }, "Click an actor or a relation to see its details and every mention."));
  });
  network.once("afterDrawing", () => {
    api.firstDraw = performance.now();
    document.body.dataset.ready = "true";
  });

  buildFilters(refresh);
  buildLegend();
  const names = document.getElementById("actor-names");
  for (const node of DATA.nodes.slice(0, 20000)) names.append(el("option", { value: node.label }));
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    focusActor(document.getElementById("search").value);
  });
  showCounts(state.view);
  Object.assign(api, { refresh, focusActor, showNode: actions.node, showEdge: actions.edge, view: () => state.view });
  window.irkg = api;
}

main();
