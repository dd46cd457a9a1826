"""Proposals and phased agreements.

A :class:`PhasedAgreement` is an ordered list of phases. Each phase lists the
``terms`` reached *by its end* (cumulative: "by the end of phase 2, 24 dismissed
staff reinstated in all"); an issue a phase does not mention keeps the state
of the previous phase (before the first phase: the scenario's status quo).
The last phase's state is the agreement's final outcome. A ``condition`` says
what must happen to enter the next phase; ``guarantors`` name parties that
penalise whoever walks away at a phase boundary.

A :class:`PhaseTemplate` is the same idea for the agreement-space search: how
a package's final terms are spread over phases, as a cumulative share of the
final count for numeric issues, or a cap (highest level reached) for ordinal
ones.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from accord.model.base import Strict
from accord.model.evidence import Evidenced, SourceRef
from accord.model.position import Level

Terms = dict[str, Level | dict[str, float]]


class Phase(Strict):
    name: str
    duration_days: Evidenced | None = None
    terms: Terms = Field(default_factory=dict)
    condition: str | None = Field(default=None, description="what opens the next phase")
    obligations: dict[str, list[str]] | None = Field(
        default=None, description="party -> issues it delivers in this phase (derived if omitted)"
    )


class Guarantor(Strict):
    """A party that backs the deal: walking away costs the defector ``penalty`` utility."""

    party: str
    penalty: Evidenced
    applies_to: list[str] | None = Field(default=None, description="parties it binds (default all)")


class PhasedAgreement(Strict):
    """A proposal as tabled: phases, guarantors and who tabled or accepted it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    tabled_by: list[str] = Field(default_factory=list)
    date: dt.date | str | None = Field(
        default=None, description="when it was tabled (a date or 'YYYY-MM')"
    )
    phases: list[Phase] = Field(min_length=1)
    guarantors: list[Guarantor] = Field(default_factory=list)
    responses: dict[str, str] = Field(
        default_factory=dict, description="party -> reported response (accept, reject, ...)"
    )
    verdicts: dict[str, Literal["accept", "reject"]] = Field(
        default_factory=dict,
        description="party -> how the forecast's calibration reads its response (accept or "
        "reject); omitted: a response that is one such word ('rejected', 'accepts', ...)",
    )
    evidence: list[SourceRef] = Field(default_factory=list)
    assumption: str | None = None

    @model_validator(mode="after")
    def _provenance(self) -> PhasedAgreement:
        if not self.evidence and not self.assumption:
            raise ValueError("a proposal needs 'evidence' or an 'assumption' note")
        return self

    def cumulative_terms(self, start: Terms | None = None) -> list[Terms]:
        """The state after each phase: ``start`` (e.g. the status quo) updated by each
        phase's terms in turn; with no ``start``, the terms named so far.

        >>> p = PhasedAgreement(id="p", title="p", assumption="example", phases=[
        ...     Phase(name="1", terms={"truce": "temporary"}), Phase(name="2", terms={"aid": 5})])
        >>> p.cumulative_terms({"truce": "none", "aid": 0})[-1]
        {'truce': 'temporary', 'aid': 5.0}
        """
        state: Terms = dict(start or {})
        out = []
        for ph in self.phases:
            state.update(ph.terms)
            out.append(dict(state))
        return out

    def final_terms(self, start: Terms | None = None) -> Terms:
        """The state after the last phase (see :meth:`cumulative_terms`)."""
        return self.cumulative_terms(start)[-1]

    def guarantor_penalties(self, parties: list[str]) -> dict[str, float]:
        """Per party, the summed penalty of the guarantors binding it (a guarantor without
        ``applies_to`` binds every one of ``parties``)."""
        penalty: dict[str, float] = {}
        for g in self.guarantors:
            for pid in g.applies_to or parties:
                penalty[pid] = penalty.get(pid, 0.0) + g.penalty.value
        return penalty


class TemplatePhase(Strict):
    name: str
    delivery: dict[str, float | str] = Field(
        default_factory=dict,
        description="issue -> cumulative share of the final value (numeric) or level cap (ordinal)",
    )


class PhaseTemplate(Strict):
    """How the agreement-space search spreads a package's terms over phases."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    phases: list[TemplatePhase] = Field(min_length=1)

    @model_validator(mode="after")
    def _shares(self) -> PhaseTemplate:
        for ph in self.phases:
            for issue, d in ph.delivery.items():
                if isinstance(d, float | int) and not 0.0 <= float(d) <= 1.0:
                    raise ValueError(
                        f"phase '{ph.name}': share for '{issue}' must lie in [0, 1], got {d}"
                    )
        return self
