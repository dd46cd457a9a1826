"""Analysis routes: the agreement space, its plot, and the deal explorer's evaluate.

The analysis of a scenario runs in a worker process (:mod:`accord.web.workers`)
with a time and memory limit, once per relaxation; its result is cached per
scenario (see :class:`~accord.web.registry.Registry`). ``evaluate`` costs one
package evaluation per slider move and runs in the server.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from accord.analysis import compile_scenario, evaluate_phases
from accord.report import views
from accord.web.routes_scenarios import registry
from accord.web.schemas import BODY_ERRORS, PackageIn, ScenarioId
from accord.web.workers import analysis_task

router = APIRouter(prefix="/api/scenarios/{scenario_id}", tags=["analysis"])

Relax = Annotated[
    list[str],
    Query(max_length=20, description="lift red lines (party.issue) or fallbacks (party.fallback)"),
]


def _analysis(request: Request, scenario_id: str, relax: list[str]) -> dict[str, Any]:
    """The analysis view and figure, computed once per relaxation in a worker process."""
    chosen = sorted(set(relax))
    key = "analysis:" + ",".join(chosen)
    pool = request.app.state.workers
    return registry(request).cached(
        scenario_id, key, lambda s: pool.run("the analysis", analysis_task, s, chosen)
    )


@router.get("/analysis", summary="Agreement space, solutions, deadlock diagnosis, recommendation")
def get_analysis(request: Request, scenario_id: ScenarioId, relax: Relax = []) -> dict[str, Any]:  # noqa: B006
    """``Analysis.to_dict()`` plus ``summary`` (plain sentences), ``names`` and ``text`` (the
    scenario's words for ids) and ``explorer`` (each package in the explorer's format)."""
    return _analysis(request, scenario_id, relax)["view"]  # type: ignore[no-any-return]


@router.get("/analysis/figure", summary="Utility-space plot (Plotly JSON)")
def get_figure(request: Request, scenario_id: ScenarioId, relax: Relax = []) -> dict[str, Any]:  # noqa: B006
    return _analysis(request, scenario_id, relax)["figure"]  # type: ignore[no-any-return]


@router.get("/explorer", summary="Deal explorer controls and starting packages")
def get_explorer(request: Request, scenario_id: ScenarioId) -> dict[str, Any]:
    return registry(request).cached(scenario_id, "explorer", views.explorer_setup)


@router.post(
    "/evaluate",
    summary="Evaluate a package: utilities, red lines, chance of completion",
    response_class=Response,
    responses={200: {"content": {"application/json": {}}}, **BODY_ERRORS},
)
async def evaluate(request: Request, scenario_id: ScenarioId, body: PackageIn) -> Response:
    """Each party's final and expected utility, red-line verdicts and honour chances per phase
    boundary, and the chance that every phase is carried out."""
    # async: a few milliseconds of NumPy run on the event loop, skipping the thread-pool hop.
    reg = registry(request)
    key = body.model_dump_json()
    content = reg.evaluations.get(scenario_id, key)
    if content is None:
        compiled = reg.cached(scenario_id, "compiled", compile_scenario)
        result = evaluate_phases(compiled, body.phase_dicts(), body.guarantor_penalty)
        content = json.dumps(result.to_dict(), ensure_ascii=False).encode()
        reg.evaluations.put(scenario_id, key, content)
    return Response(content, media_type="application/json")
