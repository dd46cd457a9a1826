// Evidence: timeline, counts ledger (disagreements flagged) and the claims browser.
// Every quote links to its source text. Article text is untrusted: text nodes only.
import { add, api, clear, el, table } from "./dom.js";
import { evidenceBlock, sourceLink } from "./sources.js";

const st = { actor: "", issue: "" };

// The publication date, or the range the text allows (either end may be open).
function published(p) {
  if (p.date) return p.date;
  if (p.earliest && p.latest) return `between ${p.earliest} and ${p.latest}`;
  if (p.earliest) return `on or after ${p.earliest}`;
  if (p.latest) return `on or before ${p.latest}`;
  return "unknown";
}

function quote(span) {
  return el("div", { class: "evidence" },
    el("blockquote", { class: "quote" }, span.text),
    el("div", { class: "cite" }, sourceLink(span), ` (characters ${span.start}–${span.end})`));
}

function ledgerTable(rows) {
  return table(rows, [
    { label: "quantity", value: (r) => r.quantity + (r.label ? ` (${r.label})` : "") },
    { label: "as of", value: (r) => r.as_of || "date unclear" },
    { label: "figures by source", value: (r) => el("ul", {}, r.sources.map((s) => el("li", {},
      `${s.approx ? "~" : ""}${s.value.toLocaleString()} — `, sourceLink(s), ": “", s.text, "”"))) },
    { label: "sources agree?", value: (r) => r.disagreement
      ? el("span", { class: "badge conflict" }, `disagree: ${r.values.join(" vs ")}`) : "yes" },
  ], { class: "ledger-table" });
}

function scenarioLedger(rows) {
  return table(rows, [
    { label: "quantity", value: (r) => r.quantity + (r.label ? ` (${r.label})` : "") },
    { label: "count", value: (r) => [String(r.value), r.assumed ? el("span", { class: "badge assumed", title: r.reason || "" }, `assumed ${r.low}–${r.high}`) : null] },
    { label: "as of", value: (r) => r.as_of || "–" },
    { label: "qualifier", value: (r) => r.qualifier || "" },
    { label: "source", value: (r) => r.sources.map(evidenceBlock) },
  ]);
}

function claimsBrowser(view, rerender) {
  const opt = (v, label) => el("option", { value: v }, label);
  const actor = el("select", { id: "claims-actor", "aria-label": "actor",
    on: { change: (e) => { st.actor = e.target.value; rerender(); } } },
    opt("", "all actors"), view.actors.map((a) => opt(a, a)));
  const issue = el("select", { id: "claims-issue", "aria-label": "issue",
    on: { change: (e) => { st.issue = e.target.value; rerender(); } } },
    opt("", "all issues"), view.issues.map((i) => opt(i, i)));
  actor.value = st.actor;
  issue.value = st.issue;
  return el("div", {},
    el("div", { class: "filters" }, el("label", {}, "Actor ", actor), el("label", {}, "Issue ", issue),
      el("span", { class: "muted" }, `${view.claims.length} claim(s)`)),
    el("div", { id: "claims-list" }, view.claims.map((c) => el("div", { class: "claim", dataset: { actor: c.actor, issue: c.issue } },
      el("div", {}, el("strong", {}, c.actor), c.speaker ? ` (${c.speaker})` : "", c.description ? ` — ${c.description}` : "",
        ` · ${c.stance} · ${c.issue}`, c.value ? ` · ${c.value}` : "", c.published ? el("span", { class: "muted" }, ` · published ${c.published}`) : null),
      quote(c.evidence)))));
}

export async function renderEvidence(scenarioId) {
  const body = clear(document.getElementById("evidence-body"));
  const params = new URLSearchParams();
  if (st.actor) params.set("actor", st.actor);
  if (st.issue) params.set("issue", st.issue);
  const [view, ledger] = await Promise.all([
    api(`/api/evidence?${params}`),
    api(`/api/scenarios/${encodeURIComponent(scenarioId)}/ledger`),
  ]);
  const rerender = () => renderEvidence(scenarioId);
  add(body, el("h3", {}, "Counts in the scenario"), scenarioLedger(ledger));
  if (!view.documents.length) {
    add(body, el("p", { class: "muted", id: "evidence-empty" },
      "No articles in the store yet. Add some with `accord ingest FILES` or POST /api/evidence/documents."));
    document.body.dataset.evidenceReady = "1";
    return;
  }
  if (view.pending.length) {
    add(body, el("p", { class: "muted" }, `${view.pending.length} document(s) not extracted yet: `, view.pending.join(", ")));
  }
  add(body, 
    el("h3", {}, `Documents (${view.documents.length})`),
    table(view.documents, [
      { label: "document", value: (d) => sourceLink({ doc: d.name }, d.name) },
      { label: "title", value: (d) => d.title || "" },
      { label: "published", value: (d) => published(d.published) },
    ], { class: "documents-table" }),
    el("h3", {}, "Counts ledger from the news"), ledgerTable(view.ledger),
    el("h3", {}, "Claims"), claimsBrowser(view, rerender),
    el("h3", {}, "Timeline of events"),
    table(view.timeline, [
      { label: "date", value: (e) => e.date || "undated" },
      { label: "event", value: (e) => e.type },
      { label: "where", value: (e) => e.location || "" },
      { label: "actors", value: (e) => e.actors.join(", ") },
      { label: "source", value: (e) => quote(e.evidence) },
    ], { class: "timeline-table" }));
  document.body.dataset.evidenceReady = "1";
}
