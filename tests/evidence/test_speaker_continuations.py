"""Speakers of statements that carry on beyond their first sentence (issue 9): a quote after its
speaker's reported sentence, a quote the source interrupts, "she went on", "the statement read",
"one of them said", "it also called for", a national outlet's own ministry, and a plan told on
in its mood. Sentences invented for these tests; gold convention (../shared/gold/README.md):
the speaker is the source that states the position, ``None`` for the article's own voice."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

DAY = "2024-06-03"
REJECT = ("hamas", "ceasefire", "reject")
WITHDRAW = ("hamas", "withdrawal", "demand")
ISRAEL_REJECTS = ("israel", "ceasefire", "reject")
QATAR_ASKS = ("qatar", "ceasefire", "demand")


def speakers(text: str, outlet: str | None = None) -> dict[tuple[str, str, str], str | None]:
    ex = extract_document(Document(name="t.txt", text=text, published=DAY, outlet=outlet))
    out: dict[tuple[str, str, str], str | None] = {}
    for c in ex.claims:
        out.setdefault((c.actor, c.issue, c.stance), c.speaker)
    return out


def check(text: str, want: dict[tuple[str, str, str], str | None], outlet: str | None = None):
    got = speakers(text, outlet)
    for key, speaker in want.items():
        assert key in got, (key, got)
        assert got[key] == speaker, (key, got[key], speaker)


# --- a quote after the sentence that reports its speaker


@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_quote_opening_the_next_sentence_is_the_reported_speakers(gap: str) -> None:
    check(
        "Hamas spokesman Hazem Varga said the group had received the proposal."
        f'{gap}"We will study it. Hamas rejects a temporary truce."',
        {REJECT: "Hazem Varga"},
    )


def test_a_quote_far_below_the_report_is_not_its_speakers() -> None:
    check(
        "Hamas spokesman Hazem Varga said the group had received the proposal.\n\n\n\n"
        "Talks resumed in the evening.\n\n"
        '"Hamas rejects a temporary truce."',
        {REJECT: None},
    )


def test_the_second_part_of_an_interrupted_quote_is_the_same_speakers() -> None:
    check(
        "Hamas spokesman Hazem Varga spoke in the evening.\n\n"
        '"Hamas rejects a temporary truce," Varga said, "and we demand a full withdrawal."',
        {REJECT: "Hazem Varga", WITHDRAW: "Hazem Varga"},
    )


# --- continuations with a cue of their own


@pytest.mark.parametrize(
    "second",
    [
        '"Hamas rejects a temporary truce," he went on.',
        "Hamas rejects a temporary truce, Varga went on.",
        "Hamas, he went on, rejects a temporary truce.",
    ],
)
def test_went_on_closing_a_clause_reports(second: str) -> None:
    check(
        "Hamas official Yusuf Varga said the group was studying the offer. " + second,
        {REJECT: "Yusuf Varga"},
    )


def test_went_on_with_an_object_reports_nothing() -> None:
    check(
        "Hamas official Yusuf Varga went on television on Monday. The group rejects a temporary "
        "truce, Hamas said.",
        {REJECT: None},
    )


def test_the_statement_read_is_the_statements_source() -> None:
    check(
        "Qatar's foreign ministry said in a statement on Monday that talks would resume. The "
        'statement read: "Qatar calls for an immediate and permanent ceasefire."',
        {QATAR_ASKS: "Qatar's foreign ministry"},
    )


def test_one_of_them_is_one_of_the_sources_described_before() -> None:
    check(
        "Two Bordurian officials briefed on the negotiations said the talks had snagged. "
        '"Hamas rejects a temporary truce," one of them said.',
        {REJECT: "one of the Bordurian officials"},
    )
    check(
        'Israeli officials said the talks had snagged. "Israel rejects a permanent ceasefire," '
        "one of them said.",
        {ISRAEL_REJECTS: "one of the Israeli officials"},
    )


def test_the_full_description_of_sources_briefed_on_the_talks() -> None:
    check(
        "Talks have snagged on the maps, two Bordurian officials briefed on the negotiations "
        "said on Sunday.\n\nAccording to the officials, Israel rejects a permanent ceasefire.",
        {ISRAEL_REJECTS: "two Bordurian officials briefed on the negotiations"},
    )


def test_it_after_a_partys_ministry_is_that_party() -> None:
    check(
        "Qatar's foreign ministry said in a statement on Monday that talks would resume in "
        "Cairo. It also called for an immediate and permanent ceasefire.",
        {QATAR_ASKS: "Qatar's foreign ministry"},
    )


def test_a_participles_object_is_no_inverted_source() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="The swap was in doubt on Monday, when Hamas spokesman Abu Varga announced that "
            'the release would be postponed "until further notice", accusing Israel of delays.',
            published=DAY,
        )
    )
    assert [(q.speaker, q.actor) for q in ex.quotes if q.direct] == [("Abu Varga", "hamas")]


# --- a national outlet's own government


def test_a_national_outlets_ministry_is_its_countrys() -> None:
    text = (
        "The Ministry of Foreign Affairs said in a statement that Hamas had accepted the truce. "
        "The statement added that Israel rejects a permanent ceasefire."
    )
    want = "Qatar's Ministry of Foreign Affairs"
    check(text, {ISRAEL_REJECTS: want}, outlet="The Evening Courier (Qatar)")
    check(text, {ISRAEL_REJECTS: want}, outlet="The Qatari Courier")
    check(text, {ISRAEL_REJECTS: None}, outlet="The Evening Courier")


def test_a_national_outlets_ministry_holds_no_position_itself() -> None:
    got = speakers(
        "The foreign ministry said Hamas rejects a temporary truce.",
        outlet="The Evening Courier (Qatar)",
    )
    assert got == {REJECT: "Qatar's foreign ministry"}


# --- a plan told on in its mood


def test_another_partys_plan_told_on_is_the_articles_account() -> None:
    check(
        "Netanyahu's office said on Sunday Israel would immediately negotiate on the envoy's "
        "plan if Hamas agreed to it. Witkoff's proposed ceasefire would extend over the holiday.",
        {("united_states", "ceasefire", "offer"): None},
    )


# --- "also" going on with the report before


@pytest.mark.parametrize(
    "second",
    [
        "Israel also rejects a permanent ceasefire.",
        "Israel also refuses to accept a permanent ceasefire.",
    ],
)
def test_also_of_the_party_reported_on_goes_on_with_the_report(second: str) -> None:
    check(
        "Israel is now insisting on a list of living hostages, said sources briefed on the "
        "talks.\n\n" + second,
        {ISRAEL_REJECTS: "sources briefed on the talks"},
    )


def test_also_of_another_party_is_the_articles_account() -> None:
    check(
        "Israel is now insisting on a list of living hostages, said sources briefed on the "
        "talks.\n\nHamas also rejects a temporary truce.",
        {REJECT: None},
    )


def test_it_after_a_persons_report_is_no_person() -> None:
    got = speakers(
        "Netanyahu's office said in a statement that the cabinet would meet. Hamas official "
        "Yusuf Varga said the group was waiting. It added that Israel rejects a permanent "
        "ceasefire."
    )
    assert got.get(ISRAEL_REJECTS) != "Yusuf Varga", got


def test_a_scare_quoted_term_opening_a_sentence_is_no_quote_of_the_speaker_before() -> None:
    check(
        "Hamas spokesman Hazem Varga said the group would study the offer. "
        '"Bridging" talks will resume next week, and Israel rejects a permanent ceasefire.',
        {ISRAEL_REJECTS: None},
    )


def test_a_common_adjective_opening_a_description_is_written_in_lower_case() -> None:
    check(
        "Senior Hamas officials said the group rejects a temporary truce.",
        {REJECT: "senior Hamas officials"},
    )


# --- references back by style and description


@pytest.mark.parametrize("styled", ["His Excellency stressed", "HE the Prime Minister affirmed"])
def test_an_honorific_style_refers_back_to_the_person_styled(styled: str) -> None:
    check(
        "His Excellency Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and Minister of "
        f"Foreign Affairs, said talks would resume. {styled} that Qatar calls for an immediate "
        "and permanent ceasefire.",
        {QATAR_ASKS: "Mohammed bin Abdulrahman Al Thani"},
    )


def test_the_officials_are_those_described_last_not_a_headlines_bare_noun() -> None:
    check(
        "Truce talks stall over maps, officials say\n\n"
        "Talks have snagged on the maps, two Bordurian officials briefed on the negotiations "
        "said on Sunday.\n\nAccording to the officials, Israel rejects a permanent ceasefire.",
        {ISRAEL_REJECTS: "two Bordurian officials briefed on the negotiations"},
    )


def test_mediators_acting_for_their_parties_are_no_source() -> None:
    check(
        "Egyptian and Qatari mediators then worked for two days to rescue the deal.",
        {QATAR_ASKS: None},
    )
    check(
        "Qatari mediators said Qatar calls for an immediate and permanent ceasefire.",
        {QATAR_ASKS: "Qatari mediators"},
    )


# --- a unit's act done in a statement


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu's office, in a statement, rejected a permanent ceasefire.",
        "In a statement, Netanyahu's office rejected a permanent ceasefire.",
        "Per the statement from Netanyahu's office, Israel rejects a permanent ceasefire.",
    ],
)
def test_a_units_act_in_a_statement_is_the_units_statement(text: str) -> None:
    check(text, {ISRAEL_REJECTS: "Benjamin Netanyahu's office"})


def test_a_units_refusal_is_the_units_statement() -> None:
    check(
        "Netanyahu's office rejected a permanent ceasefire.",
        {ISRAEL_REJECTS: "Benjamin Netanyahu's office"},
    )


def test_a_units_act_is_no_statement() -> None:
    check(
        "Israel's justice ministry published a list of prisoners it would free, and Israel "
        "rejects a permanent ceasefire.",
        {ISRAEL_REJECTS: None},
    )


def test_per_a_rate_is_no_source() -> None:
    check(
        "Hamas rejects a temporary truce with ten releases per day, the group said.",
        {REJECT: None},
    )


def test_a_speaker_is_spaced_as_print_spaces_it() -> None:
    check(
        "In a joint statement the leaders of the US,Qatar and Egypt said Hamas rejects a "
        "temporary truce.",
        {REJECT: "the leaders of the US, Qatar and Egypt"},
    )


# --- terms told in a paragraph of their own


def test_terms_in_a_new_paragraph_after_a_statement_are_the_articles_account() -> None:
    check(
        "Netanyahu said on Monday that Israel would not end the war until Hamas was destroyed."
        "\n\nThe deal would see Hamas release 33 hostages in the first phase.",
        {("hamas", "hostage_release", "accept"): None},
    )


def test_terms_after_a_source_outlines_the_plan_are_the_sources() -> None:
    check(
        "US President Joe Biden outlined the three-phase plan in remarks on Friday.\n\n"
        "The first phase would last six weeks. Israeli forces would withdraw from populated "
        "areas and Hamas would release women and elderly hostages.",
        {("united_states", "withdrawal", "offer"): "Joe Biden"},
    )


# --- a headline's source after a dash


def test_a_headlines_source_after_a_spaced_dash() -> None:
    check(
        "Israel will reject any permanent ceasefire – Netanyahu\n\nTalks resumed on Monday.",
        {ISRAEL_REJECTS: "Benjamin Netanyahu"},
    )


@pytest.mark.parametrize(
    "line",
    ["10:42 GMT - Hamas rejects a temporary truce", "Hamas rejects a temporary truce - report"],
)
def test_a_time_stamp_or_a_bare_noun_after_a_dash_is_no_source(line: str) -> None:
    check(line + "\n\nTalks resumed on Monday.", {REJECT: None})


# --- a statement, or the office that issued it, as the subject of a stance


@pytest.mark.parametrize(
    "second",
    ["The statement rejected a permanent ceasefire.", "The office rejected a permanent ceasefire."],
)
def test_the_statement_or_office_referred_back_to_states_the_stance(second: str) -> None:
    check(
        "Netanyahu's office issued a statement on Monday. " + second,
        {ISRAEL_REJECTS: "Benjamin Netanyahu's office"},
    )


def test_a_statements_owner_states_what_the_statement_does() -> None:
    check(
        "A statement from Netanyahu's office rejected a permanent ceasefire.",
        {ISRAEL_REJECTS: "Benjamin Netanyahu's office"},
    )


def test_the_offices_act_states_nothing() -> None:
    got = speakers(
        "Netanyahu's office issued a statement on Monday. The office published the list of "
        "prisoners Israel would free."
    )
    assert all(speaker is None for speaker in got.values()), got


# --- reports inside a quotation


def test_a_source_named_inside_a_quote_states_what_it_reports() -> None:
    check(
        'Hamas official Basem Varga said: "The Egyptian mediators told us that Israel rejects a '
        'permanent ceasefire."',
        {ISRAEL_REJECTS: "the Egyptian mediators"},
    )


def test_a_pronoun_inside_a_quote_leaves_the_quoted_speaker() -> None:
    check(
        'Hamas official Basem Varga said: "They told us that Israel rejects a permanent '
        'ceasefire."',
        {ISRAEL_REJECTS: "Basem Varga"},
    )


# --- a body of a party that speaks as itself (actors.yaml, bodies)

FAMILIES_ASK = ("hostage_families", "hostage_release", "demand")
FORUM = "Hostages and Missing Families Forum"


@pytest.mark.parametrize(
    "second",
    [
        "The forum added that the families demand the release of all hostages.",
        "It added that the families demand the release of all hostages.",
        '"We demand the release of all hostages now," the statement added.',
    ],
)
def test_a_named_body_speaks_as_itself_and_is_referred_back_to(second: str) -> None:
    check(
        "The Hostages and Missing Families Forum said in a statement that the government must "
        "act.\n\n" + second,
        {FAMILIES_ASK: FORUM},
    )


def test_the_collective_itself_speaks_as_a_whole() -> None:
    check("Families of the hostages demanded the release of all hostages.", {FAMILIES_ASK: None})


# --- a quote of several sentences in straight marks


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
def test_a_quote_of_several_sentences_is_its_trailing_sources(marks: tuple[str, str]) -> None:
    opening, closing = marks
    check(
        f"Talks resumed on Monday. {opening}We reject a temporary truce. We want a full "
        f"withdrawal,{closing} Hamas official Lina Varga said.",
        {REJECT: "Lina Varga", WITHDRAW: "Lina Varga"},
    )


# --- a medium told is no sentence's start


@pytest.mark.parametrize("medium", ["Reuters", "Al Jazeera"])
def test_a_medium_an_official_told_does_not_split_the_sentence(medium: str) -> None:
    check(
        f"A senior Hamas official told {medium} the group had studied the plan. He added that "
        "Hamas rejects a temporary truce.",
        {REJECT: "a senior Hamas official"},
    )


def test_a_list_introduced_by_a_carried_plan_sentence_is_the_sources() -> None:
    got = speakers(
        "US President Joe Biden outlined the three-phase proposal on Friday. The first phase "
        "would include:\n- a full and complete ceasefire;\n- the withdrawal of Israeli forces "
        "from all populated areas of Gaza."
    )
    assert got.get(("united_states", "withdrawal", "offer")) == "Joe Biden", got


def test_a_courtesy_title_is_no_part_of_the_name() -> None:
    check(
        "Mr Varga, a Hamas spokesman, said the group rejects a temporary truce.", {REJECT: "Varga"}
    )
