"""Rich rendering of an :class:`~accord.analysis.Analysis` for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from accord.analysis import Analysis


def _terms(terms: dict) -> str:
    parts = []
    for k, v in terms.items():
        if isinstance(v, dict):
            v = ", ".join(f"{c} {n:g}" for c, n in v.items())
        parts.append(f"{k}: {v}")
    return "; ".join(parts)


def render_analysis(console: Console, a: Analysis) -> None:
    d = a.to_dict()
    parties = d["parties"]
    s = a.scenario
    console.print(Panel.fit(f"[bold]{s.title}[/]\n{s.id} · {s.date.isoformat()}"
                            + (f"\nrelaxed: {', '.join(a.relaxed)}" if a.relaxed else ""), title="accord analyze"))

    t = Table(title="Tabled proposals: expected utility under defection risk (fallback)")
    t.add_column("proposal")
    for p in parties:
        t.add_column(p, justify="right")
    t.add_column("all phases carried out", justify="right")
    t.add_column("reported responses")
    for prop in d["proposals"]:
        cells = []
        for p in parties:
            v = prop["parties"][p]
            mark = "[green]✓[/]" if v["acceptable"] else "[red]✗[/]"
            crossed = f" crosses {', '.join(v['red_lines_crossed'])}" if v["red_lines_crossed"] else ""
            cells.append(f"{mark} {v['expected_utility']:.3f} ({v['fallback']:.2f}){crossed}")
        resp = "; ".join(f"{k}: {v}" for k, v in prop["reported_responses"].items())
        t.add_row(prop["title"], *cells, f"{prop['completion_probability']:.0%}", resp)
    console.print(t)

    for prop in d["proposals"]:
        if len(prop["phases"]) > 1:
            pt = Table(title=f"{prop['title']}: chance of honouring each phase boundary", show_lines=False)
            pt.add_column("boundary")
            for p in parties:
                pt.add_column(p, justify="right")
            pt.add_column("next phase starts", justify="right")
            for b, prob in enumerate(prop["phase_proceed_probability"]):
                name = f"{prop['phases'][b]['name']} → {prop['phases'][b + 1]['name']}"
                pt.add_row(name, *[f"{prop['parties'][p]['honour_probability'][b]:.0%}" for p in parties], f"{prob:.0%}")
            console.print(pt)

    space = d["agreement_space"]
    if space["zone_exists"]:
        console.print(f"[green]Zone of agreement:[/] {space['zone_size']:,} of {space['packages']:,} packages "
                      f"({space['zone_share']:.2%}) satisfy every red line and fallback.")
        st = Table(title="Bargaining solutions within the zone")
        st.add_column("solution")
        for p in parties:
            st.add_column(p, justify="right")
        st.add_column("template")
        st.add_column("final terms")
        for name, sol in d["solutions"].items():
            if sol is None:
                continue
            st.add_row(name, *[f"{sol['parties'][p]['expected_utility']:.3f}" for p in parties],
                       sol["template"], _terms(sol["phases"][-1]["terms"]))
        console.print(st)
    else:
        console.print(f"[red]No zone of agreement:[/] none of {space['packages']:,} packages satisfies every red line and fallback.")
        for c in d["conflicts"]:
            lines = " vs ".join(f"{p} (red line: {r})" for p, r in c["red_lines"].items())
            console.print(f"  conflicting red lines on [bold]{c['issue']}[/]: {lines}")
        dt = Table(title="Deadlock diagnosis: smallest relaxations that open a zone")
        dt.add_column("relax")
        dt.add_column("packages opened", justify="right")
        dt.add_column("who gives what up")
        for r in d["diagnosis"] or []:
            dt.add_row(", ".join(r["relax"]), f"{r['packages_opened']:,}", "\n".join(r["concessions"]))
        console.print(dt)
    rec = d["recommendation"]
    if rec:
        pkg = rec["package"]
        gains = ", ".join(f"{p} {g:+.3f}" for p, g in rec["gain_over_fallback"].items())
        console.print(Panel(
            f"{rec['basis']}\n"
            + (f"requires relaxing: {', '.join(rec['requires_relaxing'])}\n" if rec["requires_relaxing"] else "")
            + "\n".join(f"[bold]{ph['name']}[/]: {_terms(ph['terms'])}" for ph in pkg["phases"])
            + f"\ngain over fallback: {gains}; chance all phases are carried out: {pkg['completion_probability']:.0%}",
            title="Mediator's recommendation"))
    console.print(f"[dim]{space['packages']:,} packages analysed in {d['seconds']:.2f} s[/]")
