"""Events: talks, proposals, releases, operations, threats ..., from the verbs and nouns of a clause.

Each event type has a verb class keyed on lemmas and the nouns formed from those verbs
(``data/verbs.yaml``; CAMEO and PLOVER are the reference vocabulary). A trigger is a token of
the class with the right part of speech (a verb tagged ``VB*``, a noun ``NN*``); verbs too
common alone ("resume", "strike", "return") need a word of their clause ("resume fighting",
"return the bodies"). The clause then decides, from the dependency parse:

- the mode (:mod:`accord.evidence.modes`): a release that is demanded, conditional,
  hypothetical, or planned with no day of its own is a position (a claim), not a happening,
  and is not logged as an event; talks, meetings and truces that are scheduled are (mode
  ``planned``), and so is a release whose clause names its day ("freed on Saturday");
- negation: "did not agree" is a rejection; other negated triggers are no event;
- the agent: "freed by troops" is an operation, not a release;
- a package noun ("proposal") is a proposal event only as the subject of its clause or the
  object of tabling it, not when it is what someone accepts or rejects.

Whether a trigger reports a happening at all (not a modifier, a description, the object of a
stance, background) is decided in :mod:`accord.evidence.event_filter`; this module scans the
sentences, reads mode, negation and agent, and builds the events. The tests of a trigger's
clause and sentence it applies (a package's terms, an aim, an announced operation, the words
that retype a trigger) are in :mod:`accord.evidence.event_context`; the actors and places of a
sentence in :mod:`accord.evidence.event_actors`.

Several triggers of one type in a sentence give one event per place: one event per happening
when a sentence repeats it. The place of each is the one its own clause names in the parse
(:mod:`accord.evidence.event_places`); dates are resolved against the publication date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from accord.evidence.actors import ActorIndex
from accord.evidence.columns import columns
from accord.evidence.count_boxes import untied_box_line
from accord.evidence.count_context import is_item
from accord.evidence.cue_phrases import in_restricted_deal, restricted_deal
from accord.evidence.date_expressions import (
    DateMention,
)
from accord.evidence.event_actors import GROUPS, capitals_named, group_members, sentence_places
from accord.evidence.event_clauses import (
    agent_words,
    armed_parties,
    completed_verb,
    controller_words,
    dated_participle,
    describes_people,
    doer,
    joined_to,
    known_happening,
    none_affected,
    own_act,
    own_clause,
    readiness,
    ready_on_condition,
    said_alongside,
    superseded_plan,
    term_of_package,
    woven,
)
from accord.evidence.event_context import (
    BOUNDS,
    COUNCILS,
    DRAFTING_WORDS,
    FORCE_AGENTS,
    MEDIATING,
    PLANNED_DATED,
    PLANNED_OK,
    PRESENT,
    TERM_TYPES,
    UNDER_TERMS,
    aim_clause,
    anaphoric,
    announced,
    deal_approved,
    drafted_together,
    governs,
    leaders_summit,
    restates,
    sentence_parsed,
    sets_out_terms,
    subject_words,
    told_of,
    trigger_at,
    under_terms_heading,
    written_quote,
)
from accord.evidence.event_dates import (
    DEADLINE,
    SPANNED,
    anchored,
    day_of,
    mentions,
    news_of_the_day,
    own_day,
    resolve,
    terms_kept,
    token_at,
    told_in_past,
)
from accord.evidence.event_filter import clause_words, reports_event
from accord.evidence.event_nouns import answer_retyped
from accord.evidence.event_places import event_places
from accord.evidence.event_refusals import REFUSAL_WORDS, conditional_refusal, denied
from accord.evidence.event_roles import (
    asserted_charge,
    charged_killing,
    kin_met,
    reported_charge,
    talks_met,
)
from accord.evidence.event_stages import release_stage
from accord.evidence.event_triggers import pattern_set, patterns, trigger_words, triggers
from accord.evidence.modes import Reading, has_marks, read
from accord.evidence.numbers import find_numbers
from accord.evidence.quote_marks import quotes_over
from accord.evidence.threats import (
    THREATENING,
    may_threaten,
    threat_at,
    threat_parties,
    threats_at,
)
from accord.evidence.types import Event, PublicationDate, Span


# a date after these words is a deadline or a bound, not the day of the event the clause
# reports ("threatened ... if they are not freed by Saturday"), except for a truce's own span
def extract_events(
    sents: list[Any], index: ActorIndex, name: str, published: PublicationDate
) -> list[Event]:
    """Events of a parsed document: one per type and place per sentence."""
    pub = date.fromisoformat(published.date) if published.date else None
    table = triggers()
    first = trigger_words()
    phrases = patterns()
    phrase_set = pattern_set()
    out: list[Event] = []
    talks_at: str | None = None  # the place of the talks first placed
    doc_text = getattr(sents[0], "doc_text", None) if sents else None
    terms = False  # the list this sentence is an item of sets out a package's terms
    recent = False  # the sentence before reported a release (the freed may be named again)
    freed: set[int] = set()  # the figures of the sentences that reported a release
    for at_sent, sent in enumerate(sents):
        before, recent = recent, False
        if sent.text.rstrip().endswith("?"):
            continue  # a question ("What is in the plan X laid out?") reports no happening
        if untied_box_line(sent.text):
            continue  # a fact box's tally ("Killed (health ministry): 27,585"): no happening
        low = sent.text.casefold()
        item = is_item(sent, doc_text) if doc_text is not None else False
        if item is False:
            terms = sets_out_terms(sent.text)
        found: list[tuple[str, str, int]] = []  # (type, mode, char offset)
        # spans of threat phrases: an operation named inside one ("preparations for an
        # offensive", "a date set for the assault") is threatened, not under way
        readied: list[tuple[int, int]] = []
        stages: set[int] = set()  # offsets of the stage triggers of ``found``
        apart: set[int] = set()  # offsets of happenings of a clause of their own
        for k in phrase_set.candidates(low):
            etype, pat = phrases[k]
            m = pat.pattern.search(sent.text)
            if m and not any(f[0] == etype for f in found):
                tok = token_at(sent, sent.start_char + m.start())
                last = token_at(sent, sent.start_char + m.end() - 1)
                if (
                    etype == "military_operation"
                    and sentence_parsed(sent)
                    and describes_people(last)
                    and not dated_participle(last)  # "the 251 people taken on October 7"
                ):
                    continue
                if etype == "military_operation" and sentence_parsed(sent) and aim_clause(tok):
                    continue  # "fight until the militia is destroyed": an aim, not done
                reading = read(tok, sent.start, has_marks(sent))
                if etype == "accusation" and sentence_parsed(sent) and asserted_charge(tok):
                    reading = Reading("actual", reading.negated)
                if etype == "threat" and reading.mode == "conditional":
                    reading = Reading("actual", reading.negated)  # "the war will go on until X"
                no = reading.negated and etype == "acceptance"  # ("has not said yes")
                if reading.mode in ("actual", "planned") and not no:
                    found.append((etype, reading.mode, sent.start_char + m.start()))
                    if etype == "threat":
                        readied.append((sent.start_char + m.start(), sent.start_char + m.end()))
        if (
            not found
            and sent.words.isdisjoint(first)
            and not may_threaten(sent.words, alternatives=False)
            and not (BOUNDS & sent.words and not sent.words.isdisjoint(REFUSAL_WORDS))
        ):
            # no trigger and no threat construction ("if X does not ..., Y will"), nor a
            # conditional refusal ("will not send X until Y")
            continue
        parsed = sentence_parsed(sent)
        # quotations of over five words (a scare-quoted term is the text's own word), read on the
        # whole text: a sentence opening inside a quote of several sentences in straight marks
        # read alone would take its closing mark for an opening one and turn the quote inside out
        quoted = [
            (a, b)
            for a, b in quotes_over(sent, sent.doc_text)
            if len(sent.doc_text[a:b].split()) > 5 and not written_quote(sent.doc_text, a, b)
        ]
        toks = list(sent)
        lows = columns(sent.doc).lower[sent.start : sent.end]  # each token's ``lower_``
        j = 0
        while j < len(toks):
            trigs = table.get(lows[j])
            if trigs is None:
                j += 1
                continue  # no trigger starts with this word
            tok = toks[j]
            step = 1
            if (
                quoted
                and any(a <= tok.idx < b for a, b in quoted)
                and not (parsed and own_act(tok))
                and not (parsed and any(a <= tok.idx < b and woven(tok, a) for a, b in quoted))
                # (a charge, or a warning in a verb, quoted is the speaker's act: "'X is
                # reneging,' Y said"; not "the threat from X" in the quote)
                and not any(
                    t.type == "accusation" or (t.type == "threat" and not t.noun) for t in trigs
                )
            ):
                j += 1
                continue  # words of a quotation: what a source says, not a reported event
            for trig in trigs:
                if not trigger_at(toks, j, trig):
                    continue
                # a noun of several words is read at its head ("a phone call": "call")
                tok = toks[j + len(trig.words) - 1] if trig.noun and parsed else toks[j]
                if not reports_event(tok, trig, sent, parsed):
                    continue
                if trig.type == "military_operation" and any(a <= tok.idx < b for a, b in readied):
                    continue
                if trig.stage and not (
                    parsed and release_stage(tok, trig.lemma, before, frozenset(freed))
                ):
                    continue  # "arrived", "crossed": a stage only with the freed as subject
                if parsed and not trig.noun and none_affected(tok):
                    break  # "no deal was reached", "no crew members were freed"
                if parsed and not trig.noun and in_restricted_deal(tok):
                    break  # "will only accept a deal in which all are freed": a term asked for
                if parsed and not trig.noun and denied(tok):
                    break  # "denied that it had ever accepted X": it did not happen
                reading = read(tok, sent.start, has_marks(sent))
                etype = trig.type
                if parsed and etype == "acceptance" and restricted_deal(tok) is not None:
                    # "will only accept a deal that frees X": a refusal made conditional
                    etype, reading = "threat", Reading("actual", False)
                ready = readiness(tok) if etype == "release" and parsed else None
                if ready is not None and ready_on_condition(tok):
                    break  # "ready to free them all if Y ...": an offer on a condition, no event
                if ready is not None and (not trig.noun or reading.mode != "actual"):
                    # "ready to free them", "would go ahead with the handover": a stance taken
                    etype, reading = "acceptance", Reading("actual", reading.negated or ready)
                if (
                    etype == "accusation"
                    and parsed
                    and (said_alongside(tok) or reported_charge(tok, trig) or asserted_charge(tok))
                ):
                    reading = Reading("actual", reading.negated)
                if not trig.noun and parsed and reading.mode == "actual":
                    lead = joined_to(tok)  # "persuade them to resume talks and exchange X"
                    if lead is not None:
                        reading = Reading(read(lead, sent.start, has_marks(sent)).mode, False)
                if not trig.noun and parsed and reading.mode == "actual":
                    gov = completed_verb(tok)  # "would have their bodies returned"
                    if gov is not None:
                        reading = Reading(read(gov, sent.start).mode, reading.negated)
                if trig.noun and parsed and reading.mode != "actual" and known_happening(tok):
                    reading = Reading("actual", False)  # "retaliate for the raid last month"
                if not trig.noun and parsed and reading.mode != "actual" and told_of(tok):
                    # "a demand the group has rejected": a past stance told of the noun, whatever
                    # the noun's own mode
                    reading = Reading("actual", reading.negated)
                if reading.negated:
                    if etype != "acceptance" or reading.mode == "planned":
                        break  # ("will not accept any deal that ...": a position, no happening)
                    etype = "rejection"
                if reading.mode == "conditional" and etype == "threat":
                    reading = Reading("actual", reading.negated)  # "warned of X if Y"
                if (
                    reading.mode in ("planned", "conditional")
                    and etype == "military_operation"
                    and parsed
                    and announced(tok)
                ):
                    etype, reading = "threat", Reading("actual", False)
                if (
                    etype == "release"
                    and reading.mode == "actual"
                    and (tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VBN" and tok.dep_ == "acl"))
                    and doc_text is not None
                    and under_terms_heading(doc_text, sent.start_char)
                ):
                    reading = Reading("planned", False)  # "Stage one / X frees 33": a term
                if reading.mode not in ("actual", "planned"):
                    break
                if reading.mode == "planned" and (
                    (
                        etype not in PLANNED_OK
                        and not (etype in PLANNED_DATED and parsed and own_day(sent, tok.idx))
                    )
                    or (parsed and superseded_plan(tok))
                    or (parsed and etype == "talks" and term_of_package(tok))
                ):
                    break
                if (
                    etype == "release"
                    and parsed
                    and not trig.stage
                    and agent_words(tok) & FORCE_AGENTS
                ):
                    etype = "military_operation"
                if (
                    etype == "acceptance"
                    and parsed
                    and COUNCILS & subject_words(tok)
                    and not deal_approved(tok)
                ):
                    etype = "meeting"  # "the cabinet approved plans to take X": a session held
                if etype == "acceptance" and trig.noun:
                    around = sents[max(0, at_sent - 1) : at_sent + 2]
                    etype = answer_retyped(tok, trig, etype, around)
                if (
                    etype == "meeting"
                    and not (parsed and kin_met(tok))
                    and (
                        MEDIATING
                        & (
                            clause_words(tok, sent, parsed)
                            | (controller_words(tok) if parsed else set())
                        )
                        or (parsed and not trig.noun and talks_met(tok))
                    )
                ):
                    etype = "talks"
                if etype == "talks" and trig.noun and leaders_summit(tok, sent):
                    etype = "meeting"  # a summit of leaders, no round of negotiators
                found.append((etype, reading.mode, tok.idx))
                if trig.stage:
                    stages.add(tok.idx)
                step = len(trig.words)
                break
            j += step
        if (
            parsed
            and not any(f[0] in ("threat", "rejection") for f in found)
            and not sent.words.isdisjoint(REFUSAL_WORDS)
        ):
            at = conditional_refusal(sent)
            if at is not None:
                found.append(("threat", "actual", at))
        if parsed and may_threaten(sent.words):
            if not any(f[0] == "threat" for f in found):
                at = threat_at(sent, index)
                if at is not None:
                    found.append(("threat", "actual", at))
            elif any(
                f[0] == "threat" and token_at(sent, f[2]).lower_ in THREATENING for f in found
            ):
                # a threat a verb reports, and another stated in a clause of its own ("X said
                # that if ..., Y will ..., and K warned that ..."): one event each
                held = [token_at(sent, f[2]) for f in found if f[0] == "threat"]
                for at in threats_at(sent, index):
                    main = token_at(sent, at)
                    if not any(governs(h, main) for h in held):
                        found.append(("threat", "actual", at))
                        apart.add(at)
        if parsed and not any(f[0] == "accusation" for f in found):
            # a party's source telling that another party's act killed the held: an accusation
            for etype, mode, at in list(found):
                if etype == "military_operation" and mode == "actual":
                    said = charged_killing(token_at(sent, at), index)
                    if said is not None:
                        found.append(("accusation", "actual", said))
                        break
        if (
            parsed
            and "in" in sent.words
            and not sent.words.isdisjoint(DRAFTING_WORDS)
            and not any(f[0] == "talks" for f in found)
        ):
            at = drafted_together(sent, {s for s, _p in sentence_places(sent, index)})
            if at is not None:
                found.append(("talks", "actual", at))
        if parsed:
            # threats of clauses neither of which governs the other ("X said that if ...,
            # war would resume, and K warned that ..."): one happening each
            threats = [token_at(sent, f[2]) for f in found if f[0] == "threat"]
            for t in threats:
                if len(threats) > 1 and not any(
                    u.i != t.i and (governs(u, t) or governs(t, u)) for u in threats
                ):
                    apart.add(t.idx)
        if item and terms:
            found = terms_kept(found, sent, parsed)
        if found and UNDER_TERMS.match(sent.text):
            # "Under its terms, X frees 50 while Y releases 150": terms in the present tense
            found = [
                f
                for f in found
                if f[0] not in TERM_TYPES or token_at(sent, f[2]).tag_ not in PRESENT
            ]
        if not found:
            continue
        recent = any(f[0] == "release" for f in found)
        if recent:
            freed.update(n.value for n in find_numbers(sent.text))
        named = [
            (m.evidence.start, m.actor) for m in index.actors_in(sent.start_char, sent.end_char)
        ]
        actors = list(
            dict.fromkeys(
                [a for _at, a in sorted(named + armed_parties(sent, parsed))]
                + [a for g in GROUPS if g in sent.words for a in group_members(g, sent, index)]
            )
        )
        places = sentence_places(sent, index)
        if any(f[0] == "talks" for f in found):
            places = sorted(places + capitals_named(sent, index))
        span_only = all(f[0] in SPANNED for f in found)
        dated: list[tuple[DateMention, str | None]] = []  # each mention and its day
        for dm in mentions(sent.text):
            if not span_only and DEADLINE.search(sent.text[max(0, dm.start - 25) : dm.start]):
                continue  # "gave X until Sunday", "by Saturday": a deadline, not the event's day
            d = resolve(dm, pub)
            if pub is None or d is not None:
                dated.append((dm, d.isoformat() if d is not None else None))
        span = Span(name, sent.start_char, sent.end_char, sent.text)
        seen: set[tuple[str, str | None, str | None]] = set()
        # the places the parse attaches to each trigger; a trigger the parse places nowhere
        # takes the place of the nearest one of its type that it does place ("the raid on X
        # killed ten": one event, in X)
        placed = {
            at: event_places(token_at(sent, at), sent, index, etype) if parsed else []
            for etype, _mode, at in found
        }
        for etype, mode, at in found:
            if parsed and restates(
                token_at(sent, at), [token_at(sent, a) for k, _m, a in found if k == etype], etype
            ):
                continue  # "the rescue of X, in an operation that ...": one happening
            if parsed:
                attached = placed[at] or next(
                    (
                        placed[a]
                        for _d, t, a in sorted((abs(a - at), t, a) for t, _m, a in found)
                        if t == etype and placed[a]
                    ),
                    [],
                )
                if not attached and etype == "talks" and talks_at and anaphoric(token_at(sent, at)):
                    attached = [talks_at]  # "the talks" named again: where they were placed
                # talks held in several cities: one event per city
                locs: list[str | None] = list(attached if etype == "talks" else attached[:1])
                locs = locs or [None]
                if etype == "talks" and talks_at is None and mode == "actual":
                    talks_at = locs[0]  # the talks the text is about: the first it places
            else:
                near = min(places, key=lambda p: abs(p[0] - at))[1] if places else None
                locs = [p for _s, p in places] if etype == "talks" and len(places) > 1 else [near]
            # a stage of a release is its own happening ("X freed them, and buses carrying
            # them reached Y": two)
            # ... and a clause of its own joined to one of the same type ("one was freed by
            # troops and two were found dead")
            if at in stages:
                who: str | None = "(stage)"
            elif at in apart or (
                parsed and own_clause(token_at(sent, at), {f[2] for f in found if f[0] == etype})
            ):
                who = f"(clause {at})"
            else:
                who = doer(token_at(sent, at)) if parsed else None
            when, when_text = day_of(sent, at, dated, parsed)
            if when is not None:
                dm = next(m for m, _d in dated if m.text == when_text)
                when = told_in_past(token_at(sent, at), mode, dm, pub) or when
                when = anchored(etype, sent.text, dm, when)
            for loc in locs:
                # one event per type and place, and per doer when the sentence names several
                # ("X released A and Y freed B": two happenings)
                own = who is not None and who.startswith("(")  # a stage or a clause
                if (etype, loc, who) in seen or (
                    who is None
                    and any(k[:2] == (etype, loc) and not str(k[2]).startswith("(") for k in seen)
                ):
                    continue
                if who is not None and not own and (etype, loc, None) in seen:
                    continue
                seen.add((etype, loc, who))
                who_all = threat_parties(sent, index, actors) if etype == "threat" else actors
                day = when
                if day is None and pub is not None and parsed and mode == "actual":
                    day = published.date if news_of_the_day(etype, sent, at) else None
                out.append(Event(etype, day, when_text, loc, who_all, span, mode))
    return out
