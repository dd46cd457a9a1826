"""The extractor's rules are general: none of its strings is lifted from the shared corpus.

The five corpus articles are the development set; the extractor is also scored
on articles it has never seen, so a phrase copied from them into a rule would
overfit. Every string literal in ``accord.evidence`` (and every alternative of
a regular expression, with its syntax stripped) of four words or more must not
occur verbatim in any corpus article. Names in the gazetteer of public actors
and officials are the exception the rule allows: they are proper names, not
sentence patterns, and are checked to be just that.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from .test_gold import SHARED

SRC = Path(__file__).parents[2] / "src" / "accord" / "evidence"
CORPUS = SHARED / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no shared corpus at {SHARED}")

_SYNTAX = re.compile(r"\\[bBsSwWd]|\(\?[:!=<i]*|\\.|[()\[\]?*+{}^$]")


def _normal(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().replace("’", "'")).strip(" .,;:")


def _fragments(literal: str) -> set[str]:
    """The literal itself and each regex alternative with the regex syntax removed."""
    out = {literal}
    for piece in re.split(r"\|", literal):
        out.add(_SYNTAX.sub(" ", piece))
    return {_normal(f) for f in out}


def _literals() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef))
                      and n.body and isinstance(n.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in docstrings:
                found.append((path.name, node.lineno, node.value))
    return found


def _is_proper_name(fragment: str, literal: str) -> bool:
    """A gazetteer entry: every word capitalised in the source literal (a name or a title)."""
    words = [w for w in re.findall(r"[\w’'-]+", literal) if w.lower() not in
             {"of", "the", "and", "for", "al", "bin", "el"}]
    return bool(words) and all(w[0].isupper() for w in words) and len(fragment) < 60


def test_no_rule_string_is_copied_from_the_corpus() -> None:
    corpus = _normal(" ".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))))
    lifted = []
    for name, line, literal in _literals():
        for frag in _fragments(literal):
            if len(frag.split()) >= 4 and frag in corpus and not _is_proper_name(frag, literal):
                lifted.append(f"{name}:{line}: {frag!r}")
    assert not lifted, "strings copied from the corpus:\n" + "\n".join(lifted)


def test_the_check_catches_a_copied_phrase() -> None:
    corpus = _normal((CORPUS / sorted(p.name for p in CORPUS.glob("*.txt"))[0]).read_text(
        encoding="utf-8"))
    phrase = " ".join(corpus.split()[10:15])
    assert any(f in corpus and len(f.split()) >= 4 for f in _fragments(rf"\b{phrase}\b"))
