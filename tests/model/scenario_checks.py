"""What validating a scenario's data reports: its whole-scenario problems, as text."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from accord.model import Scenario, ScenarioInconsistent


def problems(data: dict) -> list[str]:
    with pytest.raises(ValidationError) as info:
        Scenario.model_validate(data)
    inner = [e["ctx"]["error"] for e in info.value.errors() if "ctx" in e]
    assert inner and isinstance(inner[0], ScenarioInconsistent), info.value
    return [str(p) for p in inner[0].problems]
