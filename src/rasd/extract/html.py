"""HTML news pages into Articles: the same record the scraped-text reader makes, from the page's markup.

The page is parsed once. :mod:`metadata` reads what the page declares for machines (JSON-LD, ``<meta>``,
canonical link); :mod:`anatomy` reads what it shows around the headline (kicker, deck, byline, dates,
reading time); :mod:`figures` its photos with captions and credits and its tags; :mod:`htmlbody` the
body (trafilatura's main text, then our rules). :class:`HTMLPageReader` weighs them into one Article:
declared values first where a page declares them, what it shows otherwise, a guess only when marked
``inferred``. Everything in the record is text: no markup survives.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement, fromstring
from rapidfuzz import fuzz
from trafilatura.utils import load_html

from rasd.acquire.hints import PUBLISHED, hint
from rasd.config import Config
from rasd.errors import InputError
from rasd.extract import bylines
from rasd.extract.anatomy import Anatomy, byline_names, read_anatomy
from rasd.extract.blocks import assemble
from rasd.extract.dates import is_copyright_text
from rasd.extract.figures import read_images, read_tags
from rasd.extract.furniture import fold
from rasd.extract.boilerplate import BodyContext, clean
from rasd.extract.htmlbody import LinkTexts, extract_main
from rasd.extract.language import detect_language
from rasd.extract.metadata import PageMeta, read_meta
from rasd.extract.pageindex import PageIndex, PartMatcher, index_page
from rasd.extract.recover import recover
from rasd.extract.text import split_site_suffix
from rasd.model import Article, BlockKind, Dateline, DateValue, RawDocument, ReadingTime, Source, article_id
from rasd.pipeline import Decoded, ReadOptions

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|«|·|•|:)\s+")
_LATIN_LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "nb", "fi", "cs", "ro", "hu",
                    "tr", "id", "ms", "ca", "hr", "sk", "sl", "et", "lv", "lt", "vi", "sq", "eu", "gl", "af"}


class HTMLPageReader:
    """Reads HTML pages (``text/html``) into Articles."""

    name = "read.html"
    version = "1"
    media_types = frozenset({"text/html", "application/xhtml+xml"})

    def __init__(self) -> None:
        self._parts = PartMatcher()

    def __call__(self, doc: Decoded, raw: RawDocument, options: ReadOptions) -> Article:
        tree = parse_html(doc.text, raw.location)
        base_url = options.url or raw.url
        meta = read_meta(tree, base_url)
        url = meta.canonical or base_url
        index = index_page(tree, self._parts)
        anatomy = read_anatomy(tree, index, [t for t in (meta.og_title, meta.headline, meta.title) if t])
        images, printed_captions = read_images(anatomy.scope, index, url, meta.images)
        body, deck = _body(tree, index, meta, anatomy, printed_captions, raw.location)
        dateline, body = _dateline(body)
        blocks, text = assemble(body)
        title, site_from_title = _title(meta, anatomy)
        return Article(
            id=article_id(url, title, text),
            text=text,
            blocks=blocks,
            url=url,
            source=Source(name=meta.site_name or site_from_title, domain=_domain(url)),
            language=_language(meta.language, text),
            title=title,
            kicker=anatomy.kicker,
            headline=anatomy.headline or meta.headline or title,
            deck=anatomy.deck if anatomy.deck_in_header else _deck(anatomy.deck or deck, blocks),
            authors=tuple(_authors(meta, anatomy)),
            dateline=dateline,
            published=_published(tree, url, meta, anatomy, raw, options),
            modified=_modified(meta, anatomy),
            reading_time=ReadingTime(published_minutes=anatomy.published_minutes),
            images=tuple(images),
            tags=tuple(read_tags(anatomy.scope, index) or meta.tags),
        )


def parse_html(text: str, location: str) -> HtmlElement:
    """The page's DOM; InputError when the text does not parse as a document."""
    tree = load_html(text)
    if tree is None:
        raise InputError("E005", "not an HTML document (the parser found no document structure)", location)
    return tree


def _body(tree: HtmlElement, index: PageIndex, meta: PageMeta, anatomy: Anatomy, captions: set[str],
          location: str) -> tuple[list[tuple[BlockKind, str]], str | None]:
    context = BodyContext(
        headline=anatomy.headline, title=meta.og_title or meta.title, deck=anatomy.deck,
        deck_in_header=anatomy.deck_in_header, kicker=anatomy.kicker,
        furniture=anatomy.furniture, captions=captions,
    )
    links = LinkTexts(index.tagged("a"))
    found = clean(recover(tree, index, extract_main(tree, links), links), context)
    anatomy.authors.extend(n for n in found.authors if n not in anatomy.authors)
    anatomy.published.extend(found.dates)
    body = found.blocks
    if not body and meta.article_body:
        body = _declared_body(meta.article_body)
    if not body:
        raise InputError("E005", _no_text_reason(tree), location)
    return body, found.deck


def _declared_body(article_body: str) -> list[tuple[BlockKind, str]]:
    """JSON-LD ``articleBody`` as paragraphs: plain text split at line breaks, or HTML as text (no markup)."""
    if "<" in article_body and ">" in article_body:
        fragment = fromstring(f"<div>{article_body}</div>")
        for element in fragment.iter("p", "br", "li", "h2", "h3", "div"):
            element.tail = "\n" + (element.tail or "")
        article_body = fragment.text_content()
    return [("paragraph", p) for p in re.split(r"\n\s*\n|\n", article_body) if p.strip()]


