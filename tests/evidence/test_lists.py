"""Positions stated as a list after a lead-in ending in a colon (issue 9, fifth pass): the
lead-in and its items are read as the one sentence they stand for. Invented explainer text."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-05-31"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_a_tabled_package_as_a_bullet_list() -> None:
    got = claims(
        "What is in the new proposal?\n"
        "The proposal, put forward by Egypt and Qatar, includes:\n"
        "- a 60-day truce\n"
        "- the release of 10 living hostages\n"
        "- the return of 18 bodies\n"
        "Hamas said it was studying the proposal."
    )
    for actor in ("egypt", "qatar"):
        for issue in ("ceasefire", "hostage_release", "bodies_return"):
            assert (actor, issue, "offer") in got


def test_numbered_demands_whose_markers_the_splitter_cut_off() -> None:
    got = claims(
        "Hamas's response calls for:\n"
        "1. A permanent ceasefire.\n"
        "2. A full Israeli withdrawal from Gaza.\n"
        "3. The entry of aid without restrictions."
    )
    assert {
        ("hamas", "ceasefire", "demand"),
        ("hamas", "withdrawal", "demand"),
        ("hamas", "humanitarian_aid", "demand"),
    } <= got


def test_evidence_is_the_list_and_nothing_is_claimed_twice() -> None:
    text = "Hamas demands:\n- a permanent ceasefire\n- a full withdrawal"
    ex = extract_document(Document(name="t.txt", text=text, published="2025-05-31"))
    keys = [(c.actor, c.issue, c.stance) for c in ex.claims]
    assert len(keys) == len(set(keys))
    for c in ex.claims:
        assert text[c.evidence.start : c.evidence.end] == c.evidence.text
        assert c.evidence.text.startswith("Hamas demands:")


def test_a_colon_without_bullets_is_no_list() -> None:
    text = "Hamas said:\nIt is ready for talks."
    assert not {c for c in claims(text) if c[1] == "withdrawal"}


def test_terms_under_a_heading_that_names_an_owned_package() -> None:
    got = claims(
        "Key terms of the Egyptian plan:\n- a 60-day truce\n- the release of 10 living "
        "hostages\n- the return of displaced people to the north\n"
    )
    assert {
        ("egypt", "ceasefire", "offer"),
        ("egypt", "hostage_release", "offer"),
        ("egypt", "displaced_return", "offer"),
    } <= got


def test_a_package_refused_before_its_terms_keeps_both_readings() -> None:
    got = claims(
        "Hamas rejected the US plan, which includes:\n- a 60-day truce\n- the release of 10 "
        "living hostages\n"
    )
    assert {("hamas", "ceasefire", "reject"), ("united_states", "ceasefire", "offer")} <= got


def test_a_fact_box_of_labelled_lines_under_a_heading_naming_the_package() -> None:
    got = claims(
        "The US plan at a glance\n\nHostages: all hostages released within 72 hours.\n"
        "Prisoners: Israel frees 250 prisoners serving life sentences.\n"
    )
    assert {
        ("united_states", "hostage_release", "offer"),
        ("united_states", "prisoner_release", "offer"),
    } <= got


def test_labelled_lines_under_a_heading_naming_no_package_are_no_one_s_offer() -> None:
    got = claims(
        "Reactions at a glance\n\nHostages: families rallied in the square.\n"
        "Prisoners: buses arrived in the town.\n"
    )
    assert not {c for c in got if c[2] == "offer"}


def test_a_deal_s_terms_listed_in_the_present_are_accepted_by_who_delivers_them() -> None:
    got = claims(
        "Israel and Hamas have agreed to a ceasefire and an exchange of hostages for "
        "prisoners.\n\nPhase one (42 days)\n- Hamas releases 33 hostages.\n- Israel frees "
        "around 1,900 Palestinian prisoners.\n- Israeli troops pull back from populated "
        "areas.\n"
    )
    assert {
        ("hamas", "hostage_release", "accept"),
        ("israel", "prisoner_release", "accept"),
        ("israel", "withdrawal", "accept"),
    } <= got


def test_present_tense_lines_with_no_deal_or_package_before_them_are_no_terms() -> None:
    got = claims(
        "What to know\n- Hamas releases 33 hostages.\n- Israel frees around 1,900 Palestinian "
        "prisoners.\n"
    )
    assert not {c for c in got if c[2] == "accept"}
