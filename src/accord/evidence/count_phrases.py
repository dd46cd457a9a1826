"""The noun phrase a number counts.

Finds the counted noun after a number (the most specific group word of the
phrase: "civilian women and children abductees"), its side and status, then what
happened to it (:mod:`count_roles`). A number without a noun, a part of a figure and
fact-box lines are read by :mod:`count_parts`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from accord.evidence.count_breakdowns import breakdown_of, share_whole, whole_before_part
from accord.evidence.count_context import Frame, apply_frame, elided
from accord.evidence.count_exits import traded_for
from accord.evidence.count_modes import DONE, noun_mode
from accord.evidence.count_parts import (
    AND_BEFORE,
    _omitted_noun_role,
    _part_of,
    others_like,
)
from accord.evidence.count_roles import (
    Role,
    V,
    governor,
    mode_of,
    modifiers,
)
from accord.evidence.count_sides import freed_from_jail, releaser_side, whole_side
from accord.evidence.count_span import head_noun, noun_run, phrase_end, shared_noun
from accord.evidence.count_tails import (
    AMONG,
    DUE,
    HELD_TAIL,
    HOME_TAIL,
    OUT_TAIL,
    REMAINS_THERE,
    STILL_HELD,
    held_phrase,
    jailed_phrase,
    predicate_status,
    serving_terms,
    status_after,
)
from accord.evidence.numbers import Number, find_numbers, list_of_parts


def _tokens(sent: Any, start: int, end: int) -> list[Any]:
    return [t for t in sent if start <= t.idx < end]


def is_parsed(sent: Any) -> bool:
    return any(t.head.i != t.i for t in sent)


_OTHER_SIDE = {"held_side": "jailed_side", "jailed_side": "held_side"}


def _side_of_owner(noun: Any) -> str | None:
    """The side of the people an "of" phrase says the noun is of ("bodies of Syldavians",
    "the remains of Syldavian inmates")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    side = V.demonyms.get(g.lower_) or next(
                        (V.side(a.lower_) for a in g.children if V.side(a.lower_)), None
                    )
                    if side:
                        return side
    return None


def _side_of(run: list[Any], noun: Any) -> str | None:
    for t in run:
        if t.i <= noun.i:
            side = V.side(t.lower_)
            if side:
                return side
    return None


# the clause a number opens states an aim or a condition, no fact ("until all 58 are home")
_AIMED = re.compile(r"\b(until|till|unless|once|when|if|before)\s+(\w+\s+){0,2}$", re.I)


# groups whose figure may be a part of a whole before it, sharing what befell it
_PARTS = ("people", "combatants", "held", "jailed", "remains")


