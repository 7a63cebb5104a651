"""Which of the main-text blocks are the article: our rules for what trafilatura keeps and should not.

On news pages trafilatura's main text still carries parts of the page that are not the article: the
headline and the deck again, photo captions, bylines and date lines, "اقرأ أيضاً" / "READ MORE:" links and the
lists of other stories under them, newsletter, app and share prompts, tags, copyright lines. :func:`clean`
walks the blocks once and drops those, using what the page anatomy found (headline, deck, captions,
bylines) and small pattern sets, Arabic first. A deck printed at the top of the body as a heading is
handed back to the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from rasd.extract import bylines, furniture
from rasd.extract.anatomy import byline_names
from rasd.extract.dates import find_dates, is_copyright_text
from rasd.extract.htmlbody import RawBlock
from rasd.extract.metadata import DatedValue
from rasd.extract.readtime import parse_reading_time_widget
from rasd.model import BlockKind

# A pointer to other content: the phrase alone heads a list of links; followed by ":" it opens a teaser line.
_POINTER_PHRASES = (
    r"اقرأ أيضا|اقرأ أيضاً|اقرا ايضا|اقرأ كذلك|اقرأ المزيد|اقرأ ايضا|شاهد أيضا|شاهد أيضاً|شاهد ايضا|للمزيد|"
    r"طالع أيضا|طالع أيضاً|ذات صلة|مواضيع ذات صلة|أخبار ذات صلة|"
    r"read more|see more|also read|read also|more|related|related stories|related articles|recommended|"
    r"don'?t miss|must see|must read|watch|listen|also on [\w.]+|see also|more on this(?: story)?|"
    r"you may also like|you might also like|trending|more stories|"
    r"leggi anche|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lire aussi|à lire aussi|"
    r"voir aussi|lee también|leia também|czytaj także|czytaj też|zobacz też|zobacz także|читайте также|"
    r"смотрите также"
)
_POINTER_ALONE = re.compile(rf"^(?:{_POINTER_PHRASES})\s*(?:[:：.!…]|\.\.\.)?$", re.I)
_POINTER_PREFIX = re.compile(rf"^(?:{_POINTER_PHRASES})\s*[:：\-–—|]\s*\S", re.I)
_POINTER_OPENER = re.compile(r"^(?:اقرأ أيضا|اقرأ أيضاً|اقرا ايضا|شاهد أيضا|read more|see more|also read|read also|"
                             r"don'?t miss|must read|also on [\w.]+|see also|leggi anche|lesen sie auch|lire aussi)\b",
                             re.I)
# Prompts and page chrome that sit inside the main text.
_PROMPT = re.compile(
    r"^(?:click here|tap here|sign up|subscribe|get (?:the|our) |download (?:the|our) |like this story|"
    r"share (?:this|it)|follow (?:us|\w+(?: \w+)?) on|advertisement|sponsored content|order reprints|print article|"
    r"this copy is for your personal|an error has occurred|thank you|thanks for signing up|sorry!|"
    r"keep an eye on your inbox|there was an error processing|this article has been sent to|have a tip\?|"
    r"updated (?:at|on) |published (?:at|on) |last updated|"
    r"اشترك|اشتركوا|حمل(?:وا)? تطبيق|للاشتراك|لمتابعة آخر|آخر تحديث|تابعونا|تابعوا|انضموا|انضم إلى)",
    re.I,
)
_CALL_TO_ACTION = re.compile(r"\b(?:newsletters?|inbox|sign up|subscribe|download the app|click here|"
                             r"النشرة البريدية|اشترك|تطبيق)\b", re.I)
_EMAIL_CONTACT = re.compile(r".*\b(?:write to|reach(?:ed)? at|contact|e-?mail|tips?)\b.*\S+@\S+\.\w+", re.I)
_DATE_WORDS = re.compile(
    r"(?:نشر|نُشر|تاريخ النشر|بتاريخ|آخر تحديث|اخر تحديث|تحديث|published|posted|updated|last updated|on|at|"
    r"الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|gmt|utc|et|est|am|pm|a\.m|p\.m|م|ص|هـ)\b", re.I)
# Comment-section notices: the article has ended, readers' comments follow.
_COMMENT_POLICY = re.compile(
    r"لا (?:تعبر|تعكس) (?:بالضرورة )?عن رأي|بالنقاش الحيوي|سياسة التعليقات|شروط التعليق|التعليقات المسيئة|"
    r"comments? (?:are|will be) (?:moderated|reviewed)|views expressed in (?:the )?comments|comment policy|"
    r"community guidelines", re.I)
_SHORTCODE = re.compile(r"^\[\w+[^\]]*\].*\[/\w+\]$")
_CAPS = re.compile(r"^[A-Z0-9 '’:,\-–—!?&$\[\]]+$")
_WORD = re.compile(r"[^\W_]")
_END_PUNCTUATION = (".", "؟", "?", "!", "»", "\"", "”")


@dataclass
class BodyContext:
    """What the rest of the page says is not body text."""

    headline: str | None = None
    title: str | None = None
    deck: str | None = None
    deck_in_header: bool = False  # then the deck repeated as the first paragraph is not body text
    kicker: str | None = None
    furniture: set[str] = field(default_factory=set)  # byline, date and kicker texts shown on the page
    captions: set[str] = field(default_factory=set)


@dataclass
class CleanBody:
    """The body blocks, and what the top of the body said about the article (deck, byline, date line)."""

    blocks: list[tuple[BlockKind, str]] = field(default_factory=list)
    deck: str | None = None
    authors: list[str] = field(default_factory=list)
    dates: list[DatedValue] = field(default_factory=list)


def clean(blocks: list[RawBlock], context: BodyContext) -> CleanBody:
    """The article's body blocks, with the deck, byline and date line found at the top of the body."""
    blocks = _drop_related_lists(blocks)
    found = CleanBody()
    kept = found.blocks
    skipping = False
    for index, block in enumerate(blocks):
        if not kept and _is_header_part(block, context):
            _note_header_line(block.text, found)
            continue
        if not kept and found.deck is None and context.deck is None and _deck_like(block, blocks, index):
            found.deck = block.text
            continue
        if _opens_pointer_list(block):
            skipping = True
            continue
        if skipping and _pointer_like(block):
            continue
        skipping = False
        if _is_end(block.text, index, blocks, kept):
            break
        if _is_furniture(block, context, bool(kept)) or (kept and kept[-1][1] == block.text and len(block.text.split()) > 12):
            continue
        kept.append((block.kind, block.text))
    found.blocks = _trim_tail(kept)
    return found


