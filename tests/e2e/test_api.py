"""The JSON API in-process: articles and exports, pagination, search, related, entities, threads, events,
analyze and ingest (text, upload, URL), problem details, limits and the address rules."""

from __future__ import annotations

import pytest

SEED_HEADLINE = "ويتكوف وكوشنر يخططان لزيارة موسكو ولقاء بوتين"


def test_the_seed_record_in_all_three_formats(client, seeded):
    record = client.get(f"/api/articles/{seeded.seed_id}").json()
    assert record["schema"] == "rasd.article/1" and record["headline"] == SEED_HEADLINE
    assert record["kicker"] == "محادثات أوكرانيا" and record["images"][0]["credit"] == "REUTERS"
    ninjs = client.get(f"/api/articles/{seeded.seed_id}?format=ninjs")
    assert ninjs.headers["content-type"] == "application/json"
    assert ninjs.json()["uri"] == f"urn:rasd:article:{seeded.seed_id}"
    assert ninjs.json()["headlines"][0]["value"] == SEED_HEADLINE
    jsonld = client.get(f"/api/articles/{seeded.seed_id}?format=jsonld")
    assert jsonld.headers["content-type"] == "application/ld+json"
    assert jsonld.json()["@type"] == "NewsArticle" and jsonld.json()["dateline"] == "دبي -الشرق"
    assert jsonld.json()["datePublished"] == "2026-01-13"


def test_article_ids_can_be_shortened_and_unknown_ones_are_problems(client, seeded):
    assert client.get(f"/api/articles/{seeded.seed_id[:8]}").json()["id"] == seeded.seed_id
    missing = client.get("/api/articles/ffffffffffffffff")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["code"] == "E202" and "ffffffffffffffff" in missing.json()["detail"]
    bad = client.get(f"/api/articles/{seeded.seed_id}?format=nitf")
    assert bad.status_code == 400 and bad.json()["code"] == "E301" and "format" in bad.json()["detail"]


def test_article_list_pages(client):
    first = client.get("/api/articles?limit=2").json()
    assert first["total"] == 3 and len(first["items"]) == 2
    assert first["next"] == "/api/articles?limit=2&offset=2" and first["previous"] is None
    last = client.get(first["next"]).json()
    assert len(last["items"]) == 1 and last["next"] is None
    ids = {i["id"] for i in first["items"]} | {i["id"] for i in last["items"]}
    assert len(ids) == 3
    assert client.get("/api/articles?limit=0").json()["code"] == "E301"


def test_search_with_filters_and_facets(client, seeded):
    body = client.get("/api/search", params={"q": "اوكرانيا"}).json()
    assert body["query"] == "اوكرانيا" and body["total"] == 2
    assert {r["id"] for r in body["results"]} == {seeded.seed_id, seeded.follow_id}
    assert set(body["results"][0]) >= {"id", "title", "source", "published", "score", "snippet"}
    only = client.get("/api/search", params={"q": "اوكرانيا", "source": "وكالة الاختبار"}).json()
    assert [r["id"] for r in only["results"]] == [seeded.follow_id]
    facets = {f["value"]: f["count"] for f in body["facets"]["entity"]}
    assert facets["PER:ستيف ويتكوف"] == 2


def test_related_entities_threads_and_events(client, seeded):
    related = client.get(f"/api/related/{seeded.seed_id}").json()["related"]
    assert related[0]["id"] == seeded.follow_id and "ستيف ويتكوف" in related[0]["reason"]
    entities = client.get("/api/entities?type=PER").json()
    assert entities["items"][0]["articles"] == 2
    profile = client.get("/api/entities/PER:فلاديمير بوتين").json()
    assert profile["name_en"] == "Vladimir Putin" and len(profile["articles"]) == 2
    assert profile["timeline"] == [["2026-01-13", 6], ["2026-01-15", 1]]
    thread = client.get(f"/api/threads/{seeded.follow_id}").json()
    assert thread["id"] == seeded.seed_id and [e["role"] for e in thread["entries"]] == ["first report", "update"]
    assert client.get("/api/threads").json()["total"] == 1
    event = client.get(f"/api/events/{seeded.seed_id}.0").json()
    assert event["event"]["type"] == "CONSULT" and event["evidence"].startswith("وفي ديسمبر الماضي، زار ويتكوف")


