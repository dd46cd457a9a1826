"""People named on a list or a paper, and people expected or due to be freed (issue 9, stop
43), on sentences written for these tests (no article text): what is done with the paper is
not done to them, and a release they are expected to get is planned."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def counts(text: str) -> set[tuple[str, int, str | None]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2023-11-26"))
    return {(c.quantity, int(c.value), c.mode) for c in ex.counts}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Marrow said it had received the names of 11 hostages expected to be freed tonight.", 11),
        ("Vale received the list of 13 hostages due to be released tonight.", 13),
        ("The mediators said 12 hostages expected to be freed on Sunday were well.", 12),
    ],
)
def test_people_expected_to_be_freed_are_a_planned_release(text: str, value: int) -> None:
    assert ("hostages_released", value, "planned") in counts(text)


def test_people_named_on_a_list_alone_are_no_release() -> None:
    got = counts("The families published the names of 20 hostages.")
    assert not {c for c in got if c[0] == "hostages_released"}, got
