"""Texts named where a source would be: a package or a deal ("the proposal drafted by X calls
for ...") and a document ("according to a copy of the reply ..."). A text speaks for no one:
a package's terms are no one's report, and a document is its giver's, the agent of a
participle describing it or what it is a copy of ("a copy of the reply shared with the paper by
a source close to the group"); a document only a medium saw ("a draft seen by Reuters") has no
source. The nouns are data: ``package_nouns``, ``deal_nouns`` and ``reporting.documents`` in
``data/verbs.yaml``. Used by :func:`accord.evidence.sources.resolve`.
"""

from __future__ import annotations

from typing import Any

from accord.evidence import vocab

_PACKAGES = frozenset(
    f
    for n in (*vocab.verbs().package_nouns, *vocab.verbs().deal_nouns)
    for f in vocab.noun_forms(n)
)
_DOCUMENTS = frozenset(f for n in vocab.verbs().reporting.documents for f in vocab.noun_forms(n))
_GIVING = frozenset(f for v in vocab.verbs().reporting.document_givers for f in vocab.verb_forms(v))
TEXTS = _PACKAGES | _DOCUMENTS  # the head nouns of a source phrase that name a text


def text_giver(head: Any) -> list[Any] | None:
    """The words of whoever gave the text ``head`` names, when it is a document given by
    someone ("shared/provided by X"); ``None`` for a package or a document no one gave."""
    if head.lower_ not in _DOCUMENTS:
        return None
    nouns = [head] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    for noun in nouns:
        for c in noun.children:
            if c.dep_ != "acl" or c.lower_ not in _GIVING:
                continue  # (not "seen by X": X is given nothing)
            for g in c.children:
                if g.dep_ == "agent":
                    obj = next((x for x in g.children if x.dep_ == "pobj"), None)
                    if obj is not None:
                        return sorted(obj.subtree, key=lambda t: t.i)
    return None
