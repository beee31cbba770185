/* panel.js: the filter controls, the legend and the details panel.
   Every piece of data enters the page as a text node (textContent / append of strings);
   only http(s) URLs become links. No HTML string is ever parsed. */

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === "class") node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function webUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "";
  } catch (error) {
    return "";
  }
}

function link(url, text) {
  const safe = webUrl(url || "");
  return safe ? el("a", { href: safe, target: "_blank", rel: "noopener noreferrer" }, text) : el("span", {}, text);
}

function button(text, onClick) {
  const node = el("button", { type: "button", class: "link" }, text);
  node.addEventListener("click", onClick);
  return node;
}

function definitions(rows) {
  const list = el("dl");
  for (const [term, value] of rows) if (value) list.append(el("dt", {}, term), el("dd", {}, value));
  return list;
}

/* ---------------------------------------------------------------- filter controls */

function checkbox(name, value, checked, ...label) {
  const box = el("input", { type: "checkbox", name, value });
  box.checked = checked;
  return el("label", {}, box, " ", ...label);
}

function countsBy(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) || 0) + 1);
  return counts;
}

function allNone(fieldset, onChange) {
  const set = (checked) => () => {
    for (const box of fieldset.querySelectorAll("input[type=checkbox]")) box.checked = checked;
    onChange();
  };
  return el("span", { class: "all-none" }, button("all", set(true)), " ", button("none", set(false)));
}

function buildFilters(onChange) {
  const relations = document.getElementById("filter-relations");
  const byRelation = countsBy(DATA.edges, (e) => e.rel);
  relations.append(allNone(relations, onChange));
  for (const [name, info] of Object.entries(DATA.relations)) {
    if (!byRelation.has(name)) continue;
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = DATA.families[info.family] || DATA.families.other;
    relations.append(checkbox("relation", name, true, swatch, info.label, " ", el("span", { class: "count" }, `(${byRelation.get(name)})`)));
  }
  const byModality = countsBy(DATA.edges.flatMap(mentionsOf), (m) => m.modality);
  const modalities = document.getElementById("filter-modalities");
  for (const m of DATA.modalities) {
    modalities.append(checkbox("modality", m.name, true, m.label, " ", el("span", { class: "count" }, `(${byModality.get(m.name) || 0})`)));
  }
  const byType = countsBy(DATA.nodes, (n) => n.type);
  const types = document.getElementById("filter-types");
  for (const name of DATA.typeOrder) {
    if (byType.has(name)) types.append(checkbox("type", name, true, DATA.types[name].label, " ", el("span", { class: "count" }, `(${byType.get(name)})`)));
  }
  document.getElementById("controls").addEventListener("change", onChange);
}

function readFilters() {
  const checked = (name) => new Set([...document.querySelectorAll(`input[name=${name}]:checked`)].map((b) => b.value));
  filters.relations = checked("relation");
  filters.modalities = checked("modality");
  filters.types = checked("type");
  filters.from = document.getElementById("date-from").value;
  filters.to = document.getElementById("date-to").value;
}

/* ---------------------------------------------------------------- legend */

function lineSample(color, dashes, mark) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", "44");
  svg.setAttribute("height", "12");
  const line = document.createElementNS(ns, "line");
  for (const [name, value] of [["x1", 2], ["y1", 6], ["x2", 42], ["y2", 6], ["stroke", color], ["stroke-width", 2]]) {
    line.setAttribute(name, String(value));
  }
  if (dashes) line.setAttribute("stroke-dasharray", dashes.join(" "));
  svg.append(line);
  if (mark) {
    const bar = document.createElementNS(ns, "line");
    for (const [name, value] of [["x1", 22], ["y1", 1], ["x2", 22], ["y2", 11], ["stroke", NEGATED_COLOR], ["stroke-width", 2]]) {
      bar.setAttribute(name, String(value));
    }
    svg.append(bar);
  }
  return svg;
}

