"""Invented news-style count sentences, by family, with every field a count is scored or shown
by: quantity (and the label of an ``other`` figure), value, approx and mode.

Families: number words; parts of a figure ("of whom", "N of them", "including", brackets,
a colon list); nationalities and "women and children"; "a further", "another", "the
remaining", "all N"; bodies and remains; living, dead and still held; hedges; fact-box
lines; planned and proposed figures; taken, held and released; the other side's people
(prisoners, detainees, people held in jails); sentences that go on from the one before
("They include ..."); and numbers that are never counts (years, dates, ages, times,
ordinals, percentages, money, ratios, phase and article numbers, page furniture).
Expectations follow ``shared/news/README.md`` ("Counts"): numerals only, vague amounts are
no counts, "still held" totals without a life status are ``other``, planned figures keep
the released quantity. The names are made up; no sentence is taken from an article.
"""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

R = "hostages_released"
P = "prisoners_released"
B = "bodies_returned"
T = "hostages_taken"
S = "hostages_rescued"
L = "hostages_held_living"
D = "hostages_held_dead"
K = "hostages_killed_in_captivity"
OT = "other"
HELD = "hostages held (living and dead not separated)"
KILLED = "people killed"
WOUNDED = "people wounded"
JAILED = "prisoners held"

A, PL, DM = "actual", "planned", "demanded"


def got(text: str, published: str = "2025-02-10") -> set[tuple[object, ...]]:
    ex = extract_document(Document(name="t.txt", text=text, published=published))
    return {(c.quantity, c.label, c.value, bool(c.approx), c.mode) for c in ex.counts}


def c(quantity: str, value: int, approx: bool = False, mode: str = A, label: str | None = None):
    if quantity == OT and label is None:
        label = HELD
    return (quantity, label, value, approx, mode)


NUMBER_WORDS = [
    ("Militants released three hostages on Sunday.", {c(R, 3)}),
    ("Twenty-five hostages were freed under the deal.", {c(R, 25)}),
    ("Thirty-three hostages would be freed in the first stage.", {c(R, 33, mode=PL)}),
    ("The group freed one hundred and ten prisoners overnight.", {c(P, 110)}),
]

PARTS = [
    (
        "The group is still holding 59 hostages, of whom 24 are believed to be alive.",
        {c(OT, 59), c(L, 24)},
    ),
    ("The group holds 59 hostages, 35 of them believed dead.", {c(OT, 59), c(D, 35)}),
    ("Hamas holds 94 hostages, 34 of whom are believed dead.", {c(OT, 94), c(D, 34)}),
    ("Of the 48 hostages still held, 20 are alive.", {c(OT, 48), c(L, 20)}),
    (
        "The first group of 13 hostages, including four children, was released on Friday.",
        {c(R, 13), c(R, 4)},
    ),
    (
        "Seven hostages (five women and two children) were handed over to the Red Cross.",
        {c(R, 7), c(R, 5), c(R, 2)},
    ),
    (
        "In return, 110 Palestinian prisoners were released, including 30 minors.",
        {c(P, 110), c(P, 30)},
    ),
    ("Three hostages were released, two of them women.", {c(R, 3), c(R, 2)}),
    (
        "Nine hostages remain in the enclave: four Israelis and five Thais.",
        {c(OT, 9), c(OT, 4), c(OT, 5)},
    ),
    (
        "The group is holding 101 hostages, including 35 believed dead.",
        {c(OT, 101), c(D, 35)},
    ),
    ("Israeli officials say 34 of the remaining hostages are dead.", {c(D, 34)}),
    # a sentence that opens with the whole: the parts take its role, or their own verb's
    (
        "Of the 105 hostages freed, 81 were Israelis and 24 were foreign nationals.",
        {c(R, 105), c(R, 81), c(R, 24)},
    ),
    ("Of the 105 hostages freed during the truce, 23 were Thai nationals.", {c(R, 105), c(R, 23)}),
    ("Of the 251 people abducted, 120 have been released.", {c(T, 251), c(R, 120)}),
    ("Of the 251 hostages, 35 have died in captivity.", {c(T, 251), c(K, 35)}),
    ("Of the 33 hostages to be freed, eight are dead.", {c(R, 33, mode=PL), c(D, 8)}),
    (
        "Of the 59 hostages, 24 are believed to be alive and 35 dead.",
        {c(OT, 59), c(L, 24), c(D, 35)},
    ),
    ("Of the 59 hostages, officials say 24 are alive.", {c(OT, 59), c(L, 24)}),
    ("The group holds 24 living hostages and 35 dead.", {c(L, 24), c(D, 35)}),
    ("The group freed 24 living hostages and 8 dead.", {c(R, 24), c(B, 8)}),
    ("Israel believes 20 hostages are alive and 28 dead.", {c(L, 20), c(D, 28)}),
]

