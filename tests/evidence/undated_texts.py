"""Invented texts given without metadata, with the day each was written (issue 9: the
publication date of a text read from the text alone). Every name and event is fictional; the
styles are those of news on the web: a wire story, a live blog, a statement, an analysis, a
radio transcript, a press release, a column. Each text states or implies its day in one
structural way (a dateline, a label, a time stamp, a sign-off, a relative day next to an
absolute one); the ``form`` says which. A text whose day cannot be told from its words has
``day`` None: the inference must not guess one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Undated:
    key: str
    form: str
    text: str
    day: str | None  # the day the text was written; None: the text does not tell it


TEXTS: tuple[Undated, ...] = (
    Undated(
        "wire_abbrev_dateline",
        "a wire dateline with an abbreviated month: 'Dec. 3, 2024'",
        "VELL, Dec. 3, 2024 (Northwire) — Envoys of Ruritania and Borduria met for a third "
        "round of talks on Tuesday, a spokesman for the mediators said.\n"
        "The talks, held behind closed doors, ended without a statement.\n"
        "A fourth round is expected next week.",
        "2024-12-03",
    ),
    Undated(
        "byline_day_month",
        "a byline with a day-first short date: '3 Dec 2024'",
        "Mediators press on as captives' families wait\n"
        "By Ana Petrov | 12 Mar 2024\n"
        "Families of the captives held in Karst gathered outside the council building, "
        "demanding that the government accept the mediators' offer.\n"
        "The council has not said when it will answer.",
        "2024-03-12",
    ),
    Undated(
        "slashed_iso",
        "a year-first date with slashes: '2025/02/14'",
        "Marovia News Service\n"
        "2025/02/14\n"
        "The Bordurian cabinet voted to extend the truce by ten days, officials said. The vote "
        "followed two days of talks in Vell.",
        "2025-02-14",
    ),
    Undated(
        "numeric_with_weekday",
        "a numeric date whose order the weekday beside it decides: 'Thursday 6/20/2024'",
        "Posted Thursday 6/20/2024\n"
        "The Ruritanian delegation left the talks in Vell on Thursday after the mediators "
        "tabled a new draft, two officials said.",
        "2024-06-20",
    ),
    Undated(
        "numeric_with_later_text",
        "an ambiguous numeric date the text's own dated mentions decide: '5/9/2025' "
        "(May 9, not September 5)",
        "Updated: 5/9/2025 09:40\n"
        "Talks on a truce in Karst resumed on Friday, a week after they broke down on May 2, "
        "when the militia walked out.\n"
        "The mediators said both delegations were present.",
        "2025-05-09",
    ),
    Undated(
        "weekday_day_month",
        "a weekday with a day-first date and no year on a radio transcript's heading",
        "MORNING REPORT — TRANSCRIPT\n"
        "Tuesday 17 September, 08:00\n"
        "PRESENTER: Good morning. Talks on the captives resume in Vell today, two weeks after "
        "the last round collapsed on September 3, 2024. Our correspondent is there.\n"
        "CORRESPONDENT: The delegations arrived overnight, and the mood is cautious.",
        "2024-09-17",
    ),
    Undated(
        "published_time_zone",
        "a label with a time and zone before the date: 'Published 14:05 GMT, 7 January 2025'",
        "Published 14:05 GMT, 7 January 2025\n"
        "Ruritania says it will not send negotiators to Vell until the militia names the "
        "captives it holds. The militia rejected the demand.",
        "2025-01-07",
    ),
    Undated(
        "liveblog_heading",
        "a live blog whose entries are time stamps under a dated heading",
        "Live: truce talks in Vell\n"
        "Key events\n"
        "Tuesday 22 July 2025\n"
        "16:40 GMT — The mediators say the two sides have agreed on the first phase.\n"
        "14:05 GMT — Delegations return to the table after a break.\n"
        "09:12 GMT — The Bordurian foreign minister arrives in Vell.",
        "2025-07-22",
    ),
    Undated(
        "statement_signoff",
        "a statement dated in its closing line: 'Issued in Vell on 5 November 2024.'",
        "STATEMENT OF THE MEDIATION OFFICE\n"
        "The Mediation Office welcomes the release of twelve captives and calls on both sides "
        "to keep to the terms agreed on 28 October 2024. The office will convene the parties "
        "again within two weeks.\n"
        "Issued in Vell on 5 November 2024.",
        "2024-11-05",
    ),
    Undated(
        "statement_place_date_footer",
        "a statement signed with its place and date on the last line",
        "Joint communiqué\n"
        "The governments of Marovia and Karst agree to resume talks on the exchange of "
        "prisoners and to open two crossings for aid. The talks held on 12 March 2025 laid "
        "the ground for this agreement.\n"
        "Vell, 19 March 2025",
        "2025-03-19",
    ),
    Undated(
        "today_with_date",
        "a relative day beside an absolute one: 'today, October 1,'",
        "The Karst council said today, October 1, that it would vote on the mediators' "
        "proposal within a week. The proposal was delivered on September 24, 2024, by the "
        "envoy of Marovia.",
        "2024-10-01",
    ),
    Undated(
        "yesterday_with_date",
        "a relative day beside an absolute one: 'yesterday (August 27)'",
        "Mediators in Vell said the talks that ended yesterday (August 27) produced a draft "
        "both delegations would take home. The round had opened on August 20, 2025.",
        "2025-08-28",
    ),
    Undated(
        "background_pluperfect",
        "the latest full date is background in the past perfect; the news is a weekday",
        "The Ruritanian premier had warned on April 2, 2024, that any truce would be short. "
        "On Thursday, his cabinet approved a six-week pause in the fighting, and negotiators "
        "in Vell began work on the terms, officials said on Thursday.\n"
        "The pause follows three weeks of talks mediated by Marovia.",
        None,  # some Thursday after April 2, 2024: not the Thursday of that week
    ),
    Undated(
        "weekday_ordinal",
        "a weekday with an ordinal date and no year: 'Monday, June 2nd'",
        "Analysis: what the Vell draft means\n"
        "Monday, June 2nd\n"
        "The draft the mediators handed to both sides last week sets out three phases. The "
        "first, a truce of forty days, would begin once both sides sign; talks on the second "
        "phase opened on May 26, 2025.",
        "2025-06-02",
    ),
    Undated(
        "title_date",
        "a date in the title line: 'Vell talks, August 8, 2024: what we know'",
        "Vell talks, August 8, 2024: what we know\n"
        "Delegations from Ruritania and Borduria met in Vell for the first time since the "
        "spring. Here is what has been agreed so far and what remains open.",
        "2024-08-08",
    ),
    Undated(
        "iso_time_header",
        "an ISO date and time with a zone at the top",
        "2025-10-14T07:30:00Z\n"
        "Borduria frees forty detainees under the truce's second phase; the militia is due to "
        "release six captives on Thursday.",
        "2025-10-14",
    ),
    Undated(
        "dotted_day_first",
        "a dotted day-first date: '06.02.2024'",
        "Karst Daily | 06.02.2024\n"
        "The mediators' new offer reached the militia's leaders on Tuesday, a source close to "
        "the talks said.",
        "2024-02-06",
    ),
    Undated(
        "column_weekday_anchor",
        "a column naming one full date as the day of a happening and a later weekday",
        "Opinion\n"
        "When the envoys met on Friday, April 25, 2025, no one expected a breakthrough. By "
        "Wednesday the two sides had agreed to a pause, and the families of the captives could "
        "hope again.",
        "2025-04-30",
    ),
    Undated(
        "weekday_in_parentheses",
        "a weekday with its date in parentheses: 'on Tuesday (December 3)'",
        "Negotiators from Karst and Marovia met in Vell on Tuesday (December 3) and agreed to "
        "meet again after the holidays, the mediators said in a short statement. They did not "
        "say what had been agreed.",
        "2024-12-03",
    ),
    Undated(
        "photo_caption_background",
        "a file photo's date in a caption is background; the wire dateline gives the day",
        "KARST, Sept 30 (Northwire) — The militia said it would free four captives if the "
        "truce holds through the week, a spokesman told reporters. The truce began on "
        "September 22, 2025.\n"
        "[Photo: Envoys in Vell, file picture from August 14, 2025]",
        "2025-09-30",
    ),
    Undated(
        "yesterday_weekday_date",
        "a relative day with its weekday and date: 'yesterday, Sunday, March 9'",
        "Borduria's cabinet met yesterday, Sunday, March 9, and approved the exchange, a "
        "government spokeswoman said. The first captives are to cross on Thursday.",
        "2025-03-10",
    ),
    # written after the rules above were in place, as a check of them on new wording
    Undated(
        "updated_pipe_zone",
        "an 'updated' label with a pipe and a time zone after the date",
        "Mediators see progress in Vell\n"
        "Last Updated: Dec 3, 2024 | 14:05 IST\n"
        "The two delegations spent a second day in Vell, and the mediators said the gap on "
        "the sequence of releases had narrowed.",
        "2024-12-03",
    ),
    Undated(
        "radio_dotted",
        "a radio programme's heading with a dotted date and a time",
        "EVENING BULLETIN 17.09.2024, 19:00\n"
        "NEWSREADER: The Karst council has agreed to send a delegation to Vell. Our reporter "
        "says the first meeting could take place within days.",
        "2024-09-17",
    ),
    Undated(
        "wire_dateline_no_year",
        "a wire dateline without a year, the year from a date named shortly before it",
        "VELL, Oct 14 (Northwire) — Borduria freed forty detainees on Tuesday under a truce "
        "that took effect on October 10, 2025, the mediators said.",
        "2025-10-14",
    ),
    Undated(
        "byline_ordinal",
        "a byline with an ordinal day-first date: '3rd December 2024'",
        "Why the Vell talks keep stalling\n"
        "By Staff Writer, 3rd December 2024\n"
        "Every round of talks in Vell has ended the same way: with a promise to meet again.",
        "2024-12-03",
    ),
    Undated(
        "abbreviated_weekday_month",
        "an abbreviated weekday and month without a year: 'Tues., Dec. 3'",
        "Vell Evening Post — Tues., Dec. 3\n"
        "The militia's negotiators left Vell after the mediators declined to extend the truce.",
        "2024-12-03",
    ),
    Undated(
        "statement_top_long_line",
        "a statement opening with its place and date in the first sentence",
        "Vell, 3rd of December 2024 — The Office of the Mediator announces that the parties "
        "have agreed to a pause of four days, beginning on Thursday at 07:00, to allow the "
        "exchange of captives and detainees.",
        "2024-12-03",
    ),
    Undated(
        "yesterday_in_analysis_no_anchor",
        "a relative day with no absolute date anywhere: the day cannot be told",
        "Yesterday's talks in Vell ended without a statement. The envoys are to meet again "
        "next week, a mediator said.",
        None,
    ),
    # the latest full date is a day ahead or a bound, not the text's day
    Undated(
        "deadline_after",
        "a deadline later than the day the text reports: 'by December 10, 2024'",
        "KARST — The envoys of Marovia met the militia's negotiators in Vell on December 3, "
        "2024, and handed them a revised offer. The militia must answer by December 10, 2024, "
        "the mediators said.",
        "2024-12-03",
    ),
    Undated(
        "planned_for",
        "a later day a plan is set for: 'is planned for March 27, 2025'",
        "Statement by the Karst Mediation Office\n"
        "The parties met on Wednesday, March 19, 2025, and agreed on the lists of names. The "
        "first exchange is planned for March 27, 2025, subject to the truce holding.",
        "2025-03-19",
    ),
    Undated(
        "expires_on_after_began",
        "a truce that 'began on' one day and 'expires on' a later one; the text's day between",
        "Analysis\n"
        "The truce that began on November 24, 2024, expires on December 10, 2024. On Tuesday, "
        "December 3, 2024, the envoys met in Vell to discuss extending it, and neither side "
        "would say what was offered.",
        "2024-12-03",
    ),
    Undated(
        "meets_again_on",
        "a body that 'meets again on' a later day, in the present of an arrangement",
        "The Bordurian council meets again on 10 June 2024, after the envoys briefed its "
        "members on 3 June 2024 on the state of the talks in Vell.",
        "2024-06-03",
    ),
    # a page's label before a day without a year, or before its first publication
    Undated(
        "label_without_year",
        "a 'published' label before a month and day without a year: 'Published Dec. 3'",
        "Karst talks: second day ends without a statement\n"
        "By Ana Petrov | Published Dec. 3, 14:05 GMT\n"
        "The envoys of Karst met the mediators in Vell for a second day of talks that opened "
        "on November 28, 2024, officials said. The talks will go on next week.",
        "2024-12-03",
    ),
    Undated(
        "originally_published",
        "an 'updated' date before an 'originally published' one",
        "Vell talks stall over the lists of names\n"
        "Updated: June 21, 2024 8:05 AM CST | Originally published: June 20, 2024\n"
        "The delegations could not agree on which captives would be freed first, two "
        "officials said.",
        "2024-06-20",
    ),
    # a happening dated by its distance from a date the text names
    Undated(
        "days_after_date",
        "a happening counted from a date: 'two days after talks opened in Vell on ...'",
        "Two days after talks opened in Vell on February 4, 2025, the envoys of Karst and "
        "Marovia agreed on a first list of names, the mediators said. The lists are to be "
        "exchanged on Friday.",
        "2025-02-06",
    ),
    Undated(
        "nth_day_of_span",
        "a radio report on 'the tenth day of the truce that began on ...'",
        "NEWSREADER: On the tenth day of the truce that began on July 1, 2025, the envoys met "
        "again in Vell.\n"
        "REPORTER: The mood here is calmer than last week, and both delegations say the "
        "exchange can go ahead.",
        "2025-07-10",
    ),
    # a weekday set beside a relative day, in the manner of some dailies: "yesterday (Monday)"
    Undated(
        "yesterday_weekday_in_brackets",
        "'yesterday (Monday)' after a dated happening of the week before",
        "The Karst envoys said yesterday (Monday) that they would stay in Vell until the lists "
        "are settled. The talks opened on Thursday, November 28, 2024, and went on over the "
        "weekend.",
        "2024-12-03",
    ),
    Undated(
        "today_in_prose",
        "'today (Tuesday)' in running prose with a dated happening before it",
        "The Marovian council today (Tuesday) approved the draft that the envoys received on "
        "September 12, 2025, officials said, clearing the way for the first exchange.",
        "2025-09-16",
    ),
)
