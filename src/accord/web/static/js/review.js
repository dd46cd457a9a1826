// Reviewing claims, figures (counts) and events in the Evidence tab, as `accord review` does:
// each item's review state with "right", "wrong", "edit" and "undo", and a form to add a
// claim the rules missed from exact words of a document. Every change goes to /api/reviews
// and the tab is drawn again from the store, so the page shows what GET /api/reviews/claims
// (counts, events) says. One set of controls serves the three kinds; KINDS says what differs.
// Article text is untrusted: text nodes only.
import { api, el, message, showError } from "./dom.js";
import { humanize, number } from "./words.js";

const STATES = {
  right: "right",
  wrong: "wrong (left out of the evidence)",
  corrected: "corrected",
  added: "added by a reader",
};

function select(name, label, values, current, id) {
  const s = el("select", { name, id }, values.map((v) => el("option", { value: v }, humanize(v))));
  if (current) s.value = current;
  return el("label", {}, `${label} `, s);
}

function text(name, label, value, id) {
  return el("label", {}, `${label} `, el("input", { type: "text", name, id, value: value || "", maxlength: 200 }));
}

function input(type, name, label, value, attrs = {}) {
  return el("label", {}, `${label} `, el("input", { type, name, value: value ?? "", ...attrs }));
}

function checkbox(name, label, checked) {
  return el("label", {}, el("input", { type: "checkbox", name, checked: Boolean(checked) }), ` ${label}`);
}

// Per kind: its route, how an item is named, its edit fields (from the kind's vocabulary,
// GET /api/reviews/KIND's `vocabulary`) and the request body the edit form sends.
const KINDS = {
  claim: {
    path: "claims",
    name: (c) => `${humanize(c.actor)} ${humanize(c.stance)} on ${humanize(c.issue)}`,
    fields: (c, v) => [
      select("actor", "Actor", v.actor, c.actor),
      select("issue", "Issue", v.issue, c.issue),
      select("stance", "Stance", v.stance, c.stance),
      text("speaker", "Speaker", c.speaker),
      text("value", "Value", c.value)],
    body: (f) => f,
  },
  count: {
    path: "counts",
    name: (c) => `${humanize(c.quantity)} ${c.approx ? "~" : ""}${number(c.value)}${c.as_of ? ` as of ${c.as_of}` : ""}`,
    fields: (c, v) => [
      select("quantity", "Quantity", v.quantity, c.quantity),
      input("number", "value", "Figure", c.value, { min: 0, step: 1, required: true }),
      checkbox("approx", "approximate", c.approx),
      input("date", "as_of", "As of", c.as_of),
      select("mode", "Mode", v.mode, c.mode),
      text("label", "Label", c.label)],
    body: (f, form) => ({ ...f, value: Number(f.value), approx: form.elements.approx.checked }),
  },
  event: {
    path: "events",
    name: (e) => `${humanize(e.type)}${e.date ? ` on ${e.date}` : ""}${e.location ? ` in ${e.location}` : ""}`,
    fields: (e, v) => [
      select("type", "Type", v.type, e.type),
      input("date", "date", "Date", e.date),
      text("location", "Where", e.location),
      select("mode", "Mode", v.mode, e.mode)],
    body: (f) => f,
  },
};

const Kind = (kind) => kind[0].toUpperCase() + kind.slice(1);

// The review state in words; a correction says what the rules had read.
export function reviewState(c, kind = "claim") {
  if (!c.review) return "not reviewed";
  const state = kind === "count" && c.review === "wrong" ? "wrong (left out of the ledger)" : STATES[c.review];
  return state + (c.was ? ` (was ${KINDS[kind].name(c.was)})` : "");
}

// What a change answered ({claim|count|event: row or null}), in a message; the tab redrawn.
async function send(path, options, done, ctx, kind, focusId) {
  try {
    const item = (await api(path, options))[kind];
    message(done(item), "info");
    await ctx.rerender(focusId === undefined ? item && item.id : focusId);
  } catch (err) {
    showError(err);
  }
}

// The edit form of one item (in its review cell), filled with the item as reviewed.
function editForm(c, ctx, cell, kind) {
  const k = KINDS[kind];
  const form = el("form", { class: "claim-edit", "aria-label": `correct the ${kind} ${k.name(c)}` },
    k.fields(c, ctx.vocabulary[kind]),
    el("div", { class: "button-row" },
      el("button", { type: "submit", class: "primary review-save" }, "Save"),
      el("button", { type: "button", class: "review-cancel", on: { click: () => { form.remove(); cell.querySelector(".review-edit").focus(); } } }, "Cancel")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(form));
    send(`/api/reviews/${k.path}/${c.id}/set`, { json: k.body(f, form) },
      (item) => `${Kind(kind)} ${item.id} is ${reviewState(item, kind)}.`, ctx, kind);
  });
  return form;
}

