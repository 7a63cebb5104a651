"""The reader's pages. Each is a few lines over the store and :mod:`rasd.browse`; templates do the rest."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rasd.api import inputs
from rasd.api.deps import get_context, get_store
from rasd.browse import Filters, entity_key, entity_profile, find_event, find_thread, list_entities, list_threads
from rasd.browse import related, search
from rasd.errors import RasdError
from rasd.export.common import event_id
from rasd.model import Article
from rasd.store import Store
from rasd.web.body import block_segments
from rasd.web.chart import mentions_chart
from rasd.web.i18n import strings
from rasd.web.pages import interface_language, render

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(get_store)]
PAGE = 20
READ = ["GET", "HEAD"]  # HEAD too, so `curl -I` and link checkers get the headers


@router.api_route("/", methods=READ, response_class=HTMLResponse)
def home(request: Request, store: StoreDep, page: Annotated[int, Query(ge=1)] = 1) -> Response:
    rows = store.list_articles(limit=PAGE, offset=(page - 1) * PAGE)
    total = store.count()
    return render(request, "index.html", rows=rows, total=total, page=page, pages=max(1, -(-total // PAGE)))


@router.api_route("/search", methods=READ, response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: Annotated[str, Query(max_length=500)] = "",
                source: str | None = None, language: str | None = None, entity: str | None = None,
                topic: str | None = None, page: Annotated[int, Query(ge=1)] = 1) -> Response:
    filters = Filters(source or None, language or None, entity or None, topic or None)
    results = search(store, q, filters, PAGE, (page - 1) * PAGE)
    active = {k: v for k, v in (("source", source), ("language", language), ("entity", entity),
                                ("topic", topic)) if v}
    return render(request, "search.html", q=q, results=results, active=active, page=page,
                  pages=max(1, -(-results.total // PAGE)), facets=_facet_links(q, active, results),
                  pager_base=f"/search?{urlencode({'q': q, **active})}&")


def _facet_links(q: str, active: dict[str, str], results) -> list[tuple[str, list[tuple[str, int, str, bool]]]]:
    """For each facet, (label, count, link that adds or swaps this filter, already chosen)."""
    return [
        (name, [(f.label, f.count, f"/search?{urlencode({'q': q, **active, name: f.value})}",
                 active.get(name) == f.value) for f in values])
        for name, values in results.facets.items()
    ]


@router.api_route("/articles/{article_id}", methods=READ, response_class=HTMLResponse)
def article_page(request: Request, store: StoreDep, article_id: str) -> Response:
    article = store.get(article_id)
    thread = find_thread(store, article.id)
    return render(request, "article.html", a=article, body=[(b, block_segments(article, b)) for b in article.blocks],
                  entity_groups=_entity_groups(article), quotes=_quote_groups(article),
                  entity_links={e.id: entity_key(e) for e in article.entities},
                  events=[(event_id(article, i), e) for i, e in enumerate(article.events)],
                  related=related(store, article.id, limit=6), thread=thread if len(thread.entries) > 1 else None)


def _entity_groups(article: Article) -> list[tuple[str, list[tuple[str, str, int]]]]:
    groups: dict[str, list[tuple[str, str, int]]] = {}
    for entity in sorted(article.entities, key=lambda e: -len(e.mentions)):
        groups.setdefault(entity.type, []).append((entity_key(entity), entity.name, len(entity.mentions)))
    order = ["PER", "ORG", "LOC", "FAC", "MISC"]
    return sorted(groups.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))


def _quote_groups(article: Article) -> dict[str, list]:
    named = [q for q in article.quotes if q.speaker.kind in ("named", "organization")]
    anonymous = [q for q in article.quotes if q.speaker.kind not in ("named", "organization")]
    return {"named": named, "anonymous": anonymous}


@router.api_route("/entities", methods=READ, response_class=HTMLResponse)
def entities_page(request: Request, store: StoreDep, page: Annotated[int, Query(ge=1)] = 1) -> Response:
    total, rows = list_entities(store, limit=50, offset=(page - 1) * 50)
    return render(request, "entities.html", rows=rows, total=total, page=page, pages=max(1, -(-total // 50)))


@router.api_route("/entities/{key:path}", methods=READ, response_class=HTMLResponse)
def entity_page(request: Request, store: StoreDep, key: str) -> Response:
    profile = entity_profile(store, key)
    t = strings(interface_language(request))
    chart = mentions_chart(profile.timeline, t["mentions_over_time"], t["unknown"])
    return render(request, "entity.html", e=profile, chart=chart)


@router.api_route("/threads", methods=READ, response_class=HTMLResponse)
def threads_page(request: Request, store: StoreDep) -> Response:
    return render(request, "threads.html", threads=list_threads(store))


@router.api_route("/threads/{thread_id}", methods=READ, response_class=HTMLResponse)
def thread_page(request: Request, store: StoreDep, thread_id: str) -> Response:
    return render(request, "thread.html", th=find_thread(store, thread_id))


@router.api_route("/events/{event_id}", methods=READ, response_class=HTMLResponse)
def event_page(request: Request, store: StoreDep, event_id: str) -> Response:
    return render(request, "event.html", view=find_event(store, event_id))


@router.api_route("/errors", methods=READ, response_class=HTMLResponse)
def errors_page(request: Request, store: StoreDep) -> Response:
    return render(request, "errors.html", rows=store.failures(limit=200))


@router.api_route("/ingest", methods=READ, response_class=HTMLResponse)
def ingest_form(request: Request) -> Response:
    return render(request, "ingest.html", problem=None, url="")


@router.post("/ingest", response_class=HTMLResponse)
async def ingest_submit(request: Request, store: StoreDep, file: Annotated[UploadFile | None, File()] = None,
                        url: Annotated[str, Form()] = "", text: Annotated[str, Form()] = "",
                        published: Annotated[str, Form()] = "") -> Response:
    context = get_context(request)
    upload = (file.filename, await file.read(context.config.max_input_bytes + 1)) if file and file.filename else None
    try:
        stored = await run_in_threadpool(_ingest, context, store, upload, url.strip(), text, published.strip())
    except RasdError as error:
        problem = {"code": error.code, "title": error.title, "detail": error.message}
        status = 413 if error.code in ("E003", "E403") else 422
        return render(request, "ingest.html", status=status, problem=problem, url=url)
    return RedirectResponse(f"/articles/{stored.article_id}", status_code=303)


def _ingest(context: inputs.Context, store: Store, upload: tuple[str, bytes] | None, url: str, text: str,
            published: str) -> inputs.Stored:
    raw = inputs.raw_from_form(context, upload, url or None, text or None)
    return inputs.ingest(context, store, raw, inputs.parse_published(published or None))
