"""What a party calls a red line (``red_lines``): "X is a red line" said of what the holder
itself delivers ("disarmament is a red line", said by the party that would disarm; "the
corridor is a red line", said by the party whose forces hold it) is a refusal of it; said of
what another party delivers it stays the demand the cue gave ("an end to the war is a red
line"). The copula of the red line must follow the issue's words closely ("disarmament was
'a red line'"), as its subject would.
"""

from __future__ import annotations

import re

from accord.evidence.claim_sentence import SentenceClaims

# the copula and the red line after an issue mention ("... was 'a red line'")
_RED_LINE_AFTER = re.compile(
    r"^[^.;,]{0,40}?\b(is|was|are|were|remains?|remained|be)\s+(\w+\s+){0,2}?[\"“']?an?\s+red\s+line",
    re.I,
)


def red_lines(st: SentenceClaims) -> None:
    """A demand the red-line cue gave its holder on what the holder itself delivers becomes a
    refusal of it."""
    if "red" not in st.sent.words:
        return
    for issue, s, e, implied, ivalue in st.issues:
        if implied is not None or not _RED_LINE_AFTER.match(st.text[e:]):
            continue
        for holder, key_issue, stance in list(st.out):
            if key_issue != issue or stance != "demand":
                continue
            if st.doc.giver.get(issue) != holder:
                continue
            st.out.pop((holder, issue, "demand"))
            st.local[issue] = "reject"
            st.emit(holder, issue, "reject", ivalue, mode="actual", at=s)
