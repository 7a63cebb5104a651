"""A Dask distributed cluster: ``--scheduler tcp://HOST:8786``.

A worker plugin builds one :class:`~rasd.run.worker.Worker` per Dask worker when it joins (models load once
per worker); each input is one task. At most ``window`` tasks are in flight, so inputs are read only as
fast as the cluster works. A task whose worker dies is retried elsewhere; the store's unique keys and the
batch journal make a retried input an update of nothing, never a duplicate. The store must be reachable from
every worker: a PostgreSQL URL (or a SQLite file on a shared disk when all workers are on one machine).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from distributed import WorkerPlugin

from rasd.errors import Failure, RasdError
from rasd.model import RawDocument
from rasd.run.worker import Worker, WorkerSpec, WorkerStats
from rasd.service import IngestReport

PLUGIN = "rasd-ingest"


class IngestPlugin(WorkerPlugin):
    """Dask worker plugin: the worker's pipeline and store, built in ``setup`` and closed in ``teardown``."""

    name = PLUGIN

    def __init__(self, spec: WorkerSpec):
        self.spec = spec
        self.worker: Worker | None = None

    def setup(self, worker) -> None:
        self.worker = Worker(self.spec)

    def teardown(self, worker) -> None:
        if self.worker is not None:
            self.worker.close()


def process_on_worker(item: RawDocument | Failure) -> IngestReport:
    from distributed import get_worker

    return get_worker().plugins[PLUGIN].worker.process(item)


def worker_stats(dask_worker) -> WorkerStats:
    return dask_worker.plugins[PLUGIN].worker.stats()


def dask_reports(items: Iterable[RawDocument | Failure], spec: WorkerSpec, scheduler: str,
                 stats: list[WorkerStats], window: int = 0) -> Iterator[IngestReport]:
    """A report per input, from the workers of the cluster at ``scheduler``."""
    from distributed import Client, as_completed

    try:
        client = Client(scheduler, timeout=20)
    except (OSError, TimeoutError) as exc:
        raise RasdError("E205", f"{scheduler}: {exc}") from None
    try:
        client.register_plugin(IngestPlugin(spec), name=PLUGIN)
        window = window or 2 * max(1, len(client.scheduler_info()["workers"]))
        yield from _run(client, iter(items), window, as_completed())
        stats.extend(client.run(worker_stats).values())
    finally:
        client.close()


def _run(client, source: Iterator, window: int, pending) -> Iterator[IngestReport]:
    for item in source:
        pending.add(client.submit(process_on_worker, item, pure=False, retries=2))
        if pending.count() >= window:
            break
    for future in pending:
        report = future.result()
        future.release()
        item = next(source, None)
        if item is not None:
            pending.add(client.submit(process_on_worker, item, pure=False, retries=2))
        yield report
