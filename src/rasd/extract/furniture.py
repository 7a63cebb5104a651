"""Page furniture: the lines a page carries around an article that are not the article.

Three kinds, each a small set of patterns (Arabic first, then English):
- *end markers* open the page's closing blocks ("stories that may interest you", most read, copyright);
  nothing after one is body text; *tag markers* (categories, tags) open the published tags, also at the end;
- *related-links headings* ("اقرأ أيضاً") open a short list of other headlines inside or after the body;
- *furniture lines* are single lines to drop (share bars, ads, newsletter prompts, "اقرأ أيضاً: ...").
Matching is on alef-folded text with tatweel and diacritics removed, so spelling variants match.
"""

from __future__ import annotations

import re

from rasd.arabic.calendar import fold_alef

_MARKS = re.compile(r"[\u0640\u064b-\u065f\u0670]")


def fold(line: str) -> str:
    """Alef-folded, tatweel- and diacritic-free, lowercased line, trimmed of edge punctuation."""
    return fold_alef(_MARKS.sub("", line)).strip().strip(":：-–—|•·*>»«").strip().lower()


_END_MARKERS = re.compile(
    r"^(?:قصص قد تهمك|قد يهمك ايضا|قد يهمك|مواضيع ذات صله|مواضيع ذات صلة|اخبار ذات صله|اخبار ذات صلة|"
    r"الاكثر قراءه|الاكثر قراءة|الاكثر مشاهده|الاكثر مشاهدة|الاكثر تداولا|اخر الاخبار|المزيد من الاخبار|"
    r"المزيد من .{1,20}|تابعونا على .{1,30}|جميع الحقوق محفوظه.*|جميع الحقوق محفوظة.*|حقوق النشر.*|"
    r"related(?: articles| stories| news| coverage)?|more from .{1,40}|more stories|you may also like|"
    r"recommended(?: for you)?|most read|most popular|read next|all rights reserved.*|"
    r"copyright .*|© .*)$"
)
_TAG_MARKERS = re.compile(
    r"^(?:تصنيفات|التصنيفات|categories|الوسوم|وسوم|الكلمات المفتاحيه|الكلمات المفتاحية|كلمات مفتاحيه|كلمات مفتاحية|مواضيع|tags|topics|keywords)"
    r"(?:\s*[:：]\s*(.*))?$"
)
_RELATED_HEADINGS = re.compile(
    r"^(?:اقرا ايضا|اقرا كذلك|اقرا المزيد|اقرا ايضا علي .{1,30}|شاهد ايضا|"
    r"ذات صله|ذات صلة|read more|read also|also read|see also|related|more on this story|watch)$"
)
_RELATED_INLINE = re.compile(r"^(?:اقرا ايضا|اقرا كذلك|شاهد ايضا|read more|read also|also read|see also)\s*[:：\-–—]\s*\S")
_SOCIAL = (
    "facebook|twitter|whatsapp|telegram|linkedin|email|e-mail|print|x|copy link|messenger|pinterest|reddit|"
    "فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|تلغرام|تليغرام|لينكد ان|البريد الالكتروني|طباعه|طباعة|نسخ الرابط|اكس"
)
_SHARE = re.compile(
    rf"^(?:(?:شارك|شاركها|شارك الخبر|شارك المقال|مشاركه|مشاركة|share|share this(?: article| story)?|share on)\b.*|"
    rf"(?:(?:{_SOCIAL})[\s,|/•·]*)+)$"
)
_FURNITURE = re.compile(
    r"^(?:اعلان|advertisement|ad|sponsored|محتوى مدفوع|scroll to continue.*|continue reading.*|"
    r"اشترك في النشره.*|اشترك في النشرة.*|اشترك الان.*|subscribe.*|sign up.*|newsletter.*|"
    r"تابعونا.*|تابعوا .{1,30} على .*|follow us.*|حمل التطبيق.*|download (?:the|our) app.*|"
    r"للمزيد من الاخبار.*|عاجل|breaking|live|مباشر|بث مباشر|video|فيديو|صور|photos?|gallery|"
    r"التعليقات|comments?|اضف تعليق|leave a comment|\d+\s*(?:تعليق|comments?)|"
    r"الرئيسيه|الرئيسية|home|back to top|عوده للاعلي|عودة للاعلي)$"
)


def is_end_marker(line: str) -> bool:
    return bool(_END_MARKERS.match(fold(line)))


def tag_marker(line: str) -> str | None:
    """For a tags line ("الوسوم: غزة، مصر"), the text after the marker ("" for a bare heading); else None."""
    match = _TAG_MARKERS.match(fold(line))
    if not match:
        return None
    return line.split(":", 1)[1].strip() if ":" in line else ""


def split_tags(text: str) -> list[str]:
    parts = re.split(r"\s*[،,;؛|#]\s*|\s{2,}", text)
    return [p.strip(" #") for p in parts if p.strip(" #")]


def is_related_heading(line: str) -> bool:
    return bool(_RELATED_HEADINGS.match(fold(line)))


def is_furniture_line(line: str) -> bool:
    folded = fold(line)
    if not folded:
        return True
    return bool(_RELATED_INLINE.match(folded) or _SHARE.match(folded) or _FURNITURE.match(folded))
