"""Rendering pages: the Jinja2 environment (autoescaping always on), the interface language, error pages."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from rasd import __version__
from rasd.export.common import web_url
from rasd.web.i18n import DEFAULT, LANGUAGES, direction, strings

LANG_COOKIE = "rasd_lang"


def environment() -> Environment:
    """Templates from ``rasd/web/templates``; every ``{{ value }}`` is HTML-escaped."""
    env = Environment(loader=PackageLoader("rasd.web", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["entity_href"] = entity_href
    env.filters["web_url"] = web_url
    env.filters["dir"] = direction
    env.globals["version"] = __version__
    return env


def entity_href(key: str) -> str:
    return "/entities/" + quote(key, safe="")


def interface_language(request: Request) -> str:
    """``?lang=`` if given, else the language cookie, else Arabic."""
    asked = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE)
    return asked if asked in LANGUAGES else DEFAULT


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = interface_language(request)
    other = "en" if lang == "ar" else "ar"
    query = {k: v for k, v in request.query_params.items() if k != "lang"}
    page = request.app.state.templates.get_template(template).render(
        t=strings(lang), lang=lang, dir=direction(lang), path=request.url.path,
        switch_href=f"{request.url.path}?{urlencode({**query, 'lang': other})}", **context,
    )
    response = HTMLResponse(page, status_code=status)
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


def render_error(request: Request, status: int, problem: dict[str, Any]) -> HTMLResponse:
    return render(request, "error.html", status=status, problem=problem)
