"""Events and counts of constructions missed on news the rules were not written from (issue 9,
blind set): invented sentences only."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def events(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return [(e.type, e.mode) for e in ex.events]


# stages of a handover: the freed (or what carries them) as the subject of a verb of moving


@pytest.mark.parametrize(
    "text",
    [
        "Nine fishermen held on the island crossed into Borduria on Sunday.",
        "Coaches carrying the detainees arrived in Porto Lindo after midnight.",
        "Four captives crossed into Ruritania shortly before dusk.",
        # the participle is no trigger, the arrival is a stage (the gold logs the arrival of
        # buses carrying released prisoners as a release)
        "The released prisoners arrived in Pelmo on Monday.",
    ],
)
def test_the_freed_arriving_is_a_release(text: str) -> None:
    assert ("release", "actual") in events(text)


def test_a_stage_is_a_release_of_its_own() -> None:
    text = (
        "Late on Tuesday the jail authority said it had freed 12 inmates, and vans carrying "
        "some of them reached the border town of Vell after dark."
    )
    assert events(text).count(("release", "actual")) == 2


def test_the_freed_named_again_after_a_release() -> None:
    text = (
        "The militia handed over two sailors in Port Aldo on Monday. "
        "The navy said the two had been received by its officers."
    )
    assert events(text).count(("release", "actual")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The minister received the delegation in Port Aldo.",
        "Protesters crossed into the compound on Monday.",
        "They crossed into Borduria on Monday.",
        "Relatives of the captives arrived at the parliament.",
        "Trucks carrying flour arrived in Vell.",
    ],
)
def test_other_arrivals_are_no_release(text: str) -> None:
    assert not [e for e in events(text) if e[0] == "release"]


# a return to fighting a source announces is a threat, also in a coordinated complement


@pytest.mark.parametrize(
    "text",
    [
        "The general said the lull would be brief and that the army would return to fighting "
        "until the militia was crushed.",
        "The minister said the army would go into the old city if the talks failed.",
    ],
)
def test_an_announced_return_to_fighting_is_a_threat(text: str) -> None:
    got = events(text)
    assert ("threat", "actual") in got
    assert not [e for e in got if e[0] == "military_operation"]


def test_a_return_to_fighting_that_happened_is_an_operation() -> None:
    assert ("military_operation", "actual") in events("The army returned to fighting on Friday.")


# counts: a sentence that opens with a whole it gives no figure ("Of the inmates freed, ...")


def counts(text: str) -> list[tuple[str, int]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return [(c.quantity, c.value) for c in ex.counts]


def test_parts_of_a_whole_without_a_figure_take_its_role() -> None:
    got = counts(
        "Of the inmates freed by the state, 21 were serving long sentences while the "
        "remaining 140 had been detained during the war."
    )
    assert ("prisoners_released", 21) in got and ("prisoners_released", 140) in got


def test_a_part_still_held_of_those_taken_is_held() -> None:
    got = counts("Of the hostages taken in the raid, 40 were later freed and 12 are still held.")
    assert ("hostages_released", 40) in got
    assert ("other", 12) in got and ("hostages_taken", 12) not in got


def test_a_running_total_with_a_clause_inside_its_phrase() -> None:
    text = "The handover brings the number of hostages freed since the truce took hold to 31."
    assert ("hostages_released", 31) in counts(text)


def test_took_hold_takes_no_one() -> None:
    got = counts("The truce took hold in the north with 30 residents.")
    assert not [c for c in got if c[0] == "hostages_taken"]


def test_days_of_a_month_are_no_range() -> None:
    from accord.evidence.numbers import find_numbers, ranges

    text = "the number of abductees freed since May 19 to 24"
    assert [n.value for n in ranges(find_numbers(text), text)] == [19, 24]


def test_the_freed_named_again_by_their_figure_later_on() -> None:
    text = (
        "The militia freed 13 fishermen in Vell on Monday. The truce held. Talks went on. "
        "The navy confirmed the 13 had been received by its officers."
    )
    assert events(text).count(("release", "actual")) == 2
    other = text.replace("the 13 had", "the 12 had")
    assert events(other).count(("release", "actual")) == 1


def test_a_dateline_before_the_freed_crossing() -> None:
    text = (
        "PORT ALDO (WNS) — Nine fishermen held in Borduria since the May raid crossed "
        "into Ruritania on Friday evening and were flown to hospitals."
    )
    assert ("release", "actual") in events(text)


def test_the_list_under_a_phase_heading_sets_out_terms() -> None:
    text = (
        "Here is what the envoy's plan contains.\n\n"
        "Stage one (eight weeks)\n"
        "• Sick and elderly captives are freed in return for hundreds of inmates.\n"
        "• Talks on stage two run in parallel.\n\n"
        "Stage two\n"
        "• All remaining captives are exchanged.\n"
    )
    assert not [e for e in events(text) if e[0] in ("release", "talks")]


def test_a_list_under_a_heading_of_news_keeps_its_events() -> None:
    text = "Latest developments\n• The militia freed four captives in Vell on Monday.\n"
    assert ("release", "actual") in events(text)


def test_present_tense_terms_under_a_deal_are_no_release() -> None:
    text = (
        "Under its terms, the militia is to free 40 sailors over five days, while the state "
        "releases three inmates for every sailor."
    )
    assert not [e for e in events(text) if e[0] == "release"]
    assert ("release", "actual") in events(
        "Under the deal, the militia freed 30 sailors on Sunday."
    )


# words that make a trigger no happening


@pytest.mark.parametrize(
    "text",
    [
        "PRESS RELEASE\n\nThe sailors' union issued a press release on Monday.",
        "The fighting would not stop before those aims were met, the ministry said.",
        "The draft under discussion provides for a pause of six weeks.",
        "Aid groups said the truce had come close to collapse last week.",
    ],
)
def test_no_happening(text: str) -> None:
    got = events(text)
    assert not [e for e in got if e[0] in ("release", "meeting", "talks", "ceasefire_end")], got


def test_a_passive_meeting_with_its_agent_stays() -> None:
    assert events("The envoy was met by the foreign minister in Vell on Monday.")


def test_a_cabinet_approval_is_a_meeting() -> None:
    got = events("The state's cabinet approved plans on Tuesday to take the port.")
    assert ("meeting", "actual") in got and not [e for e in got if e[0] == "acceptance"]


def test_a_truce_taking_hold_starts() -> None:
    assert ("ceasefire_start", "actual") in events("The truce took hold on Sunday morning.")


def test_recalling_the_negotiators_is_a_rejection() -> None:
    text = "The talks collapsed in late July, when Ruritania recalled its negotiating team."
    assert ("rejection", "actual") in events(text)
    assert not [e for e in events("She recalled that the talks had failed.") if e[0] == "rejection"]


def test_a_delegation_arriving_there_holds_talks() -> None:
    text = "The answer came a day after a delegation led by the deputy chief arrived there."
    assert ("talks", "actual") in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "What is in the three-phase truce plan Ruritania tabled?",
        "Did the militia release the sailors on Monday?",
    ],
)
def test_a_question_reports_no_happening(text: str) -> None:
    assert events(text) == []


def test_viewing_a_proposal_positively_is_an_acceptance() -> None:
    text = 'The militia said late on Friday that it viewed the proposal "positively".'
    assert ("acceptance", "actual") in events(text)


def test_presenting_maps_is_a_proposal() -> None:
    text = "Ruritania presented maps that would keep its troops in part of the valley."
    assert ("proposal", "actual") in events(text)


def test_talks_due_to_begin_are_no_truce_start() -> None:
    text = (
        "The truce's first phase ends on March 1, and negotiations on a second phase, which "
        "were due to begin early this month, have yet to start in earnest."
    )
    assert not [e for e in events(text) if e[0] == "ceasefire_start"]
    assert ("ceasefire_start", "planned") in events(
        "A truce, which was due to begin on Sunday, slipped."
    )


def test_a_destruction_fought_for_is_an_aim() -> None:
    text = (
        "The minister, visiting troops, said the pause would be short and that the army would "
        'return to fighting "with full force" until the militia was destroyed and all captives '
        "were home."
    )
    assert not [e for e in events(text) if e[0] == "military_operation"]
