"""Web archives (WARC and the older ARC, plain or gzip-compressed) as RawDocuments, one per archived page.

Archives hold every response a crawler got: pages, images, scripts, redirects, errors. :func:`iter_archive`
keeps the successful (2xx) responses and ``resource`` records whose content type is a page (HTML, XHTML or
plain text) and names each by its place in the archive (``warc:FILE#OFFSET``) so it can be found again. A
record over the size cap is a Failure of its own; a damaged archive ends with a Failure saying where.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from rasd.acquire.http import charset_of
from rasd.errors import Failure, InputError
from rasd.extract.dates import parse_machine_date
from rasd.model import RawDocument

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def is_archive(path: str) -> bool:
    return path.lower().endswith(ARCHIVE_SUFFIXES)


def iter_archive(path: str, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """Every archived page of the WARC/ARC file at ``path``, in archive order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not Path(path).is_file():
        yield Failure(path, "E006", "cannot read input: no such file")
        return
    if not _has_signature(path):
        yield Failure(path, "E006", "cannot read input: not a WARC or ARC archive (it starts with neither "
                                    "'WARC/' nor 'filedesc://')")
        return
    with open(path, "rb") as stream:
        records = ArchiveIterator(stream, arc2warc=True)
        try:
            for record in records:
                item = _page(record, path, records, max_bytes)
                if item is not None:
                    yield item
        except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
            yield Failure(f"warc:{path}", "E006", f"cannot read input: damaged archive: {exc}")


def _page(record, path: str, records, max_bytes: int) -> RawDocument | Failure | None:
    kind = record.rec_type
    if kind not in ("response", "resource"):
        return None
    if kind == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    media_type = content_type.split(";")[0].strip().lower()
    if media_type and media_type not in _PAGE_TYPES:
        return None
    content = record.content_stream().read(max_bytes + 1)
    location = f"warc:{path}#{records.get_record_offset()}"  # read the record first: this consumes the rest
    if len(content) > max_bytes:
        error = InputError("E003", f"the archived page is over the limit of {max_bytes:,} bytes (--max-bytes)", location)
        return Failure.from_error(error, location)
    return RawDocument(
        content=content, location=location, source_kind="warc",
        url=record.rec_headers.get_header("WARC-Target-URI"), media_type=media_type or None,
        encoding=charset_of(content_type), fetched_at=_date(record.rec_headers.get_header("WARC-Date")),
    )


def _has_signature(path: str) -> bool:
    try:
        with open(path, "rb") as raw:
            head = raw.read(2)
            raw.seek(0)
            stream = gzip.GzipFile(fileobj=raw) if head == b"\x1f\x8b" else raw
            start = stream.read(16).lstrip()
    except (OSError, EOFError, zlib.error):
        return False
    return start.startswith((b"WARC/", b"filedesc://"))


def _date(value: str | None) -> str | None:
    return parse_machine_date(value) if value else None
