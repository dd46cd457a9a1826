"""The frame of a draft: what :func:`accord.services.draft.draft` takes as given for one kind of
negotiation (the parties, issues and options, the status quo, phase templates, which end of each
issue each belligerent prefers, fallbacks and dynamics as wide priors, the limits a side may hold
unstated, how the record of deals is read). A frame holds no evidence; docs/drafting.md."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from accord.files import read_model
from accord.model.evidence import Evidenced
from accord.services.draft_record import RecordRule

DEFAULT_FRAME = "flagship.yaml"  # the built-in frame (scenarios/frames/), for the built-in corpus


class PossibleLine(BaseModel):
    """A limit ``party`` may hold on ``issue`` that the evidence may not state."""

    model_config = ConfigDict(extra="forbid")

    party: str
    issue: str
    level: str
    chance: dict[str, Any] = Field(description="an Evidenced: the chance that the party holds it")


class WeightPrior(BaseModel):
    """A side's priority on an issue before any evidence (a raw weight), and why."""

    model_config = ConfigDict(extra="forbid")

    value: float = Field(gt=0)
    reason: str = Field(min_length=3)


def _evidenced(value: float, low: float, high: float, reason: str) -> Evidenced:
    return Evidenced.model_validate(
        {"value": value, "assumption": {"low": low, "high": high, "reason": reason}}
    )


class IssueWeights(BaseModel):
    """How a draft turns statements into issue weights (docs/drafting.md): a side's raw weight on
    an issue is ``prior + evidence_scale * ln(1 + claims + firm_extra * firm claims)``, normalised
    per side. Statements move a weight with diminishing returns; a weight's drafted range runs
    from the prior alone (``evidence_scale`` 0) to the evidence at its heaviest (both constants
    at their highs)."""

    model_config = ConfigDict(extra="forbid")

    prior: WeightPrior = Field(
        default_factory=lambda: WeightPrior(
            value=1.0, reason="no priority among the issues is stated: equal"
        ),
        description="every side's prior raw weight on every issue (default: equal)",
    )
    priors: dict[str, dict[str, WeightPrior]] = Field(
        default_factory=dict, description="party -> issue -> a prior other than ``prior``"
    )
    evidence_scale: Evidenced = Field(
        default_factory=lambda: _evidenced(
            1.0, 0.0, 2.0, "how much statements say about priority is not measured"
        ),
        description="raw weight added per e-fold of statements (0: the prior alone)",
    )
    firm_extra: Evidenced = Field(
        default_factory=lambda: _evidenced(
            1.0, 0.0, 2.0, "how much more a firm statement says than a plain one is not measured"
        ),
        description="statements a firm claim counts for beyond itself",
    )

    def prior_of(self, party: str, issue: str) -> WeightPrior:
        return self.priors.get(party, {}).get(issue, self.prior)


class Frame(BaseModel):
    """What a draft takes as given for one kind of negotiation (no evidence in it)."""

    model_config = ConfigDict(extra="forbid")

    version: int
    id: str
    title: str
    description: str = ""
    parties: list[dict[str, Any]]
    issues: list[dict[str, Any]]
    ledger_maxima: dict[str, str] = Field(default_factory=dict)
    status_quo: dict[str, Any]
    directions: dict[str, dict[str, Literal["max", "min"]]]
    fallbacks: dict[str, dict[str, Any]]
    commitment: dict[str, Any]
    phase_templates: list[dict[str, Any]]
    firm_words: list[str] = Field(default_factory=list)
    issue_weights: IssueWeights = Field(
        default_factory=IssueWeights,
        description="each side's prior weight per issue and how statements move it",
    )
    ledger_quantities: list[str] = Field(
        default_factory=list, description="count quantities drafted into the ledger (none: all)"
    )
    tracked: dict[str, Any] = Field(
        default_factory=dict, description="the scenario's tracked section (stocks and pause)"
    )
    record: RecordRule | None = Field(
        default=None, description="how a draft reads the deals before its date (none: no record)"
    )
    possible_red_lines: list[PossibleLine] = Field(
        default_factory=list,
        description="limits a side may hold that the evidence does not state: drafted as "
        "possible red lines (held in a forecast run with their chance) where no red line is stated",
    )
    dynamics: dict[str, Any] = Field(
        default_factory=dict,
        description="the scenario's dynamics section, copied into every draft: what the evidence "
        "does not measure (how fast pressures erode fallbacks, when red lines yield), each number "
        "an assumption with a range",
    )
    linkages: list[dict[str, Any]] = Field(
        default_factory=list,
        description="the scenario's linkages, copied into every draft: how the issues of this "
        "kind of negotiation tie together (what is exchanged for what), so that no package "
        "anyone would not table is drafted, analysed or forecast",
    )


def load_frame(path: str | Path | None = None) -> Frame:
    """The frame at ``path``, or the built-in one for the flagship negotiation."""
    if path is not None:
        return read_model(Frame, path, what="the draft frame")
    text = resources.files("accord.scenarios").joinpath(f"frames/{DEFAULT_FRAME}")
    return read_model(
        Frame, text=text.read_text("utf-8"), name=f"accord/scenarios/frames/{DEFAULT_FRAME}"
    )
