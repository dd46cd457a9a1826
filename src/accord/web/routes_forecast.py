"""Forecast routes: stored runs with their charts, and starting a run with live progress."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request

from accord.report.forecast_views import list_runs, run_view
from accord.simulate import ForecastConfig
from accord.web.routes_scenarios import registry
from accord.web.schemas import BODY_ERRORS, ForecastIn, ScenarioId

router = APIRouter(prefix="/api", tags=["forecast"])

RunId = Annotated[str, Path(pattern=r"^[a-z0-9]{1,64}$", description="a run id from the runs list")]


@router.get("/scenarios/{scenario_id}/forecast/runs", summary="Stored forecast runs of a scenario")
def get_runs(request: Request, scenario_id: ScenarioId) -> list[dict[str, Any]]:
    registry(request).get(scenario_id)  # 404 for an unknown scenario
    return list_runs(scenario_id)


@router.post(
    "/scenarios/{scenario_id}/forecast/runs",
    status_code=202,
    summary="Start a forecast; poll the returned job for progress",
    responses=BODY_ERRORS,
)
def start_run(request: Request, scenario_id: ScenarioId, body: ForecastIn) -> dict[str, Any]:
    scenario = registry(request).get(scenario_id)
    config = ForecastConfig(
        scenario=scenario_id,
        runs=body.runs,
        horizon=body.horizon,
        seed=body.seed,
        protocol=body.protocol,
        calibrate=body.calibrate,
        replay=body.replay,
        red_line_clock=body.red_line_clock,
        levers=body.levers,
    )
    return request.app.state.jobs.submit(scenario, config)  # type: ignore[no-any-return]


@router.get("/forecast/jobs/{job_id}", summary="Progress of a forecast started from the page")
def get_job(request: Request, job_id: RunId) -> dict[str, Any]:
    return request.app.state.jobs.get(job_id)  # type: ignore[no-any-return]


@router.delete("/forecast/jobs/{job_id}", summary="Cancel a queued or running forecast")
def cancel_job(request: Request, job_id: RunId) -> dict[str, Any]:
    """Kills the job's worker process; the stored run is marked interrupted (resumable)."""
    return request.app.state.jobs.cancel(job_id)  # type: ignore[no-any-return]


@router.get("/forecast/runs/{run_id}", summary="A stored run: summary and charts (Plotly JSON)")
def get_run(run_id: RunId) -> dict[str, Any]:
    return run_view(run_id)
