"""The ANT v2.1 corpus as the benchmarks read it (from the tarball in ../shared; nothing is copied)."""

from __future__ import annotations

import re
import shlex
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

_FIELD = re.compile(r"<(DOCNO|URL|TITLE|TIME|ABSTRACT|TEXT)>\s*(.*?)\s*</\1>", re.S)
ANT_V21 = "data/topics/ant-v2.1-2018-02-to-08.tar.gz"


def ant_articles(shared: Path) -> Iterator[dict[str, str]]:
    """ANT v2.1 articles (DOCNO, URL, TITLE, TIME, ABSTRACT, TEXT), read from the tarball, deduplicated by URL."""
    path = shared / ANT_V21
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


def command() -> str:
    """The command line that is running, as a person would type it from the repository root."""
    return "PYTHONPATH=src python " + " ".join(shlex.quote(a) for a in ["bench/" + Path(sys.argv[0]).name, *sys.argv[1:]])
