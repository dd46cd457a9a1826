"""A Ctrl-C during a store write is held until the write ends, then raised (a real SIGINT)."""

from __future__ import annotations

import os
import signal

import pytest

from accord.store.db import held_interrupts
from accord.store.runs import RunStore


@pytest.fixture(autouse=True)
def ctrl_c_raises():
    """Python's own Ctrl-C handler, also when the suite was started from a background job
    (which starts with SIGINT ignored)."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def test_a_ctrl_c_inside_the_block_is_raised_after_it() -> None:
    done = []
    with pytest.raises(KeyboardInterrupt):
        with held_interrupts():
            os.kill(os.getpid(), signal.SIGINT)
            done.append("the rest of the block ran")
    assert done == ["the rest of the block ran"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_without_a_ctrl_c_nothing_is_raised() -> None:
    with held_interrupts():
        pass
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_chunk_written_during_a_ctrl_c_is_stored_whole(tmp_path, monkeypatch) -> None:
    """The interrupt lands while DuckDB writes: the write completes, then Ctrl-C is raised."""
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path))
    runs = RunStore()
    run_id = runs.create("s", {"runs": 1}, 0, 2, "test")
    stats = {"n": 1, "hist": {"deal_day": list(range(2000))}}

    class Interrupting(dict):
        """Stats whose JSON encoding sends the Ctrl-C: inside the store method's write."""

        def items(self):
            os.kill(os.getpid(), signal.SIGINT)
            return super().items()

    with pytest.raises(KeyboardInterrupt):
        runs.add_chunk(run_id, 0, Interrupting(stats))
    assert runs.chunks(run_id) == {0: stats}
