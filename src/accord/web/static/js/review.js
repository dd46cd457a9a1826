// Reviewing claims in the Evidence tab, as `accord review` does: each claim's review state
// with "right", "wrong", "edit" and "undo", and a form to add a claim the rules missed from
// exact words of a document. Every change goes to /api/reviews and the tab is drawn again
// from the store, so the page shows what GET /api/reviews/claims says.
// Article text is untrusted: text nodes only.
import { api, el, message, showError } from "./dom.js";
import { humanize } from "./words.js";

const STATES = {
  right: "right",
  wrong: "wrong (left out of the evidence)",
  corrected: "corrected",
  added: "added by a reader",
};

function claimName(c) {
  return `${humanize(c.actor)} ${humanize(c.stance)} on ${humanize(c.issue)}`;
}

// The review state in words; a correction says what the rules had read.
export function reviewState(c) {
  if (!c.review) return "not reviewed";
  const was = c.was ? ` (was ${humanize(c.was.actor)} ${humanize(c.was.stance)} on ${humanize(c.was.issue)})` : "";
  return STATES[c.review] + was;
}

async function send(path, options, done, ctx, focusId) {
  try {
    const body = await api(path, options);
    message(done(body.claim), "info");
    await ctx.rerender(focusId === undefined ? body.claim && body.claim.id : focusId);
  } catch (err) {
    showError(err);
  }
}

function select(name, label, values, current, id) {
  const s = el("select", { name, id }, values.map((v) => el("option", { value: v }, humanize(v))));
  if (current) s.value = current;
  return el("label", {}, `${label} `, s);
}

function text(name, label, value, id) {
  return el("label", {}, `${label} `, el("input", { type: "text", name, id, value: value || "", maxlength: 200 }));
}

// The edit form of one claim (in its review cell): actor, issue, stance, speaker, value.
function editForm(c, ctx, cell) {
  const v = ctx.vocabulary;
  const form = el("form", { class: "claim-edit", "aria-label": `correct the claim ${claimName(c)}` },
    select("actor", "Actor", v.actor, c.actor),
    select("issue", "Issue", v.issue, c.issue),
    select("stance", "Stance", v.stance, c.stance),
    text("speaker", "Speaker", c.speaker),
    text("value", "Value", c.value),
    el("div", { class: "button-row" },
      el("button", { type: "submit", class: "primary review-save" }, "Save"),
      el("button", { type: "button", class: "review-cancel", on: { click: () => { form.remove(); cell.querySelector(".review-edit").focus(); } } }, "Cancel")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(form));
    send(`/api/reviews/claims/${c.id}/set`, { json: f },
      (claim) => `Claim ${claim.id} is ${reviewState(claim)}.`, ctx);
  });
  return form;
}

// The review cell of a claim: its state and the controls (left out of the CSV and JSON files).
export function reviewCell(c, ctx) {
  const label = claimName(c);
  const mark = (verdict) => send(`/api/reviews/claims/${c.id}/mark`, { json: { verdict } },
    (claim) => claim ? `Claim ${claim.id} is ${reviewState(claim)}.` : `The added claim ${c.id} is taken out.`,
    ctx, c.id);
  const cell = el("div", { class: "review-cell" },
    el("span", { class: "review-state" }, reviewState(c)),
    el("span", { class: "claim-id muted" }, ` · id ${c.id}`));
  const actions = el("div", { class: "actions button-row" },
    el("button", { type: "button", class: "review-right", "aria-label": `mark ${label} right`, on: { click: () => mark("right") } }, "right"),
    el("button", { type: "button", class: "review-wrong", "aria-label": `mark ${label} wrong`, on: { click: () => mark("wrong") } }, "wrong"),
    el("button", { type: "button", class: "review-edit", "aria-label": `edit ${label}`, "aria-expanded": "false", on: { click: (e) => {
      const open = cell.querySelector(".claim-edit");
      if (open) { open.remove(); e.target.setAttribute("aria-expanded", "false"); return; }
      const form = editForm(c, ctx, cell);
      cell.appendChild(el("div", { class: "actions" }, form));
      e.target.setAttribute("aria-expanded", "true");
      form.querySelector("select").focus();
    } } }, "edit"),
    c.review ? el("button", { type: "button", class: "review-undo", "aria-label": `undo the review of ${label}`, on: { click: () =>
      send(`/api/reviews/claims/${c.id}/review`, { method: "DELETE" },
        (claim) => claim ? `Claim ${claim.id} is not reviewed.` : `The added claim ${c.id} is taken out.`, ctx, c.id) } }, "undo") : null);
  cell.appendChild(actions);
  return cell;
}

// "Add a claim": a document, its exact words, and who holds what on which issue.
export function addClaimForm(docs, ctx) {
  const v = ctx.vocabulary;
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
      (claim) => `Added claim ${claim.id} to ${claim.doc}: ${claimName(claim)}.`, ctx);
  });
  return form;
}
