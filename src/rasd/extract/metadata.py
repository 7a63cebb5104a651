"""What a page declares about itself for machines: ``<meta>`` tags, ``<link>``, ``<html lang>`` and JSON-LD.

:func:`read_meta` reads them once into a :class:`PageMeta`: canonical URL, document title, site name,
description, authors, published and modified dates (each with the tag it came from, as evidence), tags,
section, language and images. The visible page (headline, kicker, deck, bylines printed on the page) is
:mod:`rasd.extract.anatomy`'s business; :mod:`rasd.extract.html` weighs the two.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from rasd.extract import jsonld
from rasd.extract.dates import parse_machine_date


@dataclass(frozen=True, slots=True)
class DatedValue:
    value: str  # ISO-8601
    evidence: str  # where it came from ("JSON-LD datePublished", "meta article:published_time")


@dataclass(frozen=True, slots=True)
class MetaImage:
    url: str
    caption: str | None = None
    credit: str | None = None


@dataclass
class PageMeta:
    canonical: str | None = None
    title: str | None = None  # <title>, as written (the site suffix is removed later)
    og_title: str | None = None
    headline: str | None = None  # JSON-LD headline
    site_name: str | None = None
    description: str | None = None
    language: str | None = None
    authors: list[str] = field(default_factory=list)
    published: list[DatedValue] = field(default_factory=list)
    modified: list[DatedValue] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)  # <meta name="keywords">: a last resort for tags
    section: str | None = None
    images: list[MetaImage] = field(default_factory=list)
    article_type: str | None = None
    article_body: str | None = None  # JSON-LD articleBody, when the page gives one


# meta keys (lowercased name / property / itemprop) in order of trust
_PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "datepublished", "pubdate",
                   "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
                   "dcterms.created", "dc.date", "date", "article.published", "published_time", "og:published_time")
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
                  "article.updated", "modified_time")
_AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator")
_SITE_KEYS = ("og:site_name", "application-name", "twitter:site", "publisher")
_URL_LIKE = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|net|org)/", re.I)


def read_meta(tree: HtmlElement, base_url: str | None) -> PageMeta:
    """The page's own declarations, read once."""
    tags = _meta_tags(tree)
    meta = PageMeta()
    meta.title = _title(tree)
    meta.og_title = _first(tags, "og:title", "twitter:title")
    meta.description = _first(tags, "og:description", "description", "twitter:description")
    meta.site_name = _site_name(tags)
    meta.language = _language(tree, tags)
    meta.canonical = _canonical(tree, tags, base_url)
    meta.section = _first(tags, "article:section", "parsely-section")
    meta.tags = _unique(tags.get("article:tag", []) + tags.get("parsely-tags", []))
    meta.keywords = _unique(k for value in tags.get("news_keywords", []) + tags.get("keywords", [])
                            for k in jsonld.strings_of(value))
    meta.authors = _unique(a for key in _AUTHOR_KEYS for a in tags.get(key, []) if not _URL_LIKE.search(a))
    meta.published = _dated(tags, _PUBLISHED_KEYS)
    meta.modified = _dated(tags, _MODIFIED_KEYS)
    meta.images = [MetaImage(_absolute(u, base_url)) for u in tags.get("og:image", []) + tags.get("twitter:image", [])]
    _merge_jsonld(meta, jsonld.read_objects(tree), base_url)
    return meta


