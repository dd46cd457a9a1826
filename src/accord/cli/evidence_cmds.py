"""``accord ingest``, ``ledger``, ``timeline``, ``evidence check`` and ``eval``.

Thin commands over :mod:`accord.evidence`: parse the options, call one
library function, render a table or JSON.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.text import Text

from accord.cli.app import OutputFormat, app, console, err_console, handle_errors, print_json
from accord.cli.complete import complete_scenario
from accord.cli.output import Columns, TableFormat, emit
from accord.validators import MAX_CHARS

if TYPE_CHECKING:  # a progress bar is loaded when a command shows one
    from rich.progress import Progress

PROGRESS_FROM = 20  # show a progress bar from this many files or documents on

evidence_app = typer.Typer(help="Compare the news with a scenario.", no_args_is_help=True)
eval_app = typer.Typer(help="Score accord against hand annotations.", no_args_is_help=True)
app.add_typer(evidence_app, name="evidence")
app.add_typer(eval_app, name="eval")

_FMT = typer.Option(OutputFormat.table, "--format", help="table or json")


# where a row's words come from, in its CSV line: the document and the characters in it
SPAN_COLUMNS = ("url", "doc", "start", "end")
SOURCE_COLUMNS = ("outlet", "published", *SPAN_COLUMNS)

_TFMT = typer.Option(TableFormat.table, "--format", help="table, json or csv")
_WORKERS = typer.Option(1, "--workers", min=1, help="processes (local) or CPUs (ray)")
_BACKEND = typer.Option("local", "--backend", help="local or ray")
_ADDRESS = typer.Option(
    None, "--address", help="Ray cluster address (HOST:PORT, ray://HOST:10001 or auto)"
)


def _progress(enabled: bool) -> Progress:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not enabled,
        transient=True,
    )


@app.command("ingest")
@handle_errors
def ingest_cmd(
    paths: list[str] = typer.Argument(
        ...,
        help="files or folders (.txt, .html, .jsonl), or web addresses of pages and RSS/Atom feeds",
    ),
    extract: bool = typer.Option(True, "--extract/--no-extract", help="extract after storing"),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="let web addresses reach loopback or private networks"
    ),
    max_chars: int = typer.Option(
        MAX_CHARS,
        "--max-chars",
        min=1,
        help="extraction budget: longest document stored and extracted, in characters "
        "(~14 µs of CPU each; the default finishes in under 5 s on one core)",
    ),
    workers: int = _WORKERS,
    backend: str = _BACKEND,
    address: str | None = _ADDRESS,
    fmt: OutputFormat = _FMT,
) -> None:
    """Store documents (each once, by content) and extract claims, counts and events.

    A folder is read for article files only (.txt, .html, .jsonl); everything passed over is
    listed with the reason. A document longer than --max-chars is not stored: it is listed
    with its length and the option to raise, and the rest goes in; a re-run with a higher
    --max-chars stores and extracts it (the rest is recognised as stored). A web address is
    fetched (a feed: every item it links to); the store remembers each address, so a re-run
    adds only new items. Exit code 0 when documents were read, 3 when none was (every file
    skipped, broken or too long), 2 on a usage error.
    """
    from accord.evidence.ingest import walk
    from accord.execution import check_backend
    from accord.services.feeds import is_url
    from accord.services.ingest import extract_pending, ingest
    from accord.store.documents import DocumentStore

    if extract:
        check_backend(backend, workers, address)  # before anything is stored

    urls = [p for p in paths if is_url(p)]
    files = [Path(p) for p in paths if not is_url(p)]
    n_files = len(walk(files)) if files else 0
    show = fmt is OutputFormat.table and n_files >= PROGRESS_FROM
    report = None
    fetched = None
    with DocumentStore() as store, _progress(show) as bar:
        if files:
            task = bar.add_task("ingesting", total=n_files)
            report = ingest(
                store, files, lambda k, n: bar.update(task, completed=k), max_chars=max_chars
            )
        if urls:
            from accord.services.feeds import ingest_urls

            fetched = ingest_urls(urls, store, allow_private=allow_private, max_chars=max_chars)
        extracted = 0
        if extract:
            todo = len(store.missing_extractions(_version()))
            etask = bar.add_task("extracting", total=todo)
            extracted = extract_pending(
                store, workers, backend, lambda n: bar.advance(etask, n), address=address
            )
    if fmt is OutputFormat.json:
        out = report.to_dict() if report is not None else {}
        if fetched is not None:
            out["web"] = fetched.to_dict()
        print_json({**out, "extracted": extracted})
    else:
        if report is not None:
            console.print(
                f"added {len(report.added)} document(s), {len(report.duplicates)} already "
                f"stored, {len(report.failed)} failed, {len(report.skipped)} skipped, "
                f"{len(report.too_long)} too long; extracted {extracted}"
            )
            # file names and reasons are untrusted text: printed as plain text, never as markup
            for _path, reason in report.failed:
                console.print(Text.assemble(("failed ", "yellow"), reason), highlight=False)
            for *_, reason in report.too_long:
                console.print(Text.assemble(("too long ", "yellow"), reason), highlight=False)
            for path, reason in report.skipped:
                console.print(
                    Text.assemble(("skipped ", "dim"), f"{path}: {reason}"), highlight=False
                )
            for warning in report.warnings:
                console.print(Text.assemble(("warning ", "yellow"), warning), highlight=False)
        if fetched is not None:
            console.print(
                f"web: added {len(fetched.added)} page(s), {len(fetched.known)} seen before, "
                f"{len(fetched.duplicates)} duplicate text(s), {len(fetched.feeds)} feed(s) read, "
                f"{len(fetched.failed)} failed; extracted {extracted}"
            )
            for url, reason in fetched.failed:
                console.print(
                    Text.assemble(("failed ", "yellow"), f"{url}: {reason}"), highlight=False
                )
    anything = (report is not None and report.ingested_anything) or (
        fetched is not None and bool(fetched.added or fetched.duplicates or fetched.known)
    )
    if not anything:
        err_console.print(
            "nothing was ingested from " + ", ".join(paths), markup=False, highlight=False
        )
        raise typer.Exit(3)


def _version() -> str:
    from accord.evidence.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def _extractions(workers: int = 1, backend: str = "local") -> list:
    return _stored(workers, backend)[0]


def _stored(workers: int = 1, backend: str = "local", reviewed: bool = True) -> tuple[list, dict]:
    """The stored extractions (their claims, counts and events as readers reviewed them, unless
    ``reviewed`` is False) and each document's source (outlet, date, URL)."""
    from accord.evidence.tables import sources_of
    from accord.services.ingest import stored_extractions
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        extractions = stored_extractions(store, workers, backend, reviewed=reviewed)
        return extractions, sources_of(store.documents(), extractions)


