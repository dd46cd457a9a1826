// Deal explorer: a package's terms per phase as sliders and toggles; every change
// is evaluated by the server (cached compiled scenario) and the verdicts redrawn.
import { add, api, clear, el, message, showError, table } from "./dom.js";
import { plot } from "./space.js";
import { condition, issue, number, party, pct, term, utility } from "./words.js";

const st = { scenario: null, setup: null, phases: [], penalty: {}, seq: 0, controller: null, plotted: false };

function levelIndex(c, v) { return Math.max(0, c.levels.indexOf(v)); }

function control(c, k) {
  const term = st.phases[k].terms[c.id];
  const set = (value) => { st.phases[k].terms[c.id] = value; evaluate(); };
  if (c.kind === "count") {
    return c.categories.map((cat) => {
      const out = el("output", {}, number(Math.round(term[cat.id] ?? 0)));
      const input = el("input", {
        type: "range", min: 0, max: cat.max, step: 1, value: term[cat.id] ?? 0,
        "aria-label": `${c.name}, ${cat.name}, ${st.phases[k].name}`,
        dataset: { issue: c.id, category: cat.id, phase: k },
        on: { input: (e) => { out.textContent = e.target.value; set({ ...st.phases[k].terms[c.id], [cat.id]: Number(e.target.value) }); } },
      });
      return el("label", { title: cat.name }, c.categories.length > 1 ? el("span", { class: "cat" }, cat.name) : null, input, out);
    });
  }
  if (c.kind === "continuous") {
    const out = el("output", {}, number(term));
    const step = (c.upper - c.lower) / 100;
    return el("label", {}, el("input", {
      type: "range", min: c.lower, max: c.upper, step, value: term, "aria-label": `${c.name}, ${st.phases[k].name}`,
      dataset: { issue: c.id, phase: k },
      on: { input: (e) => { out.textContent = number(Math.round(Number(e.target.value))); set(Number(e.target.value)); } },
    }), out);
  }
  if (c.kind === "boolean") {
    return el("label", {}, el("input", {
      type: "checkbox", checked: term === "yes", "aria-label": `${c.name}, ${st.phases[k].name}`,
      dataset: { issue: c.id, phase: k },
      on: { change: (e) => set(e.target.checked ? "yes" : "no") },
    }), "yes");
  }
  const out = el("output", { dataset: { level: term } }, termLabel(c.id, term));
  return el("label", {}, el("input", {
    type: "range", min: 0, max: c.levels.length - 1, step: 1, value: levelIndex(c, term),
    "aria-label": `${c.name}, ${st.phases[k].name}`, "aria-valuetext": termLabel(c.id, term), dataset: { issue: c.id, phase: k },
    on: { input: (e) => { const lv = c.levels[Number(e.target.value)]; out.textContent = termLabel(c.id, lv); out.dataset.level = lv; e.target.setAttribute("aria-valuetext", termLabel(c.id, lv)); set(lv); } },
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
  const name = el("input", { id: "package-name", "aria-label": "name for this package", placeholder: "name for this package", size: 18 });
  const other = el("select", { id: "compare-with", "aria-label": "compare with",
    on: { change: (e) => { st.compareId = e.target.value || null; evaluate(); } } },
    el("option", { value: "" }, "compare with… (none)"), starts.filter((s) => s.id !== st.startId).map((s) => el("option", { value: s.id }, s.title)));
  other.value = st.compareId || "";
  add(form, el("div", { class: "filters" },
    el("label", {}, "Save as ", name),
    el("button", { type: "button", id: "save-package", on: { click: () => savePackage(name.value) } }, "Save package"),
    el("label", {}, "Side by side ", other)));
  const head = el("tr", {}, el("th", {}, "issue (state by the end of each phase)"),
    st.phases.map((ph, k) => el("th", {}, el("input", { value: ph.name, "aria-label": `name of phase ${k + 1}`, size: 14,
      on: { change: (e) => { ph.name = e.target.value; evaluate(); } } }))));
  const rows = st.setup.controls.map((c) => el("tr", {},
    el("th", { scope: "row", title: `${c.kind}${c.reversible ? ", undone if the deal collapses" : ""}` }, c.name,
      c.delivered_by ? el("div", { class: "muted" }, `delivered by ${party(c.delivered_by)}`) : null),
    st.phases.map((_, k) => el("td", {}, control(c, k)))));
  const pen = Object.entries(st.penalty);
  add(form, st.note ? el("p", { class: "relaxed-note" }, st.note) : null,
    el("div", { class: "table-scroll" }, el("table", { class: "explorer-table" }, el("thead", {}, head), el("tbody", {}, rows))),
    pen.length ? el("p", { class: "muted" }, "Guarantor penalties for walking away (utility): ",
      pen.map(([p, v]) => `${party(p)} ${utility(v)}`).join(", ")) : null);
}

function termLabel(issueId, v) { return term(issueId, v); }

async function savePackage(name) {
  if (!name.trim()) { message("Give the package a name first.", "error"); return; }
  try {
    const saved = await api(`/api/scenarios/${encodeURIComponent(st.scenario)}/packages`, {
      json: { name: name.trim(), phases: st.phases, guarantor_penalty: st.penalty } });
    const pkg = asStart(saved);
    st.setup.starting_points = [...st.setup.starting_points.filter((s) => s.id !== pkg.id), pkg];
    st.startId = pkg.id;
    renderControls();
    message(`Saved “${saved.name}”: it is kept on this workbench and its link can be shared.`, "info");
    document.dispatchEvent(new CustomEvent("view-change", { detail: { pkg: saved.id } }));
  } catch (err) {
    showError(err);
  }
}

function asStart(saved) {
  return { id: `saved:${saved.id}`, title: `${saved.name} (saved)`, phases: saved.phases,
    guarantor_penalty: saved.guarantor_penalty || {}, saved: true };
}

function load(start) {
  st.startId = start.id;
  st.note = start.note || null;
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
    el("p", { id: "completion" }, "Chance every phase is carried out: ", el("strong", { class: "completion" }, pct(r.completion_probability))),
    r.phase_proceed_probability.length ? el("p", { class: "muted" }, "Next phase starts: ",
      r.phase_proceed_probability.map((p, b) => `${r.phases[b].name} → ${r.phases[b + 1].name} ${pct(p)}`).join("; ")) : null,
    (r.linkages_broken || []).length ? el("p", { class: "verdict-bad", id: "linkages-broken" }, "Breaks the scenario's linkages (no side would table it): ",
      r.linkages_broken.map((lk) => lk.description).join("; ")) : null);
  for (const [pid, v] of Object.entries(r.parties)) {
    add(box, el("div", { class: "party-result", dataset: { party: pid } },
      el("h4", {}, party(pid), " ", el("span", { class: v.acceptable ? "verdict-ok" : "verdict-bad" }, v.acceptable ? "acceptable" : "not acceptable")),
      el("div", {}, "expected utility ", el("strong", { class: "expected", dataset: { value: v.expected_utility } }, utility(v.expected_utility)), " ",
        el("span", { class: "bar", style: `width:${Math.round(120 * Math.max(0, v.expected_utility))}px`, "aria-hidden": "true" })),
      el("div", { class: "muted" }, `if every phase is carried out ${utility(v.final_utility)} · fallback ${utility(v.fallback)} · gain ${utility(v.gain_over_fallback, true)}`),
      v.honour_probability.length ? el("div", { class: "muted" }, "honours each phase boundary: ", v.honour_probability.map(pct).join(", ")) : null,
      el("ul", { class: "red-lines" }, Object.entries(v.red_lines).map(([iss, rl]) => el("li", { class: rl.ok ? "verdict-ok" : "verdict-bad", dataset: { issue: iss } },
        `${rl.ok ? "✓" : "✗"} ${issue(iss)}: ${term(iss, rl.value)} (red line ${term(iss, rl.red_line)}${rl.applies_if ? `, ${condition(rl.applies_if)}` : ""}${rl.applies ? "" : "; the condition does not hold, so it does not bind"}${rl.relaxed ? "; relaxed in this view" : ""})`)))));
  }
  add(box, el("p", { class: "muted", id: "explorer-timing", dataset: { ms: ms.toFixed(1) } }, `evaluated in ${ms.toFixed(0)} ms`));
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
  const box = document.getElementById("explorer-result");
  box.setAttribute("aria-busy", "true");  // screen readers wait; so can anyone scripting the page
  try {
    const r = await api(`/api/scenarios/${encodeURIComponent(st.scenario)}/evaluate`, {
      json: { phases: st.phases, guarantor_penalty: st.penalty }, signal: st.controller.signal });
    if (seq !== st.seq) return;
    renderResult(r, performance.now() - t0);
    const other = st.compareId && st.setup.starting_points.find((x) => x.id === st.compareId);
    if (other) {
      const o = await api(`/api/scenarios/${encodeURIComponent(st.scenario)}/evaluate`, {
        json: { phases: other.phases, guarantor_penalty: other.guarantor_penalty || {} }, signal: st.controller.signal });
      if (seq !== st.seq) return;
      renderComparison(r, o, other.title);
    }
    document.body.dataset.explorerSeq = String(seq);
    box.setAttribute("aria-busy", "false");
  } catch (err) {
    if (err.name !== "AbortError") { box.setAttribute("aria-busy", "false"); showError(err); }
  }
}

// Two packages side by side: each party's utilities and red lines, and the chance of completion.
function renderComparison(r, o, otherTitle) {
  const current = (st.setup.starting_points.find((x) => x.id === st.startId) || { title: "this package" }).title;
  const crossed = (v) => v.red_lines_crossed.length ? v.red_lines_crossed.map(issue).join(", ") : "none";
  const rows = [["chance every phase is carried out", pct(r.completion_probability), pct(o.completion_probability)]];
  for (const pid of Object.keys(r.parties)) {
    const a = r.parties[pid], b = o.parties[pid];
    rows.push([`${party(pid)}: expected utility`, utility(a.expected_utility), utility(b.expected_utility)]);
    rows.push([`${party(pid)}: gain over fallback`, utility(a.gain_over_fallback, true), utility(b.gain_over_fallback, true)]);
    rows.push([`${party(pid)}: red lines crossed`, crossed(a), crossed(b)]);
  }
  add(document.getElementById("explorer-result"), el("h3", {}, "Side by side"),
    table(rows, [
      { label: "measure", value: (x) => x[0] },
      { label: `current (${current})`, value: (x) => x[1] },
      { label: otherTitle, value: (x) => x[2] },
    ], { class: "compare-table", "aria-label": "packages side by side" }, null, "comparison"));
}

// A package from elsewhere on the page (a solution, the recommendation) becomes a starting point.
export function openPackage(pkg) {
  if (!st.setup) return;
  const starts = st.setup.starting_points.filter((s) => s.id !== pkg.id);
  starts.push(pkg);
  st.setup.starting_points = starts;
  load(pkg);
}

export async function renderExplorer(scenarioId, savedId = null) {
  st.scenario = scenarioId;
  st.plotted = false;
  st.compareId = null;
  const base = `/api/scenarios/${encodeURIComponent(scenarioId)}`;
  const [setup, saved] = await Promise.all([api(`${base}/explorer`), api(`${base}/packages`)]);
  st.setup = setup;
  st.setup.starting_points = [...setup.starting_points, ...saved.map(asStart)];
  const starts = st.setup.starting_points;
  const wanted = savedId && starts.find((s) => s.id === `saved:${savedId}`);
  if (savedId && !wanted) message(`There is no saved package “${savedId}” for this scenario; showing a tabled proposal instead.`, "error");
  load(wanted || (starts.length > 1 ? starts[1] : starts[0]));
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
