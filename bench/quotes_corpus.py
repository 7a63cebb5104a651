"""Arabic articles of the shared corpora as rasd reads them, for the quote gold set (bench/data/quotes-gold.jsonl).

How the text is derived (the gold offsets index into exactly this string):

- ANT v2.1 (``topics/ant-v2.1-2018-02-to-08.tar.gz``): the record whose ``<DOCNO>`` is the id; its ``<TEXT>``
  element's content (between ``<TEXT>`` and ``</TEXT>``).
- SaudiNewsNet (``corpus/saudinewsnet/dataset/DAY.zip``): id ``DAY#N`` is the N-th (0-based) object of the
  JSON array in ``DAY.json``; its ``content`` field.

That body is split into lines (``str.splitlines``); each line is stripped of surrounding white space
(``str.strip``); empty lines are dropped; each remaining line is one paragraph block, and ``Article.text`` is
the paragraphs joined with a blank line (``"\\n\\n"``), as every rasd reader joins blocks. The gold file keeps
the SHA-1 of that text so a changed corpus or derivation is caught, never silently misaligned.
"""

from __future__ import annotations

import hashlib
import json
import re
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rasd.model import Article, Block

ANT = "topics/ant-v2.1-2018-02-to-08.tar.gz"
SNN = "corpus/saudinewsnet/dataset"
_FIELD = re.compile(r"<(DOCNO|URL|SRC|CAT|TITLE|TEXT)>\s*(.*?)\s*</\1>", re.S)


@dataclass(frozen=True)
class Record:
    corpus: str  # "ant-v2.1" | "saudinewsnet"
    id: str
    source: str
    title: str
    url: str
    body: str

    def article(self) -> Article:
        return article_from_body(f"{self.corpus}:{self.id}", self.body, self.title, self.url)


def article_from_body(article_id: str, body: str, title: str | None = None, url: str | None = None) -> Article:
    """The Article whose text the gold offsets index into (see the module docstring)."""
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    blocks, offset = [], 0
    for p in paragraphs:
        blocks.append(Block("paragraph", p, offset, offset + len(p)))
        offset += len(p) + 2
    text = "\n\n".join(paragraphs)
    return Article(id=article_id, text=text, blocks=tuple(blocks), title=title, url=url, language="ar")


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def iter_ant(shared: Path) -> Iterator[Record]:
    with tarfile.open(shared / "data" / ANT) as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            raw = tar.extractfile(member).read().decode("utf-8")
            fields = {m.group(1): m.group(2) for m in _FIELD.finditer(raw)}
            if "DOCNO" in fields and "TEXT" in fields:
                yield Record("ant-v2.1", fields["DOCNO"], fields.get("SRC", ""), fields.get("TITLE", ""),
                             fields.get("URL", ""), fields["TEXT"])


def iter_snn(shared: Path, days: list[str] | None = None) -> Iterator[Record]:
    folder = shared / "data" / SNN
    for path in sorted(folder.glob("*.zip")):
        day = path.stem
        if days is not None and day not in days:
            continue
        with zipfile.ZipFile(path) as z:
            items = json.loads(z.read(f"{day}.json").decode("utf-8"))
        for n, item in enumerate(items):
            yield Record("saudinewsnet", f"{day}#{n}", item.get("source", ""), item.get("title", ""),
                         item.get("url", ""), item.get("content", ""))


def load(shared: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], Record]:
    """The records named by (corpus, id) pairs."""
    found: dict[tuple[str, str], Record] = {}
    if any(c == "ant-v2.1" for c, _ in wanted):
        found.update({(r.corpus, r.id): r for r in iter_ant(shared) if (r.corpus, r.id) in wanted})
    days = sorted({i.split("#")[0] for c, i in wanted if c == "saudinewsnet"})
    if days:
        found.update({(r.corpus, r.id): r for r in iter_snn(shared, days) if (r.corpus, r.id) in wanted})
    return found
