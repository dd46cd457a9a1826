"""Import and export of GENIUS/ANAC domains; the NegMAS adapter.

>>> from accord.interop import import_genius  # doctest: +SKIP
>>> scenario = import_genius("Laptop-C-domain.xml", ["Laptop-C-prof1.xml", "Laptop-C-prof2.xml"])  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

from accord.errors import InteropError
from accord.interop.convert import genius_to_scenario, scenario_to_genius, slug
from accord.interop.genius import (
    GeniusDomain,
    GeniusIssue,
    GeniusProfile,
    read_domain,
    utilities,
)
from accord.interop.genius_analysis import GeniusAnalysis, analyse_genius, analyse_genius_set
from accord.interop.genius_folder import GeniusSet, find_genius_files, find_genius_sets, read_pareto
from accord.interop.genius_profile import read_profile
from accord.interop.genius_write import write_genius
from accord.model import Scenario

__all__ = [
    "GeniusAnalysis",
    "analyse_genius",
    "analyse_genius_set",
    "ExportResult",
    "GeniusDomain",
    "GeniusIssue",
    "GeniusProfile",
    "GeniusSet",
    "export_genius",
    "find_genius_files",
    "find_genius_sets",
    "genius_to_scenario",
    "import_genius",
    "read_domain",
    "read_genius",
    "read_pareto",
    "read_profile",
    "scenario_to_genius",
    "scenario_yaml",
    "slug",
    "utilities",
    "write_scenario",
]


def read_genius(
    domain_path: str | Path,
    profile_paths: Sequence[str | Path],
    *,
    real_levels: int = 11,
    ignore_discount: bool = False,
) -> tuple[GeniusDomain, list[GeniusProfile]]:
    """Read a GENIUS domain file and its utility profiles into value tables."""
    domain = read_domain(domain_path, real_levels=real_levels)
    return domain, [read_profile(p, domain, ignore_discount=ignore_discount) for p in profile_paths]


def import_genius(
    domain_path: str | Path,
    profile_paths: Sequence[str | Path],
    *,
    real_levels: int = 11,
    ignore_discount: bool = False,
    date: dt.date | None = None,
    scenario_id: str | None = None,
) -> Scenario:
    """An accord scenario from a GENIUS domain and two or more profiles."""
    domain, profiles = read_genius(
        domain_path, profile_paths, real_levels=real_levels, ignore_discount=ignore_discount
    )
    return genius_to_scenario(domain, profiles, date=date, scenario_id=scenario_id)


@dataclass(frozen=True)
class ExportResult:
    domain: Path
    profiles: list[Path]
    notes_file: Path
    notes: list[str]


def export_genius(scenario: Scenario, out_dir: str | Path) -> ExportResult:
    """Write ``scenario`` as GENIUS XML into ``out_dir`` (single-phase projection).

    Writes ``<id>-domain.xml``, one ``<party>.xml`` per belligerent and
    ``EXPORT-NOTES.md`` saying what the projection leaves out.
    """
    domain, profiles, notes = scenario_to_genius(scenario)
    paths = write_genius(domain, profiles, out_dir, notes)
    notes_file = Path(out_dir) / "EXPORT-NOTES.md"
    body = f"# GENIUS export of `{scenario.id}`\n\n" + "".join(f"- {n}\n" for n in notes)
    try:
        notes_file.write_text(body, encoding="utf-8")
    except OSError as exc:
        raise InteropError(f"cannot write {notes_file}: {exc.strerror or exc}") from None
    return ExportResult(domain=paths[0], profiles=paths[1:], notes_file=notes_file, notes=notes)


def scenario_yaml(scenario: Scenario) -> str:
    """The scenario as YAML text that :func:`accord.scenarios.load_scenario` reads back."""
    data = scenario.model_dump(mode="json", exclude_defaults=True)
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[attr-defined,assignment]
    buf = io.StringIO()
    yaml.dump(data, buf)
    return buf.getvalue()


def write_scenario(scenario: Scenario, path: str | Path) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(scenario_yaml(scenario), encoding="utf-8")
    except OSError as exc:
        raise InteropError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
