"""Shared pydantic base: strict (unknown keys are errors) and immutable."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """Base of every model object: unknown keys are rejected, objects are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
