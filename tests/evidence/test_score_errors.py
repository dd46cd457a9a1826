"""The error profile of ``accord eval extraction --errors``: each unmatched item in exactly one
category, the first that applies. Gold and extractions are built by hand on invented text."""

from __future__ import annotations

import random

from accord.evidence.score_errors import CATEGORIES, error_profile
from accord.evidence.scoring import score
from accord.evidence.types import Claim, Count, Event, Extraction, PublicationDate, Quote, Span

SENTENCES = [
    "Party Alder wants the toll cut.",  # 0: stance differs
    "Party Alder also wants the bridge closed.",  # 1: issue differs
    "Party Birch backs the ferry plan.",  # 2: holder differs
    "Alder accepts the toll, a minister said.",  # 3: gold restates 4, read once
    "Alder accepts the toll, the minister repeated.",  # 4: matched
    "Party Dune asks for a new port.",  # 5: matched
    "Dune asks for the new port again, its envoy added.",  # 6: read twice, annotated once
    "Party Elm and Party Fir both spoke about the walls.",  # 7: two fields differ
    'A spokesman for Party Gale said: "We will never sign that text at all."',  # 8: unread
    "Nothing in this line was read by anyone.",  # 9: not found
    "Party Iris wants the toll cut too.",  # 10: no gold there
]
TEXT = " ".join(SENTENCES)
DOC = "d.txt"


def span(i: int) -> Span:
    start = TEXT.index(SENTENCES[i])
    return Span(DOC, start, start + len(SENTENCES[i]), SENTENCES[i])


def gold_claim(actor: str, issue: str, stance: str, i: int) -> dict:
    return {"actor": actor, "issue": issue, "stance": stance, "evidence": SENTENCES[i]}


def claim(actor: str, issue: str, stance: str, i: int) -> Claim:
    return Claim(actor, None, issue, stance, None, span(i))


def undated(**kinds) -> Extraction:
    return Extraction(doc=DOC, published=PublicationDate(None, None, None, "none"), **kinds)


GOLD_CLAIMS = [
    gold_claim("a", "toll", "demand", 0),
    gold_claim("a", "bridge", "demand", 1),
    gold_claim("b", "ferry", "accept", 2),
    gold_claim("a", "toll", "accept", 3),
    gold_claim("a", "toll", "accept", 4),
    gold_claim("d", "port", "demand", 5),
    gold_claim("e", "walls", "reject", 7),
    gold_claim("g", "deal", "reject", 8),
    gold_claim("h", "toll", "demand", 9),
]
CLAIMS = [
    claim("a", "toll", "reject", 0),
    claim("a", "ferry", "demand", 1),
    claim("c", "ferry", "accept", 2),
    claim("a", "toll", "accept", 4),
    claim("d", "port", "demand", 5),
    claim("d", "port", "demand", 6),
    claim("f", "roads", "demand", 7),
    claim("i", "toll", "demand", 10),
]
STATEMENT = Quote("We will never sign that text at all.", True, None, "g", None, span(8))


def profile_of(extraction: Extraction, gold: dict) -> dict:
    return score({DOC: extraction}, {DOC: gold}, {DOC: TEXT}, errors=True)


def test_each_claim_category_on_its_own_case() -> None:
    gold = {"claims": GOLD_CLAIMS, "counts": [], "events": [], "published": None}
    result = profile_of(undated(claims=CLAIMS, quotes=[STATEMENT]), gold)
    assert result["support"]["claims"] == {"extracted": 8, "gold": 9, "matched": 2}
    assert result["errors"]["claims"]["gold"] == {
        "stance differs": 1,
        "issue differs": 1,
        "holder differs": 1,
        "repeats a matched claim": 1,
        "another claim there": 1,
        "in an unread statement": 1,
        "not found": 1,
    }
    assert result["errors"]["claims"]["extracted"] == {
        "stance differs": 1,
        "issue differs": 1,
        "holder differs": 1,
        "repeats a matched claim": 1,
        "another claim there": 1,
        "no gold claim there": 1,
    }


