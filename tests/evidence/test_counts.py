"""Counts typed by role: who the people are, what happened to them, living or dead, planned
or done. Every sentence here is written for the test (none from the shared articles)."""

from __future__ import annotations

import pytest

from accord.evidence.count_vocab import build, vocabulary
from accord.evidence.extract import extract_document
from accord.evidence.types import Count, Document

PUB = "2024-06-12"  # a Wednesday


def counts(text: str, published: str | None = PUB) -> list[Count]:
    return extract_document(Document(name="t.txt", text=text, published=published)).counts


def roles(text: str) -> set[tuple[str, int]]:
    return {(c.quantity, c.value) for c in counts(text)}


@pytest.mark.parametrize(
    "text,expected",
    [
        # what happened to them: the verb the noun is an argument of, in either voice
        ("Militants released 12 hostages on Sunday.", {("hostages_released", 12)}),
        ("Twelve hostages were freed by the group.", {("hostages_released", 12)}),
        ("Troops rescued four hostages in a raid.", {("hostages_rescued", 4)}),
        ("Gunmen abducted 80 people from the village.", {("hostages_taken", 80)}),
        ("Three hostages died in captivity last month.", {("hostages_killed_in_captivity", 3)}),
        ("The militants handed over the bodies of four hostages.", {("bodies_returned", 4)}),
        # which side: a side's captives or detainees in its adversary's prisons are prisoners
        ("Israel is holding 900 Palestinian captives.", {("other", 900)}),
        ("Israel will free 300 Palestinian detainees.", {("prisoners_released", 300)}),
        ("In return, 90 Palestinians held in jails were freed.", {("prisoners_released", 90)}),
        # living or dead, and held totals without a status
        ("The group still holds 24 living hostages.", {("hostages_held_living", 24)}),
        (
            "The rebels are believed to be holding the bodies of 9 others.",
            {("hostages_held_dead", 9)},
        ),
        ("About 80 hostages are still held.", {("other", 80)}),
        # people in general and units are `other`
        ("At least 40,000 Palestinians have been killed.", {("other", 40000)}),
        ("Israeli forces killed 20 militants in the raid.", {("other", 20)}),
        ("More than 100 trucks of aid entered on Sunday.", {("other", 100)}),
    ],
)
def test_role_from_the_verb_the_side_and_the_status(text: str, expected: set) -> None:
    assert roles(text) == expected


def test_planned_figures_carry_the_mode_and_the_announcement_date() -> None:
    (hostages, prisoners) = counts(
        "Under the deal, 40 hostages would be released in exchange for 120 Palestinian prisoners."
    )
    assert (hostages.quantity, hostages.mode) == ("hostages_released", "planned")
    assert (prisoners.quantity, prisoners.mode) == ("prisoners_released", "planned")
    assert hostages.as_of == PUB and "planned" in hostages.qualifier


def test_one_mode_for_coordinated_verbs() -> None:
    found = {
        c.quantity: c.mode
        for c in counts(
            "The group would release 10 living hostages and hand over the bodies of 18 others."
        )
    }
    assert found == {"hostages_released": "planned", "bodies_returned": "planned"}


def test_a_release_asked_for_counts_those_held() -> None:
    (c,) = counts("The families demanded the release of 500 hostages.")
    assert (c.quantity, c.mode) == ("hostages_held_living", "demanded")


def test_done_figures_are_actual() -> None:
    (c,) = counts("Militants released 12 hostages on Sunday.")
    assert c.mode == "actual"


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Rebels are still holding 60 hostages, of whom 25 are believed to be dead.",
            {("other", 60), ("hostages_held_dead", 25)},
        ),
        (
            "About 80 hostages remain in captivity (35 of them believed dead).",
            {("other", 80), ("hostages_held_dead", 35)},
        ),
        (
            "Officials said 70 hostages remain, including 30 who are presumed dead.",
            {("other", 70), ("hostages_held_dead", 30)},
        ),
        (
            "The group still holds 59 hostages, 24 of whom are believed to be alive.",
            {("other", 59), ("hostages_held_living", 24)},
        ),
    ],
)
def test_of_whom_brackets_and_including_break_a_figure_down(text: str, expected: set) -> None:
    assert roles(text) == expected


def test_breakdown_after_a_colon_takes_the_head_figures_role() -> None:
    assert roles("The group freed five captives: three women and two children.") == {
        ("hostages_released", 5),
        ("hostages_released", 3),
        ("hostages_released", 2),
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Two were freed by the army and two others were found dead, a day after 11 hostages "
            "were handed over.",
            {("hostages_released", 11)},
        ),
        (
            "Gunmen killed 30 people and seized another 25 as hostages.",
            {("other", 30), ("hostages_taken", 25)},
        ),
        (
            "Eighty Palestinians were killed and 150 wounded in the strikes.",
            {("other", 80), ("other", 150)},
        ),
        (
            "About 1,000 people were killed and 250 taken hostage.",
            {("other", 1000), ("hostages_taken", 250)},
        ),
        (
            "Six Thai nationals were freed, bringing the number of hostages released to 30.",
            {("hostages_released", 6), ("hostages_released", 30)},
        ),
    ],
)
def test_numbers_whose_noun_is_left_out(text: str, expected: set) -> None:
    assert expected <= roles(text)


def test_omitted_noun_of_a_rescue_by_troops() -> None:
    found = roles(
        "Five hostages were held in the house. One was freed by Israeli troops and "
        "two were found dead inside."
    )
    assert {("hostages_rescued", 1), ("bodies_returned", 2)} <= found


