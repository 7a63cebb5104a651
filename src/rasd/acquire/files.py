"""Files, folders and standard input as RawDocuments.

:func:`iter_inputs` expands each argument in order: a file is read (gzip-compressed files are expanded,
with the same size cap on what they expand to), a folder is walked for page files in name order, and
``-`` reads standard input. Each item is a RawDocument or, when it cannot be read, a Failure naming the
input and the reason; one bad input never stops the others. Sizes are checked before reading.
"""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from rasd.errors import Failure, InputError
from rasd.model import RawDocument

PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
COMPRESSED_SUFFIXES = tuple(s + ".gz" for s in PAGE_SUFFIXES)
# Also taken from folders: JSON lines and web archives (read by rasd.acquire.jsonl and rasd.acquire.warc).
CONTAINER_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".warc", ".warc.gz", ".arc", ".arc.gz")

Item = RawDocument | Failure


def expand_inputs(arguments: Iterable[str]) -> list[str | Failure]:
    """The input locations the arguments name, in order: folders walked, nothing read yet."""
    entries: list[str | Failure] = []
    for argument in arguments:
        path = Path(argument)
        if argument != "-" and path.is_dir():
            entries.extend(_walk(path))
        else:
            entries.append(argument)
    return entries


def iter_inputs(arguments: Iterable[str], max_bytes: int, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """A RawDocument or a Failure for every input the arguments name, read one at a time."""
    for entry in expand_inputs(arguments):
        yield entry if isinstance(entry, Failure) else read_input(entry, max_bytes, stdin)


def read_input(location: str, max_bytes: int, stdin: BinaryIO | None = None) -> Item:
    try:
        if location == "-":
            return read_stream(stdin or sys.stdin.buffer, "-", max_bytes)
        return read_file(Path(location), max_bytes)
    except InputError as error:
        return Failure.from_error(error, location)


def _walk(folder: Path) -> list[str | Failure]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and _is_page_file(p, folder))
    if not files:
        suffixes = ", ".join(PAGE_SUFFIXES + (".jsonl", ".warc"))
        return [Failure(str(folder), "E006", f"cannot read input: no page files ({suffixes}) in the folder")]
    return [str(path) for path in files]


def _is_page_file(path: Path, root: Path) -> bool:
    relative = path.relative_to(root)
    if any(part.startswith(".") for part in relative.parts):
        return False
    name = path.name.lower()
    return name.endswith(PAGE_SUFFIXES + COMPRESSED_SUFFIXES + CONTAINER_SUFFIXES) or "." not in name


def read_file(path: Path, max_bytes: int) -> RawDocument:
    location = str(path)
    if not path.exists():
        raise InputError("E006", "no such file or folder", location)
    if not path.is_file():
        raise InputError("E007", "not a regular file", location)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError("E003", f"{size:,} bytes is over the limit of {max_bytes:,} (--max-bytes)", location)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError("E006", f"cannot read the file: {exc.strerror or exc}", location) from None
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, max_bytes, location)
    return RawDocument(content=data, location=location, source_kind="file", media_type=_media_type(path))


def read_stream(stream: BinaryIO, location: str, max_bytes: int) -> RawDocument:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("E003", f"more than {max_bytes:,} bytes on the input (--max-bytes)", location)
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, max_bytes, location)
    return RawDocument(content=data, location=location, source_kind="stdin")


def gunzip(data: bytes, max_bytes: int, location: str) -> bytes:
    """Expand gzip data, refusing to expand past ``max_bytes`` (a decompression bomb stops there)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError("E006", f"broken gzip data: {exc}", location) from None
    if len(out) > max_bytes:
        raise InputError("E003", f"expands to more than {max_bytes:,} bytes (--max-bytes)", location)
    return out


def _media_type(path: Path) -> str | None:
    name = path.name.lower().removesuffix(".gz")
    if name.endswith((".html", ".htm", ".xhtml")):
        return "text/html"
    if name.endswith((".txt", ".text")):
        return "text/plain"
    return None

