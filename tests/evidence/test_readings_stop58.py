"""Readings added in stop 58 (issue 9): keeping to a deal already made ("will implement the
agreement", "would abide by the truce", "committed to implementing the accord") accepts it,
unless it is asked of another ("to make X honour the deal", "the way out is for X to honour
it") or is what a condition hangs on ("as long as X abides by it"); an acceptance bound by "as
long as", where the parse hangs the clause on "long", is a condition; a list's lead-in that goes
on about what the sentence before described ("According to X, the proposal ... It envisages:")
is stated by that sentence's source, as is a sentence after a report about a package ("The
proposal is close to Y's, the official said. It would see ..."); a holder's claims on the same
words share its one source; an office named only by its title is written as the text names it
unless the text names it by its holder elsewhere; a hyphenated name the parser splits into
several subjects is still the subject that states the position; a lead-in by unnamed sources
of no party gives them as its lines' speaker; a named person tabling a package inside another's
report states its terms.
Sentences written for these tests, some adapted from the invented read sets (no real article's
text)."""

from __future__ import annotations

from .readings import claims, read


def _speakers(text: str) -> dict[tuple[str, str, str], str | None]:
    return {(c.actor, c.issue, c.stance): c.speaker for c in read(text).claims}


def test_keeping_to_a_deal_accepts_it() -> None:
    assert ("hamas", "ceasefire", "accept") in claims("Hamas said it would abide by the agreement.")
    assert ("hamas", "ceasefire", "accept") in claims("Hamas said it will implement the agreement.")
    got = claims("Hamas remains committed to implementing the agreement as signed, the group said.")
    assert ("hamas", "ceasefire", "accept") in got
    assert ("hamas", "ceasefire", "demand") not in got
    # asked of another, it is no acceptance of the other's
    got = claims("Hamas urged the mediators to make Israel implement the deal.")
    assert ("israel", "ceasefire", "accept") not in got
    got = claims(
        "Hamas said the only path to freeing the captives was for Israel to honour the agreement."
    )
    assert ("israel", "ceasefire", "accept") not in got
    # kept as long as the other keeps to it: a condition (what the condition hangs on accepts
    # nothing of its own)
    got = claims(
        "A Hamas official told Reuters the group would respect the truce as long as Israel did."
    )
    assert ("hamas", "ceasefire", "condition") in got
    assert ("hamas", "ceasefire", "accept") not in got
    got = claims("Hamas said it was committed to the agreement as long as Israel abided by it.")
    assert ("hamas", "ceasefire", "condition") in got
    assert ("israel", "ceasefire", "accept") not in got


def test_a_lead_in_going_on_about_a_reported_package_keeps_its_source() -> None:
    text = (
        "Hamas has agreed to a new proposal from Egyptian and Qatari mediators for a 60-day "
        "truce.\n\n"
        "According to an Egyptian official who spoke on condition of anonymity, the proposal is "
        "nearly identical to the one drafted in June. It envisages:\n\n"
        "- a 60-day truce, during which negotiations on a permanent ceasefire would take place\n"
        "- the release of an unspecified number of Palestinian prisoners\n"
    )
    got = _speakers(text)
    assert got[("egypt", "prisoner_release", "offer")] == "an Egyptian official"


def test_a_sentence_after_a_report_about_a_package_keeps_its_source() -> None:
    text = (
        "CAIRO (AP) - Hamas has accepted a proposal from Egyptian and Qatari mediators for a "
        "60-day ceasefire, an Egyptian official said Monday.\n"
        "The proposal is close to a framework put forward in June by a US envoy, said the "
        "official, who spoke on condition of anonymity. It would see 10 living hostages released "
        "in two batches in exchange for about 200 Palestinian prisoners."
    )
    got = _speakers(text)
    assert got[("egypt", "hostage_release", "offer")] == "an Egyptian official"


def test_a_holders_claims_on_the_same_words_share_its_source() -> None:
    text = (
        "The proposal, outlined by US President Joe Biden on May 31, envisions a six-week first "
        "phase in which women, the elderly and the wounded would be freed in exchange for "
        "hundreds of Palestinian prisoners."
    )
    got = _speakers(text)
    assert got[("united_states", "prisoner_release", "offer")] == "Joe Biden"
    assert got[("united_states", "ceasefire", "offer")] == "Joe Biden"


def test_an_office_named_by_its_title_is_written_as_the_text_names_it() -> None:
    text = (
        "Israel's cabinet met on Friday. The Prime Minister's Office said Hamas had not met its "
        "obligation to release all the women hostages."
    )
    got = _speakers(text)
    assert got[("israel", "hostage_release", "demand")] == "Prime Minister's office"
    # the same office named by its holder elsewhere in the text: one name for the source
    text += " Prime Minister Benjamin Netanyahu's office later said talks would go on."
    got = _speakers(text)
    assert got[("israel", "hostage_release", "demand")] == "Benjamin Netanyahu's office"


def test_a_hyphenated_name_split_by_the_parser_is_still_the_subject() -> None:
    got = _speakers('National Security Minister Itamar Ben-Gvir called the agreement "a mistake".')
    assert got[("israel", "ceasefire", "reject")] == "Itamar Ben-Gvir"


def test_a_lead_in_by_unnamed_sources_of_no_party_gives_them_as_speaker() -> None:
    text = (
        "Israel and Hamas have agreed on the first phase of the plan, the US president "
        "announced late on Wednesday.\n\n"
        '"All of the hostages will be released very soon," he wrote.\n\n'
        "A Qatari spokesman said the mediators and the two parties had agreed on the provisions "
        "of the first phase.\n\n"
        "Under the terms, as described by officials involved:\n\n"
        "- Israeli forces pull back to the agreed line.\n"
        "- Aid resumes at an initial 400 trucks a day.\n"
    )
    got = _speakers(text)
    assert got[("israel", "humanitarian_aid", "accept")] == "officials involved"


def test_a_person_tabling_a_package_inside_a_report_states_its_terms() -> None:
    text = (
        "US envoy Steve Witkoff met negotiators in Doha on Wednesday. The White House said in a "
        'statement that Witkoff had put forward a "bridge" proposal to extend the first phase in '
        "exchange for the release of five living hostages."
    )
    got = _speakers(text)
    assert got[("united_states", "ceasefire", "offer")] == "Steve Witkoff"
