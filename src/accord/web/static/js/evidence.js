// Evidence: timeline, counts ledger (disagreements flagged), the claims browser and the
// statements no claim was read from, paged and filtered by date, outlet and actor. Every quote
// links to its source text. Each claim, figure and event carries its review and the controls
// to review it, and each kind has a form to add one the rules missed (review.js).
// Article text is untrusted: text nodes only.
import { add, api, clear, el, pagedTable, table } from "./dom.js";
import { addForm, markRows, reviewCell } from "./review.js";
import { evidenceBlock, sourceLink } from "./sources.js";
import { humanize, number } from "./words.js";

const st = { actor: "", issue: "", outlet: "", from: "", to: "", undated: false, todo: false };

// The publication date, or the range the text allows (either end may be open).
function published(p) {
  if (p.date) return p.date;
  if (p.earliest && p.latest) return `between ${p.earliest} and ${p.latest}`;
  if (p.earliest) return `on or after ${p.earliest}`;
  if (p.latest) return `on or before ${p.latest}`;
  return "date unknown";
}

function quote(span) {
  return el("div", { class: "evidence" },
    el("blockquote", { class: "quote" }, span.text),
    el("div", { class: "cite" }, sourceLink(span), ` (characters ${span.start}–${span.end})`));
}

function ledgerTable(rows) {
  return pagedTable(rows, [
    { label: "quantity", value: (r) => humanize(r.quantity) + (r.label ? ` (${r.label})` : "") },
    { label: "as of", value: (r) => r.as_of || "date unclear" },
    { label: "figures by source", value: (r) => el("ul", {}, r.sources.map((s) => el("li", {},
      `${s.approx ? "~" : ""}${number(s.value)} — `, sourceLink(s), ": “", s.text, "”"))) },
    { label: "sources agree?", value: (r) => r.disagreement
      ? el("span", { class: "badge conflict" }, `no: ${r.values.map(number).join(" vs ")}`)
      : r.documents === 1 ? (r.values.length > 1 ? "one source (several figures)" : "one source") : "yes" },
  ], { class: "ledger-table", "aria-label": "counts ledger from the news" }, "The articles in the store report no counts.", "news-ledger");
}

function scenarioLedger(rows) {
  return table(rows, [
    { label: "quantity", value: (r) => humanize(r.quantity) + (r.label ? ` (${r.label})` : "") },
    { label: "count", value: (r) => [number(r.value), r.assumed ? el("span", { class: "badge assumed", title: r.reason || "" }, ` assumed ${number(r.low)}–${number(r.high)}`) : null] },
    { label: "as of", value: (r) => r.as_of || "date not stated" },
    { label: "qualifier", value: (r) => r.qualifier || "" },
    { label: "source", value: (r) => r.sources.length ? r.sources.map(evidenceBlock) : "assumption, no source" },
  ], { class: "scenario-ledger", "aria-label": "counts in the scenario" }, "This scenario records no counts.", "scenario-ledger");
}

function framingTable(rows) {
  // one row per (outlet, group): the sources' words, counted; accord's own words are the labels
  const flat = rows.flatMap((r) => r.groups.map((g, k) => ({ outlet: k === 0 ? r.key : "", group: g.label,
    terms: g.terms.map((t) => `${t.term} ${t.count} (${t.own_voice} own voice)`).join(", "),
    attributed: k === 0 && r.attributed_share !== null ? `${Math.round(100 * r.attributed_share)} %` : "" })));
  return pagedTable(flat, [
    { label: "outlet", value: (r) => r.outlet },
    { label: "people, group or act", value: (r) => r.group },
    { label: "words used (count, of which in its own voice)", value: (r) => r.terms },
    { label: "sentences quoting or reporting others", value: (r) => r.attributed },
  ], { class: "framing-table", "aria-label": "framing by outlet" },
  "No document in the store uses a word of the framing vocabulary.", "framing");
}

// What the rules did not classify: attributed statements no claim was read from, for a reader.
function statementsBlock(rows, dateOf) {
  return el("details", { class: "statements", id: "statements-unread" },
    el("summary", {}, `${rows.length} statements no claim was read from (read them yourself)`),
    pagedTable(rows, [
      { label: "speaker", value: (q) => [q.actor ? humanize(q.actor) : "speaker's side unknown", q.speaker ? ` (${q.speaker})` : "", q.description ? ` — ${q.description}` : ""] },
      { label: "published", value: (q) => q.published || dateOf(q.evidence.doc) || "date unknown" },
      { label: "words and source", value: (q) => quote(q.evidence) },
    ], { class: "statements-table", "aria-label": "statements no claim was read from" },
    "Every statement in the store gave a claim.", "statements", 10));
}

function inRange(date) {
  if (!st.from && !st.to) return true;
  if (!date) return false;
  return (!st.from || date >= st.from) && (!st.to || date <= st.to);
}

