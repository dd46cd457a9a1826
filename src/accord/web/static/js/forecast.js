// Forecast: stored runs of the scenario (deal probability with its band, outcomes,
// tornado) and a form that starts a new run in a worker process, with progress, an
// estimate of the time left and a cancel button.
import { add, api, clear, el, showError, table } from "./dom.js";
import { plot } from "./space.js";
import { humanize, number, pct, plural, seconds } from "./words.js";

const st = { scenario: null, polling: null, job: null };

// sentences worded by the server (accord.report.fmt.forecast_notes, as the CLI prints them); none, no section
function notesList(title, id, lines) {
  return lines.length ? [el("h3", {}, title), el("ul", { id }, lines.map((line) => el("li", {}, line)))] : [];
}

async function showRun(runId) {
  const body = clear(document.getElementById("forecast-body"));
  const run = await api(`/api/forecast/runs/${encodeURIComponent(runId)}`);
  if (!run.summary) {
    add(body, el("p", { class: "muted" }, `This run is ${run.status}: ${run.finished_chunks} of ${run.n_chunks} parts are done. `
      + "An interrupted run can be finished with accord forecast --resume and its id."));
    return;
  }
  const s = run.summary;
  const L = run.labels;
  add(body,
    el("p", { id: "forecast-headline" }, el("strong", {}, `Chance of a first deal within ${plural(s.horizon_days, "day")}: ${pct(s.p_deal_by_horizon)}`),
      ` (95% interval ${pct(s.p_deal_band[0])} to ${pct(s.p_deal_band[1])})`,
      s.median_days_to_deal ? `; half of the runs reach a deal within ${plural(s.median_days_to_deal, "day")}` : "",
      `. Of the deals, ${pct(s.implementation.completed)} are carried out in full and ${pct(s.implementation.collapsed)} collapse at a phase boundary.`),
    el("p", { class: "muted" }, `${number(s.runs)} simulated runs · seed ${run.seed} · ${humanize(run.config.protocol || "mediated")} protocol · started ${run.created_at.replace("T", " ")} · accord ${run.code_version}`),
    el("p", { class: "muted", id: "forecast-sample" }, `${run.notes.sample.join("; ")}.`),
    ...notesList("Calibration to the record", "forecast-calibration", run.notes.calibration),
    ...notesList("Scheduled events, interim state and factions", "forecast-outside",
      [...run.notes.scheduled, ...run.notes.interim, ...run.notes.factions]),
    ...notesList("Mediators' levers", "forecast-mediation", run.notes.mediation || []),
    el("div", { id: "forecast-curve", class: "plot", role: "img", "aria-label": "chance of a first deal by date; its data is in the table below" }),
    el("h3", {}, "Outcomes by the horizon"),
    table(Object.entries(s.outcomes), [
      { label: "outcome", value: ([k]) => L.outcomes[k] || humanize(k) },
      { label: "unit", value: ([k]) => L.units[k] || "" },
      { label: "mean", value: ([, d]) => number(d.mean) },
      { label: "5th percentile", value: ([, d]) => number(d.p5) },
      { label: "median", value: ([, d]) => number(d.p50) },
      { label: "95th percentile", value: ([, d]) => number(d.p95) },
    ], { class: "outcomes-table", "aria-label": "outcomes by the horizon" }, "This run recorded no outcomes.", "outcomes"),
    el("div", { id: "forecast-outcomes", class: "plot", role: "img", "aria-label": "distributions of outcomes; data in the table below" }),
    el("div", { id: "forecast-tornado", class: "plot", role: "img", "aria-label": "what moves the forecast; data in the table below" }));
  await plot(document.getElementById("forecast-curve"), run.figures.curve, [], { title: "chance of a first deal by date", ratio: 0.9 });
  await plot(document.getElementById("forecast-outcomes"), run.figures.outcomes, [], { title: "outcomes", ratio: 0.8 });
  const tornado = run.figures.tornado;
  if (document.getElementById("forecast-tornado").clientWidth < 640) tornado.layout.margin = { ...tornado.layout.margin, l: 150 };
  await plot(document.getElementById("forecast-tornado"), tornado, [], { title: "what moves the forecast", ratio: 1.1 });
  document.body.dataset.forecastRun = run.id;
}

function runsList(runs) {
  const box = clear(document.getElementById("forecast-runs"));
  if (!runs.length) { add(box, el("p", { class: "muted", id: "no-runs" }, "No forecast is stored for this scenario yet: start one above.")); return; }
  const select = el("select", { id: "forecast-run-picker",
    on: { change: (e) => showRun(e.target.value).catch(showError) } },
    runs.map((r) => el("option", { value: r.id },
      `${r.created_at.replace("T", " ")} · ${number(r.config.runs)} runs over ${plural(r.config.horizon, "day")}, seed ${r.seed}${r.config.calibrate ? " · calibrated" : ""}${r.config.levers === false ? " · no levers" : ""} · ${r.status}`)));
  add(box, el("label", {}, "Stored runs ", select));
}

function showJob(job) {
  const bar = document.getElementById("forecast-bar");
  const label = document.getElementById("forecast-status");
  bar.max = job.runs_total || 1;
  bar.value = job.runs_done || 0;
  bar.setAttribute("aria-valuetext", `${number(job.runs_done)} of ${number(job.runs_total)} runs`);
  if (job.status === "queued") label.textContent = "waiting for the forecast before it to finish…";
  else if (job.status === "running") {
    const eta = job.eta_seconds !== null && job.eta_seconds !== undefined ? `, about ${seconds(job.eta_seconds)} left` : ", estimating the time left…";
    label.textContent = `running: ${number(job.runs_done)} of ${number(job.runs_total)} runs${job.runs_done ? eta : " (preparing the simulation)"}`;
  }
}

