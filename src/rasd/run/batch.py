"""An ingest batch: the inputs, read as a stream, handed to workers, each recorded in the batch journal.

The batch id is a hash of the inputs and the settings that change results. A run of the same batch after an
interrupted one (Ctrl-C, a crash, ``kill -9``) skips every input the journal says is done; a run after a
finished one starts over (re-ingesting updates articles, never duplicates them).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rasd.config import Config
from rasd.errors import Failure
from rasd.model import RawDocument
from rasd.pipeline import ReadOptions
from rasd.run.worker import Worker, WorkerSpec, WorkerStats, for_workers
from rasd.service import IngestReport, acquirer_for, item_key
from rasd.store import Store


@dataclass
class BatchReport(IngestReport):
    """An IngestReport, plus what the journal let this run skip and each worker's figures."""

    batch: str = ""
    resumed: int = 0
    workers: list[WorkerStats] = field(default_factory=list)

    def add(self, one: IngestReport) -> None:
        for name in ("created", "updated", "unchanged", "failed"):
            getattr(self, name).extend(getattr(one, name))


def batch_id(arguments: Iterable[str], config: Config, options: ReadOptions) -> str:
    key = json.dumps([list(arguments), options.published, list(config.stages)], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def run_ingest(arguments: list[str], store: Store, config: Config, options: ReadOptions = ReadOptions(),
               workers: int = 1, scheduler: str | None = None,
               on_report: Callable[[IngestReport], None] | None = None) -> BatchReport:
    """Ingest every input the arguments name into ``store``: in this process (``workers`` 1), over local
    worker processes, or on the Dask cluster at ``scheduler``. Resumes an interrupted run of the same batch."""
    report = BatchReport(batch=batch_id(arguments, config, options))
    report.resumed = store.begin_batch(report.batch, " ".join(arguments))
    spec = WorkerSpec(for_workers(config), options, report.batch)
    with acquirer_for(config, store=store) as acquirer:
        todo = not_done(acquirer.items(arguments), store, report.batch)
        for one in _reports(todo, spec, store, workers, scheduler, report.workers):
            report.add(one)
            if on_report:
                on_report(one)
    store.finish_batch(report.batch)
    return report


def _reports(items, spec: WorkerSpec, store: Store, workers: int, scheduler: str | None,
             stats: list[WorkerStats]) -> Iterator[IngestReport]:
    if scheduler:
        from rasd.run.cluster import dask_reports

        return dask_reports(items, spec, scheduler, stats)
    if workers > 1:
        from rasd.run.local import local_reports

        return local_reports(items, spec, workers, stats)
    return _in_process(items, spec, store, stats)


def _in_process(items, spec: WorkerSpec, store: Store, stats: list[WorkerStats]) -> Iterator[IngestReport]:
    worker = Worker(spec, store)
    for item in items:
        yield worker.process(item)
    stats.append(worker.stats())


def not_done(items: Iterable[RawDocument | Failure], store: Store, batch: str,
             chunk: int = 64) -> Iterator[RawDocument | Failure]:
    """The items the batch journal does not list as done, in order, looked up ``chunk`` at a time."""
    buffer: list[RawDocument | Failure] = []
    for item in items:
        buffer.append(item)
        if len(buffer) >= chunk:
            yield from _unfinished(buffer, store, batch)
            buffer = []
    yield from _unfinished(buffer, store, batch)


def _unfinished(items: list, store: Store, batch: str) -> list:
    if not items:
        return []
    done = store.done_items(batch, [item_key(item) for item in items])
    return [item for item in items if item_key(item) not in done]