function filters(view, rerender, outlets) {
  const opt = (v, label) => el("option", { value: v }, label);
  const sel = (id, label, key, first, values, name = humanize) => {
    const s = el("select", { id, on: { change: (e) => { st[key] = e.target.value; rerender(); } } },
      opt("", first), values.map((v) => opt(v, name(v))));
    s.value = st[key];
    return el("label", {}, `${label} `, s);
  };
  const date = (id, label, key) => el("label", {}, `${label} `, el("input", { type: "date", id, value: st[key],
    on: { change: (e) => { st[key] = e.target.value; rerender(); } } }));
  return el("div", { class: "filters", role: "group", "aria-label": "filter the evidence" },
    sel("claims-actor", "Actor", "actor", "all actors", view.actors),
    sel("claims-issue", "Issue", "issue", "all issues", view.issues),
    sel("evidence-outlet", "Outlet", "outlet", "all outlets", outlets, (o) => o),
    date("evidence-from", "From", "from"), date("evidence-to", "to", "to"),
    el("label", {}, el("input", { type: "checkbox", id: "claims-todo", checked: st.todo,
      on: { change: (e) => { st.todo = e.target.checked; rerender(); } } }), " unreviewed claims, figures and events only"));
}

// The claims with their reviews (GET /api/reviews/claims), as the filters keep them.
function claimsTable(claims, dateOf, ctx) {
  if (!claims.length) return el("p", { class: "muted" }, "No claim matches the filters.");
  const box = pagedTable(claims, [
    { label: "actor", value: (c) => el("span", { class: "claim-actor", dataset: { actor: c.actor } }, humanize(c.actor), c.speaker ? ` (${c.speaker})` : "", c.description ? ` — ${c.description}` : "") },
    { label: "stance", value: (c) => humanize(c.stance) },
    { label: "issue", value: (c) => humanize(c.issue) },
    { label: "value", value: (c) => c.value ? String(c.value) : "" },
    { label: "published", value: (c) => dateOf(c.doc) || "date unknown" },
    { label: "words and source", value: (c) => quote({ doc: c.doc, start: c.start, end: c.end, text: c.evidence }) },
    { label: "review", value: (c) => reviewCell(c, ctx, "claim") },
  ], { class: "claims-table", "aria-label": "claims" }, null, "claims", 15);
  markRows(box, claims, "claim");
  box.querySelectorAll("tbody > tr").forEach((tr, k) => { tr.dataset.actor = claims[k].actor; });
  return box;
}

// Each figure read from the news (GET /api/reviews/counts) with its review: the ledger above
// sums them up as reviewed.
function figuresTable(counts, dateOf, ctx) {
  const box = pagedTable(counts, [
    { label: "quantity", value: (c) => el("span", { class: "item-name" }, humanize(c.quantity), c.label ? ` (${c.label})` : "") },
    { label: "figure", value: (c) => `${c.approx ? "~" : ""}${number(c.value)}` },
    { label: "as of", value: (c) => c.as_of || "date unclear" },
    { label: "mode", value: (c) => c.mode },
    { label: "published", value: (c) => dateOf(c.doc) || "date unknown" },
    { label: "words and source", value: (c) => quote({ doc: c.doc, start: c.start, end: c.end, text: c.evidence }) },
    { label: "review", value: (c) => reviewCell(c, ctx, "count") },
  ], { class: "figures-table", "aria-label": "figures read from the news" }, "No figure matches the filters.", "figures", 15);
  return box.tagName === "P" ? box : markRows(box, counts, "count");
}

// The timeline (GET /api/reviews/events): dated events, or the undated ones, with reviews.
function eventsTable(events, ctx, dated) {
  const box = pagedTable(events, [
    dated ? { label: "date", value: (e) => e.date } : null,
    { label: "event", value: (e) => el("span", { class: "item-name" }, humanize(e.type), e.mode === "planned" ? " (planned)" : "") },
    { label: "where", value: (e) => e.location || "" },
    { label: "actors", value: (e) => e.actors.map(humanize).join(", ") },
    { label: "source", value: (e) => quote({ doc: e.doc, start: e.start, end: e.end, text: e.evidence }) },
    { label: "review", value: (e) => reviewCell(e, ctx, "event") },
  ].filter(Boolean), { class: dated ? "timeline-table" : "undated-table", "aria-label": dated ? "timeline" : "undated events" },
  dated ? "No dated event matches the filters." : null, dated ? "timeline" : "undated-events");
  return box.tagName === "P" ? box : markRows(box, events, "event");
}