def role_of(
    num: Number,
    sent: Any,
    parsed: bool,
    prev: str | None,
    earlier: list[Role],
    frame: Frame | None = None,
    as_whole: bool = False,
) -> tuple[Role, tuple[int, int]] | None:
    """The role of a number and the span of its phrase (number and noun); ``frame``: the
    role a list's lead-in or a frame noun gives a figure with no verb of its own; ``as_whole``:
    read the denominator of "N of M abductees" for its part."""
    base, text = sent.start_char, sent.text
    toks = _tokens(sent, base + num.num_start, base + num.end)
    if not toks:
        return None
    num_tok = toks[-1]
    if _fraction_part(num_tok, text[num.end :]):
        # "received 15 of 28 bodies": the part has the phrase's role, the whole none
        total = next(
            (n for n in find_numbers(text) if base + n.num_start == num_tok.head.idx), None
        )
        found = role_of(total, sent, parsed, prev, earlier, frame, True) if total else None
        if found is None:
            return None
        return replace(found[0], whole=False), (base + num.start, found[1][1])
    if not as_whole and any(
        _fraction_part(c, text[c.idx + len(c.text) - base :]) for c in num_tok.children
    ):
        return None  # the denominator of "15 of 28 bodies": no figure of its own
    run = noun_run(sent, num_tok)
    noun = head_noun(run)
    shared = None
    if noun is None and run and all(V.status(t.lower_) or t.pos_ == "ADJ" for t in run):
        noun = shared = shared_noun(sent, run[-1])  # "10 living and 18 dead abductees"
    start = base + num.start
    if noun is not None and serving_terms(text[num.end :]):
        noun = None  # "32 serving life sentences": the people's noun left out
    if noun is None:
        pop = re.search(r"\b([a-z]+)\s+of\s+$", text[: num.start], re.I)
        if pop and pop.group(1).lower() in V.population:
            # "a population of 2.3 million"
            return Role(group="population", noun=pop.group(1).lower()), (
                base + pop.start(),
                base + num.end,
            )
        if not parsed:
            return None
        role = (
            # "39 inmates ..., of whom 24 are women": parts saying who they are (not what befell)
            (
                replace(earlier[-1], status=None)
                if earlier and _BE_AFTER.match(text, num.end) and list_of_parts(num, text)
                else None
            )
            or _part_of(num, text, earlier)
            or elided(num_tok, text[: num.start], text[num.end :], earlier)
            or _omitted_noun_role(num_tok, sent, prev, earlier)
            or whole_before_part(num, text, prev)
        )
        if role is None:
            return None
        role.status = status_after(text[num.end :]) or role.status
        remains = re.search(r"\b([a-z]+) of\s+(the\s+)?$", text[: num.start], re.I)
        if remains and V.group(remains.group(1)) == "remains" and role.group in ("held", "remains"):
            role.group, role.status = "remains", "dead"  # "the bodies of 28 more"
        role.noun = ""
        return role, (start, base + num.end)
    # the noun must be in the number's phrase (not the next clause's subject)
    if noun.i - num_tok.i > 7:
        return None
    low = noun.lower_
    if (
        noun.tag_ == "NN"
        and num.value > 1
        and not num.ordinal
        and V.group(low) != "remains"
        # (a noun of the held group as the verb's complement: what the verb made the people)
        and not (noun.dep_ in ("xcomp", "oprd") and V.group(low) == "held")
    ):
        return None  # a singular noun after a number is an identifier ("the 7828 battalion")
    role = Role(noun=V.singular.get(low, low), label=low)
    if low in V.event_nouns:
        role.group, role.action = "people", V.event_nouns[low]
    role.group = (
        role.group
        or V.group(low)
        or ("people" if V.demonyms.get(low) else None)
        or ("population" if low in V.population else None)
    )
    role.side = V.demonyms.get(low) or _side_of(run, noun) or (whole_side(noun) if parsed else None)
    if role.group == "remains" and role.side is None:
        role.side = _side_of_owner(noun)  # "the bodies of 15 Syldavians": theirs
    if role.group == "combatants" and role.side is None:
        role.side = V.combatant_sides.get(low)  # "four soldiers were freed": held by the other side
    others_like(low, role, earlier)  # "200 inmates and 2,000 others": inmates too
    if role.group == "held" and role.side == "jailed_side":
        role.group = "jailed"  # people a side calls its own held by its adversary are jailed
    elif role.group == "jailed" and role.side == "held_side":
        role.group = "held"  # and the other side's people it calls inmates are abductees
    for t in run:
        if t.i < noun.i and V.status(t.lower_):
            role.status = V.status(t.lower_)
    if role.group in ("people", "combatants") and role.side is None:
        whole = breakdown_of(noun, num, text, earlier)
        if whole is not None:
            # "110 inmates, among them 30 minors", "39 inmates — 24 women and 15 minors":
            # the minors are inmates; "the bodies of four, among them two children": remains
            role.side = whole.side or (
                "jailed_side"
                if whole.group == "jailed"
                else "held_side"
                if whole.group == "held"
                else None
            )
            if whole.group == "remains":
                role.group, role.status = "remains", role.status or whole.status
    if parsed:
        for t in run:
            if t.pos_ in ("NOUN", "PROPN"):
                modifiers(t, role)
        own = role.status
        modifiers(noun, role)
        if shared is not None:
            role.status = own  # the shared noun's own adjective is the next number's
        # the noun's own participles are the fallback; the words governing it decide
        before, before_mode = role.action, role.mode
        role.action = None
        if before is None or not _named_on_paper(noun):
            governor(noun, role)  # (not what is done with a list: "handed over the names")
        if role.action is None:
            role.action, role.mode = before, before_mode
            if (
                before in ("held", "taken")
                and earlier
                and earlier[-1].action == "released"
                and (earlier[-1].side or "") == (role.side or "")
                and re.search(r"\band\s+$", text[: num.start])
            ):
                # "free 125 inmates serving long terms and 1,111 people detained since":
                # the participle describes them; the verb of the first figure frees both
                role.action, role.mode = "released", earlier[-1].mode
        elif before == "displaced":
            role.action = "displaced"  # "the return of 150,000 displaced people": no exchange
        elif (
            before == "held"
            and role.action == "released"
            and role.nominal
            and role.mode == "actual"
            and not _carried_out(noun)
        ):
            role.action = "held"  # "the release of N held as abductees": those held are meant
            role.status = role.status or "living"
    if (
        parsed
        and role.action == "released"
        and role.side is None
        and role.group in ("people", "combatants")
    ):
        # "The state freed 300 women": the people a party frees are of the other side
        role.side = _OTHER_SIDE.get(releaser_side(noun) or "") or (
            "jailed_side" if freed_from_jail(noun) else None
        )
    last = phrase_end(run, noun) if shared is None else run[-1]
    end_char = (
        last.idx + len(last.text)
        if shared is not None
        else max(noun.idx + len(noun.text), last.idx + len(last.text))
    )
    tail = sent.doc_text[end_char : end_char + 60] if hasattr(sent, "doc_text") else ""
    if role.whole and role.action is None:
        modifiers(noun, role)  # "one of 12 abductees freed": the whole, as its words say
        due = DUE.match(tail)
        what = due.group("what") if due else None
        # ("due to be freed", "set for release"; "due out", "due home": to be freed)
        action = (V.action_nouns.get(what.lower()) or V.action(what)) if what else None
        if due and (action or due.group("out")):
            role.action = action or "released"
            role.mode = "planned"
    if role.action is None:
        # a headline's participle after its noun, parsed as a name ("3 Abductees Freed")
        for t in run:
            if (
                t.i > noun.i
                and V.action(t.lower_)
                and (t.tag_ in ("VBN", "VBD") or t.pos_ == "PROPN")
            ):
                role.action = V.action(t.lower_)
                break
    if earlier and earlier[-1].action and list_of_parts(num, text):
        # "freed 39 inmates on Friday, 24 women and 15 minors": what befell the whole befell
        # its parts, whatever the parse hangs them on, and they are of its side
        role.action, role.mode = earlier[-1].action, earlier[-1].mode
        role.side = role.side or earlier[-1].side
    if role.action is None and parsed:
        role.action, role.mode = _shared_participle(noun, role)
    if role.action is None and parsed and (trade := traded_for(noun)) is not None:
        role.action, role.mode = "released", noun_mode(trade)  # "N in exchange for M"
    if role.status is None and parsed:
        role.status = predicate_status(noun)  # "22 abductees are alive"
    among = AMONG.match(tail)
    edge = noun.right_edge
    if among is None and parsed and edge.i > noun.i and hasattr(sent, "doc_text"):
        # "Two Germans, a Russian and 10 Thais were among those freed": after the whole subject
        among = AMONG.match(sent.doc_text[edge.idx + len(edge.text) : edge.idx + 80])
    if role.action is None and among and V.action(among.group("what")):
        role.action = V.action(among.group("what"))  # "were among those freed"
    if (
        role.whole
        and role.action is None
        and earlier
        and earlier[-1].status
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ == "NUM"
    ):
        role.action = "held"  # "20 of the 48 abductees are alive": the 48 are those held
    after_noun = sent.doc[noun.i + 1] if parsed and noun.i + 1 < sent.end else None
    if (
        role.action is None
        and role.whole
        and after_noun is not None
        and after_noun.tag_ in ("VBN", "VBD")
        and V.action(after_noun.lower_) == "taken"
        and _fronted_whole_held(text, num)
    ):
        role.action, role.whole = "taken", False  # "Of the 251 people seized, 120 are alive"
    if role.action is None and role.whole and _fronted_whole_held(text, num):
        role.action, role.whole = "held", False  # "Of the 59 abductees, 24 are alive"
    if (
        role.action == "released"
        and (role.mode != "planned" or noun.dep_ == "pobj")
        and (STILL_HELD.match(tail) or (role.group == "remains" and REMAINS_THERE.match(tail)))
    ):
        # "in exchange for the 48 abductees still held": the figure counts those held (not
        # "the 48 still held will be freed": the figure freed)
        role.action, role.mode = "held", "actual"
    if role.action in (None, "taken") and role.whole and HELD_TAIL.match(tail):
        role.action, role.whole = "held", False  # "of the 94 abductees still held"
    elif role.action is None and (
        HELD_TAIL.match(tail) or (role.group == "remains" and REMAINS_THERE.match(tail))
    ):
        role.action = "held"
    elif (
        role.action is None
        and role.group == "held"
        and HOME_TAIL.match(tail)
        and not _AIMED.search(text[: num.start])
    ):
        role.action = "released"  # "All 20 living abductees back in X"
    elif role.action is None and role.group in ("held", "jailed") and OUT_TAIL.match(tail):
        role.action, role.mode = "released", "planned"  # "13 abductees due out on Friday"
    if role.group in ("people", "combatants") and role.side is None and jailed_phrase(tail):
        role.side = "jailed_side"  # "1,000 people held in X jails": those a state jails
    elif role.group in ("people", "combatants", None) and held_phrase(tail):
        role.group = "held"
        if role.action is None or role.action == "held":
            role.action = "held"
        elif (
            role.nominal
            and role.action == "released"
            and role.mode in ("actual", "demanded")
            and not _carried_out(noun)
        ):
            # "the release of N people held as abductees": the figure counts those held, alive
            role.action, role.status = "held", role.status or "living"
    if (
        role.action is None
        and earlier
        and earlier[-1].action
        and re.search(
            r"\b(and|along with|together with|as well as|plus)\s+(\w+\s+){0,2}$",
            text[: num.start],
        )
        and not role.whole
    ):
        # "the release of 125 inmates ... and 1,111 inmates": one verb for both
        role.action, role.mode = earlier[-1].action, earlier[-1].mode
    if (
        role.action == "held"
        and earlier
        and earlier[-1].action == "released"
        and not role.whole
        and AND_BEFORE.search(text[: num.start])
        and (
            any(c.dep_ == "acl" and V.action(c.lower_) == "held" for c in noun.children)
            # (parsed as a clause of its own: "1,700 people detained" as subject and verb)
            or (
                noun.dep_ == "nsubj"
                and noun.head.dep_ in ("relcl", "acl", "conj")
                and V.action(noun.head.lower_) == "held"
            )
        )
    ):
        # "the release of 250 inmates and 1,700 people detained since the war": who they are,
        # not what befalls them; the release covers both
        role.action, role.mode = "released", earlier[-1].mode
    if role.action in (None, "held") and not role.whole and role.group in _PARTS:
        share_whole(role, noun, num, text, earlier)
    if frame is not None:
        apply_frame(role, frame)
    if not parsed:
        _text_role(role, text)
    elif role.action is None and not role.whole:
        # headlines the parser misreads: a verb of the vocabulary it did not tag as one (a
        # verb it tagged would have governed the noun, or governs another)
        verbs = {
            t.lower_
            for t in sent
            if t.idx < base + num.start
            and t.pos_ in ("VERB", "AUX")
            and t.dep_ not in ("amod", "acl")  # a participle on a noun: "the freed ones"
        }
        _verb_before(role, text[: num.start], verbs)
    if role.group is None:
        return None
    return role, (start, end_char)