GROUPS = [
    ("The group freed 10 Israelis and 4 foreign nationals on Tuesday.", {c(R, 10), c(R, 4)}),
    ("Among those released were 9 women and children.", {c(R, 9)}),
    (
        "The group released eight hostages on Thursday, three Israelis and five Thai nationals.",
        {c(R, 8), c(R, 3), c(R, 5)},
    ),
    ("Five Thai workers were also freed.", {c(R, 5)}),
    (
        "Hamas said it had freed 25 Israeli hostages, 13 Thais and one Filipino.",
        {c(R, 25), c(R, 13), c(R, 1)},
    ),
    (
        "Four female soldiers were released in exchange for 200 Palestinian prisoners.",
        {c(R, 4), c(P, 200)},
    ),
    (
        "The truce saw 105 hostages freed: 81 Israelis and 24 foreigners.",
        {c(R, 105), c(R, 81), c(R, 24)},
    ),
    (
        "Israel freed 240 Palestinians: 107 minors and 133 women.",
        {c(P, 240), c(P, 107), c(P, 133)},
    ),
]

MORE_AND_REMAINING = [
    ("A further 30 prisoners were released on Saturday.", {c(P, 30)}),
    ("Another 11 hostages were freed on Monday.", {c(R, 11)}),
    ("The remaining 65 hostages are still held in tunnels.", {c(OT, 65)}),
    ("All 33 hostages will be released in the first phase.", {c(R, 33, mode=PL)}),
    ("Three more hostages are to be freed next week.", {c(R, 3, mode=PL)}),
    (
        "The group returned four bodies and said four more would follow.",
        {c(B, 4), c(B, 4, mode=PL)},
    ),
]

BODIES = [
    ("The group handed over the bodies of four hostages on Thursday.", {c(B, 4)}),
    ("The remains of 16 hostages have been returned so far.", {c(B, 16)}),
    ("The bodies of 28 hostages are still in the strip.", {c(D, 28)}),
    (
        "The group still holds 24 living hostages and the bodies of 35 others.",
        {c(L, 24), c(D, 35)},
    ),
    (
        "The group handed over the bodies of two hostages and one Thai national.",
        {c(B, 2), c(B, 1)},
    ),
    ("Two of the hostages died in captivity, the group said.", {c(K, 2)}),
    # "N of M bodies": the part is the figure, the whole no figure of its own
    ("Israel has received 15 of 28 bodies so far.", {c(B, 15)}),
    ("So far 16 out of 28 bodies have been returned.", {c(B, 16)}),
    ("Seventy hostages have been killed in captivity, officials said.", {c(K, 70)}),
]

HEDGES = [
    ("More than 240 people were taken hostage.", {c(T, 240, True)}),
    ("At least 90 prisoners were released on Sunday.", {c(P, 90, True)}),
    ("Nearly 100 hostages remain in captivity.", {c(OT, 100, True)}),
    ("Some 1,900 prisoners are due to be freed.", {c(P, 1900, True, PL)}),
    ("About 130 hostages are still held.", {c(OT, 130, True)}),
    ("At most 50 prisoners were freed.", {c(P, 50, True)}),
    ("Nearly two dozen hostages were released.", {c(R, 24, True)}),
    ("The group handed over 100 hostages during the truce.", {c(R, 100)}),
    ("Over 100 hostages were freed during the truce.", {c(R, 100, True)}),
    (
        "Around 60 hostages are still held, of whom around 20 are thought to be alive.",
        {c(OT, 60, True), c(L, 20, True)},
    ),
    (
        "The ministry says more than 46,000 people have been killed.",
        {c(OT, 46000, True, label=KILLED)},
    ),
]

