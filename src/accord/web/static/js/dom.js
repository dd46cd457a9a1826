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

// A term as a reader says it: {general: 1000, life_sentences: 100} -> "general 1000, life_sentences 100"
export function term(v) {
  if (v !== null && typeof v === "object") return Object.entries(v).map(([k, n]) => `${k} ${fmt(n, 0)}`).join(", ");
  return fmt(v, 0);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function fmt(x, digits = 2) {
  if (x === null || x === undefined) return "–";
  if (typeof x !== "number") return String(x);
  return Number.isInteger(x) ? String(x) : x.toFixed(digits);
}

export function pct(x) {
  return x === null || x === undefined ? "–" : `${(100 * x).toFixed(0)}%`;
}

export function message(text, kind = "info", problems = []) {
  const box = document.getElementById("messages");
  clear(box);
  if (!text) return;
  const div = el("div", { class: `message ${kind}` }, el("strong", {}, text));
  if (problems.length) div.appendChild(el("ul", {}, problems.map((p) => el("li", {}, p))));
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

// A small table: columns = [{label, value: row => text|Node}]
export function table(rows, columns, attrs = {}) {
  return el("table", attrs,
    el("thead", {}, el("tr", {}, columns.map((c) => el("th", {}, c.label)))),
    el("tbody", {}, rows.map((r) => el("tr", {}, columns.map((c) => el("td", {}, c.value(r)))))));
}
