"""Write value tables as GENIUS XML: one domain file and one profile per party.

Every issue is written as a ``discrete`` issue with one item per level, and
evaluations and weights with ``repr`` so reading the files back gives the same
floats. GENIUS (and NegMAS) read these files as they are.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from accord.errors import InteropError
from accord.interop.genius import GeniusDomain, GeniusProfile


def _comment(text: str) -> ET.Element[Any]:
    return ET.Comment(" " + text.replace("--", "- -") + " ")


def _objective(domain: GeniusDomain) -> ET.Element:
    return ET.Element(
        "objective",
        {
            "index": "0",
            "etype": "objective",
            "type": "objective",
            "description": "",
            "name": domain.name,
        },
    )


def _issue(k: int, name: str) -> ET.Element:
    return ET.Element(
        "issue",
        {
            "index": str(k),
            "etype": "discrete",
            "type": "discrete",
            "vtype": "discrete",
            "name": name,
        },
    )


def domain_xml(domain: GeniusDomain, notes: Sequence[str] = ()) -> str:
    root = ET.Element("negotiation_template")
    for note in notes:
        root.append(_comment(note))
    space = ET.SubElement(root, "utility_space", {"number_of_issues": str(len(domain.issues))})
    obj = _objective(domain)
    space.append(obj)
    for k, issue in enumerate(domain.issues, start=1):
        el = _issue(k, issue.name)
        for m, label in enumerate(issue.labels, start=1):
            ET.SubElement(el, "item", {"index": str(m), "value": label})
        obj.append(el)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode") + "\n"


def profile_xml(domain: GeniusDomain, profile: GeniusProfile, notes: Sequence[str] = ()) -> str:
    root = ET.Element("utility_space", {"number_of_issues": str(len(domain.issues))})
    for note in notes:
        root.append(_comment(note))
    obj = _objective(domain)
    root.append(obj)
    for k, (issue, table) in enumerate(zip(domain.issues, profile.values, strict=True), start=1):
        el = _issue(k, issue.name)
        for m, (label, v) in enumerate(zip(issue.labels, table, strict=True), start=1):
            ET.SubElement(
                el, "item", {"index": str(m), "value": label, "evaluation": repr(float(v))}
            )
        obj.append(el)
    for k, w in enumerate(profile.weights, start=1):
        ET.SubElement(obj, "weight", {"index": str(k), "value": repr(float(w))})
    ET.SubElement(root, "discount_factor", {"value": repr(float(profile.discount or 1.0))})
    ET.SubElement(root, "reservation", {"value": repr(float(profile.reservation))})
    ET.indent(root)
    return ET.tostring(root, encoding="unicode") + "\n"


def write_genius(
    domain: GeniusDomain,
    profiles: Sequence[GeniusProfile],
    out_dir: str | Path,
    notes: Sequence[str] = (),
) -> list[Path]:
    """Write ``<domain.source>`` and ``<profile.source>`` files into ``out_dir``; return their paths."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        paths = [out / domain.source]
        paths[0].write_text(domain_xml(domain, notes), encoding="utf-8")
        for prof in profiles:
            path = out / prof.source
            path.write_text(profile_xml(domain, prof), encoding="utf-8")
            paths.append(path)
    except OSError as exc:
        raise InteropError(f"cannot write GENIUS files to {out}: {exc.strerror or exc}") from None
    return paths
