"""Body blocks and the article text: blocks joined by a blank line, each with its offsets into the text."""

from __future__ import annotations

from collections.abc import Iterable

from rasd.model import Block, BlockKind

SEPARATOR = "\n\n"


def assemble(parts: Iterable[tuple[BlockKind, str]]) -> tuple[tuple[Block, ...], str]:
    """Blocks with ``[start, end)`` offsets and the joined text, from (kind, text) pairs in reading order."""
    blocks: list[Block] = []
    position = 0
    for kind, text in parts:
        text = " ".join(text.split())
        if not text:
            continue
        if blocks:
            position += len(SEPARATOR)
        blocks.append(Block(kind=kind, text=text, start=position, end=position + len(text)))
        position += len(text)
    return tuple(blocks), SEPARATOR.join(block.text for block in blocks)