def test_analyze_arabic_text_without_storing(client, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    before = client.get("/api/articles").json()["total"]
    record = client.post("/api/analyze", json={"text": text, "published": "2026-01-13"}).json()
    assert record["headline"] == SEED_HEADLINE and record["published"]["value"] == "2026-01-13"
    jsonld = client.post("/api/analyze?format=jsonld", json={"text": text}).json()
    assert jsonld["headline"] == SEED_HEADLINE
    assert client.get("/api/articles").json()["total"] == before


def test_analyze_needs_exactly_one_input(client):
    both = client.post("/api/analyze", json={"text": "نص", "url": "https://example.org/"})
    assert both.status_code == 400 and both.json()["code"] == "E301"
    assert "exactly one of text, html or url" in both.json()["detail"]
    empty = client.post("/api/analyze", json={"text": "   "})
    assert empty.status_code == 422 and empty.json()["code"] == "E001"


def test_analyze_html_needs_an_html_reader(client):
    response = client.post("/api/analyze", json={"html": "<html><body><h1>عنوان</h1><p>نص المقال.</p></body></html>"})
    pipeline = client.app.state.rasd.pipeline
    if any("text/html" in reader.media_types for reader in pipeline.readers):
        assert response.status_code == 200 and response.json()["headline"] == "عنوان"
    else:
        assert response.status_code == 415 and response.json()["code"] == "E007"
        assert "no reader for text/html" in response.json()["detail"]


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/api/articles", "http://10.0.0.7/", "http://169.254.169.254/",
                                 "file:///etc/passwd"])
def test_urls_to_private_addresses_are_refused_before_fetching(client, fetcher, url):
    for response in (client.post("/api/analyze", json={"url": url}), client.post("/api/ingest", data={"url": url})):
        assert response.status_code == 422 and response.json()["code"] == "E401"
    assert fetcher.asked == []


def test_ingest_a_public_url_through_the_fetcher(client, fetcher, seed_path):
    url = "http://93.184.216.34/news/witkoff"  # an IP literal: checked without DNS, fetched by the fake fetcher
    fetcher.pages[url] = seed_path.read_bytes()
    response = client.post("/api/ingest", data={"url": url})
    assert response.status_code == 201 and fetcher.asked == [url]
    stored = client.get(response.json()["href"]).json()
    assert stored["url"] == url and stored["headline"] == SEED_HEADLINE


def test_ingest_an_upload_then_again_unchanged(client):
    page = "عنوان الخبر\n\nهذا نص خبر قصير عن محادثات السلام في أوكرانيا، كتبه مراسلنا في دبي.\n".encode()
    first = client.post("/api/ingest", files={"file": ("../../etc/خبر.txt", page, "text/plain")})
    assert first.status_code == 201 and first.json()["action"] == "created"
    again = client.post("/api/ingest", files={"file": ("خبر.txt", page, "text/plain")})
    assert again.json() == {**first.json(), "action": "unchanged"}
    record = client.get(first.json()["href"]).json()
    assert record["provenance"]["location"] == "upload:خبر.txt"  # only the file's own name is kept


def test_ingest_failures_are_recorded_with_reasons(client):
    response = client.post("/api/ingest", files={"file": ("blank.txt", b"   \n", "text/plain")})
    assert response.status_code == 422 and response.json()["code"] == "E001"
    failures = client.get("/api/errors").json()["items"]
    assert failures[0]["code"] == "E001" and failures[0]["location"] == "upload:blank.txt"
    assert client.post("/api/ingest", data={}).json()["code"] == "E301"


def test_request_size_limit(seeded, fetcher):
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from rasd.api import create_app

    small = TestClient(create_app(replace(seeded.config, max_input_bytes=1000), fetcher=fetcher))
    big = small.post("/api/analyze", json={"text": "خبر " * 40_000})
    assert big.status_code == 413 and big.json()["code"] == "E403" and "limit" in big.json()["detail"]
    upload = small.post("/api/ingest", files={"file": ("a.txt", "ن".encode() * 900, "text/plain")})
    assert upload.status_code == 413 and upload.json()["code"] == "E003"


def test_cross_site_posts_are_refused(client):
    response = client.post("/api/analyze", json={"text": "نص"}, headers={"Origin": "https://evil.example",
                                                                        "Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403 and response.json()["code"] == "E405"


def test_openapi_and_docs_list_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    operations = {(method.upper(), path) for path, item in spec["paths"].items() for method in item}
    assert {("GET", "/api/articles/{article_id}"), ("GET", "/api/search"), ("POST", "/api/analyze"),
            ("POST", "/api/ingest"), ("GET", "/api/related/{article_id}"), ("GET", "/api/entities/{key}"),
            ("GET", "/api/threads/{thread_id}"), ("GET", "/api/events/{event_id}")} <= operations
    docs = client.get("/docs")
    assert docs.status_code == 200
    for method, path in operations:
        assert f'method-{method.lower()}">{method}</code></td><td><code class="path">{path}</code>' in docs.text
    assert '<script src="/static/swagger/swagger-ui-bundle.js">' in docs.text
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert "cdn" not in docs.text.lower()