def _cite(row: dict[str, Any]) -> str:
    """The source as a reader cites it: outlet, date, link (or the document name)."""
    where = ", ".join(
        x for x in (row.get("outlet") or row["doc"], row.get("published") or "undated") if x
    )
    return where + (f" <{row['url']}>" if row.get("url") else "")


@app.command("ledger")
@handle_errors
def ledger_cmd(
    quantity: str | None = typer.Option(
        None, help="only this quantity (a vocabulary count quantity)"
    ),
    reviewed: bool = typer.Option(
        False,
        "--reviewed",
        help="the figures as reviewed (`accord review counts`): wrong ones out, corrections "
        "applied, added ones in",
    ),
    fmt: TableFormat = _TFMT,
) -> None:
    """Each counted quantity by the date it refers to, every source's figure, disagreements
    flagged. CSV gives one line per source's figure."""
    from accord.evidence.tables import ledger_of

    extractions, sources = _stored(reviewed=reviewed)
    rows = ledger_of(extractions, quantity, sources)

    def cells(r: dict[str, Any]) -> list[str]:
        figures = ", ".join(("~" if s["approx"] else "") + f"{s['value']:,}" for s in r["sources"])
        return [
            r["quantity"] + (f" ({r['label']})" if r["label"] else ""),
            r["as_of"] or "—",
            r["mode"],
            figures,
            "; ".join(sorted({_cite(s) for s in r["sources"]})),
            "[bold red]yes[/]" if r["disagreement"] else "",
        ]

    # CSV: one line per source's figure
    flat = [
        {k: v for k, v in r.items() if k not in ("sources", "values")} | s
        for r in rows
        for s in r["sources"]
    ]
    emit(
        fmt,
        rows,
        Columns(
            "Counts ledger" + (" as reviewed" if reviewed else ""),
            ("quantity", "as of", "mode", "figures", "sources", "disagree"),
            cells,
        ),
        csv_rows=flat,
        csv_columns=(
            "quantity",
            "label",
            "as_of",
            "mode",
            "value",
            "approx",
            "disagreement",
            *SOURCE_COLUMNS,
            "text",
        ),
    )


