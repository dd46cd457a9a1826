"""Every backend (one core, local processes, Ray) gives the same extraction."""

from __future__ import annotations

import pytest

from accord.errors import InputError
from accord.evidence.pipeline import run_extraction
from accord.evidence.types import Document

DOCS = [
    Document(name=f"d{k}.txt", text=text)
    for k, text in enumerate(
        [
            "Hamas said on Wednesday it would not budge on its demands for a permanent ceasefire.",
            "Israel rejected the plan. Some 250 people were taken hostage on October 7, 2023.",
            "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said talks had stalled in Doha.",
            "“We want all hostages home,” the families said on Sunday. Nearly 2,000 prisoners were "
            "freed.",
        ]
    )
]


@pytest.mark.slow
def test_ray_matches_local() -> None:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True, log_to_driver=False)
    try:
        local = [e.to_dict() for e in run_extraction(DOCS)]
        remote = [e.to_dict() for e in run_extraction(DOCS, workers=2, backend="ray")]
    finally:
        ray.shutdown()
    assert remote == local


def test_local_processes_match_one_core() -> None:
    """Two local worker processes (accord.execution, as forecasts use) give the same records."""
    one = [e.to_dict() for e in run_extraction(DOCS)]
    done: list[int] = []
    two = [e.to_dict() for e in run_extraction(DOCS, workers=2, on_done=done.append)]
    assert two == one and sum(done) == len(DOCS)


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(InputError, match="--backend must be one of local, ray"):
        run_extraction(DOCS, backend="dask")


def test_an_address_needs_the_ray_backend() -> None:
    with pytest.raises(InputError, match="--address applies to --backend ray"):
        run_extraction(DOCS, address="127.0.0.1:6379")
