// Workbench entry point: scenario picker, upload, tabs; each panel renders itself.
// The view lives in the URL (?scenario=…&tab=…&relax=a,b&package=…), so any view can be
// bookmarked or shared and opens the same way.
import { add, api, clear, el, message, showError } from "./dom.js";
import { renderPositions, renderProposals } from "./positions.js";
import { initSourceViewer } from "./sources.js";
import { renderSpace } from "./space.js";
import { openPackage, renderExplorer } from "./explorer.js";
import { renderEvidence } from "./evidence.js";
import { renderForecast } from "./forecast.js";
import { setVocabulary } from "./words.js";
import { renderCompare } from "./compare.js";

const TABS = ["positions", "space", "explorer", "forecast", "evidence"];

const state = { scenario: null, tab: "positions", relax: [], pkg: null, rendered: new Set(), scenarios: [] };

// tab name -> async (scenarioId) => void; the positions tab renders with the scenario
const panels = {
  space: (id) => renderSpace(id, state.relax),
  explorer: (id) => renderExplorer(id, state.pkg),
  forecast: renderForecast,
  evidence: renderEvidence,
};

function readUrl() {
  const q = new URLSearchParams(location.search);
  const tab = q.get("tab");
  return {
    scenario: q.get("scenario"),
    tab: TABS.includes(tab) ? tab : "positions",
    relax: (q.get("relax") || "").split(",").filter(Boolean),
    pkg: q.get("package") || null,
  };
}

function writeUrl(replace = false) {
  const q = new URLSearchParams();
  if (state.scenario) q.set("scenario", state.scenario);
  if (state.tab !== "positions") q.set("tab", state.tab);
  if (state.relax.length) q.set("relax", state.relax.join(","));
  if (state.pkg) q.set("package", state.pkg);
  const url = `${location.pathname}?${q.toString().replace(/%2C/g, ",")}`;
  if (url !== location.pathname + location.search) history[replace ? "replaceState" : "pushState"](null, "", url);
  document.body.dataset.url = url;
}

async function loadScenarioList(select) {
  const list = await api("/api/scenarios");
  state.scenarios = list;
  const picker = clear(document.getElementById("scenario-picker"));
  for (const s of list) {
    picker.append(el("option", { value: s.id }, `${s.title} (${s.date})${s.origin === "uploaded" ? " — uploaded" : ""}`));
  }
  const fallback = list.find((s) => s.default) || list[0];
  const wanted = select || readUrl().scenario;
  if (wanted && !list.some((s) => s.id === wanted)) {
    message(`There is no scenario “${wanted}” on this workbench. Showing ${fallback ? fallback.title : "nothing"} instead; `
      + "pick another above or load a scenario file.", "error");
    document.body.dataset.unknownScenario = wanted;
    if (fallback) picker.value = fallback.id;
    return fallback ? fallback.id : null;
  }
  if (wanted) picker.value = wanted;
  else if (fallback) picker.value = fallback.id;
  return picker.value;
}

async function showScenario(id, keepView = false) {
  if (!keepView) { state.relax = []; state.pkg = null; }
  state.scenario = id;
  state.rendered.clear();
  document.body.dataset.scenario = id;
  document.body.dataset.ready = "";
  const [summary, matrix] = await Promise.all([
    api(`/api/scenarios/${encodeURIComponent(id)}`),
    api(`/api/scenarios/${encodeURIComponent(id)}/positions`),
  ]);
  setVocabulary(summary.names);
  const head = clear(document.getElementById("scenario-head"));
  add(head, el("h2", {}, summary.title), el("p", { class: "muted" }, `as of ${summary.date} · `,
    el("a", { href: `/api/scenarios/${encodeURIComponent(id)}/report`, id: "report-link" }, "Report to forward (HTML)")),
  summary.description ? el("p", {}, summary.description) : null);
  renderPositions(matrix);
  renderProposals(summary);
  renderCompare(id, state.scenarios);
  state.rendered.add("positions");
  document.body.dataset.ready = "positions";
  writeUrl(keepView);
  await showTab(state.tab, true);
}

async function showTab(name, fromUrl = false) {
  state.tab = name;
  for (const b of document.querySelectorAll("nav.tabs [role=tab]")) {
    const on = b.dataset.tab === name;
    b.setAttribute("aria-selected", String(on));
    b.tabIndex = on ? 0 : -1;
  }
  for (const s of document.querySelectorAll("section.tab")) s.hidden = s.dataset.tab !== name;
  if (!fromUrl) writeUrl();
  if (!state.scenario || state.rendered.has(name) || !panels[name]) return;
  state.rendered.add(name);
  try {
    await panels[name](state.scenario);
  } catch (err) {
    state.rendered.delete(name);
    showError(err);
  }
}

async function upload(file) {
  if (file.size > 2_000_000) { message(`${file.name} is larger than 2 MB; a scenario file is much smaller`, "error"); return; }
  const text = await file.text();
  try {
    const s = await api("/api/scenarios", { json: { filename: file.name, text } });
    message(`Loaded ${file.name}: ${s.title}`, "info");
    await loadScenarioList(s.id);
    await showScenario(s.id);
  } catch (err) {
    showError(err);
  }
}

// Tabs as the WAI-ARIA pattern has them: arrows move between tabs, Home/End jump.
function tabKeys(e) {
  const tabs = [...document.querySelectorAll("nav.tabs [role=tab]")];
  const k = tabs.indexOf(document.activeElement);
  if (k < 0) return;
  const next = { ArrowRight: k + 1, ArrowLeft: k - 1, Home: 0, End: tabs.length - 1 }[e.key];
  if (next === undefined) return;
  e.preventDefault();
  const t = tabs[(next + tabs.length) % tabs.length];
  t.focus();
  showTab(t.dataset.tab);
}

async function start() {
  initSourceViewer();
  for (const b of document.querySelectorAll("nav.tabs [role=tab]")) b.addEventListener("click", () => showTab(b.dataset.tab));
  document.querySelector("nav.tabs").addEventListener("keydown", tabKeys);
  const picker = document.getElementById("scenario-picker");
  picker.addEventListener("change", () => { message(""); showScenario(picker.value).catch(showError); });
  document.addEventListener("open-package", async (e) => {
    state.pkg = e.detail.saved ? e.detail.id : null;
    await showTab("explorer");
    openPackage(e.detail);
    writeUrl();
  });
  document.addEventListener("view-change", (e) => {
    if ("relax" in e.detail) state.relax = e.detail.relax;
    if ("pkg" in e.detail) state.pkg = e.detail.pkg;
    if ("relax" in e.detail) state.rendered.delete("explorer");
    writeUrl();
  });
  window.addEventListener("popstate", () => {
    const v = readUrl();
    Object.assign(state, { tab: v.tab, relax: v.relax, pkg: v.pkg });
    if (v.scenario && v.scenario !== state.scenario) { picker.value = v.scenario; showScenario(v.scenario, true).catch(showError); return; }
    state.rendered.delete("space");
    state.rendered.delete("explorer");
    showTab(v.tab, true);
  });
  const file = document.getElementById("scenario-file");
  document.getElementById("load-scenario").addEventListener("click", () => file.click());
  file.addEventListener("change", () => { if (file.files[0]) upload(file.files[0]); file.value = ""; });
  try {
    const v = readUrl();
    Object.assign(state, { tab: v.tab, relax: v.relax, pkg: v.pkg });
    const id = await loadScenarioList();
    if (id) await showScenario(id, id === v.scenario);
  } catch (err) {
    showError(err);
  }
}

start();
