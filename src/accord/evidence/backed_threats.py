"""A threat that names no issue backs what its holder asked for just before.

"X demanded the release of all A by Saturday. [...] X warned that there would be hell to
pay": the warning names nothing, but it is X's threat over the release it demanded. A
sentence with a threat cue (``data/lexicon.yaml``, ``cues.threat``) and no issue mention
takes the issues its holder demanded or threatened over in the two sentences before.
"""

from __future__ import annotations

from accord.evidence.claim_sentence import SentenceClaims
from accord.evidence.claim_steps import ACCUSING
from accord.evidence.threats import warner

_BACK = 2  # sentences a threat looks back for what its holder asked


def backed_threats(st: SentenceClaims) -> None:
    """The holder's threat over the issues it asked for in the sentences just before."""
    if st.issues or st.out or st.k == 0 or not st.sent.words.isdisjoint(ACCUSING):
        return  # ("accused X of not pressing Y": a charge, no warning)
    cue = next((c for c in st.cues if c[0] == "threat"), None)
    if cue is None:
        return
    holder = warner(st.sent, cue[1], st.owner, st.doc.index) if st.parsed else st.owner(cue[1])
    if holder is None:
        return
    since = st.doc.sents[max(0, st.k - _BACK)].start_char
    asked = [
        c.issue
        for c in st.doc.claims
        if c.evidence.start >= since and c.actor == holder and c.stance in ("demand", "threat")
    ]
    for issue in dict.fromkeys(asked):
        st.emit(holder, issue, "threat", None, mode="conditional", at=cue[1])
