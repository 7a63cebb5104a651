"""End to end: `rasd ingest`, `rasd watch` and `rasd analyze` on feeds and pages served from 127.0.0.1, and
a batch of bad inputs where each fails alone with its reason."""

from __future__ import annotations

import gzip
import json

import pytest
from sitefixture import Reply, Site, article_html, rss

from rasd.cli import app
from rasd.store import open_store

FAST = ["--allow-private", "--delay", "0", "--timeout", "2"]
BODY = ["أعلنت وزارة الصحة اليوم عن حملة تطعيم جديدة تشمل جميع المحافظات وتستمر ثلاثة أسابيع متتالية.",
        "وقال الوزير في مؤتمر صحفي إن الحملة تستهدف الأطفال دون سن الخامسة وكبار السن في المناطق الريفية."]


@pytest.fixture
def site():
    with Site() as served:
        served.page("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain")
        for n in (1, 2, 3):
            served.page(f"/news/{n}.html", article_html(f"حملة تطعيم جديدة في المحافظات رقم {n}", BODY,
                                                        published=f"2026-11-2{n}T08:00:00+03:00"))
        items = [(f"/news/{n}.html", f"الخبر {n}", "Sat, 28 Nov 2026 09:30:00 +0300") for n in (1, 2, 3)]
        served.page("/feed.rss", rss(items), "application/rss+xml; charset=utf-8")
        yield served


def test_ingesting_a_feed_twice_stores_its_items_once(cli, site, db_path):
    args = ["ingest", site.url("/feed.rss"), "--db", str(db_path), "--json", *FAST]
    first = cli.invoke(app, args)
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert len(report["created"]) == 3 and report["failed"] == []
    second = cli.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert json.loads(second.stdout) == {"created": [], "updated": [], "unchanged": [], "failed": [], "resumed": 0}
    assert [site.hits(f"/news/{n}.html") for n in (1, 2, 3)] == [1, 1, 1]
    with open_store(db_path) as store:
        assert store.count() == 3
        article = store.get(report["created"][0])
    assert article.published.value == "2026-11-21T08:00:00+03:00" and article.url == site.url("/news/1.html")
    assert article.title == "حملة تطعيم جديدة في المحافظات رقم 1" and article.source.name == "موقع الاختبار"


def test_watch_once_ingests_only_new_items(cli, site, db_path):
    first = cli.invoke(app, ["watch", site.url("/feed.rss"), "--once", "--db", str(db_path), "--json", *FAST])
    assert first.exit_code == 0, first.output
    assert len(json.loads(first.stdout)["created"]) == 3
    site.page("/news/4.html", article_html("خبر جديد عن الحملة الرابعة في المحافظات", BODY))
    items = [(f"/news/{n}.html", f"الخبر {n}", "Sun, 29 Nov 2026 09:30:00 +0300") for n in (1, 2, 3, 4)]
    site.page("/feed.rss", rss(items), "application/rss+xml")
    second = cli.invoke(app, ["watch", site.url("/feed.rss"), "--once", "--db", str(db_path), "--json", *FAST])
    assert len(json.loads(second.stdout)["created"]) == 1 and site.hits("/news/4.html") == 1
    assert site.hits("/news/1.html") == 1


def test_watch_rejects_a_bad_interval(cli, site, db_path):
    result = cli.invoke(app, ["watch", site.url("/feed.rss"), "--every", "soon", "--db", str(db_path)])
    assert result.exit_code == 2 and "--every" in result.stderr


def test_private_address_refused_without_the_flag(cli, site):
    result = cli.invoke(app, ["analyze", site.url("/news/1.html"), "--jsonl"])
    assert result.exit_code == 1
    record = json.loads(result.stdout)
    assert record["error"] == "E021" and "--allow-private" in record["reason"]
    assert site.hits("/news/1.html") == 0


def test_bad_inputs_each_fail_alone_and_the_batch_goes_on(cli, site, tmp_path, monkeypatch):
    site.routes["/loop"] = lambda request: Reply(302, headers={"Location": "/loop"})
    site.routes["/trickle"] = lambda request: Reply(200, b"<p>" + b"x" * 300, {"Content-Type": "text/html"}, 0.02)
    good = tmp_path / "good.html"
    good.write_text(article_html("خبر سليم بين المدخلات المعطوبة", BODY), encoding="utf-8")
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><div><p>" + BODY[0] + "<p>" + BODY[1] + "<div></span></table>", encoding="utf-8")
    no_body = tmp_path / "nobody.html"
    no_body.write_text("<html><head><title>عنوان فقط</title></head></html>", encoding="utf-8")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    huge = tmp_path / "huge.html"
    with open(huge, "wb") as stream:
        stream.truncate(100 * 1024 * 1024)
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * (12 * 1024 * 1024)))
    frames = tmp_path / "frames.html"
    frames.write_text('<html><frameset cols="50%,50%"><frame src="left.html"><frame src="right.html"></frameset>'
                      "</html>", encoding="utf-8")
    inputs = [good, broken, no_body, empty, binary, huge, bomb, frames]
    args = ["analyze", *map(str, inputs), site.url("/loop"), site.url("/trickle"), str(good), "--jsonl", *FAST]
    monkeypatch.setenv("RASD_FETCH_DEADLINE", "1")
    result = cli.invoke(app, args)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1 and len(records) == 11
    assert records[0]["title"] == records[10]["title"] == "خبر سليم بين المدخلات المعطوبة"
    assert records[1]["text"].startswith("أعلنت وزارة الصحة")
    codes = [r.get("error") for r in records[2:10]]
    assert codes == ["E005", "E001", "E002", "E003", "E003", "E005", "E023", "E020"]
    assert "frameset" in records[7]["reason"] and "left.html" in records[7]["reason"]
    assert "too slow" in records[9]["reason"]


def test_json_lines_text_records_keep_their_date(cli, tmp_path):
    path = tmp_path / "dump.jsonl"
    record = {"title": "افتتاح جسر جديد فوق النهر", "text": "\n\n".join(BODY), "published": "2026-11-15",
              "url": "https://news.example/ar/bridge"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    result = cli.invoke(app, ["analyze", str(path), "--jsonl"])
    first, second = [json.loads(line) for line in result.stdout.splitlines()]
    assert first["title"] == "افتتاح جسر جديد فوق النهر" and first["url"] == "https://news.example/ar/bridge"
    assert first["published"]["value"] == "2026-11-15" and "jsonl" in first["published"]["evidence"]
    assert second["error"] == "E006" and second["location"] == f"{path}#2"
