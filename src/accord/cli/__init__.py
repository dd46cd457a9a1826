"""The ``accord`` command line: thin commands over the library.

Each command group lives in its own module and registers on :data:`app`.
"""

from accord.cli import (  # noqa: F401  (imported for their commands)
    analysis_cmds,
    authoring_cmds,
    claims_cmds,
    draft_cmds,
    evidence_cmds,
    forecast_cmds,
    forecast_runs_cmds,
    forecast_scores_cmds,
    framing_cmds,
    interop_cmds,
    review_cmds,
    review_list_cmds,
    store_cmds,
    web_cmds,
)
from accord.cli.app import app, main

__all__ = ["app", "main"]
