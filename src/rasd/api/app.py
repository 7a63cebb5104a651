"""The FastAPI application: the JSON API, the web reader, the API docs, static files, security.

``create_app(config)`` builds everything once (the pipeline's stages load their models here) and keeps
no other state: each request opens its own store. ``rasd serve`` runs it with uvicorn.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd import __version__
from rasd.api import problems, routes, routes_input
from rasd.api.deps import SharedStore
from rasd.api.inputs import Context, Fetcher
from rasd.api.remote import fetch_url
from rasd.api.security import BodyTooLarge, SecurityMiddleware
from rasd.config import Config, load_config
from rasd.errors import RasdError
from rasd.pipeline import build_pipeline
from rasd.web import docs, views
from rasd.web.pages import environment, render_error

# Multipart framing and form fields around an upload of max_input_bytes.
BODY_OVERHEAD = 64 * 1024

DESCRIPTION = """rasd (رصد) reads news pages (mostly Arabic) into structured, linked, searchable article records.
The same functions serve the command line, this API and the web reader. Errors are problem details
(application/problem+json) with a catalogue code and the reason."""


def create_app(config: Config | None = None, fetcher: Fetcher = fetch_url, allow_private_urls: bool = False) -> FastAPI:
    """The whole HTTP application over the store ``config.db``."""
    config = config or load_config()
    app = FastAPI(title="rasd", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None,
                  lifespan=_lifespan)
    app.state.rasd = Context(config, build_pipeline(config), fetcher, allow_private_urls)
    app.state.shared_store = SharedStore(config.db)
    app.state.templates = environment()
    app.include_router(routes.router)
    app.include_router(routes_input.router)
    app.include_router(docs.router)
    app.include_router(views.router)
    swagger = docs.swagger_assets()
    if swagger is not None:  # before /static, which would otherwise take these paths
        app.mount("/static/swagger", StaticFiles(directory=swagger), name="swagger")
    app.mount("/static", StaticFiles(directory=_static_dir()), name="static")
    _handle_errors(app)
    app.add_middleware(SecurityMiddleware, max_body=config.max_input_bytes + BODY_OVERHEAD)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI):
    yield
    app.state.shared_store.close()  # the PostgreSQL store's pool, when one was opened


def _static_dir() -> str:
    return str(Path(str(resources.files("rasd.web").joinpath("static"))))


def _handle_errors(app: FastAPI) -> None:
    def responder(convert):
        async def handle(request: Request, error: Exception) -> Response:
            status, body = convert(request, error)
            if wants_json(request):
                return JSONResponse(body, status_code=status, media_type=problems.PROBLEM_TYPE)
            return render_error(request, status, body)
        return handle

    app.add_exception_handler(RasdError, responder(problems.from_rasd_error))
    app.add_exception_handler(RequestValidationError, responder(problems.from_validation))
    app.add_exception_handler(StarletteHTTPException, responder(problems.from_http))
    app.add_exception_handler(BodyTooLarge, responder(lambda request, error: (413, problems.problem(
        413, "E403", str(error), request.url.path))))
    app.add_exception_handler(Exception, responder(problems.from_bug))


def wants_json(request: Request) -> bool:
    """API paths answer problems as JSON; the reader's pages as HTML."""
    path = request.url.path
    return path.startswith(("/api/", "/openapi", "/static/")) or path == "/api"
