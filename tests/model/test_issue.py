"""Issue kinds: each kind requires its own fields and rejects the others'."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from accord.model import Issue, Position, assumed

MAX = {"value": 10, "assumption": {"low": 5, "high": 20, "reason": "assumed"}}


def issue(**kw) -> Issue:
    return Issue.model_validate({"id": "x", **kw})


class TestRequiredFields:
    def test_an_ordinal_issue_needs_levels(self):
        with pytest.raises(ValidationError, match="needs 'levels'"):
            issue(kind="ordinal")

    def test_an_ordinal_issue_needs_at_least_two_levels(self):
        with pytest.raises(ValidationError, match="at least two"):
            issue(kind="ordinal", levels=["only"])

    def test_ordinal_levels_must_be_distinct(self):
        with pytest.raises(ValidationError, match="distinct"):
            issue(kind="ordinal", levels=["a", "b", "a"])

    def test_a_count_issue_needs_categories(self):
        with pytest.raises(ValidationError, match="needs 'categories'"):
            issue(kind="count")

    def test_count_category_ids_must_be_distinct(self):
        cat = {"id": "living", "max": MAX}
        with pytest.raises(ValidationError, match="category ids must be distinct"):
            issue(kind="count", categories=[cat, cat])

    def test_a_count_category_needs_a_max_with_evidence(self):
        with pytest.raises(ValidationError, match="a number needs evidence"):
            issue(kind="count", categories=[{"id": "living", "max": {"value": 24}}])

    def test_a_continuous_issue_needs_min_and_max(self):
        with pytest.raises(ValidationError, match="needs 'min' and 'max'"):
            issue(kind="continuous", min=0)

    def test_a_continuous_issue_needs_max_above_min(self):
        with pytest.raises(ValidationError, match=r"'max' \(10\.0\) must be above 'min' \(10\.0\)"):
            issue(kind="continuous", min=10, max=MAX)


class TestForeignFields:
    def test_levels_on_a_count_issue_are_rejected(self):
        with pytest.raises(ValidationError, match="'levels' is only for ordinal issues"):
            issue(kind="count", levels=["a", "b"], categories=[{"id": "c", "max": MAX}])

    def test_a_boolean_issue_rejects_custom_levels(self):
        with pytest.raises(ValidationError, match="fixed levels"):
            issue(kind="boolean", levels=["maybe", "sure"])

    def test_categories_on_an_ordinal_issue_are_rejected(self):
        with pytest.raises(ValidationError, match="'categories' is only for count issues"):
            issue(kind="ordinal", levels=["a", "b"], categories=[{"id": "c", "max": MAX}])

    def test_min_max_on_an_ordinal_issue_are_rejected(self):
        with pytest.raises(ValidationError, match="only for continuous issues"):
            issue(kind="ordinal", levels=["a", "b"], min=0, max=MAX)


class TestValidIssues:
    def test_a_boolean_issue_has_levels_no_and_yes(self):
        assert issue(kind="boolean").ordered_levels == ["no", "yes"]

    def test_ordinal_levels_map_to_their_index(self):
        i = issue(kind="ordinal", levels=["none", "pause", "phased", "permanent"])
        assert i.to_number("phased") == 2.0
        assert (i.to_number("min"), i.to_number("max")) == (0.0, 3.0)

    def test_an_unknown_level_is_rejected_with_the_allowed_levels(self):
        i = issue(kind="ordinal", levels=["none", "pause"])
        with pytest.raises(
            ValueError, match=r"'forever' is not a level of issue 'x' \(levels: none, pause\)"
        ):
            i.to_number("forever")

    def test_a_count_issue_ranges_over_the_sum_of_its_categories(self):
        i = issue(kind="count", categories=[{"id": "a", "max": MAX}, {"id": "b", "max": MAX}])
        assert (i.lower, i.upper) == (0.0, 20.0)
        with pytest.raises(ValueError, match=r"21 is outside the range of issue 'x' \[0, 20\]"):
            i.to_number(21)

    def test_steps_below_two_are_rejected(self):
        with pytest.raises(ValidationError, match="steps"):
            issue(kind="continuous", min=0, max=MAX, steps=1)

    def test_an_id_must_be_a_lowercase_identifier(self):
        with pytest.raises(ValidationError, match="pattern"):
            Issue.model_validate({"id": "Ceasefire", "kind": "boolean"})

    def test_unknown_keys_are_rejected(self):
        with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
            issue(kind="boolean", revesible=True)


class TestPosition:
    W = assumed(0.5, 0.4, 0.6, "assumed")

    def test_a_position_needs_evidence_or_an_assumption(self):
        with pytest.raises(ValidationError, match="needs 'evidence'"):
            Position(party="a", issue="x", weight=self.W, ideal="max")

    def test_a_conditional_red_line_needs_a_red_line(self):
        with pytest.raises(ValidationError, match="'red_line_applies_if' needs a 'red_line'"):
            Position(
                party="a",
                issue="x",
                weight=self.W,
                ideal="max",
                assumption="a",
                red_line_applies_if={"y": "yes"},
            )

    def test_a_conditional_red_line_names_exactly_one_issue(self):
        with pytest.raises(ValidationError, match="exactly one issue"):
            Position(
                party="a",
                issue="x",
                weight=self.W,
                ideal="max",
                assumption="a",
                red_line=3,
                red_line_applies_if={"y": "yes", "z": "no"},
            )

    def test_values_tables_lie_in_unit_interval(self):
        with pytest.raises(ValidationError, match=r"'values' must lie in \[0, 1\]"):
            Position(
                party="a",
                issue="x",
                weight=self.W,
                ideal="yes",
                assumption="a",
                values={"no": 0.0, "yes": 1.5},
            )

    def test_category_weights_cannot_be_negative(self):
        with pytest.raises(ValidationError, match="non-negative"):
            Position(
                party="a",
                issue="x",
                weight=self.W,
                ideal="max",
                assumption="a",
                category_weights={"c": -1.0},
            )
