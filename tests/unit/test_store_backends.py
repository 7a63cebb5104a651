"""The Store contract on both backends (SQLite file, PostgreSQL schema): the same calls, the same answers."""

import multiprocessing
from dataclasses import replace

import pytest

from rasd.errors import Failure, NotFound, RasdError, StoreError
from rasd.model import Article, Block, Entity, Mention, RawDocument
from rasd.store import open_store
from rasd.store.kb import entry_from_fields, link_across_articles, put_entries, read_user_entries

TEXT = "قال المتحدث إن المحادثات ستستأنف الأسبوع المقبل."


def article(id="a1", text=TEXT, title="عنوان", published=None) -> Article:
    made = Article(id=id, text=text, title=title, headline=title, blocks=(Block("paragraph", text, 0, len(text)),))
    return replace(made, published=replace(made.published, value=published)) if published else made


def raw(content="صفحة".encode(), location="page.txt") -> RawDocument:
    return RawDocument(content=content, location=location)


def test_put_creates_then_unchanged_then_updated(store_url):
    with open_store(store_url) as store:
        assert store.put(raw(), article()).action == "created"
        assert store.put(raw(), article()).action == "unchanged"
        assert store.put(raw(), replace(article(), title="عنوان جديد")).action == "updated"
        assert store.count() == 1
        assert store.get("a1").title == "عنوان جديد"


def test_raw_input_is_kept_and_restored_byte_for_byte(store_url):
    content = ("نص طويل ـ ١٢٣ " * 3000).encode()
    with open_store(store_url) as store:
        store.put(RawDocument(content=content, location="p.html", url="https://example.com/a",
                              media_type="text/html", headers=(("etag", "x1"),)), article())
        back = store.raw_for("a1")
    assert (back.content, back.location, back.url, back.headers) == (content, "p.html", "https://example.com/a",
                                                                      (("etag", "x1"),))


def test_get_by_prefix_and_errors(store_url):
    with open_store(store_url) as store:
        store.put(raw(b"1"), article("abcd1111"))
        store.put(raw(b"2"), article("abcd2222", text="نص آخر مختلف"))
        assert store.get("abcd1").id == "abcd1111"
        with pytest.raises(RasdError) as info:
            store.get("abcd")
        assert info.value.code == "E301"
        with pytest.raises(NotFound):
            store.get("zzzz")
        with pytest.raises(NotFound):
            store.get("ab%")
        with pytest.raises(NotFound):
            store.get("abc%")
        store.put(raw(b"3"), article("abcd", text="نص ثالث"))
        assert store.get("abcd").id == "abcd"  # an exact id wins over the ids it starts
        assert store.get("abcd2").id == "abcd2222"
        for odd in ("abc\U0010ffff", "ab'; DROP TABLE articles; --", "أوكرانيا"):
            with pytest.raises(NotFound):
                store.get(odd)
        assert store.count() == 3


def test_failed_write_leaves_nothing_half_written(store_url):
    with open_store(store_url) as store:
        store.put(raw(b"first"), article())
        broken = replace(article("a2"), provenance=replace(article().provenance, rasd_version=None))
        with pytest.raises(StoreError):
            store.put(raw(b"second raw"), broken)
        assert store.count() == 1
        with pytest.raises(NotFound):
            store.raw_for("a2")


def test_listing_order_failures_and_seen_urls(store_url):
    with open_store(store_url) as store:
        store.put(raw(b"1"), article("b1", published="2026-01-02"))
        store.put(raw(b"2"), article("b2", text="نص ثان", published="2026-01-05"))
        store.put(raw(b"3"), article("b3", text="نص ثالث"))
        store.record_failure(Failure("bad.txt", "E002", "binary input: control bytes"))
        store.mark_seen("https://example.com/1", "b1", "feed.xml")
        store.mark_seen("https://example.com/1", None, "feed.xml")
        assert [s.id for s in store.list_articles()] == ["b2", "b1", "b3"]
        assert [s.id for s in store.list_articles(limit=1, offset=1)] == ["b1"]
        assert [(f.location, f.code) for f in store.failures()] == [("bad.txt", "E002")]
        assert store.seen_urls(["https://example.com/1", "https://example.com/2"]) == {"https://example.com/1"}
        assert sorted(a.id for a in store.iter_articles(batch=2)) == ["b1", "b2", "b3"]


def test_knowledge_base_entries_and_cross_article_links(store_url):
    with open_store(store_url) as store:
        put_entries(store, [entry_from_fields(None, "PER", "ستيف ويتكوف", "Steve Witkoff", ["ويتكوف"])])
        put_entries(store, [entry_from_fields(None, "PER", "ستيف ويتكوف", "Steven Witkoff", ["ويتكوف"])])
        two = link_across_articles(store, Article(id="x", text="قال كوشنر", entities=(
            Entity("e1", "PER", "جاريد كوشنر", (Mention(4, 9, "كوشنر"),)),)))
        again = link_across_articles(store, Article(id="y", text="كوشنر", entities=(
            Entity("e1", "PER", "كوشنر", (Mention(0, 5, "كوشنر"),)),)))
    assert two.entities[0].kb_id == again.entities[0].kb_id == "auto:جاريد_كوشنر"
    entries = {e.id: e for e in read_user_entries(store_url)}
    assert entries["user:ستيف_ويتكوف"].name_en == "Steven Witkoff"
    assert entries["auto:جاريد_كوشنر"].aliases == ("كوشنر",)


def test_the_journal_resumes_an_unfinished_batch_and_restarts_a_finished_one(store_url):
    with open_store(store_url) as store:
        assert store.begin_batch("b", "pages/") == 0
        store.put(raw(b"1"), article("c1"), journal=("b", "one"))
        store.record_failure(Failure("two", "E001", "empty input"), journal=("b", "two"))
        assert store.done_items("b", ["one", "two", "three"]) == {"one", "two"}
        assert store.begin_batch("b", "pages/") == 2  # interrupted: resume
        store.finish_batch("b")
        assert store.begin_batch("b", "pages/") == 0  # finished: a new run starts over
        assert store.done_items("b", ["one", "two"]) == set()


def test_schema_is_migrated_once(store_url):
    with open_store(store_url) as store:
        version = store.schema_version
        assert version >= 2 and store.migrate() == []
    with open_store(store_url) as store:
        assert store.schema_version == version


def _writer(url: str, worker: int, queue) -> None:
    with open_store(url) as store:
        actions = [store.put(raw(f"page {n}".encode()), article(f"id{n:03d}", text=f"نص {n}")).action
                   for n in range(worker, 40, 1) if n % 2 == worker % 2 or n < 20]
    queue.put(actions)


def test_concurrent_writers_in_two_processes_never_duplicate(store_url):
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(store_url, w, queue)) for w in (0, 1)]
    for proc in procs:
        proc.start()
    actions = [a for _ in procs for a in queue.get(timeout=120)]
    for proc in procs:
        proc.join(timeout=60)
    assert actions.count("created") == 40
    with open_store(store_url) as store:
        assert store.count() == 40
        assert len(store.list_articles(limit=100)) == 40


def test_unreachable_postgresql_is_a_store_error():
    with pytest.raises(StoreError, match="cannot open the PostgreSQL store at postgresql://nobody@127.0.0.1:1/x"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/x?connect_timeout=2")
