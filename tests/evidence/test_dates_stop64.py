"""Publication dates read at stop 64 (docs/evidence/dates.md, "Stop 64"): a lede that counts days
from the event it reports, an opening that names its own weekday "as of", and a headline's line
of two sentences. Invented texts; the milestones are the package's table
(``gazetteer.MILESTONES``)."""

from __future__ import annotations

from accord.evidence.dates import infer_published
from accord.evidence.gazetteer import Gazetteer

GAZ = Gazetteer.default()


def _date(text: str) -> str | None:
    return infer_published(text, "t.txt", GAZ).date


def test_a_lede_counting_days_from_its_event_is_dated_that_many_days_after() -> None:
    text = (
        "ANALYSIS | Everyone likes the plan. Nobody likes the same plan\n\n"
        "By a correspondent\n\n"
        "Twelve days after President Joe Biden stood at a lectern and announced what he called "
        "an Israeli proposal to end the war, every party has welcomed it in one form or another."
    )
    assert _date(text) == "2024-06-12"
    # with no count of days, the report of the event is dated that day (an estimate)
    plain = text.replace("Twelve days after President", "On Friday, President")
    assert _date(plain) == "2024-05-31"


def test_an_opening_that_names_its_own_weekday_as_of_is_dated_that_day() -> None:
    text = (
        "Explainer: Trump's 20-point Gaza plan and who has said yes\n\n"
        "Israel has signed up, Hamas is still reading, and the mediators are trying to keep "
        "everyone in the room. Here is what is in the plan President Donald Trump unveiled at "
        "the White House on Monday, and where each party stands as of Wednesday."
    )
    assert _date(text) == "2025-10-01"
