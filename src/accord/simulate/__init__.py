"""Forecasting: dynamics, negotiation protocols, Monte Carlo and backends.

Entry points: :func:`forecast` (N runs, summarised, recorded in a :class:`RunLog` if given),
:func:`resume` (finish an interrupted run), :func:`negotiate` (one run with
its transcript), :func:`backtest` (forecasts from every built-in snapshot),
:func:`sao_batch` (many bilateral alternating-offers negotiations at once).
See docs/forecast.md for the model.
"""

from accord.simulate.backtest import backtest
from accord.simulate.config import ForecastConfig
from accord.simulate.forecast import Forecast, RunInterrupted, RunLog, forecast, resume
from accord.simulate.negotiate import Transcript, negotiate
from accord.simulate.sao import sao_batch

__all__ = [
    "Forecast",
    "ForecastConfig",
    "RunInterrupted",
    "RunLog",
    "Transcript",
    "backtest",
    "forecast",
    "negotiate",
    "resume",
    "sao_batch",
]
