"""More invented count sentences, by family, unlike the development wording: number words
and multipliers ("two dozen"), hedges and vague amounts, ranges, counts in headlines and
live-blog lines, apposition and brackets, passive releases, nationalities and roles,
cumulative against per-phase figures, negated and planned counts, tables and bullets,
translated copy, and numbers that are no counts. Expectations follow the annotation rules
of ``shared/news/README.md`` (numerals only; vague amounts and fractions are no counts;
"still held" totals without a life status are ``other``; planned figures keep the
released quantity; a release asked for counts those held). None is taken from an article;
the families were written before the rules were run on them (see
docs/evidence/figures-counts-dates.md).
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

NUMBER_WORDS = [
    ("Two dozen hostages were freed during the first days of the truce.", {(R, 24)}),
    ("A dozen Palestinian prisoners were released from Ofer prison overnight.", {(P, 12)}),
    ("Forty-two Palestinian detainees were set free on Thursday.", {(P, 42)}),
    ("One hundred and ten prisoners will be released in return.", {(P, 110)}),
    ("Israel freed three hundred Palestinian prisoners in the first week.", {(P, 300)}),
    ("Some 1.2 million people have fled to the south.", {(OT, 1200000)}),
    ("Hundreds of prisoners were freed and thousands celebrated in Ramallah.", set()),
    ("Dozens of people were killed in overnight strikes, medics said.", set()),
    ("Scores of hostages remain unaccounted for.", set()),
    ("Nearly half of the remaining hostages are believed to be dead.", set()),
    ("About a third of the captives are thought to be alive.", set()),
    ("Eleven hostages were released on Monday evening.", {(R, 11)}),
]

HEDGES_AND_RANGES = [
    ("More than 100 hostages were released during the November truce.", {(R, 100)}),
    ("Roughly 130 hostages are still held in Gaza.", {(OT, 130)}),
    ("Up to 33 hostages could be freed in the first phase.", {(R, 33)}),
    ("Fewer than 60 hostages remain in the enclave.", {(OT, 60)}),
    ("Almost 40 Palestinian prisoners were freed on Tuesday.", {(P, 40)}),
    ("Upwards of 1,000 prisoners would be released under the plan.", {(P, 1000)}),
    ("An estimated 24 of the hostages are still alive.", {(L, 24)}),
]

HEADLINES = [
    (
        "Hamas to release 3 Israeli hostages Saturday, Israel to free 183 prisoners",
        {(R, 3), (P, 183)},
    ),
    ("Gaza: 4 bodies handed over to Red Cross", {(B, 4)}),
    ("Israel says 24 hostages still alive in Gaza", {(L, 24)}),
    ("Live: 7 hostages freed as truce holds", {(R, 7)}),
    ("7 Hostages, 30 Prisoners Freed In Latest Swap", {(R, 7), (P, 30)}),
    ("Hamas Hands Over Remains Of 2 Hostages", {(B, 2)}),
    ("UPDATE 2-Hamas frees 5 Thai hostages in surprise release", {(R, 5)}),
    ("Israel frees 369 Palestinians after Hamas releases 3 captives", {(P, 369), (R, 3)}),
]

LIVE_AND_WIRE = [
    (
        "JERUSALEM (AP) — Hamas released three more hostages Saturday in exchange for 183 Palestinian prisoners.",
        {(R, 3), (P, 183)},
    ),
    ("8:45 a.m.: The Red Cross says it has received four hostages in Khan Younis.", {(R, 4)}),
    ("BREAKING: 13 hostages have crossed into Egypt through the Rafah crossing.", {(R, 13)}),
    ("14:05 Two buses carrying 110 freed prisoners arrived in Ramallah.", {(P, 110)}),
    (
        "DOHA, Nov 24 (Reuters) - Hamas freed 24 hostages on Friday, including 13 Israelis and 10 Thais.",
        {(R, 24), (R, 13), (R, 10)},
    ),
]

APPOSITION = [
    (
        "Hamas released four hostages (three Israelis and a Thai national) on Friday.",
        {(R, 4), (R, 3)},
    ),
    ("Israel freed 110 prisoners, among them 30 minors, on Thursday.", {(P, 110), (P, 30)}),
    (
        "Five hostages – two soldiers and three civilians – were handed to the Red Cross.",
        {(R, 5), (R, 2), (R, 3)},
    ),
    ("The army said it had rescued the hostages, two men aged 60 and 70, in Rafah.", {(S, 2)}),
    (
        "Israel released 1,904 Palestinians (1,737 detainees and 167 prisoners) during the first phase.",
        {(P, 1904), (P, 1737), (P, 167)},
    ),
    ("Hamas still holds 59 hostages, 24 of them believed alive.", {(OT, 59), (L, 24)}),
]

PASSIVE = [
    ("Twenty hostages were freed on Monday.", {(R, 20)}),
    ("183 Palestinian prisoners were set free from Ofer prison.", {(P, 183)}),
    ("Three bodies were handed back to Israel overnight.", {(B, 3)}),
    ("Eight hostages have been brought back home alive.", {(R, 8)}),
    ("Two hostages were pulled alive from a building in Nuseirat by commandos.", {(S, 2)}),
    ("Four captives were let go by their captors on Sunday.", {(R, 4)}),
    ("Ninety prisoners have been released so far, the prison service said.", {(P, 90)}),
]

ROLES = [
    ("Hamas freed 10 Thai farm workers on Friday.", {(R, 10)}),
    ("Israel freed 90 Palestinian women and teenagers from its jails.", {(P, 90)}),
    ("Hamas released two Russian-Israeli dual nationals on Wednesday.", {(R, 2)}),
    ("Israel released 369 Palestinian detainees on Saturday.", {(P, 369)}),
    ("Hamas handed over three Israeli civilians to the Red Cross.", {(R, 3)}),
    ("Israel freed 24 female inmates as part of the swap.", {(P, 24)}),
    ("Hamas militants abducted 30 children during the attack.", {(T, 30)}),
    ("Gunmen seized 12 foreign workers from the kibbutz.", {(T, 12)}),
]

CUMULATIVE = [
    (
        "Hamas has now released 25 hostages in the first phase, with eight more due next week.",
        {(R, 25), (R, 8)},
    ),
    ("So far 105 hostages have been freed, 81 of them Israelis.", {(R, 105), (R, 81)}),
    ("In total, 1,777 prisoners were freed during the first phase.", {(P, 1777)}),
    ("That brings to 30 the number of hostages freed since the truce began.", {(R, 30)}),
]

NEGATED_AND_PLANNED = [
    ("Hamas did not release any hostages on Saturday.", set()),
    ("No prisoners were freed on Sunday, officials said.", set()),
    ("Hamas is expected to free four hostages on Saturday.", {(R, 4)}),
    (
        "Under the proposal, 33 hostages would be returned in exchange for 1,000 prisoners.",
        {(R, 33), (P, 1000)},
    ),
    ("Israel plans to release 600 prisoners next week.", {(P, 600)}),
    ("Hamas demanded the release of 3,000 prisoners.", {(P, 3000)}),
    ("The group is due to hand over the bodies of four hostages on Thursday.", {(B, 4)}),
    ("If Hamas frees 10 hostages, Israel will extend the truce by a day.", {(R, 10)}),
]

TABLES = [
    (
        "- Hostages freed: 105\n- Prisoners released: 240\n- Days of truce: 7\n",
        {(R, 105), (P, 240)},
    ),
    (
        "• 251 taken hostage on Oct 7\n• 59 still in Gaza\n• 35 believed dead\n",
        {(T, 251), (OT, 59), (D, 35)},
    ),
    ("Hostages still in Gaza | 59\nPalestinians killed | 48,000\n", {(OT, 59), (OT, 48000)}),
    ("Released hostages: 147\nRescued by troops: 8\n", {(R, 147), (S, 8)}),
    ("KEY FIGURES\n1,200 killed in Israel on Oct 7\n251 abducted\n", {(OT, 1200), (T, 251)}),
]

TRANSLATED = [
    ("The occupation released 42 prisoners from its jails on Thursday.", {(P, 42)}),
    ("The Al-Qassam Brigades handed over four female soldiers to the Red Cross.", {(R, 4)}),
    (
        "The occupation authorities freed 200 Palestinian prisoners, 120 of whom were serving life sentences.",
        {(P, 200), (P, 120)},
    ),
    ("The resistance delivered the bodies of 3 Zionist captives.", {(B, 3)}),
    ("The enemy still holds more than 10,000 Palestinian detainees in its prisons.", {(OT, 10000)}),
]

NO_COUNTS = [
    ("Hamas presented a 4-page response to the 20-point plan.", set()),
    ("Israel's Channel 12 reported the talks had stalled.", set()),
    ("Security Council Resolution 2728 demanded a ceasefire.", set()),
    ("The convoy drove along Route 90 toward the crossing.", set()),
    ("Day 471: families rally outside the Knesset.", set()),
    ("Talks are set to resume at 10:00 local time (0800 GMT).", set()),
    ("Article 3 of the deal covers the second phase.", set()),
    ("The 19-year-old soldier was freed on the 15th day of the truce.", set()),
    ("Phase 2 talks were due to start by day 16.", set()),
    ("The Unit 8200 chief resigned in September.", set()),
    ("Kan 11 said the cabinet would vote at 9 pm.", set()),
    ("The truce began at 7 a.m. on 24 November and lasted seven days.", set()),
    ("The hostages were held for 471 days.", set()),
    ("Hamas gave Israel 24 hours to respond.", set()),
]

# a second batch, also written before the rules were run on it
SCHEDULES = [
    (
        "On day one, Hamas would release eight living hostages; on day 50, two more.",
        {(R, 8), (R, 2)},
    ),
    (
        "Ten living hostages would be freed in two stages: eight on the first day and two on the 50th day.",
        {(R, 10), (R, 8), (R, 2)},
    ),
    ("The bodies of 18 hostages would be returned in three batches.", {(B, 18)}),
    (
        "Israel would free 125 Palestinians serving life sentences and 1,111 Gazans detained after October 7.",
        {(P, 125), (P, 1111)},
    ),
    ("In the second phase, all remaining living hostages would be released.", set()),
    ("The 33 hostages will be freed over six weeks.", {(R, 33)}),
]

FOUND_AND_HELD = [
    ("Six hostages were found dead in a tunnel in Rafah on Saturday.", {(B, 6)}),
    ("The army recovered the bodies of six hostages from a tunnel.", {(B, 6)}),
    ("Troops found the remains of three captives during an operation in Jabalia.", {(B, 3)}),
    (
        "There are 101 hostages still in Gaza, of whom at least 35 are believed dead.",
        {(OT, 101), (D, 35)},
    ),
    ("Some 136 hostages remain unaccounted for.", {(OT, 136)}),
    ("Of the 97 hostages still held, 33 have been declared dead by the army.", {(OT, 97), (D, 33)}),
    ("Israel estimates that about half of the 59 remaining hostages are alive.", {(OT, 59)}),
    ("Hamas still holds 24 living hostages and the bodies of 35 others.", {(L, 24), (D, 35)}),
    ("At least 41 hostages have been killed in captivity.", {(K, 41)}),
    ("Hamas says 70 hostages have died in Israeli air strikes.", {(K, 70)}),
    ("Two Americans remain among the hostages held in Gaza.", {(OT, 2)}),
]

CASUALTIES = [
    ("The strike killed 19 people, including six children.", {(OT, 19), (OT, 6)}),
    (
        "Israel's military said 400 soldiers have died since the ground offensive began.",
        {(OT, 400)},
    ),
    ("Gaza's health ministry put the death toll at 61,000.", {(OT, 61000)}),
    (
        "More than 60,000 people have been killed. Another 150,000 have been wounded.",
        {(OT, 60000), (OT, 150000)},
    ),
    ("The occupation arrested 15 Palestinians in the West Bank overnight.", {(OT, 15)}),
    ("Hamas fired 5,000 rockets on October 7.", {(OT, 5000)}),
]

ALERTS_AND_REGIONAL = [
    ("JUST IN: Israel confirms receipt of the bodies of 4 hostages", {(B, 4)}),
    ("Flash: Hamas names 3 hostages to be freed on Saturday", {(R, 3)}),
    ("As many as 33 Israelis will be set at liberty in the initial stage.", {(R, 33)}),
    ("The Zionist entity will release 1,000 Palestinian prisoners in batches.", {(P, 1000)}),
    ("The Islamic Resistance Movement freed seven Israeli captives in the sixth batch.", {(R, 7)}),
    (
        "A total of 477 Palestinian prisoners were released in the fourth batch on Saturday.",
        {(P, 477)},
    ),
    (
        "Among those freed were 10 Thais, a Filipino and two Russian-Israeli women.",
        {(R, 10), (R, 2)},
    ),
    ("The freed hostages included 17 Thai nationals.", {(R, 17)}),
    ("Israel released 90 Palestinians (mostly women and minors) on Monday.", {(P, 90)}),
    ("Hamas released 11 hostages (six Israelis, five Thais).", {(R, 11), (R, 6), (R, 5)}),
    ("Hamas Says 3 Hostages Killed In Israeli Strike", {(K, 3)}),
    ("Gaza Ceasefire: 33 Hostages, 1,900 Prisoners To Be Swapped", {(R, 33), (P, 1900)}),
    ("Israeli army recovers bodies of 6 hostages", {(B, 6)}),
    ("Mediators expect 10 more hostages to go free Friday", {(R, 10)}),
]

NO_COUNTS_TWO = [
    ("The hostages spent 50 days in tunnels under Khan Younis.", set()),
    ("The 2 p.m. deadline passed without an agreement.", set()),
    ("A 3-year-old boy was among those freed.", set()),
    ("Israel's security cabinet voted 24-8 to approve the deal.", set()),
]


# a third batch, written before the rules were run on it: page furniture around the counts,
# one-line fact boxes, repeats across sentences
FURNITURE = [
    ("Share\n12 comments\n5 min read\n\nHamas frees 3 hostages", {(R, 3)}),
    ("1 of 3 | Released hostages wave to crowds", set()),
    ("Photo 2/5 | Freed hostages arrive", set()),
    ("Hostages: 59 | Alive: 24 | Dead: 35", {(OT, 59), (L, 24), (D, 35)}),
    (
        "Hamas freed four soldiers on Saturday. The four soldiers were greeted by their families.",
        {(R, 4)},
    ),
    ("Israel released 200 prisoners. The 200 were taken by bus to Ramallah.", {(P, 200)}),
    ("Advertisement\n\nThe army said 3 soldiers were killed in southern Gaza.", {(OT, 3)}),
    ("Israel has said it will free 30 prisoners for every hostage.", {(P, 30)}),
    # a rate of exchange with no verb of its own is a planned release (stop 38)
    ("The ratio is 30 prisoners for every civilian and 50 for every soldier.", {(P, 30), (P, 50)}),
    ("Inmates per female soldier: 50", {(P, 50)}),
    # a fact box's label of a planned release, and its parts "among them" (stop 38, round 3)
    (
        "Fact box\nHostages due out in phase one: 33\nInmates to be released: 1,700\n",
        {(R, 33), (P, 1700)},
    ),
    ("Fact box\nHostages freed so far: 24\nWomen among them: 19\n", {(R, 24), (R, 19)}),
    ("The pause grows by a day for every ten more hostages set free.", {(R, 10)}),
    # inmates serving terms, their noun left out: a part of the inmates just freed (stop 38)
    (
        "Israel freed 183 prisoners on Saturday, and the prison service said 54 were serving "
        "long sentences.",
        {(P, 183), (P, 54)},
    ),
    ("Israel will free 1,500 prisoners, 500 serving life sentences.", {(P, 1500), (P, 500)}),
    ("Israel released 110 prisoners, 32 of them serving life sentences.", {(P, 110), (P, 32)}),
    # people held who left the place they were held in, or were brought out of it (stop 38)
    ("By our tally, 58 hostages have now left Gaza since Friday.", {(R, 58)}),
    ("The third handover brings 17 more hostages out of Gaza.", {(R, 17)}),
    ("The army said 3 hostages left the area on Sunday.", {(OT, 3)}),  # no release
    # a death toll named by its dead ("the number of martyrs"), or with the participle hung on
    # "number" by the parser (stop 38)
    ("The ministry said the number of martyrs reached 34,789.", {(OT, 34789)}),
    ("The number of Palestinians killed exceeded 40,000.", {(OT, 40000)}),
    ("Israel holds 9,000 prisoners. About 500 are serving life sentences.", {(OT, 9000)}),
    ("The ratio is 30 prisoners for the whole group.", {(OT, 30)}),
    ("Gallery (12 photos)", set()),
    ("Updated 10:32 GMT | 3 min read\n\nEight hostages were freed on Thursday.", {(R, 8)}),
    ("Hamas Releases 3 Hostages — Watch Live", {(R, 3)}),
    ("Tweet from @IDF: 2 hostages rescued in Rafah.", {(S, 2)}),
    (
        "Of the 33 hostages to be released in the first phase, 25 are alive and 8 are dead.",
        {(R, 33), (L, 25), (D, 8)},
    ),
    ("A 34-year-old mother of 2 was freed.", set()),
    (
        "Hamas released 3 hostages, bringing to 18 the number freed since January 19.",
        {(R, 3), (R, 18)},
    ),
    (
        "Hamas handed over 4 coffins, which Israel said held the remains of 3 hostages and an unidentified body.",
        {(B, 4), (B, 3)},
    ),
]


# a fourth batch, written before the rules were run on it: translated agency copy, Q&A
# explainers, opinion, phases, roles
TRANSLATED_TWO = [
    ("The Palestinian resistance handed over 3 Israeli prisoners to the Red Cross.", {(R, 3)}),
    (
        "In return, the occupation will release 110 Palestinian detainees, among them 30 children.",
        {(P, 110), (P, 30)},
    ),
    (
        "The Zionist regime has so far freed 1,778 Palestinian prisoners under the agreement.",
        {(P, 1778)},
    ),
    ("A total of 7 Israeli captives were handed over on Saturday in the sixth exchange.", {(R, 7)}),
    ("The martyrs' toll has risen to 48,297 since October 7, 2023.", {(OT, 48297)}),
    ("Some 11,000 Palestinians remain in Israeli jails.", {(OT, 11000)}),
    ("Hamas said it would free the 3 Israeli prisoners on Saturday as planned.", {(R, 3)}),
]

EXPLAINERS = [
    (
        "How many hostages are still in Gaza? Israel says 59 hostages remain, 24 of them thought to be alive.",
        {(OT, 59), (L, 24)},
    ),
    (
        "What does the deal include? The release of 33 hostages in exchange for about 1,900 Palestinian prisoners.",
        {(R, 33), (P, 1900)},
    ),
    (
        "Israel has freed over 1,700 prisoners while 59 hostages languish in Gaza.",
        {(P, 1700), (OT, 59)},
    ),
    ("The second phase would see the remaining 59 hostages freed.", {(R, 59)}),
    ("Hamas released the final 4 bodies of phase one on Thursday.", {(B, 4)}),
    ("Israel delayed the release of 620 Palestinian prisoners.", {(P, 620)}),
    ("Hamas has refused to hand over 4 bodies until Israel frees the prisoners.", {(B, 4)}),
    ("The freed Israelis included 3 soldiers.", {(R, 3)}),
    ("Israel freed 600 Gazans held without charge.", {(P, 600)}),
    ("Fifteen Thai farmhands were among those released.", {(R, 15)}),
    ("Israel handed back 97 Palestinian bodies.", {(OT, 97)}),
    ("Around three dozen hostages are believed to be dead.", {(D, 36)}),
    ("At least a hundred prisoners were released.", {(P, 100)}),
]


# a fifth batch, written before the rules were run on it: proposals and schedules in lists,
# small sites, translated copy, postponed releases
SCHEDULE_LISTS = [
    ("The proposal would see Hamas release 18 hostages in the first week.", {(R, 18)}),
    ("Under the bridging proposal, Israel would free hundreds of prisoners.", set()),
    (
        "The US, Egypt and Qatar said in a joint statement that 111 hostages remain in Gaza.",
        {(OT, 111)},
    ),
    ("Day 1: release of 8 living hostages", {(R, 8)}),
    ("Day 7: 2 more hostages freed", {(R, 2)}),
    ("Phase 2 (days 30–60): return of 10 bodies", {(B, 10)}),
    ("The plan sets a 60-day ceasefire in five phases.", set()),
    ("Hamas proposes to free 10 living hostages over 60 days, in five batches.", {(R, 10)}),
    ("Flights over Gaza would halt for 10 hours daily.", set()),
    (
        "Israel says 136 hostages are still unaccounted for, including some believed dead.",
        {(OT, 136)},
    ),
    ("More than 100 hostages were freed in a week-long truce in November.", {(R, 100)}),
    (
        "Six hostages were found dead in a tunnel, the army announced on Sunday, September 1.",
        {(B, 6)},
    ),
    (
        "97 hostages are still held in Gaza, 33 of whom have been declared dead by the army.",
        {(OT, 97), (D, 33)},
    ),
    ("Some 251 people were kidnapped on 7 October 2023.", {(T, 251)}),
    ("Hundreds of thousands of Israelis took to the streets on Sunday evening.", set()),
    (
        "The six hostages were killed shortly before the army arrived, according to the autopsy.",
        {(K, 6)},
    ),
    ("Hamas had been scheduled to release 3 hostages on Saturday.", {(R, 3)}),
    ("Trump said all hostages must be released by noon Saturday.", set()),
    (
        "Israel raised its alert level after Hamas said it would delay the release of the next 3 hostages.",
        {(R, 3)},
    ),
]


# numbers without a noun, read from the sentence before and the party that frees them
# (probes written with the rule, not blind: see docs/evidence/figures-counts-dates.md)
NO_NOUN = [
    ("Hamas-led militants killed 1,200 and abducted 251 on October 7.", {(OT, 1200), (T, 251)}),
    ("Hamas took 251 hostages. Of those, 35 are believed dead.", {(T, 251), (D, 35)}),
    ("Hamas freed 3 hostages. Israel freed 369 in return.", {(R, 3), (P, 369)}),
    ("Israel released 300 women and teenagers.", {(P, 300)}),
    ("Hamas will release 33 hostages. In return, Israel will free 1,904.", {(R, 33), (P, 1904)}),
    ("Israel freed 200 prisoners. Hamas released three in return.", {(P, 200), (R, 3)}),
    ("Hamas took 251 hostages. One was freed by Israeli forces.", {(T, 251), (S, 1)}),
]


CASES = [
    *NUMBER_WORDS,
    *HEDGES_AND_RANGES,
    *HEADLINES,
    *LIVE_AND_WIRE,
    *APPOSITION,
    *PASSIVE,
    *ROLES,
    *CUMULATIVE,
    *NEGATED_AND_PLANNED,
    *TABLES,
    *TRANSLATED,
    *NO_COUNTS,
    *SCHEDULES,
    *FOUND_AND_HELD,
    *CASUALTIES,
    *ALERTS_AND_REGIONAL,
    *NO_COUNTS_TWO,
    *FURNITURE,
    *TRANSLATED_TWO,
    *EXPLAINERS,
    *SCHEDULE_LISTS,
    *NO_NOUN,
]


@pytest.mark.parametrize("text,expected", CASES)
def test_count_families(text: str, expected: set[tuple[str, int]]) -> None:
    found = extract_document(Document(name="t.txt", text=text, published="2024-06-12")).counts
    assert {(c.quantity, c.value) for c in found} == expected
