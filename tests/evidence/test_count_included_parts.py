"""Parts a verb of inclusion lists take the side its subject names (issue 9, stop 35): "the
freed inmates included 69 women" counts released inmates, not released captives. Sentences
written for the test."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def counts(text: str) -> list[tuple[str, float]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-21"))
    return [(c.quantity, c.value) for c in ex.counts]


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("The released prisoners included 69 women and 21 minors.", "prisoners_released"),
        ("The freed hostages included two children.", "hostages_released"),
    ],
)
def test_parts_take_the_side_of_the_whole(text: str, quantity: str) -> None:
    assert {q for q, _v in counts(text)} == {quantity}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Vellmark freed 183 Ruritanian inmates on Saturday. Of them, 18 were serving life "
            "terms and 111 were detained in the war, a prisoners' group said.",
            111,
        ),
        (
            "Vellmark freed 1,968 Ruritanian inmates, among them 250 serving long terms and "
            "some 1,718 held from the border strip without charge.",
            1718,
        ),
    ],
)
def test_a_part_detained_before_the_release_is_released_with_it(text: str, value: int) -> None:
    # "were detained", "held from ..." say who the part is (stop 42), not what befell it
    assert ("prisoners_released", value) in counts(text)


def test_people_still_held_after_a_release_are_held() -> None:
    found = counts("Vellmark freed 90 Ruritanian inmates, and 9,000 are still held.")
    assert ("prisoners_released", 9000) not in found


def test_people_held_who_are_to_come_out_are_released_as_planned() -> None:
    # "are to come out" (stop 42): the clause under the copula, as "are to be freed"
    found = counts("Under the accord, 33 captives are to come out first.")
    assert ("hostages_released", 33) in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # (stop 43) a part of the inmates counted in the sentence before, opening its own
        (
            "Vale released 183 prisoners on Saturday. Eighteen of them were serving life terms.",
            18,
        ),
        ("Vale released 183 prisoners on Saturday. Seven of them were deported abroad.", 7),
    ],
)
def test_a_part_of_the_inmates_before_goes_on_with_them(text: str, value: int) -> None:
    assert ("prisoners_released", value) in counts(text)


def test_a_part_of_other_people_before_tells_its_own_status() -> None:
    text = "Alder freed 50 hostages on Friday. About 20 of them are believed to be alive."
    got = counts(text)
    assert ("hostages_released", 20) not in got, got


@pytest.mark.parametrize(
    "text",
    [
        # (stop 43) a participle of holding before the clause's own passive verb of release,
        # however the parser hangs the two
        "Vale and Alder agreed to a four-day pause in fighting during which 50 women and "
        "children held hostage in the valley will be freed in exchange for 150 prisoners.",
        "Under the deal, 50 women and children held hostage in the valley would be freed.",
    ],
)
def test_people_held_then_freed_are_released(text: str) -> None:
    assert ("hostages_released", 50) in counts(text)


def test_people_held_alone_stay_held() -> None:
    assert ("hostages_released", 240) not in counts("Alder held 240 hostages in the valley.")
