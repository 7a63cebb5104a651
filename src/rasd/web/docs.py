"""``/docs``: the API described, offline. The page lists every endpoint of the OpenAPI description
(rendered on the server, so it reads without JavaScript), and, when the Swagger UI files are installed
(the ``fastapi-offline`` package ships them, Apache-2.0/MIT), mounts Swagger UI served by rasd itself.
"""

from __future__ import annotations

from importlib import util
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from rasd.web.pages import render

router = APIRouter(include_in_schema=False)
METHODS = ("get", "post", "put", "patch", "delete")


def swagger_assets() -> str | None:
    """The folder with swagger-ui-bundle.js and swagger-ui.css, when installed; None otherwise."""
    spec = util.find_spec("fastapi_offline")
    if spec is None or not spec.origin:
        return None
    folder = Path(spec.origin).parent / "static"
    return str(folder) if (folder / "swagger-ui-bundle.js").is_file() else None


def endpoints(openapi: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation in the OpenAPI description: method, path, summary, tag, parameters."""
    found = []
    for path, item in openapi.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            found.append({
                "method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                "tag": (operation.get("tags") or ["other"])[0],
                "parameters": [p["name"] for p in operation.get("parameters", [])],
                "body": "requestBody" in operation,
            })
    return found


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> Response:
    spec = request.app.openapi()
    return render(request, "docs.html", endpoints=endpoints(spec), title=spec["info"]["title"],
                  api_version=spec["info"]["version"], swagger=swagger_assets() is not None)
