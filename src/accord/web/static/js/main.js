// Workbench entry point: scenario picker, upload, tabs; each panel renders itself.
import { add, api, clear, el, message, showError } from "./dom.js";
import { renderPositions, renderProposals } from "./positions.js";
import { initSourceViewer } from "./sources.js";
import { renderSpace } from "./space.js";
import { openPackage, renderExplorer } from "./explorer.js";
import { renderEvidence } from "./evidence.js";
import { renderForecast } from "./forecast.js";

// tab name -> async (scenarioId) => void; the positions tab renders with the scenario
const panels = { space: renderSpace, explorer: renderExplorer, forecast: renderForecast, evidence: renderEvidence };

const state = { scenario: null, rendered: new Set() };

async function loadScenarioList(select) {
  const list = await api("/api/scenarios");
  clear(document.getElementById("scenario-picker"));
  const picker = document.getElementById("scenario-picker");
  for (const s of list) {
    picker.append(el("option", { value: s.id }, `${s.title} (${s.date})${s.origin === "uploaded" ? " — uploaded" : ""}`));
  }
  const fallback = list.find((s) => s.default) || list[0];
  const wanted = select || new URLSearchParams(location.search).get("scenario") || (fallback && fallback.id);
  if (wanted) picker.value = wanted;
  return picker.value;
}

async function showScenario(id) {
  state.scenario = id;
  state.rendered.clear();
  document.body.dataset.scenario = id;
  const [summary, matrix] = await Promise.all([
    api(`/api/scenarios/${encodeURIComponent(id)}`),
    api(`/api/scenarios/${encodeURIComponent(id)}/positions`),
  ]);
  const head = clear(document.getElementById("scenario-head"));
  add(head, el("h2", {}, summary.title), el("p", { class: "muted" }, `${summary.id} · as of ${summary.date}`),
    summary.description ? el("p", {}, summary.description) : null);
  renderPositions(matrix);
  renderProposals(summary);
  state.rendered.add("positions");
  document.body.dataset.ready = "positions";
  const active = document.querySelector("nav.tabs [aria-selected=true]").dataset.tab;
  await showTab(active);
}

async function showTab(name) {
  for (const b of document.querySelectorAll("nav.tabs button")) b.setAttribute("aria-selected", String(b.dataset.tab === name));
  for (const s of document.querySelectorAll("section.tab")) s.hidden = s.dataset.tab !== name;
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

async function start() {
  initSourceViewer();
  for (const b of document.querySelectorAll("nav.tabs button")) b.addEventListener("click", () => showTab(b.dataset.tab));
  const picker = document.getElementById("scenario-picker");
  picker.addEventListener("change", () => showScenario(picker.value).catch(showError));
  document.addEventListener("open-package", async (e) => {
    await showTab("explorer");
    openPackage(e.detail);
  });
  const file = document.getElementById("scenario-file");
  file.addEventListener("change", () => { if (file.files[0]) upload(file.files[0]); file.value = ""; });
  try {
    const id = await loadScenarioList();
    if (id) await showScenario(id);
  } catch (err) {
    showError(err);
  }
}

start();
