"""What a chunk of runs leaves behind: integer histograms that merge exactly.

:func:`summarise_chunk` turns the kernel's per-run outcome rows into histograms (day of the
first deal, package, fate, people released, sensitivity bins, which dynamic opened a zone);
:class:`ChunkStats` adds them, so chunks merge in any order to the same forecast.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from accord.simulate.outside import outside_hist
from accord.simulate.parameters import dynamic_names
from accord.simulate.run import CATEGORY_COLUMNS, OUTCOME_COLUMNS

if TYPE_CHECKING:
    from accord.simulate.montecarlo import ChunkTask

SENSITIVITY_BINS = 10
COL = {name: i for i, name in enumerate(OUTCOME_COLUMNS)}


@dataclass
class ChunkStats:
    """Integer histograms of one or more chunks; ``merge`` adds them exactly."""

    n: int
    hist: dict[str, np.ndarray] = field(default_factory=dict)

    def merge(self, other: ChunkStats) -> ChunkStats:
        # keys both have: a chunk stored before a histogram was added merges without it
        return ChunkStats(
            self.n + other.n,
            {k: self.hist[k] + other.hist[k] for k in self.hist if k in other.hist},
        )

    def to_json(self) -> dict:
        return {"n": self.n, "hist": {k: v.tolist() for k, v in self.hist.items()}}

    @classmethod
    def from_json(cls, data: dict) -> ChunkStats:
        return cls(
            int(data["n"]), {k: np.array(v, dtype=np.int64) for k, v in data["hist"].items()}
        )


def _bincount(x: np.ndarray, size: int) -> np.ndarray:
    return np.bincount(np.clip(x, 0, size - 1), minlength=size).astype(np.int64)


def summarise_chunk(
    task: ChunkTask,
    out: np.ndarray,
    u: np.ndarray,
    out_cat: np.ndarray | None = None,
    out_dyn: np.ndarray | None = None,
    sched_on: np.ndarray | None = None,
) -> ChunkStats:
    H = task.config.horizon
    K, M = task.V.shape[0], task.held.shape[1]
    deal_day = out[:, COL["first_deal_day"]]
    dealt = deal_day >= 0
    fate = out[:, COL["first_fate"]]
    fate_idx = np.where(fate < 0, M, fate)[dealt]
    people = task.held_total0 + task.remains0 + 1
    varying = task.table.varying
    bins = np.minimum((u[:, varying] * SENSITIVITY_BINS).astype(np.int64), SENSITIVITY_BINS - 1)
    n_bin = np.zeros((len(varying), SENSITIVITY_BINS), dtype=np.int64)
    deal_bin = np.zeros_like(n_bin)
    done_bin = np.zeros_like(n_bin)
    completed = dealt & (fate == 0)
    for i in range(len(varying)):
        n_bin[i] = np.bincount(bins[:, i], minlength=SENSITIVITY_BINS)
        deal_bin[i] = np.bincount(bins[:, i], weights=dealt, minlength=SENSITIVITY_BINS).astype(
            np.int64
        )
        done_bin[i] = np.bincount(bins[:, i], weights=completed, minlength=SENSITIVITY_BINS).astype(
            np.int64
        )
    hist = {
        "deal_day": _bincount(np.where(dealt, deal_day, H), H + 1),
        "package": _bincount(out[dealt, COL["first_package"]], K),
        "fate": _bincount(fate_idx, M + 1),
        "held_released": _bincount(out[:, COL["held_released"]], people),
        "remains_released": _bincount(out[:, COL["remains_released"]], people),
        "pool_released": _bincount(out[:, COL["pool_released"]], task.pool_max + 1),
        "pause_days": _bincount(out[:, COL["pause_days"]], H + 1),
        "held_died": _bincount(out[:, COL["held_died"]], people),
        "held_rescued": _bincount(out[:, COL["held_rescued"]], people),
        "held_remaining": _bincount(out[:, COL["held_remaining"]], people),
        "deals": _bincount(out[:, COL["deals"]], 64),
        "collapses": _bincount(out[:, COL["collapses"]], 64),
        "sens_n": n_bin.ravel(),
        "sens_deal": deal_bin.ravel(),
        "sens_completed": done_bin.ravel(),
    }
    # which dynamic opened a zone of agreement, and on which day (runs with none at the start)
    n_dyn = len(dynamic_names(task.table))
    opened = out[:, COL["zone_open_day"]] >= 0
    slot = (out[opened, COL["opened_by"]] + 1) * (H + 1) + out[opened, COL["zone_open_day"]]
    hist["zone_at_start"] = _bincount(out[:, COL["zone_at_start"]], 2)
    hist["zone_opened"] = np.bincount(slot, minlength=(n_dyn + 1) * (H + 1)).astype(np.int64)
    if (
        out_cat is not None
    ):  # per category: one histogram of `people` bins per category, concatenated
        for i, name in enumerate(CATEGORY_COLUMNS):
            hist[f"held_category_{name}"] = np.concatenate(
                [_bincount(out_cat[:, c, i], people) for c in range(out_cat.shape[1])]
            )
    if out_dyn is not None and sched_on is not None:
        hist.update(outside_hist(task.table, out_dyn, sched_on, H))
    return ChunkStats(len(out), hist)
