"""The extraction code knows no case (issue 11): no word of the flagship negotiation in
``src/accord/evidence/**/*.py`` — code, comments and docstrings alike. Actors, people held,
places and dates live in the vocabulary files of ``evidence/data`` (validated at load), and
comments use invented examples ("Ruritania", "the union", "abductees")."""

from __future__ import annotations

import re
from pathlib import Path

import accord.evidence

PACKAGE = Path(accord.evidence.__file__).parent
# word stems of the flagship case: parties, people held, places, officials
CASE_WORDS = (
    "hostage",
    "prisoner",
    "captive",
    "detainee",
    "gaza",
    "hamas",
    "israel",
    "palestin",
    "ceasefire",
    "cease-fire",
    "qatar",
    "egypt",
    "rafah",
    "netanyahu",
    "idf",
    "sinwar",
    "hezbollah",
    "doha",
    "cairo",
    "jerusalem",
    "witkoff",
    "biden",
    "trump",
)
_PATTERN = re.compile(r"(?<![a-z])(" + "|".join(map(re.escape, CASE_WORDS)) + ")", re.I)


def case_words(text: str) -> list[tuple[int, str]]:
    """(line number, line) of each line holding a case word at the start of a word."""
    return [
        (n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if _PATTERN.search(line)
    ]


def test_the_scan_finds_case_words() -> None:
    assert case_words("x = 1\n# the Hostages were freed\nq = 'Qatari'") == [
        (2, "# the Hostages were freed"),
        (3, "q = 'Qatari'"),
    ]
    assert case_words("validate = True  # no case word inside 'candidate'") == []


def test_no_case_word_in_the_evidence_code() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent.parent)}:{n}: {line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for n, line in case_words(path.read_text(encoding="utf-8"))
    ]
    assert not found, "case words in the evidence code (move them to data/*.yaml):\n" + "\n".join(
        found
    )


def test_the_case_lives_in_the_data_files() -> None:
    # the knowledge moved out of the code is still there, in the validated vocabulary
    from accord.evidence import vocab
    from accord.evidence.count_vocab import QUANTITY_KEYS, vocabulary

    assert set(QUANTITY_KEYS) <= set(vocabulary().quantities)
    assert any(cls.truce for cls in vocab.verbs().events.values())
    assert vocab.actors().not_places
    data = "".join(p.read_text(encoding="utf-8") for p in (PACKAGE / "data").glob("*.yaml"))
    assert case_words(data)