def test_fact_box_lines() -> None:
    text = "Key figures\nHostages still held: 59\nPalestinian prisoners freed: 1,100\n"
    assert roles(text) == {("other", 59), ("prisoners_released", 1100)}
    held = next(c for c in counts(text) if c.value == 59)
    assert held.label == "hostages held (living and dead not separated)"


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 and 2015 the talks failed.",
        "The four-day truce began on November 24.",
        "He became the 12th envoy in the post, aged 54 years.",
        "Dozens of hostages remain.",
        "The 20-point plan was unveiled.",
        "Aid rose by 30 percent.",
    ],
)
def test_years_dates_ordinals_and_units_are_not_counts(text: str) -> None:
    assert counts(text) == []


def test_one_of_is_a_person_not_a_count() -> None:
    assert counts("His son was one of the hostages freed.") == []


def test_spans_start_and_end_on_word_boundaries() -> None:
    text = "The militants freed 113 hostages, and then 11 hostages more."
    for c in counts(text):
        assert text[c.evidence.start : c.evidence.end] == c.evidence.text
        assert c.evidence.start == 0 or not text[c.evidence.start - 1].isalnum()
        assert c.evidence.end == len(text) or not text[c.evidence.end].isalnum()


def test_a_figure_is_dated_by_what_it_refers_to() -> None:
    (c,) = counts("Militants released 12 hostages on Sunday.")
    assert c.as_of == "2024-06-09"  # the Sunday before the publication date
    (taken,) = counts("Gunmen abducted 80 people on October 7, 2023.")
    assert taken.as_of == "2023-10-07"


def test_totals_are_as_of_publication() -> None:
    (c,) = counts("So far, 150 Palestinians have been released from prisons.")
    assert (c.quantity, c.as_of) == ("prisoners_released", PUB)


def test_unknown_date_stays_unknown_never_the_clock() -> None:
    (c,) = counts("Militants released 12 hostages on Sunday.", published=None)
    assert c.as_of is None


def test_a_definite_repeat_keeps_the_role_of_the_first_mention() -> None:
    text = "Soldiers mistakenly killed three hostages last week. The three abductees had escaped."
    assert [c.quantity for c in counts(text)] == ["hostages_killed_in_captivity"] * 2


def test_vocabulary_is_checked_when_loaded() -> None:
    from accord.errors import EvidenceError

    with pytest.raises(EvidenceError, match="missing section"):
        build({"groups": {"held": ["hostage"]}})
    v = vocabulary()
    assert v.group("detainees") == "jailed" and v.action("abducted") == "taken"


def test_a_particle_is_no_hedge() -> None:
    (c,) = counts("The group said it had handed over 18 bodies so far.")
    assert (c.quantity, c.value, c.approx, c.evidence.text) == (
        "bodies_returned",
        18,
        False,
        "18 bodies",
    )


def test_headline_future_with_the_verb_before_the_number() -> None:
    found = {
        (c.quantity, c.value, c.mode)
        for c in counts("Rebels To Free Three Hostages On Saturday, Army To Release 369 Prisoners")
    }
    assert found == {("hostages_released", 3, "planned"), ("prisoners_released", 369, "planned")}


def test_a_part_before_its_whole_takes_its_status() -> None:
    assert ("hostages_held_dead", 8) in roles(
        "Eight of the 33 hostages due for release in the first phase are dead."
    )


def test_a_population_of_n() -> None:
    (c,) = counts("The enclave's population of 2.3 million is displaced.")
    assert (c.quantity, c.value, c.label) == ("other", 2_300_000, "population")


@pytest.mark.parametrize(
    "text",
    [
        "The truce can be extended as long as an additional 10 hostages are freed per day.",
        "If 30 hostages are released, the truce will hold.",
    ],
)
def test_conditional_figures_from_the_clause(text: str) -> None:
    (c,) = counts(text)
    assert (c.quantity, c.mode) == ("hostages_released", "conditional")


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The proposal includes the release of 125 prisoners serving long sentences and 1,111 "
            "detainees from the enclave.",
            {("prisoners_released", 125), ("prisoners_released", 1111)},
        ),
        (
            "So far, 16 of the 76 hostages held have been freed under the deal.",
            {("hostages_released", 16), ("other", 76)},
        ),
        ("Five Thai workers were among those freed.", {("hostages_released", 5)}),
        (
            "Israel holds around 10,000 Palestinians, including 3,000 held without charge.",
            {("other", 10000), ("other", 3000)},
        ),
    ],
)
def test_coordinated_and_partitive_figures(text: str, expected: set) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "There are still 97 hostages in Gaza, including 33 whose deaths have been confirmed.",
            {("other", 97), ("hostages_held_dead", 33)},
        ),
        ("The number of hostages still held stands at 101.", {("other", 101)}),
    ],
)
def test_deaths_confirmed_and_totals_that_stand_at(text: str, expected: set) -> None:
    assert roles(text) == expected


def test_a_participle_under_a_modal_verb_is_planned() -> None:
    (c,) = counts("The deal would see 33 hostages freed over six weeks.")
    assert (c.quantity, c.mode) == ("hostages_released", "planned")


def test_ages_are_not_counts() -> None:
    assert roles("The three hostages, aged 24, 28 and 31, were released on Sunday.") == {
        ("hostages_released", 3)
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Rebels hold 130 captives in the hills, and 70 of them are thought to be alive.",
            {("other", 130, "actual"), ("hostages_held_living", 70, "actual")},
        ),
        (
            "Israel has freed 90 prisoners. Another 30 will be freed on Sunday.",
            {("prisoners_released", 90, "actual"), ("prisoners_released", 30, "planned")},
        ),
    ],
)
def test_a_figure_referring_to_the_previous_sentence(text: str, expected: set) -> None:
    assert {(c.quantity, c.value, c.mode) for c in counts(text)} == expected
