"""Request bodies of the JSON API, validated at the edge (pydantic) with clear 422s."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path as PathParam
from pydantic import BaseModel, ConfigDict, Field

MAX_SCENARIO_BYTES = 2_000_000

ScenarioId = Annotated[
    str,
    PathParam(
        pattern=r"^[a-z0-9][a-z0-9_\-]{0,99}$",
        description="a scenario id, e.g. labour-2026-03 (see GET /api/scenarios)",
    ),
]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ScenarioUpload(Body):
    """A scenario file's YAML text, as a user loaded it in the page or a script sends it."""

    filename: str = Field(
        default="upload.yaml",
        min_length=1,
        max_length=200,
        pattern=r"^[^\x00-\x1f/\\]+$",
        description="shown in error messages",
    )
    text: str = Field(min_length=1, max_length=MAX_SCENARIO_BYTES, description="the YAML text")


Term = str | float | dict[str, float]


class PhaseIn(Body):
    """One phase of a package: the state of each issue it sets, by the phase's end."""

    name: str = Field(default="phase", max_length=100)
    terms: dict[str, Term] = Field(
        default_factory=dict,
        max_length=100,
        description="issue id -> level name, number or {category: count}",
    )
    condition: str | None = Field(default=None, max_length=500)


class PackageIn(Body):
    """A package for the deal explorer: phases (cumulative terms) and guarantor penalties."""

    phases: list[PhaseIn] = Field(min_length=1, max_length=12)
    guarantor_penalty: dict[str, float] = Field(
        default_factory=dict,
        max_length=50,
        description="party -> extra utility lost by walking away at a phase boundary",
    )

    def phase_dicts(self) -> list[dict[str, object]]:
        return [p.model_dump() for p in self.phases]


class DocumentIn(Body):
    """An article to add to the evidence store; its text is kept and shown as plain text."""

    name: str = Field(
        min_length=1,
        max_length=200,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$",
        description="document name: letters, digits, '.', '_', ':', '-'",
    )
    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(default=None, max_length=500)
    outlet: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(
        default=None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="ISO date, if known"
    )


class ForecastIn(Body):
    """A forecast to start from the page: how many runs, over how many days, which protocol."""

    runs: int = Field(default=20_000, ge=100, le=1_000_000)
    horizon: int = Field(default=365, ge=7, le=1095, description="days")
    seed: int = Field(default=0, ge=0, le=2**31 - 1)
    protocol: str = Field(default="mediated", pattern=r"^[a-z_]+$")


class SavedPackageIn(PackageIn):
    """A package to keep under a name (the deal explorer's "Save package")."""

    name: str = Field(
        min_length=1,
        max_length=80,
        pattern=r"^[^\x00-\x1f]+$",
        description="shown in the explorer's list of starting points",
    )
