"""The JSON API under ``/api/``: articles (with exports), search, related stories, entities, threads,
events, failures. Every handler is a few lines over :mod:`rasd.browse`, :mod:`rasd.export` and the store.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from rasd import __version__
from rasd.api.deps import get_store
from rasd.browse import Filters, entity_profile, find_event, find_thread, list_entities, list_threads, related, search
from rasd.events.ledger import list_events
from rasd.export import MEDIA_TYPES, export
from rasd.serialize import to_dict
from rasd.store import Store

router = APIRouter(prefix="/api")
StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=200, description="How many items per page (1-200).")]
Offset = Annotated[int, Query(ge=0, description="How many items to skip.")]
PROBLEM = {"description": "Problem details (application/problem+json) with a code and the reason",
           "content": {"application/problem+json": {}}}
ERRORS: dict[int | str, dict[str, Any]] = {400: PROBLEM, 404: PROBLEM}


def page(items: list, total: int, limit: int, offset: int, path: str, **extra: Any) -> dict[str, Any]:
    following = f"{path}?limit={limit}&offset={offset + limit}" if offset + limit < total else None
    previous = f"{path}?limit={limit}&offset={max(0, offset - limit)}" if offset > 0 else None
    return {"total": total, "limit": limit, "offset": offset, "next": following, "previous": previous,
            **extra, "items": items}


@router.get("/status", summary="Version and how many articles are stored", tags=["status"])
def status(store: StoreDep) -> dict[str, Any]:
    return {"rasd": __version__, "articles": store.count()}


@router.get("/articles", summary="Stored articles, newest first (paginated)", tags=["articles"], responses=ERRORS)
def articles(store: StoreDep, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    rows = store.list_articles(limit=limit, offset=offset)
    return page([to_dict(row) for row in rows], store.count(), limit, offset, "/api/articles")


@router.get("/articles/{article_id}", summary="One article: rasd JSON, IPTC ninjs 3.0 or schema.org JSON-LD",
            tags=["articles"], responses=ERRORS)
def article(store: StoreDep, article_id: str,
            format: Annotated[Literal["json", "ninjs", "jsonld"], Query(description="Export format.")] = "json",
            ) -> JSONResponse:
    record = store.get(article_id)
    return JSONResponse(export(record, format), media_type=MEDIA_TYPES[format])


@router.get("/search", summary="Search stored articles, with filters and facet counts", tags=["search"],
            responses=ERRORS)
def search_articles(
    store: StoreDep,
    q: Annotated[str, Query(max_length=500, description="Words to find (Arabic spelling variants match).")] = "",
    source: Annotated[str | None, Query(description="Only this publication.")] = None,
    language: Annotated[str | None, Query(description="Only this language code (ar, en).")] = None,
    entity: Annotated[str | None, Query(description="Only articles naming this entity key.")] = None,
    topic: Annotated[str | None, Query(description="Only this IPTC Media Topics code.")] = None,
    date_from: Annotated[str | None, Query(alias="from", description="Published on or after (ISO date).")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Published on or before (ISO date).")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    filters = Filters(source, language, entity, topic, date_from, date_to)
    return to_dict(search(store, q, filters, limit, offset))


@router.get("/related/{article_id}", summary="Related stories, each with its reason", tags=["articles"],
            responses=ERRORS)
def related_articles(store: StoreDep, article_id: str, limit: Annotated[int, Query(ge=1, le=50)] = 10,
                     ) -> dict[str, Any]:
    return {"id": article_id, "related": to_dict(related(store, article_id, limit))}


@router.get("/entities", summary="Entities named in stored articles, most widely named first", tags=["entities"],
            responses=ERRORS)
def entities(store: StoreDep, limit: Limit = 50, offset: Offset = 0,
             type: Annotated[Literal["PER", "ORG", "LOC", "FAC", "MISC"] | None, Query()] = None) -> dict[str, Any]:
    total, rows = list_entities(store, limit, offset, type)
    return page(to_dict(rows), total, limit, offset, "/api/entities")


@router.get("/entities/{key:path}", summary="One entity: mentions over time, quotes, who appears with it",
            tags=["entities"], responses=ERRORS)
def entity(store: StoreDep, key: str) -> dict[str, Any]:
    return to_dict(entity_profile(store, key))


@router.get("/threads", summary="Story threads (two or more articles about one story)", tags=["threads"],
            responses=ERRORS)
def threads(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    found = list_threads(store)
    return page(to_dict(found[offset:offset + limit]), len(found), limit, offset, "/api/threads")


@router.get("/threads/{thread_id}", summary="One story thread and its timeline (a thread id or an article id)",
            tags=["threads"], responses=ERRORS)
def thread(store: StoreDep, thread_id: str) -> dict[str, Any]:
    return to_dict(find_thread(store, thread_id))


@router.get("/events", summary="Events across articles (reports of one event merged), latest first", tags=["events"])
def events(store: StoreDep, type: str | None = None, status: str | None = None, limit: Limit = 50) -> dict[str, Any]:
    total, found = list_events(store, type, status, None, limit, 0)
    return {"total": total, "events": [to_dict(e) for e in found]}


@router.get("/events/{event_id}", summary="One event as reported in one article, or a merged event (ev...)",
            tags=["events"], responses=ERRORS)
def event(store: StoreDep, event_id: str) -> dict[str, Any]:
    view = find_event(store, event_id)
    return {"id": view.id, "article_id": view.article.id, "event": to_dict(view.event), "evidence": view.evidence,
            "merged": to_dict(view.merged) if view.merged else None}


@router.get("/errors", summary="Inputs that could not be ingested, with reasons, newest first", tags=["status"])
def failures(store: StoreDep, limit: Limit = 100) -> dict[str, Any]:
    return {"items": [to_dict(row) for row in store.failures(limit=limit)]}