def test_a_statement_with_a_claim_read_from_it_is_not_unread() -> None:
    gold = {"claims": [gold_claim("g", "deal", "reject", 8)], "counts": [], "events": []}
    read = claim("g", "deal", "accept", 8)  # read, with the stance wrong
    result = profile_of(undated(claims=[read], quotes=[STATEMENT]), gold)
    assert result["errors"]["claims"]["gold"]["stance differs"] == 1
    alone = profile_of(undated(quotes=[STATEMENT]), gold)
    assert alone["errors"]["claims"]["gold"]["in an unread statement"] == 1
    nothing = profile_of(undated(), gold)
    assert nothing["errors"]["claims"]["gold"]["not found"] == 1


def test_the_first_category_that_applies_wins() -> None:
    # an extracted claim on the same words differs in stance from one gold claim and in
    # issue from another: stance comes first
    gold = {
        "claims": [gold_claim("a", "toll", "demand", 0)],
        "counts": [],
        "events": [],
    }
    extracted = [claim("a", "toll", "reject", 0), claim("a", "bridge", "demand", 0)]
    result = profile_of(undated(claims=extracted), gold)
    assert result["errors"]["claims"]["gold"]["stance differs"] == 1
    assert result["errors"]["claims"]["extracted"] == {
        **dict.fromkeys(CATEGORIES["claims"]["extracted"], 0),
        "stance differs": 1,
        "issue differs": 1,
    }


COUNT_LINES = [
    "The ferry carried 40 trucks on the first day.",  # 0: quantity differs
    "Officials counted 300 travellers at the gate.",  # 1: value differs
    "Five cars crossed at dawn.",  # 2: gold restates 3
    "Five cars crossed, the guards said.",  # 3: matched
    "Seven boats and nine planes waited.",  # 4: another count there
    "One rider came alone.",  # 5: not found
    "Two carts came late.",  # 6: no gold count there
]


def test_each_count_category() -> None:
    text = " ".join(COUNT_LINES)

    def at(i: int) -> Span:
        start = text.index(COUNT_LINES[i])
        return Span(DOC, start, start + len(COUNT_LINES[i]), COUNT_LINES[i])

    def gold(quantity: str, value: int, i: int) -> dict:
        return {"quantity": quantity, "value": value, "evidence": COUNT_LINES[i]}

    def count(quantity: str, value: int, i: int) -> Count:
        return Count(quantity, value, False, None, "", at(i))

    golds = [
        gold("trucks", 40, 0),
        gold("travellers", 300, 1),
        gold("cars", 5, 2),
        gold("cars", 5, 3),
        gold("boats", 7, 4),
        gold("riders", 1, 5),
    ]
    counts = [
        count("buses", 40, 0),
        count("travellers", 310, 1),
        count("cars", 5, 3),
        count("planes", 9, 4),
        count("carts", 2, 6),
    ]
    result = score(
        {DOC: undated(counts=counts)},
        {DOC: {"claims": [], "counts": golds, "events": []}},
        {DOC: text},
        errors=True,
    )
    assert result["errors"]["counts"] == {
        "gold": {
            "quantity differs": 1,
            "value differs": 1,
            "repeats a matched count": 1,
            "another count there": 1,
            "not found": 1,
        },
        "extracted": {
            "quantity differs": 1,
            "value differs": 1,
            "repeats a matched count": 0,
            "another count there": 1,
            "no gold count there": 1,
        },
    }


EVENT_LINES = [
    "The hostages were handed over at noon.",  # 0: type differs
    "A strike hit the northern depot.",  # 1: gold strike here...
    "Another strike was reported in the south.",  # 2: ...extracted here
    "Both delegations met twice in the hall.",  # 3: two meetings, one read
    "The envoy visited and the talks began.",  # 4: talks matched, visit missed
    "A truce was announced later.",  # 5: not found
    "The crossing was closed overnight.",  # 6: no gold event there
]


