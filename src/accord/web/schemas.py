"""Request bodies of the JSON API, validated at the edge (pydantic) with clear 422s."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path as PathParam
from pydantic import BaseModel, ConfigDict, Field

MAX_SCENARIO_BYTES = 2_000_000

ScenarioId = Annotated[
    str,
    PathParam(pattern=r"^[a-z0-9][a-z0-9_\-]{0,99}$",
              description="a scenario id, e.g. gaza-2025-03 (see GET /api/scenarios)"),
]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ScenarioUpload(Body):
    """A scenario file's YAML text, as a user loaded it in the page or a script sends it."""

    filename: str = Field(default="upload.yaml", min_length=1, max_length=200,
                          pattern=r"^[^\x00-\x1f/\\]+$", description="shown in error messages")
    text: str = Field(min_length=1, max_length=MAX_SCENARIO_BYTES, description="the YAML text")
