"""From bytes to text: refuse empty and binary input, find the encoding, decide the media type.

Encodings are tried in this order: a byte-order mark, the declared charset (HTTP header or HTML
``<meta charset>``), strict UTF-8, then the legacy encodings Arabic pages are published in
(windows-1256, ISO-8859-6) scored by how much of the decoded text is Arabic, then windows-1252.
"""

from __future__ import annotations

import codecs
import re

from rasd.errors import InputError
from rasd.pipeline import Decoded
from rasd.model import RawDocument

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_HTML_SNIFF = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_ARABIC_LEGACY = ("windows-1256", "iso-8859-6")
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32)) | {127}

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def decode(raw: RawDocument, media_type: str | None = None) -> Decoded:
    """Decode ``raw`` or raise InputError (E001 empty, E002 binary, E004 undecodable)."""
    data = raw.content
    if not data.strip():
        raise InputError("E001", "the input has no content (0 bytes or only white space)", raw.location)
    text, encoding = _decode_bytes(data, raw.encoding, raw.location)
    if not text.strip():
        raise InputError("E001", "the input has no text after decoding", raw.location)
    return Decoded(text=text, encoding=encoding, media_type=media_type or sniff_media_type(raw, data))


def sniff_media_type(raw: RawDocument, data: bytes) -> str:
    declared = (raw.media_type or "").split(";")[0].strip().lower()
    if declared in HTML_TYPES or declared == "text/plain":
        return "text/html" if declared in HTML_TYPES else "text/plain"
    name = raw.location.lower().removesuffix(".gz")
    if name.endswith((".html", ".htm", ".xhtml")):
        return "text/html"
    if name.endswith(".txt"):
        return "text/plain"
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    return "text/html" if _HTML_SNIFF.match(head) else "text/plain"


def _decode_bytes(data: bytes, declared: str | None, location: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, location), encoding
    if _looks_binary(data):
        raise InputError(
            "E002", "the input looks binary (control bytes in its first 8 KB), not text or HTML", location
        )
    for encoding in _declared(data, declared):
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _best_legacy(data, location)


def _declared(data: bytes, declared: str | None) -> list[str]:
    names = [declared] if declared else []
    match = _META_CHARSET.search(data[:8192])
    if match:
        names.append(match.group(1).decode("ascii", "ignore"))
    return [_canonical(name) for name in names if name]


def _canonical(name: str) -> str:
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return name


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls > len(sample) * 0.02


def _best_legacy(data: bytes, location: str) -> tuple[str, str]:
    scored = []
    for encoding in _ARABIC_LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((_arabic_share(text), encoding, text))
    if scored:
        share, encoding, text = max(scored)
        if share >= 0.5:
            return text, encoding
    try:
        return data.decode("windows-1252"), "windows-1252"
    except UnicodeDecodeError:
        raise InputError(
            "E004", "not UTF-8, and neither windows-1256, ISO-8859-6 nor windows-1252 decodes it", location
        ) from None


def _arabic_share(text: str) -> float:
    """Share of Arabic letters among the non-ASCII letters of ``text``."""
    letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff") / len(letters)


def _strict(data: bytes, encoding: str, location: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError("E004", f"byte-order mark says {encoding} but the bytes are not: {exc}", location) from None