function buildLegend() {
  const legend = document.getElementById("legend");
  const types = el("ul");
  for (const name of DATA.typeOrder) {
    const style = DATA.types[name];
    const glyph = el("span", { class: "glyph" }, style.glyph);
    glyph.style.color = style.color;
    types.append(el("li", {}, glyph, style.label));
  }
  const families = el("ul");
  for (const [name, color] of Object.entries(DATA.families)) {
    const members = Object.values(DATA.relations).filter((r) => r.family === name).map((r) => r.label);
    if (members.length) families.append(el("li", { title: members.join(", ") }, lineSample(color, false, ""), name));
  }
  const modalities = el("ul");
  for (const m of DATA.modalities) modalities.append(el("li", {}, lineSample("#555555", m.dashes, m.mark), `${m.label}: ${m.description}`));
  const symmetric = Object.values(DATA.relations).filter((r) => r.symmetric).map((r) => r.label);
  legend.append(
    el("h3", {}, "Actors"), types, el("p", { class: "hint" }, "Size grows with the number of relations."),
    el("h3", {}, "Relation families"), families,
    el("h3", {}, "Modality"), modalities, el("p", { class: "hint" }, DATA.mixedRule),
    BIG ? el("p", { class: "hint" }, "This graph is large: dashes show once you zoom in.") : null,
    el("p", { class: "hint" }, `Arrows point from subject to object; symmetric relations (${symmetric.join(", ")}) have none. “×3”: three mentions.`),
  );
}

/* ---------------------------------------------------------------- details */

function clearDetails(...content) {
  const panel = document.getElementById("details");
  panel.replaceChildren(...content);
  panel.scrollTop = 0;
}

function actorDetails(node, view, actions) {
  const style = DATA.types[node.type] || DATA.types.Actor;
  const ids = node.ids.length ? el("span", {}, ...node.ids.flatMap((id, i) => [i ? ", " : "", link(id.url, id.text)])) : null;
  const relations = el("ul");
  const edges = edgesAt.get(node.id);
  for (const edge of edges.slice(0, 300)) {
    const other = nodeById.get(edge.from === node.id ? edge.to : edge.from);
    const arrow = relationOf(edge).symmetric ? "—" : edge.from === node.id ? "→" : "←";
    const item = el("li", { class: view.edges.has(edge.id) ? "" : "filtered-out" },
      button(`${relationOf(edge).label} ${arrow} ${other.label}`, () => actions.edge(edge.id)),
      ` (${plural(edge.mentions.length, "mention")})`);
    relations.append(item);
  }
  if (edges.length > 300) relations.append(el("li", {}, `… and ${edges.length - 300} more`));
  clearDetails(
    el("h2", {}, node.label),
    definitions([["Type", style.label], ["Also called", node.aliases.join(", ")], ["Identifiers", ids], ["IRI", node.iri]]),
    el("h3", {}, `Relations (${edges.length})`),
    edges.length ? relations : el("p", { class: "hint" }, "No relation in this page."),
  );
}

function documentLine(index) {
  const doc = DATA.documents[index];
  if (!doc) return null;
  const title = doc.url ? link(doc.url, doc.title) : el("span", {}, doc.title);
  return el("span", {}, title, doc.date ? ` (${doc.date})` : "", doc.source && !doc.url ? ` — ${doc.source}` : "");
}

function mentionItem(mention, shown) {
  const modality = el("span", { class: `modality ${mention.modality}` },
    (MODALITY[mention.modality] || {}).mark ? `${MODALITY[mention.modality].mark} ${mention.modality}` : mention.modality);
  return el("li", { class: shown ? "" : "filtered-out" },
    el("blockquote", {}, mention.evidence || "(no evidence sentence)"),
    definitions([["Modality", modality], ["Time", mention.time], ["Place", mention.place], ["Said by", mention.by],
      ["Source", documentLine(mention.doc)], ["Filters", shown ? "" : "hidden by the current filters"]]),
  );
}

function edgeDetails(edge, view, actions) {
  const relation = relationOf(edge);
  const shown = view.edges.get(edge.id) || [];
  const from = nodeById.get(edge.from);
  const to = nodeById.get(edge.to);
  const mentions = el("ol");
  for (const m of edge.mentions) mentions.append(mentionItem(m, shown.includes(m)));
  clearDetails(
    el("h2", {}, button(from.label, () => actions.node(from.id)), ` ${relation.label} `, button(to.label, () => actions.node(to.id))),
    definitions([["Family", relation.family], ["Direction", relation.symmetric ? "symmetric" : "subject → object"],
      ["Drawn as", shown.length ? mostCertain(shown) : "hidden by the current filters"]]),
    el("h3", {}, `Mentions (${edge.mentions.length})`),
    edge.mentions.length ? mentions : el("p", { class: "hint" }, "The graph states this relation without a mention."),
  );
}
