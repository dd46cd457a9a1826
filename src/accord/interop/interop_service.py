"""The library calls behind ``accord import genius``: import and/or analyse folder sets."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from accord.errors import InteropError
from accord.interop.convert import genius_to_scenario, slug
from accord.interop.genius import read_domain
from accord.interop.genius_analysis import analyse_genius_set
from accord.interop.genius_folder import GeniusSet
from accord.interop.genius_profile import read_profile


def import_sets(
    sets: Sequence[GeniusSet],
    output: str | Path | None,
    *,
    analyze: bool = False,
    check_reference: bool = False,
    real_levels: int = 11,
    ignore_discount: bool = False,
    date: dt.date | None = None,
    scenario_id: str | None = None,
) -> list[dict[str, Any]]:
    """Write each set as a scenario (when ``output`` is given) and/or analyse it.

    With several sets ``output`` is a folder and each scenario is written to
    ``<output>/<domain>.yaml``. Returns one summary per set.
    """
    from accord.interop import write_scenario

    if output is not None and len(sets) > 1:
        out_dir = Path(output)
        if out_dir.suffix in (".yaml", ".yml"):
            raise InteropError(
                f"the folder holds {len(sets)} domains ({', '.join(s.domain.name for s in sets)}): "
                "give -o a folder to write one scenario each, or choose one with --variant"
            )
        if scenario_id is not None:
            raise InteropError("--id names one scenario; with several variants leave it out")
    results = []
    for s in sets:
        summary: dict[str, Any] = {"name": s.name, "domain": str(s.domain)}
        if output is not None:
            domain = read_domain(s.domain, real_levels=real_levels)
            profiles = [
                read_profile(p, domain, ignore_discount=ignore_discount) for p in s.profiles
            ]
            changes: list[str] = []
            scenario = genius_to_scenario(
                domain, profiles, date=date, scenario_id=scenario_id, changes=changes
            )
            into_folder = (
                len(sets) > 1 or Path(output).is_dir() or str(output).endswith(("/", "\\"))
            )
            path = (
                Path(output) / f"{slug(s.domain.stem, '-')}.yaml" if into_folder else Path(output)
            )
            write_scenario(scenario, path)
            summary.update(
                scenario=scenario.id,
                file=str(path),
                parties=[p.id for p in scenario.parties],
                issues=[i.id for i in scenario.issues],
                outcomes=math.prod(len(i.ordered_levels) for i in scenario.issues),
                discount_factors={p.id: p.discount_factor for p in scenario.parties},
                disagreement=scenario.disagreement.value,
                warnings=[w for p in profiles for w in p.warnings],
                scenario_changes=changes,
            )
        if analyze or check_reference:
            a = analyse_genius_set(s, real_levels=real_levels, check_reference=check_reference)
            summary["analysis"] = a.to_dict()
            summary.setdefault("warnings", a.warnings)
        results.append(summary)
    return results
