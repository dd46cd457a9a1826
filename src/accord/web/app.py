"""The FastAPI application: the workbench page, its static files and the JSON API.

>>> paths = create_app().openapi()["paths"]
>>> sorted(set(paths["/api/scenarios"])), "/api/health" in paths
(['get', 'post'], True)
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from accord import __version__
from accord.errors import AccordError, InputError, NotFoundError, ScenarioError, StoreError
from accord.scenarios import FLAGSHIP, find_corpus
from accord.validators import MAX_CHARS
from accord.web.limits import MAX_BODY_BYTES, BodyLimit
from accord.web.registry import Registry
from accord.web.schemas import ERRORS
from accord.web.workers import Limits, WorkerError, WorkerPool

WEB_PACKAGE = "accord.web"


@dataclass
class WebConfig:
    """What the workbench shows. Documents and runs live in the accord store ($ACCORD_HOME)."""

    corpus: Path | None = None  # None: found by accord.scenarios.find_corpus()
    default_scenario: str = FLAGSHIP  # the scenario the page opens with
    limits: Limits | None = None  # time and memory of worker processes (None: defaults/environment)
    max_body_bytes: int = (
        MAX_BODY_BYTES  # larger request bodies are refused with 413 (read as a stream)
    )
    persist: bool = True  # keep uploaded scenarios and saved packages in $ACCORD_HOME/workbench
    max_chars: int = MAX_CHARS  # longest article text extracted (POST /api/evidence/documents)


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


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    # SIGTERM or Ctrl-C: uvicorn stops serving, then the worker processes go
    app.state.jobs.shutdown()
    app.state.workers.shutdown()


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
        docs_url=None,  # served below with Swagger UI's files from a local package (works offline)
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=_lifespan,
    )
    app.state.config = cfg
    app.state.registry = Registry(default=cfg.default_scenario, persist=cfg.persist)
    app.state.workers = WorkerPool(workers=1, limits=cfg.limits)
    app.add_middleware(BodyLimit, max_bytes=cfg.max_body_bytes)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        names = {404: "NotFound", 405: "MethodNotAllowed", 413: "RequestTooLarge"}
        detail = str(exc.detail)
        if exc.status_code == 404:
            detail = "no such page or API route; see /api/docs"
        elif exc.status_code == 413:
            detail = (
                f"the request body is larger than the limit of {cfg.max_body_bytes:,} bytes; send a "
                "smaller file (scenarios up to 2 MB; articles up to the extraction budget, "
                "`accord serve --max-chars`)"
            )
        return JSONResponse(
            {"error": names.get(exc.status_code, "HTTPError"), "detail": detail},
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception) -> JSONResponse:
        # the documented error shape even for a bug: never a plain-text 500 or a traceback
        return JSONResponse(
            {
                "error": "InternalError",
                "detail": f"the server failed on this request ({type(exc).__name__}); "
                "please report it with the steps that led here",
            },
            status_code=500,
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{_field(tuple(e['loc']))}: {e['msg']}" for e in exc.errors()]
        return JSONResponse(
            {
                "error": "InvalidRequest",
                "detail": f"invalid request ({len(problems)} problem"
                f"{'s' if len(problems) != 1 else ''})",
                "problems": problems,
            },
            status_code=422,
        )

    @app.exception_handler(AccordError)
    async def _accord(_: Request, exc: AccordError) -> JSONResponse:
        if isinstance(exc, NotFoundError):
            return _error(404, exc)
        if isinstance(exc, WorkerError):
            return _error(422, exc)
        if isinstance(exc, ScenarioError):
            return _error(422, exc, exc.problems)
        if isinstance(exc, InputError):
            return _error(400, exc)
        if isinstance(exc, StoreError):
            return _error(503, exc)
        return _error(400, exc)

    from accord.web import (
        routes_analysis,
        routes_evidence,
        routes_forecast,
        routes_item_reviews,
        routes_packages,
        routes_reviews,
        routes_scenarios,
    )
    from accord.web.jobs import ForecastJobs

    app.state.jobs = ForecastJobs(limits=cfg.limits)

    @app.get(
        "/api/health", tags=["server"], summary="Liveness: answers at once, even while work runs"
    )
    async def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__}

    app.include_router(routes_scenarios.router, responses=ERRORS)
    app.include_router(routes_packages.router, responses=ERRORS)
    app.include_router(routes_analysis.router, responses=ERRORS)
    app.include_router(routes_evidence.router, responses=ERRORS)
    app.include_router(routes_reviews.router, responses=ERRORS)
    app.include_router(routes_item_reviews.router, responses=ERRORS)
    app.include_router(routes_forecast.router, responses=ERRORS)

    app.mount("/static", StaticFiles(directory=static_dir()), name="static")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def _plotly() -> FileResponse:
        return FileResponse(
            plotly_js(), media_type="text/javascript", headers={"Cache-Control": "max-age=86400"}
        )

    @app.get("/vendor/swagger/{name}", include_in_schema=False)
    def _swagger(name: str) -> FileResponse:
        path = swagger_file(name)
        return FileResponse(path, headers={"Cache-Control": "max-age=86400"})

    @app.get("/api/docs", include_in_schema=False)
    def _docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/api/openapi.json",
            title="accord workbench API",
            swagger_js_url="/vendor/swagger/swagger-ui-bundle.js",
            swagger_css_url="/vendor/swagger/swagger-ui.css",
            swagger_favicon_url="/vendor/swagger/favicon-32x32.png",
        )

    @app.get("/", include_in_schema=False)
    def _index() -> FileResponse:
        return FileResponse(
            static_dir() / "index.html",
            media_type="text/html",
            headers={"Content-Security-Policy": CSP},
        )

    return app


SWAGGER_FILES = ("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png")


def swagger_file(name: str) -> Path:
    """A Swagger UI file from the swagger-ui-bundle-v2 package (no CDN: the API docs work offline)."""
    import swagger_ui_bundle

    if name not in SWAGGER_FILES:
        raise NotFoundError(f"no file '{name}' in the API docs' assets")
    return Path(swagger_ui_bundle.swagger_ui_path) / name


# The page runs only our own scripts: no inline script, no third-party origin.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'"
)
