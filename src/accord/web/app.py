"""The FastAPI application: the workbench page, its static files and the JSON API.

>>> app = create_app()
>>> sorted(p for p in app.openapi()["paths"] if p.startswith("/api/scen"))[:2]
['/api/scenarios', '/api/scenarios/{scenario_id}']
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from accord import __version__
from accord.errors import AccordError, InputError, NotFoundError, ScenarioError, StoreError
from accord.scenarios import FLAGSHIP, find_corpus
from accord.web.registry import Registry

WEB_PACKAGE = "accord.web"


@dataclass
class WebConfig:
    """What the workbench shows. Documents and runs live in the accord store ($ACCORD_HOME)."""

    corpus: Path | None = None  # None: found by accord.scenarios.find_corpus()
    default_scenario: str = FLAGSHIP  # the scenario the page opens with


def static_dir() -> Path:
    return Path(str(resources.files(WEB_PACKAGE) / "static"))


def plotly_js() -> Path:
    """The ``plotly.min.js`` shipped inside the plotly package (no CDN, works offline)."""
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def _error(status: int, exc: Exception, problems: list[str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": type(exc).__name__, "detail": str(exc).split("\n", 1)[0]}
    if problems:
        body["problems"] = problems
    return JSONResponse(body, status_code=status)


def _field(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc if p not in ("body", "query", "path")) or "(body)"


def create_app(config: WebConfig | None = None) -> FastAPI:
    """A workbench app reading from ``config`` (the default store and corpus when omitted)."""
    cfg = config or WebConfig()
    if cfg.corpus is None:
        cfg.corpus = find_corpus()
    app = FastAPI(
        title="accord workbench API",
        version=__version__,
        description=(
            "JSON API of the accord workbench: scenarios, positions, analysis, the deal "
            "explorer, forecasts and evidence. Every number carries its sources or is marked "
            "as an assumption. Errors are JSON objects with `error`, `detail` and, for "
            "validation failures, `problems` (one line per problem)."
        ),
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.config = cfg
    app.state.registry = Registry(default=cfg.default_scenario)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{_field(tuple(e['loc']))}: {e['msg']}" for e in exc.errors()]
        return JSONResponse(
            {"error": "InvalidRequest", "detail": f"invalid request ({len(problems)} problem"
             f"{'s' if len(problems) != 1 else ''})", "problems": problems},
            status_code=422,
        )

    @app.exception_handler(AccordError)
    async def _accord(_: Request, exc: AccordError) -> JSONResponse:
        if isinstance(exc, NotFoundError):
            return _error(404, exc)
        if isinstance(exc, ScenarioError):
            return _error(422, exc, exc.problems)
        if isinstance(exc, InputError):
            return _error(400, exc)
        if isinstance(exc, StoreError):
            return _error(503, exc)
        return _error(400, exc)

    from accord.web import routes_analysis, routes_evidence, routes_forecast, routes_scenarios
    from accord.web.jobs import ForecastJobs

    app.state.jobs = ForecastJobs()
    app.include_router(routes_scenarios.router)
    app.include_router(routes_analysis.router)
    app.include_router(routes_evidence.router)
    app.include_router(routes_forecast.router)

    app.mount("/static", StaticFiles(directory=static_dir()), name="static")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def _plotly() -> FileResponse:
        return FileResponse(plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "max-age=86400"})

    @app.get("/", include_in_schema=False)
    def _index() -> FileResponse:
        return FileResponse(static_dir() / "index.html", media_type="text/html",
                            headers={"Content-Security-Policy": CSP})

    return app


# The page runs only our own scripts: no inline script, no third-party origin.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'"
)
