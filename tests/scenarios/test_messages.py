"""Validation messages in plain words: every problem names the file, line and field, says
what was expected with an example, and never uses the validation library's phrasing.

Broken files are made by editing the starting file ``accord new`` writes, so the
expected line is where the edit was made.
"""

from __future__ import annotations

import re

import pytest

from accord.errors import ScenarioError
from accord.scenarios import parse_scenario
from accord.scenarios.template import starting_file

FILE = "mine.yaml"
LIBRARY_WORDS = (
    "Input should",
    "instance of",
    "Field required",
    "Extra inputs",
    "String should",
    "dictionary",
    "model_type",
    "unable to",
    "Value error",
)


@pytest.fixture(scope="module")
def base() -> str:
    return starting_file("mine")


def edit(text: str, old: str, new: str) -> tuple[str, int]:
    assert old in text, f"the starting file no longer contains {old!r}; update the test"
    line = text[: text.index(old)].count("\n") + 1
    return text.replace(old, new, 1), line


def problems(text: str) -> list[str]:
    with pytest.raises(ScenarioError) as info:
        parse_scenario(text, FILE)
    found = info.value.problems
    for p in found:
        assert re.match(rf"^{FILE}:\d+: \S+: ", p), p
        for words in LIBRARY_WORDS:
            assert words not in p, f"library phrasing {words!r} in: {p}"
    return found


WEIGHT = '    weight: {value: 0.5, assumption: {low: 0.4, high: 0.6, reason: "illustrative"}}\n'

BROKEN = [
    # (old, new, field, words the message must contain)
    (
        WEIGHT,
        "    weight: 0.5\n",
        "positions.0.weight",
        [
            "expected a number with its provenance",
            "{value: 0.3, assumption: {low: 0.2, high: 0.4",
            "a bare number is not enough",
        ],
    ),
    (
        WEIGHT,
        "    weight: heavy\n",
        "positions.0.weight",
        ["expected a number with its provenance", "found 'heavy'"],
    ),
    (
        "    steps: 11 ",
        "    steps: eleven ",
        "issues.0.steps",
        ["expected a whole number", "steps: 5", "found 'eleven'"],
    ),
    (
        "    steps: 11 ",
        "    steps: 1 ",
        "issues.0.steps",
        ["expected a number at least 2", "found 1"],
    ),
    (
        "date: ",
        "date: soon #",
        "date",
        ["expected a date written YYYY-MM-DD", "2026-03-01", "found 'soon'"],
    ),
    (
        "    reversible: true ",
        "    reversible: perhaps ",
        "issues.2.reversible",
        ["expected true or false", "found 'perhaps'"],
    ),
    (
        "    role: mediator ",
        "    role: host ",
        "parties.2.role",
        ["expected one of: belligerent, mediator, constituency", "found 'host'"],
    ),
    (
        "    kind: ordinal\n",
        "    kind: ranked\n",
        "issues.1.kind",
        ["expected one of: count, ordinal, boolean, continuous"],
    ),
    (
        "    levels: [late, on_time, early]\n",
        "    levels: late\n",
        "issues.1.levels",
        ["expected a list", "levels: [none, partial, full]"],
    ),
    (
        "  - id: buyer ",
        "  - id: Buyer ",
        "parties.0.id",
        ["lower-case letters, digits and '_'", "id: union", "found 'Buyer'"],
    ),
    (
        "    ideal: early\n",
        "    ideal: [early]\n",
        "positions.1.ideal",
        ["expected a level name", "or a number", "ideal: max", "found a list"],
    ),
    (
        "  schedule: late\n",
        "  schedule: [late]\n",
        "status_quo.schedule",
        ["expected a level name", "a number", "counts per category"],
    ),
    (
        'high: 0.6, reason: "illustrative"}}\n    ideal: min',
        'high: 0.6, reason: ""}}\n    ideal: min',
        "positions.0.weight.assumption.reason",
        ["at least 3 characters", 'reason: "illustrative: no source gives it"'],
    ),
    (
        "      - name: single phase\n\n",
        "      - single phase\n\n",
        "phase_templates.0.phases.0",
        ["expected a phase {name: first stage"],
    ),
    (
        '        terms: {price: 55, schedule: on_time, penalty_clause: "yes"}',
        "        terms: [55, on_time]",
        "proposals.0.phases.0.terms",
        ["expected a mapping of 'key: value' lines", "terms: {wage_rise: 4", "found a list"],
    ),
    (
        "    tabled_by: [mediator]\n",
        "    tabled_by: mediator\n",
        "proposals.0.tabled_by",
        ["expected a list", "tabled_by: [mediator]", "found 'mediator'"],
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "field", "words"), BROKEN, ids=[b[2] + ":" + b[1].strip()[:20] for b in BROKEN]
)
def test_a_wrong_value_is_explained_in_plain_words(base, old, new, field, words):
    text, line = edit(base, old, new)
    found = problems(text)
    assert len(found) == 1, found
    (problem,) = found
    assert problem.startswith(f"{FILE}:{line}: {field}: "), problem
    for w in words:
        assert w in problem, f"{w!r} missing from: {problem}"


