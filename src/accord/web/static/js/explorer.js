// Deal explorer: a package's terms per phase as sliders and toggles; every change
// is evaluated by the server (cached compiled scenario) and the verdicts redrawn.
import { add, api, clear, el, fmt, pct, showError, term } from "./dom.js";
import { plot } from "./space.js";

const st = { scenario: null, setup: null, phases: [], penalty: {}, seq: 0, controller: null, plotted: false };

function levelIndex(c, v) { return Math.max(0, c.levels.indexOf(v)); }

function control(c, k) {
  const term = st.phases[k].terms[c.id];
  const set = (value) => { st.phases[k].terms[c.id] = value; evaluate(); };
  if (c.kind === "count") {
    return c.categories.map((cat) => {
      const out = el("output", {}, fmt(term[cat.id], 0));
      const input = el("input", {
        type: "range", min: 0, max: cat.max, step: 1, value: term[cat.id],
        "aria-label": `${c.name}, ${cat.name}, ${st.phases[k].name}`,
        dataset: { issue: c.id, category: cat.id, phase: k },
        on: { input: (e) => { out.textContent = e.target.value; set({ ...st.phases[k].terms[c.id], [cat.id]: Number(e.target.value) }); } },
      });
      return el("label", { title: cat.name }, c.categories.length > 1 ? el("span", { class: "cat" }, cat.id) : null, input, out);
    });
  }
  if (c.kind === "continuous") {
    const out = el("output", {}, fmt(term, 0));
    const step = (c.upper - c.lower) / 100;
    return el("label", {}, el("input", {
      type: "range", min: c.lower, max: c.upper, step, value: term, "aria-label": `${c.name}, ${st.phases[k].name}`,
      dataset: { issue: c.id, phase: k },
      on: { input: (e) => { out.textContent = fmt(Number(e.target.value), 0); set(Number(e.target.value)); } },
    }), out);
  }
  if (c.kind === "boolean") {
    return el("label", {}, el("input", {
      type: "checkbox", checked: term === "yes", "aria-label": `${c.name}, ${st.phases[k].name}`,
      dataset: { issue: c.id, phase: k },
      on: { change: (e) => set(e.target.checked ? "yes" : "no") },
    }), "yes");
  }
  const out = el("output", {}, term);
  return el("label", {}, el("input", {
    type: "range", min: 0, max: c.levels.length - 1, step: 1, value: levelIndex(c, term),
    "aria-label": `${c.name}, ${st.phases[k].name}`, dataset: { issue: c.id, phase: k },
    on: { input: (e) => { const lv = c.levels[Number(e.target.value)]; out.textContent = lv; set(lv); } },
  }), out);
}

function renderControls() {
  const form = clear(document.getElementById("explorer-controls"));
  const starts = st.setup.starting_points;
  const picker = el("select", { id: "explorer-start", "aria-label": "start from",
    on: { change: (e) => load(starts.find((s) => s.id === e.target.value)) } },
    starts.map((s) => el("option", { value: s.id }, s.title)));
  picker.value = st.startId;
  add(form, el("div", { class: "filters" },
    el("label", {}, "Start from ", picker),
    el("button", { type: "button", id: "add-phase", on: { click: addPhase } }, "Add phase"),
    el("button", { type: "button", id: "remove-phase", disabled: st.phases.length < 2, on: { click: removePhase } }, "Remove last phase")));
  const head = el("tr", {}, el("th", {}, "issue (state by the end of each phase)"),
    st.phases.map((ph, k) => el("th", {}, el("input", { value: ph.name, "aria-label": `name of phase ${k + 1}`, size: 14,
      on: { change: (e) => { ph.name = e.target.value; evaluate(); } } }))));
  const rows = st.setup.controls.map((c) => el("tr", {},
    el("th", { scope: "row", title: `${c.kind}${c.reversible ? ", undone if the deal collapses" : ""}` }, c.name,
      c.delivered_by ? el("div", { class: "muted" }, `delivered by ${c.delivered_by}`) : null),
    st.phases.map((_, k) => el("td", {}, control(c, k)))));
  const pen = Object.entries(st.penalty);
  add(form, el("table", { class: "explorer-table" }, el("thead", {}, head), el("tbody", {}, rows)),
    pen.length ? el("p", { class: "muted" }, "Guarantor penalties for walking away: ",
      pen.map(([p, v]) => `${p} ${fmt(v, 2)}`).join(", ")) : null);
}

function load(start) {
  st.startId = start.id;
  st.phases = structuredClone(start.phases);
  st.penalty = { ...start.guarantor_penalty };
  renderControls();
  evaluate();
}

