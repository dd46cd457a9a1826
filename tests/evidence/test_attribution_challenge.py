"""A challenge set for attribution (issue 9): invented sentences and short snippets that vary
systematically over the attribution forms of news (PARC: cue, source, content), each with the
speaker (who made the statement) and the holder (whose position it is) a reader expects.

The set was written before the attribution code was read, in fictional wording: the people are
either officials the actor data already knows or invented ones (Avner Tal, Walid Sabri, Karim
Fahmy, Saad al-Kuwari, Laura Benning), so a case tests a construction, not a name list. The
contents are a few plain positions (a permanent ceasefire, a full withdrawal, the release of all
hostages, accepting or rejecting "the proposal") so that a miss is a miss of attribution.

Gold conventions (../shared/gold/README.md and the dev gold): the speaker is the person, or the
body, or the description of an unnamed source as first written (an office in full: "Benjamin
Netanyahu's office"); ``None`` when the text speaks of the party as a whole about its own position
("Hamas said it ..."); the party's name when it reports another party's position ("Hamas said
Israel ...").

Every case passes or is listed in ``KNOWN_MISSES`` with the reason (a strict xfail: a known miss
that starts passing fails the run, so the list stays true). ``test_accuracy_per_form`` prints the
accuracy per form (``pytest -s``) and holds the whole set to a floor.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

DAY = "2024-06-03"


@dataclass(frozen=True)
class Case:
    id: str
    form: str
    text: str
    holder: str
    issue: str
    stance: str
    speaker: str | None


CEASE_D = ("ceasefire", "demand")
CEASE_R = ("ceasefire", "reject")
CEASE_A = ("ceasefire", "accept")
WITHDRAW_D = ("withdrawal", "demand")
HOSTAGES_D = ("hostage_release", "demand")


def _case(id: str, form: str, text: str, holder: str, what: tuple[str, str], speaker: str | None):
    return Case(id, form, text, holder, what[0], what[1], speaker)


NETANYAHU = "Benjamin Netanyahu"
OFFICE = "Benjamin Netanyahu's office"
MBAR = "Mohammed bin Abdulrahman Al Thani"
QMFA = "Qatar's foreign ministry"

CASES: list[Case] = [
    # --- verb cue, source before the content: "X said ..."
    _case(
        "v1",
        "verb: X said",
        "Khalil al-Hayya said the movement wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Khalil al-Hayya",
    ),
    _case(
        "v2",
        "verb: X said",
        "Israeli Defense Minister Israel Katz said Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        "Israel Katz",
    ),
    _case(
        "v3",
        "verb: X said",
        "Hamas said on Sunday that it rejected the new proposal.",
        "hamas",
        CEASE_R,
        None,
    ),
    _case(
        "v4",
        "verb: X said",
        "Walid Sabri stressed that the movement had turned down the proposal.",
        "hamas",
        CEASE_R,
        "Walid Sabri",
    ),
    # --- verb cue after the content: "..., X said"
    _case(
        "v5",
        "verb: ..., X said",
        "The movement will never give up its demand for a permanent ceasefire, Osama Hamdan said.",
        "hamas",
        CEASE_D,
        "Osama Hamdan",
    ),
    _case(
        "v6",
        "verb: ..., X said",
        "Israel demands the release of all hostages before any truce, "
        "Benjamin Netanyahu said on Monday.",
        "israel",
        HOSTAGES_D,
        NETANYAHU,
    ),
    _case(
        "v7",
        "verb: ..., X said",
        "Hamas has accepted the proposal, Qatar's foreign ministry said.",
        "hamas",
        CEASE_A,
        QMFA,
    ),
    # --- inverted: "..., said X"
    _case(
        "v8",
        "verb: ..., said X",
        "Hamas wants a permanent ceasefire, said Walid Sabri, a member "
        "of the group's political bureau.",
        "hamas",
        CEASE_D,
        "Walid Sabri",
    ),
    _case(
        "v9",
        "verb: ..., said X",
        "Israel has rejected the proposal, said a senior Egyptian official.",
        "israel",
        CEASE_R,
        "a senior Egyptian official",
    ),
    _case(
        "v10",
        "verb: ..., said X",
        '"We reject a permanent ceasefire," said Israel Katz.',
        "israel",
        CEASE_R,
        "Israel Katz",
    ),
    # --- told reporters / a news conference
    _case(
        "t1",
        "told reporters",
        "Osama Hamdan told reporters in Beirut that Hamas rejected the proposal.",
        "hamas",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "t2",
        "told reporters",
        "Benjamin Netanyahu told a news conference that Israel would not "
        "agree to a permanent ceasefire.",
        "israel",
        CEASE_R,
        NETANYAHU,
    ),
    _case(
        "t3",
        "told reporters",
        "Speaking at a news conference in Doha, Mohammed bin Abdulrahman "
        "Al Thani said Hamas had accepted the proposal.",
        "hamas",
        CEASE_A,
        MBAR,
    ),
    _case(
        "t4",
        "told reporters",
        "A Hamas official told Reuters the group demanded a full Israeli withdrawal from Gaza.",
        "hamas",
        WITHDRAW_D,
        "a Hamas official",
    ),
    _case(
        "t5",
        "told reporters",
        "Israel demands the release of all hostages, Avner Tal, the "
        "Israeli foreign minister, told the UN Security Council.",
        "israel",
        HOSTAGES_D,
        "Avner Tal",
    ),
    # --- noun cues: a statement
    _case(
        "n1",
        "noun: statement",
        "In a statement, Hamas said it had accepted the proposal.",
        "hamas",
        CEASE_A,
        None,
    ),
    _case(
        "n2",
        "noun: statement",
        "Qatar's foreign ministry said in a statement that Israel had accepted the proposal.",
        "israel",
        CEASE_A,
        QMFA,
    ),
    _case(
        "n3",
        "noun: statement",
        "A statement from Benjamin Netanyahu's office said Israel would "
        "not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        OFFICE,
    ),
    _case(
        "n4",
        "noun: statement",
        "Benjamin Netanyahu issued a statement after the cabinet met. "
        "The statement said Israel demands the release of all hostages.",
        "israel",
        HOSTAGES_D,
        NETANYAHU,
    ),
    _case(
        "n5",
        "noun: statement",
        "Benjamin Netanyahu chaired the cabinet on Sunday. Israel demands "
        "the release of all hostages, Netanyahu's office said in a statement.",
        "israel",
        HOSTAGES_D,
        OFFICE,
    ),
    # --- according to
    _case(
        "a1",
        "according to",
        "Hamas has rejected the proposal, according to a source close to "
        "the movement's leadership.",
        "hamas",
        CEASE_R,
        "a source close to the movement's leadership",
    ),
    _case(
        "a2",
        "according to",
        "According to Egyptian officials, Israel has accepted the proposal.",
        "israel",
        CEASE_A,
        "Egyptian officials",
    ),
    _case(
        "a3",
        "according to",
        "According to Khalil al-Hayya, the movement wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Khalil al-Hayya",
    ),
    _case(
        "a4",
        "according to",
        "Hamas has accepted the proposal, according to Qatar's foreign ministry.",
        "hamas",
        CEASE_A,
        QMFA,
    ),
    # --- an actor's office, spokesperson, team or delegation
    _case(
        "o1",
        "office/spokesperson/team",
        "Benjamin Netanyahu met his cabinet on Sunday. "
        "Netanyahu's office said Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        OFFICE,
    ),
    _case(
        "o2",
        "office/spokesperson/team",
        "A Hamas spokesperson said the group demanded a full Israeli withdrawal from Gaza.",
        "hamas",
        WITHDRAW_D,
        "a Hamas spokesperson",
    ),
    _case(
        "o3",
        "office/spokesperson/team",
        "Israel's negotiating team said Israel demands the "
        "release of all hostages in the first phase.",
        "israel",
        HOSTAGES_D,
        "Israel's negotiating team",
    ),
    _case(
        "o4",
        "office/spokesperson/team",
        "The Hamas delegation said the movement rejected the proposal.",
        "hamas",
        CEASE_R,
        "the Hamas delegation",
    ),
    _case(
        "o5",
        "office/spokesperson/team",
        "Qatari foreign ministry spokesman Saad al-Kuwari said Hamas had accepted the proposal.",
        "hamas",
        CEASE_A,
        "Saad al-Kuwari",
    ),
    # --- "it said", "the group/movement/office/forum said" resolved to the body named before
    _case(
        "i1",
        "it/the group said",
        "Hamas issued a statement on Tuesday. It said the movement had accepted the proposal.",
        "hamas",
        CEASE_A,
        None,
    ),
    _case(
        "i2",
        "it/the group said",
        "Qatar's foreign ministry issued a statement late on Monday. "
        "It said Israel had rejected the proposal.",
        "israel",
        CEASE_R,
        QMFA,
    ),
    _case(
        "i3",
        "it/the group said",
        "Hamas released a video on Friday. The group said it wanted a permanent ceasefire.",
        "hamas",
        CEASE_D,
        None,
    ),
    _case(
        "i4",
        "it/the group said",
        "Hamas met in Doha. The movement said it had accepted the proposal.",
        "hamas",
        CEASE_A,
        None,
    ),
    _case(
        "i5",
        "it/the group said",
        "Benjamin Netanyahu's office issued a statement. The office "
        "said Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        OFFICE,
    ),
    _case(
        "i6",
        "it/the group said",
        "The Hostages and Missing Families Forum held a rally in the "
        "evening. The forum said the families demand the release of all hostages.",
        "hostage_families",
        HOSTAGES_D,
        "Hostages and Missing Families Forum",
    ),
    # --- pronouns resolved to the previous sentence's speaker
    _case(
        "p1",
        "pronoun",
        "Khalil al-Hayya spoke to a television channel on Monday. He said the "
        "movement wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Khalil al-Hayya",
    ),
    _case(
        "p2",
        "pronoun",
        "Laura Benning, a State Department spokeswoman, briefed reporters. She "
        "said Hamas had rejected the proposal.",
        "hamas",
        CEASE_R,
        "Laura Benning",
    ),
    _case(
        "p3",
        "pronoun",
        "Two Egyptian officials described the talks. They said Israel had rejected the proposal.",
        "israel",
        CEASE_R,
        "two Egyptian officials",
    ),
    _case(
        "p4",
        "pronoun",
        "Israel Katz visited troops near the border. He said Israel would not "
        "accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        "Israel Katz",
    ),
    # --- titles and appositives
    _case(
        "ta1",
        "title/appositive",
        "Avner Tal, Israel's foreign minister, said Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        "Avner Tal",
    ),
    _case(
        "ta2",
        "title/appositive",
        "Israeli foreign minister Avner Tal said Israel demands the release of all hostages.",
        "israel",
        HOSTAGES_D,
        "Avner Tal",
    ),
    _case(
        "ta3",
        "title/appositive",
        "Hamas political bureau member Walid Sabri said the movement "
        "demanded a full Israeli withdrawal from Gaza.",
        "hamas",
        WITHDRAW_D,
        "Walid Sabri",
    ),
    _case(
        "ta4",
        "title/appositive",
        "Karim Fahmy, Egypt's foreign minister, said Hamas had accepted the proposal.",
        "hamas",
        CEASE_A,
        "Karim Fahmy",
    ),
    _case(
        "ta5",
        "title/appositive",
        "The Qatari prime minister said Israel had accepted the proposal.",
        "israel",
        CEASE_A,
        MBAR,
    ),
    _case(
        "ta6",
        "title/appositive",
        "Foreign Minister Avner Tal landed in Washington on Sunday. "
        "Tal said Israel demands the release of all hostages.",
        "israel",
        HOSTAGES_D,
        "Avner Tal",
    ),
    # --- unnamed sources of a party
    _case(
        "u1",
        "unnamed source",
        "A senior Israeli official said Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        "a senior Israeli official",
    ),
    _case(
        "u2",
        "unnamed source",
        "Officials familiar with the talks said Hamas had rejected the proposal.",
        "hamas",
        CEASE_R,
        "officials familiar with the talks",
    ),
    _case(
        "u3",
        "unnamed source",
        "Diplomats said Israel had accepted the proposal.",
        "israel",
        CEASE_A,
        "diplomats",
    ),
    _case(
        "u4",
        "unnamed source",
        "A mediator said Hamas had accepted the proposal.",
        "hamas",
        CEASE_A,
        "a mediator",
    ),
    _case(
        "u5",
        "unnamed source",
        "A source close to the Hamas leadership said the movement rejected the proposal.",
        "hamas",
        CEASE_R,
        "a source close to the Hamas leadership",
    ),
    _case(
        "u6",
        "unnamed source",
        "Palestinian sources said Hamas demanded a full Israeli withdrawal from Gaza.",
        "hamas",
        WITHDRAW_D,
        "Palestinian sources",
    ),
    _case(
        "u7",
        "unnamed source",
        "An Israeli official, speaking on condition of anonymity, said "
        "Israel demands the release of all hostages.",
        "israel",
        HOSTAGES_D,
        "an Israeli official",
    ),
    # --- quotes of several sentences, speaker before or after
    _case(
        "q1",
        "multi-sentence quote",
        '"We have made our position clear. The movement demands a '
        'full withdrawal of the occupation army from Gaza. Nothing less will do," Osama Hamdan '
        "said.",
        "hamas",
        WITHDRAW_D,
        "Osama Hamdan",
    ),
    _case(
        "q2",
        "multi-sentence quote",
        'Benjamin Netanyahu said: "We will bring every hostage '
        'home. Israel demands the release of all hostages. We will not stop."',
        "israel",
        HOSTAGES_D,
        NETANYAHU,
    ),
    _case(
        "q3",
        "multi-sentence quote",
        '"We are not done," Israel Katz said. "Israel will not '
        'accept a permanent ceasefire while hostages remain in Gaza."',
        "israel",
        CEASE_R,
        "Israel Katz",
    ),
    _case(
        "q4",
        "multi-sentence quote",
        'Khalil al-Hayya said the talks had stalled.\n\n"The '
        'movement wants a permanent ceasefire and nothing else," he said.',
        "hamas",
        CEASE_D,
        "Khalil al-Hayya",
    ),
    # --- headlines with a colon
    _case(
        "h1",
        "headline colon",
        "Hamas: we will not accept the proposal\n\nThe movement's leaders met in Doha on Sunday.",
        "hamas",
        CEASE_R,
        None,
    ),
    _case(
        "h2",
        "headline colon",
        "Netanyahu: Israel will not accept a permanent ceasefire\n\n"
        "Benjamin Netanyahu spoke on Sunday evening.",
        "israel",
        CEASE_R,
        NETANYAHU,
    ),
    _case(
        "h3",
        "headline colon",
        "Qatar: Hamas has accepted the proposal\n\nThe talks resumed on Monday.",
        "hamas",
        CEASE_A,
        "Qatar",
    ),
    # --- passive and "quoted as saying"
    _case(
        "ps1",
        "passive",
        "It was announced by Qatar's foreign ministry that Hamas had accepted the proposal.",
        "hamas",
        CEASE_A,
        QMFA,
    ),
    _case(
        "ps2",
        "passive",
        "Osama Hamdan was quoted as saying that the movement rejected the proposal.",
        "hamas",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "ps3",
        "passive",
        "Khalil al-Hayya was cited by a television channel as saying the "
        "movement wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Khalil al-Hayya",
    ),
    # --- reported speech across a paragraph break
    _case(
        "pb1",
        "across paragraph",
        "Saad al-Kuwari, a spokesman for Qatar's foreign ministry, "
        "briefed reporters on Tuesday.\n\nHamas had accepted the proposal, al-Kuwari said.",
        "hamas",
        CEASE_A,
        "Saad al-Kuwari",
    ),
    _case(
        "pb2",
        "across paragraph",
        "Osama Hamdan spoke in Beirut on Monday.\n\nHe said the "
        "movement demanded a full Israeli withdrawal from Gaza.",
        "hamas",
        WITHDRAW_D,
        "Osama Hamdan",
    ),
    _case(
        "pb3",
        "across paragraph",
        "Benjamin Netanyahu addressed the Knesset on Wednesday.\n\n"
        "Israel would not accept a permanent ceasefire, he said.",
        "israel",
        CEASE_R,
        NETANYAHU,
    ),
    # --- a speaker who reports another party's position
    _case(
        "r1",
        "reports another",
        "An Egyptian mediator met both sides. The mediator said Hamas had "
        "rejected the latest proposal.",
        "hamas",
        CEASE_R,
        "an Egyptian mediator",
    ),
    _case(
        "r2",
        "reports another",
        "Mohammed bin Abdulrahman Al Thani said Israel had agreed to the proposal.",
        "israel",
        CEASE_A,
        MBAR,
    ),
    _case(
        "r3",
        "reports another",
        "Hamas said Israel demanded the release of all hostages in the first phase.",
        "israel",
        HOSTAGES_D,
        "Hamas",
    ),
    _case(
        "r4",
        "reports another",
        "Laura Benning, a State Department spokeswoman, said Hamas wanted a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Laura Benning",
    ),
    _case(
        "r5",
        "reports another",
        "Egyptian officials said Israel had rejected the proposal.",
        "israel",
        CEASE_R,
        "Egyptian officials",
    ),
    # --- nobody speaks: the article's own voice
    _case(
        "x1", "no speaker", "Hamas has long demanded a permanent ceasefire.", "hamas", CEASE_D, None
    ),
    _case("x2", "no speaker", "Israel rejected the proposal on Tuesday.", "israel", CEASE_R, None),
    _case(
        "x3",
        "no speaker",
        "Osama Hamdan spoke in Beirut on Monday.\n\nIsrael has rejected every "
        "proposal for a permanent ceasefire since the talks began.",
        "israel",
        CEASE_R,
        None,
    ),
    _case(
        "x4",
        "no speaker",
        "Families of the hostages demand the release of all hostages.",
        "hostage_families",
        HOSTAGES_D,
        None,
    ),
    _case(
        "x5",
        "no speaker",
        "Khalil al-Hayya leads the Hamas delegation. Israel demands the "
        "release of all hostages before any truce.",
        "israel",
        HOSTAGES_D,
        None,
    ),
    # --- second batch: more cue verbs, sources and negative forms of wire and regional copy
    _case(
        "v11",
        "verb: X said",
        "Israel demands the release of all hostages, Avner Tal said in a "
        "televised address, adding that talks would go on.",
        "israel",
        HOSTAGES_D,
        "Avner Tal",
    ),
    _case(
        "v12",
        "verb: X said",
        "Walid Sabri, who heads the movement's office in Istanbul, insisted "
        "that Hamas wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Walid Sabri",
    ),
    _case(
        "v13",
        "verb: X said",
        '"Israel will not accept a permanent ceasefire," Israel Katz said, '
        '"while a single hostage is held."',
        "israel",
        CEASE_R,
        "Israel Katz",
    ),
    _case(
        "v14",
        "verb: X said",
        "Osama Hamdan said in a post on social media that Hamas rejected the proposal.",
        "hamas",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "v15",
        "verb: X said",
        "Speaking to a Lebanese channel, Walid Sabri of Hamas said the "
        "movement demanded a full Israeli withdrawal from Gaza.",
        "hamas",
        WITHDRAW_D,
        "Walid Sabri",
    ),
    _case(
        "we1",
        "we: holder from speaker",
        '"We will not accept a permanent ceasefire," said Avner Tal, Israel\'s foreign minister.',
        "israel",
        CEASE_R,
        "Avner Tal",
    ),
    _case(
        "we2",
        "we: holder from speaker",
        '"We want a permanent ceasefire," Walid Sabri, a senior Hamas official, told reporters.',
        "hamas",
        CEASE_D,
        "Walid Sabri",
    ),
    _case(
        "we3",
        "we: holder from speaker",
        'Osama Hamdan spoke after the meeting. "We reject this '
        'proposal and any proposal that keeps the occupation in Gaza," he said.',
        "hamas",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "ta7",
        "title/appositive",
        "Benjamin Netanyahu met the families on Monday. The prime "
        "minister said Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        NETANYAHU,
    ),
    _case(
        "ta8",
        "title/appositive",
        "Avner Tal flew to Cairo on Monday. The minister said Israel "
        "demands the release of all hostages.",
        "israel",
        HOSTAGES_D,
        "Avner Tal",
    ),
    _case(
        "ta9",
        "title/appositive",
        "A spokesman for Hamas, Hatem Odeh, said the movement demanded "
        "a full Israeli withdrawal from Gaza.",
        "hamas",
        WITHDRAW_D,
        "Hatem Odeh",
    ),
    _case(
        "ta10",
        "title/appositive",
        "Hatem Odeh, a spokesman for the movement, spoke in Doha. The "
        "spokesman said Hamas had accepted the proposal.",
        "hamas",
        CEASE_A,
        "Hatem Odeh",
    ),
    _case(
        "u8",
        "unnamed source",
        "A Western diplomat said Hamas had rejected the proposal.",
        "hamas",
        CEASE_R,
        "a Western diplomat",
    ),
    _case(
        "u9",
        "unnamed source",
        "People familiar with the matter said Israel had accepted the proposal.",
        "israel",
        CEASE_A,
        "people familiar with the matter",
    ),
    _case(
        "u10",
        "unnamed source",
        "Hamas demanded a full Israeli withdrawal from Gaza, an Egyptian security source said.",
        "hamas",
        WITHDRAW_D,
        "an Egyptian security source",
    ),
    _case(
        "u11",
        "unnamed source",
        "An official with knowledge of the negotiations said Israel would "
        "not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        "an official with knowledge of the negotiations",
    ),
    _case(
        "u12",
        "unnamed source",
        "Hamas has accepted the proposal, a US official told reporters.",
        "hamas",
        CEASE_A,
        "a US official",
    ),
    _case(
        "o6",
        "office/spokesperson/team",
        "The Israeli delegation said Israel demands the release of all hostages.",
        "israel",
        HOSTAGES_D,
        "the Israeli delegation",
    ),
    _case(
        "o7",
        "office/spokesperson/team",
        "Hamas's negotiating delegation said the movement wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Hamas's negotiating delegation",
    ),
    _case(
        "pr2",
        "pronoun",
        "Khalil al-Hayya arrived in Cairo on Monday. The talks lasted four "
        "hours. He said the movement wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Khalil al-Hayya",
    ),
    _case(
        "pr3",
        "pronoun",
        "Saad al-Kuwari, a spokesman for Qatar's foreign ministry, spoke on "
        "Tuesday. He said Hamas had accepted the proposal. He added that Israel had rejected "
        "the proposal.",
        "israel",
        CEASE_R,
        "Saad al-Kuwari",
    ),
    _case(
        "x6",
        "no speaker",
        "Hamas rejected the proposal presented by Avner Tal.",
        "hamas",
        CEASE_R,
        None,
    ),
    _case(
        "x7",
        "no speaker",
        "Hamas demanded a full Israeli withdrawal from Gaza, the agency reported.",
        "hamas",
        WITHDRAW_D,
        None,
    ),
    _case(
        "x8",
        "no speaker",
        "DOHA - Hamas has accepted the proposal, days after talks resumed.",
        "hamas",
        CEASE_A,
        None,
    ),
    _case(
        "x9",
        "no speaker",
        '"We are close," Karim Fahmy said on Sunday.\n\nIsrael has accepted '
        "the proposal since then, and the first exchange is due next week.",
        "israel",
        CEASE_A,
        None,
    ),
    # --- third batch, written after the attribution code was read (the two above were written
    # before): harder forms of wire, regional and live copy, still from news forms, not the code
    _case(
        "c1",
        "interview/post",
        "In an interview with a Lebanese channel, Osama Hamdan said the "
        "movement rejected the proposal.",
        "hamas",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "c2",
        "interview/post",
        "Israel Katz wrote on social media that Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        "Israel Katz",
    ),
    _case(
        "c3",
        "interview/post",
        "In remarks broadcast on Sunday, Avner Tal, Israel's foreign "
        "minister, said Israel demands the release of all hostages.",
        "israel",
        HOSTAGES_D,
        "Avner Tal",
    ),
    _case(
        "c4",
        "statement added",
        "Hamas said in a statement on Monday that it had received the "
        "proposal. The statement added that the movement wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        None,
    ),
    _case(
        "c5",
        "statement added",
        "Qatar's foreign ministry said in a statement that talks would "
        "resume. The statement added that Israel had accepted the proposal.",
        "israel",
        CEASE_A,
        QMFA,
    ),
    _case(
        "c6",
        "media relay",
        "Hamas has rejected the proposal, a Lebanese newspaper reported, "
        "citing sources in the movement.",
        "hamas",
        CEASE_R,
        "sources in the movement",
    ),
    _case(
        "c7",
        "media relay",
        "Israel has accepted the proposal, Israeli media reported.",
        "israel",
        CEASE_A,
        None,
    ),
    _case(
        "c8",
        "media relay",
        "Hamas has rejected the proposal, two sources familiar with the talks told a news agency.",
        "hamas",
        CEASE_R,
        "two sources familiar with the talks",
    ),
    _case(
        "c9",
        "media relay",
        "Sources close to the talks told a Saudi channel that Israel had rejected the proposal.",
        "israel",
        CEASE_R,
        "sources close to the talks",
    ),
    _case(
        "c10",
        "quote across paragraphs",
        "Khalil al-Hayya addressed supporters in Doha on "
        'Friday:\n\n"The movement wants a permanent ceasefire. We will not accept less."',
        "hamas",
        CEASE_D,
        "Khalil al-Hayya",
    ),
    _case(
        "c11",
        "quote across paragraphs",
        '"We have given the mediators our answer," Osama Hamdan '
        'said.\n\n"The movement rejects this proposal because it does not end the war."',
        "hamas",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "c12",
        "quote across paragraphs",
        'Osama Hamdan spoke in Beirut.\n\n"We will not '
        'surrender," he said.\n\nHe said the movement rejected the proposal.',
        "hamas",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "c13",
        "verb: mid-sentence",
        "Israel, Benjamin Netanyahu said, demands the release of all hostages.",
        "israel",
        HOSTAGES_D,
        NETANYAHU,
    ),
    _case(
        "c14",
        "pronoun",
        '"Talks are difficult," said Karim Fahmy. He added that Hamas had accepted the proposal.',
        "hamas",
        CEASE_A,
        "Karim Fahmy",
    ),
    _case(
        "c15",
        "pronoun",
        "Laura Benning told reporters the talks were serious. She added that "
        "Israel had accepted the proposal.",
        "israel",
        CEASE_A,
        "Laura Benning",
    ),
    _case(
        "c16",
        "pronoun",
        "Senior Hamas officials met the mediators in Cairo. They said the "
        "movement demanded a full Israeli withdrawal from Gaza.",
        "hamas",
        WITHDRAW_D,
        "senior Hamas officials",
    ),
    _case(
        "c17",
        "title/appositive",
        'Hamas spokesman Hatem Odeh spoke on Sunday. "The movement '
        'wants a permanent ceasefire," the spokesman said.',
        "hamas",
        CEASE_D,
        "Hatem Odeh",
    ),
    _case(
        "c18",
        "title/appositive",
        "Israel has accepted the proposal, said Majid Nasser, an "
        "adviser to the Qatari prime minister.",
        "israel",
        CEASE_A,
        "Majid Nasser",
    ),
    _case(
        "c19",
        "title/appositive",
        "White House spokesman Tom Ardley told reporters Hamas had accepted the proposal.",
        "hamas",
        CEASE_A,
        "Tom Ardley",
    ),
    _case(
        "c20",
        "title/appositive",
        "A senior Hamas official, Walid Sabri, said the movement rejected the proposal.",
        "hamas",
        CEASE_R,
        "Walid Sabri",
    ),
    _case(
        "c21",
        "title/appositive",
        "US envoy Dan Mercer said Israel had accepted the proposal.",
        "israel",
        CEASE_A,
        "Dan Mercer",
    ),
    _case(
        "c22",
        "title/appositive",
        "Hamas's Gaza chief Hatem Odeh said the movement wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Hatem Odeh",
    ),
    _case(
        "c23",
        "headline",
        "Israel will not accept permanent ceasefire, says Katz\n\nIsrael Katz spoke on Monday.",
        "israel",
        CEASE_R,
        "Israel Katz",
    ),
    _case(
        "c24",
        "headline",
        "Hamas has accepted the proposal - Qatari foreign ministry\n\nTalks resumed on Monday.",
        "hamas",
        CEASE_A,
        QMFA,
    ),
    _case(
        "c25",
        "other cue verbs",
        "Qatar announced that Hamas had accepted the proposal.",
        "hamas",
        CEASE_A,
        "Qatar",
    ),
    _case(
        "c26",
        "other cue verbs",
        "A Hamas official confirmed that the movement had rejected the proposal.",
        "hamas",
        CEASE_R,
        "a Hamas official",
    ),
    _case(
        "c27",
        "other cue verbs",
        "Benjamin Netanyahu vowed that Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        NETANYAHU,
    ),
    _case(
        "c28",
        "other cue verbs",
        "A news agency was told by a senior Israeli official that "
        "Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        "a senior Israeli official",
    ),
    _case(
        "c29",
        "according to",
        "Hamas has accepted the proposal, per a statement from Qatar's foreign ministry.",
        "hamas",
        CEASE_A,
        QMFA,
    ),
    _case(
        "c30",
        "across paragraph",
        "Egyptian officials briefed reporters in Cairo.\n\nIsrael "
        "had rejected the proposal, the officials said.",
        "israel",
        CEASE_R,
        "Egyptian officials",
    ),
    _case(
        "c31",
        "no speaker",
        "Hamas said it was studying the proposal. Israel demands the release of all hostages.",
        "israel",
        HOSTAGES_D,
        None,
    ),
    _case(
        "c32",
        "no speaker",
        "Benjamin Netanyahu's office declined to comment. Israel rejected the proposal on Tuesday.",
        "israel",
        CEASE_R,
        None,
    ),
    _case(
        "c33",
        "no speaker",
        "The talks, which Qatar said were constructive, ended on Monday. "
        "Hamas wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        None,
    ),
    _case(
        "c34",
        "no speaker",
        "Karim Fahmy said the talks would go on.\n\nHamas rejected the "
        "proposal last week, before the talks resumed.",
        "hamas",
        CEASE_R,
        None,
    ),
    # --- fourth batch (after the code was read): long sentences, carried reports, two sources
    _case(
        "d1",
        "long sentence",
        "Hamas, which has run the territory for years, said in a statement "
        "posted late on Tuesday that it had accepted the proposal put forward by the mediators.",
        "hamas",
        CEASE_A,
        None,
    ),
    _case(
        "d2",
        "long sentence",
        "Benjamin Netanyahu, who faces pressure from partners in his "
        "coalition, said on Wednesday that Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        NETANYAHU,
    ),
    _case(
        "d3",
        "long sentence",
        "Speaking to reporters after meeting relatives of the captives, "
        "Israel Katz said Israel demands the release of all hostages.",
        "israel",
        HOSTAGES_D,
        "Israel Katz",
    ),
    _case(
        "d4",
        "long sentence",
        '"The movement wants a permanent ceasefire," said the group\'s '
        "deputy leader in the territory, Hatem Odeh.",
        "hamas",
        CEASE_D,
        "Hatem Odeh",
    ),
    _case(
        "d5",
        "two sources",
        "Khalil al-Hayya said the movement wants a permanent ceasefire, while "
        "Israel Katz said Israel demands the release of all hostages.",
        "israel",
        HOSTAGES_D,
        "Israel Katz",
    ),
    _case(
        "d6",
        "two sources",
        "Khalil al-Hayya said the movement wants a permanent ceasefire, while "
        "Israel Katz said Israel demands the release of all hostages.",
        "hamas",
        CEASE_D,
        "Khalil al-Hayya",
    ),
    _case(
        "d7",
        "two sources",
        "Israel rejected the proposal, Egyptian officials said, while Hamas "
        "has accepted it, according to Qatar's foreign ministry.",
        "israel",
        CEASE_R,
        "Egyptian officials",
    ),
    _case(
        "d8",
        "carried report",
        "Benjamin Netanyahu's office said Israel had sent a delegation to "
        "Cairo. Israel would not accept a permanent ceasefire, it added.",
        "israel",
        CEASE_R,
        OFFICE,
    ),
    _case(
        "d9",
        "carried report",
        'Osama Hamdan accused Israel of stalling the talks. "Israel has '
        'rejected the proposal," he said.',
        "israel",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "d10",
        "carried report",
        'Osama Hamdan said the movement wants "a permanent ceasefire, not a pause".',
        "hamas",
        CEASE_D,
        "Osama Hamdan",
    ),
    _case(
        "d11",
        "unit of a party",
        "Hamas has accepted the proposal, Hamas's political bureau said on Monday.",
        "hamas",
        CEASE_A,
        "Hamas's political bureau",
    ),
    _case(
        "d12",
        "unit of a party",
        "Egyptian sources told a state-run channel that Israel had accepted the proposal.",
        "israel",
        CEASE_A,
        "Egyptian sources",
    ),
    _case(
        "d13",
        "no speaker",
        "Osama Hamdan said on Monday that talks would resume.\n\nHamas has "
        "demanded a permanent ceasefire since the first round of talks.",
        "hamas",
        CEASE_D,
        None,
    ),
    _case(
        "d14",
        "no speaker",
        "Israel, which rejected the proposal on Tuesday, sent its delegation home.",
        "israel",
        CEASE_R,
        None,
    ),
    _case(
        "d15",
        "no speaker",
        "Asked about the proposal, Hamas rejected it outright.",
        "hamas",
        CEASE_R,
        None,
    ),
    # --- fifth batch (after the code was read): translated and regional press, its cue verbs
    _case(
        "e1",
        "regional press",
        "The movement's spokesman, Hatem Odeh, stated in a press release "
        "that Hamas rejected the proposal.",
        "hamas",
        CEASE_R,
        "Hatem Odeh",
    ),
    _case(
        "e2",
        "regional press",
        "Qatar's foreign ministry spokesperson Dr. Saad al-Kuwari affirmed "
        "that Hamas had accepted the proposal.",
        "hamas",
        CEASE_A,
        "Saad al-Kuwari",
    ),
    _case(
        "e3",
        "regional press",
        "Walid Sabri pointed out that the movement demanded a full Israeli withdrawal from Gaza.",
        "hamas",
        WITHDRAW_D,
        "Walid Sabri",
    ),
    _case(
        "e4",
        "regional press",
        "According to a statement issued by Qatar's foreign ministry, "
        "Israel has accepted the proposal.",
        "israel",
        CEASE_A,
        QMFA,
    ),
    _case(
        "e5",
        "regional press",
        "Hatem Odeh, a Hamas spokesman, clarified in a press conference "
        "held in Doha that the movement wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Hatem Odeh",
    ),
    _case(
        "e6",
        "regional press",
        "An Israeli broadcaster quoted a senior official as saying that "
        "Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        "a senior official",
    ),
    _case(
        "e7",
        "regional press",
        "Karim Fahmy noted that Israel had rejected the proposal.",
        "israel",
        CEASE_R,
        "Karim Fahmy",
    ),
    _case(
        "e8",
        "regional press",
        "Osama Hamdan told the press that the movement rejected the proposal.",
        "hamas",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "e9",
        "regional press",
        "Osama Hamdan declared in a televised speech that the movement "
        "wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Osama Hamdan",
    ),
    _case(
        "e10",
        "regional press",
        "Hamas has accepted the proposal, the Egyptian foreign ministry announced.",
        "hamas",
        CEASE_A,
        "Egypt's foreign ministry",
    ),
    # --- sixth batch (after the code was read): live blogs, title-case headlines, transcripts
    _case(
        "f1",
        "live blog",
        "10:42 GMT - A Hamas official says the movement rejects the "
        "proposal.\n\nTalks are due to resume.",
        "hamas",
        CEASE_R,
        "a Hamas official",
    ),
    _case(
        "f2",
        "live blog",
        "BREAKING: Israel rejects the proposal, says Netanyahu's office\n\n"
        "Benjamin Netanyahu met the cabinet.",
        "israel",
        CEASE_R,
        OFFICE,
    ),
    _case(
        "f3",
        "headline",
        "Hamas Rejects Proposal, Says Senior Official\n\nThe talks stalled on Monday.",
        "hamas",
        CEASE_R,
        "Senior Official",
    ),
    _case(
        "f4",
        "headline",
        "Hamdan tells TV channel: movement rejects the proposal\n\nOsama Hamdan spoke on Monday.",
        "hamas",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "f5",
        "verb: ..., says X",
        "Hamas wants a permanent ceasefire, says Osama Hamdan.",
        "hamas",
        CEASE_D,
        "Osama Hamdan",
    ),
    _case(
        "f6",
        "transcript",
        "Osama Hamdan, a senior Hamas official, spoke to the channel on Monday.\n\nHOST: What "
        "is your position?\n\nOSAMA HAMDAN: The movement wants a permanent ceasefire.\n\nHOST: "
        "And the proposal?\n\nOSAMA HAMDAN: We have turned it down.",
        "hamas",
        CEASE_D,
        "Osama Hamdan",
    ),
    _case(
        "f7",
        "verb: X said",
        "Israeli officials have said Israel would not accept a permanent ceasefire.",
        "israel",
        CEASE_R,
        "Israeli officials",
    ),
    _case(
        "f8",
        "verb: X said",
        "Hamas has repeatedly said it wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        None,
    ),
    _case(
        "f9",
        "pronoun",
        "Israel Katz and Avner Tal met in the evening. Katz said Israel demands "
        "the release of all hostages.",
        "israel",
        HOSTAGES_D,
        "Israel Katz",
    ),
    _case(
        "f10",
        "pronoun",
        "Khalil al-Hayya met Karim Fahmy in Cairo. Al-Hayya said the movement "
        "wants a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Khalil al-Hayya",
    ),
    # --- seventh batch (after the code was read): an accuser reports the accused's position
    _case(
        "g1",
        "accusation",
        "Benjamin Netanyahu accused Hamas of rejecting the proposal.",
        "hamas",
        CEASE_R,
        NETANYAHU,
    ),
    _case(
        "g2",
        "accusation",
        "Qatar's foreign ministry blamed Israel for rejecting the proposal.",
        "israel",
        CEASE_R,
        QMFA,
    ),
    _case(
        "g3",
        "accusation",
        "Hamas accused Israel of rejecting the proposal.",
        "israel",
        CEASE_R,
        "Hamas",
    ),
    _case(
        "g4",
        "accusation",
        "A senior Egyptian official accused Israel of rejecting the proposal.",
        "israel",
        CEASE_R,
        "a senior Egyptian official",
    ),
    _case(
        "g5",
        "accusation",
        "Osama Hamdan accused Israel of refusing a permanent ceasefire.",
        "israel",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "g6",
        "said of X",
        '"They have rejected the proposal," Osama Hamdan said of Israel.',
        "israel",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "g7",
        "said of X",
        '"It has rejected the proposal," Karim Fahmy said of Israel.',
        "israel",
        CEASE_R,
        "Karim Fahmy",
    ),
    _case(
        "g8",
        "said of X",
        "Osama Hamdan said of Israel that it had rejected the proposal.",
        "israel",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "g9",
        "said of X",
        '"We have rejected the proposal," Osama Hamdan said of the movement.',
        "hamas",
        CEASE_R,
        "Osama Hamdan",
    ),
    _case(
        "g10",
        "unnamed source",
        "Mediators said both sides had accepted the proposal.",
        "hamas",
        CEASE_A,
        "mediators",
    ),
    _case(
        "g11",
        "unnamed source",
        "Israel has rejected the proposal, mediators said.",
        "israel",
        CEASE_R,
        "mediators",
    ),
    _case(
        "g12",
        "reports another",
        "Israel Katz dismissed Hamas's demand for a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Israel Katz",
    ),
    _case(
        "g13",
        "reports another",
        "Israel rejected Hamas's demand for a permanent ceasefire.",
        "hamas",
        CEASE_D,
        "Israel",
    ),
    _case(
        "g14",
        "no speaker",
        "Hamas's demand for a permanent ceasefire has not changed.",
        "hamas",
        CEASE_D,
        None,
    ),
]

# cases the extractor gets wrong today, each with the reason (strict: a fixed one fails the run)
KNOWN_MISSES: dict[str, str] = {
    "g5": "claim side: 'accused X of refusing a permanent ceasefire' is read as no claim at all "
    "(the holder and speaker rules are not reached)",
    "f3": "a headline in title case is parsed as one noun phrase ('Hamas Rejects Proposal' the "
    "subject of 'Says'); its source after the comma is not found",
}


def _outcome(case: Case) -> tuple[bool, bool, str | None]:
    """(the claim was found, its speaker is right, the speaker found)."""
    ex = extract_document(Document(name="c.txt", text=case.text, published=DAY))
    found = [
        c
        for c in ex.claims
        if (c.actor, c.issue, c.stance) == (case.holder, case.issue, case.stance)
    ]
    if not found:
        return False, False, None
    return True, any(c.speaker == case.speaker for c in found), found[0].speaker


def _params() -> list[object]:
    out: list[object] = []
    for case in CASES:
        marks = []
        if case.id in KNOWN_MISSES:
            marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[case.id], strict=True))
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


def test_the_set_is_large_and_ids_are_unique() -> None:
    assert len(CASES) >= 60
    assert len({c.id for c in CASES}) == len(CASES)
    assert set(KNOWN_MISSES) <= {c.id for c in CASES}
    assert len({c.form for c in CASES}) >= 15


@pytest.mark.parametrize("case", _params())
def test_challenge_case(case: Case) -> None:
    found, right, got = _outcome(case)
    assert found, f"no {case.holder}/{case.issue}/{case.stance} claim read"
    assert right, f"speaker {got!r}, expected {case.speaker!r}"


def test_accuracy_per_form() -> None:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for case in CASES:
        found, right, _ = _outcome(case)
        row = per[case.form]
        row[0] += 1
        row[1] += found
        row[2] += right
    total = [sum(r[i] for r in per.values()) for i in range(3)]
    print(f"\n{'form':28} cases  claim  speaker")
    for form, (n, f, r) in per.items():
        print(f"{form:28} {n:5} {f:6} {r:8}")
    print(f"{'all':28} {total[0]:5} {total[1]:6} {total[2]:8}  accuracy {total[2] / total[0]:.3f}")
    # every case not listed as a known miss passes (test_challenge_case); the floor follows
    assert total[2] >= len(CASES) - len(KNOWN_MISSES)