def _note_header_line(text: str, found: CleanBody) -> None:
    """A byline or date line printed at the top of the body says who wrote it and when."""
    if len(text.split()) > 16:
        return
    names = byline_names(text) if bylines.parse_byline(text) else []
    found.authors.extend(n for n in names if n not in found.authors)
    dates = find_dates(text) if _date_line(text) else []
    if dates:
        found.dates.append(DatedValue(dates[0].value, f"page text: {text}"))


# ------------------------------------------------------------------ the top of the body


def _is_header_part(block: RawBlock, context: BodyContext) -> bool:
    """The headline, title, kicker, deck (as a heading), byline or date line repeated at the top of the body.

    A deck equal to the first *paragraph* stays in the body: the page printed its lead twice, or what looked
    like a deck was the lead itself (the reader then drops the deck).
    """
    text = block.text
    deck = context.deck if block.kind == "heading" or context.deck_in_header else None
    for part in (context.headline, context.title, context.kicker, deck):
        if part and (_same(text, part) or (len(text) < len(part) + 40 and part in text and len(part) > 20)):
            return True
    return any(_same(text, part) for part in context.furniture) or _short_meta_line(text)


def _deck_like(block: RawBlock, blocks: list[RawBlock], index: int) -> bool:
    """A heading right under the headline, before any paragraph, written as a sentence: the standfirst."""
    if block.kind != "heading" or block.link_share > 0.3 or not 6 <= len(block.text.split()) <= 60:
        return False
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return following is not None and following.kind == "paragraph"


def _short_meta_line(text: str) -> bool:
    """A byline, a date line or a reading-time widget."""
    words = len(text.split())
    if words > 16:
        return False
    if parse_reading_time_widget(text) is not None or bylines.parse_byline(text):
        return True
    return words <= 10 and _date_line(text)


