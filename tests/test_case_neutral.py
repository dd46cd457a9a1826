"""The engine knows no case: no identifier or word of the flagship negotiation appears in the
code, comments or docstrings of ``src/accord``. Case words live in data files only: the built-in
scenario files (``scenarios/builtin/*.yaml``), draft frames (``scenarios/frames/*.yaml``) and the
evidence vocabulary (``evidence/data/*.yaml``), none of which this test reads."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "accord"
SUFFIXES = (".py", ".js", ".html", ".j2", ".css")
# The evidence package (src/accord/evidence/**/*.py) is being made case-neutral by a parallel
# change (its vocabulary moves to evidence/data/); the integrator drops this exclusion once
# both have landed.
EXCLUDED = (SRC / "evidence",)
FLAGSHIP = re.compile(
    r"hostage|prisoner|captiv|detainee|gaza|hamas|israel|\bidf\b|qatar|egypt|ceasefire|"
    r"cease-fire|rafah|netanyahu|sinwar|hezbollah|palestin|bodies_return|\btruce",
    re.I,
)


def code_files() -> list[Path]:
    return sorted(
        p
        for p in SRC.rglob("*")
        if p.is_file()
        and p.name.endswith(SUFFIXES)
        and not any(p.is_relative_to(x) for x in EXCLUDED)
    )


def test_the_scan_reads_the_engine() -> None:
    names = {p.relative_to(SRC).as_posix() for p in code_files()}
    assert {"simulate/kernel.py", "simulate/space.py", "web/static/js/words.js"} <= names
    assert not any(n.startswith("evidence/") for n in names)
    assert len(names) > 100


def test_no_flagship_word_in_the_code() -> None:
    hits = []
    for path in code_files():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for m in FLAGSHIP.finditer(line):
                hits.append(f"{path.relative_to(SRC)}:{n}: {m.group(0)!r} in {line.strip()[:90]}")
    assert hits == [], "flagship-case words in the engine:\n" + "\n".join(hits)