def _deck(deck: str | None, blocks) -> str | None:
    """The deck, unless it is only the first paragraph of the body again."""
    if deck and blocks and fuzz.ratio(deck, blocks[0].text) >= 90:
        return None
    return deck


def _no_text_reason(tree: HtmlElement) -> str:
    frames = [f.get("src") for f in tree.iter("frame", "iframe") if f.get("src")]
    if tree.find(".//frameset") is not None:
        listed = ", ".join(frames[:3]) or "none given"
        return f"a frameset page: its content is in its frames ({listed}); read those pages instead"
    return "no article text found in the page (no main text block, no JSON-LD articleBody)"


def _dateline(body: list[tuple[BlockKind, str]]) -> tuple[Dateline | None, list[tuple[BlockKind, str]]]:
    """A dateline standing alone before the first paragraph or opening it ("القاهرة - رويترز - ...")."""
    if len(body) > 1 and body[0][0] == "paragraph":
        standalone = bylines.parse_standalone_dateline(body[0][1])
        if standalone:
            return standalone, body[1:]
    for index, (kind, text) in enumerate(body[:2]):
        if kind != "paragraph":
            continue
        found = bylines.split_inline_dateline(text)
        if found:
            rest = text[found.rest_start:].strip().lstrip("-–—: ")
            return found.dateline, body[:index] + [(kind, rest)] + body[index + 1:]
        break
    return None, body


# ------------------------------------------------------------------ title, authors, language


def _title(meta: PageMeta, anatomy: Anatomy) -> tuple[str | None, str | None]:
    """The document title without the site's name, and the site name it carried (or None)."""
    raw = meta.title or meta.og_title or meta.headline or anatomy.headline
    if not raw:
        return None, None
    site = meta.site_name
    parts = _SEPARATORS.split(raw)
    if site and len(parts) > 1:
        if _is_site(parts[-1], site):
            return _SEPARATORS.split(raw, maxsplit=len(parts) - 2)[0].strip() if len(parts) > 2 else parts[0], site
        if _is_site(parts[0], site):
            return raw.split(parts[0], 1)[1].strip(" |-–—:»«·•"), site
    if len(parts) > 1 and anatomy.headline and len(parts[0].split()) <= 5:
        rest = _SEPARATORS.split(raw, maxsplit=1)[1]
        if fuzz.ratio(fold(rest), fold(anatomy.headline)) >= 90:  # "Site - Headline"
            return rest.strip(), parts[0].strip()
    title, site_from_title = split_site_suffix(raw)
    return title, site_from_title


def _is_site(part: str, site: str) -> bool:
    a, b = fold(part), fold(site)
    return a == b or fuzz.ratio(a, b) >= 80 or (len(a) >= 3 and (a in b or b in a) and len(a.split()) <= 5)


def _authors(meta: PageMeta, anatomy: Anatomy) -> list[str]:
    site = fold(meta.site_name or "")
    declared = [n for a in meta.authors for n in (byline_names(a) or [])]
    declared = [n for n in declared if fold(n) != site and not (site and fuzz.ratio(fold(n), site) >= 85)]
    return _unique(declared or anatomy.authors)[:10]


def _unique(names: list[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if not any(fold(name) == fold(s) for s in seen):
            seen.append(name)
    return seen


def _language(declared: str | None, text: str) -> str | None:
    detected = detect_language(text, sample=1500)  # the script of the first letters decides
    if declared and detected == "en" and declared in _LATIN_LANGUAGES:
        return declared
    if declared and detected == declared:
        return declared
    return detected or declared


def _domain(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


# ------------------------------------------------------------------ dates


def _published(tree: HtmlElement, url: str | None, meta: PageMeta, anatomy: Anatomy, raw: RawDocument,
               options: ReadOptions) -> DateValue:
    for found in meta.published + anatomy.published:
        if _plausible(found.value):
            return DateValue(found.value, inferred=False, evidence=found.evidence)
    if options.published:
        return DateValue(options.published, inferred=False, evidence="supplied by the user (--published)")
    listed = hint(raw, PUBLISHED)
    if listed:
        return DateValue(listed, inferred=False, evidence=f"the {raw.source_kind} entry that listed the page")
    return _guessed_date(tree, url)


def _modified(meta: PageMeta, anatomy: Anatomy) -> DateValue:
    for found in meta.modified + anatomy.modified:
        if _plausible(found.value):
            return DateValue(found.value, inferred=False, evidence=found.evidence)
    return DateValue()


def _plausible(value: str) -> bool:
    year = int(value[:4])
    return 1995 <= year <= dt.date.today().year + 1


def _guessed_date(tree: HtmlElement, url: str | None) -> DateValue:
    """htmldate's reading of the page (URL, text, markup patterns), marked inferred; never a copyright year."""
    from htmldate import find_date  # only pages without a declared date pay for it

    value = find_date(tree, original_date=True, extensive_search=False, url=url)
    if value is None:  # the extensive search reads the whole text: five times slower, so second
        value = find_date(tree, original_date=True, extensive_search=True, url=url)
    if not value or not _plausible(value) or _copyright_year(tree, value):
        return DateValue()
    return DateValue(value, inferred=True, evidence="htmldate (original_date): no date declared on the page")


def _copyright_year(tree: HtmlElement, value: str) -> bool:
    if not value.endswith("-01-01"):
        return False
    year = value[:4]
    return any(year in text and is_copyright_text(text) for text in tree.xpath(".//text()[contains(., '©') or "
               "contains(., 'opyright') or contains(., 'حقوق')]"))


def make_reader(config: Config) -> HTMLPageReader:
    return HTMLPageReader()