FACT_BOX = [
    ("Hostages released: 24", {c(R, 24)}),
    ("Prisoners freed: 1,968", {c(P, 1968)}),
    (
        "Hostages released: 24\nHostages still held: 59\nPrisoners released: 1,135",
        {c(R, 24), c(OT, 59), c(P, 1135)},
    ),
    (
        "Key figures\nHostages taken: 251\nBodies returned: 8\nRescued: 8",
        {c(T, 251), c(B, 8), c(S, 8)},
    ),
    ("Still in captivity: 59 (of whom 35 are thought to be dead)", {c(OT, 59), c(D, 35)}),
    ("Bodies returned: 16 of 28", {c(B, 16)}),
    ("Hostages held: 59 (24 alive)", {c(OT, 59), c(L, 24)}),
    (
        "By the numbers\nTaken: 251\nReleased alive: 147\nStill held (alive): 20\n"
        "Still held (dead): 28",
        {c(T, 251), c(R, 147), c(L, 20), c(D, 28)},
    ),
    ("Hostages freed – 24", {c(R, 24)}),
    ("• 251 abducted\n• 147 freed\n• 20 still alive", {c(T, 251), c(R, 147), c(L, 20)}),
]

PLANNED = [
    ("The group will free 33 hostages in the first phase.", {c(R, 33, mode=PL)}),
    ("Officials said they would release up to 1,000 prisoners.", {c(P, 1000, True, PL)}),
    (
        "The proposal would see 10 hostages freed in exchange for 300 prisoners.",
        {c(R, 10, mode=PL), c(P, 300, mode=PL)},
    ),
    ("Under the deal, 90 Palestinian prisoners will be released.", {c(P, 90, mode=PL)}),
    ("The deal includes the release of 1,000 prisoners.", {c(P, 1000, mode=PL)}),
    ("The agreement releases 33 hostages in the first phase.", {c(R, 33, mode=PL)}),
    ("Israel was to release 110 prisoners on Thursday.", {c(P, 110, mode=PL)}),
    ("Israel is due to release 110 prisoners on Thursday.", {c(P, 110, mode=PL)}),
    ("The group is expected to hand over three hostages on Saturday.", {c(R, 3, mode=PL)}),
    ("The group agreed to free all 20 living hostages within 72 hours.", {c(R, 20, mode=PL)}),
    (
        "Israel would release 30 Palestinian prisoners for each civilian hostage and 50 for "
        "each soldier.",
        {c(P, 30, mode=PL), c(P, 50, mode=PL)},
    ),
    ("The group has demanded the release of 1,500 prisoners.", {c(P, 1500, mode=DM)}),
    (
        "Hamas to free 3 hostages Saturday, Israel to release 183 prisoners",
        {c(R, 3, mode=PL), c(P, 183, mode=PL)},
    ),
    # a release refused, blocked or negated has not happened and is not planned
    ("The group refused to release 10 hostages.", {c(R, 10, mode="hypothetical")}),
    (
        "Israel did not release the 600 prisoners on Saturday.",
        {c(P, 600, mode="hypothetical")},
    ),
    ("Israel halted the release of 600 prisoners.", {c(P, 600, mode="hypothetical")}),
    # conditions from the clause structure
    (
        "If Israel frees 50 prisoners, the group will release 10 hostages.",
        {c(P, 50, mode="conditional"), c(R, 10, mode=PL)},
    ),
    (
        "The group will release 10 hostages once Israel frees 50 prisoners.",
        {c(R, 10, mode=PL), c(P, 50, mode="conditional")},
    ),
    # a release put off has not happened
    (
        "The group has postponed the release of three hostages scheduled for Saturday.",
        {c(R, 3, mode=PL)},
    ),
    ("The group delayed the release of three hostages.", {c(R, 3, mode=PL)}),
    # a modal perfect is no plan: a guess about the past, or what did not happen
    ("As many as 70 hostages may have died in captivity.", {c(K, 70, True)}),
    ("The group would have freed 30 hostages.", {c(R, 30, mode="hypothetical")}),
]

