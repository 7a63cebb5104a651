"""The batch runner's pieces: batch ids, the journal filter over a stream, one in-process run and its resume."""

from rasd.config import load_config
from rasd.errors import Failure
from rasd.model import RawDocument
from rasd.pipeline import ReadOptions
from rasd.run.batch import batch_id, not_done, run_ingest
from rasd.service import item_key
from rasd.store import open_store


def page(n: int) -> RawDocument:
    return RawDocument(f"خبر رقم {n}\n\nقال المتحدث إن الاجتماع رقم {n} انتهى في بيروت.".encode(), f"p{n}.txt")


def test_batch_ids_change_with_inputs_date_and_stages():
    config = load_config(environ={})
    one = batch_id(["a/", "b.jsonl"], config, ReadOptions())
    assert one == batch_id(["a/", "b.jsonl"], config, ReadOptions())
    assert len({one, batch_id(["b.jsonl", "a/"], config, ReadOptions()),
                batch_id(["a/", "b.jsonl"], config, ReadOptions(published="2026-01-13")),
                batch_id(["a/", "b.jsonl"], load_config(environ={}, stages=("readtime",)), ReadOptions())}) == 4


def test_item_keys_name_the_location_and_the_content():
    assert item_key(page(1)) == f"p1.txt#{page(1).content_hash}"
    assert item_key(RawDocument(b"other", "p1.txt")) != item_key(page(1))
    assert item_key(Failure("gone.txt", "E006", "no such file")) == "gone.txt"


def test_not_done_skips_what_the_journal_lists_and_keeps_order(db_path):
    with open_store(db_path) as store:
        store.begin_batch("b1", "x")
        store.record_failure(Failure("p3.txt", "E001", "empty"), journal=("b1", item_key(page(3))))
        items = [page(n) for n in range(1, 6)]
        assert [i.location for i in not_done(items, store, "b1", chunk=2)] == ["p1.txt", "p2.txt", "p4.txt",
                                                                                 "p5.txt"]


def test_an_interrupted_in_process_run_resumes(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(4):
        (folder / f"p{n}.txt").write_bytes(page(n).content)
    config = load_config(environ={}, db=str(tmp_path / "r.db"), stages=("readtime",))
    seen = []

    def stop_after_two(one):
        seen.append(one)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with open_store(config.db) as store:
        try:
            run_ingest([str(folder)], store, config, on_report=stop_after_two)
        except KeyboardInterrupt:
            pass
        report = run_ingest([str(folder)], store, config)
        assert (report.resumed, len(report.created), store.count()) == (2, 2, 4)
        again = run_ingest([str(folder)], store, config)
        assert (again.resumed, len(again.unchanged), store.count()) == (0, 4, 4)
