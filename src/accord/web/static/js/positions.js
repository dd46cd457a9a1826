// Positions matrix: parties x issues, each cell with its evidence or assumption.
import { add, clear, el, tableBox } from "./dom.js";
import { evidenceBlock } from "./sources.js";
import { humanize, number, party } from "./words.js";

function weightText(w) {
  const range = w.assumed ? ` (assumed ${number(w.low)}–${number(w.high)})` : "";
  return `weight ${number(w.value)}${range}`;
}

function cellNode(cell, onSelect) {
  if (!cell) return el("td", { class: "empty" }, "no position");
  const ev = cell.evidence[0];
  const quote = ev ? `“${ev.quote}” — ${ev.doc}${ev.published ? ", " + ev.published : ""}`
    : `assumed: ${cell.assumption || ""}`;
  const td = el("td", {
    class: `cell${cell.assumed ? " assumed" : ""}${cell.red_line ? " has-red-line" : ""}`,
    title: quote,
    tabindex: 0,
    dataset: { party: cell.party, issue: cell.issue },
    on: {
      click: () => onSelect(cell, td),
      keydown: (e) => { if (e.key === "Enter") onSelect(cell, td); },
    },
  },
    cell.stance ? el("div", { class: "stance" }, cell.stance) : null,
    el("div", {}, "ideal: ", el("strong", {}, cell.ideal)),
    cell.red_line ? el("div", { class: "red" }, "red line: ", el("strong", {}, cell.red_line)) : null,
    el("div", { class: `weight${cell.weight.assumed ? " assumed-num" : ""}` }, weightText(cell.weight)),
    cell.assumed ? el("span", { class: "badge assumed" }, "assumed") :
      el("span", { class: "badge sourced" }, `${cell.evidence.length} source${cell.evidence.length > 1 ? "s" : ""}`),
  );
  return td;
}

function detail(cell, matrix) {
  const box = clear(document.getElementById("positions-detail"));
  const issue = matrix.issues.find((i) => i.id === cell.issue);
  add(box, 
    el("h3", {}, `${matrix.party_names[cell.party] || cell.party} on ${issue ? issue.name : cell.issue}`),
    cell.stance ? el("p", {}, cell.stance) : null,
    el("p", {}, `ideal: ${cell.ideal}`, cell.red_line ? ` · red line: ${cell.red_line}` : "", ` · utility shape: ${humanize(cell.shape)}`),
    el("p", { class: cell.weight.assumed ? "assumed-num" : "" }, weightText(cell.weight),
      cell.weight.reason ? ` — ${cell.weight.reason}` : ""),
  );
  if (cell.assumption) add(box, el("p", { class: "assumption" }, el("span", { class: "badge assumed" }, "assumed"), " ", cell.assumption));
  if (cell.evidence.length) {
    add(box, el("h4", {}, "Evidence"), ...cell.evidence.map(evidenceBlock));
  } else {
    add(box, el("p", { class: "muted" }, "No source states this position; it is the modeller's assumption."));
  }
}

export function renderPositions(matrix) {
  const holder = clear(document.getElementById("positions-matrix"));
  add(clear(document.getElementById("positions-detail")), 
    el("p", { class: "muted" }, "Select a cell to see its sources."));
  let selected = null;
  const onSelect = (cell, td) => {
    if (selected) selected.classList.remove("selected");
    td.classList.add("selected");
    selected = td;
    detail(cell, matrix);
  };
  const head = el("tr", {}, el("th", { scope: "col" }, "party \\ issue"),
    matrix.issues.map((i) => el("th", { scope: "col", title: `${i.kind}${i.unit ? ", " + i.unit : ""}` }, i.name)));
  const rows = matrix.parties.map((pid) => {
    const fb = matrix.fallbacks[pid];
    return el("tr", {},
      el("th", { scope: "row" }, matrix.party_names[pid] || pid,
        fb ? el("div", { class: `fallback${fb.assumed ? " assumed-num" : ""}`, title: fb.reason || "" },
          `fallback ${number(fb.value)}${fb.assumed ? ` (assumed ${number(fb.low)}–${number(fb.high)})` : ""}`) : null),
      matrix.issues.map((i) => cellNode(matrix.cells[pid][i.id], onSelect)));
  });
  const sq = el("tr", { class: "status-quo" }, el("th", { scope: "row" }, "status quo (no deal)"),
    matrix.issues.map((i) => el("td", {}, matrix.status_quo[i.id])));
  add(holder, tableBox(el("table", { class: "matrix", id: "matrix-table", "aria-label": "positions matrix" },
    el("thead", {}, head), el("tbody", {}, rows, sq)), "positions"));
}

export function renderProposals(summary) {
  const box = clear(document.getElementById("proposals"));
  if (!summary.proposals.length) {
    add(box, el("p", { class: "muted", id: "no-proposals" }, "No proposal is tabled in this scenario: the analysis scores packages from the whole agreement space instead."));
    return;
  }
  for (const p of summary.proposals) {
    add(box, el("div", { class: "proposal" },
      el("h4", {}, p.title, " ", el("span", { class: "muted" }, `tabled by ${p.tabled_by.map(party).join(", ") || "an unnamed party"}${p.date ? ", " + p.date : ""}`)),
      el("ol", {}, p.phases.map((ph) => el("li", {}, el("strong", {}, ph.name), ": ",
        ph.terms_named.map(([k, v]) => `${k}: ${v}`).join("; "),
        ph.condition ? el("span", { class: "muted" }, ` (next phase when: ${ph.condition})`) : null))),
      el("p", {}, "Reported responses: ",
        Object.entries(p.responses).map(([k, v]) => `${party(k)}: “${v}”`).join("; ") || "none reported"),
      p.assumption ? el("p", { class: "assumption" }, el("span", { class: "badge assumed" }, "assumed"), " ", p.assumption) : null,
      p.evidence.map(evidenceBlock)));
  }
}