// focusId: the claim a review just changed, whose row is shown and focused again.
export async function renderEvidence(scenarioId, focusId = null) {
  const body = clear(document.getElementById("evidence-body"));
  const params = new URLSearchParams();
  if (st.actor) params.set("actor", st.actor);
  if (st.issue) params.set("issue", st.issue);
  const [view, ledger, reviews, counts, timeline] = await Promise.all([
    api(`/api/evidence?${params}`),
    api(`/api/scenarios/${encodeURIComponent(scenarioId)}/ledger`),
    api("/api/reviews/claims"),
    api("/api/reviews/counts"),
    api("/api/reviews/events"),
  ]);
  const rerender = () => renderEvidence(scenarioId);
  const vocabulary = { claim: reviews.vocabulary, count: counts.vocabulary, event: timeline.vocabulary };
  const ctx = { vocabulary, rerender: (id) => renderEvidence(scenarioId, id) };
  add(body, el("h3", {}, "Counts in the scenario"), scenarioLedger(ledger));
  if (!view.documents.length) {
    add(body, el("p", { class: "muted", id: "evidence-empty" },
      "No articles in the store yet. Add some with accord ingest FILES, or send them to the API (POST /api/evidence/documents)."));
    document.body.dataset.evidenceReady = "1";
    return;
  }
  const docs = Object.fromEntries(view.documents.map((d) => [d.name, d]));
  const outletOf = (doc) => (docs[doc] && docs[doc].outlet) || "";
  const dateOf = (doc) => (docs[doc] && docs[doc].published.date) || "";
  const outlets = [...new Set(view.documents.map((d) => d.outlet).filter(Boolean))].sort();
  const keep = (doc, date) => (!st.outlet || outletOf(doc) === st.outlet) && inRange(date);
  if (view.pending.length) {
    add(body, el("p", { class: "muted" }, `${view.pending.length} document(s) not extracted yet: `, view.pending.join(", ")));
  }
  const documents = view.documents.filter((d) => keep(d.name, d.published.date));
  const claims = reviews.claims.filter((c) => (!st.actor || c.actor === st.actor) && (!st.issue || c.issue === st.issue)
    && (!st.todo || !c.review) && keep(c.doc, dateOf(c.doc)));
  const todo = claims.filter((c) => !c.review).length;
  const figures = counts.counts.filter((c) => (!st.todo || !c.review) && keep(c.doc, dateOf(c.doc)));
  const events = timeline.events.filter((e) => (!st.actor || e.actors.includes(st.actor))
    && (!st.outlet || outletOf(e.doc) === st.outlet) && (!st.todo || !e.review));
  const dated = events.filter((e) => e.date && inRange(e.date))
    .sort((a, b) => a.date.localeCompare(b.date) || a.doc.localeCompare(b.doc) || a.start - b.start);
  const undated = events.filter((e) => !e.date);
  const unreviewed = (rows) => rows.filter((r) => !r.review).length;
  const names = view.documents.map((d) => d.name);
  add(body, el("h3", {}, "Filters"), filters(view, rerender, outlets),
    el("h3", {}, `Documents (${documents.length} of ${view.documents.length})`),
    pagedTable(documents, [
      { label: "document", value: (d) => sourceLink({ doc: d.name }, d.name) },
      { label: "title", value: (d) => d.title || "untitled" },
      { label: "outlet", value: (d) => d.outlet || "not recorded" },
      { label: "published", value: (d) => published(d.published) },
    ], { class: "documents-table", "aria-label": "documents" }, "No document matches the filters.", "documents"),
    el("h3", {}, "Counts ledger from the news"), ledgerTable(view.ledger),
    el("h3", {}, `Figures read from the news (${figures.length}; ${unreviewed(figures)} not reviewed)`),
    el("p", { class: "muted" }, "Mark each figure right or wrong, edit what the rules read, or add one they missed; the ledger above sums them up as reviewed (a figure marked wrong is left out of it, an added one counts)."),
    el("div", { id: "figures-list" }, figuresTable(figures, dateOf, ctx)),
    addForm("count", names, ctx),
    el("h3", {}, "Words each outlet uses for the same people and acts"), framingTable(view.framing || []),
    el("h3", {}, `Claims (${claims.length}; ${todo} not reviewed)`),
    el("p", { class: "muted" }, "Mark each claim right or wrong, or edit what the rules read; a claim marked wrong is left out of the evidence, the drafts and the report. Undo takes a review back."),
    el("div", { id: "claims-list" }, claimsTable(claims, dateOf, ctx)),
    addForm("claim", names, ctx),
  statementsBlock((view.statements || []).filter((q) => keep(q.evidence.doc, q.published || dateOf(q.evidence.doc))), dateOf),
  el("h3", {}, `Timeline of events (${dated.length} dated; ${unreviewed(events)} not reviewed)`),
  el("p", { class: "muted" }, "Review each event as each claim: right, wrong, edit what the rules read, undo; add one the rules missed below."),
  el("div", { id: "events-list" }, eventsTable(dated, ctx, true),
    undated.length ? el("details", { class: "undated", open: st.undated, on: { toggle: (e) => { st.undated = e.target.open; } } },
      el("summary", {}, `${undated.length} events without a date in their text`),
      eventsTable(undated, ctx, false)) : null),
  addForm("event", names, ctx));
  // the item a review just changed (ids are unique across kinds): shown, and focused again
  const row = focusId && body.querySelector(["claim", "count", "event"].map((k) => `tr[data-${k}-id="${focusId}"]`).join(", "));
  if (row) {
    const box = row.closest(".table-box");
    if (box && box.showRow) box.showRow(row);
    const details = row.closest("details");
    if (details) details.open = true;
    row.querySelector(".review-cell button").focus();
  }
  document.body.dataset.evidenceReady = "1";
}
