// Two scenarios side by side: dates, fallbacks, red lines, the agreement space and the
// mediator's recommendation (each party's utility, the chance every phase is carried out).
import { add, api, clear, el, showError, table } from "./dom.js";
import { pct, utility } from "./words.js";

async function load(id) {
  const base = `/api/scenarios/${encodeURIComponent(id)}`;
  const [summary, matrix, analysis] = await Promise.all([api(base), api(`${base}/positions`), api(`${base}/analysis`)]);
  return { summary, matrix, analysis };
}

function rows(a, b) {
  const out = [["situation as of", a.summary.date, b.summary.date]];
  const names = { ...b.matrix.party_names, ...a.matrix.party_names };
  const parties = [...new Set([...a.matrix.parties, ...b.matrix.parties])];
  for (const pid of parties) {
    const fa = a.matrix.fallbacks[pid], fb = b.matrix.fallbacks[pid];
    if (fa || fb) out.push([`${names[pid]}: fallback (utility of no deal)`, fa ? utility(fa.value) : "none", fb ? utility(fb.value) : "none"]);
  }
  const issues = new Map();
  for (const m of [b.matrix, a.matrix]) for (const i of m.issues) issues.set(i.id, i.name);
  for (const [iid, name] of issues) {
    const lines = (m) => m.parties.map((pid) => {
      const c = m.cells[pid] && m.cells[pid][iid];
      return c && c.red_line ? `${m.party_names[pid]}: ${c.red_line}` : null;
    }).filter(Boolean).join("; ");
    const ra = a.matrix.issues.some((i) => i.id === iid) ? (lines(a.matrix) || "no red line") : "not an issue here";
    const rb = b.matrix.issues.some((i) => i.id === iid) ? (lines(b.matrix) || "no red line") : "not an issue here";
    out.push([`red lines on ${name}`, ra, rb]);
  }
  out.push(["agreement space", a.analysis.summary[0], b.analysis.summary[0]]);
  const rec = (x) => x.analysis.recommendation;
  for (const pid of parties) {
    const u = (x) => (rec(x) && rec(x).package.parties[pid] ? utility(rec(x).package.parties[pid].expected_utility) : "no recommendation");
    if (a.analysis.parties.includes(pid) || b.analysis.parties.includes(pid)) out.push([`${names[pid]}: expected utility of the recommendation`, u(a), u(b)]);
  }
  out.push(["chance every phase of the recommendation is carried out",
    rec(a) ? pct(rec(a).package.completion_probability) : "no recommendation",
    rec(b) ? pct(rec(b).package.completion_probability) : "no recommendation"]);
  return out;
}

export function renderCompare(currentId, scenarios) {
  const box = clear(document.getElementById("compare-scenarios"));
  const others = scenarios.filter((s) => s.id !== currentId);
  if (!others.length) { add(box, el("p", { class: "muted" }, "There is no other scenario to compare with.")); return; }
  const result = el("div", { id: "compare-result" });
  const picker = el("select", { id: "compare-scenario", on: { change: async (e) => {
    clear(result);
    if (!e.target.value) return;
    add(result, el("p", { class: "muted" }, "Analysing both scenarios…"));
    try {
      const [a, b] = await Promise.all([load(currentId), load(e.target.value)]);
      clear(result);
      add(result, table(rows(a, b), [
        { label: "compared", value: (r) => r[0] },
        { label: a.summary.title, value: (r) => r[1] },
        { label: b.summary.title, value: (r) => r[2] },
      ], { class: "compare-scenarios-table", "aria-label": "two scenarios side by side" }, null, "scenarios-side-by-side"));
      document.body.dataset.compareReady = e.target.value;
    } catch (err) {
      clear(result);
      showError(err);
    }
  } } }, el("option", { value: "" }, "choose a scenario…"), others.map((s) => el("option", { value: s.id }, `${s.title} (${s.date})`)));
  add(box, el("label", {}, "Compare with ", picker), result);
}
