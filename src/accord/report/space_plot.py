"""The utility-space plot: frontier, fallbacks, solutions and tabled proposals (PNG via matplotlib)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from accord.analysis import Analysis  # noqa: E402
from accord.analysis.bargaining import SOLUTIONS  # noqa: E402
from accord.errors import InputError  # noqa: E402


def plot_utility_space(
    analysis: Analysis, path: str | Path, x: str | None = None, y: str | None = None
) -> Path:
    """Draw the first two belligerents' expected utilities and save a PNG to ``path``."""
    parties = analysis.compiled.parties
    x = x or parties[0]
    y = y or parties[1]
    for p in (x, y):
        if p not in parties:
            raise InputError(f"'{p}' is not a belligerent of this scenario ({', '.join(parties)})")
    i, j = parties.index(x), parties.index(y)
    fig, ax = plt.subplots(figsize=(7.5, 6.5), dpi=120)
    fr = analysis.frontier
    if len(fr):
        ax.plot(
            fr[:, i], fr[:, j], "-", color="#888", lw=1.5, label="Pareto frontier (all packages)"
        )
    zf = analysis.zone_frontier
    if len(zf):
        ax.plot(
            zf[:, i],
            zf[:, j],
            "o",
            color="#2a9d8f",
            ms=3,
            label="frontier of the zone of agreement",
        )
    fb = analysis.compiled.fallback
    ax.axvline(fb[i], color="#e76f51", ls="--", lw=1)
    ax.axhline(fb[j], color="#e76f51", ls="--", lw=1, label="fallbacks")
    for name, view in analysis.solutions.items():
        if view is None:
            continue
        pv = view.evaluation.parties
        spec = SOLUTIONS.get(name)
        ax.plot(
            pv[x].expected_utility,
            pv[y].expected_utility,
            spec.marker if spec else "o",
            ms=11,
            label=spec.label if spec else name,
        )
    for prop in analysis.proposals:
        pv = prop.parties
        ax.plot(pv[x].expected_utility, pv[y].expected_utility, "X", ms=10, color="#264653")
        ax.annotate(
            prop.title,
            (pv[x].expected_utility, pv[y].expected_utility),
            textcoords="offset points",
            xytext=(6, 6),
            fontsize=8,
        )
    if analysis.recommendation and not analysis.zone_exists:
        pv = analysis.diagnosis_packages[0].evaluation.parties
        ax.plot(
            pv[x].expected_utility,
            pv[y].expected_utility,
            "P",
            ms=10,
            color="#f4a261",
            label="opened by relaxing " + ", ".join(analysis.diagnosis[0].constraints),  # type: ignore[index]
        )
    ax.set_xlabel(f"{x}: expected utility")
    ax.set_ylabel(f"{y}: expected utility")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    zone = f"zone of agreement: {analysis.zone_size:,} of {analysis.packages:,} packages"
    ax.set_title(f"{analysis.scenario.title}\n{analysis.scenario.date} — {zone}", fontsize=10)
    ax.legend(fontsize=8, loc="lower left")
    ax.grid(alpha=0.3)
    out = Path(path)
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)
    return out