function addPhase() {
  const last = st.phases[st.phases.length - 1];
  st.phases.push({ name: `phase ${st.phases.length + 1}`, terms: structuredClone(last.terms) });
  renderControls();
  evaluate();
}

function removePhase() {
  if (st.phases.length < 2) return;
  st.phases.pop();
  renderControls();
  evaluate();
}

function renderResult(r, ms) {
  const box = clear(document.getElementById("explorer-result"));
  add(box, el("h3", {}, "This package"),
    el("p", { id: "completion" }, "Chance every phase is carried out: ", el("strong", {}, pct(r.completion_probability))),
    r.phase_proceed_probability.length ? el("p", { class: "muted" }, "Next phase starts: ",
      r.phase_proceed_probability.map((p, b) => `${r.phases[b].name} → ${r.phases[b + 1].name} ${pct(p)}`).join("; ")) : null);
  for (const [pid, v] of Object.entries(r.parties)) {
    add(box, el("div", { class: "party-result", dataset: { party: pid } },
      el("h4", {}, pid, " ", el("span", { class: v.acceptable ? "verdict-ok" : "verdict-bad" }, v.acceptable ? "acceptable" : "not acceptable")),
      el("div", {}, "expected utility ", el("strong", { class: "expected" }, fmt(v.expected_utility, 3)), " ",
        el("span", { class: "bar", style: `width:${Math.round(120 * v.expected_utility)}px` })),
      el("div", { class: "muted" }, `if every phase is carried out ${fmt(v.final_utility, 3)} · fallback ${fmt(v.fallback, 3)} · gain ${v.gain_over_fallback >= 0 ? "+" : ""}${fmt(v.gain_over_fallback, 3)}`),
      v.honour_probability.length ? el("div", { class: "muted" }, "honours each boundary: ", v.honour_probability.map(pct).join(", ")) : null,
      el("ul", { class: "red-lines" }, Object.entries(v.red_lines).map(([iss, rl]) => el("li", { class: rl.ok ? "verdict-ok" : "verdict-bad", dataset: { issue: iss } },
        `${rl.ok ? "✓" : "✗"} ${iss}: ${term(rl.value)} (red line ${term(rl.red_line)}${rl.applies_if ? `, applies if ${Object.entries(rl.applies_if).map(([a, b]) => `${a} ${b}`).join(", ")}` : ""}${rl.applies ? "" : ": does not apply"})`)))));
  }
  add(box, el("p", { class: "muted", id: "explorer-timing" }, `evaluated in ${ms.toFixed(0)} ms`));
  updatePoint(r);
}

function updatePoint(r) {
  const node = document.getElementById("explorer-plot");
  if (!st.plotted || !node) return;
  const [x, y] = st.setup.parties;
  window.Plotly.restyle(node, { x: [[r.parties[x].expected_utility]], y: [[r.parties[y].expected_utility]] }, [node.data.length - 1]);
}

async function evaluate() {
  const seq = ++st.seq;
  if (st.controller) st.controller.abort();
  st.controller = new AbortController();
  const t0 = performance.now();
  try {
    const r = await api(`/api/scenarios/${encodeURIComponent(st.scenario)}/evaluate`, {
      json: { phases: st.phases, guarantor_penalty: st.penalty }, signal: st.controller.signal });
    if (seq !== st.seq) return;
    renderResult(r, performance.now() - t0);
    document.body.dataset.explorerSeq = String(seq);
  } catch (err) {
    if (err.name !== "AbortError") showError(err);
  }
}

// A package from elsewhere on the page (a solution, the recommendation) becomes a starting point.
export function openPackage(pkg) {
  if (!st.setup) return;
  const starts = st.setup.starting_points.filter((s) => s.id !== pkg.id);
  starts.push(pkg);
  st.setup.starting_points = starts;
  load(pkg);
}

export async function renderExplorer(scenarioId) {
  st.scenario = scenarioId;
  st.plotted = false;
  st.setup = await api(`/api/scenarios/${encodeURIComponent(scenarioId)}/explorer`);
  const starts = st.setup.starting_points;
  load(starts.length > 1 ? starts[1] : starts[0]);
  // the package's point on the utility-space plot, once the analysis is ready
  const holder = clear(document.getElementById("explorer-plot"));
  const fig = await api(`/api/scenarios/${encodeURIComponent(scenarioId)}/analysis/figure`);
  if (st.scenario !== scenarioId) return;
  fig.layout = { ...fig.layout, height: 440, legend: { orientation: "h", y: -0.2, font: { size: 10 } } };
  await plot(holder, fig, [{ x: [null], y: [null], mode: "markers", name: "this package",
    marker: { size: 16, color: "#d62828", symbol: "circle-open", line: { width: 3 } } }]);
  st.plotted = true;
  evaluate();
}
