"""GENIUS's pareto.xml checked point by point against accord's exact frontier.

ANAC 2014's reference frontiers list utility pairs, no outcomes. For every
pair: an outcome with exactly those utilities exists under accord's reading
(so the file's numbers are ones accord's reading produces), and the pair is
either on accord's exact frontier or strictly dominated by a witness outcome.
The utilities of those outcomes are recomputed here from the XML with a few
lines of GENIUS's formula (``InclusiveHyperRectangle``: ``min <= v <= max``;
sum of the utilities of the rectangles holding the outcome, divided by
``maxutility``, capped at 1), independently of accord's reader.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from interop_reference import all_domain_folders
from typer.testing import CliRunner

from accord.cli import app
from accord.interop import analyse_genius

TOL = 1e-6  # pareto.xml prints single-precision floats


def genius_utility(profile: Path, domain: Path, outcome: dict[str, str]) -> float:
    """GENIUS's NonlinearUtilitySpace.getUtility for one outcome, from the files."""

    def parse(path: Path) -> ET.Element:
        return ET.fromstring(re.sub(r"<\?xml[^>]*\?>", "", path.read_text(encoding="utf-8")))

    number = {
        int(i.get("index")): i.get("name") for i in parse(domain).iter("issue")
    }  # Bound index -> issue (bid.getValue(index))
    root = parse(profile)
    util = root.find("objective/utility")
    total = 0.0
    for rect in util.iter("hyperRectangle"):
        bounds = rect.findall("INCLUDES")
        if all(
            int(b.get("min")) <= int(outcome[number[int(b.get("index"))]]) <= int(b.get("max"))
            for b in bounds
        ):
            total += float(rect.get("utility")) * float(rect.get("weight", "1"))
    return min(1.0, total / float(util.get("maxutility")))


def nonlinear_folders():
    chosen = [f for f in all_domain_folders() if "y2014" in f.parts]
    return [pytest.param(f, id=f.name) for f in chosen] or [
        pytest.param(None, marks=pytest.mark.skip(reason="shared GENIUS domains not found"))
    ]


@pytest.mark.slow
@pytest.mark.parametrize("folder", nonlinear_folders())
def test_every_reference_point_is_realised_and_on_the_frontier_or_beaten(folder, checked_analysis):
    # analyse_genius_set(s, check_reference=True), computed once a session (conftest.py)
    s, a = checked_analysis(folder)
    points = a.reference_points
    assert points is not None and len(points) == len(s.pareto)

    def recomputed(outcome):
        return np.array([genius_utility(p, s.domain, outcome) for p in s.profiles])

    issues = [i.name for i in a.domain.issues]
    for p in points:
        ref = np.array(p.reference)
        # the file's pair is the utility of a real outcome under GENIUS's formula
        assert p.realised is not None, p.reference
        np.testing.assert_allclose(
            recomputed(dict(zip(issues, p.realised, strict=True))), ref, atol=TOL
        )
        assert p.status in ("on_frontier", "dominated"), p.reference
        if p.status == "on_frontier":
            assert (np.abs(a.frontier - ref) <= TOL).all(axis=1).any()
            continue
        w = recomputed(dict(zip(issues, p.witness, strict=True)))
        np.testing.assert_allclose(w, p.witness_utilities, atol=1e-12)
        assert (w >= ref - TOL).all() and (w > ref + TOL).any(), (p.reference, w)
    assert a.to_dict()["reference_check"]["summary"]["beyond"] == 0


DOMAIN = """<negotiation_template><utility_space><objective index="0" name="toy">
<issue index="1" etype="discrete" name="A"><item index="1" value="a1"/><item index="2" value="a2"/></issue>
<issue index="2" etype="discrete" name="B"><item index="1" value="b1"/><item index="2" value="b2"/></issue>
</objective></utility_space></negotiation_template>
"""
PROFILE = """<utility_space><objective index="0" name="toy">
<issue index="1" etype="discrete" name="A"><item index="1" value="a1" evaluation="{a1}"/><item index="2" value="a2" evaluation="{a2}"/></issue>
<issue index="2" etype="discrete" name="B"><item index="1" value="b1" evaluation="{b1}"/><item index="2" value="b2" evaluation="{b2}"/></issue>
<weight index="1" value="0.5"/><weight index="2" value="0.5"/>
</objective></utility_space>
"""


def toy(tmp_path: Path) -> tuple[Path, list[Path]]:
    d = tmp_path / "toy-domain.xml"
    d.write_text(DOMAIN)
    p1, p2 = tmp_path / "toy-prof1.xml", tmp_path / "toy-prof2.xml"
    p1.write_text(PROFILE.format(a1=1, a2=0, b1=1, b2=0.5))
    p2.write_text(PROFILE.format(a1=0, a2=1, b1=0, b2=1))
    # outcomes (a1b1, a1b2, a2b1, a2b2): (1, 0), (0.75, 0.5), (0.5, 0.5), (0.25, 1)
    (tmp_path / "pareto.xml").write_text("1.0, 0.0\n0.5, 0.5\n0.3, 0.9\n")
    return d, [p1, p2]


def test_a_listed_domain_reference_check(tmp_path):
    d, profiles = toy(tmp_path)
    a = analyse_genius(d, profiles, pareto=tmp_path / "pareto.xml", check_reference=True)
    on, beaten, nowhere = a.reference_points
    assert (on.status, on.realised) == ("on_frontier", ("a1", "b1"))
    assert beaten.status == "dominated" and beaten.realised == ("a2", "b1")
    assert beaten.witness == ("a1", "b2") and beaten.witness_utilities == (0.75, 0.5)
    # (0.3, 0.9) is no outcome's pair, and (0.25, 1) does not dominate it: beyond
    assert nowhere.realised is None and nowhere.status == "beyond"
    summary = a.to_dict()["reference_check"]["summary"]
    assert summary["beyond"] == 1 and "not exact" in summary["verdict"]


def test_the_cli_prints_the_point_by_point_check(tmp_path):
    toy(tmp_path)
    r = CliRunner().invoke(app, ["import", "genius", str(tmp_path), "--check-reference"])
    assert r.exit_code == 0, r.output
    assert "pareto.xml, point by point" in r.output
    assert "dominated" in r.output and "a1 b2" in r.output  # the witness, labels spaced
    assert "0.75 / 0.5" in r.output
