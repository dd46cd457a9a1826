// Names and numbers as a reader wants them: the page's side of accord.report.fmt.
// The server sends the scenario's vocabulary (Names.vocabulary()); live numbers of the
// deal explorer are worded here with the same rules as the Python module.

let vocab = { parties: {}, issues: {} };

export function setVocabulary(v) { vocab = v || { parties: {}, issues: {} }; }

export const DASH = "–";

export function humanize(id) { return String(id).replace(/[_-]/g, " ").trim(); }

export function party(id) { return vocab.parties[id] || humanize(id); }

export function issue(id) { const i = vocab.issues[id]; return (i && i.name) || humanize(id); }

export function inSentence(name) {
  return name && /^[A-Z][^A-Z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}

export function number(x, unit) {
  if (x === null || x === undefined || typeof x !== "number" || !Number.isFinite(x)) return DASH;
  let s;
  if (Number.isInteger(x)) s = x.toLocaleString("en-US");
  else if (Math.abs(x) >= 100) s = Math.round(x).toLocaleString("en-US");
  else if (Math.abs(x) >= 1) s = String(Number(x.toPrecision(3)));
  else s = String(Number(x.toFixed(3)));
  return unit ? `${s} ${unit}` : s;
}

// Same thresholds as fmt.pct: 0.23 % shows as "0.23%", never "0%".
export function pct(p) {
  if (p === null || p === undefined || typeof p !== "number" || Number.isNaN(p)) return DASH;
  const x = 100 * p;
  if (x === 0 || x === 100) return `${x.toFixed(0)}%`;
  if (x < 0.01) return "<0.01%";
  if (x > 99.99) return ">99.99%";
  if (x < 1 || x > 99) return `${String(Number(x.toFixed(2)))}%`;
  if (x < 10 || x > 90) return `${x.toFixed(1)}%`;
  return `${x.toFixed(0)}%`;
}

export function utility(u, signed = false) {
  if (u === null || u === undefined || !Number.isFinite(u)) return DASH;
  return signed ? `${u >= 0 ? "+" : ""}${u.toFixed(3)}` : u.toFixed(3);
}

export function seconds(s) {
  if (s === null || s === undefined || !Number.isFinite(s)) return DASH;
  if (s < 1) return `${(s * 1000).toFixed(0)} ms`;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60), r = Math.round(s % 60);
  return r ? `${m} min ${r} s` : `${m} min`;
}

export function join(items) {
  const xs = items.filter(Boolean);
  return xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
}

// A term of an issue: {permanent: 120, seasonal: 30} -> "120 permanent staff and 30 seasonal staff" (category names from the scenario)
export function term(issueId, v) {
  if (v === null || v === undefined) return DASH;
  const i = vocab.issues[issueId] || { categories: {}, levels: {} };
  const cats = i.categories || {};
  if (typeof v === "object") {
    const n = Object.keys(cats).length;
    return join(Object.entries(v).map(([c, x]) => {
      const named = cats[c] && cats[c] !== humanize(c) ? cats[c] : null;
      if (named) return `${number(x)} ${named}`;
      if (n === 1 && i.unit) return number(x, i.unit);
      return `${number(x, i.unit)} (${humanize(c)})`;
    }));
  }
  if (typeof v === "string") return (i.levels && i.levels[v]) || humanize(v);
  const only = Object.values(cats);
  if (only.length === 1 && only[0] !== humanize(Object.keys(cats)[0])) return `${number(v)} ${only[0]}`;
  return number(v, i.unit);
}

export function condition(appliesIf) {
  if (!appliesIf) return "";
  return "applies only if " + join(Object.entries(appliesIf).map(([k, v]) => `${inSentence(issue(k))} is at least “${term(k, v)}”`));
}

export function constraint(name) {
  const [p, what] = name.split(".");
  return `${party(p)}: ${what === "fallback" ? "fallback" : issue(what)}`;
}

export function plural(n, noun, nouns) { return `${number(n)} ${n === 1 ? noun : (nouns || noun + "s")}`; }
