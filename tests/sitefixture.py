"""A small web site served from 127.0.0.1 for the acquisition tests: pages, feeds, robots.txt, redirects,
slow and failing answers. Each route is a function of the request that returns a :class:`Reply`."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    trickle: float = 0.0  # seconds between single bytes of the body


Route = Callable[[BaseHTTPRequestHandler], Reply]


class Site:
    """Routes by path; records every request path (and its headers) in ``requests``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                site.requests.append((self.path, dict(self.headers)))
                route = site.routes.get(self.path.split("?")[0])
                reply = route(self) if route else Reply(404, b"not here", {"Content-Type": "text/plain"})
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.trickle:
                    for byte in reply.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(reply.trickle)
                else:
                    self.wfile.write(reply.body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
             **headers: str) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = lambda request: Reply(200, data, {"Content-Type": content_type, **headers})

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p.split("?")[0] == path)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def article_html(title: str, paragraphs: list[str], published: str | None = None, lang: str = "ar") -> str:
    """A plain news page with a headline, a date in JSON-LD and body paragraphs."""
    ld = (f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}", '
          f'"datePublished": "{published}"}}</script>') if published else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="{lang}" dir="rtl"><head><meta charset="utf-8"><title>{title} | موقع الاختبار'
            f"</title>{ld}</head><body><article><h1>{title}</h1>{body}</article></body></html>")


def rss(items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (link, title, RFC 822 date) items."""
    entries = "".join(f"<item><title>{t}</title><link>{u}</link><pubDate>{d}</pubDate></item>" for u, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار الاختبار</title>'
            f"<link>http://example.test/</link>{entries}</channel></rss>")
