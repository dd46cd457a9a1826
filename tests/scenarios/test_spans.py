"""Every span a built-in scenario cites says, in the corpus, exactly what the scenario quotes."""

from __future__ import annotations

import pytest

from accord.model import SourceRef
from accord.scenarios import check_spans, iter_source_refs, load_scenario

BUILTINS = ("gaza-2023-12", "gaza-2024-04", "gaza-2025-03")


def _refs(sid):
    return list(iter_source_refs(load_scenario(sid)))


@pytest.mark.parametrize("sid", BUILTINS)
def test_every_cited_span_is_the_quote_in_the_right_document(sid, corpus):
    refs = _refs(sid)
    assert len(refs) >= 10, "a built-in scenario should cite its sources"
    texts: dict[str, str] = {}
    wrong = []
    for path, ref in refs:
        doc = corpus / ref.doc
        assert doc.is_file(), f"{sid} {'.'.join(map(str, path))} cites {ref.doc}, not in the corpus"
        text = texts.setdefault(ref.doc, doc.read_text(encoding="utf-8"))
        if text[ref.start : ref.end] != ref.quote:
            wrong.append(
                f"{'.'.join(map(str, path))}: {ref.start}-{ref.end} is {text[ref.start : ref.end]!r}"
            )
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("sid", BUILTINS)
def test_check_spans_finds_nothing_wrong_in_a_builtin(sid, corpus):
    assert check_spans(load_scenario(sid), corpus) == []


@pytest.mark.parametrize("sid", BUILTINS)
def test_every_builtin_cites_the_documents_it_lists_as_sources(sid):
    s = load_scenario(sid)
    cited = {ref.doc for _, ref in iter_source_refs(s)}
    listed = {d.doc for d in s.sources}
    assert cited <= listed, f"cited but not listed under 'sources': {sorted(cited - listed)}"


def test_iter_source_refs_reaches_nested_evidence():
    refs = _refs("gaza-2025-03")
    roots = {path[0] for path, _ in refs}
    # evidence is cited from issues, positions, fallbacks, proposals, the ledger and dynamics
    assert {"issues", "positions", "fallbacks", "proposals", "ledger", "dynamics"} <= roots
    assert all(isinstance(r, SourceRef) for _, r in refs)


def test_iter_source_refs_paths_lead_back_to_the_ref():
    s = load_scenario("gaza-2025-03")
    for path, ref in iter_source_refs(s):
        node = s
        for step in path:
            node = (
                node[step]
                if isinstance(step, int) or isinstance(node, dict)
                else getattr(node, step)
            )
        assert node is ref
