"""Scenario routes: list, upload, and the scenario's own data (positions, ledger, sources).

Each route parses its input, calls one library function and returns its JSON.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from accord.report import views
from accord.report.sources import source_text
from accord.web.registry import Registry
from accord.web.schemas import BODY_ERRORS, HTML_ROUTE_ERRORS, ScenarioId, ScenarioUpload
from accord.web.workers import parse_task, report_task

router = APIRouter(prefix="/api", tags=["scenarios"])


def registry(request: Request) -> Registry:
    return request.app.state.registry  # type: ignore[no-any-return]


@router.get("/scenarios", summary="Scenarios on offer (built-in and uploaded)")
def list_scenarios(request: Request) -> list[dict[str, Any]]:
    return registry(request).ids()


@router.post(
    "/scenarios",
    status_code=201,
    summary="Upload a scenario file (YAML text)",
    responses=BODY_ERRORS,
)
def upload_scenario(request: Request, body: ScenarioUpload) -> dict[str, Any]:
    """Validate the YAML like `accord` validates a file; 422 lists each problem with its line."""
    pool = request.app.state.workers
    scenario = registry(request).upload(
        body.text,
        body.filename,
        parse=lambda text, name: pool.run("checking the scenario", parse_task, text, name),
    )
    return views.scenario_summary(scenario)


@router.get("/scenarios/{scenario_id}", summary="Title, date, parties, sources, proposals")
def get_scenario(request: Request, scenario_id: ScenarioId) -> dict[str, Any]:
    return registry(request).cached(scenario_id, "summary", views.scenario_summary)


@router.get("/scenarios/{scenario_id}/positions", summary="Positions matrix: parties x issues")
def get_positions(request: Request, scenario_id: ScenarioId) -> dict[str, Any]:
    """Each cell: stated position, ideal, red line, weight, and its evidence or assumption."""
    return registry(request).cached(scenario_id, "positions", views.positions_matrix)


@router.get("/scenarios/{scenario_id}/ledger", summary="The scenario's counts ledger")
def get_ledger(request: Request, scenario_id: ScenarioId) -> list[dict[str, Any]]:
    return registry(request).cached(scenario_id, "ledger", views.ledger_view)


@router.get("/sources/{name}", tags=["evidence"], summary="Text of a source document")
def get_source(request: Request, name: str) -> dict[str, Any]:
    """From the store or the corpus folder only; any other path is refused (400/404)."""
    cfg = request.app.state.config
    return source_text(name, corpus=cfg.corpus, db_path=None)


@router.get(
    "/scenarios/{scenario_id}/report",
    response_class=HTMLResponse,
    summary="The report to forward: executive summary, then the detail (one HTML file)",
    responses=HTML_ROUTE_ERRORS,
)
def get_report(
    request: Request,
    scenario_id: ScenarioId,
    relax: Annotated[list[str], Query(max_length=20)] = [],  # noqa: B006  (FastAPI copies it)
) -> HTMLResponse:
    """Built in a worker process, like `accord report`; charts embedded, opens offline."""
    scenario = registry(request).get(scenario_id)
    html = request.app.state.workers.run("the report", report_task, scenario, sorted(set(relax)))
    return HTMLResponse(
        html,
        headers={"Content-Disposition": f'inline; filename="accord-report-{scenario_id}.html"'},
    )
