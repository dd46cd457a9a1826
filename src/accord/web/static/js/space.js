// Agreement space: the utility-space plot, the deadlock diagnosis in words, proposals and solutions.
import { add, api, clear, el, fmt, pct, table } from "./dom.js";

export function plot(node, figure, extra = []) {
  const config = { responsive: true, displaylogo: false };
  return window.Plotly.newPlot(node, [...figure.data, ...extra], figure.layout, config);
}

function verdict(v) {
  const crossed = v.red_lines_crossed.length ? ` crosses ${v.red_lines_crossed.join(", ")}` : "";
  return el("span", { class: v.acceptable ? "verdict-ok" : "verdict-bad" },
    `${v.acceptable ? "✓" : "✗"} ${fmt(v.expected_utility, 3)}${crossed}`);
}

export async function renderSpace(scenarioId, relax = []) {
  const q = relax.map((r) => `relax=${encodeURIComponent(r)}`).join("&");
  const base = `/api/scenarios/${encodeURIComponent(scenarioId)}`;
  const diag = clear(document.getElementById("space-diagnosis"));
  add(diag, el("p", { class: "muted" }, "Analysing the agreement space…"));
  const [a, fig] = await Promise.all([api(`${base}/analysis?${q}`), api(`${base}/analysis/figure?${q}`)]);
  clear(diag);
  const zone = a.agreement_space.zone_exists;
  add(diag, el("h3", { id: "space-verdict" }, zone ? "Zone of agreement" : "Deadlock diagnosis"),
    el("ul", { class: "summary" }, a.summary.map((s) => el("li", {}, s))));
  if (relax.length) {
    add(diag, el("button", { type: "button", on: { click: () => renderSpace(scenarioId, []) } },
      "Back to the stated red lines"));
  }
  for (const r of a.diagnosis || []) {
    add(diag, el("button", { type: "button", class: "relax", dataset: { relax: r.relax.join(",") },
      on: { click: () => renderSpace(scenarioId, r.relax) } }, `What if: relax ${r.relax.join(" + ")}`), " ");
  }
  const open = (title, pkg) => el("button", { type: "button", class: "open-package",
    on: { click: () => document.dispatchEvent(new CustomEvent("open-package", { detail: {
      id: `analysis:${title}`, title, guarantor_penalty: {},
      phases: pkg.phases.map((ph) => ({ name: ph.name, terms: ph.terms })) } })) } },
    `Open “${title}” in the deal explorer`);
  if (a.recommendation) add(diag, " ", open("mediator's recommendation", a.recommendation.package));
  await plot(document.getElementById("space-plot"), fig);
  const parties = a.parties;
  const tables = clear(document.getElementById("space-tables"));
  add(tables, el("h3", {}, "Tabled proposals (expected utility under defection risk)"),
    table(a.proposals, [
      { label: "proposal", value: (p) => p.title },
      ...parties.map((pid) => ({ label: `${pid} (fallback ${fmt(a.fallbacks[pid])})`, value: (p) => verdict(p.parties[pid]) })),
      { label: "all phases carried out", value: (p) => pct(p.completion_probability) },
      { label: "reported responses", value: (p) => Object.entries(p.reported_responses).map(([k, v]) => `${k}: “${v}”`).join("; ") },
    ], { class: "proposals-table" }));
  const sols = Object.entries(a.solutions).filter(([, s]) => s);
  if (sols.length) {
    add(tables, el("h3", {}, "Bargaining solutions within the zone"),
      table(sols, [
        { label: "solution", value: ([k]) => k },
        ...parties.map((pid) => ({ label: pid, value: ([, s]) => fmt(s.parties[pid].expected_utility, 3) })),
        { label: "phases", value: ([, s]) => `${s.template}: ${s.phases.length}` },
        { label: "all phases carried out", value: ([, s]) => pct(s.completion_probability) },
        { label: "", value: ([k, s]) => open(`${k} solution`, s) },
      ]));
  }
  document.body.dataset.spaceReady = "1";
}