async function poll(jobId) {
  const job = await api(`/api/forecast/jobs/${encodeURIComponent(jobId)}`);
  st.job = job;
  showJob(job);
  const label = document.getElementById("forecast-status");
  const done = ["done", "failed", "cancelled"].includes(job.status);
  document.getElementById("forecast-start").disabled = !done;
  document.getElementById("forecast-cancel").hidden = done;
  if (job.status === "done") {
    const runs = await api(`/api/scenarios/${encodeURIComponent(st.scenario)}/forecast/runs`);
    runsList(runs);
    document.getElementById("forecast-run-picker").value = job.run_id;
    await showRun(job.run_id);
    // "done" once the new run is on screen, not while an earlier one is still shown
    label.textContent = `done in ${seconds(job.seconds)}`;
    return;
  }
  if (job.status === "failed") { label.textContent = `failed: ${job.error}`; return; }
  if (job.status === "cancelled") { label.textContent = `cancelled after ${seconds(job.seconds)}; the finished part is stored`; return; }
  st.polling = setTimeout(() => poll(jobId).catch(showError), 300);
}

async function start(form) {
  const data = new FormData(form);
  const body = { runs: Number(data.get("runs")), horizon: Number(data.get("horizon")), seed: Number(data.get("seed")),
    levers: data.get("levers") === "on" };
  if (data.get("calibrate") === "on") {
    Object.assign(body, { calibrate: true, replay: data.get("replay"), red_line_clock: data.get("red_line_clock") });
  }
  document.getElementById("forecast-start").disabled = true;
  try {
    const job = await api(`/api/scenarios/${encodeURIComponent(st.scenario)}/forecast/runs`, { json: body });
    document.getElementById("forecast-cancel").hidden = false;
    await poll(job.id);
  } catch (err) {
    document.getElementById("forecast-start").disabled = false;
    showError(err);
  }
}

async function cancel() {
  if (!st.job) return;
  try {
    await api(`/api/forecast/jobs/${encodeURIComponent(st.job.id)}`, { method: "DELETE" });
  } catch (err) {
    showError(err);
  }
}

// Calibration to the record (accord forecast --calibrate, --replay, --red-line-clock): the two
// choices only matter, and are only enabled, when the box is ticked.
function calibration() {
  const pick = (name, label, options, title) => el("label", { title }, `${label} `,
    el("select", { name, disabled: true }, ...options.map(([value, text]) => el("option", { value }, text))));
  const replay = pick("replay", "standstill replayed", [["back", "back to its start"], ["forward", "forward from the snapshot"], ["still", "with pressures held still"]],
    "how the days without a deal before the snapshot are replayed");
  const clock = pick("red_line_clock", "red lines counted from", [["stated", "their latest statement"], ["standstill", "the standstill's start"], ["snapshot", "the snapshot"]],
    "from when a red line's yield is counted (with the standstill replayed back)");
  const box = el("input", { type: "checkbox", name: "calibrate", id: "forecast-calibrate", on: { change: () => {
    for (const s of [replay, clock]) s.querySelector("select").disabled = !box.checked;
  } } });
  return el("fieldset", { class: "calibration-choice" },
    el("label", { title: "keep only the draws consistent with the record before the snapshot: the standstill and the reported responses to proposals" },
      box, " calibrate to the record"), replay, clock);
}

export async function renderForecast(scenarioId) {
  st.scenario = scenarioId;
  if (st.polling) clearTimeout(st.polling);
  const controls = clear(document.getElementById("forecast-controls"));
  clear(document.getElementById("forecast-body"));
  const num = (name, value, min, max, label) => el("label", {}, `${label} `,
    el("input", { type: "number", name, value, min, max, required: true, class: "num" }));
  const form = el("form", { id: "forecast-form", class: "filters", on: { submit: (e) => { e.preventDefault(); start(form); } } },
    num("runs", 20000, 100, 1000000, "runs"), num("horizon", 365, 7, 1095, "horizon (days)"), num("seed", 0, 0, 2147483647, "seed"),
    calibration(),
    // accord forecast --levers/--no-levers: ticked, as on the command line
    el("label", { title: "each mediator pulls the lever the analysis chooses for it (pressure, aid, suspension or a guarantee); untick to see the forecast without them" },
      el("input", { type: "checkbox", name: "levers", id: "forecast-levers", checked: true }), " mediators use their levers"),
    el("button", { type: "submit", class: "primary", id: "forecast-start" }, "Start a new forecast"),
    el("button", { type: "button", id: "forecast-cancel", hidden: true, on: { click: cancel } }, "Cancel"),
    el("progress", { id: "forecast-bar", value: 0, max: 1, "aria-label": "forecast progress" }),
    el("span", { id: "forecast-status", class: "muted", role: "status", "aria-live": "polite" }));
  add(controls, form, el("div", { id: "forecast-runs" }));
  const runs = await api(`/api/scenarios/${encodeURIComponent(scenarioId)}/forecast/runs`);
  runsList(runs);
  const done = runs.find((r) => r.status === "done");
  if (done) {
    document.getElementById("forecast-run-picker").value = done.id;
    await showRun(done.id);
  }
}
