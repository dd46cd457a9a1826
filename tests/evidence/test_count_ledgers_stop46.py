"""Ledger lines and exits read in stop 46. Invented texts.

- "Taken to Vale on 7 October: 251 people": a label line whose figure names its people noun
  after it takes the label's action (before, only a bare figure was read);
- "Rescued alive by troops: 8": only the held are rescued, whatever line stands above;
- "Still held: 101, of whom at least 35 are believed dead, officials say": the clause after
  the figure is its dead part, of the people the line holds;
- a line's group as read (not only its words) is what the next noun-less line counts;
- "three women walked out of captivity": released, and of the held side;
- "90 inmates went home": people held or jailed who went home were released; anyone else
  going home is not counted as freed;
- a line may run on after its figure; the taken, and the still held below a line of bodies,
  are of the held; the dead "in" a place are held there;
- a part's status is not its whole's; parts that say who they are take the whole's role.
"""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def _counts(text: str, published: str = "2024-10-07") -> list[tuple[str, int]]:
    ex = extract_document(Document("a.txt", text, published=published))
    return sorted((c.quantity, c.value) for c in ex.counts)


LEDGER = (
    "The ledger\n"
    "- Taken to Vale on 7 October: 251 people\n"
    "- Inmates freed in that truce: 240\n"
    "- Rescued alive by Alder forces: 8\n"
    "- Still held: 101, of whom at least 35 are believed dead, according to officials\n"
)


def test_a_ledger_reads_each_line_by_its_label() -> None:
    assert _counts(LEDGER) == [
        ("hostages_held_dead", 35),
        ("hostages_rescued", 8),
        ("hostages_taken", 251),
        ("other", 101),
        ("prisoners_released", 240),
    ]


def test_a_figure_with_a_word_that_names_no_people_is_left_to_the_sentence_rules() -> None:
    counts = _counts("Key numbers\n- Taken to Vale on 7 October: 251 rockets\n")
    assert ("hostages_taken", 251) not in counts


def test_an_of_whom_part_without_a_life_status_is_not_a_part() -> None:
    counts = _counts("The ledger\n- Still held: 101, of whom 12 are soldiers\n")
    assert ("hostages_held_dead", 12) not in counts
    assert ("hostages_held_living", 12) not in counts


def test_walking_out_of_captivity_is_a_release_of_the_held_side() -> None:
    text = "News\n\nThree young women walked out of captivity on Sunday, officials said.\n"
    assert _counts(text, "2025-01-20") == [("hostages_released", 3)]


def test_inmates_who_went_home_were_released() -> None:
    text = "News\n\nOn Sunday night 90 inmates went home to the towns of Alder.\n"
    assert _counts(text, "2025-01-20") == [("prisoners_released", 90)]


def test_other_people_going_home_are_not_freed() -> None:
    text = "News\n\nOn Sunday 90 residents went home to the towns of Alder.\n"
    assert ("prisoners_released", 90) not in _counts(text, "2025-01-20")
    assert ("hostages_released", 90) not in _counts(text, "2025-01-20")


def test_people_who_will_go_home_are_no_release_done() -> None:
    text = "News\n\nAlder said 90 inmates would go home next week.\n"
    assert ("prisoners_released", 90, "actual") not in [
        (c.quantity, c.value, c.mode)
        for c in extract_document(Document("a.txt", text, published="2025-01-20")).counts
    ]


def test_a_ledger_line_may_run_on_after_its_figure() -> None:
    text = (
        "Key figures\n"
        "Abductees still held: around 125, at least a third of them believed dead\n"
        "- Abductees returned alive so far: 117, including 8 rescued by troops\n"
        "- Abductees to be freed in phase one: 33 (women and the wounded), in exchange for inmates.\n"
    )
    counts = _counts(text, "2024-06-01")
    assert ("other", 125) in counts
    assert ("hostages_released", 117) in counts
    assert ("hostages_released", 33) in counts


def test_a_list_of_figures_after_a_label_is_not_read_as_one_with_a_tail() -> None:
    assert ("hostages_released", 3) not in _counts("Key figures\n- Abductees freed: 3, 4 and 5\n")


def test_the_dead_in_a_place_are_held_there() -> None:
    assert _counts("Key numbers\n- Bodies of abductees in Vale: 28\n") == [
        ("hostages_held_dead", 28)
    ]


def test_people_with_a_life_status_who_came_out_were_released() -> None:
    assert _counts("News\n\nOn Saturday six living men came out, officials said.\n") == [
        ("hostages_released", 6)
    ]
    assert ("hostages_released", 6) not in _counts("News\n\nOn Saturday six men came out.\n")


def test_the_status_of_a_part_is_not_its_wholes() -> None:
    text = (
        "News\n\nBy Alder estimates, 136 abductees still in Vale, at least 31 of them are dead.\n"
    )
    assert _counts(text) == [("hostages_held_dead", 31), ("other", 136)]
    text = (
        "News\n\nAll 48 abductees still in Vale, around 20 of them believed alive, would be"
        " handed over within 72 hours.\n"
    )
    assert ("hostages_held_living", 48) not in _counts(text)
    assert ("hostages_held_living", 24) in _counts(
        "News\n\n24 abductees are thought to be alive.\n"
    )


def test_a_ledger_below_the_dead_counts_the_taken_and_the_held_as_the_held() -> None:
    text = (
        "The tally\n"
        "Abductees released alive: 19\n"
        "Bodies returned: 4\n"
        "Still held: 70, of whom about 35 believed dead\n"
        "Taken: 251\n"
    )
    assert _counts(text) == [
        ("bodies_returned", 4),
        ("hostages_held_dead", 35),
        ("hostages_released", 19),
        ("hostages_taken", 251),
        ("other", 70),
    ]
    assert ("hostages_held_dead", 13) in _counts(
        "The ledger\nBodies returned: 15\nStill held (dead): 13\n"
    )


def test_parts_that_say_who_they_are_take_the_wholes_side() -> None:
    text = (
        "News\n\nThe prison service said 39 inmates were let out of the Alder jail, of whom 24 are"
        " women and 15 are minors.\n"
    )
    assert _counts(text) == [
        ("prisoners_released", 15),
        ("prisoners_released", 24),
        ("prisoners_released", 39),
    ]
    text = "News\n\nOf the 33 abductees it covered, 25 came home alive and eight came home in coffins.\n"
    assert ("bodies_returned", 8) in _counts(text)
