"""Rows printed three ways: a table for people, JSON or CSV for programs.

A command builds its rows once and hands them to :func:`emit` with a :class:`Columns`
description of its table; ``--format json`` prints the rows (or a richer record), ``--format
csv`` one line per row (or per flattened row), and the table says why it is empty when it is.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from rich.measure import Measurement
from rich.rule import Rule
from rich.table import Table

from accord.cli.app import console, print_json


class TableFormat(StrEnum):
    """How a command prints its rows: a table for people, JSON or CSV for programs."""

    table = "table"
    json = "json"
    csv = "csv"


@dataclass(frozen=True)
class Columns:
    """A table for people: its title, column headers and one row's cells."""

    title: str
    headers: Sequence[str]
    cells: Callable[[dict[str, Any]], Sequence[str]]
    empty_hint: bool = True  # an empty table says nothing in the store matches


def _cell(value: Any) -> str:
    """A CSV cell: lists joined by "; ", nested records as JSON, None as empty.

    >>> _cell(["a", "b"]), _cell({"k": 1}), _cell(None), _cell(3)
    ('a; b', '{"k": 1}', '', '3')
    """
    if value is None:
        return ""
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        return "; ".join(str(v) for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> None:
    """Rows as CSV on stdout, one column per key (the first row's keys unless given)."""
    columns = list(columns or (rows[0].keys() if rows else []))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])


def print_table(table: Table, empty_hint: bool = True) -> None:
    """The table, or a sentence saying why it is empty and what to do."""
    if table.row_count or not empty_hint:
        console.print(table)
    else:
        console.print(
            f"{table.title}: nothing to show. Nothing in the store matches; "
            "add articles with `accord ingest FILES` (or widen the filters).",
            soft_wrap=True,
        )


def emit(
    fmt: TableFormat,
    rows: Sequence[dict[str, Any]],
    columns: Columns,
    *,
    csv_columns: Sequence[str] | None = None,
    csv_rows: Sequence[dict[str, Any]] | None = None,
    record: Any = None,
) -> bool:
    """Print ``rows`` as ``fmt`` asks; True when it printed the table (for lines after it).

    JSON prints ``record`` when given (else the rows); CSV prints ``csv_rows`` when given
    (else the rows) with ``csv_columns`` (else the first row's keys).
    """
    if fmt is TableFormat.json:
        print_json(list(rows) if record is None else record)
        return False
    if fmt is TableFormat.csv:
        write_csv(rows if csv_rows is None else csv_rows, csv_columns)
        return False
    table = Table(title=columns.title)
    for header in columns.headers:
        # in a narrow terminal a word too long for its column (a quantity id, a file name) is
        # folded onto the next line, not cut off with an ellipsis: no cell loses characters
        table.add_column(header, overflow="fold")
    cells = [columns.cells(r) for r in rows]
    for row in cells:
        table.add_row(*row)
    if cells and _too_wide(table):
        print_cards(columns.title, columns.headers, cells)
    else:
        print_table(table, columns.empty_hint)
    return True


def _too_wide(table: Table) -> bool:
    """Whether the table's columns, with no word broken, need more than the terminal's width."""
    unbounded = console.options.update(max_width=1_000_000)
    return Measurement.get(console, unbounded, table).minimum > console.width


def print_cards(title: str | None, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Rows one under another, each its first cell over the others' header and value: what a
    table too wide for the terminal shows instead of folding every word (empty cells left out)."""
    if title:
        console.print(f"[bold]{title}[/] ({len(rows)})")
    for row in rows:
        console.print(Rule(str(row[0]), align="left", style="dim"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column(overflow="fold")
        for header, cell in zip(headers[1:], row[1:], strict=True):
            if str(cell).strip():
                grid.add_row(header, cell)
        console.print(grid)
