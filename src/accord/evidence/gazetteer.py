"""Public actors and officials: the names, titles, metonyms and descriptions news uses.

The gazetteer maps surface forms to the actor ids of the shared vocabulary
(``israel``, ``hamas``, ``qatar``, ...). It is public knowledge, not tied to any
one article, and can be extended from a scenario's parties (any object with
``.id`` and ``.aliases``) with :meth:`Gazetteer.extend`.

Officials carry their term in office, so a title such as "Defense Minister
Israel Katz" also bounds when a text can have been written.

>>> g = Gazetteer.default()
>>> g.official("Netanyahu").actor
'israel'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Surface forms per actor. Case-sensitive; "the ..." descriptions are matched case-insensitively
# at the start of a word. Adjectives (Israeli, Qatari) count only before an institution noun.
ACTOR_NAMES: dict[str, list[str]] = {
    "israel": ["Israel", "IDF", "Israel Defense Forces", "Israel Defence Forces", "Jerusalem",
               "Israel's government", "Israel’s government", "Netanyahu's office",
               "Netanyahu’s office", "the Israeli government", "war cabinet", "Mossad", "Shin Bet",
               "Prime Minister's Office", "the Jewish state"],
    "hamas": ["Hamas", "Qassam Brigades", "al-Qassam", "Ezzedine al-Qassam"],
    "qatar": ["Qatar", "Doha"],
    "egypt": ["Egypt", "Cairo"],
    "united_states": ["United States", "U.S.", "US", "USA", "America", "Washington",
                      "White House", "State Department", "Trump administration",
                      "Biden administration", "Pentagon"],
    "hostage_families": ["Hostages and Missing Families Forum", "Hostages Families Forum",
                         "hostage families", "the families", "Families"],
    "icrc": ["International Committee of the Red Cross", "ICRC", "Red Cross"],
    "iran": ["Iran", "Tehran"],
    "turkey": ["Turkey", "Türkiye", "Ankara"],
}
ADJECTIVES: dict[str, list[str]] = {
    "israel": ["Israeli", "Israel's", "Israel’s"],
    "qatar": ["Qatari"], "egypt": ["Egyptian"], "united_states": ["American", "US", "U.S."],
    "iran": ["Iranian"], "turkey": ["Turkish"], "hamas": ["Hamas", "Hamas's", "Hamas’s"],
}
INSTITUTIONS = ("government", "officials?", "authorities", "forces", "troops", "military", "army",
                "delegation", "negotiators?", "mediators?", "intelligence", "estimates",
                "leadership", "cabinet", "minister", "prime minister", "president", "spokesman",
                "spokesperson", "soldiers", "unit", "security cabinet", "sources?", "prime minister",
                "foreign ministry", "ministry", "envoy", "team", "leaders?", "strikes?",
                "airstrikes?", "administration", "side")
# Descriptions news uses instead of a name: regular expressions, matched case-insensitively.
DESCRIPTIONS: dict[str, list[str]] = {
    "hamas": [r"the (\w+-backed )?(palestinian )?(terror|terrorist|militant|islamist) "
              r"(group|organi[sz]ation)", r"the group", r"the terrorists"],
    "hostage_families": [r"(the )?(families|relatives|loved ones)( and (friends|supporters))? of "
                         r"(the )?(hostages|captives|abductees|those)"],
}


# capitals and seats of government that stand for their state ("Jerusalem says")
METONYMS = frozenset({"Jerusalem", "Doha", "Cairo", "Washington", "Tehran", "Ankara"})


@dataclass(frozen=True)
class Combined:
    """One compiled alternation of many surface forms; ``who`` maps each group to its owner."""

    pattern: re.Pattern[str]
    who: dict[str, Any]


@dataclass(frozen=True)
class Official:
    """A public figure who speaks for an actor, with the term of the title news gives them."""

    name: str
    actor: str
    title: str = ""
    start: str | None = None  # ISO dates of the term the title refers to
    end: str | None = None
    aliases: tuple[str, ...] = ()


OFFICIALS: list[Official] = [
    Official("Benjamin Netanyahu", "israel", "Prime Minister", "2022-12-29", None, ("Bibi",)),
    Official("Yoav Gallant", "israel", "Defense Minister", "2022-12-29", "2024-11-07"),
    Official("Israel Katz", "israel", "Defense Minister", "2024-11-08", None),
    Official("Herzi Halevi", "israel", "Chief of Staff", "2023-01-16", "2025-03-05"),
    Official("Eyal Zamir", "israel", "Chief of Staff", "2025-03-05", None),
    Official("Daniel Hagari", "israel", "IDF spokesman", "2023-03-01", "2025-03-31"),
    Official("Benny Gantz", "israel", "", None, None),
    Official("Gadi Eisenkot", "israel", "", None, None),
    Official("Isaac Herzog", "israel", "President", "2021-07-07", None),
    Official("Ron Dermer", "israel", "", None, None),
    Official("David Barnea", "israel", "Mossad chief", None, None),
    Official("Itamar Ben-Gvir", "israel", "", None, None),
    Official("Bezalel Smotrich", "israel", "", None, None),
    Official("Gideon Saar", "israel", "Foreign Minister", "2024-11-08", None, ("Gideon Sa'ar",)),
    Official("Ismail Haniyeh", "hamas", "political bureau chief", None, "2024-07-31"),
    Official("Yahya Sinwar", "hamas", "", None, "2024-10-16"),
    Official("Mohammed Sinwar", "hamas", "", None, None),
    Official("Khalil al-Hayya", "hamas", "", None, None),
    Official("Osama Hamdan", "hamas", "", None, None),
    Official("Basem Naim", "hamas", "", None, None),
    Official("Abdel-Latif al-Qanoua", "hamas", "spokesperson", None, None),
    Official("Sami Abu Zuhri", "hamas", "", None, None),
    Official("Mousa Abu Marzouk", "hamas", "", None, None),
    Official("Izzat al-Rishq", "hamas", "", None, None),
    Official("Taher al-Nunu", "hamas", "", None, None),
    Official("Abu Obeida", "hamas", "Qassam Brigades spokesman", None, None),
    Official("Mohammed Deif", "hamas", "", None, "2024-07-13"),
    Official("Mohammed bin Abdulrahman Al Thani", "qatar", "Prime Minister", "2023-03-07", None,
             ("Sheikh Mohammed",)),
    Official("Tamim bin Hamad Al Thani", "qatar", "Emir", None, None),
    Official("Majed al-Ansari", "qatar", "foreign ministry spokesman", None, None),
    Official("Abdel Fattah el-Sisi", "egypt", "President", None, None, ("Sisi", "el-Sisi")),
    Official("Badr Abdelatty", "egypt", "Foreign Minister", "2024-07-03", None),
    Official("Sameh Shoukry", "egypt", "Foreign Minister", None, "2024-07-03"),
    Official("Joe Biden", "united_states", "President", "2021-01-20", "2025-01-20"),
    Official("Donald Trump", "united_states", "President", "2025-01-20", None),
    Official("Antony Blinken", "united_states", "Secretary of State", "2021-01-26", "2025-01-20"),
    Official("Marco Rubio", "united_states", "Secretary of State", "2025-01-21", None),
    Official("John Kirby", "united_states", "National Security Council spokesman", "2022-05-20",
             "2025-01-20"),
    Official("Jake Sullivan", "united_states", "National Security Adviser", "2021-01-20",
             "2025-01-20"),
    Official("William Burns", "united_states", "CIA Director", "2021-03-19", "2025-01-20"),
    Official("Brett McGurk", "united_states", "", None, "2025-01-20"),
    Official("Steve Witkoff", "united_states", "special envoy", "2025-01-20", None),
    Official("Adam Boehler", "united_states", "hostage envoy", "2025-01-20", None),
    Official("Matthew Miller", "united_states", "State Department spokesman", None, "2025-01-20"),
    Official("Kamala Harris", "united_states", "Vice President", "2021-01-20", "2025-01-20"),
    Official("Recep Tayyip Erdoğan", "turkey", "President", None, None, ("Erdogan", "Erdoğan")),
    Official("Ali Khamenei", "iran", "Supreme Leader", None, None),
    Official("Abbas Araghchi", "iran", "Foreign Minister", "2024-08-21", None),
]


@dataclass(frozen=True)
class Milestone:
    """A dated public milestone of the negotiation and the war, of one event type.

    Texts refer to these without dating them ("the truce ended Friday", "dismissed the
    latest warning from the US president"). The table is the public chronology of the
    2023–2025 Gaza hostage and ceasefire negotiations (as in wire-service and encyclopaedia
    timelines), written for its own sake and not from any article's wording; like the
    officials' terms above, it is knowledge of the flagship negotiation, to be replaced for
    another one. A text reports a milestone when one sentence has a cue of its ``kind``
    (``dates.KIND_CUES``), a word of its own ``cue`` when it has one, and one of its
    ``actors`` (by name, title or official). Dates are local (Gaza/Israel) days. Only
``one_off`` milestones (and truces starting or ending) bound a text's date from below:
talks in a city, warnings or rescues recur, and the table does not list every one.
    """

    date: str
    kind: str  # an event type of the shared vocabulary
    what: str
    actors: tuple[str, ...] = ()
    cue: str | None = None  # a regular expression of the words that single it out
    one_off: bool = False  # happened once: any text reporting it was written after it


_IL, _HA, _US, _QA, _EG = "israel", "hamas", "united_states", "qatar", "egypt"

MILESTONES: list[Milestone] = [
    # 2023
    Milestone("2023-10-07", "military_operation", "the Hamas-led attack on Israel; 251 taken",
              (_HA,), r"attack|assault|infiltrat\w*", one_off=True),
    Milestone("2023-10-27", "military_operation", "Israel widens ground operations in Gaza",
              (_IL,), r"ground"),
    Milestone("2023-11-22", "acceptance", "the first truce-and-exchange deal is announced",
              (_IL, _HA, _QA), r"deal|agreement"),
    Milestone("2023-11-24", "ceasefire_start", "first truce and exchange begin", (_IL, _HA)),
    Milestone("2023-12-01", "ceasefire_end", "the November 2023 truce ends", (_IL, _HA)),
    Milestone("2023-12-15", "military_operation", "troops mistakenly kill three escaped hostages",
              (_IL,), r"mistaken\w*|misidentif\w*"),
    # 2024
    Milestone("2024-01-28", "talks", "intelligence chiefs and mediators meet in Paris",
              (_US, _IL, _QA, _EG), r"paris"),
    Milestone("2024-02-12", "release", "two hostages rescued in Rafah", (_IL,),
              r"rescu\w*"),
    Milestone("2024-04-01", "military_operation", "troops leave Shifa hospital after a raid",
              (_IL,), r"shifa"),
    Milestone("2024-04-07", "military_operation", "troops withdraw from Khan Yunis", (_IL,),
              r"khan yunis|khan younis"),
    Milestone("2024-05-06", "acceptance", "Hamas says it accepts a mediators' proposal",
              (_HA,), r"propos\w*"),
    Milestone("2024-05-07", "military_operation", "the Rafah operation; the crossing is seized",
              (_IL,), r"rafah"),
    Milestone("2024-05-31", "proposal", "the US president outlines a three-phase proposal",
              (_US,), r"three-phase|phased|biden"),
    Milestone("2024-06-08", "release", "four hostages rescued in Nuseirat", (_IL,),
              r"rescu\w*"),
    Milestone("2024-07-13", "military_operation", "strike aimed at the Qassam commander Deif",
              (_IL, _HA), r"deif", one_off=True),
    Milestone("2024-07-31", "military_operation", "Hamas political chief Haniyeh killed in Tehran",
              (_HA, _IL), r"haniyeh", one_off=True),
    Milestone("2024-08-15", "talks", "Doha round on a US bridging proposal", (_US, _QA, _EG),
              r"bridging"),
    Milestone("2024-08-27", "release", "a hostage rescued from a tunnel", (_IL,), r"rescu\w*"),
    Milestone("2024-09-01", "military_operation", "six hostages found killed in a Rafah tunnel",
              (_IL, _HA), r"\bsix\b", one_off=True),
    Milestone("2024-10-16", "military_operation", "Hamas leader Yahya Sinwar killed in Rafah",
              (_HA, _IL), r"sinwar", one_off=True),
    Milestone("2024-11-09", "rejection", "Qatar suspends its mediation", (_QA,),
              r"suspend\w*|mediat\w*"),
    Milestone("2024-11-27", "ceasefire_start", "the Israel-Hezbollah ceasefire takes effect",
              (_IL,), r"hezbollah|lebanon", one_off=True),
    # 2025
    Milestone("2025-01-15", "acceptance", "the phased ceasefire-and-release deal is announced",
              (_IL, _HA, _QA, _US), r"deal|agreement"),
    Milestone("2025-01-19", "ceasefire_start", "the January 2025 ceasefire takes effect",
              (_IL, _HA)),
    Milestone("2025-01-19", "release", "the first three hostages of the deal are freed",
              (_HA,), r"first (three|hostages)"),
    Milestone("2025-02-04", "proposal", "the US president proposes a US takeover of Gaza",
              (_US,), r"take\s?over|own", one_off=True),
    Milestone("2025-02-10", "threat", "Hamas says it will postpone releases", (_HA,),
              r"postpon\w*|delay\w*"),
    Milestone("2025-02-10", "threat", "the US president sets a Saturday deadline for releases",
              (_US,), r"deadline|hell"),
    Milestone("2025-02-20", "release", "the bodies of the Bibas children are returned",
              (_HA,), r"bibas", one_off=True),
    Milestone("2025-02-27", "release", "the last exchange of the first phase", (_HA, _IL),
              r"(last|final) (exchange|swap|handover)"),
    Milestone("2025-03-01", "ceasefire_end", "the first phase of the January 2025 ceasefire ends",
              (_IL, _HA)),
    Milestone("2025-03-02", "military_operation", "Israel halts all goods and aid into Gaza",
              (_IL,), r"blockade|halt\w*|cut\w* off|block\w*"),
    Milestone("2025-03-04", "proposal", "Arab summit in Cairo adopts Egypt's rebuilding plan",
              (_EG,), r"reconstruct\w*|rebuild\w*|arab"),
    Milestone("2025-03-05", "meeting", "the US president meets hostages freed in the truce",
              (_US,), r"(former|freed|released) hostages"),
    Milestone("2025-03-05", "threat", "the US president's 'last warning' to Hamas", (_US,)),
    Milestone("2025-03-05", "talks", "the US confirms direct talks with Hamas", (_US, _HA),
              r"direct"),
    Milestone("2025-03-18", "ceasefire_end", "Israel resumes strikes; the ceasefire collapses",
              (_IL, _HA)),
    Milestone("2025-03-18", "military_operation", "Israel resumes strikes across Gaza", (_IL,),
              r"resum\w*|renew\w*"),
    Milestone("2025-05-12", "release", "US-Israeli hostage Edan Alexander freed", (_HA, _US),
              r"alexander", one_off=True),
    Milestone("2025-06-13", "military_operation", "Israel strikes Iran", (_IL,), r"iran"),
    Milestone("2025-06-24", "ceasefire_start", "the Israel-Iran ceasefire", (_IL,), r"iran",
              one_off=True),
    Milestone("2025-07-24", "rejection", "US envoys recalled from the Doha talks", (_US,),
              r"recall\w*"),
    Milestone("2025-08-08", "military_operation", "cabinet approves taking Gaza City", (_IL,),
              r"gaza city"),
    Milestone("2025-08-18", "acceptance", "Hamas accepts a mediators' truce proposal", (_HA,),
              r"propos\w*"),
    Milestone("2025-09-07", "threat", "the US president's second 'last warning' to Hamas",
              (_US,)),
    Milestone("2025-09-09", "military_operation", "Israeli strike on Hamas leaders in Doha",
              (_IL, _QA), r"doha|qatar", one_off=True),
    Milestone("2025-09-29", "proposal", "the US president's 20-point plan", (_US,),
              r"20-point|twenty-point", one_off=True),
    Milestone("2025-10-03", "acceptance", "Hamas agrees to free all hostages under the plan",
              (_HA,), r"plan"),
    Milestone("2025-10-09", "acceptance", "the first phase of the plan is agreed in Egypt",
              (_IL, _HA, _US), r"agree\w*|deal"),
    Milestone("2025-10-10", "ceasefire_start", "the October 2025 ceasefire takes effect",
              (_IL, _HA)),
    Milestone("2025-10-13", "release", "the last twenty living hostages are freed",
              (_HA,), r"(last|all|twenty|20) (\w+ )?living", one_off=True),
]


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie, longest match preferred.

    >>> p = re.compile(trie_regex(["US", "U.S.", "USA"]))
    >>> [p.match(w).group(0) for w in ["USA", "U.S.", "US"]]
    ['USA', 'U.S.', 'US']
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_DEFAULT: Gazetteer | None = None


@dataclass
class Gazetteer:
    """Surface forms → actor ids, plus officials with their terms."""

    names: dict[str, list[str]] = field(default_factory=dict)
    officials: list[Official] = field(default_factory=list)
    _compiled: Any = None
    _combined: Any = None
    _officials: Any = None

    @classmethod
    def default(cls) -> Gazetteer:
        """A new gazetteer of the built-in actors and officials (extend it freely)."""
        return cls({k: list(v) for k, v in ACTOR_NAMES.items()}, list(OFFICIALS))

    @classmethod
    def shared(cls) -> Gazetteer:
        """The built-in gazetteer, compiled once per process (do not extend it)."""
        global _DEFAULT
        if _DEFAULT is None:
            _DEFAULT = cls.default()
        return _DEFAULT

    def extend(self, parties: Iterable[Any]) -> Gazetteer:
        """Add each party's id and aliases (objects with ``.id`` and ``.aliases``)."""
        for party in parties:
            forms = self.names.setdefault(str(party.id), [])
            for alias in [getattr(party, "name", None), *(getattr(party, "aliases", None) or [])]:
                if alias and alias not in forms:
                    forms.append(str(alias))
        self._compiled = None
        self._combined = None
        self._officials = None
        return self

    def official(self, name: str) -> Official | None:
        """The official a (full, last or alias) name refers to, if any."""
        low = name.lower().strip()
        for off in self.officials:
            forms = [off.name, *off.aliases]
            if any(low == f.lower() for f in forms):
                return off
        for off in self.officials:
            if low == off.name.split()[-1].lower():
                return off
        return None

    def actor_pattern(self) -> list[tuple[re.Pattern[str], str, str]]:
        """Compiled (pattern, actor, kind) triples, longest forms first."""
        if self._compiled is None:
            items: list[tuple[str, str, str]] = []
            for actor, forms in self.names.items():
                items += [(re.escape(f), actor, "name") for f in forms]
            for actor, adjs in ADJECTIVES.items():
                inst = "|".join(INSTITUTIONS)
                for adj in adjs:
                    items.append((rf"{re.escape(adj)}(?: \w+)? (?:{inst})\b", actor, "title"))
            for actor, descs in DESCRIPTIONS.items():
                items += [(f"(?i:{d})", actor, "description") for d in descs]
            items.sort(key=lambda t: len(t[0]), reverse=True)
            self._compiled = [(re.compile(rf"(?<![\w-]){p}(?![\w-])"), a, k) for p, a, k in items]
        return self._compiled

    def combined_actor_pattern(self) -> Combined:
        """All actor forms of :meth:`actor_pattern` in one regex (one scan of the text).

        Literal names are merged per actor into a trie-shaped alternation, which fails fast on
        the first character; descriptions and adjective phrases come first, so the longer
        phrase wins ("US officials" over "US").
        """
        if self._combined is None:
            parts, who = [], {}
            groups: list[tuple[str, str, str]] = []
            for actor, descs in DESCRIPTIONS.items():
                groups += [(f"(?i:{d})", actor, "description") for d in descs]
            inst = "|".join(INSTITUTIONS)
            for actor, adjs in ADJECTIVES.items():
                groups.append((rf"{trie_regex(adjs)}(?: \w+)? (?:{inst})\b", actor, "title"))
            for actor, forms in self.names.items():
                groups.append((trie_regex(forms), actor, "name"))
            for k, (pat, actor, kind) in enumerate(groups):
                parts.append(f"(?P<a{k}>{pat})")
                who[f"a{k}"] = (actor, kind)
            self._combined = Combined(re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])"),
                                      who)
        return self._combined

    def official_pattern(self) -> Combined:
        """Every official's full name, aliases and surname in one trie-shaped regex.

        ``who`` maps each matched form to its official (the longest form wins).
        """
        if self._officials is None:
            who: dict[str, Any] = {}
            for off in self.officials:
                for form in (off.name, *off.aliases, off.name.split()[-1]):
                    who.setdefault(form, off)
            pattern = re.compile(rf"(?<![\w-]){trie_regex(who)}(?![\w-])")
            self._officials = Combined(pattern, who)
        return self._officials
