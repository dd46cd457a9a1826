"""Numbers whose noun is left out, and parts of a figure.

A number without a noun takes its role from the figure it breaks down ("of whom 25",
"including 30", "39 inmates — 24 women and 15 minors"), from its clause ("another 253 as
abductees", "97 are still in the north", "and 50 for each soldier"), from a running
total's noun ("bringing the number of abductees freed to 25", "taking the total to 24"),
or from the people last named when a breakdown follows it ("officials say 59, of whom 24
are alive"). Fact-box lines are read by :mod:`accord.evidence.count_boxes`. Used by
:mod:`accord.evidence.count_phrases`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from accord.evidence.columns import columns
from accord.evidence.count_rates import rate_part
from accord.evidence.count_roles import (
    RESCUERS,
    Role,
    V,
    governor,
    mode_of,
    modifiers,
)
from accord.evidence.count_sides import releaser_side
from accord.evidence.count_tails import (
    HELD_TAIL,
    WHO_THEY_ARE,
    held_phrase,
    predicate_after,
    serving_terms,
    status_after,
)
from accord.evidence.numbers import UNITS, Number


def antecedent_group(sent: Any, before: int, previous: str | None) -> str | None:
    """The group of the last counted noun before a number in its sentence, else earlier."""
    found = None
    cols = columns(sent.doc)  # offsets and ``lower_`` of the tokens, read once per document
    idx, lows = cols.idx, cols.lower
    for i in range(sent.start, sent.end):
        if idx[i] >= before:
            break
        low = lows[i]
        g = V.group(low) or (
            "people" if V.demonyms.get(low) and sent.doc[i].pos_ in ("NOUN", "PROPN") else None
        )
        if g and g != "units":
            found = g
    return found or previous


# the qualifier a figure may take right before it ("at least 30"), at the end of the text before
_QUALIFIED_END = r"(at least |at most |about |around |some |nearly |more than |up to |over )?$"
# a number breaking down the figure before it: "of whom 25", "(35 of them", "from them 30",
# the first of a schedule ("33 are to be freed, starting with three women")
# ... or a part a source's verb names ("of whom the army has declared 42 dead")
PART_BEFORE = re.compile(
    r"(\b((of|from) (whom|which|them)|including|includes?|included|among them|"
    r"among whom|among them (were|are|was|is)|rate of|(starting|beginning) with)|[(—–:]"
    r"|\bof (whom|which|them)\s+([\w’'-]+\s+){1,5}?(declared|confirmed|pronounced)\b)"
    r"\s*" + _QUALIFIED_END,
    re.I,
)
# a sentence opening with the whole ("Of the 105 freed, 81 were ..."), past an estimate's source
_ESTIMATE = r"(([\w’'-]+\s+){0,3}?(believes?|says?|said|estimates?|thinks?|reckons?)\s+(that\s+)?)?"
_OF_THE = re.compile(
    r"^\W*of\s+(the|those|these)\b[^,;:]{0,80},\s*" + _ESTIMATE + _QUALIFIED_END, re.I
)
# a later item of a breakdown's list: "among them 250 serving life terms and some 1,700 ..."
LATER_PART = re.compile(
    r"(\b(of (whom|which|them)|including|among them|among whom)|[(—–])\s*[^.;:()—–]{0,60}?"
    r"(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b)[^.;:()—–]{0,60}"
    r"(,|\band)\s*" + _QUALIFIED_END,
    re.I,
)
_PART_AFTER = re.compile(r"^\s*(of (them|whom|which|those)|more)\b", re.I)


# the whole a sentence opens with, with no figure ("Of the inmates freed on Monday, 36 ...")
_OF_THE_OPENER = re.compile(r"^\W*of\s+(the|those|these)\s+([^,;:\d]{3,80}),", re.I)


def _opener_whole(text: str, at: int) -> Role | None:
    """The role of the whole a sentence opens with when it names no figure ("Of the inmates
    freed by the state, 36 were ... while the remaining 333 ..."): its group, side and
    participle, for the bare numbers after it."""
    m = _OF_THE_OPENER.match(text)
    if m is None or m.end() > at:
        return None
    words = re.findall(r"[a-z]+", m.group(2).lower())
    group = next((V.group(w) for w in words if V.group(w)), None)
    action = next((V.action(w) for w in words if V.action(w)), None)
    if group not in ("held", "jailed", "remains") or action is None:
        return None
    side = next((V.demonyms.get(w) for w in words if V.demonyms.get(w)), None)
    return Role(group=group, side=side, action=action)


def _part_of(num: Number, text: str, earlier: list[Role]) -> Role | None:
    """The role of a part of the figure before it in the sentence ("of whom 25 are dead"):
    its group and what happened to it, its own status."""
    whole = _opener_whole(text, num.start)
    if whole is not None:
        own = predicate_after(text[num.end :])
        if own and not (own == "held" and whole.action == "released"):
            whole.action = own  # not "333 had been detained": before they were freed
        return whole
    if not earlier:
        return None
    opener = _OF_THE.search(text[: num.start])
    if not (opener or PART_BEFORE.search(text[: num.start]) or _PART_AFTER.match(text[num.end :])):
        return None
    head = earlier[-1]
    group = (
        "held"
        if head.group in ("people", "combatants")
        and head.action in ("taken", "held")
        and head.side != "jailed_side"
        else head.group
    )
    named = _named_whole(text[: num.start])
    if named is not None and named != group:
        # "... return 18 bodies, and free inmates, among them 125 ...": the inmates named
        # (with no figure) right before the part, not the last figure
        head, group = replace(head, side=None), named
    after = re.sub(r"^\s*of\s+(whom|them|which)\b", "", text[num.end :])  # "47 of whom are still"
    action = "held" if head.action == "taken" and HELD_TAIL.match(after) else head.action
    mode = head.mode
    verb = re.match(r"\W*((were|was|are|is|have|has|had|been)\s+){0,2}([a-z]+)", after)
    if verb and action == "released" and V.action(verb.group(3)) == "rescued":
        action = "rescued"  # "147 have returned, 8 of them rescued by troops"
    if opener:
        # "Of the 251 taken, 120 have been freed": the part's own verb says what befell it;
        # "Of the 33 to be freed, 8 are dead": a life status counts those held now
        own = predicate_after(after)
        if own:
            action = own
        elif status_after(after) and group in ("held", "remains"):
            action, mode = "held", "actual"
    if (
        mode == "planned"
        and predicate_after(after) == action
        and not re.match(r"\W*(will|would|could|should|shall|may|might|are to|is to)\b", after)
    ):
        mode = "actual"  # "agreed to free 40, of whom 12 are already home": done
    elif mode == "actual" and _FUTURE_AFTER.match(text[num.end :]):
        mode = "planned"  # "returned four bodies and said four more would follow"
    return Role(
        group=group,
        side=head.side,
        action=action,
        # a part of the dead is dead, of the living living, unless it says otherwise
        status=status_after(after) or (head.status if opener else None),
        mode=mode,
        noun=head.noun,
        label=head.label,  # "600 trucks, including 50 carrying fuel": 50 trucks
        rescued=head.rescued,
        nominal=head.nominal,
    )


_FUTURE_AFTER = re.compile(
    r"\W*(more\s+)?(will|would|shall|are\s+(due|set|expected|scheduled)\s+to|are\s+to)\b", re.I
)


def _named_whole(before: str) -> str | None:
    """The group of a noun set right before a part's opener ("inmates, among them"), within
    three words of it: the whole the part is of."""
    cues = list(PART_BEFORE.finditer(before))
    if not cues:
        return None
    words = re.findall(r"[\w,]+", before[: cues[-1].start()])
    for k in range(len(words) - 1, max(-1, len(words) - 4), -1):
        group = V.group(words[k].strip(","))
        if group in ("held", "jailed", "remains"):
            # (not the noun of a figure: "the bodies of 28 dead abductees, of which 16")
            counted = any(w[:1].isdigit() or w.lower() in UNITS for w in words[max(0, k - 3) : k])
            return None if counted else group
    return None


def _omitted_noun_role(
    num_tok: Any, sent: Any, prev: str | None, earlier: list[Role]
) -> Role | None:
    """A number whose noun is left out: "one was freed", "another 253 as abductees", "97 are
    still in the north". Counted only when its clause says what happened to the people."""
    role = Role()
    explicit = False  # the group named in the number's own phrase ("as", "of the ...")
    after = (
        sent.doc_text[num_tok.idx + len(num_tok.text) : num_tok.idx + 80]
        if hasattr(sent, "doc_text")
        else ""
    )
    for c in num_tok.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in c.children:
                if V.group(g.lower_):
                    role.group = V.group(g.lower_)
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if V.group(g.lower_):  # "30 of the abductees": their group, the number's verb
                    role.group = V.group(g.lower_)
                    whole = Role()
                    modifiers(g, whole)
                    role.status = whole.status
        if c.dep_ in ("relcl", "acl") and V.action(c.lower_):
            role.action = V.action(c.lower_)
            role.mode = mode_of(c)
    if role.group is None and num_tok.dep_ in ("dobj", "nsubjpass"):
        for c in num_tok.head.children:  # "seizing another 253 as abductees"
            if c.dep_ == "prep" and c.lower_ == "as":
                role.group = next(
                    (V.group(g.lower_) for g in c.children if V.group(g.lower_)), None
                )
    if num_tok.dep_ in ("dobj", "attr") and total_noun(num_tok.head, role):
        return role  # "the death toll passes 40,000"
    rated = rate_part(
        num_tok, sent, after, earlier, lambda: antecedent_group(sent, num_tok.idx, prev)
    )
    if rated is not None:
        return rated
    if num_tok.dep_ == "pobj" and num_tok.head.lower_ in ("to", "at"):
        # up to the total's noun, also when the parser hangs "to N" on a clause inside the
        # total's phrase ("the number of abductees freed since the truce began to 24")
        chain = list(num_tok.head.ancestors)[:6]
        verb = next((V.action(a.lower_) for a in chain[:4] if V.action(a.lower_)), None)
        for a in chain:
            if total_noun(a, role) or (verb and role.group):
                role.action = role.action or verb  # "the number of sailors freed to 12"
                return role  # "bringing the number of abductees freed to 25"
        if earlier and any(
            c.dep_ in ("dobj", "nsubj")
            and c.lower_ in ("total", "tally", "count", "number")
            and not any(p.lower_ == "of" for p in c.children)
            for a in chain[:2]
            for c in a.children
        ):
            # "freed 4 abductees, taking the total to 24", "bringing to 24 the number freed":
            # its running total
            last = earlier[-1]
            return Role(
                group=last.group,
                side=last.side,
                action=last.action,
                mode=last.mode,
                status=last.status,
                rescued=last.rescued,
            )
    total = num_tok.head.head if num_tok.dep_ == "pobj" and num_tok.head.lower_ == "of" else None
    if role.group is None and total is not None and total.lower_ in ("total", "tally"):
        # "A total of 33 will be released": the total's verb, the people named before
        whole = Role(group=earlier[-1].group if earlier else antecedent_group(sent, 0, prev))
        if whole.group in (None, "units", "population"):
            return None
        whole.side = earlier[-1].side if earlier else None
        governor(total, whole)
        if whole.group in ("people", "combatants") and whole.action in ("taken", "held"):
            whole.group = "held"
        return whole if whole.action is not None else None
    if role.group is None and total is not None and V.group(total.lower_) == "remains":
        # "the bodies of 19 have been recovered": the dead counted, what befell their remains
        role.group, role.status = "remains", "dead"
        governor(total, role)
        if role.action is None and total.dep_ in ("nsubj", "nsubjpass", "dobj"):
            role.action, role.mode = V.action(total.head.lower_), mode_of(total.head)
        return role if role.action is not None else None
    role.group = role.group or _of_those(num_tok.head) or _of_those(num_tok)
    explicit = role.group is not None
    if role.group is None and held_phrase(after):
        role.group = "held"  # "and 251 taken as abductees"
        role.action = (
            "taken" if re.match(r"\W*(were\s+)?(taken|seized|abducted)", after) else "held"
        )
    if role.group is None and serving_terms(after):
        # "18 were serving life sentences", "125 serving long terms": inmates, a part of the
        # inmates last counted, who share what happened to them
        # (also people of the jailed side: "183 Ruritanians will be freed. Of them, 18 ...")
        inmates = next((r for r in reversed(earlier) if _inmates(r) and r.action), None)
        if inmates is not None:
            return Role(
                group=inmates.group, side=inmates.side, action=inmates.action, mode=inmates.mode
            )
        if (earlier[-1].group if earlier else prev) != "jailed":
            return None
        # the inmates named in a sentence before: the release the sentence reports, if any
        freed = next((t for t in sent if V.action(t.lower_) == "released"), None)
        if freed is None:
            return None
        return Role(group="jailed", action="released", mode=mode_of(freed))
    predicate = predicate_after(after) or _bare_participle(num_tok, after)
    dep = num_tok.dep_
    head_word = num_tok.head
    if (
        dep == "nummod"
        and head_word.i == num_tok.i + 1
        and head_word.pos_ == "NOUN"
        and V.action(head_word.lower_) == "held"
        and not V.group(head_word.lower_)
    ):
        dep = "nsubj"  # "59 remain." read as a noun: the number is its subject
    if dep == "nummod" and head_word.i == num_tok.i + 1 and head_word.lower_ in ("more", "others"):
        dep = head_word.dep_  # "rescued seven more": the number is what its word is
    if role.group is None and dep in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        if (
            num_tok.dep_ == "pobj"
            and num_tok.head.lower_ not in ("including",)
            and role.action is None
        ):
            return None
        # the people of the figure before it in the sentence, else the last people named
        head = earlier[-1] if earlier else None
        if (
            head is not None
            and head.group in ("people", "combatants")
            and head.action in ("taken", "held", "released")
        ):
            role.group = "held"
        elif head is not None:
            role.group = head.group
        else:
            role.group = antecedent_group(sent, num_tok.idx, prev)
    if role.group is None:
        return None
    if role.action is None and (num_tok.dep_ == "conj" or predicate):
        role.action = predicate  # "... and two were found dead": the number's own verb
        if re.match(r"\W*(will|would|could|should)\b", after, re.I):
            role.mode = "planned"  # "another 30 will be freed"
        role.rescued = predicate == "released" and bool(
            RESCUERS.match(re.sub(r"^\W*(\w+\s+){1,3}?(freed|released|liberated)\s+", "", after))
        )
    if role.action is None:
        governor(num_tok, role)
    if role.action is None and num_tok.dep_ == "conj" and earlier and earlier[-1].action:
        # "free 30 inmates for each civilian and 50 for each soldier": one verb for both
        role.action, role.mode = earlier[-1].action, earlier[-1].mode
    if role.action is None and num_tok.head.lower_ == "including":
        governor(num_tok.head, role)
    if role.action is None and (
        HELD_TAIL.match(after) or (role.group == "held" and status_after(after))
    ):
        role.action = "held"  # "97 are still in the north", "35 are presumed dead"
    if (
        role.action is None
        and role.group == "held"
        and num_tok.dep_ == "nsubj"
        and any(c.lower_ == "still" for c in num_tok.head.children)
    ):
        role.action = "held"  # "97 of those seized in the raid are still in X"
    if role.group in ("people", "combatants") and role.action in ("taken", "held"):
        role.group = "held"  # "killed 1,200 people and kidnapped 251"
    if role.action == "rescued" and not explicit and role.group == "jailed":
        role.group = "held"  # "... for 240 inmates. Troops have rescued seven more": abductees
    if (
        role.action == "released"
        and role.group in ("held", "jailed")
        and not explicit
        and not role.rescued
    ):
        # "Abductees were freed. The state freed 369 in return": the party's other side
        side = releaser_side(num_tok)
        if side is not None:
            role.group = "jailed" if side == "held_side" else "held"
    if role.group in ("people", "combatants") and role.action not in ("killed", "wounded"):
        return None  # only casualty figures leave out a noun of people ("and 150 wounded")
    if role.action == "held" and earlier and earlier[-1].action == "released":
        before = (
            sent.doc_text[max(0, num_tok.idx - 40) : num_tok.idx]
            if hasattr(sent, "doc_text")
            else ""
        )
        if (
            AND_BEFORE.search(before) or _REMAINING.search(before) or _WHILE.search(before)
        ) and WHO_THEY_ARE.match(after):
            # "freed 183: 18 serving life terms and 111 were detained in the war": who the part
            # is, not what befell it; the release covers it
            role.action, role.mode = "released", earlier[-1].mode
            role.group, role.side = earlier[-1].group, earlier[-1].side  # the part's people
    if role.action is None:
        return None
    return role


# a part coordinated after another: "... and about 1,700", "as well as 40"
AND_BEFORE = re.compile(r"\b(and|along with|as well as|plus)\s+" + _QUALIFIED_END, re.I)
_REMAINING = re.compile(r"\bthe\s+(remaining|other)\s+$", re.I)  # "the remaining 111 had been"
_WHILE = re.compile(r"\b(while|whereas)\s+$", re.I)  # "18 serve life terms, while 111 were held"


def _inmates(role: Role) -> bool:
    """Whether a figure counts people held in the jails of a side: inmates, or people of the
    side whose people are jailed ("183 Ruritanians")."""
    return role.group == "jailed" or (role.group == "people" and role.side == "jailed_side")


def _bare_participle(num_tok: Any, after: str) -> str | None:
    """The action of a participle right after a coordinated number whose verb is left out:
    "40 were killed and 100 wounded", "1,200 killed and 250 taken"."""
    doc = num_tok.doc
    prev = doc[num_tok.i - 1].lower_ if num_tok.i > 0 else ""
    m = re.match(r"\s+([a-z]+)\b(?!\s+(of|by)\b)", after)
    if prev not in ("and", "or", ",") or m is None:
        return None
    word = m.group(1)
    if not (word.endswith("ed") or word in ("taken", "slain", "shot")):
        return None
    action = V.action(word)
    # "held", "detained" describe the people ("and 1,000 detained since May"), not what befell them
    return action if action != "held" else None


def _of_those(verb: Any) -> str | None:
    """The people "of those taken ..." on the number's verb or the number names: "Of those
    abducted, 59 remain", "97 of those seized" (those taken or held by the other side)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for p in c.children:
            if p.lower_ in ("those", "them", "these") and any(
                a.dep_ == "acl" and V.action(a.lower_) in ("taken", "held") for a in p.children
            ):
                return "held"
    return None


def total_noun(word: Any, role: Role) -> bool:
    """The role of a running total brought "to N": "the number of abductees freed", "the
    death toll" (``word``: the total's noun, or the verb it is the object of)."""
    # also the object of a gerund the parser hung under the verb ("bringing the number of X
    # returned to 8" read with "returned" as the main verb)
    words = [word, *word.children]
    words += [g for c in word.children if c.dep_ in ("csubj", "advcl", "ccomp") for g in c.children]
    words = [c for c in words if c is word or c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    # "the number of abductees" names the people before a death noun elsewhere does ("their
    # deaths bring to 35 the number of abductees dead in detention")
    for c in words:
        if c.lower_ in ("number", "total", "tally", "count"):
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for g in prep.children:
                        low = V.singular.get(g.lower_, g.lower_)
                        if V.event_nouns.get(low) == "killed":
                            role.group, role.action = "people", "killed"
                            return True  # "the number of the dead / of fatalities reached N"
                        group = V.group(g.lower_) or (
                            "people" if V.demonyms.get(g.lower_) else None
                        )
                        if group:
                            role.group, role.noun = group, V.singular.get(g.lower_, g.lower_)
                            role.side = V.demonyms.get(g.lower_)
                            modifiers(g, role)
                            if role.action is None:
                                modifiers(c, role)  # "the number of X killed", hung on "number"
                            if role.action is None and c.dep_ == "nsubj" and c.head is not word:
                                # "bring to 15 the number of X returned" parsed as a clause
                                # whose verb is the participle: its action
                                role.action = V.action(c.head.lower_)
                            role.status = role.status or next(
                                (V.status(t.lower_) for t in c.subtree if V.status(t.lower_)),
                                None,
                            )
                            if (
                                role.action in (None, "held")
                                and role.status == "dead"
                                and group == "held"
                                and any(V.action_nouns.get(t.lower_) == "held" for t in c.subtree)
                            ):
                                role.action = "killed"  # "dead in detention": died held
                            return role.action is not None or group != "people"
    for c in words:
        low = c.lower_
        if low in V.event_nouns or V.action_nouns.get(low) == "killed":
            role.group, role.action = "people", "killed"
            return True
    return False


def others_like(low: str, role: Role, earlier: list[Role]) -> None:
    """ "N others" after a figure of abductees or inmates in the sentence ("200 inmates and
    2,000 others", "13 abductees on Friday and four others"): of the same group and side."""
    if low in ("other", "others") and role.side is None and earlier:
        if earlier[-1].group in ("held", "jailed"):
            role.group, role.side = earlier[-1].group, earlier[-1].side
