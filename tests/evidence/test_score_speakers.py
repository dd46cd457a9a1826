"""Speaker accuracy compares names by their words: the same person or body more or less
described is right, another person or body is wrong (invented names)."""

from __future__ import annotations

import pytest

from accord.evidence.score_speakers import same_speaker
from accord.evidence.scoring import score
from accord.evidence.types import Claim, Extraction, PublicationDate, Span

TEXT = "Party Alder wants the toll cut, its envoy Ann Vale said."


@pytest.mark.parametrize(
    ("got", "gold"),
    [
        ("Ann Vale", "Vale"),
        ("ann vale", "Ann Vale"),
        ("Ann Valé", "Ann Vale"),
        ("the Alder spokesman", "an Alder spokesman"),
        ("Alder officials", "senior Alder officials"),
        ("Alder's office", "Alder office"),
        ("an Alder official", "an Alder official who asked not to be named"),
        ("a Birch diplomat familiar with the talks", "a Birch diplomat"),
        ("an official in the Alder office", "an official"),
        ("Ahmad Nur al-Vale", "Ahmad-Nur El-Vale"),
        (None, None),
    ],
)
def test_the_same_speaker_more_or_less_described(got: str | None, gold: str | None) -> None:
    assert same_speaker(got, gold) and same_speaker(gold, got)


@pytest.mark.parametrize(
    ("got", "gold"),
    [
        ("Ann Vale", "Ben Vale Moss"),
        ("Vale's office", "Vale"),
        ("Alder", "Alder's foreign ministry"),
        ("Ann Vale", "Ann Vale Moss"),
        ("Alder officials", "Birch officials"),
        ("Ann Vale", None),
        (None, "Ann Vale"),
        ("", "Ann Vale"),
    ],
)
def test_another_speaker_or_none(got: str | None, gold: str | None) -> None:
    assert not same_speaker(got, gold)


def test_eval_scores_the_speaker_by_its_words() -> None:
    def extraction(speaker: str) -> Extraction:
        span = Span("d", 0, 30, TEXT[:30])
        claim = Claim("alder", speaker, "toll", "demand", None, span)
        return Extraction("d", PublicationDate(None, None, None, "none"), claims=[claim])

    g = {
        "d": {
            "claims": [
                {
                    "actor": "alder",
                    "issue": "toll",
                    "stance": "demand",
                    "speaker": "Vale",
                    "evidence": TEXT[:30],
                }
            ],
            "counts": [],
            "events": [],
            "published": None,
        }
    }
    assert score({"d": extraction("Ann Vale")}, g)["attributes"]["claims.speaker"] == 1.0
    assert score({"d": extraction("Alder's office")}, g)["attributes"]["claims.speaker"] == 0.0
