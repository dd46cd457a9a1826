"""``accord ingest``, ``ledger``, ``timeline``, ``claims``, ``evidence check`` and ``eval``.

Thin commands over :mod:`accord.evidence`: parse the options, call one
library function, render a table or JSON.
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from accord.cli.app import OutputFormat, app, console, err_console, handle_errors, print_json

PROGRESS_FROM = 20  # show a progress bar from this many files or documents on

evidence_app = typer.Typer(help="Compare the news with a scenario.", no_args_is_help=True)
eval_app = typer.Typer(help="Score accord against hand annotations.", no_args_is_help=True)
app.add_typer(evidence_app, name="evidence")
app.add_typer(eval_app, name="eval")

_FMT = typer.Option(OutputFormat.table, "--format", help="table or json")
_WORKERS = typer.Option(1, "--workers", min=1, help="parallel workers (needs --backend ray)")
_BACKEND = typer.Option("local", "--backend", help="local (one core) or ray")


def _progress(enabled: bool) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), console=console, disable=not enabled, transient=True)


@app.command("ingest")
@handle_errors
def ingest_cmd(
    paths: list[Path] = typer.Argument(..., help="files or folders: .txt, .html, .jsonl"),
    extract: bool = typer.Option(True, "--extract/--no-extract", help="extract after storing"),
    workers: int = _WORKERS,
    backend: str = _BACKEND,
    fmt: OutputFormat = _FMT,
) -> None:
    """Store documents (each once, by content) and extract claims, counts and events.

    A folder is read for article files only (.txt, .html, .jsonl); everything passed over is
    listed with the reason. Exit code 0 when documents were read, 3 when none was (every
    file skipped or broken), 2 on a usage error.
    """
    from accord.evidence.ingest import walk
    from accord.evidence.pipeline import extract_pending, ingest
    from accord.store.documents import DocumentStore

    n_files = len(walk(paths))
    show = fmt is OutputFormat.table and n_files >= PROGRESS_FROM
    with DocumentStore() as store, _progress(show) as bar:
        task = bar.add_task("ingesting", total=n_files)
        report = ingest(paths, store, lambda k, n: bar.update(task, completed=k))
        extracted = 0
        if extract:
            todo = len(store.missing_extractions(_version()))
            etask = bar.add_task("extracting", total=todo)
            extracted = extract_pending(store, workers, backend,
                                        lambda n: bar.advance(etask, n))
    if fmt is OutputFormat.json:
        print_json({**report.to_dict(), "extracted": extracted})
    else:
        console.print(f"added {len(report.added)} document(s), {len(report.duplicates)} already "
                      f"stored, {len(report.failed)} failed, {len(report.skipped)} skipped; "
                      f"extracted {extracted}")
        # file names and reasons are untrusted text: printed as plain text, never as markup
        for _path, reason in report.failed:
            console.print(Text.assemble(("failed ", "yellow"), reason), highlight=False)
        for path, reason in report.skipped:
            console.print(Text.assemble(("skipped ", "dim"), f"{path}: {reason}"), highlight=False)
        for warning in report.warnings:
            console.print(Text.assemble(("warning ", "yellow"), warning), highlight=False)
    if not report.ingested_anything:
        err_console.print("nothing was ingested: no readable article file in "
                          + ", ".join(str(p) for p in paths), markup=False, highlight=False)
        raise typer.Exit(3)


def _version() -> str:
    from accord.evidence.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def _extractions(workers: int = 1, backend: str = "local") -> list:
    from accord.evidence.pipeline import stored_extractions
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        return stored_extractions(store, workers, backend)


@app.command("ledger")
@handle_errors
def ledger_cmd(
    quantity: str | None = typer.Option(None, help="only this quantity, e.g. hostages_taken"),
    fmt: OutputFormat = _FMT,
) -> None:
    """Each counted quantity over time, every source's figure, disagreements flagged."""
    from accord.evidence.ledger import ledger_of

    rows = ledger_of(_extractions(), quantity)
    if fmt is OutputFormat.json:
        print_json(rows)
        return
    table = Table(title="Counts ledger")
    for col in ("quantity", "as of", "figures", "sources", "disagree"):
        table.add_column(col)
    for r in rows:
        name = r["quantity"] + (f" ({r['label']})" if r["label"] else "")
        figures = ", ".join(("~" if s["approx"] else "") + f"{s['value']:,}" for s in r["sources"])
        docs = ", ".join(sorted({s["doc"] for s in r["sources"]}))
        table.add_row(name, r["as_of"] or "—", figures, docs,
                      "[bold red]yes[/]" if r["disagreement"] else "")
    console.print(table)