def _date_line(text: str) -> bool:
    """A line that is a date and little else ("نُشر في 12 نوفمبر 2026", "Updated: Nov. 18, 2019 10:02 am")."""
    dates = find_dates(text)
    if not dates:
        return False
    rest = text
    for match in reversed(dates):
        rest = rest[: match.start] + " " + rest[match.end :]
    return len(re.findall(r"[^\W\d_]{2,}", _DATE_WORDS.sub(" ", rest))) <= 1


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > max(12, len(b) // 5):
        return False
    return fuzz.ratio(a, b) >= 90


# ------------------------------------------------------------------ pointers to other stories


def _opens_pointer_list(block: RawBlock) -> bool:
    """"اقرأ أيضاً", "Related", "Tags:" standing alone: what follows are links, not the article."""
    text = block.text.strip()
    if len(text.split()) > 6 or text.endswith(("؟", "?")):
        return False
    return furniture.is_related_heading(text) or bool(_POINTER_ALONE.match(text)) or furniture.tag_marker(text) == ""


def _pointer_like(block: RawBlock) -> bool:
    words = len(block.text.split())
    return words <= 30 and (block.link_share >= 0.5 or block.in_list or not block.text.endswith(_END_PUNCTUATION))


def _drop_related_lists(blocks: list[RawBlock]) -> list[RawBlock]:
    """Runs of list items that each open with a link: lists of other stories, not the article's own list."""
    result: list[RawBlock] = []
    run: list[RawBlock] = []
    for block in blocks + [RawBlock("paragraph", "")]:
        if block.in_list:
            run.append(block)
            continue
        if run and not _related_run(run):
            result.extend(run)
        run = []
        if block.text:
            result.append(block)
    return result


def _related_run(run: list[RawBlock]) -> bool:
    linked = sum(1 for b in run if b.starts_with_link or b.link_share >= 0.6)
    return len(run) >= 2 and linked >= 0.8 * len(run) and sum(len(b.text.split()) for b in run) / len(run) <= 25


# ------------------------------------------------------------------ furniture inside the body


def _is_furniture(block: RawBlock, context: BodyContext, kept_any: bool) -> bool:
    text = block.text
    words = len(text.split())
    if not _WORD.search(text):
        return True  # no letter and no digit: a separator, a stray byte-order mark
    if (kept_any or words < 15) and any(_same(text, caption) for caption in context.captions):
        return True  # a caption; but a lead paragraph the page also used as a caption stays
    if words >= 4 and context.headline and _same(text, context.headline):
        return True
    if words <= 12 and (furniture.is_furniture_line(text) or _short_meta_line(text)):
        return True
    if _SHORTCODE.match(text) or furniture.tag_marker(text):
        return True
    return words <= 40 and (_promo(block) or _prompt(text, words) or _copyright(text) or _link_only(block, words))


def _promo(block: RawBlock) -> bool:
    """"READ MORE: <link>", "اقرأ أيضاً: ...", "DON'T MISS ...", all-capitals link teasers."""
    text = block.text
    if _POINTER_PREFIX.match(text):
        return True
    if _POINTER_OPENER.match(text) and (block.link_share >= 0.3 or not text.endswith(_END_PUNCTUATION) or "[" in text):
        return True
    return len(text) > 12 and block.link_share >= 0.5 and bool(_CAPS.match(text))


def _prompt(text: str, words: int) -> bool:
    """Newsletter, app, share and contact prompts; page chrome such as "Order Reprints"."""
    if _PROMPT.match(text):
        return True
    if words <= 30 and _EMAIL_CONTACT.match(text):
        return True
    return words <= 35 and len(_CALL_TO_ACTION.findall(text)) >= 2


def _copyright(text: str) -> bool:
    return is_copyright_text(text) and re.search(r"(?:19|20)\d\d|reserved|محفوظة", text, re.I) is not None


def _link_only(block: RawBlock, words: int) -> bool:
    """A paragraph that is one link: a teaser for another page (a linked heading may be the item it names)."""
    if block.kind == "heading":
        return False
    if block.link_share >= 0.99 and words >= 3:
        return True
    return words <= 30 and block.link_share >= 0.9 and not block.text.endswith(_END_PUNCTUATION)


# ------------------------------------------------------------------ the end of the body


def _is_end(text: str, index: int, blocks: list[RawBlock], kept: list) -> bool:
    """A closing-block marker ("Related stories", "جميع الحقوق محفوظة") or a comment-section notice in the
    last part of the body."""
    if len(kept) < 2 or index < len(blocks) * 0.5:
        return False
    if len(text.split()) <= 60 and _COMMENT_POLICY.search(text):
        return True
    return len(text.split()) <= 8 and furniture.is_end_marker(text.strip(" .:…"))


def _trim_tail(kept: list[tuple[BlockKind, str]]) -> list[tuple[BlockKind, str]]:
    """A heading left at the very end has nothing under it: it introduced something we dropped."""
    while kept and kept[-1][0] == "heading":
        kept.pop()
    return kept
