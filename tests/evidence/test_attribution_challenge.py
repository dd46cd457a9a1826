"""A challenge set for attribution (issue 9): invented sentences and short snippets that vary
systematically over the attribution forms of news (PARC: cue, source, content), each with the
speaker (who made the statement) and the holder (whose position it is) a reader expects.

The first 100 cases (two batches) were written before the attribution code was read; the later
batches (ids c, d, e, f, g) after, still from the forms of news rather than from the code (the
transcript case f6 was lengthened to the three turns a transcript needs after its first, two-turn
version missed). All are in fictional wording: the people are
either officials the actor data already knows or invented ones (Avner Tal, Walid Sabri, Karim
Fahmy, Saad al-Kuwari, Laura Benning), so a case tests a construction, not a name list. The
contents are a few plain positions (a permanent ceasefire, a full withdrawal, the release of all
hostages, accepting or rejecting "the proposal") so that a miss is a miss of attribution.

Gold conventions (../shared/gold/README.md and the dev gold): the speaker is the person, or the
body, or the description of an unnamed source as first written (an office in full: "Benjamin
Netanyahu's office"); ``None`` when the text speaks of the party as a whole about its own position
("Hamas said it ..."); the party's name when it reports another party's position ("Hamas said
Israel ...").

Every case passes or is listed in ``KNOWN_MISSES`` with the reason (a strict xfail: a known miss
that starts passing fails the run, so the list stays true). ``test_accuracy_per_form`` prints the
accuracy per form (``pytest -s``) and holds the whole set to a floor. The cases are data, one a
line, in ``attribution_challenge.yaml`` beside this file.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

DAY = "2024-06-03"
DATA = Path(__file__).with_name("attribution_challenge.yaml")


@dataclass(frozen=True)
class Case:
    id: str
    form: str
    text: str
    holder: str
    issue: str
    stance: str
    speaker: str | None


CASES: list[Case] = [Case(**c) for c in yaml.safe_load(DATA.read_text(encoding="utf-8"))["cases"]]

# cases the extractor gets wrong today, each with the reason (strict: a fixed one fails the run)
KNOWN_MISSES: dict[str, str] = {
    "g5": "claim side: 'accused X of refusing a permanent ceasefire' is read as no claim at all "
    "(the holder and speaker rules are not reached)",
    "f3": "a headline in title case is parsed as one noun phrase ('Hamas Rejects Proposal' the "
    "subject of 'Says'); its source after the comma is not found",
}


@cache
def _outcome(case: Case) -> tuple[bool, bool, str | None]:
    """(the claim was found, its speaker is right, the speaker found)."""
    ex = extract_document(Document(name="c.txt", text=case.text, published=DAY))
    found = [
        c
        for c in ex.claims
        if (c.actor, c.issue, c.stance) == (case.holder, case.issue, case.stance)
    ]
    if not found:
        return False, False, None
    return True, any(c.speaker == case.speaker for c in found), found[0].speaker


def _params() -> list[object]:
    out: list[object] = []
    for case in CASES:
        marks = []
        if case.id in KNOWN_MISSES:
            marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[case.id], strict=True))
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


def test_the_set_is_large_and_ids_are_unique() -> None:
    assert len(CASES) >= 60
    assert len({c.id for c in CASES}) == len(CASES)
    assert set(KNOWN_MISSES) <= {c.id for c in CASES}
    assert len({c.form for c in CASES}) >= 15


@pytest.mark.parametrize("case", _params())
def test_challenge_case(case: Case) -> None:
    found, right, got = _outcome(case)
    assert found, f"no {case.holder}/{case.issue}/{case.stance} claim read"
    assert right, f"speaker {got!r}, expected {case.speaker!r}"


def test_accuracy_per_form() -> None:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for case in CASES:
        found, right, _ = _outcome(case)
        row = per[case.form]
        row[0] += 1
        row[1] += found
        row[2] += right
    total = [sum(r[i] for r in per.values()) for i in range(3)]
    print(f"\n{'form':28} cases  claim  speaker")
    for form, (n, f, r) in per.items():
        print(f"{form:28} {n:5} {f:6} {r:8}")
    print(f"{'all':28} {total[0]:5} {total[1]:6} {total[2]:8}  accuracy {total[2] / total[0]:.3f}")
    # every case not listed as a known miss passes (test_challenge_case); the floor follows
    assert total[2] >= len(CASES) - len(KNOWN_MISSES)
