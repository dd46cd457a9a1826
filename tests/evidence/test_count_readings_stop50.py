"""Parts of a release read as released (issue 9, stop 50): the kinds of people listed under a
fact-box figure ("Abductees freed: 105" with "- Ruritanians: 81" below it, or the lines
after "Of whom ...: 81"), and a part described by where its people had been held ("and
1,718 who had been detained in the war", "and 1,718 Gazans detained during the war").
Texts written for these tests (no article text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def counts(text: str) -> set[tuple[str, int]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-12-05"))
    return {(n.quantity, int(n.value)) for n in ex.counts}


def test_bullets_of_kinds_under_a_release_figure_are_released() -> None:
    got = counts(
        "The truce in figures\n\nHostages freed by Hamas: 105\n- Israelis: 81\n"
        "- Thai nationals: 23\n- Filipino nationals: 1\nDays of truce: 7\n"
    )
    assert {("hostages_released", 81), ("hostages_released", 23), ("hostages_released", 1)} <= got


def test_lines_after_an_of_whom_line_break_the_figure_down_too() -> None:
    got = counts(
        "The truce in figures\n\nHostages freed during the truce: 105\n"
        "Of whom Israelis: 81\nThai nationals: 23\nFilipino: 1\n"
    )
    assert {("hostages_released", 23), ("hostages_released", 1)} <= got


def test_a_kind_line_with_no_figure_above_stays_a_kind() -> None:
    got = counts("The truce in figures\n\nThai nationals: 23\n")
    assert ("hostages_released", 23) not in got


def test_a_part_who_had_been_detained_is_released_with_the_whole() -> None:
    got = counts(
        "Israel released 1,968 Palestinians on Monday: 250 serving life terms and 1,718 who "
        "had been detained in Gaza during the war."
    )
    assert ("prisoners_released", 1718) in got
    assert ("hostages_released", 1718) not in got


def test_a_part_named_with_its_noun_and_detained_is_released_too() -> None:
    got = counts(
        "Israel released 1,968 Palestinians on Monday: 250 serving life terms and 1,718 Gazans "
        "detained during the war."
    )
    assert ("prisoners_released", 1718) in got


def test_captives_who_came_back_alive_are_released_not_held() -> None:
    got = counts("The captives came back on Monday: 20 came back alive.")
    assert ("hostages_released", 20) in got
    assert ("hostages_held_living", 20) not in got


def test_the_other_bodies_still_somewhere_are_held_not_returned() -> None:
    got = counts("Hamas has returned four bodies; the other 24 bodies are still in Gaza.")
    assert ("hostages_held_dead", 24) in got
    assert ("bodies_returned", 24) not in got
    got = counts("Hamas returned 4 of the bodies, with the other 24 bodies still in Gaza.")
    assert ("hostages_held_dead", 24) in got


def test_people_expected_on_a_fact_box_line_are_a_planned_release() -> None:
    got = counts("The exchange in figures\n\nTotal prisoners expected in phase one: up to 1,904\n")
    assert ("prisoners_released", 1904) in got
    got = counts("The exchange in figures\n\nHostages still due under phase one: 17\n")
    assert ("hostages_released", 17) not in got
