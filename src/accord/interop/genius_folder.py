"""What a folder of GENIUS files holds: domains, their profiles, a reference frontier.

GENIUS ships some domains as one folder with several variants -- ANAC 2012's
``Laptop-A-domain.xml`` with ``Laptop-A-prof1.xml`` … ``Laptop-C-prof2.xml``.
:func:`find_genius_sets` tells the files apart by their root element, gives
each profile to the domain whose name (less ``-domain``/``_domain``) begins
its own, and reads ``pareto.xml`` -- GENIUS's reference Pareto frontier, one
``u1, u2`` line per point (ANAC 2014) -- when there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from accord.errors import InteropError
from accord.interop.xmlsafe import read_xml

_DOMAIN_SUFFIX = re.compile(r"[-_ ]?domain$", re.IGNORECASE)


@dataclass(frozen=True)
class GeniusSet:
    """One negotiation a folder describes: a domain file, its profiles, GENIUS's frontier."""

    name: str
    domain: Path
    profiles: tuple[Path, ...]
    pareto: np.ndarray | None = None  # (k, 2) reference frontier, GENIUS's utilities
    notes: tuple[str, ...] = field(default=())


def _is_profile(root) -> bool:
    return (
        root.find("objective/issue/item[@evaluation]") is not None
        or root.find("objective/weight") is not None
        or root.find("objective/utility") is not None
        or root.find("objective/issue/evaluator") is not None
    )


def read_pareto(path: str | Path) -> tuple[np.ndarray | None, str | None]:
    """GENIUS's reference frontier from ``pareto.xml``, or ``None`` and why it was ignored."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return None, f"{path.name}: cannot read ({exc.strerror}); ignored"
    rows = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            rows.append([float(x) for x in line.replace(";", ",").split(",")])
        except ValueError:
            return None, (
                f"{path.name}: not a list of 'u1, u2' points (GENIUS's reference frontier); ignored"
            )
    if not rows or len({len(r) for r in rows}) != 1:
        return None, f"{path.name}: no frontier points; ignored"
    return np.array(rows), None


def find_genius_sets(folder: str | Path) -> list[GeniusSet]:
    """Every domain of ``folder`` with its profiles, in file-name order."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InteropError(f"{folder}: not a folder")
    domains: list[Path] = []
    profiles: list[Path] = []
    notes: list[str] = []
    pareto = None
    for path in sorted(folder.iterdir()):
        if path.name.lower() == "pareto.xml":
            pareto, why = read_pareto(path)
            if why:
                notes.append(why)
            continue
        if path.suffix.lower() != ".xml" or not path.is_file():
            continue
        root = read_xml(path).root
        if root.tag == "negotiation_template":
            domains.append(path)
        elif root.tag == "utility_space":
            (profiles if _is_profile(root) else domains).append(path)
        else:
            notes.append(
                f"{path.name}: root <{root.tag}> is neither a domain nor a profile; ignored"
            )
    if not domains:
        raise InteropError(
            f"{folder}: no GENIUS domain file (a <negotiation_template> or a "
            "<utility_space> without weights)"
        )
    keys = {d: _DOMAIN_SUFFIX.sub("", d.stem) for d in domains}
    owned: dict[Path, list[Path]] = {d: [] for d in domains}
    for p in profiles:
        if len(domains) == 1:
            owned[domains[0]].append(p)
            continue
        match = [d for d in domains if p.stem.startswith(keys[d])]
        if not match:
            raise InteropError(
                f"{folder}: profile {p.name} belongs to none of the domains "
                f"{', '.join(d.name for d in domains)} (its name starts with none of theirs); "
                "name the files explicitly"
            )
        owned[max(match, key=lambda d: len(keys[d]))].append(p)
    if pareto is not None and len(domains) > 1:
        notes.append(
            f"pareto.xml: {len(domains)} domains share the folder; the reference frontier is "
            "not given to any of them"
        )
    sets = []
    for d in domains:
        if len(owned[d]) < 2:
            raise InteropError(
                f"{folder}: domain {d.name} has {len(owned[d])} profile(s); a negotiation "
                "needs at least two"
            )
        sets.append(
            GeniusSet(
                name=d.stem if len(domains) > 1 else folder.name,
                domain=d,
                profiles=tuple(owned[d]),
                pareto=pareto if len(domains) == 1 else None,
                notes=tuple(notes),
            )
        )
    return sets


def find_genius_files(folder: str | Path, variant: str | None = None) -> tuple[Path, list[Path]]:
    """The domain file and the profile files of a folder (``variant`` names one of several)."""
    sets = find_genius_sets(folder)
    if variant is not None:
        chosen = [
            s
            for s in sets
            if variant in (s.name, s.domain.name, s.domain.stem)
            or _DOMAIN_SUFFIX.sub("", s.domain.stem).endswith(variant)
        ]
        if len(chosen) != 1:
            raise InteropError(
                f"{folder}: variant '{variant}' matches {len(chosen)} of the domains "
                f"{', '.join(s.domain.name for s in sets)}"
            )
        sets = chosen
    if len(sets) != 1:
        raise InteropError(
            f"{folder}: {len(sets)} GENIUS domains (variants "
            f"{', '.join(s.domain.name for s in sets)}); name one (CLI: --variant) or import each"
        )
    return sets[0].domain, list(sets[0].profiles)
