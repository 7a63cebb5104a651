"""Helpers shared by the benchmark scripts: where the shared data is, machine info, writing reports."""

from __future__ import annotations

import json
import os
import platform
import shlex
import sys
import tarfile
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


def default_shared() -> Path:
    return Path(os.environ.get("RASD_SHARED", ROOT.parent / "shared"))


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": str(os.cpu_count()), "python": platform.python_version(),
            "platform": platform.platform()}


def command() -> str:
    return "PYTHONPATH=src python " + " ".join(shlex.quote(a) for a in [os.path.relpath(sys.argv[0], ROOT), *sys.argv[1:]])


def write(name: str, date: str, markdown: str, data: dict) -> tuple[Path, Path]:
    RESULTS.mkdir(parents=True, exist_ok=True)
    md, js = RESULTS / f"{name}-{date}.md", RESULTS / f"{name}-{date}.json"
    md.write_text(markdown, encoding="utf-8")
    js.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return md, js


_FIELD = re.compile(r"<(DOCNO|URL|TITLE|TIME|ABSTRACT|TEXT)>\s*(.*?)\s*</\1>", re.S)


def ant_articles(shared: Path) -> Iterator[dict[str, str]]:
    """ANT v2.1 articles (DOCNO, URL, TITLE, TIME, ABSTRACT, TEXT), read from the tarball, deduplicated by URL."""
    path = shared / "data" / "topics" / "ant-v2.1-2018-02-to-08.tar.gz"
    if not path.exists():
        raise SystemExit(f"ANT corpus not found at {path} (pass --shared or set RASD_SHARED)")
    seen: set[str] = set()
    with tarfile.open(path) as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            raw = tar.extractfile(member).read().decode("utf-8", "replace")  # type: ignore[union-attr]
            fields = {key: value for key, value in _FIELD.findall(raw)}
            url = fields.get("URL") or fields.get("DOCNO", member.name)
            if url in seen or not fields.get("TEXT"):
                continue
            seen.add(url)
            yield fields
