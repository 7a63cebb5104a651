"""Sending pages in: ``/api/analyze`` (no store) and ``/api/ingest`` (stored), as text, HTML, a URL or a file."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Query, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, model_validator

from rasd.api import inputs
from rasd.api.deps import get_context, get_store
from rasd.api.inputs import Context
from rasd.api.routes import PROBLEM
from rasd.export import MEDIA_TYPES, export
from rasd.model import RawDocument
from rasd.store import Store

router = APIRouter(prefix="/api", tags=["input"])
ContextDep = Annotated[Context, Depends(get_context)]
ERRORS: dict[int | str, dict[str, Any]] = {code: PROBLEM for code in (400, 413, 415, 422, 502)}


class AnalyzeRequest(BaseModel):
    """One page: exactly one of ``text`` (scraped text), ``html`` or ``url``."""

    text: str | None = Field(None, description="The page as scraped text.")
    html: str | None = Field(None, description="The page as HTML.")
    url: str | None = Field(None, description="A public http(s) URL to fetch (private addresses are refused).")
    published: str | None = Field(None, description="Publication date when the page gives none (ISO date).")

    @model_validator(mode="after")
    def _one_input(self) -> AnalyzeRequest:
        given = [name for name in ("text", "html", "url") if getattr(self, name)]
        if len(given) != 1:
            raise ValueError(f"give exactly one of text, html or url (got {', '.join(given) or 'none'})")
        return self


def _raw(context: Context, body: AnalyzeRequest) -> RawDocument:
    if body.url:
        return inputs.raw_from_url(context, body.url)
    if body.html:
        return inputs.raw_from_text(body.html, "text/html")
    return inputs.raw_from_text(body.text or "")


@router.post("/analyze", summary="Analyze a page sent as text, HTML or a URL; nothing is stored", responses=ERRORS)
def analyze(context: ContextDep, body: AnalyzeRequest,
            format: Annotated[Literal["json", "ninjs", "jsonld"], Query(description="Export format.")] = "json",
            ) -> JSONResponse:
    article = inputs.analyze(context, _raw(context, body), inputs.parse_published(body.published))
    return JSONResponse(export(article, format), media_type=MEDIA_TYPES[format])


@router.post("/ingest", summary="Store a page: an uploaded file, a URL or text (multipart form)",
             status_code=201, responses=ERRORS)
async def ingest(
    context: ContextDep,
    store: Annotated[Store, Depends(get_store)],
    file: Annotated[UploadFile | None, File(description="A page file (.txt, .html).")] = None,
    url: Annotated[str | None, Form(description="A public http(s) URL to fetch.")] = None,
    text: Annotated[str | None, Form(description="The page as scraped text.")] = None,
    published: Annotated[str | None, Form(description="Publication date when the page gives none.")] = None,
) -> dict[str, Any]:
    upload = None
    if file is not None and file.filename:
        upload = (file.filename, await file.read(context.config.max_input_bytes + 1))
    return await run_in_threadpool(_ingest, context, store, upload, url, text, published)


def _ingest(context: Context, store: Store, upload: tuple[str, bytes] | None, url: str | None, text: str | None,
            published: str | None) -> dict[str, Any]:
    raw = inputs.raw_from_form(context, upload, url, text)
    stored = inputs.ingest(context, store, raw, inputs.parse_published(published))
    return {"id": stored.article_id, "action": stored.action, "href": f"/api/articles/{stored.article_id}",
            "page": f"/articles/{stored.article_id}"}
