"""Rich rendering of an :class:`~accord.analysis.Analysis` for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from accord.analysis import Analysis
from accord.report.fmt import Names, number, pct, seconds, utility
from accord.report.words import concessions, conflict_sentence, solution_name


def _terms(names: Names, terms: dict) -> str:
    return "; ".join(f"{k}: {v}" for k, v in names.terms(terms))


def render_analysis(console: Console, a: Analysis) -> None:
    d = a.to_dict()
    parties = d["parties"]
    s = a.scenario
    names = Names(s)
    relaxed = ", ".join(names.constraint(x) for x in a.relaxed)
    console.print(
        Panel.fit(
            f"[bold]{escape(s.title)}[/]\n{s.id} · {s.date.isoformat()}"
            + (f"\nrelaxed: {escape(relaxed)}" if a.relaxed else ""),
            title="accord analyze",
        )
    )

    t = Table(title="Tabled proposals: expected utility under defection risk (fallback)")
    t.add_column("proposal")
    for p in parties:
        t.add_column(names.party(p), justify="right")
    t.add_column("all phases carried out", justify="right")
    t.add_column("reported responses")
    for prop in d["proposals"]:
        cells = []
        for p in parties:
            v = prop["parties"][p]
            mark = "[green]✓[/]" if v["acceptable"] else "[red]✗[/]"
            crossed = (
                f" crosses its red line on {', '.join(names.issue_in(i) for i in v['red_lines_crossed'])}"
                if v["red_lines_crossed"]
                else ""
            )
            cells.append(
                f"{mark} {utility(v['expected_utility'])} ({utility(v['fallback'])}){crossed}"
            )
        resp = "; ".join(f"{names.party(k)}: {v}" for k, v in prop["reported_responses"].items())
        t.add_row(escape(prop["title"]), *cells, pct(prop["completion_probability"]), escape(resp))
    if d["proposals"]:
        console.print(t)
    else:
        console.print("No proposal is tabled in this scenario, so there is nothing to score.")

    for prop in d["proposals"]:
        if len(prop["phases"]) > 1:
            pt = Table(
                title=f"{prop['title']}: chance of honouring each phase boundary", show_lines=False
            )
            pt.add_column("boundary")
            for p in parties:
                pt.add_column(names.party(p), justify="right")
            pt.add_column("next phase starts", justify="right")
            for b, prob in enumerate(prop["phase_proceed_probability"]):
                name = f"{prop['phases'][b]['name']} → {prop['phases'][b + 1]['name']}"
                pt.add_row(
                    escape(name),
                    *[pct(prop["parties"][p]["honour_probability"][b]) for p in parties],
                    pct(prob),
                )
            console.print(pt)

    space = d["agreement_space"]
    if space["zone_exists"]:
        console.print(
            f"[green]Zone of agreement:[/] {number(space['zone_size'])} of {number(space['packages'])} "
            f"packages ({pct(space['zone_share'])}) satisfy every red line and fallback."
        )
        st = Table(title="Bargaining solutions within the zone")
        st.add_column("solution")
        for p in parties:
            st.add_column(names.party(p), justify="right")
        st.add_column("phases")
        st.add_column("final terms")
        for name, sol in d["solutions"].items():
            if sol is None:
                continue
            label = d.get("solution_labels", {}).get(name) or solution_name(name)
            st.add_row(
                label,
                *[utility(sol["parties"][p]["expected_utility"]) for p in parties],
                str(len(sol["phases"])),
                escape(_terms(names, sol["phases"][-1]["terms"])),
            )
        console.print(st)
        dis = d["disagreement"]
        point = ", ".join(f"{p} {v:.4f}" for p, v in (dis["point"] or {}).items())
        console.print(
            f"Disagreement point ({dis['convention']}: {dis['rule']}): {point}", highlight=False
        )
    else:
        console.print(
            f"[red]No zone of agreement:[/] none of {number(space['packages'])} packages satisfies "
            "every red line and fallback."
        )
        for c in d["conflicts"]:
            console.print("  " + escape(conflict_sentence(c, names)))
        dt = Table(title="Deadlock diagnosis: smallest relaxations that open a zone")
        dt.add_column("relax")
        dt.add_column("packages opened", justify="right")
        dt.add_column("who gives what up")
        for r in d["diagnosis"] or []:
            dt.add_row(
                escape("\n".join(names.constraint(x) for x in r["relax"])),
                number(r["packages_opened"]),
                escape("\n".join(concessions(r, names))),
            )
        if not d["diagnosis"]:
            dt.add_row("no relaxation of up to the searched size opens a zone", "", "")
        console.print(dt)
    rec = d["recommendation"]
    if rec:
        pkg = rec["package"]
        gains = ", ".join(
            f"{names.party(p)} {utility(g, signed=True)}"
            for p, g in rec["gain_over_fallback"].items()
        )
        needs = ", ".join(names.constraint(x) for x in rec["requires_relaxing"])
        console.print(
            Panel(
                escape(rec["basis"])
                + "\n"
                + (f"requires relaxing: {escape(needs)}\n" if rec["requires_relaxing"] else "")
                + "\n".join(
                    f"[bold]{escape(ph['name'])}[/]: {escape(_terms(names, ph['terms']))}"
                    for ph in pkg["phases"]
                )
                + f"\ngain over fallback: {escape(gains)}; chance all phases are carried out: "
                + pct(pkg["completion_probability"])
                + _mediator_line(names, rec.get("mediator"))
                + _ratification_lines(names, pkg.get("ratification")),
                title="Mediator's recommendation",
            )
        )
    _render_stakeholders(console, names, d)
    console.print(
        f"[dim]{number(space['packages'])} packages analysed in {seconds(d['seconds'])}[/]"
    )


def _mediator_line(names: Names, m: dict | None) -> str:
    if not m:
        return ""
    how = (
        "without pulling a lever"
        if m["lever"] is None
        else f"with its lever “{m['lever']}” ({m['kind']})"
    )
    return (
        f"\n{escape(names.party(m['party']))} can reach this package {escape(how)}; its gain "
        f"{utility(m['mediator_gain'], signed=True)} (lever cost {utility(m['cost'])})"
    )


def _ratification_lines(names: Names, r: dict | None) -> str:
    if not r:
        return ""
    out = []
    for party, verdicts in r.items():
        said = "; ".join(
            f"{v['name']} ({v['say']}): {'accepts' if v['accepts'] else 'rejects'}"
            for v in verdicts
        )
        out.append(f"\ninside {escape(names.party(party))}: {escape(said)}")
    return "".join(out)


def _render_stakeholders(console: Console, names: Names, d: dict) -> None:
    """Factions' verdicts on the tabled proposals and mediators' options, when declared."""
    if d.get("ratification"):
        t = Table(title="Tabled proposals inside each party (factions)")
        t.add_column("proposal")
        t.add_column("faction")
        t.add_column("say")
        t.add_column("verdict")
        titles = {p["id"]: p["title"] for p in d["proposals"]}
        for pid, by_party in d["ratification"].items():
            for party, verdicts in by_party.items():
                for v in verdicts:
                    crossed = ", ".join(names.issue(x) for x in v.get("red_lines_crossed", []))
                    verdict = ("accepts" if v["accepts"] else "rejects") + (
                        f" (crosses its red line on {crossed})" if crossed else ""
                    )
                    t.add_row(
                        escape(titles.get(pid, pid)),
                        escape(f"{v['name']} ({names.party(party)})"),
                        v["say"],
                        escape(verdict),
                    )
        console.print(t)
    for plan in d.get("mediation", []):
        t = Table(title=f"{names.party(plan['mediator'])}: options considered")
        t.add_column("lever")
        t.add_column("cost", justify="right")
        t.add_column("packages it can reach", justify="right")
        t.add_column("its gain", justify="right")
        for o in plan["options"]:
            t.add_row(
                escape(o["lever"] or "none"),
                utility(o["cost"]),
                number(o["zone_size"]),
                utility(o["mediator_gain"], signed=True),
            )
        console.print(t)
