"""Local worker processes start with single-threaded numerical libraries, and the parent's environment is left
as it was."""

from __future__ import annotations

import os

from rasd.run.local import ONE_THREAD, _environment


def test_children_get_one_thread_and_the_parent_is_restored(monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "3")  # set by the user: kept
    with _environment(ONE_THREAD):
        assert os.environ["OPENBLAS_NUM_THREADS"] == "1" and os.environ["OMP_NUM_THREADS"] == "3"
    assert "OPENBLAS_NUM_THREADS" not in os.environ and os.environ["OMP_NUM_THREADS"] == "3"
