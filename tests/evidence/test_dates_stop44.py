"""Stop 44's two date readings, on invented texts: an initialism ("U.S.") does not end a wire
dateline's first sentence, so the weekday it names still fixes the year; and the milestone of
the last living captives freed is reported by its own words, with no party named."""

from __future__ import annotations

import pytest

from accord.evidence.dates import infer_published
from accord.evidence.gazetteer import Gazetteer

GAZ = Gazetteer.default()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first sentence runs past "U.S." to the weekday: October 9 was a Thursday in 2025
        (
            "RESORT, Egypt, Oct 9 (Wire) - Negotiators signed the first phase of U.S. "
            "President Smith's plan on Thursday, mediators said.\n\nMore talks are due.",
            "2025-10-09",
        ),
        (
            "CAPITAL, Oct 9 (Wire) - The U.N. Security Council met on Thursday, diplomats "
            "said.\n\nNo vote was held.",
            "2025-10-09",
        ),
        # a sentence that does end before the weekday: the year is not guessed
        (
            "CAPITAL, Oct 9 (Wire) - Talks resumed. Envoys met again on Thursday.\n\nNo text.",
            None,
        ),
    ],
)
def test_an_initialism_does_not_end_the_datelines_sentence(text: str, expected: str | None) -> None:
    assert infer_published(text, "a.txt", GAZ).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIVE: All living captives freed as leaders gather at the summit\n\nCrowds cheered.",
            "2025-10-13",
        ),
        (
            "Briefing\n\nThe last 20 living captives were freed this morning and crossed the "
            "border.\n\nCrowds cheered.",
            "2025-10-13",
        ),
        # no release happened: the words alone date nothing
        (
            "Opinion\n\nEveryone wants all living captives home, but the talks are stuck.\n\n"
            "Nothing moved.",
            None,
        ),
    ],
)
def test_the_last_living_captives_freed_need_no_party_named(
    text: str, expected: str | None
) -> None:
    assert infer_published(text, "a.txt", GAZ).date == expected