TAKEN_HELD_RELEASED = [
    ("Of the 251 people abducted, 59 remain in captivity.", {c(T, 251), c(OT, 59)}),
    ("The group seized 251 people, including 30 children.", {c(T, 251), c(T, 30)}),
    ("About 250 people were abducted into the enclave.", {c(T, 250, True)}),
    ("Eight hostages were rescued in military operations.", {c(S, 8)}),
    # the rescuers of a part are not the whole's
    (
        "In all, 147 hostages have returned alive, 8 of them rescued by troops.",
        {c(R, 147), c(S, 8)},
    ),
    ("Three hostages returned home on Saturday.", {c(R, 3)}),
    ("Seven hostages were reunited with their families.", {c(R, 7)}),
    ("The group handed over four coffins on Thursday.", {c(B, 4)}),
    ("The body of a hostage was returned on Friday.", {c(B, 1)}),
    ("Some 136 hostages remain unaccounted for.", {c(OT, 136, True)}),
    ("Six hostages were found dead in a tunnel on Saturday.", {c(B, 6)}),
    (
        "Of the 97 hostages still held, 33 have been declared dead.",
        {c(OT, 97), c(D, 33)},
    ),
    ("Of those taken on October 7, 59 remain in the strip.", {c(OT, 59)}),
    ("Of the 251 people taken on October 7, 59 remain.", {c(T, 251), c(OT, 59)}),
    ("The army rescued four hostages from the camp on Saturday.", {c(S, 4)}),
    (
        "The group handed over 3 hostages while Israel released 369 detainees.",
        {c(R, 3), c(P, 369)},
    ),
]

OTHER_SIDE = [
    ("The authorities released 369 Palestinian prisoners on Saturday.", {c(P, 369)}),
    ("Some 200 detainees were freed from Ofer jail.", {c(P, 200, True)}),
    ("In return, 183 Palestinians were freed from jails.", {c(P, 183)}),
    ("Israel freed 620 Palestinian captives on Thursday.", {c(P, 620)}),
    ("Israel released 39 Palestinian women and children from its prisons.", {c(P, 39)}),
    ("About 1,000 people held in Ketziot jails will be released.", {c(P, 1000, True, PL)}),
    ("The state will free 300 women and children held in its prisons.", {c(P, 300, mode=PL)}),
    ("Some 50 people detained at the Ofer facility were freed.", {c(P, 50, True)}),
    ("More than 9,000 Palestinians remain in Israeli jails.", {c(OT, 9000, True, label=JAILED)}),
    ("A total of 1,778 Palestinians have been released so far.", {c(P, 1778)}),
    ("The deal frees 1,000 Gazans detained since the start of the war.", {c(P, 1000, mode=PL)}),
]

CASUALTIES = [
    (
        "At least 40 people were killed and 100 wounded.",
        {c(OT, 40, True, label=KILLED), c(OT, 100, label=WOUNDED)},
    ),
    (
        "The strikes killed 12 people and 30 injured.",
        {c(OT, 12, label=KILLED), c(OT, 30, label=WOUNDED)},
    ),
    ("The strike killed 3 members of one family.", {c(OT, 3, label=KILLED)}),
    (
        "Their deaths bring to 35 the number of hostages confirmed dead in captivity.",
        {c(K, 35)},
    ),
    (
        "The news brings to 35 the number of hostages known to be dead.",
        {c(D, 35)},
    ),
    (
        "Militants killed 1,200 people and 251 taken into the strip.",
        {c(OT, 1200, label=KILLED), c(T, 251)},
    ),
]

