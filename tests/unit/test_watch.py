"""The schedule of `rasd watch`."""

from __future__ import annotations

import pytest

from rasd.cli.watch import parse_duration


def test_durations():
    assert parse_duration("10m") == 600 and parse_duration("1h30m") == 5400
    assert parse_duration("45s") == 45 and parse_duration("90") == 90


@pytest.mark.parametrize("text", ["", "0m", "ten minutes", "10x", "-5"])
def test_bad_durations(text):
    with pytest.raises(ValueError):
        parse_duration(text)
