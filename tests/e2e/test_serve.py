"""``rasd ingest SEED && rasd serve``: a real server process on 127.0.0.1, queried over HTTP like curl does;
and ingesting a URL with the real fetcher from a page server the test runs on 127.0.0.1."""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rasd(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasd.cli", *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RASD_DB": str(tmp_path / "serve.db")}


def wait_until_up(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"rasd serve exited: {process.stderr.read()}")
        try:
            httpx.get(base + "/api/status", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("rasd serve did not start within 30 s")


def test_ingest_then_serve_gives_the_seed_in_three_formats(env, seed_path):
    ingested = rasd("ingest", str(seed_path), "--json", env=env)
    assert ingested.returncode == 0, ingested.stderr
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-m", "rasd.cli", "serve", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_up(base, process)
        (item,) = httpx.get(base + "/api/articles").json()["items"]
        for format, key, expected in (("json", "headline", "ويتكوف وكوشنر يخططان لزيارة موسكو ولقاء بوتين"),
                                      ("ninjs", "uri", f"urn:rasd:article:{item['id']}"),
                                      ("jsonld", "@type", "NewsArticle")):
            response = httpx.get(f"{base}/api/articles/{item['id']}?format={format}")
            assert response.status_code == 200 and response.json()[key] == expected
        page = httpx.get(f"{base}/articles/{item['id']}")
        assert '<html lang="ar" dir="rtl">' in page.text and "default-src 'none'" in page.headers["content-security-policy"]
        docs = httpx.get(base + "/docs").text
        spec = httpx.get(base + "/openapi.json").json()
        for path in spec["paths"]:
            assert f'<code class="path">{path}</code>' in docs
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_refuses_a_store_it_cannot_open(env, tmp_path):
    result = rasd("serve", "--db", str(tmp_path / "missing" / "x.db"), env=env)
    assert result.returncode == 2 and "does not exist" in result.stderr


class PageHandler(http.server.BaseHTTPRequestHandler):
    page = b""

    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/news/witkoff.txt")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        self.wfile.write(self.page)

    def log_message(self, *args):
        pass


def test_ingest_url_with_the_real_fetcher_from_a_local_server(seed_path, tmp_path):
    from fastapi.testclient import TestClient

    from rasd.api import create_app
    from rasd.config import load_config

    PageHandler.page = seed_path.read_bytes()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PageHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/old"
    try:
        config = load_config(environ={}, db=str(tmp_path / "fetch.db"))
        refused = TestClient(create_app(config)).post("/api/ingest", data={"url": url})
        assert refused.status_code == 422 and refused.json()["code"] == "E401"
        allowed = TestClient(create_app(config, allow_private_urls=True)).post("/api/ingest", data={"url": url})
        assert allowed.status_code == 201, allowed.text
        record = TestClient(create_app(config)).get(allowed.json()["href"]).json()
        assert record["url"].endswith("/news/witkoff.txt") and record["kicker"] == "محادثات أوكرانيا"
    finally:
        server.shutdown()
