// Agreement space: the utility-space plot, the deadlock diagnosis in words, proposals and solutions.
import { add, api, clear, el, table } from "./dom.js";
import { constraint, issue, inSentence, party, pct, utility } from "./words.js";

const NARROW = 640;

// A Plotly figure that fits its column: on a narrow screen the legend goes below the
// plot in smaller type, margins shrink and the height follows the width.
export function plot(node, figure, extra = [], opts = {}) {
  // no mode bar: its buttons cannot be reached by keyboard; the data is in the table under each plot
  const config = { responsive: true, displaylogo: false, displayModeBar: false };
  const width = node.clientWidth || node.parentElement.clientWidth || 800;
  const layout = { ...figure.layout, autosize: true };
  delete layout.width;
  if (width < NARROW) {
    layout.legend = { ...(layout.legend || {}), orientation: "h", x: 0, y: -0.25, yanchor: "top", font: { size: 10 } };
    layout.margin = { l: 45, r: 10, t: 40, b: 40 };
    layout.title = typeof layout.title === "object" ? { ...layout.title, font: { size: 12 } } : layout.title;
    layout.height = Math.max(opts.minHeight || 360, Math.round(width * (opts.ratio || 1.25)));
    if (layout.annotations) layout.annotations = layout.annotations.map((a) => ({ ...a, font: { ...(a.font || {}), size: 11 } }));
    layout.margin.t = layout.annotations && layout.annotations.length ? 80 : layout.margin.t;
  }
  let traces = [...figure.data, ...extra];
  if (width < NARROW) {  // labels beside markers would run off a phone's plot; the legend names them
    traces = traces.map((t) => (t.mode === "markers+text" ? { ...t, mode: "markers" } : t));
  }
  const done = window.Plotly.newPlot(node, traces, layout, config);
  const holder = node.nextElementSibling && node.nextElementSibling.classList.contains("plot-data") ? node.nextElementSibling : null;
  const details = plotData(figure, opts.title || (typeof layout.title === "object" ? layout.title.text : layout.title));
  if (holder) holder.replaceWith(details); else node.after(details);
  return done;
}

function axisText(v) {
  if (typeof v === "number") return Number.isInteger(v) ? v.toLocaleString("en-US") : String(Number(v.toFixed(4)));
  return v === null || v === undefined ? "" : String(v);
}

// The figure's numbers as a table, for readers who cannot see the plot (and for downloads).
export function plotData(figure, title) {
  const rows = [];
  for (const t of figure.data) {
    const xs = t.x || [], ys = t.y || [];
    const n = Math.max(xs.length || 0, ys.length || 0);
    for (let k = 0; k < n; k++) {
      if (xs[k] === null && ys[k] === null) continue;
      rows.push({ series: t.name || (t.text && t.text[k]) || "series", x: axisText(xs[k]), y: axisText(ys[k]) });
    }
  }
  const xTitle = figure.layout.xaxis && figure.layout.xaxis.title ? (figure.layout.xaxis.title.text || figure.layout.xaxis.title) : "x";
  const yTitle = figure.layout.yaxis && figure.layout.yaxis.title ? (figure.layout.yaxis.title.text || figure.layout.yaxis.title) : "y";
  return el("details", { class: "plot-data" }, el("summary", {}, "The plot's data as a table"),
    table(rows, [
      { label: "series", value: (r) => r.series },
      { label: String(xTitle), value: (r) => r.x },
      { label: String(yTitle), value: (r) => r.y },
    ], { "aria-label": `data of the plot: ${title || "figure"}` }, "The plot has no data points.", "plot-data"));
}

function verdict(v) {
  const crossed = v.red_lines_crossed.length ? ` crosses its red line on ${v.red_lines_crossed.map((i) => inSentence(issue(i))).join(", ")}` : "";
  return el("span", { class: v.acceptable ? "verdict-ok" : "verdict-bad" },
    `${v.acceptable ? "✓" : "✗"} ${utility(v.expected_utility)}${crossed}`);
}

function emitRelax(relax) {
  document.dispatchEvent(new CustomEvent("view-change", { detail: { relax } }));
}

// Checkboxes for every stated red line and fallback: several can be relaxed at once.
function relaxPanel(scenarioId, matrix, relax) {
  const options = [];
  for (const pid of matrix.parties) {
    for (const i of matrix.issues) {
      const c = matrix.cells[pid][i.id];
      if (c && c.red_line) options.push({ id: `${pid}.${i.id}`, label: `${party(pid)}: red line on ${inSentence(i.name)} (${c.red_line})` });
    }
    if (matrix.fallbacks[pid]) options.push({ id: `${pid}.fallback`, label: `${party(pid)}: fallback` });
  }
  const chosen = new Set(relax);
  const boxes = options.map((o) => el("label", { class: "relax-option" },
    el("input", { type: "checkbox", value: o.id, checked: chosen.has(o.id), dataset: { relax: o.id } }), " ", o.label));
  const form = el("form", { id: "relax-form", class: "relax-form", on: { submit: (e) => {
    e.preventDefault();
    const picked = [...form.querySelectorAll("input:checked")].map((b) => b.value).sort();
    renderSpace(scenarioId, picked).then(() => emitRelax(picked));
  } } },
  el("fieldset", {}, el("legend", {}, "What if: relax these red lines or fallbacks"), boxes,
    el("div", {}, el("button", { type: "submit", class: "primary", id: "relax-apply" }, "Analyse with these relaxed"), " ",
      relax.length ? el("button", { type: "button", id: "relax-clear", on: { click: () => renderSpace(scenarioId, []).then(() => emitRelax([])) } },
        "Back to the stated red lines") : null)));
  return el("details", { class: "relax-panel", open: relax.length > 0 }, el("summary", {}, "Relax several red lines at once…"), form);
}