def test_a_misspelt_field_lists_the_fields_allowed_there(base):
    text, line = edit(base, "    unit: thousand", "    units: thousand")
    (problem,) = problems(text)
    assert problem.startswith(
        f"{FILE}:{line}: issues.0.units: unknown field (check its spelling and indentation)"
    )
    assert "fields allowed here: id, name, kind, unit," in problem


def test_a_missing_field_says_what_to_add_with_an_example(base):
    text, _ = edit(base, "  - party: seller\n    utility:", "  - party: seller\n    utilty:")
    found = problems(text)
    assert any(
        "fallbacks.1.utility: required field is missing; add it, e.g. utility: {value: 0.3" in p
        for p in found
    ), found
    assert any("fallbacks.1.utilty: unknown field" in p for p in found), found


def test_a_missing_assumption_bound_is_named(base):
    text, line = edit(
        base,
        "temperature: {value: 0.05, assumption: {low: 0.02, high: 0.1,",
        "temperature: {value: 0.05, assumption: {low: 0.02,",
    )
    assert problems(text) == [
        f"{FILE}:{line}: commitment.temperature.assumption.high: required field is missing; add it, e.g. high: 0.4"
    ]


def test_a_wrong_count_inside_a_per_category_value_names_the_category(base):
    text, line = edit(base, "    red_line: 70 ", "    red_line: {staff: lots} ")
    found = problems(text)
    assert (
        found[0]
        == f"{FILE}:{line}: positions.0.red_line.staff: expected a number, e.g. 0.5 (found 'lots')"
    )


def test_a_first_attempt_with_many_mistakes_gets_one_plain_line_each():
    # what a newcomer might write before reading the guide
    text = (
        "id: My Talks\n"
        "title: talks\n"
        "date: 2026-02-30x\n"
        "parties:\n"
        "  - {id: a, name: A, role: side}\n"
        "  - {id: b, name: B}\n"
        "issues:\n"
        "  - {id: price, kind: continuous, min: 0, max: 100}\n"
        "status_quo: {price: 0}\n"
        "positions:\n"
        "  - {party: a, issue: price, weight: 1, ideal: max}\n"
        "fallbacks: []\n"
    )
    found = problems(text)
    joined = "\n".join(found)
    for expected in (
        f"{FILE}:1: id: expected an id of lower-case letters, digits, '-' and '_'",
        f"{FILE}:3: date: expected a date written YYYY-MM-DD",
        f"{FILE}:5: parties.0.role: expected one of: belligerent, mediator, constituency",
        f"{FILE}:6: parties.1.role: required field is missing; add it, e.g. role: belligerent",
        f"{FILE}:8: issues.0.max: expected a number with its provenance",
        f"{FILE}:11: positions.0.weight: expected a number with its provenance",
        f"{FILE}:1: commitment: required field is missing",
        f"{FILE}:1: phase_templates: required field is missing",
    ):
        assert expected in joined, f"{expected!r} not in:\n{joined}"


def test_the_problem_count_in_the_headline_matches_the_lines(base):
    text, _ = edit(base, "    steps: 11 ", "    steps: eleven ")
    text, _ = edit(text, "    kind: ordinal\n", "    kind: ranked\n")
    with pytest.raises(ScenarioError) as info:
        parse_scenario(text, FILE)
    assert str(info.value).splitlines()[0] == f"{FILE}: invalid scenario (2 problems)"


def test_an_empty_value_is_called_empty(base):
    text, line = edit(base, "title: ", "title: #")
    assert problems(text) == [
        f"{FILE}:{line}: title: expected text, e.g. title: Port wage talks before the strike vote "
        "(found nothing: the value is empty)"
    ]


def test_a_list_item_that_should_be_a_mapping_lists_its_fields(base):
    text, line = edit(
        base, "  - party: buyer\n    issue: price", "  - buyer\n  - party: buyer\n    issue: price"
    )
    found = problems(text)
    assert found[0] == (
        f"{FILE}:{line}: positions.0: expected a mapping of fields (party, issue, weight, ideal, red_line, "
        "red_line_applies_if, possible_red_line, shape, values, category_weights, stance, evidence, assumption) (found 'buyer')"
    )


@pytest.mark.parametrize("bad", ["2026-13-01", "2026-02-30"])
def test_a_date_that_does_not_exist_is_named_on_its_line(base, bad):
    text, line = edit(base, "date: ", f"date: {bad} #")
    with pytest.raises(ScenarioError) as info:
        parse_scenario(text, FILE)
    assert str(info.value).startswith(f"{FILE}:{line}: {bad} is not a date (")
    assert "YYYY-MM-DD" in str(info.value)


def test_the_headline_counts_a_field_with_several_forms_once(base):
    text, _ = edit(base, "    ideal: early\n", "    ideal: [early]\n")  # two union branches fail
    with pytest.raises(ScenarioError) as info:
        parse_scenario(text, FILE)
    assert str(info.value).splitlines()[0] == f"{FILE}: invalid scenario (1 problem)"
    assert len(info.value.problems) == 1
