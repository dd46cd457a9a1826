"""How `accord eval extraction` prints its figures: the scores with their intervals, the
error profile, and (asked for by name) the unmatched items themselves.

Table: one row per (part, kind) with the F1's 95 % interval, a footnote saying what the
interval resamples; ``--errors`` adds a table of the unmatched items by cause, one row per
(part, kind, side). JSON: the evaluation's record (``intervals``, ``errors`` and
``error_items`` added to it when computed). CSV: the score rows, then with ``--errors`` one
row per (part, kind, side, category) in the columns ``side``, ``category``, ``items``
(empty on the score rows), and with ``--list`` one per item (``doc``, ``evidence``).
"""

from __future__ import annotations

from typing import Any

from rich.table import Table

from accord.cli.app import console
from accord.cli.output import Columns, TableFormat, emit

SCORE_COLUMNS = (
    "part",
    "kind",
    "precision",
    "recall",
    "f1",
    "extracted",
    "gold",
    "matched",
    "f1_low",
    "f1_high",
)
ERROR_COLUMNS = ("side", "category", "items")
ITEM_COLUMNS = ("doc", "evidence")
SIDE_NAMES = {"gold": "missed gold", "extracted": "extra extracted"}


def interval_cell(row: dict[str, Any]) -> str:
    """``0.38–0.56``, or a dash when no interval was computed.

    >>> interval_cell({"f1_low": 0.375, "f1_high": 0.5612}), interval_cell({"f1_low": None})
    ('0.38–0.56', '—')
    """
    low, high = row.get("f1_low"), row.get("f1_high")
    return "—" if low is None or high is None else f"{low:.2f}–{high:.2f}"


def parts(result: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [("all", result), *result.get("splits", {}).items()]


def error_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The error profile as flat rows: one per (part, kind, side, category), in the order
    the categories are tried."""
    rows = []
    for part, res in parts(result):
        for kind, sides in res.get("errors", {}).items():
            for side, categories in sides.items():
                for category, n in categories.items():
                    rows.append(
                        {"part": part, "kind": kind, "side": side, "category": category, "items": n}
                    )
    return rows


def item_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The unmatched items of all the documents (part "all"), with their words."""
    return [
        {
            "part": "all",
            "kind": i["kind"],
            "side": i["side"],
            "category": i["category"],
            "doc": i["doc"],
            "evidence": i["evidence"],
        }
        for i in result.get("error_items", [])
    ]


HEADERS = (
    "part",
    "kind",
    "precision",
    "recall",
    "F1",
    "F1 95 % interval",
    "extracted",
    "gold",
    "matched",
)


# short headers, so the table fits 80 columns; the caption spells them out
SHORT = {"precision": "P", "recall": "R", "extracted": "ext.", "matched": "match"}
CAPTION = "P precision, R recall, ext. extracted, match matched to gold"


def _cells(r: dict[str, Any]) -> list[str]:
    return [
        r["part"],
        r["kind"],
        f"{r['precision']:.3f}",
        f"{r['recall']:.3f}",
        f"{r['f1']:.3f}",
        interval_cell(r),
        str(r["extracted"]),
        str(r["gold"]),
        str(r["matched"]),
    ]


def print_evaluation(fmt: TableFormat, result: dict[str, Any], title: str) -> None:
    """The scores of :func:`accord.evidence.scoring.evaluate` as ``fmt`` asks (see the
    module's docstring)."""
    from accord.evidence.score_table import score_rows

    rows = score_rows(result)
    errors, items = error_rows(result), item_rows(result)
    columns = Columns(title, HEADERS, _cells, empty_hint=False)
    csv_columns = list(SCORE_COLUMNS)
    if errors:
        csv_columns += ERROR_COLUMNS
    if items:
        csv_columns += ITEM_COLUMNS
    if fmt is not TableFormat.table:
        emit(
            fmt,
            rows,
            columns,
            csv_rows=rows + errors + items,
            csv_columns=csv_columns,
            record=result,
        )
        return
    table = Table(title=title, show_edge=False, caption=CAPTION)
    for header in HEADERS:  # the interval keeps its width (9): the other columns give way
        table.add_column(
            SHORT.get(header, header),  # figures' headers shortened: the caption says how
            min_width=9 if "interval" in header else None,
            justify="left" if header in ("part", "kind") or "interval" in header else "right",
            overflow="fold",
        )
    for r in rows:
        table.add_row(*_cells(r))
    console.print(table)
    about = result.get("interval")
    if about:
        console.print(
            f"The interval resamples documents ({about['method']}, {about['resamples']} "
            f"resamples, seed {about['seed']}; each part its own): it says how much the figure "
            "depends on which documents were annotated, so the fewer the documents "
            f"({result['documents']} here), the wider it is. Speaker accuracy's interval is "
            "that of the accuracy.",
            highlight=False,
        )
    for part, res in parts(result):
        attrs = ", ".join(f"{k} {v:.2f}" for k, v in res["attributes"].items() if v is not None)
        console.print(f"{part}: attribute accuracy over matched items: {attrs}", highlight=False)
    if errors:
        _print_errors(result)
    if items:
        _print_items(items)


def _print_errors(result: dict[str, Any]) -> None:
    table = Table(
        title="Unmatched items by nearest cause",
        caption="each item counted once, under the first cause that applies, in the order "
        "shown (docs/evidence.md, 'Reading the evaluation')",
    )
    for header in ("part", "kind", "side", "unmatched", "by cause"):
        table.add_column(header)
    for part, res in parts(result):
        for kind, sides in res.get("errors", {}).items():
            for side, categories in sides.items():
                causes = "; ".join(f"{c} {n}" for c, n in categories.items() if n)
                table.add_row(
                    part, kind, SIDE_NAMES[side], str(sum(categories.values())), causes or "—"
                )
    console.print(table)


def _print_items(items: list[dict[str, Any]]) -> None:
    table = Table(title="Unmatched items (their words)")
    for header in ("doc", "kind", "side", "category", "evidence"):
        table.add_column(header)
    for i in items:
        table.add_row(i["doc"], i["kind"], SIDE_NAMES[i["side"]], i["category"], i["evidence"])
    console.print(table)
