"""Tables for people in a narrow terminal: a cell may wrap, it never loses characters; a table
that cannot fit without breaking words is printed as one card per row."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from accord.cli import output
from accord.cli.output import Columns, TableFormat, emit


def _first_column(text: str) -> list[str]:
    """The first column's cells of a rich table as printed: fragments joined per row."""
    cells: list[str] = []
    for line in text.splitlines():
        if not line.startswith("│"):
            continue
        fragment = line.split("│")[1].strip()
        if line.split("│")[3].strip():  # a row starts where the one-character column has text
            cells.append(fragment)
        elif cells:
            cells[-1] += fragment
    return cells


ROWS = [
    {"quantity": "hostages_killed_in_captivity", "as_of": "2023-12-14", "n": "3"},
    {"quantity": "bodies_returned", "as_of": "2025-03-06", "n": "8"},
]
COLUMNS = Columns(
    "Ledger",
    ("quantity", "as of", "figures", "sources"),
    lambda r: (r["quantity"], r["as_of"], r["n"], "0123456789abcdef.txt, 2025-03-06"),
)


def _printed(width: int, monkeypatch: pytest.MonkeyPatch) -> str:
    console = Console(width=width, record=True, file=io.StringIO())
    monkeypatch.setattr(output, "console", console)
    assert emit(TableFormat.table, ROWS, COLUMNS)
    return console.export_text()


@pytest.mark.parametrize("width", [80, 200])
def test_a_table_that_fits_is_a_table_with_whole_cells(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _printed(width, monkeypatch)
    assert "…" not in text
    assert _first_column(text) == [r["quantity"] for r in ROWS]


@pytest.mark.parametrize("width", [40, 60])
def test_a_table_too_wide_is_printed_as_cards(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _printed(width, monkeypatch)
    assert "┃" not in text and "…" not in text
    lines = [line.rstrip() for line in text.splitlines()]
    assert lines[0] == "Ledger (2)"
    for r in ROWS:  # each row's first cell heads its card, the others follow by header
        head = next(i for i, line in enumerate(lines) if line.startswith(r["quantity"] + " "))
        card = " ".join(lines[head + 1 : head + 4])
        assert re.search(rf"as of +{r['as_of']} +figures +{r['n']} +sources", card)
    words = " ".join(text.split())  # a long cell wraps between words, never inside one
    assert words.count("0123456789abcdef.txt, 2025-03-06") == 2
