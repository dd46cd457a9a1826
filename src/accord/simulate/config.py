"""What a forecast is asked to do, validated at the edge.

>>> ForecastConfig(scenario="labour-2026-03", runs=1000, horizon=365, seed=1).n_chunks
1
>>> ForecastConfig(scenario="labour-2026-03", runs=0)
Traceback (most recent call last):
...
accord.errors.InputError: --runs must be at least 1 (got 0)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from accord.errors import InputError
from accord.scenarios import FLAGSHIP
from accord.simulate.protocols import PROTOCOLS
from accord.simulate.strategies import STRATEGIES

# Fixed, never derived from the worker count: chunk boundaries decide which
# random streams each run gets, so they must not move with the hardware.
CHUNK_SIZE = 4096
MAX_RUNS = 100_000_000
MAX_HORIZON = 3650
# Alternating offers: the deadline by which time-based strategies reach their floor. Its own
# parameter (--deadline), so the forecast horizon does not change how parties bargain.
DEFAULT_DEADLINE = 180
# How --calibrate replays the standstill before the snapshot (accord.simulate.replay)
REPLAYS = ("back", "forward", "still")
# With --replay back, from when a red line's yield is counted (accord.simulate.replay)
CLOCKS = ("stated", "standstill", "snapshot")


@dataclass(frozen=True)
class ForecastConfig:
    scenario: str = FLAGSHIP
    runs: int = 10_000
    horizon: int = 365
    seed: int = 0
    protocol: str = "mediated"
    strategy: str | None = None
    template: str | None = None
    chunk_size: int = CHUNK_SIZE
    max_candidates: int = 384
    overrides: dict[str, float] = field(default_factory=dict)
    deadline: int | None = (
        None  # alternating offers: days to the bargaining deadline (not the horizon)
    )
    calibrate: bool = (
        False  # keep only draws consistent with the standstill before the snapshot (ABC)
    )
    # how --calibrate replays the standstill (accord.simulate.replay): "back" (from the state the
    # pressures brought to the snapshot), "forward" (from the snapshot's state, as if the days to
    # come were past) or "still" (the snapshot's state with the pressures held still)
    replay: str = "back"
    # with replay "back": from when a red line's yield is counted: from the latest cited source
    # stating the party's red lines ("stated"), from the standstill's first day ("standstill")
    # or from the snapshot ("snapshot", as if stated that day)
    red_line_clock: str = "stated"
    # the mediators pull the levers they choose in `accord analyze` (accord.simulate.levers);
    # False (--no-levers): none, each mediator's "no lever" option
    levers: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.runs, int) or self.runs < 1:
            raise InputError(f"--runs must be at least 1 (got {self.runs})")
        if self.runs > MAX_RUNS:
            raise InputError(f"--runs must be at most {MAX_RUNS:,} (got {self.runs:,})")
        if not isinstance(self.horizon, int) or self.horizon < 1:
            raise InputError(f"--horizon must be at least 1 day (got {self.horizon})")
        if self.horizon > MAX_HORIZON:
            raise InputError(f"--horizon must be at most {MAX_HORIZON} days (got {self.horizon})")
        if not isinstance(self.seed, int) or self.seed < 0:
            raise InputError(f"--seed must be a non-negative integer (got {self.seed})")
        if self.protocol not in PROTOCOLS:
            raise InputError(
                f"--protocol must be one of {', '.join(PROTOCOLS)} (got '{self.protocol}')"
            )
        if self.chunk_size < 1:
            raise InputError(f"chunk size must be at least 1 (got {self.chunk_size})")
        if self.max_candidates < 1:
            raise InputError(f"max candidates must be at least 1 (got {self.max_candidates})")
        if self.deadline is not None and (not isinstance(self.deadline, int) or self.deadline < 1):
            raise InputError(f"--deadline must be at least 1 day (got {self.deadline})")
        if self.replay not in REPLAYS:
            raise InputError(f"--replay must be one of {', '.join(REPLAYS)} (got '{self.replay}')")
        if self.red_line_clock not in CLOCKS:
            raise InputError(
                f"--red-line-clock must be one of {', '.join(CLOCKS)} (got '{self.red_line_clock}')"
            )
        if self.strategy is not None and not PROTOCOLS[self.protocol].strategies:
            takes = ", ".join(p.name for p in PROTOCOLS.values() if p.strategies)
            raise InputError(f"--strategy applies to --protocol {takes} only")
        if self.strategy:
            for part in self.strategy.split(","):
                name = part.split("=", 1)[-1].strip()
                if name and name not in STRATEGIES:
                    raise InputError(
                        f"--strategy: unknown strategy '{name}'; choose from {', '.join(STRATEGIES)}"
                    )

    @property
    def bargaining_deadline(self) -> int:
        """Days to the alternating-offers deadline: ``deadline``, else ``DEFAULT_DEADLINE``; never the horizon."""
        return self.deadline if self.deadline is not None else DEFAULT_DEADLINE

    @property
    def n_chunks(self) -> int:
        return -(-self.runs // self.chunk_size)

    def chunk_runs(self, chunk: int) -> int:
        return min(self.chunk_size, self.runs - chunk * self.chunk_size)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ForecastConfig:
        if data.get("calibrate") and "replay" not in data:
            # a calibrated run stored before the replay could be chosen replayed forward
            data = {**data, "replay": "forward"}
        if data.get("calibrate") and "red_line_clock" not in data:
            # and one stored before the red lines' clock could be chosen counted from the snapshot
            data = {**data, "red_line_clock": "snapshot"}
        return cls(**data)