NEVER = [
    "A 19-year-old soldier was freed on Monday.",
    "The talks resume at 10 a.m. on Sunday.",
    "The release is set for 4pm local time on Saturday.",
    "The handover took place at 11:30 on Thursday.",
    "The exchange is the third since the truce began.",
    "Prices rose by 15 percent last year.",
    "About 15% of the hostages are foreign nationals.",
    "Phase 2 of the deal would begin after 42 days.",
    "The militant was held in Cell No. 3 for months.",
    "Page 2 of 5",
    "Photo 2 of 12: Freed hostages arrive at the base.",
    "The 2014 and 2015 wars left many dead.",
    "He was born in 1985 and was taken in 2023.",
    "On 19 January 2025 the truce began.",
    "Talks resumed on 2025-01-15 in the capital.",
    "The deal was signed on 15/01/2025 in the capital.",
    "He was released after 471 days in captivity.",
    "The 20-point plan calls for the release of all hostages.",
    "Resolution 2735 was adopted by 14 votes to none.",
    "The 1st Battalion took part in the raid.",
    "The group released its 4th batch of hostages.",
    "Article 3 of the agreement calls for a halt.",
    "Updated 10:45 GMT",
    "The 24-hour pause was extended by 48 hours.",
    "Some 3 in 10 residents fled.",
    "One in five hostages is a foreign national.",
    "Two women, aged 85 and 79, were freed on Monday night.".replace("Two women", "The women"),
    "Hundreds of prisoners were freed and thousands celebrated.",
    "The fund pledged $50 million for the plan.",
]

# a fact box's breakdown lines and hedged figures; the dead of the jailed side (stop 31)
BREAKDOWNS = [
    (
        "Inmates to be freed in stage one: 620\nOf whom serving life terms: 21\n"
        "Of whom held without charge: 140",
        # (a label "to be freed" plans the release, and its parts share it: stop 38)
        {c(P, 620, mode=PL), c(P, 21, mode=PL), c(P, 140, mode=PL)},
    ),
    (
        "Abductees still held: 64\nOf whom believed dead: at least 30",
        {c(OT, 64), c(D, 30, approx=True)},
    ),
    (
        "The plan provides for the return of 90 bodies of Palestinians held by the state.",
        {c(OT, 90, mode=PL, label="bodies of the jailed side returned")},
    ),
]

CASES = [
    *BREAKDOWNS,
    *NUMBER_WORDS,
    *PARTS,
    *GROUPS,
    *MORE_AND_REMAINING,
    *BODIES,
    *HEDGES,
    *FACT_BOX,
    *PLANNED,
    *TAKEN_HELD_RELEASED,
    *OTHER_SIDE,
    *CASUALTIES,
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[t[:50] for t, _ in CASES])
def test_count_family(text: str, want: set[tuple[object, ...]]) -> None:
    assert got(text) == want


@pytest.mark.parametrize("text", NEVER, ids=[t[:50] for t in NEVER])
def test_never_a_count(text: str) -> None:
    assert got(text) == set()


# sentences that go on from the one before: the figure they break down is in it
FOLLOW_ON = [
    (
        "Israel has agreed to free about 2,000 Palestinian prisoners. They include 250 serving "
        "life sentences and 1,000 detained since the start of the war.",
        {c(P, 2000, True, PL), c(P, 250, mode=PL), c(P, 1000, mode=PL)},
    ),
    (
        "Militants are holding 59 hostages. Of them, 24 are believed to be alive.",
        {c(OT, 59), c(L, 24)},
    ),
    (
        "The group holds 97 hostages. Israel says 33 of them are dead.",
        {c(OT, 97), c(D, 33)},
    ),
    # "a total of N" with the noun left out: the people named before, the total's verb
    (
        "Under the deal, hostages will be freed in stages. A total of 33 will be released in "
        "the first phase.",
        {c(R, 33, mode=PL)},
    ),
    (
        "The state released prisoners on Monday. A total of 369 were freed, 36 of them serving "
        "life terms.",
        {c(P, 369), c(P, 36)},
    ),
    (
        "The truce has led to the release of hostages. So far, 18 have been freed.",
        {c(R, 18)},
    ),
]


@pytest.mark.parametrize(("text", "want"), FOLLOW_ON, ids=[t[:50] for t, _ in FOLLOW_ON])
def test_follow_on_sentences(text: str, want: set[tuple[object, ...]]) -> None:
    assert got(text) == want


