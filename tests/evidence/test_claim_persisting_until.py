"""An effort kept up "until" something happens asks for it; a thing withheld "until" something
happens is conditioned on it (sentences written for these tests, no article text)."""

from __future__ import annotations

import pytest

from .test_claim_paraphrase import claims


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The US envoy said: “We will not stop working until all the hostages come home and "
            "a ceasefire is reached.”",
            [
                ("united_states", "hostage_release", "demand"),
                ("united_states", "ceasefire", "demand"),
            ],
        ),
        (
            "Qatar said it will continue its mediation until the war ends.",
            [("qatar", "ceasefire", "demand")],
        ),
        (
            "Israel said it will not rest until every one of the hostages is home.",
            [("israel", "hostage_release", "demand")],
        ),
        (
            "Egypt said it would not give up until a ceasefire is agreed.",
            [("egypt", "ceasefire", "demand")],
        ),
        (
            "Qatar and Egypt remain committed to continuing their efforts until an agreement is "
            "reached that ends the war.",
            [("qatar", "ceasefire", "demand"), ("egypt", "ceasefire", "demand")],
        ),
        (
            "Netanyahu said Israel would press on until every hostage is home.",
            [("israel", "hostage_release", "demand")],
        ),
    ],
)
def test_an_effort_kept_up_until_x_asks_for_x(
    text: str, wanted: list[tuple[str, str, str]]
) -> None:
    got = claims(text)
    for key in wanted:
        assert key in got
        assert (key[0], key[1], "condition") not in got


def test_a_thing_withheld_until_x_stays_conditioned() -> None:
    got = claims(
        "Hamas said negotiations would not resume until the Israeli ground invasion stopped."
    )
    assert ("hamas", "ceasefire", "condition") in got
    assert ("hamas", "ceasefire", "demand") not in got


def test_a_verb_of_ceasing_not_negated_withholds() -> None:
    # "will stop X until Y": X is withheld until Y (a condition), Y asked for
    got = claims("Israel said it will stop the aid deliveries until the hostages are released.")
    assert ("israel", "humanitarian_aid", "condition") in got
    assert ("israel", "humanitarian_aid", "demand") not in got
    assert ("israel", "hostage_release", "demand") in got


@pytest.mark.parametrize(
    "text",
    [
        "Israel said there will be no truce before the hostages come back.",
        "Netanyahu said no truce will happen before the hostages come back.",
        "Israel will not stop the war before the hostages are released, Netanyahu said.",
    ],
)
def test_a_thing_denied_before_x_is_conditioned_and_x_asked_for(text: str) -> None:
    got = claims(text)
    assert ("israel", "ceasefire", "condition") in got
    assert ("israel", "hostage_release", "demand") in got
    assert ("israel", "hostage_release", "condition") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it would delay the handover until Israel lets aid trucks reach the north.",
        "Hamas said it is postponing the second group until the aid trucks are let in.",
    ],
)
def test_what_a_delivery_is_held_back_for_is_asked_for(text: str) -> None:
    got = claims(text)
    assert ("hamas", "humanitarian_aid", "demand") in got
    assert ("hamas", "humanitarian_aid", "condition") not in got
