// Forecast: stored runs of the scenario (deal probability with its band, outcomes,
// tornado) and a button that starts a new run, with live progress.
import { add, api, clear, el, fmt, pct, showError, table } from "./dom.js";
import { plot } from "./space.js";

const st = { scenario: null, polling: null };

async function showRun(runId) {
  const body = clear(document.getElementById("forecast-body"));
  const run = await api(`/api/forecast/runs/${encodeURIComponent(runId)}`);
  if (!run.summary) {
    add(body, el("p", { class: "muted" }, `Run ${run.id} is ${run.status} (${run.finished_chunks} of ${run.n_chunks} chunks).`));
    return;
  }
  const s = run.summary;
  add(body, 
    el("p", { id: "forecast-headline" }, el("strong", {}, `Chance of a first deal within ${s.horizon_days} days: ${pct(s.p_deal_by_horizon)}`),
      ` (95% interval ${(100 * s.p_deal_band[0]).toFixed(1)}–${(100 * s.p_deal_band[1]).toFixed(1)}%)`,
      s.median_days_to_deal ? `; median time to a deal ${s.median_days_to_deal} days` : "",
      `. Of the deals, ${pct(s.implementation.completed)} are carried out in full, ${pct(s.implementation.collapsed)} collapse at a phase boundary.`),
    el("p", { class: "muted" }, `run ${run.id} · ${s.runs.toLocaleString()} runs · seed ${run.seed} · protocol ${run.config.protocol} · ${run.created_at} · accord ${run.code_version}`),
    el("div", { id: "forecast-curve", class: "plot" }),
    table(Object.entries(s.outcomes), [
      { label: "outcome by the horizon", value: ([k]) => k },
      { label: "mean", value: ([, d]) => fmt(d.mean, 1) },
      { label: "5th pct", value: ([, d]) => d.p5 },
      { label: "median", value: ([, d]) => d.p50 },
      { label: "95th pct", value: ([, d]) => d.p95 },
    ]),
    el("div", { id: "forecast-outcomes", class: "plot" }),
    el("div", { id: "forecast-tornado", class: "plot" }));
  await plot(document.getElementById("forecast-curve"), run.figures.curve);
  await plot(document.getElementById("forecast-outcomes"), run.figures.outcomes);
  await plot(document.getElementById("forecast-tornado"), run.figures.tornado);
  document.body.dataset.forecastRun = run.id;
}

function runsList(runs) {
  const box = document.getElementById("forecast-runs");
  clear(box);
  if (!runs.length) { add(box, el("p", { class: "muted", id: "no-runs" }, "No forecast stored for this scenario yet: start one.")); return; }
  const select = el("select", { id: "forecast-run-picker", "aria-label": "stored run",
    on: { change: (e) => showRun(e.target.value).catch(showError) } },
    runs.map((r) => el("option", { value: r.id }, `${r.created_at} · ${r.config.runs.toLocaleString()} runs, ${r.config.horizon} days, seed ${r.seed} · ${r.status}`)));
  add(box, el("label", {}, "Stored runs ", select));
}

async function poll(jobId) {
  const bar = document.getElementById("forecast-bar");
  const label = document.getElementById("forecast-status");
  const job = await api(`/api/forecast/jobs/${encodeURIComponent(jobId)}`);
  bar.max = job.chunks_total || 1;
  bar.value = job.chunks_done;
  label.textContent = `${job.status}: ${job.chunks_done} of ${job.chunks_total} chunks`;
  if (job.status === "done") {
    document.getElementById("forecast-start").disabled = false;
    label.textContent = `done in ${job.seconds.toFixed(1)} s`;
    const runs = await api(`/api/scenarios/${encodeURIComponent(st.scenario)}/forecast/runs`);
    runsList(runs);
    document.getElementById("forecast-run-picker").value = job.run_id;
    await showRun(job.run_id);
    return;
  }
  if (job.status === "failed") {
    document.getElementById("forecast-start").disabled = false;
    label.textContent = `failed: ${job.error}`;
    return;
  }
  st.polling = setTimeout(() => poll(jobId).catch(showError), 300);
}

async function start(form) {
  const data = new FormData(form);
  const body = { runs: Number(data.get("runs")), horizon: Number(data.get("horizon")), seed: Number(data.get("seed")) };
  document.getElementById("forecast-start").disabled = true;
  try {
    const job = await api(`/api/scenarios/${encodeURIComponent(st.scenario)}/forecast/runs`, { json: body });
    await poll(job.id);
  } catch (err) {
    document.getElementById("forecast-start").disabled = false;
    showError(err);
  }
}

export async function renderForecast(scenarioId) {
  st.scenario = scenarioId;
  if (st.polling) clearTimeout(st.polling);
  const controls = clear(document.getElementById("forecast-controls"));
  clear(document.getElementById("forecast-body"));
  const num = (name, value, min, max, label) => el("label", {}, `${label} `,
    el("input", { type: "number", name, value, min, max, required: true, style: "width:7rem" }));
  const form = el("form", { id: "forecast-form", class: "filters", on: { submit: (e) => { e.preventDefault(); start(form); } } },
    num("runs", 20000, 100, 1000000, "runs"), num("horizon", 365, 7, 1095, "horizon (days)"), num("seed", 0, 0, 2147483647, "seed"),
    el("button", { type: "submit", class: "primary", id: "forecast-start" }, "Start a new forecast"),
    el("progress", { id: "forecast-bar", value: 0, max: 1 }), el("span", { id: "forecast-status", class: "muted" }));
  add(controls, form, el("div", { id: "forecast-runs" }));
  const runs = await api(`/api/scenarios/${encodeURIComponent(scenarioId)}/forecast/runs`);
  runsList(runs);
  const done = runs.find((r) => r.status === "done");
  if (done) {
    document.getElementById("forecast-run-picker").value = done.id;
    await showRun(done.id);
  }
}
