"""Request bodies of the JSON API, validated at the edge (pydantic) with clear 422s."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Path as PathParam
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    model_validator,
)

from accord.errors import InputError
from accord.validators import check_unicode

MAX_SCENARIO_BYTES = 2_000_000

ScenarioId = Annotated[
    str,
    PathParam(
        pattern=r"^[a-z0-9][a-z0-9_\-]{0,99}$",
        description="a scenario id, e.g. labour-2026-03 (see GET /api/scenarios)",
    ),
]


class ErrorOut(BaseModel):
    """The body of every error answer, 4xx and 5xx alike (never plain text, never a traceback)."""

    error: str = Field(description="kind of error, e.g. InvalidRequest, NotFound, ScenarioError")
    detail: str = Field(description="one line: what is wrong and what to do")
    problems: list[str] | None = Field(
        default=None, description="validation failures: one line per problem"
    )


def _answer(description: str) -> dict[str, Any]:
    return {"model": ErrorOut, "description": description}


ERRORS: dict[int | str, dict[str, Any]] = {  # documented on every API route (see app.py)
    400: _answer("Bad input: a value the request's scenario or the store cannot take"),
    404: _answer("No such scenario, package, job, run or document"),
    422: _answer(
        "Invalid request, scenario or package (``problems`` lists each), or a worker limit"
    ),
    500: _answer("A bug: the server failed on this request (the JSON error shape all the same)"),
    503: _answer("The store cannot be read (damaged or busy): `accord store check`"),
}
# The same for a route answering HTML: FastAPI would file its error models under text/html.
HTML_ROUTE_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {
        "description": answer["description"],
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}},
    }
    for code, answer in ERRORS.items()
}
BODY_ERRORS: dict[int | str, dict[str, Any]] = {  # routes that read a request body
    413: _answer("The request body is larger than the limit (read as a stream, refused early)"),
}


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _utf8(cls, data: Any) -> Any:
        """Every text and key of a body must be valid Unicode (see ``check_unicode``)."""
        stack: list[tuple[Any, str]] = [(data, "")] if isinstance(data, dict | list) else []
        while stack:
            node, where = stack.pop()
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in items:
                try:
                    if isinstance(key, str):
                        check_unicode(key, f"a key in {where or 'the body'}")
                    name = f"{where}.{key}".lstrip(".")
                    if isinstance(value, str):
                        check_unicode(value, name)
                except InputError as exc:
                    raise ValueError(str(exc)) from None
                if isinstance(value, dict | list):
                    stack.append((value, name))
        return data


class ScenarioUpload(Body):
    """A scenario file's YAML text, as a user loaded it in the page or a script sends it."""

    filename: str = Field(
        default="upload.yaml",
        min_length=1,
        max_length=200,
        pattern=r"^[^\x00-\x1f/\\]+$",
        description="shown in error messages",
    )
    text: str = Field(min_length=1, max_length=MAX_SCENARIO_BYTES, description="the YAML text")


# strict: a JSON true/false is not a level or a number (lax validation would read it as 1/0)
Term = StrictStr | StrictFloat | dict[str, StrictFloat]


class PhaseIn(Body):
    """One phase of a package: the state of each issue it sets, by the phase's end."""

    name: str = Field(default="phase", max_length=100)
    terms: dict[str, Term] = Field(
        default_factory=dict,
        max_length=100,
        description="issue id -> level name, number or {category: count}",
    )
    condition: str | None = Field(default=None, max_length=500)


class PackageIn(Body):
    """A package for the deal explorer: phases (cumulative terms) and guarantor penalties."""

    phases: list[PhaseIn] = Field(min_length=1, max_length=12)
    guarantor_penalty: dict[str, StrictFloat] = Field(
        default_factory=dict,
        max_length=50,
        description="party -> extra utility lost by walking away at a phase boundary",
    )

    def phase_dicts(self) -> list[dict[str, object]]:
        return [p.model_dump() for p in self.phases]


class DocumentIn(Body):
    """An article to add to the evidence store; its text is kept and shown as plain text."""

    name: str = Field(
        min_length=1,
        max_length=200,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$",
        description="document name: letters, digits, '.', '_', ':', '-'",
    )
    text: str = Field(
        min_length=1,
        description="the article's text; longer than the server's extraction budget "
        "(120,000 characters by default, `accord serve --max-chars`) is refused with 400",
    )
    title: str | None = Field(default=None, max_length=500)
    outlet: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(
        default=None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="ISO date, if known"
    )


class ForecastIn(Body):
    """A forecast to start from the page: how many runs, over how many days, which protocol."""

    runs: StrictInt = Field(default=20_000, ge=100, le=1_000_000)
    horizon: StrictInt = Field(default=365, ge=7, le=1095, description="days")
    seed: StrictInt = Field(default=0, ge=0, le=2**31 - 1)
    protocol: str = Field(default="mediated", pattern=r"^[a-z_]+$")
    calibrate: StrictBool = Field(
        default=False,
        description="keep only draws consistent with the record before the snapshot (the "
        "standstill and the reported responses to tabled proposals), as accord forecast "
        "--calibrate",
    )
    replay: Literal["back", "forward", "still"] = Field(
        default="back", description="with calibrate: how the standstill is replayed (--replay)"
    )
    red_line_clock: Literal["stated", "standstill", "snapshot"] = Field(
        default="stated",
        description="with calibrate and replay back: from when a red line's yield is counted "
        "(--red-line-clock)",
    )
    levers: StrictBool = Field(
        default=True,
        description="the mediators pull the levers they choose in the analysis; false: none "
        "(accord forecast --no-levers)",
    )


class SavedPackageIn(PackageIn):
    """A package to keep under a name (the deal explorer's "Save package")."""

    name: str = Field(
        min_length=1,
        max_length=80,
        pattern=r"^[^\x00-\x1f]+$",
        description="shown in the explorer's list of starting points",
    )
