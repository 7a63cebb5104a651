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
        self.by_start: dict[str, list[str]] = {}
        for anchor in anchors:
            text = " ".join(anchor.text_content().split())
            if len(text) >= 3:
                self.full.add(text)
                self.by_start.setdefault(" ".join(text.split()[:3]), []).append(text)

    def share(self, text: str) -> tuple[float, bool]:
        """(share of the text that is one link, whether the text opens with a link)."""
        if text in self.full:
            return 1.0, True
        longest = max((len(t) for t in self.by_start.get(" ".join(text.split()[:3]), ()) if text.startswith(t)),
                      default=0)
        return longest / len(text), longest > 0


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
    nested = [child for child in element if child.tag in ("list", "table")] if tag in ("item", "row") else []
    for child in nested:
        element.remove(child)
    tail, element.tail = element.tail, None
    text = xmltotxt(element, False)  # trafilatura's own spacing between inline elements
    element.tail = tail
    if tag == "item":
        text = _LIST_MARKER.sub("", text.strip(), count=1)
    if text.strip():
        blocks.append(_block(_BLOCK_TAGS.get(tag, "paragraph"), text, links, in_list or tag in ("item", "row")))
    for child in nested:
        _convert(child, blocks, links, in_list=True)