def _meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for element in tree.iterfind(".//meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        value = element.get("content")
        if key and value and value.strip():
            found[key.strip().lower()].append(" ".join(value.split()))
    return found


def _first(tags: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        if tags.get(key):
            return tags[key][0]
    return None


def _unique(values) -> list[str]:
    seen: list[str] = []
    for value in values:
        value = " ".join(str(value).split())
        if value and value not in seen:
            seen.append(value)
    return seen


def _title(tree: HtmlElement) -> str | None:
    element = tree.find(".//title")
    if element is None:
        element = tree.find(".//{http://www.w3.org/2000/svg}title")
    text = " ".join((element.text_content() if element is not None else "").split())
    return text or None


def _site_name(tags: dict[str, list[str]]) -> str | None:
    for key in _SITE_KEYS:
        for value in tags.get(key, []):
            if not _URL_LIKE.search(value):
                return value.lstrip("@") if key == "twitter:site" else value
    return None


def _language(tree: HtmlElement, tags: dict[str, list[str]]) -> str | None:
    raw = tree.get("lang") or tree.get("xml:lang") or _first(tags, "content-language", "og:locale", "language")
    if not raw:
        return None
    code = raw.strip().replace("_", "-").split("-")[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _canonical(tree: HtmlElement, tags: dict[str, list[str]], base_url: str | None) -> str | None:
    candidates = [link.get("href") for link in tree.iterfind(".//link")
                  if "canonical" in (link.get("rel") or "").lower().split()]
    candidates += tags.get("og:url", [])
    for href in candidates:
        url = _absolute(href, base_url) if href else None
        if url and urlsplit(url).scheme in ("http", "https") and not _is_site_root(url, base_url):
            return url
    return None


def _is_site_root(url: str, base_url: str | None) -> bool:
    """A canonical that points at the home page of a page that is not the home page is a template bug."""
    path = urlsplit(url).path.strip("/")
    return not path and bool(base_url and urlsplit(base_url).path.strip("/"))


def _absolute(href: str, base_url: str | None) -> str:
    href = href.strip()
    if href.startswith("//"):
        return "https:" + href
    return urljoin(base_url, href) if base_url else href


def _dated(tags: dict[str, list[str]], keys: tuple[str, ...]) -> list[DatedValue]:
    values = []
    for key in keys:
        for raw in tags.get(key, []):
            iso = parse_machine_date(raw)
            if iso:
                values.append(DatedValue(iso, f'meta {key}="{raw}"'))
    return values


def _merge_jsonld(meta: PageMeta, objects: list[dict], base_url: str | None) -> None:
    """JSON-LD comes first where it speaks: it is the most deliberate of a page's declarations."""
    article = jsonld.find_article(objects)
    if article is not None:
        _merge_article(meta, article, base_url)
    if meta.site_name is None:
        meta.site_name = _publisher_name(objects, article)


def _merge_article(meta: PageMeta, article: dict, base_url: str | None) -> None:
    meta.article_type = (jsonld.types_of(article) or [None])[0]
    meta.headline = jsonld.text_of(article.get("headline")) or jsonld.text_of(article.get("name"))
    authors = [a for a in jsonld.names_of(article.get("author")) if not _URL_LIKE.search(a)]
    meta.authors = _unique(authors + meta.authors) if authors else meta.authors
    for key, target in (("datePublished", meta.published), ("dateCreated", meta.published),
                        ("dateModified", meta.modified)):
        raw = jsonld.text_of(article.get(key))
        iso = parse_machine_date(raw) if raw else None
        if iso:
            target.insert(0, DatedValue(iso, f'JSON-LD {key}="{raw}"'))
    keywords = jsonld.strings_of(article.get("keywords"))
    meta.tags = _unique(meta.tags + keywords) if keywords else meta.tags
    meta.section = meta.section or jsonld.text_of(article.get("articleSection"))
    meta.site_name = meta.site_name or jsonld.text_of(article.get("publisher"))
    body = jsonld.text_of(article.get("articleBody"))
    meta.article_body = body if body and len(body) > 200 else None
    images = [MetaImage(_absolute(u, base_url), c, r) for u, c, r in jsonld.image_entries(article.get("image"))]
    meta.images = images + meta.images


def _publisher_name(objects: list[dict], article: dict | None) -> str | None:
    for obj in objects:
        if {"newsmediaorganization", "organization"} & set(jsonld.types_of(obj)):
            name = jsonld.text_of(obj.get("name"))
            if name:
                return name
    for obj in objects:
        if "website" in jsonld.types_of(obj):
            return jsonld.text_of(obj.get("name"))
    return None
