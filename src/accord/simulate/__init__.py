"""Forecasting: dynamics, negotiation protocols, Monte Carlo and backends.

Entry points: :func:`forecast` (N runs, summarised and stored),
:func:`resume` (finish an interrupted run), :func:`negotiate` (one run with
its transcript), :func:`backtest` (forecasts from every built-in snapshot).
"""

from accord.simulate.config import ForecastConfig
from accord.simulate.forecast import Forecast, RunInterrupted, forecast, resume

__all__ = ["Forecast", "ForecastConfig", "RunInterrupted", "forecast", "resume"]
