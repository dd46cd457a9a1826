"""Threats and conditions read from the clause structure (evidence/threats.py), on sentences
written for these tests (no article text): a negative condition ("unless", "if ... not",
"failure to") on a stated consequence is a threat by the party that states it; a positive
condition on what a party gives stays a condition; a refusal made conditional is a condition
claim and a threat event."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document, Extraction

_DAY = "2025-02-10"


def _extract(text: str) -> Extraction:
    return extract_document(Document(name="t.txt", text=text, published=_DAY))


def _claims(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def _threat_events(ex: Extraction) -> list[list[str]]:
    return [list(e.actors) for e in ex.events if e.type == "threat"]


def test_unless_on_a_stated_consequence_is_a_threat_of_the_subject() -> None:
    ex = _extract("Israel will resume the war unless Hamas frees the hostages by Saturday.")
    got = _claims(ex)
    assert ("israel", "hostage_release", "threat") in got
    assert ("israel", "hostage_release", "condition") not in got  # a threat, not a condition
    (claim,) = [c for c in ex.claims if c.stance == "threat"]
    assert claim.mode == "conditional"
    assert _threat_events(ex) == [["israel", "hamas"]]


def test_a_negated_if_under_a_reporting_verb_is_the_speakers_partys_threat() -> None:
    ex = _extract(
        "Israel Katz said the army would strike with full force if Hamas does not return "
        "the hostages."
    )
    threats = [c for c in ex.claims if c.stance == "threat"]
    assert [(c.actor, c.issue, c.speaker) for c in threats] == [
        ("israel", "hostage_release", "Israel Katz")
    ]
    assert _threat_events(ex) == [["israel", "hamas"]]


def test_a_fronted_negated_if_keeps_the_demand_and_adds_the_threat() -> None:
    ex = _extract(
        "Donald Trump said that if the hostages are not returned by Saturday, all hell would "
        "break out."
    )
    got = _claims(ex)
    assert ("united_states", "hostage_release", "threat") in got
    assert ("united_states", "hostage_release", "demand") in got
    assert [a[0] for a in _threat_events(ex)] == ["united_states"]


def test_failure_to_act_as_subject_is_the_warners_threat_not_the_addressees() -> None:
    ex = _extract(
        "US President Donald Trump met the envoy on Monday. The president warned Hamas that "
        "failure to release the captives would have severe consequences."
    )
    got = _claims(ex)
    assert ("united_states", "hostage_release", "threat") in got
    assert not any(a == "hamas" and st == "threat" for a, _i, st in got)
    assert ["united_states", "hamas"] in _threat_events(ex)


def test_an_unnamed_warner_does_not_make_the_addressee_the_holder() -> None:
    got = _claims(
        _extract(
            "The president warned Hamas that failure to release the captives would have "
            "severe consequences."
        )
    )
    assert not any(a == "hamas" and st == "threat" for a, _i, st in got)


def test_if_the_addressee_fails_to_act_is_a_negative_condition() -> None:
    got = _claims(
        _extract("Egypt warned it would take harsh measures if Hamas fails to free the hostages.")
    )
    assert ("egypt", "hostage_release", "threat") in got


def test_refusal_to_act_as_subject_is_a_threat() -> None:
    got = _claims(
        _extract("Israel said that a refusal to free the hostages would bring a harsh response.")
    )
    assert ("israel", "hostage_release", "threat") in got


def test_a_positive_condition_on_what_a_party_gives_stays_a_condition() -> None:
    ex = _extract("Israel said the ceasefire could be extended if more hostages were freed.")
    got = _claims(ex)
    assert ("israel", "ceasefire", "condition") in got
    assert not any(st == "threat" for _a, _i, st in got)
    assert _threat_events(ex) == []
    ex = _extract("Israel would withdraw if the hostages were freed.")
    assert ("israel", "withdrawal", "condition") in _claims(ex)
    assert not any(st == "threat" for _a, _i, st in _claims(ex))
    assert _threat_events(ex) == []


def test_a_conditional_offer_with_unless_is_no_threat() -> None:
    for text in (
        "Hamas will release the hostages unless Israel resumes the war.",
        "Israel will extend the truce unless Hamas violates it.",
    ):
        ex = _extract(text)
        assert not any(st == "threat" for _a, _i, st in _claims(ex)), text
        assert _threat_events(ex) == [], text


def test_an_issue_in_the_consequences_subject_is_no_offer() -> None:
    got = _claims(
        _extract("The truce will collapse unless Hamas frees the hostages, Israel warned.")
    )
    assert ("israel", "hostage_release", "threat") in got


def test_a_counterfactual_is_no_threat() -> None:
    ex = _extract("Israel would have resumed the war if Hamas had not freed the hostages.")
    assert not any(st == "threat" for _a, _i, st in _claims(ex))
    assert _threat_events(ex) == []


def test_a_positive_if_on_a_comment_is_no_claim() -> None:
    ex = _extract("If asked, he said he would comment.")
    assert ex.claims == []
    assert _threat_events(ex) == []


def test_a_refusal_made_conditional_by_a_negated_if_is_a_condition_and_a_threat_event() -> None:
    ex = _extract(
        "Qatar said it would suspend its mediation of a ceasefire if the parties do not show "
        "seriousness."
    )
    got = _claims(ex)
    assert ("qatar", "ceasefire", "condition") in got
    assert not any(st == "threat" for _a, _i, st in got)
    assert [a[0] for a in _threat_events(ex)] == ["qatar"]


def test_what_the_addressee_is_asked_to_do_is_no_offer_of_it() -> None:
    got = _claims(
        _extract(
            "Israel vowed harsh steps if Hamas does not resume the release of hostages under "
            "the new plan."
        )
    )
    assert ("israel", "hostage_release", "threat") in got
    assert ("hamas", "hostage_release", "offer") not in got


def test_a_consequence_no_party_states_is_a_forecast_not_a_threat() -> None:
    ex = _extract("The talks will collapse if Israel does not withdraw from the corridor.")
    assert not any(st == "threat" for _a, _i, st in _claims(ex))
    assert _threat_events(ex) == []


def test_a_deal_as_the_negative_condition_is_the_package_issue() -> None:
    ex = _extract("If no agreement is reached by Friday, Israel will resume fighting.")
    assert ("israel", "ceasefire", "threat") in _claims(ex)
    assert _threat_events(ex) == [["israel"]]
    ex = _extract("Qatar said it would suspend its mediation if no agreement is reached.")
    assert _claims(ex) == {("qatar", "ceasefire", "condition")}
    assert [a[0] for a in _threat_events(ex)] == ["qatar"]


def test_refusing_in_the_condition_is_a_negative_condition() -> None:
    got = _claims(_extract("Israel will resume the war if Hamas refuses to free the hostages."))
    assert ("israel", "hostage_release", "threat") in got
    got = _claims(_extract("If Hamas rejects the proposal, Israel will expand its operation."))
    assert ("israel", "ceasefire", "threat") in got
    assert ("hamas", "ceasefire", "reject") not in got  # only supposed


def test_a_positive_if_with_a_negated_consequence_is_no_threat() -> None:
    ex = _extract("If the truce holds, Israel will not resume the war.")
    assert not any(st == "threat" for _a, _i, st in _claims(ex))
    assert _threat_events(ex) == []


def test_an_alternative_to_a_demanded_act_is_a_threat_of_who_demands_it() -> None:
    ex = _extract("Trump told Hamas to release the hostages or face hell.")
    assert ("united_states", "hostage_release", "threat") in _claims(ex)
    assert _threat_events(ex) == [["united_states", "hamas"]]
    got = _claims(
        _extract("Hamas must release the hostages or face the consequences, Israel Katz said.")
    )
    assert ("israel", "hostage_release", "threat") in got
    assert not any(a == "hamas" and st == "threat" for a, _i, st in got)  # the addressee


def test_two_acts_offered_as_a_choice_are_no_threat() -> None:
    ex = _extract("Israel said it would accept or reject the plan.")
    assert not any(st == "threat" for _a, _i, st in _claims(ex))
    assert _threat_events(ex) == []


def test_withholding_what_one_gives_if_not_is_a_condition_with_a_threat_event() -> None:
    ex = _extract("Israel would not extend the truce if Hamas does not free the hostages.")
    got = _claims(ex)
    assert ("israel", "ceasefire", "condition") in got
    assert ("israel", "hostage_release", "demand") in got
    assert not any(st == "threat" for _a, _i, st in got)
    assert _threat_events(ex) == [["israel", "hamas"]]


def test_none_of_something_or_a_crossing_kept_shut_until_is_a_conditional_refusal() -> None:
    # (stop 39) "there will be no ... until", "will stay closed until": a threat event
    for text in (
        "Israel said there would be no return north until the last soldier is freed.",
        "The crossing will stay closed until Hamas returns the remains, Israel said.",
    ):
        assert _threat_events(_extract(text)), text
    assert not _threat_events(_extract("There will be no ceremony until Friday."))


def test_a_delivery_put_off_until_a_condition_is_a_threat_event() -> None:
    ex = _extract(
        "The Bordurian government said the release would be put off until the next handover "
        "is guaranteed."
    )
    assert _threat_events(ex)


def test_a_delivery_put_off_until_a_time_is_no_threat() -> None:
    assert not _threat_events(_extract("The handover was put off until next week."))
    assert not _threat_events(_extract("The handover was postponed until Sunday."))
