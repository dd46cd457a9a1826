"""Claims: who stated which position (stance) on which issue, with the sentence as evidence.

For each sentence the extractor finds the issues it names (issue lexicon), the
cue words that carry a stance (demand, offer, accept, reject, condition,
threat) and, for each issue, the nearest cue. The holder of the position is
the grammatical owner of that cue — the subject of its verb, or the possessor
of a noun such as "demands" — resolved to an actor; failing that, the actor
the sentence's speaker speaks for. A rejection of "these demands" or "the plan"
that names no issue inherits the issues of the demands or plan it refers to.

The sentence being read is a :class:`accord.evidence.claim_sentence.SentenceClaims`;
the steps that read it are in :mod:`accord.evidence.claim_steps` and, for each issue's
stance from its cue, :mod:`accord.evidence.claim_cue`.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.acceptance_asked import acceptance_asked
from accord.evidence.actors import ActorIndex
from accord.evidence.agreements import Agreements
from accord.evidence.backed_threats import backed_threats
from accord.evidence.claim_cue import issue_stances
from accord.evidence.claim_references import referred_positions
from accord.evidence.claim_sentence import DocumentClaims, SentenceClaims
from accord.evidence.claim_steps import (
    clause_positions,
    cue_threats,
    deal_terms,
    halts,
    homecoming_demands,
    moved_demands,
    obliged_terms,
    package_demands,
    package_stances,
    plan_frame,
    sought_issues,
    ultimatums,
    vowed_issues,
)
from accord.evidence.deal_conditions import barred_steps, based_terms, possible_deal
from accord.evidence.imperatives import imperative_demands, pleas_only
from accord.evidence.lexicon import DEFAULT_DELIVERED_BY
from accord.evidence.means import helped_acts, needed_means
from accord.evidence.red_lines import red_lines
from accord.evidence.speech import Attribution
from accord.evidence.types import Claim
from accord.evidence.unkept import unkept_terms


def asks(sentence: str) -> bool:
    """Whether a sentence is a direct question.

    >>> asks("Will Ruritania accept the truce?"), asks("“Why wait?” she asked, rejecting it.")
    (True, False)
    """
    return sentence.rstrip().rstrip("\"'”’»)").endswith("?")


# a sentence that opens by setting out a scenario: "Suppose X frees ten", "Imagine that ..."
_SUPPOSES = re.compile(r"^\W*(suppose|imagine)\b", re.I)


def extract_claims(
    sents: list[Any],
    index: ActorIndex,
    atts: list[Attribution | None],
    name: str,
    delivered_by: dict[str, str] | None = None,
) -> list[Claim]:
    """Claims of one document, one per (actor, issue, stance) per sentence.

    ``delivered_by`` maps an issue to the party that gives it (see
    :func:`accord.evidence.lexicon.delivered_by_of`); it tells a soft offer from a demand.
    Default: the table of the shared issue vocabulary.
    """
    giver = delivered_by if delivered_by is not None else DEFAULT_DELIVERED_BY
    doc = DocumentClaims(sents, index, giver, Agreements(index, giver))
    for k in range(len(sents)):
        if asks(sents[k].text) or _SUPPOSES.match(sents[k].text):
            continue  # a question or a scenario states no position ("Will the army pull out?")
        st = SentenceClaims.read(doc, k, atts[k], name)
        package_demands(st)  # a demand of the package where no issue is named
        referred_positions(st)  # "rejected these demands": the issues referred to
        if plan_frame(st):  # "Under the plan, ..." after "X's plan": X's offer, no more
            doc.claims.extend(st.out.values())
            continue
        ultimatums(st)
        issue_stances(st)  # each issue's implied stance or nearest cue
        red_lines(st)  # "disarmament is a red line", said by who would disarm: refused
        sought_issues(st)  # the acts a verb of seeking asks for, where no cue spoke
        package_stances(st)
        halts(st)
        clause_positions(st)  # conditions, aims, refusals, bars and threats by clause
        unkept_terms(st)  # "A said B had not met its obligation to X": A's demand for X
        possible_deal(st)  # "a deal is possible if Y", "no deal without Y": the source's condition
        barred_steps(st)  # "the cabinet will not meet until Y": a condition on the deal
        based_terms(st)  # "ready to deal with any proposal based on Y": conditions
        cue_threats(st)
        moved_demands(st)
        deal_terms(st)
        acceptance_asked(st)  # "urged Y to take it": the package, where issues are named
        vowed_issues(st)  # "we will bring them home": an aim, where nothing else spoke
        homecoming_demands(st)  # "bring every one of them home", said by the families
        imperative_demands(st)  # "Stop the fighting now," the forum said
        obliged_terms(st)  # "X is required to return ...": a term X accepted
        needed_means(st)  # "needs time and equipment to reach them": the giver's condition
        helped_acts(st)  # "sent teams to help recover them": the helper's offer
        backed_threats(st)  # a warning naming nothing: over what its holder just asked
        pleas_only(st)  # the families' conditions and warnings are pleas
        doc.claims.extend(st.out.values())
    shared_speakers(doc.claims)
    return doc.claims


def shared_speakers(claims: list[Claim]) -> None:
    """One source per holder per statement: a claim with no speaker takes the one speaker the
    same holder's other claims on the same words were given ("The proposal, outlined by X,
    envisions a truce in which Y would be freed": X states each of its terms, whichever rule
    read them)."""
    said: dict[tuple[int, int, str], set[str]] = {}
    for c in claims:
        if c.speaker:
            said.setdefault((c.evidence.start, c.evidence.end, c.actor), set()).add(c.speaker)
    for c in claims:
        one = said.get((c.evidence.start, c.evidence.end, c.actor))
        if c.speaker is None and c.description is None and one is not None and len(one) == 1:
            c.speaker = next(iter(one))
