"""The HTTP API over a PostgreSQL store: one store (its connection pool) serves every request and is closed
when the app shuts down; an ingested article is read back and found by search."""

from __future__ import annotations

from fastapi.testclient import TestClient

from rasd.api.app import create_app
from rasd.config import load_config

PAGE = "محادثات في موسكو\n\nالتقى المبعوث الأميركي ستيف ويتكوف الرئيس الروسي فلاديمير بوتين في موسكو أمس.\n"


def test_one_pooled_store_serves_all_requests(pg_url):
    app = create_app(load_config(db=pg_url, stages=("readtime",)))
    with TestClient(app) as client:
        created = client.post("/api/ingest", files={"file": ("moscow.txt", PAGE.encode(), "text/plain")})
        assert created.status_code == 201, created.text
        store = app.state.shared_store.get()
        assert client.get(created.json()["href"]).json()["headline"] == "محادثات في موسكو"
        found = client.get("/api/search", params={"q": "ويتكوف"}).json()
        assert [hit["id"] for hit in found["results"]] == [created.json()["id"]]
        assert app.state.shared_store.get() is store  # the same store, not one per request
    assert app.state.shared_store._store is None  # closed at shutdown