def test_each_event_category() -> None:
    text = " ".join(EVENT_LINES)

    def at(i: int) -> Span:
        start = text.index(EVENT_LINES[i])
        return Span(DOC, start, start + len(EVENT_LINES[i]), EVENT_LINES[i])

    def gold(kind: str, i: int, where: str | None = None) -> dict:
        return {"type": kind, "location": where, "evidence": EVENT_LINES[i]}

    def event(kind: str, i: int, where: str | None = None) -> Event:
        return Event(kind, None, None, where, [], at(i))

    golds = [
        gold("release", 0),
        gold("strike", 1, "north"),
        gold("meeting", 3),
        gold("meeting", 3),
        gold("visit", 4),
        gold("talks", 4),
        gold("truce", 5),
    ]
    events = [
        event("transfer", 0),
        event("strike", 2, "south"),
        event("meeting", 3),
        event("talks", 4),
        event("closure", 6),
    ]
    result = score(
        {DOC: undated(events=events)},
        {DOC: {"claims": [], "counts": [], "events": golds}},
        {DOC: text},
        errors=True,
    )
    assert result["support"]["events"] == {"extracted": 5, "gold": 7, "matched": 2}
    assert result["errors"]["events"] == {
        "gold": {
            "type differs": 1,
            "same type elsewhere": 1,
            "repeats a matched event": 1,
            "another event there": 1,
            "not found": 1,
        },
        "extracted": {
            "type differs": 1,
            "same type elsewhere": 1,
            "repeats a matched event": 0,
            "another event there": 0,
            "no gold event there": 1,
        },
    }


def test_every_unmatched_item_is_counted_once_on_random_documents() -> None:
    rng = random.Random(7)
    words = ["one", "two", "three", "four", "five", "six"]
    for _trial in range(30):
        extractions, golds, texts = {}, {}, {}
        for d in range(rng.randint(1, 4)):
            name = f"doc{d}"
            sentences = [" ".join(rng.choices(words, k=5)) + f" line{i}." for i in range(8)]
            text = " ".join(sentences)
            texts[name] = text

            def at(
                i: int, name: str = name, text: str = text, sentences: list[str] = sentences
            ) -> Span:
                start = text.index(sentences[i])
                return Span(name, start, start + len(sentences[i]), sentences[i])

            def pick(options: str) -> str:
                return rng.choice(options.split())

            golds[name] = {
                "claims": [
                    {
                        "actor": pick("a b c"),
                        "issue": pick("x y"),
                        "stance": pick("demand reject"),
                        "evidence": sentences[rng.randrange(8)],
                    }
                    for _ in range(rng.randint(0, 6))
                ],
                "counts": [
                    {
                        "quantity": pick("p q"),
                        "value": rng.randint(1, 3),
                        "evidence": sentences[rng.randrange(8)],
                    }
                    for _ in range(rng.randint(0, 4))
                ],
                "events": [
                    {"type": pick("s t u"), "location": None, "evidence": sentences[i]}
                    for i in rng.choices(range(8), k=rng.randint(0, 4))
                ],
                "published": None,
            }
            extractions[name] = Extraction(
                doc=name,
                published=PublicationDate(None, None, None, "none"),
                claims=[
                    Claim(pick("a b c"), None, pick("x y"), pick("demand reject"), None, at(i))
                    for i in rng.choices(range(8), k=rng.randint(0, 6))
                ],
                counts=[
                    Count(pick("p q"), rng.randint(1, 3), False, None, "", at(i))
                    for i in rng.choices(range(8), k=rng.randint(0, 4))
                ],
                events=[
                    Event(pick("s t u"), None, None, None, [], at(i))
                    for i in rng.choices(range(8), k=rng.randint(0, 4))
                ],
                quotes=[
                    Quote(sentences[i], True, None, "a", None, at(i))
                    for i in rng.choices(range(8), k=2)
                ],
            )
        result = score(extractions, golds, texts, errors=True, items=True)
        for kind, sides in result["errors"].items():
            support = result["support"][kind]
            for side, categories in sides.items():
                assert tuple(categories) == CATEGORIES[kind][side]
                assert sum(categories.values()) == support[side] - support["matched"]
        assert len(result["error_items"]) == sum(
            n for sides in result["errors"].values() for c in sides.values() for n in c.values()
        )


def test_the_items_are_listed_only_when_asked() -> None:
    gold = {"claims": [gold_claim("h", "toll", "demand", 9)], "counts": [], "events": []}
    quiet = profile_of(undated(), gold)
    assert "error_items" not in quiet
    listed = score({DOC: undated()}, {DOC: gold}, {DOC: TEXT}, errors=True, items=True)
    assert listed["error_items"] == [
        {
            "doc": DOC,
            "kind": "claims",
            "side": "gold",
            "category": "not found",
            "fields": {"actor": "h", "issue": "toll", "stance": "demand"},
            "evidence": SENTENCES[9],
        }
    ]
    assert error_profile([]) == (
        {k: {s: dict.fromkeys(c, 0) for s, c in sides.items()} for k, sides in CATEGORIES.items()},
        [],
    )
