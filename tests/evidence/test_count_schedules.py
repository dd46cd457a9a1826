"""Invented schedules, lists and coordinations: the role of a count from its context.

A verbless list item or "Label: N ..." line takes the role of the sentence that introduces
the list (released, returned, held ..., planned or not); a number whose noun is left out
in a coordination or a comma series ("two on day 30 and four on day 60") takes the noun
and role of the count it is coordinated with; a noun that frames a release ("schedule",
"stages", "batches") makes its counts releases, planned when not past. Expectations follow
``shared/news/README.md`` ("Counts"): planned figures keep the released quantity, with
the mode ``planned`` and the announcement date. None is taken from an article; the
families were written before the extractor was run on them.
"""

from __future__ import annotations

from collections import Counter

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

R = "hostages_released"
P = "prisoners_released"
B = "bodies_returned"
T = "hostages_taken"
L = "hostages_held_living"
D = "hostages_held_dead"
OT = "other"
PL, AC = "planned", "actual"
PUB = "2025-05-31"

# (a) a list after a lead-in sentence: its verbless items continue the lead-in's action
LISTS = [
    (
        "According to the document, the movement proposed releasing 10 living hostages over 60 days.\n"
        "- Day 1: four living hostages.\n- Day 30: two living hostages.\n- Day 60: four living hostages.",
        [(R, 10, PL), (R, 4, PL), (R, 2, PL), (R, 4, PL)],
    ),
    (
        "Under the offer, the group would free eight hostages:\n"
        "• five living hostages\n• the bodies of three hostages",
        [(R, 8, PL), (R, 5, PL), (B, 3, PL)],
    ),
    (
        "The draft lays out the release in three phases:\n"
        "* Phase one: 33 hostages\n* Phase two: 60 hostages\n* Phase three: the bodies of 12 hostages",
        [(R, 33, PL), (R, 60, PL), (B, 12, PL)],
    ),
    (
        "The mediators' paper sets out the following exchanges:\n"
        "1. Nine living hostages in the first week\n2. Six living hostages on day 16\n",
        [(R, 9, PL), (R, 6, PL)],
    ),
    (
        "Over the week-long truce, the group released 105 hostages:\n"
        "- Day 1: 24 hostages\n- Day 2: 17 hostages\n- Day 3: 13 hostages",
        [(R, 105, AC), (R, 24, AC), (R, 17, AC), (R, 13, AC)],
    ),
    (
        "The movement would release 10 living hostages in five batches.\n"
        "Day 1: two living hostages\nDay 7: two living hostages\nDay 14: two living hostages",
        [(R, 10, PL), (R, 2, PL), (R, 2, PL), (R, 2, PL)],
    ),
    (
        "Under the proposal, hostages would be freed in three phases. "
        "Phase one: 33 hostages, including women and children. "
        "Phase two: the remaining living hostages.",
        [(R, 33, PL)],
    ),
    (
        "The group is due to hand over the bodies of four hostages on Thursday:\n"
        "- first handover: two bodies\n- second handover: two bodies",
        [(B, 4, PL), (B, 2, PL), (B, 2, PL)],
    ),
]

# lists that continue no release: their items keep their own role
LIST_CONTROLS = [
    (
        "According to the army, the group still holds:\n"
        "- 20 living hostages\n- the bodies of 35 hostages",
        [(L, 20, AC), (D, 35, AC)],
    ),
    (
        "Key figures from the ministry:\n- 1,200 people killed\n- 251 hostages taken",
        [(OT, 1200, AC), (T, 251, AC)],
    ),
    (
        "The movement proposed releasing 10 living hostages.\n\n"
        "The army says the enclave still holds 20 living hostages.",
        [(R, 10, PL), (L, 20, AC)],
    ),
    (
        "The group freed four hostages on Saturday.\n- Two hostages were killed in an air strike.",
        [(R, 4, AC), ("hostages_killed_in_captivity", 2, AC)],
    ),
]

# fact boxes: the label names the role
BOXES = [
    (
        "Hostages released so far: 33\nHostages still held: 59\nPrisoners freed: 1,737",
        [(R, 33, AC), (OT, 59, AC), (P, 1737, AC)],
    ),
    ("Living hostages still held: 20\nBodies still held: 35", [(L, 20, AC), (D, 35, AC)]),
]

# (b) a number whose noun is left out takes the noun and role of its coordinated count
ELIDED = [
    (
        "Release schedule: four living hostages on the first day, two on day 30 and four on day 60.",
        [(R, 4, PL), (R, 2, PL), (R, 4, PL)],
    ),
    (
        "Under the plan, 10 living hostages would be released in two stages, "
        "with eight freed on the first day.",
        [(R, 10, PL), (R, 8, PL)],
    ),
    (
        "The draft would see eight hostages freed on day one, two on day 50 and the rest later.",
        [(R, 8, PL), (R, 2, PL)],
    ),
    ("The group released three hostages on Saturday and two on Sunday.", [(R, 3, AC), (R, 2, AC)]),
    (
        "The exchange timetable: 33 hostages in the first phase, 60 in the second.",
        [(R, 33, PL), (R, 60, PL)],
    ),
    (
        "The bodies of four hostages were returned on Thursday and two on Friday.",
        [(B, 4, AC), (B, 2, AC)],
    ),
]