def _fronted_whole_held(text: str, num: Number) -> bool:
    """A fronted whole whose part after the comma has a life status or is still held ("Of
    the 59 abductees, 24 are alive"): the whole counts those held now."""
    if not re.search(r"^\W*of\s+(the\s+)?$", text[: num.start], re.I):
        return False
    m = re.match(r"[^,;]{0,60},\s*(\w+\s+){0,2}?\d[\d,]*|[^,;]{0,60},\s*[a-z-]+\b", text[num.end :])
    if m is None:
        return False
    rest = text[num.end + m.end() :]
    return bool(status_after(rest) or HELD_TAIL.match(rest))


def _fraction_part(tok: Any, after: str) -> bool:
    """A number read as a modifier of the next ("15 of 28 bodies": 15 quantmod 28)."""
    return (
        tok.dep_ == "quantmod"
        and tok.pos_ == "NUM"
        and tok.head.pos_ == "NUM"
        and bool(re.match(r"\s+(out\s+)?of\s+\d", after))
    )


def _shared_participle(noun: Any, role: Role) -> tuple[str | None, str]:
    """The participle after the last of coordinated counted nouns, which all share it: "7
    abductees, 30 inmates freed in a swap" (not "held": that describes the nearest only)."""
    for c in noun.children:
        if c.dep_ not in ("conj", "appos") or c.i < noun.i or not V.group(c.lower_):
            continue
        for g in c.children:
            action = V.action(g.lower_)
            if g.dep_ == "acl" and g.tag_ == "VBN" and g.i > c.i and action not in (None, "held"):
                return action, mode_of(g)
    return role.action, role.mode


