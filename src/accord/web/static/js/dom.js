import { DASH, pct } from "./words.js";

// DOM helpers. Data is only ever inserted as text (textContent / text nodes) or
// as attribute values through setAttribute: never parsed as HTML. Article text
// is untrusted.

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "on") {
      for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
    } else if (key === "dataset") {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// node.append(...) would print null as "null"; this skips null/false and flattens arrays.
export function add(node, ...children) {
  return append(node, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// A number for display; never "null", "NaN" or "undefined".
export function fmt(x, digits = 2) {
  if (x === null || x === undefined) return DASH;
  if (typeof x !== "number") return String(x);
  if (!Number.isFinite(x)) return DASH;
  return Number.isInteger(x) ? x.toLocaleString("en-US") : x.toFixed(digits);
}

export { pct };

// A message's words: the sentence, and the problems it lists (an API error's `problems`).
export function messageText(text, problems = []) {
  return [el("strong", {}, text), problems.length ? el("ul", {}, problems.map((p) => el("li", {}, p))) : null];
}

export function message(text, kind = "info", problems = []) {
  const box = document.getElementById("messages");
  clear(box);
  if (!text) return;
  const div = add(el("div", { class: `message ${kind}` }), messageText(text, problems));
  div.appendChild(el("button", { type: "button", class: "close", on: { click: () => clear(box) } }, "×"));
  box.appendChild(div);
}

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.detail ? body.detail : `HTTP ${status}`);
    this.status = status;
    this.problems = (body && body.problems) || [];
  }
}

export async function api(path, options = {}) {
  const init = { headers: { Accept: "application/json" }, ...options };
  if (options.json !== undefined) {
    init.method = init.method || "POST";
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(options.json);
    delete init.json;
  }
  const res = await fetch(path, init);
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

export function showError(err) {
  message(err.message || String(err), "error", err.problems || []);
}

// A cell's text as shown, less its controls (".actions": buttons and forms).
function cellText(td) {
  let node = td;
  if (td.querySelector(".actions")) {
    node = td.cloneNode(true);
    node.querySelectorAll(".actions").forEach((a) => a.remove());
  }
  return node.textContent.replace(/\s+/g, " ").trim();
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a", { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// The table as shown: header labels and each cell's visible text, so a download
// holds exactly the numbers on the page.
export function tableData(tbl) {
  const heads = [...tbl.querySelectorAll("thead th")].map(cellText);
  const rows = [...tbl.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map(cellText));
  return { heads, rows };
}

function csvField(v) { return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v; }

export function toCsv(tbl) {
  const { heads, rows } = tableData(tbl);
  return [heads, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function toJson(tbl) {
  const { heads, rows } = tableData(tbl);
  return JSON.stringify(rows.map((r) => Object.fromEntries(heads.map((h, k) => [h || `column ${k + 1}`, r[k] ?? ""]))), null, 2);
}

// A table in a horizontally scrolling box, with CSV and JSON downloads of what it shows.
export function tableBox(tbl, name) {
  const file = (name || tbl.getAttribute("data-name") || "table").replace(/[^A-Za-z0-9.-]+/g, "-");
  const label = tbl.getAttribute("aria-label") || name || "table";
  return el("div", { class: "table-box" },
    el("div", { class: "table-scroll", tabindex: 0, role: "region", "aria-label": label }, tbl),
    el("div", { class: "downloads" }, "Download: ",
      el("button", { type: "button", class: "link download-csv", "aria-label": `download ${label} as CSV`,
        on: { click: () => download(`${file}.csv`, "text/csv;charset=utf-8", "\ufeff" + toCsv(tbl)) } }, "CSV"),
      " ",
      el("button", { type: "button", class: "link download-json", "aria-label": `download ${label} as JSON`,
        on: { click: () => download(`${file}.json`, "application/json", toJson(tbl)) } }, "JSON")));
}

// A table: columns = [{label, value: row => text|Node}]; `empty` is the sentence shown when
// there are no rows; `name` names the downloads. Returns the table in its scroll box.
export function table(rows, columns, attrs = {}, empty = null, name = null) {
  if (!rows.length && empty) return el("p", { class: "muted empty-table" }, empty);
  const tbl = el("table", attrs,
    el("thead", {}, el("tr", {}, columns.map((c) => el("th", { scope: "col" }, c.label)))),
    el("tbody", {}, rows.map((r) => el("tr", {}, columns.map((c) => el("td", {}, c.value(r)))))));
  return tableBox(tbl, name || attrs["aria-label"] || attrs.class);
}

// A long table shown a page at a time (downloads hold every row, not just the page shown).
export function pagedTable(rows, columns, attrs = {}, empty = null, name = null, size = 20) {
  const box = table(rows, columns, attrs, empty, name);
  if (rows.length <= size) return box;
  const trs = [...box.querySelectorAll("tbody > tr")];
  const pages = Math.ceil(trs.length / size);
  let page = 0;
  const info = el("span", { class: "muted page-info", "aria-live": "polite" });
  const prev = el("button", { type: "button", class: "page-prev", on: { click: () => show(page - 1) } }, "‹ previous");
  const next = el("button", { type: "button", class: "page-next", on: { click: () => show(page + 1) } }, "next ›");
  function show(k) {
    page = Math.max(0, Math.min(pages - 1, k));
    trs.forEach((tr, i) => { tr.hidden = Math.floor(i / size) !== page; });
    info.textContent = `rows ${page * size + 1}–${Math.min(trs.length, (page + 1) * size)} of ${trs.length}`;
    prev.disabled = page === 0;
    next.disabled = page === pages - 1;
  }
  box.insertBefore(el("div", { class: "pager" }, prev, " ", info, " ", next), box.lastChild);
  box.showRow = (tr) => { const k = trs.indexOf(tr); if (k >= 0) show(Math.floor(k / size)); };
  show(0);
  return box;
}
