"""Tables for people in a narrow terminal: a cell may wrap, it never loses characters."""

from __future__ import annotations

import io

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


@pytest.mark.parametrize("width", [40, 60, 200])
def test_long_ids_are_folded_not_cut(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    console = Console(width=width, record=True, file=io.StringIO())
    monkeypatch.setattr(output, "console", console)
    rows = [
        {"quantity": "hostages_killed_in_captivity", "as_of": "2023-12-14", "n": "3"},
        {"quantity": "bodies_returned", "as_of": "2025-03-06", "n": "8"},
    ]
    columns = Columns(
        "Ledger",
        ("quantity", "as of", "figures", "sources"),
        lambda r: (r["quantity"], r["as_of"], r["n"], "0123456789abcdef.txt, 2025-03-06"),
    )
    assert emit(TableFormat.table, rows, columns)
    text = console.export_text()
    assert "…" not in text
    assert _first_column(text) == [r["quantity"] for r in rows]
