"""Claim constructions found on news written blind to the rules (issue 9, second round).

Each test is an invented sentence for a general construction the extractor missed on unseen
text: a hope stated with its clause ("we hope the talks will lead to a truce"), taking the war
up again as the end of a truce ("its troops would go back to fighting"; with "unless ..." a
condition), and a party's forces named without the party ("K warned that the army would ...":
K's party holds the position)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    doc = Document(name="t.txt", text="Talks went on in Cairo. " + text, published="2025-02-10")
    return {(c.actor, c.issue, c.stance) for c in extract_document(doc).claims}


def speakers(text: str) -> dict[tuple[str, str, str], str | None]:
    doc = Document(name="t.txt", text="Talks went on in Cairo. " + text, published="2025-02-10")
    return {(c.actor, c.issue, c.stance): c.speaker for c in extract_document(doc).claims}


@pytest.mark.parametrize(
    "text",
    [
        '"We hope these days will lead to a lasting truce," said Qatari spokesman Majed al-Ansari.',
        "Qatar hoped the round would end in a permanent ceasefire.",
        "Qatar is hoping to secure a ceasefire before the holiday.",
    ],
)
def test_a_hope_with_its_clause_is_a_demand(text: str) -> None:
    assert ("qatar", "ceasefire", "demand") in claims(text)


def test_a_quoted_hope_keeps_its_speaker() -> None:
    got = speakers('"We hope these days will lead to a lasting truce," said Majed al-Ansari.')
    assert got.get(("qatar", "ceasefire", "demand")) == "Majed al-Ansari"


def test_the_hopes_of_others_are_no_one_s_demand() -> None:
    assert ("qatar", "ceasefire", "demand") not in claims(
        "Qatar said the hopes of a ceasefire had faded by the evening."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Yoav Gallant said the lull was brief and that the troops would then return to fighting.",
        "Israel said it would resume the offensive once the pause was over.",
        # (stop 39) the war the subject of its resuming
        "Israel said the fighting would resume once the pause was over.",
    ],
)
def test_taking_the_war_up_again_threatens_the_truce(text: str) -> None:
    # (stop 39) a threat of force against the truce (CAMEO 138), as the annotators of the
    # invented sets read it, where an earlier stop read a rejection
    got = claims(text)
    assert ("israel", "ceasefire", "threat") in got or ("israel", "ceasefire", "condition") in got
    assert ("israel", "ceasefire", "accept") not in got


def test_resuming_the_war_unless_is_a_condition() -> None:
    got = claims(
        "Netanyahu warned that Israel would resume heavy fighting unless Hamas freed them."
    )
    assert ("israel", "ceasefire", "condition") in got


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it would not resume the war if the truce held.",
        "Israel resumed fighting in the south on Friday.",  # a happening, not a position
        "Hamas said talks on the truce would resume on Monday.",
    ],
)
def test_no_stance_from_resuming_denied_done_or_talks(text: str) -> None:
    got = claims(text)
    assert ("hamas", "ceasefire", "reject") not in got
    assert ("israel", "ceasefire", "reject") not in got


def test_the_army_of_the_reporter_holds_the_position() -> None:
    text = (
        "Trump said the captives had to be home by noon, and Netanyahu warned that the army "
        'would resume "heavy fighting" unless Hamas freed them by Saturday.'
    )
    got = speakers(text)
    assert got.get(("israel", "ceasefire", "condition")) == "Benjamin Netanyahu"
    assert ("united_states", "ceasefire", "condition") not in got


def test_a_refusal_barred_by_before_is_a_condition_and_a_demand() -> None:
    got = claims(
        "An Israeli aide said Israel would not consent to halting the war before Hamas is fully disarmed."
    )
    assert ("israel", "ceasefire", "condition") in got
    assert ("israel", "hamas_rule", "demand") in got
    assert ("israel", "ceasefire", "reject") not in got
    assert ("israel", "hamas_rule", "reject") not in got


def test_the_war_not_ending_before_a_goal_is_a_condition() -> None:
    got = claims("This war would not end before all its aims were met, Netanyahu said.")
    assert ("israel", "ceasefire", "condition") in got


def test_a_plain_refusal_stays_a_rejection() -> None:
    assert ("israel", "ceasefire", "reject") in claims("Israel said it would not accept a truce.")


def test_insisting_on_what_was_agreed_demands_the_terms_after_it() -> None:
    got = claims(
        "A Hamas envoy said the group demands what it accepted back in May: a complete ceasefire "
        "and full withdrawal from Gaza."
    )
    assert ("hamas", "ceasefire", "demand") in got
    assert ("hamas", "withdrawal", "demand") in got


def test_accepting_a_named_term_stays_an_acceptance() -> None:
    assert ("hamas", "ceasefire", "accept") in claims("Hamas said it accepted a truce in May.")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas demanded that Israeli forces return to the positions held last winter.",
        "Hamas demanded that Israeli troops go back to their old lines.",
    ],
)
def test_forces_going_back_to_their_lines_is_the_withdrawal(text: str) -> None:
    assert ("hamas", "withdrawal", "demand") in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        'Hamas said on Sunday night it viewed the proposal "positively".',
        "Hamas said it viewed the new plan favourably.",
    ],
)
def test_viewing_a_package_favourably_accepts_it(text: str) -> None:
    assert ("hamas", "ceasefire", "accept") in claims(text)


def test_viewing_a_package_otherwise_is_no_acceptance() -> None:
    assert ("hamas", "ceasefire", "accept") not in claims(
        "Hamas viewed the proposal with suspicion."
    )


RELEASE = (
    "STATEMENT\n\nHostages and Missing Families Forum\nTel Aviv | Issued: 3 May\n\n"
    '"Last night the envoys said the plan was ready.\n\n'
    "We urge the cabinet to free the hostages held in Vellmoor now. {extra}\n\n"
    'Thank you."\n'
)


def test_a_release_speaks_in_its_issuer_s_voice() -> None:
    doc = Document(name="r.txt", text=RELEASE.format(extra=""), published="2025-05-03")
    got = {(c.actor, c.issue, c.stance): c.speaker for c in extract_document(doc).claims}
    assert got.get(("hostage_families", "hostage_release", "demand")) == (
        "Hostages and Missing Families Forum"
    )


def test_a_one_word_heading_is_no_issuer() -> None:
    text = RELEASE.format(extra="").replace("Hostages and Missing Families Forum", "Hamas")
    got = extract_document(Document(name="r.txt", text=text, published="2025-05-03")).claims
    assert not any(c.speaker == "Hamas" and c.actor == "hamas" for c in got)


def test_the_proposal_as_subject_is_no_offer_by_its_reporter() -> None:
    got = claims(
        "Qatar tabled a proposal on Monday. Hamas said the proposal would bring home ten "
        "detained people during a truce."
    )
    assert ("hamas", "ceasefire", "offer") not in got


def test_what_any_package_must_rest_on_is_a_condition() -> None:
    # (stop 49: a condition, as the read gold has it 13 times to 7 for a demand)
    got = claims(
        "Hamas said it stood ready to weigh any proposal based on a permanent ceasefire and a "
        "complete withdrawal."
    )
    assert ("hamas", "ceasefire", "condition") in got
    assert ("hamas", "withdrawal", "condition") in got


def test_working_to_save_a_deal_demands_it_for_each_party_named() -> None:
    got = claims("Egyptian and Qatari envoys then worked for days to rescue the deal.")
    assert ("egypt", "ceasefire", "demand") in got
    assert ("qatar", "ceasefire", "demand") in got


def test_a_purpose_that_attains_nothing_is_no_demand() -> None:
    assert ("egypt", "ceasefire", "demand") not in claims(
        "Egypt called a meeting to discuss the deal."
    )


EXPLAINER = (
    "EXPLAINER\n\nThe envoy on Monday pressed Hamas to accept what he termed an Israeli plan "
    "for calm. Here is what the plan holds as he put it.\n\nStage one\n"
    "• A full ceasefire.\n• Israeli forces pull out of the towns.\n\nStage two\n"
    "• Troops leave the strip entirely.\n\nWhere things stand\n\nHamas said it would study it.\n"
)


def test_bullet_terms_under_headings_are_the_package_owner_s_offers() -> None:
    doc = Document(name="e.txt", text=EXPLAINER, published="2025-02-10")
    got = [(c.actor, c.issue, c.stance) for c in extract_document(doc).claims]
    assert got.count(("israel", "withdrawal", "offer")) == 2  # one per line that names it
    assert ("israel", "ceasefire", "offer") in got


def test_bullets_after_a_paragraph_with_no_owned_package_give_no_offers() -> None:
    text = EXPLAINER.replace("an Israeli plan", "a plan")
    doc = Document(name="e.txt", text=text, published="2025-02-10")
    got = [(c.actor, c.issue, c.stance) for c in extract_document(doc).claims]
    assert ("israel", "withdrawal", "offer") not in got


def test_hopeful_of_a_deal_is_a_demand_for_it() -> None:
    got = speakers("Steve Witkoff told reporters he felt hopeful of an accord within weeks.")
    assert got.get(("united_states", "ceasefire", "demand")) == "Steve Witkoff"


def test_not_hopeful_of_a_deal_is_none() -> None:
    got = claims("Steve Witkoff said he was not hopeful of an accord.")
    assert ("united_states", "ceasefire", "demand") not in got


@pytest.mark.parametrize(
    "text",
    [
        "The round closed with the United States tabling a new proposal.",
        "The United States tabled what it called a final proposal.",
    ],
)
def test_tabling_with_an_absolute_subject_or_a_free_relative_offers(text: str) -> None:
    assert ("united_states", "ceasefire", "offer") in claims(text)


def test_no_longer_a_threat_is_the_security_issue() -> None:
    got = claims(
        "Israel's goals were unchanged: freeing every hostage and making sure the strip no "
        "longer poses a threat to Israel, the office said."
    )
    assert ("israel", "security_guarantees", "demand") in got


def test_parties_after_a_leading_time_hold_the_position_together() -> None:
    # the parser takes the parties for conjuncts of "Sunday", leaving the verb no subject
    text = (
        "Talks went on. Later on Sunday, Qatar, Egypt and the United States issued a joint "
        "statement calling on both sides to accept the agreement."
    )
    doc = Document(name="t.txt", text=text, published="2025-02-10")
    got = {(c.actor, c.issue, c.stance) for c in extract_document(doc).claims}
    for party in ("qatar", "egypt", "united_states"):
        assert (party, "ceasefire", "demand") in got