def _as_of(text: str, published: str | None = "2025-02-10") -> list[tuple[str, int, str | None]]:
    ex = extract_document(Document(name="t.txt", text=text, published=published))
    return sorted((n.quantity, n.value, n.as_of) for n in ex.counts)


def test_first_day_casualties_are_dated_by_that_day() -> None:
    # the day people were taken (a one-off milestone) dates that day's toll, not the writing
    assert _as_of("The October 7 attack killed 1,200 people and 251 were taken hostage.") == [
        (T, 251, "2023-10-07"),
        (OT, 1200, "2023-10-07"),
    ]
    assert _as_of("Militants killed about 1,200 people in the October 7, 2023 attack.") == [
        (OT, 1200, "2023-10-07")
    ]
    # a running total in the perfect is as of the writing
    assert _as_of("Around 1,200 people have been killed since the October 7 attack began.") == [
        (OT, 1200, "2025-02-10")
    ]


def test_earliest_date_of_a_text_dates_its_own_figures() -> None:
    # the earliest day named is not always the day people were taken
    assert _as_of("The first 3 hostages were released on January 19. More followed later.") == [
        (R, 3, "2025-01-19")
    ]
    # "of those taken on ...": the day of the taking is another figure's
    assert _as_of(
        "Militants took 251 people on October 7, 2023. Of those taken on October 7, 59 remain."
    ) == [(T, 251, "2023-10-07"), (OT, 59, "2025-02-10")]


def test_one_body_is_dated_by_its_clause() -> None:
    assert _as_of("The body of a hostage was returned on Friday.") == [(B, 1, "2025-02-07")]


def test_a_relative_clause_date_is_not_the_figures() -> None:
    text = (
        "The militants took 251 people on October 7, 2023. Under a truce that took effect on "
        "January 19, the militants have since handed back the remains of 16 hostages."
    )
    assert (B, 16, "2025-02-10") in _as_of(text)
    # the figure's own clause dates it
    assert (B, 16, "2025-01-19") in _as_of(
        "The militants took 251 people on October 7, 2023. On January 19, the militants "
        "handed back the remains of 16 hostages."
    )


def _qualifiers(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return [n.qualifier for n in ex.counts]


def test_planned_and_proposed_qualifiers() -> None:
    # the annotation convention: "(planned)" for what is agreed or scheduled, "(proposed)"
    # for a package tabled and not agreed
    assert _qualifiers("The proposal would see 10 hostages freed.") == [
        "hostage released (proposed)"
    ]
    assert _qualifiers("The group offered to release five hostages.") == [
        "hostage released (proposed)"
    ]
    assert _qualifiers(
        "The group accepted the proposal, under which 33 hostages will be freed."
    ) == ["hostage released (planned)"]
    assert _qualifiers("The deal will free 33 hostages.") == ["hostage released (planned)"]
    assert _qualifiers("The group freed 3 hostages.") == ["hostage released"]


def test_an_age_in_brackets_after_a_name_is_no_count() -> None:
    found = got(
        "The group handed over three women: Anna Varga (24), Lena Hart (28), who also holds"
        " a second passport, and Mira Stone (31)."
    )
    assert {value for _q, _label, value, *_rest in found} == {3}


def test_no_longer_alive_is_dead() -> None:
    found = got(
        "A total of 98 captives are still held. The army believes at least 36 of them are no longer alive."
    )
    assert ("hostages_held_dead", 36) in {(q, v) for q, _label, v, *_rest in found}


def test_a_list_line_with_its_figure_first_and_the_label_after_a_colon() -> None:
    found = got(
        "Key figures\n\n- 251: people abducted in the attack\n- 48: captives still held (20 believed"
        " alive, 28 dead)\n- More than 1,900: prisoners freed so far\n"
    )
    pairs = {(q, v) for q, _label, v, *_rest in found}
    assert {
        ("hostages_taken", 251),
        ("hostages_held_living", 20),
        ("hostages_held_dead", 28),
    } <= pairs
    assert ("prisoners_released", 1900) in pairs
