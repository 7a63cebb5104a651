"""Security for every response and request: headers (a strict Content-Security-Policy), body size limits,
and refusing cross-site form posts.

The CSP allows scripts, styles, fonts and images from rasd itself only: no inline script or style, no
event-handler attributes, no plug-ins, no framing, no base-URI tricks, forms post only back to rasd. Any
markup that slipped through escaping could therefore still not run anything. The API docs page needs the
Swagger UI bundle's injected styles, so it alone also allows inline *styles* (never inline scripts).
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rasd.api.problems import problem

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'")
CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class SecurityMiddleware:
    """Adds the headers, caps request bodies at ``max_body`` bytes (413 with a reason), and refuses
    state-changing requests that a browser marks as coming from another site (403)."""

    def __init__(self, app: ASGIApp, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        path = scope.get("path", "")
        refusal = self._refusal(scope, headers)
        if refusal:
            await _send_problem(send, path, *refusal, csp=CSP)
            return
        csp = CSP_DOCS if path == "/docs" else CSP
        await self.app(scope, _limited(receive, self.max_body), _with_headers(send, csp))

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, str] | None:
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body:
            return 413, "E403", f"the request body has {int(length):,} bytes; the limit is {self.max_body:,}"
        if scope.get("method") in UNSAFE_METHODS and _cross_site(headers):
            return 403, "E405", "a page on another site tried to send this request; rasd only accepts its own forms"
        return None


def _cross_site(headers: dict[str, str]) -> bool:
    """The browser says the request comes from another site (Sec-Fetch-Site, else an Origin that is not ours)."""
    if headers.get("sec-fetch-site") == "cross-site":
        return True
    origin = headers.get("origin")
    if origin is None:
        return False
    return origin == "null" or origin.split("://", 1)[-1].rstrip("/") != headers.get("host")


class BodyTooLarge(Exception):
    """A request body without a Content-Length went past the limit while it was being read."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(f"the request body is over the limit of {limit:,} bytes")


def _limited(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit)
        return message

    return wrapped


def _with_headers(send: Send, csp: str) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            raw = list(message.get("headers", []))
            present = {k.decode("latin-1").lower() for k, _ in raw}
            extra = {"content-security-policy": csp, **HEADERS}
            raw += [(k.encode(), v.encode()) for k, v in extra.items() if k not in present]
            message = {**message, "headers": raw}
        await send(message)

    return wrapped


async def _send_problem(send: Send, path: str, status: int, code: str, detail: str, csp: str) -> None:
    body = json.dumps(problem(status, code, detail, path), ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/problem+json"), (b"content-length", str(len(body)).encode()),
               (b"content-security-policy", csp.encode())]
    headers += [(k.encode(), v.encode()) for k, v in HEADERS.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
