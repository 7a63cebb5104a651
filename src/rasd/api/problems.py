"""Errors as RFC 9457 problem details (``application/problem+json``), each with its catalogue code.

Every failure the API reports says what went wrong: ``{"type", "title", "status", "detail", "code",
"instance"}``, plus ``errors`` for invalid parameters. The reader's pages show the same reason in HTML.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd.errors import CATALOGUE, RasdError

PROBLEM_TYPE = "application/problem+json"

STATUS: dict[str, int] = {
    "E001": 422, "E002": 422, "E003": 413, "E004": 422, "E005": 422, "E006": 422, "E007": 415,
    "E101": 500, "E102": 500, "E201": 500, "E202": 404, "E203": 503, "E301": 400,
    "E401": 422, "E402": 502, "E403": 413, "E404": 404, "E405": 403, "E900": 500,
}
_HTTP_CODES = {404: "E404", 405: "E301", 413: "E403", 403: "E405"}


def status_for(code: str) -> int:
    return STATUS.get(code, 500)


def problem(status: int, code: str, detail: str, instance: str, **extra: Any) -> dict[str, Any]:
    return {"type": f"urn:rasd:error:{code}", "title": CATALOGUE.get(code, "error"), "status": status,
            "detail": detail, "code": code, "instance": instance, **extra}


def problem_response(status: int, code: str, detail: str, instance: str, **extra: Any) -> JSONResponse:
    return JSONResponse(problem(status, code, detail, instance, **extra), status_code=status, media_type=PROBLEM_TYPE)


def from_rasd_error(request: Request, error: RasdError) -> tuple[int, dict[str, Any]]:
    status = status_for(error.code)
    return status, problem(status, error.code, error.message, request.url.path)


def from_validation(request: Request, error: RequestValidationError) -> tuple[int, dict[str, Any]]:
    details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "reason": e.get("msg", "")} for e in error.errors()]
    detail = "; ".join(f"{d['where']}: {d['reason']}" for d in details) or "invalid request"
    return 400, problem(400, "E301", detail, request.url.path, errors=details)


def from_http(request: Request, error: StarletteHTTPException) -> tuple[int, dict[str, Any]]:
    code = _HTTP_CODES.get(error.status_code, "E301" if error.status_code < 500 else "E900")
    detail = error.detail if isinstance(error.detail, str) else str(error.detail)
    if error.status_code == 404 and detail == "Not Found":
        detail = f"nothing at {request.url.path}"
    return error.status_code, problem(error.status_code, code, detail, request.url.path)


def from_bug(request: Request, error: Exception) -> tuple[int, dict[str, Any]]:
    detail = f"internal error: {type(error).__name__}: {error}"
    return 500, problem(500, "E900", detail, request.url.path)
