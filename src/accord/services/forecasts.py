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

from typing import Unpack

from accord.model import Scenario
from accord.simulate import Forecast, ForecastConfig
from accord.simulate import forecast as _forecast
from accord.simulate import resume as _resume
from accord.simulate.forecast import RunOptions
from accord.store.runs import RunStore


def forecast(
    config: ForecastConfig,
    *,
    scenario: Scenario | None = None,
    store: bool = True,
    **options: Unpack[RunOptions],
) -> Forecast:
    """Run ``config``; with ``store`` the run and each finished chunk go to the run store.

    ``options`` (backend, workers, address, progress, stop_after) as :func:`accord.simulate.forecast`.
    """
    return _forecast(config, scenario=scenario, runs=RunStore() if store else None, **options)


def resume(run_id: str, **options: Unpack[RunOptions]) -> Forecast:
    """Finish an interrupted stored run: only the chunks not yet stored are computed."""
    return _resume(run_id, RunStore(), **options)
