"""Readings added in stop 62 (issue 9).

- The terms of a package told in a relative clause on it ("Y drafted a proposal under which X
  would free A in return for B") are its author's offer: X, asked to deliver, demands nothing;
  X's own package ("X tabled a plan under which it would free A in return for B") asks B.
- A package after "under" ("freed under X's plan") frames what is told; it is not tabled.
- "Pulled out of" refuses talks, a deal or a process, not a place ("buses pulled out of the
  prisons").
- What carries freed people leaving a place ("buses carrying inmates left X", "pulled out of
  X") is a stage of a release, as its arriving is.
- A weekday and the day it names ("on Sunday, January 19") are one date: the weekday pins the
  year, and is no second day.
- A body that votes to recommend a deal accepts it.
- A truce whose day is named in a list of a package's terms is scheduled, whatever the form of
  its verb ("- A 42-day truce starting on Sunday, January 19").

Sentences written for these tests (no real article's text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

from .readings import claims, events


def test_terms_in_a_relative_clause_on_a_package_are_its_authors_offer() -> None:
    got = claims(
        "Officials said Cairo is drafting a new proposal under which the militia would free five "
        "living captives in return for a 50-day extension of the truce and the entry of aid."
    )
    assert ("egypt", "ceasefire", "offer") in got
    assert ("egypt", "humanitarian_aid", "offer") in got
    assert not any(stance == "demand" for _a, _i, stance in got)
    own = claims(
        "Hamas put forward a proposal under which it would free 40 hostages in return for the "
        "release of 120 Palestinian prisoners."
    )  # its own package: what it asks in return is its demand
    assert ("hamas", "prisoner_release", "demand") in own


def test_a_package_after_under_is_no_proposal() -> None:
    text = (
        "The last captives were freed on Monday in the first stage of the truce that took "
        "effect on Friday under the president's 20-point plan."
    )
    assert "proposal" not in events(text)
    assert "release" in events(text)
    assert "proposal" in events("The president's 20-point plan was presented on Monday.")


def test_pulling_out_of_a_place_refuses_nothing() -> None:
    got = events("Buses carrying hundreds of Palestinian prisoners pulled out of the two prisons.")
    assert got == {"release"}
    assert "rejection" in events("Qatar pulled out of the hostage negotiations on Saturday.")


def test_carriers_of_inmates_leaving_a_prison_are_a_release_stage() -> None:
    assert events("Hours later, buses carrying Palestinian prisoners left Ofer and Ketziot.") == {
        "release"
    }
    assert not events("Hours later, the delegation left Cairo for Doha.") & {"release"}


def test_a_weekday_pins_the_year_of_the_day_it_names() -> None:
    text = "The truce began on Sunday, January 19, the mediators said."
    for published in ("2025-01-16", "2025-01-21"):
        ex = extract_document(Document(name="t.txt", text=text, published=published))
        starts = [e for e in ex.events if e.type == "ceasefire_start"]
        assert starts and starts[0].date == "2025-01-19"


def test_a_named_truce_day_in_a_list_of_terms_is_scheduled() -> None:
    text = (
        "Here is what the text provides.\n\n"
        "Phase one\n"
        "- A 42-day truce starting on Sunday, January 19.\n"
        "- The militia will free 33 captives.\n"
    )
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-16"))
    starts = [e for e in ex.events if e.type == "ceasefire_start"]
    assert [(e.date, e.mode) for e in starts] == [("2025-01-19", "planned")]


def test_a_deal_recommended_for_approval_is_accepted() -> None:
    got = claims(
        "The security cabinet voted on Friday to recommend the truce agreement announced two "
        "days earlier, sending it to the full government."
    )
    assert ("israel", "ceasefire", "accept") in got
