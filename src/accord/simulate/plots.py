"""Forecast figures (matplotlib, Agg backend): deal probability over time, outcomes, tornado."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from accord.errors import InputError  # noqa: E402


def plot_forecast(result: dict[str, Any], path: str | Path, top: int = 10) -> Path:
    """Write a three-panel PNG of a forecast's ``to_dict()`` and return its path."""
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise InputError(f"--plot writes a PNG file; give a name ending in .png (got {path.name})")
    s = result["summary"]
    fig, axes = plt.subplots(1, 3, figsize=(16, 4.8))
    days = [pt["day"] for pt in s["curve"]]
    axes[0].fill_between(
        days,
        [pt["low"] for pt in s["curve"]],
        [pt["high"] for pt in s["curve"]],
        alpha=0.3,
        label="95% interval",
    )
    axes[0].plot(days, [pt["p_deal"] for pt in s["curve"]], label="P(first deal by day)")
    axes[0].set(
        xlabel=f"days after {s['start']}",
        ylabel="probability",
        ylim=(0, 1),
        title=f"{result['scenario']}: deal by date ({s['runs']:,} runs)",
    )
    axes[0].legend(loc="lower right")
    # the first tracked outcome with a histogram (the held stock released, if tracked)
    key = next(iter(s.get("histograms", {})), None)
    hist = s["histograms"][key] if key is not None else [s["runs"]]
    last = max((i for i, h in enumerate(hist) if h), default=0)
    hist = hist[: last + 1]
    axes[1].bar(range(len(hist)), [h / s["runs"] for h in hist], color="tab:green")
    label = s.get("outcome_words", {}).get(key, {}).get("label", "nothing tracked")
    axes[1].set(
        xlabel=f"{label} by the horizon",
        ylabel="share of runs",
        title="outcome distribution",
    )
    sens = s["sensitivity"][:top][::-1]
    names = [r["parameter"] for r in sens]
    base = s["p_deal_by_horizon"]
    for i, r in enumerate(sens):
        lo, hi = r["p_deal_low"] - base, r["p_deal_high"] - base
        axes[2].barh(
            i, lo, color="tab:blue", label="parameter in its lowest fifth" if i == 0 else None
        )
        axes[2].barh(
            i, hi, color="tab:orange", label="parameter in its highest fifth" if i == 0 else None
        )
    axes[2].set_yticks(range(len(names)), names, fontsize=7)
    axes[2].axvline(0, color="black", lw=0.8)
    axes[2].set(
        xlabel=f"change in P(deal by day {s['horizon_days']}) from {base:.2f}", title="sensitivity"
    )
    if sens:
        axes[2].legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    try:
        fig.savefig(path, dpi=110)
    except OSError as exc:
        raise InputError(f"cannot write the plot to {path}: {exc}") from exc
    finally:
        plt.close(fig)
    return path


def plot_reliability(scores: dict[str, Any], path: str | Path) -> Path:
    """Write the reliability diagram of a scored backtest (forecast and constant hazard) as a PNG."""
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise InputError(f"--plot writes a PNG file; give a name ending in .png (got {path.name})")
    fig, ax = plt.subplots(figsize=(5.5, 5.5))
    ax.plot([0, 1], [0, 1], color="grey", linestyle="--", label="perfectly reliable")
    for key, label, marker in (
        ("forecast", "accord forecast", "o"),
        ("hazard", "constant hazard", "s"),
    ):
        table = scores.get("reliability", {}).get(key, [])
        if table:
            ax.plot(
                [r["mean_forecast"] for r in table],
                [r["observed"] for r in table],
                marker=marker,
                label=f"{label} (Brier {scores[key]['brier']:.3f})",
            )
            for r in table:
                ax.annotate(
                    str(r["events"]),
                    (r["mean_forecast"], r["observed"]),
                    textcoords="offset points",
                    xytext=(4, -10),
                    fontsize=8,
                )
    ax.axhline(0.5, color="lightgrey", linewidth=0.8)
    ax.set(
        xlim=(0, 1),
        ylim=(-0.02, 1.02),
        xlabel="forecast probability (bin mean)",
        ylabel="observed frequency",
        title=f"Reliability over {scores.get('events', 0)} events (labels: events per bin)",
    )
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
