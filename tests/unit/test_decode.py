"""Decoding bytes: encodings Arabic pages come in, and the inputs that must be refused with a reason."""

import codecs

import pytest

from rasd.errors import InputError
from rasd.extract.decode import decode
from rasd.model import RawDocument

ARABIC = "قال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل في القاهرة."


def raw(data: bytes, location: str = "page.txt", **kw) -> RawDocument:
    return RawDocument(content=data, location=location, **kw)


def test_utf8_arabic():
    doc = decode(raw(ARABIC.encode("utf-8")))
    assert doc.text == ARABIC and doc.encoding == "utf-8" and doc.media_type == "text/plain"


def test_windows_1256_arabic_decodes_correctly():
    doc = decode(raw(ARABIC.encode("windows-1256")))
    assert doc.text == ARABIC
    assert doc.encoding == "windows-1256"


def test_iso_8859_6_arabic_decodes_correctly():
    text = "المحادثات ستستأنف في القاهرة"  # ISO-8859-6 has no Persian letters or Arabic comma variants
    doc = decode(raw(text.encode("iso-8859-6")))
    assert doc.text == text


def test_utf8_bom_and_utf16_bom():
    assert decode(raw(codecs.BOM_UTF8 + ARABIC.encode("utf-8"))).text == ARABIC
    assert decode(raw(ARABIC.encode("utf-16"))).text == ARABIC


def test_declared_charset_in_meta_wins():
    html = f'<html><head><meta charset="windows-1256"><title>t</title></head><body>{ARABIC}</body></html>'
    doc = decode(raw(html.encode("windows-1256"), "page.html"))
    assert ARABIC in doc.text and doc.media_type == "text/html"


@pytest.mark.parametrize("data", [b"", b"   \n\t  \n"])
def test_empty_input_is_refused(data):
    with pytest.raises(InputError) as info:
        decode(raw(data))
    assert info.value.code == "E001" and info.value.location == "page.txt"


def test_binary_input_is_refused():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(InputError) as info:
        decode(raw(png, "photo.txt"))
    assert info.value.code == "E002"
    assert "binary" in info.value.message


def test_media_type_sniffed_from_content():
    assert decode(raw(b"<!DOCTYPE html><html><body>x</body></html>", "noext")).media_type == "text/html"
    assert decode(raw("نص عادي".encode(), "noext")).media_type == "text/plain"
