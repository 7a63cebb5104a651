"""Local worker processes: each loads the pipeline once and takes inputs from a shared queue.

At most ``2 x workers`` inputs are in flight, so a huge input (a JSON-lines dump, an archive) is read only as
fast as the workers analyze it: memory stays bounded. A worker that dies (killed, out of memory) stops the
batch with E204; what the workers stored is kept and journaled, so running the same command again resumes.

Each worker is one process doing one thing at a time, so its numerical libraries run single-threaded
(:data:`ONE_THREAD`, as Dask's nanny does for its workers): N workers each starting as many BLAS threads as
there are cores would fight over the cores and run slower than one worker.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from rasd.errors import Failure, RasdError
from rasd.model import RawDocument
from rasd.run.worker import Worker, WorkerSpec, WorkerStats
from rasd.service import IngestReport

_END = object()
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def local_reports(items: Iterable[RawDocument | Failure], spec: WorkerSpec, workers: int,
                  stats: list[WorkerStats]) -> Iterator[IngestReport]:
    """A report per input, from ``workers`` processes; their stats are added to ``stats`` at the end."""
    ctx = multiprocessing.get_context("spawn")
    tasks, results = ctx.Queue(), ctx.Queue()
    procs = [ctx.Process(target=_worker_main, args=(spec, tasks, results, os.getpid()), daemon=True,
                         name=f"rasd-worker-{n + 1}") for n in range(workers)]
    with _environment(ONE_THREAD):
        for proc in procs:
            proc.start()
    try:
        yield from _exchange(iter(items), tasks, results, procs, window=2 * workers)
    finally:
        _stop(procs, tasks, results, stats)


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """Environment variables for the processes started inside (those the user set are kept), restored after."""
    added = {k: v for k, v in values.items() if k not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for key in added:
            os.environ.pop(key, None)


def _exchange(source: Iterator, tasks, results, procs, window: int) -> Iterator[IngestReport]:
    in_flight, exhausted = 0, False
    while not exhausted or in_flight:
        while not exhausted and in_flight < window:
            item = next(source, _END)
            if item is _END:
                exhausted = True
                break
            tasks.put(item)
            in_flight += 1
        if in_flight:
            kind, value = _next_message(results, procs)
            if kind == "error":
                raise RasdError("E204", value)
            if kind == "report":
                in_flight -= 1
                yield value


def _next_message(results, procs) -> tuple[str, object]:
    """The next report from a worker; E204 as soon as a worker has died (its input in hand is not journaled)."""
    while True:
        dead = [p for p in procs if p.exitcode not in (None, 0)]
        if dead:
            raise RasdError("E204", f"{dead[0].name} (pid {dead[0].pid}) exited with code {dead[0].exitcode};"
                            " what was stored is kept: run the same command again to resume")
        try:
            message = results.get(timeout=0.5)
        except queue.Empty:
            continue
        if message[0] != "stats":
            return message


def _stop(procs, tasks, results, stats: list[WorkerStats]) -> None:
    for _ in procs:
        tasks.put(None)
    while any(p.is_alive() for p in procs):
        try:
            kind, value = results.get(timeout=1)
        except queue.Empty:
            continue
        if kind == "stats":
            stats.append(value)
    while True:
        try:
            kind, value = results.get_nowait()
        except queue.Empty:
            break
        if kind == "stats":
            stats.append(value)
    for proc in procs:
        proc.join(timeout=5)


def _worker_main(spec: WorkerSpec, tasks, results, parent: int) -> None:
    try:
        worker = Worker(spec)
    except RasdError as error:
        results.put(("error", f"a worker could not start: {error}"))
        return
    try:
        while True:
            try:
                item = tasks.get(timeout=1)
            except queue.Empty:
                if os.getppid() != parent:  # the batch was killed: stop too
                    return
                continue
            if item is None:
                break
            results.put(("report", worker.process(item)))
    finally:
        results.put(("stats", worker.stats()))
        worker.close()