# not elided: each number has its own noun, or is no count
ELIDED_CONTROLS = [
    ("The group released four women and three children on Friday.", [(R, 4, AC), (R, 3, AC)]),
    (
        "Two hostages were freed on Monday and 12 people were killed in strikes.",
        [(R, 2, AC), (OT, 12, AC)],
    ),
    ("Israel says 20 living hostages remain in the enclave.", [(L, 20, AC)]),
]

# (c) a noun that frames a release: its counts are releases, planned when not past
FRAMES = [
    ("The release schedule foresees 33 hostages in the first phase.", [(R, 33, PL)]),
    (
        "The stages of the handover: eight living hostages on day one and two on day 50.",
        [(R, 8, PL), (R, 2, PL)],
    ),
    ("In the first stage of the truce, 24 hostages were released.", [(R, 24, AC)]),
    (
        "The first batch of 13 hostages crossed into the neighbouring state on Friday.",
        [(R, 13, AC)],
    ),
]

# a second set in other styles, written after the rules and run once before any change
MORE = [
    (
        "In return, the state would free 150 prisoners:\n"
        "• 100 prisoners serving life sentences\n• 50 women and minors",
        [(P, 150, PL), (P, 100, PL), (P, 50, PL)],
    ),
    (
        "The group would free 12 hostages over three weeks.\n"
        "* Week 1 – four hostages\n* Week 2 – four hostages\n* Week 3 – four hostages",
        [(R, 12, PL), (R, 4, PL), (R, 4, PL), (R, 4, PL)],
    ),
    (
        "The proposal lists two exchanges:\n1) three living hostages in the first week\n"
        "2) two living hostages in the second week",
        [(R, 3, PL), (R, 2, PL)],
    ),
    (
        "Bodies returned so far: 8\nLiving hostages freed in the first phase: 25",
        [(B, 8, AC), (R, 25, AC)],
    ),
    ("The state freed 30 prisoners on Monday and 40 on Tuesday.", [(P, 30, AC), (P, 40, AC)]),
    (
        "The group will release four hostages on Saturday, then three on the following Saturday.",
        [(R, 4, PL), (R, 3, PL)],
    ),
    (
        "Three hostages were freed in the first exchange, and another two in the second.",
        [(R, 3, AC), (R, 2, AC)],
    ),
    (
        "Schedule of the handover: three bodies on Thursday, four on Saturday.",
        [(B, 3, PL), (B, 4, PL)],
    ),
    ("The releases came in four batches, with 13 hostages in the first.", [(R, 13, AC)]),
    (
        "The army said 59 hostages remain, and 24 of them are alive.",
        [(OT, 59, AC), (L, 24, AC)],
    ),
    (
        "The group freed three hostages on Saturday.\nHe told reporters: 24 living hostages are still held.",
        [(R, 3, AC), (L, 24, AC)],
    ),
]

# controls written after the rules: lead-ins of another kind, series that are no elision
CONTROLS_AFTER = [
    (
        "The strike killed 19 people on Monday.\n- Still held: 20 living hostages",
        [(OT, 19, AC), (L, 20, AC)],
    ),
    (
        "The state has freed 1,000 prisoners since January, about 300 in the past week.",
        [(P, 1000, AC), (P, 300, AC)],
    ),
    ("The strike killed 19 people, 6 in the south.", [(OT, 19, AC), (OT, 6, AC)]),
    ("The state freed 30 prisoners, aged 16 to 19, on Friday.", [(P, 30, AC)]),
    (
        "Here is what we know:\n- 59 hostages remain in the enclave\n- 24 are believed alive",
        [(OT, 59, AC), (L, 24, AC)],
    ),
]

# planned releases in prose, written before the extractor was run on them
PROSE = [
    ("The proposal calls for the release of 10 living hostages.", [(R, 10, PL)]),
    (
        "The new offer envisages freeing 10 living hostages in exchange for a 60-day truce.",
        [(R, 10, PL)],
    ),
    (
        "Under the framework, 10 living hostages and 18 bodies would be handed over.",
        [(R, 10, PL), (B, 18, PL)],
    ),
    ("The movement said it was ready to release 10 living hostages.", [(R, 10, PL)]),
    ("The movement agreed to free 10 living hostages as part of the deal.", [(R, 10, PL)]),
    (
        "The draft provides for 10 living hostages to be released on the first day.",
        [(R, 10, PL)],
    ),
    ("In exchange, 10 living hostages would go free.", [(R, 10, PL)]),
    ("The envoy's proposal includes 10 living hostages and 18 bodies.", [(R, 10, PL), (B, 18, PL)]),
    ("The movement offered to hand over 10 living hostages.", [(R, 10, PL)]),
    ("The movement is prepared to release 10 living hostages.", [(R, 10, PL)]),
    ("The movement would be willing to free 10 living hostages.", [(R, 10, PL)]),
    ("Families called for the release of the 20 living hostages.", [(L, 20, "demanded")]),
    ("The envoy's proposal demands the release of 10 living hostages.", [(R, 10, PL)]),
    ("The plan asks the movement to free 10 living hostages.", [(R, 10, PL)]),
    ("The families ask the government to free the 20 living hostages.", [(L, 20, "demanded")]),
]

