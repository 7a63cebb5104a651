"""WARC/ARC archives and JSON-lines files as RawDocuments, one per page; bad records fail alone."""

from __future__ import annotations

import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasd.acquire.hints import PUBLISHED, TITLE, hint
from rasd.acquire.jsonl import iter_jsonl
from rasd.acquire.warc import iter_archive
from rasd.errors import Failure
from rasd.model import RawDocument

PAGE = "<html><body><article><h1>عنوان</h1><p>نص الخبر الكامل هنا.</p></article></body></html>"


def _warc(path, records, gz=True):
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gz)
        for url, status, ctype, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


def test_warc_keeps_successful_page_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [
        ("https://news.example/a", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
        ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG...."),
        ("https://news.example/old", "301 Moved Permanently", "text/html", b""),
        ("https://news.example/b", "200 OK", "text/html; charset=windows-1256", PAGE.encode("cp1256")),
    ])
    items = list(iter_archive(str(path), max_bytes=1_000_000))
    assert [i.url for i in items] == ["https://news.example/a", "https://news.example/b"]
    assert all(isinstance(i, RawDocument) and i.source_kind == "warc" for i in items)
    assert items[1].encoding == "windows-1256" and items[1].content == PAGE.encode("cp1256")
    assert items[0].location.startswith(f"warc:{path}#") and items[0].fetched_at


def test_warc_record_over_the_cap_fails_alone(tmp_path):
    path = tmp_path / "big.warc"
    _warc(path, [("https://x.example/big", "200 OK", "text/html", b"<p>" + b"x" * 5000 + b"</p>"),
                 ("https://x.example/ok", "200 OK", "text/html", PAGE.encode())], gz=False)
    items = list(iter_archive(str(path), max_bytes=1000))
    assert isinstance(items[0], Failure) and items[0].code == "E003"
    assert isinstance(items[1], RawDocument) and items[1].url == "https://x.example/ok"


def test_damaged_archive_ends_with_a_failure(tmp_path):
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a warc record\r\n\r\n"))
    items = list(iter_archive(str(path), max_bytes=1000))
    assert len(items) == 1 and isinstance(items[0], Failure) and items[0].code == "E006"


def test_json_lines_html_and_text_records(tmp_path):
    path = tmp_path / "items.jsonl"
    lines = [
        json.dumps({"url": "https://news.example/1", "html": PAGE, "published": "2026-11-28"}, ensure_ascii=False),
        "",
        json.dumps({"title": "عنوان الخبر", "content": "فقرة أولى.\n\nفقرة ثانية.", "date": "2026-11-27"},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"url": "https://news.example/3"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(iter_jsonl(str(path), max_bytes=100_000))
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument", "Failure", "Failure", "Failure"]
    html, text, bad, empty, listed = items
    assert html.media_type == "text/html" and html.url == "https://news.example/1" and html.location == f"{path}#1"
    assert hint(html, PUBLISHED) == "2026-11-28"
    assert text.media_type == "text/plain" and text.content.decode().startswith("عنوان الخبر\n\nفقرة أولى.")
    assert hint(text, TITLE) == "عنوان الخبر" and text.location == f"{path}#3"
    assert bad.code == "E006" and bad.location == f"{path}#4"
    assert empty.code == "E005" and listed.code == "E006"
