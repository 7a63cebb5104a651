"""What a worker runs: a pipeline and a store opened once (models load once per worker), then
``process(item)`` for every input it is handed. Used in this process, by local worker processes and by
Dask workers alike."""

from __future__ import annotations

import os
import resource
from dataclasses import dataclass, replace

from rasd.config import Config
from rasd.errors import Failure
from rasd.model import RawDocument
from rasd.pipeline import ReadOptions, build_pipeline
from rasd.service import IngestReport, ingest_items
from rasd.store import Store, open_store


@dataclass(frozen=True, slots=True)
class WorkerSpec:
    """Everything a worker needs, picklable: settings, read options and the batch it works for."""

    config: Config
    options: ReadOptions
    batch: str


@dataclass(frozen=True, slots=True)
class WorkerStats:
    pid: int
    processed: int
    peak_rss_mb: float


class Worker:
    """One worker's pipeline and store connection."""

    def __init__(self, spec: WorkerSpec, store: Store | None = None):
        self.spec = spec
        self.pipeline = build_pipeline(spec.config)
        self._own_store = store is None
        self.store = store if store is not None else open_store(spec.config.db)
        self.processed = 0

    def process(self, item: RawDocument | Failure) -> IngestReport:
        """Analyze and store one input, recording it in the batch journal; a report of that one input."""
        self.processed += 1
        return ingest_items([item], self.store, self.pipeline, self.spec.options, batch=self.spec.batch)

    def stats(self) -> WorkerStats:
        return WorkerStats(os.getpid(), self.processed, peak_rss_mb())

    def close(self) -> None:
        if self._own_store:
            self.store.close()


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB: VmHWM on Linux (``ru_maxrss`` would include the memory of
    the parent a spawned worker was forked from), else ``ru_maxrss``."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def for_workers(config: Config) -> Config:
    """Settings a worker elsewhere can use: a SQLite store path made absolute."""
    if "://" in config.db:
        return config
    return replace(config, db=os.path.abspath(config.db))