@app.command("timeline")
@handle_errors
def timeline_cmd(
    undated: bool = typer.Option(False, "--undated", help="also list events with no date"),
    reviewed: bool = typer.Option(
        False,
        "--reviewed",
        help="the events as reviewed (`accord review events`): wrong ones out, corrections "
        "applied, added ones in",
    ),
    fmt: TableFormat = _TFMT,
) -> None:
    """Events in date order, each with its source sentence, outlet, date and link."""
    from accord.evidence.tables import timeline_rows

    extractions, sources = _stored(reviewed=reviewed)
    rows = timeline_rows(extractions, undated, sources)

    def cells(r: dict[str, Any]) -> list[str]:
        return [
            r["date"] or "—",
            r["type"],
            r["location"] or "",
            ", ".join(r["actors"]),
            _cite(r),
            r["evidence"][:90],
        ]

    emit(
        fmt,
        rows,
        Columns(
            "Timeline as reviewed" if reviewed else "Timeline",
            ("date", "type", "where", "actors", "source", "evidence"),
            cells,
        ),
        csv_columns=[
            "date",
            "type",
            "mode",
            "date_text",
            "location",
            "actors",
            *SOURCE_COLUMNS,
            "evidence",
        ],
    )


@evidence_app.command("check")
@handle_errors
def check_cmd(
    scenario: str = typer.Argument(
        ..., help="scenario file or built-in id", autocompletion=complete_scenario
    ),
    as_of: str | None = typer.Option(
        None,
        "--as-of",
        help="read documents published on or "
        "before this day (YYYY-MM-DD; default: the scenario's date)",
    ),
    fmt: TableFormat = _TFMT,
) -> None:
    """Per position of SCENARIO: supporting and contradicting evidence; unmodelled positions.

    Only documents published on or before the scenario's date are read (``--as-of`` to change).
    CSV gives one line per claim, with its verdict.
    """
    from accord.errors import InputError
    from accord.evidence.link import check_scenario
    from accord.scenarios import load_scenario

    day = None
    if as_of is not None:
        try:
            day = dt.date.fromisoformat(as_of)
        except ValueError:
            raise InputError(f"--as-of {as_of!r}: write a day as YYYY-MM-DD") from None
    extractions, sources = _stored()
    report = check_scenario(load_scenario(scenario), extractions, day, sources)
    # CSV: one line per claim, with its verdict
    lines = [
        {"party": p["party"], "issue": p["issue"], "modelled": p["modelled"], "verdict": v, **c}
        for p in report["positions"]
        for v in ("supporting", "contradicting")
        for c in p[v]
    ]
    lines += [
        {"party": u["actor"], "issue": u["issue"], "modelled": "", "verdict": "unmodelled", **u}
        for u in report["unmodelled"]
    ]
    columns = Columns(
        f"Evidence for the positions of {report['scenario']} "
        f"(documents to {report['as_of'] or 'any date'})",
        ("party", "issue", "modelled", "supporting", "contradicting"),
        lambda p: [
            p["party"],
            p["issue"],
            p["modelled"],
            str(len(p["supporting"])),
            str(len(p["contradicting"])),
        ],
        empty_hint=False,
    )
    csv_columns = (
        "party",
        "issue",
        "modelled",
        "verdict",
        "stance",
        "value",
        "mode",
        "speaker",
        *SOURCE_COLUMNS,
        "evidence",
    )
    if not emit(
        fmt, report["positions"], columns, csv_rows=lines, csv_columns=csv_columns, record=report
    ):
        return
    left = report["excluded"]
    if left["after"] or left["undated"]:
        console.print(
            f"left out: {len(left['after'])} document(s) published after "
            f"{report['as_of']}, {len(left['undated'])} with no known date"
        )
    if report["unmodelled"]:
        console.print("[bold]Stated in the news, not modelled:[/]")
        for u in report["unmodelled"]:
            console.print(
                f"  {u['actor']} {u['stance']} {u['issue']} — {_cite(u)}: {u['evidence'][:90]}",
                highlight=False,
            )
    unread = report["unread_statements"]
    if unread:
        console.print(
            "Statements that gave no claim (not weighed above; `accord statements --unread "
            "--actor PARTY` lists them): "
            + ", ".join(f"{party} {n}" for party, n in unread.items()),
            highlight=False,
        )