# other layouts and verbs, written before the rules were run on them
LAYOUTS = [
    ("The movement offers 10 living hostages in its new proposal.", [(R, 10, PL)]),
    ("The mediators proposed 10 living hostages and 18 bodies.", [(R, 10, PL), (B, 18, PL)]),
    (
        "The movement would release 10 living hostages over 60 days.\n"
        "Day 1 – four living hostages\nDay 30 — two living hostages\nDay 60 – four living hostages",
        [(R, 10, PL), (R, 4, PL), (R, 2, PL), (R, 4, PL)],
    ),
    (
        "The movement would release 10 living hostages over 60 days.\n"
        "Day 1 | four living hostages\nDay 60 | six living hostages",
        [(R, 10, PL), (R, 4, PL), (R, 6, PL)],
    ),
    (
        "Release schedule\n- Day 1: four living hostages\n- Day 30: two living hostages",
        [(R, 4, PL), (R, 2, PL)],
    ),
    (
        "Hostages would be freed in three stages.\n"
        "Stage 1: 33 hostages\nStage 2: 20 living hostages\nStage 3: the bodies of 25 hostages",
        [(R, 33, PL), (R, 20, PL), (B, 25, PL)],
    ),
    ("The movement still offers nothing for the 59 hostages.", [(OT, 59, AC)]),
]

# headlines and deal nouns, written before the rules were run on them
DEALS = [
    ("Militants to free 10 living hostages under envoy plan", [(R, 10, PL)]),
    ("10 living hostages to go free in first week under deal", [(R, 10, PL)]),
    ("The movement has agreed to a deal for 10 living hostages.", [(R, 10, PL)]),
    ("The release of 10 living hostages is expected on Saturday.", [(R, 10, PL)]),
    ("A proposal for the return of 18 bodies is under discussion.", [(B, 18, PL)]),
    (
        "Talks focus on an exchange of 10 living hostages for 1,000 prisoners.",
        [(R, 10, PL), (P, 1000, PL)],
    ),
]

CASES = [
    *LISTS,
    *LIST_CONTROLS,
    *BOXES,
    *ELIDED,
    *ELIDED_CONTROLS,
    *FRAMES,
    *MORE,
    *CONTROLS_AFTER,
    *PROSE,
    *LAYOUTS,
    *DEALS,
]


def _found(text: str) -> Counter[tuple[str, int, str]]:
    doc = extract_document(Document(name="t.txt", text=text, published=PUB))
    return Counter((c.quantity, c.value, c.mode) for c in doc.counts)


@pytest.mark.parametrize("text,expected", CASES)
def test_role_from_context(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _found(text) == Counter(expected)


def test_planned_list_items_are_dated_and_qualified_as_announced() -> None:
    text = LISTS[0][0]
    counts = extract_document(Document(name="t.txt", text=text, published=PUB)).counts
    assert counts and all(c.as_of == PUB for c in counts)
    # the lead-in tables a package ("proposed releasing"): its figures are proposed
    assert all(c.qualifier.endswith("(proposed)") for c in counts)


def test_a_part_done_of_a_planned_figure_is_done() -> None:
    text = (
        "The group agreed to return the bodies of 28 hostages, of which 16 have now been delivered."
    )
    doc = extract_document(Document(name="t.txt", text=text, published=PUB))
    modes = {c.value: c.mode for c in doc.counts}
    assert modes == {28: "planned", 16: "actual"}
    text = "The group will free 33 hostages, of whom 25 would be freed in the first week."
    doc = extract_document(Document(name="t.txt", text=text, published=PUB))
    assert {c.value: c.mode for c in doc.counts} == {33: "planned", 25: "planned"}


def test_a_running_total_the_parser_hung_under_the_participle() -> None:
    from accord.evidence.extract import extract_document
    from accord.evidence.types import Document

    ex = extract_document(
        Document(
            name="t.txt",
            text="Four bodies were returned on Thursday, bringing the number of bodies returned to 8.",
            published="2025-05-31",
        )
    )
    assert {(c.quantity, c.value) for c in ex.counts} == {
        ("bodies_returned", 4),
        ("bodies_returned", 8),
    }


def test_the_origin_day_without_its_year_dates_no_other_figure() -> None:
    from accord.evidence.extract import extract_document
    from accord.evidence.types import Document

    ex = extract_document(
        Document(
            name="t.txt",
            text="Of the 251 people taken on October 7, 59 remain in Gaza.",
            published="2025-05-31",
        )
    )
    remain = [c for c in ex.counts if c.value == 59]
    assert remain and remain[0].as_of == "2025-05-31"
