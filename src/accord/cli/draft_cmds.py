"""``accord draft``: a scenario snapshot drafted from the evidence store at a date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer
from rich.table import Table

from accord.cli.app import OutputFormat, app, console, handle_errors, print_json
from accord.errors import InputError


def _date(text: str) -> dt.date:
    if text == "today":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--as-of: '{text}' is not a date (YYYY-MM-DD or 'today')") from None


@app.command("draft")
@handle_errors
def draft_cmd(
    as_of: str = typer.Option(..., "--as-of", help="the snapshot's date: YYYY-MM-DD or 'today'"),
    output: Path | None = typer.Option(None, "-o", "--output", help="write the scenario YAML here"),
    frame: Path | None = typer.Option(
        None, "--frame", help="a draft frame YAML (default: built-in)"
    ),
    diff: Path | None = typer.Option(
        None, "--diff", help="an earlier scenario file: say what moved"
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """Draft a scenario from the documents in the store published on or before a date."""
    from accord.scenarios import load_scenario
    from accord.services.draft import draft_yaml
    from accord.services.draft_frame import load_frame
    from accord.services.drafts import diff_scenarios, draft_from_store
    from accord.store.documents import DocumentStore

    when = _date(as_of)
    with DocumentStore() as store:
        if store.count() == 0:
            raise InputError("the evidence store is empty: run `accord ingest FILES` first")
        d = draft_from_store(store, when, load_frame(frame))
    if output is not None:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(draft_yaml(d), encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
    changes = diff_scenarios(load_scenario(diff), d.scenario) if diff is not None else None
    if fmt is OutputFormat.json:
        print_json(
            {
                "scenario": d.scenario.id,
                "date": when.isoformat(),
                "output": str(output) if output else None,
                "documents_used": d.used,
                "documents_excluded": d.excluded,
                "notes": d.notes,
                "claims_per_issue": d.support,
                "proposals": [p.id for p in d.scenario.proposals],
                "ledger": len(d.scenario.ledger),
                "changes": changes,
            }
        )
        return
    if output is None:
        console.print(draft_yaml(d), markup=False, highlight=False, soft_wrap=True)
        return
    s = d.scenario
    console.print(
        f"[green]drafted[/] {s.id} → {output}: {len(d.used)} document(s) published by "
        f"{when} ({len(d.excluded)} later or undated left out), "
        f"{len(s.proposals)} tabled proposal(s), {len(s.ledger)} ledger figure(s)"
    )
    table = Table(title="Positions (ideal / red line; claims behind each)")
    table.add_column("issue")
    for party in d.support:
        table.add_column(s.party(party).name)
    for issue in s.issues:
        row = [issue.name or issue.id]
        for party in d.support:
            pos = s.position(party, issue.id)
            n = d.support[party].get(issue.id, 0)
            cell = (
                ""
                if pos is None
                else f"{pos.ideal}" + (f" / {pos.red_line}" if pos.red_line else "")
            )
            row.append(f"{cell} ({n} claim{'s' if n != 1 else ''})" if n else f"{cell} (assumed)")
        table.add_row(*row)
    console.print(table)
    for note in d.notes:
        console.print(f"note: {note}", markup=False)
    if changes is not None:
        figures = [c for c in changes if c["what"] == "new figure"]
        console.print(
            f"[bold]Since {diff}[/]: {len(changes) - len(figures)} change(s) of positions "
            f"and proposals, {len(figures)} new ledger figure(s) (see --format json)"
        )
        for c in changes:
            if c["what"] == "new figure":
                continue
            where = " ".join(x for x in (c["party"], c["issue"]) if x)
            spans = "; ".join(f"{r['doc']}:{r['start']}-{r['end']}" for r in c["spans"][:2])
            console.print(
                f"  {c['what']} {where}: {c['before']} → {c['after']}"
                + (f"  [{spans}]" if spans else ""),
                markup=False,
            )