@eval_app.command("extraction")
@handle_errors
def eval_extraction_cmd(
    gold: Path = typer.Option(..., "--gold", help="folder of gold JSON files"),
    docs: Path | None = typer.Option(
        None,
        "--docs",
        help="folder of the documents or a JSON Lines file of them (default: the store)",
    ),
    split: list[str] = typer.Option(
        [],
        "--split",
        help="score a part on its own: NAME=PREFIX,"
        "PREFIX (document id prefixes) or NAME=FILE (ids, one a "
        "line); repeatable",
    ),
    without_published: bool = typer.Option(
        False,
        "--without-published",
        help="ignore the documents' metadata dates: infer them from the text",
    ),
    resamples: int = typer.Option(
        1000,
        "--resamples",
        min=0,
        help="bootstrap resamples of the documents for the 95 % intervals; 0: none",
    ),
    seed: int = typer.Option(
        0, "--seed", help="seed of the resampling (same seed, same intervals)"
    ),
    errors: bool = typer.Option(
        False,
        "--errors",
        help="count the unmatched items of each kind by their nearest cause (counts only)",
    ),
    list_items: bool = typer.Option(
        False,
        "--list",
        help="with --errors: also print each unmatched item WITH ITS TEXT (document, words, "
        "cause); for your own data, not for a set that must stay unread",
    ),
    workers: int = _WORKERS,
    backend: str = _BACKEND,
    address: str | None = _ADDRESS,
    fmt: TableFormat = _TFMT,
) -> None:
    """Precision, recall and F1 of claims, counts, events and publication dates, and speaker
    accuracy, with 95 % intervals from resampling the documents; per split when asked, and
    with --errors what kind the misses are."""
    from accord.cli.eval_view import print_evaluation
    from accord.errors import InputError
    from accord.evidence.scoring import parse_split
    from accord.services.ingest import evaluate

    if list_items and not errors:
        raise InputError("--list prints the items of --errors: give both")
    parts = [parse_split(s) for s in split]
    result = evaluate(
        gold,
        docs,
        workers=workers,
        backend=backend,
        splits=parts,
        without_published=without_published,
        address=address,
        resamples=resamples,
        seed=seed,
        errors=errors,
        items=list_items,
    )
    print_evaluation(fmt, result, f"Extraction scored against {gold}")
