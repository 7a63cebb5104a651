"""The main text of an HTML page as blocks: trafilatura's extraction, with what it knows about each block.

:func:`extract_main` runs trafilatura with its default settings (comments left out) and turns its output
into :class:`RawBlock`s: kind (paragraph / heading), text as trafilatura spaces it, whether the block sits
in a list, and how much of it is a link (from the page's own ``<a>`` texts, since trafilatura's text drops
them). :mod:`rasd.extract.boilerplate` then decides which blocks are the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from lxml.html import HtmlElement
from trafilatura.xml import xmltotxt

from rasd.model import BlockKind

_SEPARATOR_WORDS = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")
_BLOCK_TAGS = {"p": "paragraph", "head": "heading", "quote": "paragraph", "code": "paragraph"}
_LIST_MARKER = re.compile(r"^(?:[-*•]|\d{1,3}\.)\s+")


@dataclass(frozen=True, slots=True)
class RawBlock:
    kind: BlockKind
    text: str
    link_share: float = 0.0  # share of the block's characters inside links
    in_list: bool = False
    starts_with_link: bool = False


class LinkTexts:
    """The texts of a page's links, to tell which body blocks are links (trafilatura's output drops them)."""

    def __init__(self, anchors: list[HtmlElement]):
        self.full: set[str] = set()
        self.by_first_word: dict[str, set[tuple[str, ...]]] = {}
        for anchor in anchors:
            words = tuple(anchor.text_content().split())
            if words and len(" ".join(words)) >= 2:
                self.full.add(" ".join(words))
                self.by_first_word.setdefault(words[0], set()).add(words)

    def share(self, text: str) -> tuple[float, bool]:
        """(share of the text's characters inside links, whether the text opens with a link)."""
        if text in self.full:
            return 1.0, True
        words = text.split()
        covered, starts, position = 0, False, 0
        counted = len(text) - sum(map(len, _SEPARATOR_WORDS.findall(text)))  # "|", "•": neither link nor text
        while position < len(words):
            found = max((c for c in self.by_first_word.get(words[position], ()) if
                         tuple(words[position:position + len(c)]) == c), key=len, default=None)
            if found is None:
                position += 1
                continue
            covered += len(" ".join(found)) + 1
            starts = starts or position == 0
            position += len(found)
        return min(1.0, covered / (counted + 1)), starts


SHORT_TEXT = 1000  # characters: below this, trafilatura's fast pass may have missed the text


def extract_main(tree: HtmlElement, links: LinkTexts) -> list[RawBlock]:
    """trafilatura's main text as blocks (comments left out); empty when it finds none.

    trafilatura's fast pass first; when it yields little text, the full pass, which also weighs the
    readability and jusText extractions (measured on trafilatura-eval: the same snippets found for an
    eighth of the pages run twice; see bench/extraction.py).
    """
    blocks = _blocks(_extract(tree, fast=True), links)
    if sum(len(b.text) for b in blocks) < SHORT_TEXT:
        blocks = _blocks(_extract(tree, fast=False), links) or blocks
    return blocks


def _extract(tree: HtmlElement, fast: bool):
    return trafilatura.bare_extraction(  # "xml": the body tree only, we render each block ourselves
        tree, include_comments=False, include_tables=True, with_metadata=False, output_format="xml", fast=fast
    )


def _blocks(document, links: LinkTexts) -> list[RawBlock]:
    if document is None or document.body is None:
        return []
    blocks: list[RawBlock] = []
    body = document.body
    if (body.text or "").strip():
        blocks.append(_block("paragraph", body.text, links, False))
    for element in body:
        _convert(element, blocks, links, in_list=False)
        if (element.tail or "").strip():  # loose text between blocks is text of its own
            blocks.append(_block("paragraph", element.tail, links, False))
    return blocks


def _block(kind: BlockKind, text: str, links: LinkTexts, in_list: bool) -> RawBlock:
    text = " ".join(text.split())
    share, starts = links.share(text) if text else (0.0, False)
    return RawBlock(kind, text, share, in_list, starts)


def _convert(element, blocks: list[RawBlock], links: LinkTexts, in_list: bool) -> None:
    tag = element.tag
    if tag in ("list", "table"):
        for child in element:
            _convert(child, blocks, links, in_list=True)
        return
    if tag == "row" and _layout_row(element):
        for cell in element:  # a layout table: each cell holds blocks of its own
            _layout_cell(cell, blocks, links)
        return
    nested = [child for child in element if child.tag in ("list", "table")] if tag in ("item", "row") else []
    for child in nested:
        element.remove(child)
    _add_lines(element, _BLOCK_TAGS.get(tag, "paragraph"), blocks, links, in_list or tag in ("item", "row"))
    for child in nested:
        _convert(child, blocks, links, in_list=True)


def _add_lines(element, kind: BlockKind, blocks: list[RawBlock], links: LinkTexts, in_list: bool) -> None:
    """The element's text as trafilatura spaces it, one block per line (``<br>`` separates paragraphs)."""
    tail, element.tail = element.tail, None
    text = xmltotxt(element, False)
    element.tail = tail
    if element.tag in ("row", "cell"):
        text = text.replace("\\|", "\x00")  # a "|" inside a cell, escaped by trafilatura
        text = " | ".join(p.strip() for p in text.strip().strip("|").split("|") if p.strip()).replace("\x00", "|")
    for line in text.split("\n"):
        line = line.strip().strip("|").strip()
        if element.tag == "item":
            line = _LIST_MARKER.sub("", line, count=1)
        if line:
            blocks.append(_block(kind, line, links, in_list))


def _layout_cell(cell, blocks: list[RawBlock], links: LinkTexts) -> None:
    if not any(child.tag in _CELL_BLOCKS for child in cell):
        _add_lines(cell, "paragraph", blocks, links, in_list=False)
        return
    if (cell.text or "").strip():
        blocks.append(_block("paragraph", cell.text, links, False))
    for child in cell:
        _convert(child, blocks, links, in_list=False)
        if (child.tail or "").strip():
            blocks.append(_block("paragraph", child.tail, links, False))


_CELL_BLOCKS = frozenset({"p", "head", "list", "table", "quote", "code"})


def _layout_row(row) -> bool:
    """A table row used for page layout: a cell holds a long text or line breaks, not a datum."""
    for cell in row:
        if next(cell.iter("lb", "p", "head", "list"), None) is not None:
            return True
        if len(" ".join(cell.itertext()).split()) > 25:
            return True
    return False
