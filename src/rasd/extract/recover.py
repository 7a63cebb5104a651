"""What trafilatura drops from the article's own container: subheadings, short lists, split bodies.

trafilatura judges each element on its own, so inside the very container that holds the article's
paragraphs it sometimes leaves out a subheading, a list of short points, or a paragraph between two
it kept; and when a template cuts the body into several sibling containers (around ads or embeds) it
keeps only the first. :func:`recover` finds the container of the paragraphs trafilatura kept, walks it
(and its siblings of the same class) in page order, and adds back the headings, list items and
paragraphs that sit between kept paragraphs. What it adds goes through the same boilerplate rules as
the rest.
"""

from __future__ import annotations

from collections import Counter

from lxml.html import HtmlElement

from rasd.extract.htmlbody import LinkTexts, RawBlock
from rasd.extract.pageindex import NOT_PART, PageIndex, class_of

_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_SKIP = frozenset({"script", "style", "noscript", "figure", "figcaption", "aside", "nav", "footer", "form", "button",
                   "iframe", "svg", "table", "select", "input", "template", "header"})
_MIN_WORDS = 10  # a paragraph found only by the walk must be this long (or sit between kept paragraphs)


def recover(tree: HtmlElement, index: PageIndex, blocks: list[RawBlock], links: LinkTexts) -> list[RawBlock]:
    """``blocks`` with what trafilatura left out of the article's container put back in page order."""
    kept = {_key(b.text): b for b in blocks}
    long_kept = {key for key, b in kept.items() if len(b.text.split()) >= 8}
    anchors = [p for p in tree.iter("p") if _key(p.text_content()) in long_kept]
    if len(anchors) < 2:
        return blocks
    container = Counter(p.getparent() for p in anchors).most_common(1)[0][0]
    if container is None:
        return blocks
    walked: list[tuple[RawBlock, bool]] = []  # (block, found by trafilatura)
    for part in _parts(container):
        _walk(part, walked, kept, links, index, depth=0)
    return _merge(blocks, _uncovered(walked, kept))


def _key(text: str) -> str:
    return "".join(text.split())[:300]


def _parts(container: HtmlElement) -> list[HtmlElement]:
    """The container, and the same box again further down when the template split the body around ads or
    embeds: following siblings of the same tag and class, of the container or of one of its two parents
    (then the box of the container's class inside each)."""
    names = container.get("class")
    if not names:
        return [container]
    node = container
    for _ in range(3):
        twins = [s for s in node.itersiblings() if isinstance(s.tag, str) and s.tag == node.tag
                 and s.get("class") == node.get("class")]
        if twins:
            inner = [t if node is container else _same_box(t, container) for t in twins]
            return [container] + [box for box in inner if box is not None]
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or not node.get("class"):
            break
    return [container]


def _same_box(twin: HtmlElement, container: HtmlElement) -> HtmlElement | None:
    for element in twin.iter(container.tag):
        if element.get("class") == container.get("class"):
            return element
    return None


def _walk(element: HtmlElement, walked: list, kept: dict, links: LinkTexts, index: PageIndex, depth: int) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP or NOT_PART.search(class_of(child)):
            continue
        if tag == "p" or tag in _HEADINGS or tag == "blockquote":
            _take(child, "heading" if tag in _HEADINGS else "paragraph", walked, kept, links, in_list=False)
        elif tag in ("ul", "ol"):
            for item in child.iterchildren("li"):
                _take(item, "paragraph", walked, kept, links, in_list=True)
        elif tag in ("div", "section", "span") and depth < 2:
            _walk(child, walked, kept, links, index, depth + 1)


def _take(element: HtmlElement, kind, walked: list, kept: dict, links: LinkTexts, in_list: bool) -> None:
    if next(element.iter("script", "style", "noscript", "iframe"), None) is not None:
        return  # a widget, not a paragraph
    text = " ".join(element.text_content().split())
    if not text:
        return
    found = kept.get(_key(text))
    if found is not None:
        walked.append((found, True))
        return
    share, starts = links.share(text)
    walked.append((RawBlock(kind, text, share, in_list, starts), False))


def _uncovered(walked: list[tuple[RawBlock, bool]], kept: dict) -> list[tuple[RawBlock, bool]]:
    """Walked blocks trafilatura kept in another form (split at a line break, spaced otherwise) are not new."""
    joined = "\x00".join(kept)
    long_keys = [key for key in kept if len(key) >= 30]
    result = []
    for block, found in walked:
        key = _key(block.text)
        if not found and (key in joined or any(k in key for k in long_keys)):
            continue
        result.append((block, found))
    return result


def _merge(blocks: list[RawBlock], walked: list[tuple[RawBlock, bool]]) -> list[RawBlock]:
    """trafilatura's blocks in their order, with walked-only blocks inserted where the page has them.

    A walked-only block is taken when it lies between two blocks trafilatura kept, or, after the last one,
    when it reads as a paragraph of text (a body continued in a sibling container).
    """
    found_positions = [i for i, (_, found) in enumerate(walked) if found]
    first, last = found_positions[0], found_positions[-1]
    emitted: set[int] = set()
    order = {id(b): i for i, b in enumerate(blocks)}
    result: list[RawBlock] = []
    cursor = 0
    for position, (block, found) in enumerate(walked):
        if found:
            target = order.get(id(block), cursor)
            while cursor <= target:  # trafilatura's own blocks up to this one, in its order
                if cursor not in emitted:
                    result.append(blocks[cursor])
                    emitted.add(cursor)
                cursor += 1
        elif first < position < last or (position > last and _reads_as_text(block)):
            result.append(block)
    result.extend(b for i, b in enumerate(blocks) if i not in emitted)
    return result


def _reads_as_text(block: RawBlock) -> bool:
    return (block.kind == "paragraph" and not block.in_list and block.link_share < 0.3
            and len(block.text.split()) >= _MIN_WORDS and block.text.rstrip().endswith((".", "؟", "?", "!", "»", "\"")))