// The review cell of a claim, count or event: its state and the controls (left out of the
// CSV and JSON files).
export function reviewCell(c, ctx, kind = "claim") {
  const k = KINDS[kind];
  const label = `the ${kind} ${k.name(c)}`;
  const gone = `The added ${kind} ${c.id} is taken out.`;
  const mark = (verdict) => send(`/api/reviews/${k.path}/${c.id}/mark`, { json: { verdict } },
    (item) => item ? `${Kind(kind)} ${item.id} is ${reviewState(item, kind)}.` : gone, ctx, kind, c.id);
  const cell = el("div", { class: "review-cell" },
    el("span", { class: "review-state" }, reviewState(c, kind)),
    el("span", { class: "claim-id muted" }, ` · id ${c.id}`));
  const actions = el("div", { class: "actions button-row" },
    el("button", { type: "button", class: "review-right", "aria-label": `mark ${label} right`, on: { click: () => mark("right") } }, "right"),
    el("button", { type: "button", class: "review-wrong", "aria-label": `mark ${label} wrong`, on: { click: () => mark("wrong") } }, "wrong"),
    el("button", { type: "button", class: "review-edit", "aria-label": `edit ${label}`, "aria-expanded": "false", on: { click: (e) => {
      const open = cell.querySelector(".claim-edit");
      if (open) { open.remove(); e.target.setAttribute("aria-expanded", "false"); return; }
      const form = editForm(c, ctx, cell, kind);
      cell.appendChild(el("div", { class: "actions" }, form));
      e.target.setAttribute("aria-expanded", "true");
      form.querySelector("select").focus();
    } } }, "edit"),
    c.review ? el("button", { type: "button", class: "review-undo", "aria-label": `undo the review of ${label}`, on: { click: () =>
      send(`/api/reviews/${k.path}/${c.id}/review`, { method: "DELETE" },
        (item) => item ? `${Kind(kind)} ${item.id} is not reviewed.` : gone, ctx, kind, c.id) } }, "undo") : null);
  cell.appendChild(actions);
  return cell;
}

// Each row of a review table carries its id and review (data-claim-id, data-count-id or
// data-event-id; data-review), as the tests and a reader's eye expect; a wrong one is greyed.
export function markRows(box, rows, kind) {
  box.querySelectorAll("tbody > tr").forEach((tr, k) => {
    const c = rows[k];
    tr.classList.add(kind, "reviewable");
    if (c.review === "wrong") tr.classList.add("item-wrong");
    tr.dataset[`${kind}Id`] = c.id;
    tr.dataset.review = c.review || "";
  });
  return box;
}

// "Add a claim": a document, its exact words, and who holds what on which issue.
export function addClaimForm(docs, ctx) {
  const v = ctx.vocabulary.claim;
  const form = el("form", { id: "claim-add", class: "claim-add", "aria-labelledby": "claim-add-title" },
    el("h3", { id: "claim-add-title" }, "Add a claim the rules missed"),
    el("p", { class: "muted" }, "Copy the words that state the claim exactly from the document's text, or open the document from the documents table, select the words and press “Add a claim from the selected words”; the first place they occur is its evidence."),
    select("doc", "Document", docs, docs[0], "claim-add-doc"),
    el("label", { class: "claim-add-words" }, "Exact words ",
      el("textarea", { name: "evidence", id: "claim-add-evidence", rows: 3, required: true, maxlength: 5000 })),
    el("div", { class: "filters" },
      select("actor", "Actor", v.actor, null, "claim-add-actor"),
      select("issue", "Issue", v.issue, null, "claim-add-issue"),
      select("stance", "Stance", v.stance, null, "claim-add-stance"),
      text("speaker", "Speaker (optional)", "", "claim-add-speaker"),
      text("value", "Value (optional)", "", "claim-add-value")),
    el("button", { type: "submit", class: "primary", id: "claim-add-submit" }, "Add claim"));
  // the source viewer's "Add a claim from the selected words" fills this form
  const fromSource = document.getElementById("source-add-claim");
  fromSource.onmousedown = (e) => e.preventDefault(); // a click would clear the selection first
  fromSource.onclick = () => {
    const dialog = document.getElementById("source-viewer");
    const words = window.getSelection().toString();
    if (!words.trim()) { message("Select the words that state the claim in the text first.", "error"); return; }
    if (!docs.includes(dialog.dataset.doc)) return;
    form.elements.doc.value = dialog.dataset.doc;
    form.elements.evidence.value = words;
    dialog.close();
    form.scrollIntoView({ block: "center" });
    form.elements.actor.focus();
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(form));
    for (const k of ["speaker", "value"]) if (!f[k].trim()) delete f[k];
    send("/api/reviews/claims", { json: f },
      (claim) => `Added claim ${claim.id} to ${claim.doc}: ${KINDS.claim.name(claim)}.`, ctx, "claim");
  });
  return form;
}