_BE_AFTER = re.compile(r"\s+(is|are|was|were)\b")


def _verb_before(role: Role, before: str, tagged: frozenset[str] | set[str] = frozenset()) -> None:
    """The action of a verb just before the number, in its clause ("To Free Three Abductees")."""
    clause = re.split(r"[,;:.!?]", before)[-1]
    words = re.findall(r"[A-Za-z]+", clause)[-4:]
    for k in range(len(words) - 1, -1, -1):
        if V.group(words[k].lower()) or words[k].lower() in tagged:
            continue  # a noun of the vocabulary ("Hands Over Remains Of"), or a parsed verb
        action = V.action(words[k])
        if action and action != "found_dead":
            role.action = action
            if k and words[k - 1].lower() in V.planned_aux | {"to"}:
                role.mode = "planned"
            return


def _text_role(role: Role, sentence: str) -> None:
    """Without a parse: the first verb of the vocabulary in the sentence gives the action."""
    for w in re.findall(r"[A-Za-z]+", sentence):
        a = V.action(w)
        if a and a != "found_dead":
            role.action = role.action or a
            break
    if re.search(r"\b(will|would|to be|set to|expected to)\b", sentence):
        role.mode = "planned"


def _named_on_paper(noun: Any) -> bool:
    """People named on a list or a paper ("the names of 11 abductees due to be freed"): what
    is done with the paper (handed over, received) is not done to them."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in ("list", "lists", "names")
    )


def _carried_out(noun: Any) -> bool:
    """Whether the noun of action over a counted noun is the object of a past verb that
    carried it out ("facilitated the release of 20 abductees held in X"): the freed are meant,
    not those still held."""
    t = noun
    for _ in range(6):  # (through "the release of 20 abductees and of 1,968 inmates")
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t.lower_ in DONE
    return False
