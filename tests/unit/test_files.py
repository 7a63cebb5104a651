"""Reading inputs: files, folders, stdin, gzip; sizes checked before reading; failures carry reasons."""

import gzip
import io
from pathlib import Path

from rasd.acquire.files import expand_inputs, iter_inputs, read_stream
from rasd.errors import Failure, InputError
from rasd.model import RawDocument

import pytest


def test_folder_walk_in_name_order_skips_hidden_and_non_pages(tmp_path: Path):
    (tmp_path / "b.txt").write_text("ب")
    (tmp_path / "a.html").write_text("<p>أ</p>")
    (tmp_path / "c.html.gz").write_bytes(gzip.compress("ج".encode()))
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("د")
    names = [Path(e).name for e in expand_inputs([str(tmp_path)])]
    assert names == ["a.html", "b.txt", "c.html.gz", "d.txt"]


def test_gzip_is_expanded_and_media_type_kept(tmp_path: Path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress("<p>مرحبا</p>".encode()))
    (item,) = iter_inputs([str(path)], max_bytes=1000)
    assert isinstance(item, RawDocument)
    assert item.content == "<p>مرحبا</p>".encode() and item.media_type == "text/html"


def test_gzip_bomb_stops_at_the_cap(tmp_path: Path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 5_000_000))
    (item,) = iter_inputs([str(path)], max_bytes=1_000_000)
    assert isinstance(item, Failure) and item.code == "E003" and "expands" in item.reason


def test_too_large_file_is_refused_before_reading(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse
    (item,) = iter_inputs([str(path)], max_bytes=10 * 1024 * 1024)
    assert isinstance(item, Failure)
    assert item.code == "E003" and item.location == str(path) and "52,428,800 bytes" in item.reason


def test_missing_file_and_empty_folder(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    items = list(iter_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "empty")], max_bytes=100))
    assert [(i.code, Path(i.location).name) for i in items] == [("E006", "nope.txt"), ("E006", "empty")]


def test_stdin_cap():
    with pytest.raises(InputError) as info:
        read_stream(io.BytesIO(b"x" * 101), "-", max_bytes=100)
    assert info.value.code == "E003"
    assert read_stream(io.BytesIO("نص".encode()), "-", max_bytes=100).content == "نص".encode()
