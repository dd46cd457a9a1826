// Reviewing claims, figures (counts) and events in the Evidence tab, as `accord review` does:
// each item's review state with "right", "wrong", "edit" and "undo", and a form to add a
// claim the rules missed from exact words of a document. Every change goes to /api/reviews
// and the tab is drawn again from the store, so the page shows what GET /api/reviews/claims
// (counts, events) says. One set of controls serves the three kinds; KINDS says what differs.
// Article text is untrusted: text nodes only.
import { add, api, clear, el, message, messageText, showError } from "./dom.js";
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

function input(type, name, label, value, attrs = {}) {
  return el("label", {}, `${label} `, el("input", { type, name, value: value ?? "", ...attrs }));
}

function checkbox(name, label, checked, id) {
  return el("label", {}, el("input", { type: "checkbox", name, id, checked: Boolean(checked) }), ` ${label}`);
}

// The controls a kind's fields are made of. The edit form of an item fills them with the item;
// the add form (`prefix`: "claim-add", ...) gives each an id under its prefix and says which
// may be left empty (left out of the request then).
function controls(prefix = null) {
  const id = (name) => prefix && `${prefix}-${name}`;
  const optional = (label, attrs = {}) => (prefix && !attrs.required ? `${label} (optional)` : label);
  return {
    select: (name, label, values, current) => select(name, label, values, current, id(name)),
    text: (name, label, value) => input("text", name, optional(label), value, { id: id(name), maxlength: 200 }),
    input: (type, name, label, value, attrs = {}) => input(type, name, optional(label, attrs), value, { id: id(name), ...attrs }),
    checkbox: (name, label, checked) => checkbox(name, label, checked, id(name)),
  };
}

// Per kind: its route, how an item is named, its fields (from the kind's vocabulary,
// GET /api/reviews/KIND's `vocabulary`; `f` makes the controls) and the request body the edit
// and add forms send; `add` words the add form: what it adds, in the page's words.
const KINDS = {
  claim: {
    path: "claims",
    name: (c) => `${humanize(c.actor)} ${humanize(c.stance)} on ${humanize(c.issue)}`,
    fields: (c, v, f) => [
      f.select("actor", "Actor", v.actor, c.actor),
      f.select("issue", "Issue", v.issue, c.issue),
      f.select("stance", "Stance", v.stance, c.stance),
      f.text("speaker", "Speaker", c.speaker),
      f.text("value", "Value", c.value)],
    body: (f) => f,
    add: { noun: "claim", a: "a claim", hint: "" },
  },
  count: {
    path: "counts",
    name: (c) => `${humanize(c.quantity)} ${c.approx ? "~" : ""}${number(c.value)}${c.as_of ? ` as of ${c.as_of}` : ""}`,
    fields: (c, v, f) => [
      f.select("quantity", "Quantity", v.quantity, c.quantity),
      f.input("number", "value", "Figure", c.value, { min: 0, step: 1, required: true }),
      f.checkbox("approx", "approximate", c.approx),
      f.input("date", "as_of", "As of", c.as_of),
      f.select("mode", "Mode", v.mode, c.mode),
      f.text("label", "Label", c.label)],
    body: (f, form) => ({ ...f, value: f.value === "" ? null : Number(f.value), approx: form.elements.approx.checked }),
    add: { noun: "figure", a: "a figure", hint: " A figure of quantity “other” says in its label what it counts." },
  },
  event: {
    path: "events",
    name: (e) => `${humanize(e.type)}${e.date ? ` on ${e.date}` : ""}${e.location ? ` in ${e.location}` : ""}`,
    fields: (e, v, f) => [
      f.select("type", "Type", v.type, e.type),
      f.input("date", "date", "Date", e.date),
      f.text("location", "Where", e.location),
      f.select("mode", "Mode", v.mode, e.mode)],
    body: (f) => f,
    add: { noun: "event", a: "an event", hint: " Its date is the day the event took place (or is planned for), as the words give it." },
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
// A refusal is the API's message, in the page's messages and (an add form's) `inline` too.
async function send(path, options, done, ctx, kind, focusId, inline = null) {
  try {
    const item = (await api(path, options))[kind];
    message(done(item), "info");
    await ctx.rerender(focusId === undefined ? item && item.id : focusId);
  } catch (err) {
    showError(err);
    if (inline) add(clear(inline), messageText(err.message || String(err), err.problems || [])).hidden = false;
  }
}

// The edit form of one item (in its review cell), filled with the item as reviewed.
function editForm(c, ctx, cell, kind) {
  const k = KINDS[kind];
  const form = el("form", { class: "claim-edit", "aria-label": `correct the ${kind} ${k.name(c)}` },
    k.fields(c, ctx.vocabulary[kind], controls()),
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

// "Add a claim (figure, event) the rules missed": a document, its exact words, and the kind's
// fields, as `accord review add --kind KIND`. The source viewer's "Add the selected words as"
// buttons (#source-add-KIND) fill it from the words selected in a stored document's text.
export function addForm(kind, docs, ctx) {
  const k = KINDS[kind];
  const { noun, a, hint } = k.add;
  const fromWords = `Add ${a} from the selected words`; // the source viewer's button
  const id = (name) => `${kind}-add-${name}`;
  const error = el("div", { class: "message error add-error", id: id("error"), hidden: true });
  const form = el("form", { id: `${kind}-add`, class: "item-add", "aria-labelledby": id("title"), "aria-describedby": id("error") },
    el("h3", { id: id("title") }, `Add ${a} the rules missed`),
    el("p", { class: "muted" }, `Copy the words that state the ${noun} exactly from the document's text, or open the document from the documents table, select the words and press “${fromWords}”; the first place they occur is its evidence.${hint}`),
    select("doc", "Document", docs, docs[0], id("doc")),
    el("label", { class: "item-add-words" }, "Exact words ",
      el("textarea", { name: "evidence", id: id("evidence"), rows: 3, required: true, maxlength: 5000 })),
    el("div", { class: "filters" }, k.fields({}, ctx.vocabulary[kind], controls(`${kind}-add`))),
    error,
    el("button", { type: "submit", class: "primary", id: id("submit") }, `Add ${noun}`));
  const fromSource = document.getElementById(`source-add-${kind}`);
  fromSource.onmousedown = (e) => e.preventDefault(); // a click would clear the selection first
  fromSource.onclick = () => {
    const dialog = document.getElementById("source-viewer");
    const words = window.getSelection().toString();
    if (!words.trim()) { message(`Select the words that state the ${noun} in the text first.`, "error"); return; }
    if (!docs.includes(dialog.dataset.doc)) return;
    form.elements.doc.value = dialog.dataset.doc;
    form.elements.evidence.value = words;
    dialog.close();
    form.scrollIntoView({ block: "center" });
    form.querySelector(".filters select, .filters input").focus();
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const body = k.body(Object.fromEntries(new FormData(form)), form);
    // an optional field left empty is not given (doc and evidence are required)
    for (const [name, value] of Object.entries(body)) if (name !== "evidence" && typeof value === "string" && !value.trim()) delete body[name];
    send(`/api/reviews/${k.path}`, { json: body },
      (item) => `Added ${noun} ${item.id} to ${item.doc}: ${k.name(item)}.`, ctx, kind, undefined, error);
  });
  return form;
}
