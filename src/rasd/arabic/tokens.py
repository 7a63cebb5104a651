"""The token record shared by :mod:`rasd.arabic.tokenize` and :mod:`rasd.arabic.clitics`."""

from __future__ import annotations

from typing import Literal, NamedTuple

TokenKind = Literal["word", "number", "punct", "clitic"]


class Token(NamedTuple):
    """A token: ``text == source[start:end]``. A named tuple, because texts have many and it is fast."""

    text: str
    start: int
    end: int
    kind: TokenKind
