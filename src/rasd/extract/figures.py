"""Images with their captions and credits, and the tags a page shows.

A news photo is a ``<figure>`` with an ``<img>`` and a ``<figcaption>`` (or a ``wp-caption`` box, or a
``caption`` element beside the image); the credit is either its own element (``credit``, ``copyright``,
``photographer``) or the end of the caption ("... (رويترز)", "تصوير: محمد علي", "Photo: AFP"), which
:mod:`rasd.extract.captions` splits. One image per photo: the same picture repeated (lazy-load copies,
``og:image``, JSON-LD ``image``) is merged by its file name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from rasd.extract import captions
from rasd.extract.metadata import MetaImage
from rasd.extract.pageindex import PARTS, PageIndex, class_of, text_of
from rasd.model import Image

_NOT_PHOTO = re.compile(r"logo|icon|avatar|sprite|pixel|spacer|blank\.|1x1|/ads?/|banner|placeholder|loader|"
                        r"gravatar|emoji|badge|author|profile|\.svg(?:$|\?)", re.I)
_SIZE_SUFFIX = re.compile(r"(?:[-_]\d{2,4}x\d{2,4}|[-_](?:large|medium|small|thumb|thumbnail|original|\d{3,4}))+$", re.I)
_SRC_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-url", "src")


def read_images(scope: HtmlElement, index: PageIndex, base_url: str | None,
                declared: list[MetaImage]) -> tuple[list[Image], set[str]]:
    """Every photo of the article, in page order, then declared images the page does not show; and the
    caption lines as printed (to keep them out of the body)."""
    images: list[Image] = []
    printed: set[str] = set()
    for container, caption_element in _captioned(scope, index):
        url = image_url(container, base_url)
        parts = _caption_parts(caption_element, container)
        printed.update(filter(None, (text_of(caption_element), parts.caption)))
        _add(images, Image(url=url, caption=parts.caption, credit=parts.credit, date=parts.date,
                           date_text=parts.date_text))
    for img in index.within(index.tagged("img"), scope):
        if _content_image(img) and not index.in_furniture(img, scope):
            _add(images, Image(url=_src(img, base_url)))
    for meta_image in declared:
        _add(images, Image(url=meta_image.url, caption=meta_image.caption, credit=meta_image.credit),
             lead=not images)
    return [image for image in images if image.url or image.caption], printed


def _captioned(scope: HtmlElement, index: PageIndex) -> list[tuple[HtmlElement, HtmlElement]]:
    candidates = index.within(index.tagged("figcaption") + index.parts["caption"], scope)
    pairs: list[tuple[HtmlElement, HtmlElement]] = []
    taken: set[HtmlElement] = set()
    for element in sorted(set(candidates), key=index.order.__getitem__):
        if element.tag in ("figure", "img", "script", "style") or element in taken:
            continue
        if any(ancestor in taken for ancestor in element.iterancestors()) or index.in_furniture(element, scope):
            continue
        container = _figure_of(element)
        if container is not None:
            pairs.append((container, element))
            taken.add(element)
    return pairs


def _figure_of(caption: HtmlElement) -> HtmlElement | None:
    """The nearest ancestor (at most three up) that holds an image."""
    element = caption
    for _ in range(3):
        element = element.getparent()
        if element is None:
            return None
        if element.tag == "figure" or next(element.iter("img", "picture", "source"), None) is not None:
            return element
    return None


def _caption_parts(caption_element: HtmlElement, container: HtmlElement) -> captions.CaptionParts:
    text = text_of(caption_element)
    credit = None
    for element in container.iter():
        if isinstance(element.tag, str) and element is not caption_element and PARTS["credit"].search(class_of(element)):
            credit = text_of(element).strip(" ()©") or None
            if credit:
                text = text.replace(text_of(element), " ").strip(" -–—|")
                break
    if credit:
        return replace(captions.split_uncredited(text), credit=_clean_credit(credit))
    return captions.parse_caption(text) or captions.split_uncredited(text)


def _clean_credit(credit: str) -> str:
    return re.sub(r"^(?:photo|image|credit|source|تصوير|الصورة|المصدر)\s*[:：]\s*", "", credit, flags=re.I).strip()


def image_url(container: HtmlElement, base_url: str | None) -> str | None:
    for img in container.iter("img"):
        url = _src(img, base_url)
        if url:
            return url
    for source in container.iter("source"):
        srcset = source.get("srcset") or source.get("data-srcset")
        if srcset:
            return _absolute(srcset.split(",")[0].split()[0], base_url)
    return None


def _src(img: HtmlElement, base_url: str | None) -> str | None:
    for attr in _SRC_ATTRS:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return _absolute(value, base_url)
    srcset = img.get("srcset") or img.get("data-srcset")
    if srcset and srcset.strip():
        return _absolute(srcset.split(",")[0].split()[0], base_url)
    return None


def _absolute(href: str, base_url: str | None) -> str:
    if href.startswith("//"):
        return "https:" + href
    return urljoin(base_url, href) if base_url else href


def _content_image(img: HtmlElement) -> bool:
    """A photo of the story, not a logo, icon or tracking pixel: it says what it shows and is not tiny."""
    src = " ".join(filter(None, (img.get("src"), img.get("data-src"), class_of(img))))
    if _NOT_PHOTO.search(src):
        return False
    for attr in ("width", "height"):
        size = (img.get(attr) or "").strip().removesuffix("px")
        if size.isdigit() and int(size) < 100:
            return False
    return len((img.get("alt") or "").split()) >= 3


def _add(images: list[Image], image: Image, lead: bool = False) -> None:
    """Append ``image`` unless it is one already listed; a duplicate fills the missing caption or credit."""
    if image.url and _NOT_PHOTO.search(image.url):
        image = replace(image, url=None)
        if not image.caption:
            return
    for index, known in enumerate(images):
        if _same_image(known, image):
            images[index] = Image(url=known.url or image.url, caption=known.caption or image.caption,
                                  credit=known.credit or image.credit, date=known.date or image.date,
                                  date_text=known.date_text or image.date_text)
            return
    if lead or images or image.caption or image.url:
        images.append(image)


def _same_image(a: Image, b: Image) -> bool:
    if a.url and b.url and _file_key(a.url) == _file_key(b.url):
        return True
    return bool(a.caption and b.caption and a.caption == b.caption)


def _file_key(url: str) -> str:
    name = urlsplit(url).path.rsplit("/", 1)[-1].lower()
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return _SIZE_SUFFIX.sub("", stem) or name


def read_tags(scope: HtmlElement, index: PageIndex) -> list[str]:
    """Tags as the page shows them: ``rel="tag"`` links, or the links of a tags box (in the article first)."""
    rel_tags = [a for a in index.tagged("a") if "tag" in (a.get("rel") or "").lower().split()]
    boxes = [e for e in index.parts["tags"] if e.tag not in ("a", "meta", "body", "html")]
    for elements in (index.within(rel_tags + boxes, scope), rel_tags + boxes):
        tags: list[str] = []
        for element in sorted(set(elements), key=index.order.__getitem__):
            if not _tags_context(element):
                continue
            for link in [element] if element.tag == "a" else element.iter("a"):
                tag = text_of(link).strip(" #،,")
                if tag and len(tag.split()) <= 6 and tag not in tags:
                    tags.append(tag)
        if tags:
            return tags[:40]
    return []


_NOT_TAGS_BOX = re.compile(r"related|recommend|most-read|trending|sidebar|widget|menu|(?:^|[\s_-])nav|card|cloud")


def _tags_context(element: HtmlElement) -> bool:
    """Not in the site's navigation, a sidebar or a box of other stories (an article's own footer is fine)."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("article", "main"):
            return True
        if ancestor.tag in ("nav", "aside") or _NOT_TAGS_BOX.search(class_of(ancestor)):
            return False
        if ancestor.tag in ("header", "footer") and ancestor.getparent() is not None \
                and ancestor.getparent().tag in ("body", "html"):
            return False
    return True