export async function renderSpace(scenarioId, wanted = []) {
  const relax = [...new Set(wanted)].sort();
  const q = relax.map((r) => `relax=${encodeURIComponent(r)}`).join("&");
  const base = `/api/scenarios/${encodeURIComponent(scenarioId)}`;
  const diag = clear(document.getElementById("space-diagnosis"));
  document.body.dataset.spaceReady = "";
  add(diag, el("p", { class: "muted" }, "Analysing the agreement space…"));
  const [a, fig, matrix] = await Promise.all([api(`${base}/analysis?${q}`), api(`${base}/analysis/figure?${q}`), api(`${base}/positions`)]);
  clear(diag);
  const zone = a.agreement_space.zone_exists;
  add(diag, el("h3", { id: "space-verdict" }, zone ? "Zone of agreement" : "Deadlock diagnosis"),
    a.text.relaxed.length ? el("p", { class: "relaxed-note", id: "relaxed-note" }, `This view ${a.text.relaxed_note}.`) : null,
    el("ul", { class: "summary" }, a.summary.map((s) => el("li", {}, s))));
  const quick = (a.diagnosis || []).map((r, k) => el("button", { type: "button", class: "relax", dataset: { relax: r.relax.join(",") },
    on: { click: () => renderSpace(scenarioId, r.relax).then(() => emitRelax(r.relax)) } }, `What if: relax ${a.text.diagnosis[k].label}`));
  if (quick.length) add(diag, el("div", { class: "button-row" }, quick));
  add(diag, relaxPanel(scenarioId, matrix, relax));
  const note = a.text.relaxed_note ? ` (${a.text.relaxed_note})` : "";
  const open = (pkg, label) => el("button", { type: "button", class: "open-package",
    on: { click: () => document.dispatchEvent(new CustomEvent("open-package", { detail: { ...pkg, title: pkg.title + note,
      note: a.text.relaxed_note ? `This package comes from an analysis that ${a.text.relaxed_note}: it may cross those red lines, and the verdicts below say where.` : null } })) } },
    `Open “${label}” in the deal explorer`);
  if (a.explorer.recommendation) add(diag, el("div", { class: "button-row" }, open(a.explorer.recommendation, "mediator's recommendation")));
  await plot(document.getElementById("space-plot"), fig, [], { title: "utility space" });
  const parties = a.parties;
  const tables = clear(document.getElementById("space-tables"));
  add(tables, el("h3", {}, "Tabled proposals (expected utility under the risk that later phases are not carried out)"),
    table(a.proposals, [
      { label: "proposal", value: (p) => p.title },
      ...parties.map((pid) => ({ label: `${party(pid)} (fallback ${utility(a.fallbacks[pid])})`, value: (p) => verdict(p.parties[pid]) })),
      { label: "all phases carried out", value: (p) => pct(p.completion_probability) },
      { label: "reported responses", value: (p) => Object.entries(p.reported_responses).map(([k, v]) => `${party(k)}: “${v}”`).join("; ") || "none reported" },
    ], { class: "proposals-table", "aria-label": "tabled proposals" },
    "No proposal is tabled in this scenario, so there is nothing to score; the plot shows the whole agreement space.",
    "proposals"));
  const sols = Object.entries(a.solutions).filter(([, s]) => s);
  add(tables, el("h3", {}, "Bargaining solutions within the zone"),
    table(sols, [
      { label: "solution", value: ([k]) => a.text.solutions[k] },
      ...parties.map((pid) => ({ label: party(pid), value: ([, s]) => utility(s.parties[pid].expected_utility) })),
      { label: "phases", value: ([, s]) => String(s.phases.length) },
      { label: "all phases carried out", value: ([, s]) => pct(s.completion_probability) },
      { label: "explore", value: ([k]) => open(a.explorer[k], `${a.text.solutions[k]} solution`) },
    ], { class: "solutions-table", "aria-label": "bargaining solutions" },
    zone ? "No bargaining solution could be computed." : "There is no zone of agreement, so no bargaining solution exists; relax a red line above to see one.",
    "solutions"));
  document.body.dataset.spaceReady = "1";
  document.body.dataset.relax = relax.join(",");
}
