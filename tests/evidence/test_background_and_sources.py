"""Background that is no event, the other side of a deal's terms, sources carried by "It
said", group nouns opening a sentence, date labels run into a sentence. Sentences written
for the tests (the public actors of the gazetteer, invented wording)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.nlp import parse_selected, sentence_ranges
from accord.evidence.scoring import max_matching
from accord.evidence.types import Document


def _extract(text: str):  # type: ignore[no-untyped-def]
    return extract_document(Document(name="t.txt", text=text, published="2024-01-10"))


def _events(text: str) -> list[str]:
    return [e.type for e in _extract(text).events]


def test_a_military_verb_describing_people_is_no_event() -> None:
    assert "military_operation" not in _events(
        "She thanked the soldiers who shot at the car for their apology."
    )
    assert "military_operation" in _events("Soldiers shot at the car on Monday.")


def test_a_deal_described_by_its_own_clause_is_no_talks_event() -> None:
    assert "talks" not in _events("The truce that was negotiated in the spring ended on Friday.")


def test_a_circumstance_is_no_event() -> None:
    assert "military_operation" not in _events(
        "With that assault ongoing, a diplomat said he expected little progress."
    )


def test_the_other_side_of_deal_terms_is_accepted_by_its_giver() -> None:
    claims = {
        (c.actor, c.issue, c.stance)
        for c in _extract(
            "Israel and Hamas agreed to a truce on Tuesday. Hamas will release 30 Israeli "
            "hostages in exchange for 90 Palestinian prisoners, the prime minister said."
        ).claims
    }
    assert ("israel", "prisoner_release", "accept") in claims
    assert ("hamas", "prisoner_release", "demand") not in claims


def test_it_said_after_a_reported_sentence_is_the_same_source() -> None:
    text = (
        "Benjamin Netanyahu's office said a captive held by Hamas should have been freed.\n\n"
        "It said Israel would not allow people to return to northern Gaza until she is freed."
    )
    claims = [c for c in _extract(text).claims if c.issue == "displaced_return"]
    assert claims and claims[0].actor == "israel"
    assert claims[0].speaker == "Benjamin Netanyahu's office"


def test_a_group_noun_opening_a_sentence_is_the_group() -> None:
    text = (
        "Gaza talks\n\nMediators seeking a truce are meeting in Cairo on Sunday, according "
        "to sources briefed on the talks."
    )
    holders = {c.actor for c in _extract(text).claims if c.issue == "ceasefire"}
    assert {"qatar", "egypt", "united_states"} <= holders


def test_a_date_label_run_into_the_first_sentence_stands_alone() -> None:
    text = "date 2024-03-03 The envoy said the talks would resume on Monday."
    (doc,) = parse_selected([text], lambda s: True)
    first, second = sentence_ranges(doc)[:2]
    assert doc[first[0] : first[1]].text.strip() == "date 2024-03-03"
    assert doc[second[0]].text == "The"


def test_scoring_pairs_a_claim_with_its_own_mention_first() -> None:
    # two gold items share a key: each prediction is paired with the one of its sentence
    pairs = max_matching(2, 2, lambda p, g: True, prefer=lambda p, g: p != g)
    assert sorted(pairs) == [(0, 1), (1, 0)]
    # preferring never shrinks the matching
    assert len(max_matching(2, 2, lambda p, g: g == 0 or p == 1, prefer=lambda p, g: g == 0)) == 2


def test_two_doers_of_one_kind_in_a_sentence_are_two_events() -> None:
    kinds = _events("Israel released 30 prisoners, while Hamas freed 11 hostages.")
    assert kinds.count("release") == 2
    assert _events("Hamas freed 11 hostages and freed two more on Monday.").count("release") == 1


def test_a_refusal_conditioned_below_its_complement_is_a_threat() -> None:
    assert "threat" in _events(
        "Israel said it would not allow families to begin returning to northern Gaza until "
        "the last captive is freed."
    )


def test_a_truce_ends_or_starts_only_as_the_subject_of_the_verb() -> None:
    assert "ceasefire_end" not in _events(
        "The union agreed to a truce proposal to end the war, officials said."
    )
    assert "ceasefire_end" in _events("The truce ended on Friday morning.")
    assert "ceasefire_start" in _events(
        "Under a truce between the two sides that began on October 10, aid trucks entered."
    )


def test_a_refusal_others_ask_for_is_no_threat() -> None:
    assert "threat" not in _events(
        "Families have urged the government to halt the next phase until all remains are recovered."
    )
