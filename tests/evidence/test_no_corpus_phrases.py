"""The extractor's rules are general: none of its strings is lifted from the shared articles.

The five corpus articles and the twenty news articles are the development data; the
extractor is also scored on articles it has never seen, so a phrase copied from them into a
rule would overfit. Every string literal in ``accord.evidence`` and every string of its
vocabulary files (``accord/evidence/data/*.yaml``), and every alternative of a regular
expression with its syntax stripped, of four words or more must not occur verbatim in any
corpus or news article. Names in the gazetteer of public actors and officials are the
exception the rule allows: they are proper names, not sentence patterns, and are checked to
be just that.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from .test_gold import SHARED

SRC = Path(__file__).parents[2] / "src" / "accord" / "evidence"
CORPUS = SHARED / "corpus"
NEWS = SHARED / "news" / "articles"
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
        docstrings = {
            id(n.body[0].value)
            for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef))
            and n.body
            and isinstance(n.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
            ):
                found.append((path.name, node.lineno, node.value))
    for path in sorted(SRC.rglob("*.yaml")):
        for value in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            found.append((path.name, 0, value))
    return found


def _strings(data: object) -> list[str]:
    """Every string (keys and values) of a loaded YAML document."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in _strings(k) + _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


def _articles() -> str:
    paths = sorted(CORPUS.glob("*.txt")) + sorted(NEWS.glob("*.txt"))
    return _normal(" ".join(p.read_text(encoding="utf-8") for p in paths))


def _is_proper_name(fragment: str, literal: str) -> bool:
    """A gazetteer entry: every word capitalised in the source literal (a name or a title)."""
    words = [
        w
        for w in re.findall(r"[\w’'-]+", literal)
        if w.lower() not in {"of", "the", "and", "for", "al", "bin", "el"}
    ]
    return bool(words) and all(w[0].isupper() for w in words) and len(fragment) < 60


def test_no_rule_string_is_copied_from_the_articles() -> None:
    corpus = _articles()
    lifted = []
    for name, line, literal in _literals():
        for frag in _fragments(literal):
            if len(frag.split()) >= 4 and frag in corpus and not _is_proper_name(frag, literal):
                lifted.append(f"{name}:{line}: {frag!r}")
    assert not lifted, "strings copied from the articles:\n" + "\n".join(lifted)


def test_the_vocabulary_files_are_read() -> None:
    names = [name for name, _line, _lit in _literals()]
    assert {"actors.yaml", "lexicon.yaml", "verbs.yaml"} <= set(names)


@pytest.mark.skipif(not NEWS.is_dir(), reason=f"no news articles at {NEWS}")
def test_the_check_covers_the_news_articles() -> None:
    news = _normal(
        (NEWS / sorted(p.name for p in NEWS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    )
    phrase = " ".join(news.split()[20:25])
    assert phrase in _articles()


def test_the_check_catches_a_copied_phrase() -> None:
    corpus = _normal(
        (CORPUS / sorted(p.name for p in CORPUS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    )
    phrase = " ".join(corpus.split()[10:15])
    assert any(f in corpus and len(f.split()) >= 4 for f in _fragments(rf"\b{phrase}\b"))
