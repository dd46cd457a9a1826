"""Forecasts recorded in the run store: what the CLI and the web call.

:func:`accord.simulate.forecast` computes and records into any
:class:`~accord.simulate.RunLog`; here the run store (DuckDB, ``$ACCORD_HOME``)
is opened and passed in, so the engine never touches storage.

>>> from accord.simulate import ForecastConfig
>>> f = forecast(ForecastConfig(runs=200, horizon=30, seed=3), workers=1, store=False)
>>> f.run_id is None
True
"""

from __future__ import annotations

from accord.model import Scenario
from accord.simulate import Forecast, ForecastConfig
from accord.simulate import forecast as _forecast
from accord.simulate import resume as _resume
from accord.simulate.forecast import Progress
from accord.store.runs import RunStore


def forecast(
    config: ForecastConfig,
    *,
    scenario: Scenario | None = None,
    backend: str = "local",
    workers: int | None = None,
    address: str | None = None,
    store: bool = True,
    progress: Progress | None = None,
    stop_after: int | None = None,
) -> Forecast:
    """Run ``config``; with ``store`` the run and each finished chunk go to the run store."""
    return _forecast(
        config,
        scenario=scenario,
        backend=backend,
        workers=workers,
        address=address,
        runs=RunStore() if store else None,
        progress=progress,
        stop_after=stop_after,
    )


def resume(
    run_id: str,
    *,
    backend: str = "local",
    workers: int | None = None,
    address: str | None = None,
    progress: Progress | None = None,
    stop_after: int | None = None,
) -> Forecast:
    """Finish an interrupted stored run: only the chunks not yet stored are computed."""
    return _resume(
        run_id,
        RunStore(),
        backend=backend,
        workers=workers,
        address=address,
        progress=progress,
        stop_after=stop_after,
    )