@app.command("timeline")
@handle_errors
def timeline_cmd(
    undated: bool = typer.Option(False, "--undated", help="also list events with no date"),
    fmt: OutputFormat = _FMT,
) -> None:
    """Events in date order, each with its source sentence."""
    from accord.evidence.ledger import timeline

    events = timeline(_extractions(), undated)
    if fmt is OutputFormat.json:
        print_json([{"type": e.type, "date": e.date, "date_text": e.date_text,
                     "location": e.location, "actors": e.actors, "doc": e.evidence.doc,
                     "start": e.evidence.start, "end": e.evidence.end,
                     "evidence": e.evidence.text} for e in events])
        return
    table = Table(title="Timeline")
    for col in ("date", "type", "where", "actors", "source"):
        table.add_column(col)
    for e in events:
        table.add_row(e.date or "—", e.type, e.location or "", ", ".join(e.actors),
                      f"{e.evidence.doc}: {e.evidence.text[:90]}")
    console.print(table)


@app.command("claims")
@handle_errors
def claims_cmd(
    actor: str | None = typer.Option(None, help="actor id, e.g. hamas"),
    issue: str | None = typer.Option(None, help="issue id, e.g. ceasefire"),
    stance: str | None = typer.Option(None, help="demand, offer, accept, reject, condition, threat"),
    fmt: OutputFormat = _FMT,
) -> None:
    """Positions stated in the news, with the words and the source."""
    from accord.evidence.ledger import claims

    rows = claims(_extractions(), actor, issue, stance)
    if fmt is OutputFormat.json:
        print_json([{"actor": c.actor, "speaker": c.speaker, "description": c.description,
                     "issue": c.issue, "stance": c.stance, "value": c.value, "published": pub,
                     "doc": c.evidence.doc, "start": c.evidence.start, "end": c.evidence.end,
                     "evidence": c.evidence.text} for c, pub in rows])
        return
    table = Table(title="Claims")
    for col in ("date", "actor", "speaker", "issue", "stance", "source"):
        table.add_column(col)
    for c, pub in rows:
        table.add_row(pub or "—", c.actor, c.speaker or c.description or "", c.issue, c.stance,
                      f"{c.evidence.doc}: {c.evidence.text[:90]}")
    console.print(table)


@evidence_app.command("check")
@handle_errors
def check_cmd(
    scenario: str = typer.Argument(..., help="scenario file or built-in id"),
    fmt: OutputFormat = _FMT,
) -> None:
    """Per position of SCENARIO: supporting and contradicting evidence; unmodelled positions."""
    from accord.evidence.link import check_scenario
    from accord.scenarios import load_scenario

    report = check_scenario(load_scenario(scenario), _extractions())
    if fmt is OutputFormat.json:
        print_json(report)
        return
    table = Table(title=f"Evidence for the positions of {report['scenario']}")
    for col in ("party", "issue", "modelled", "supporting", "contradicting"):
        table.add_column(col)
    for p in report["positions"]:
        table.add_row(p["party"], p["issue"], p["modelled"], str(len(p["supporting"])),
                      str(len(p["contradicting"])))
    console.print(table)
    if report["unmodelled"]:
        console.print("[bold]Stated in the news, not modelled:[/]")
        for u in report["unmodelled"]:
            console.print(f"  {u['actor']} {u['stance']} {u['issue']} — {u['doc']}: "
                          f"{u['evidence'][:90]}", highlight=False)


@eval_app.command("extraction")
@handle_errors
def eval_extraction_cmd(
    gold: Path = typer.Option(..., "--gold", help="folder of gold JSON files"),
    docs: Path | None = typer.Option(None, "--docs", help="folder of the documents (default: "
                                     "the store)"),
    workers: int = _WORKERS,
    backend: str = _BACKEND,
    fmt: OutputFormat = _FMT,
) -> None:
    """Precision, recall and F1 of claims, counts, events and publication dates."""
    from accord.evidence.scoring import KINDS, evaluate

    result = evaluate(gold, docs, workers, backend)
    if fmt is OutputFormat.json:
        print_json({k: result[k] for k in KINDS})
        return
    table = Table(title=f"Extraction scored against {gold}")
    for col in ("kind", "precision", "recall", "F1", "extracted", "gold", "matched"):
        table.add_column(col)
    for k in KINDS:
        r, s = result[k], result["support"][k]
        table.add_row(k, f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}",
                      str(s["extracted"]), str(s["gold"]), str(s["matched"]))
    console.print(table)
    attrs = ", ".join(f"{k} {v:.2f}" for k, v in result["attributes"].items() if v is not None)
    console.print(f"attribute accuracy over matched items: {attrs}")
