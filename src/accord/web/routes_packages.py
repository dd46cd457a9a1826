"""Saved packages: the deal explorer keeps named packages per scenario in the store folder."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request, Response

from accord.analysis import compile_scenario, evaluate_phases
from accord.web import keep
from accord.web.routes_scenarios import registry
from accord.web.schemas import BODY_ERRORS, SavedPackageIn, ScenarioId

router = APIRouter(prefix="/api/scenarios/{scenario_id}/packages", tags=["packages"])

PackageId = Annotated[
    str, Path(pattern=r"^[a-z0-9][a-z0-9_-]{0,79}$", description="a saved package's id")
]


@router.get("", summary="Packages saved for a scenario")
def get_packages(request: Request, scenario_id: ScenarioId) -> list[dict[str, Any]]:
    registry(request).get(scenario_id)
    return keep.list_packages(scenario_id)


@router.post(
    "",
    status_code=201,
    summary="Save a package under a name (replaces one of the same name)",
    responses=BODY_ERRORS,
)
def post_package(request: Request, scenario_id: ScenarioId, body: SavedPackageIn) -> dict[str, Any]:
    reg = registry(request)
    reg.get(scenario_id)
    # checked as the explorer evaluates it (known issues, levels and counts in range, penalties
    # of known parties): a saved package must load back into the explorer
    evaluate_phases(
        reg.cached(scenario_id, "compiled", compile_scenario),
        body.phase_dicts(),
        body.guarantor_penalty,
    )
    return keep.save_package(scenario_id, body.model_dump())


@router.get("/{package_id}", summary="One saved package")
def get_package(scenario_id: ScenarioId, package_id: PackageId) -> dict[str, Any]:
    return keep.get_package(scenario_id, package_id)


@router.delete("/{package_id}", status_code=204, summary="Delete a saved package")
def delete_package(scenario_id: ScenarioId, package_id: PackageId) -> Response:
    keep.delete_package(scenario_id, package_id)
    return Response(status_code=204)
