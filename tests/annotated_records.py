"""Hand-built article records for the reader and API tests.

The entities, quotes, times, topics and events below were written by hand from the seed page and
``../shared/seed/expected.json`` (names, speakers and quote openings as a reader finds them); only their
offsets are computed, by finding those hand-written strings in the article text. They stand in for the
entity, quote, time and topic stages until those land, so every panel of the reader can be tested.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.model import (
    Article, Block, DateValue, Entity, Event, EventArg, Image, Mention, Quote, Source, Sourcing, Span, Speaker,
    TimeExpr, Topic,
)

# (id, type, name, English name, mention forms: longest first)
SEED_ENTITIES = (
    ("e1", "PER", "ستيف ويتكوف", "Steve Witkoff", ("ستيف ويتكوف", "ويتكوف")),
    ("e2", "PER", "جاريد كوشنر", "Jared Kushner", ("جاريد كوشنر", "كوشنر")),
    ("e3", "PER", "فلاديمير بوتين", "Vladimir Putin", ("فلاديمير بوتين", "الرئيس بوتين", "بوتين")),
    ("e4", "PER", "دونالد ترمب", "Donald Trump", ("دونالد ترمب", "الرئيس ترمب", "ترمب")),
    ("e5", "PER", "كيريل دميترييف", "Kirill Dmitriev", ("كيريل دميترييف",)),
    ("e6", "ORG", "البيت الأبيض", "White House", ("البيت الأبيض",)),
    ("e7", "ORG", "الكرملين", "Kremlin", ("الكرملين",)),
    ("e8", "ORG", "بلومبرغ", "Bloomberg", ("بلومبرغ",)),
    ("e9", "LOC", "موسكو", "Moscow", ("موسكو",)),
    ("e10", "LOC", "أوكرانيا", "Ukraine", ("أوكرانيا",)),
)


def find_all(text: str, form: str) -> list[int]:
    found, at = [], text.find(form)
    while at >= 0:
        found.append(at)
        at = text.find(form, at + len(form))
    return found


def mentions(text: str, forms: tuple[str, ...], taken: set[int]) -> tuple[Mention, ...]:
    """Mentions of the forms, longest form first, never overlapping one already taken."""
    result = []
    for form in forms:
        for start in find_all(text, form):
            span = set(range(start, start + len(form)))
            if span & taken:
                continue
            taken |= span
            result.append(Mention(start, start + len(form), form))
    return tuple(sorted(result, key=lambda m: m.start))


def seed_entities(text: str) -> tuple[Entity, ...]:
    taken: set[int] = set()
    found = (Entity(id=eid, type=etype, name=name, name_en=name_en, mentions=mentions(text, forms, taken))
             for eid, etype, name, name_en, forms in SEED_ENTITIES)
    return tuple(entity for entity in found if entity.mentions)  # Dmitriev is named only in the caption


def _span(text: str, opening: str) -> tuple[int, int]:
    start = text.index(opening)
    end = text.find(".", start)
    return start, (end if end > 0 else len(text))


def seed_quotes(text: str) -> tuple[Quote, ...]:
    def quote(speaker: str, kind: str, opening: str, form: str, cue: str, via: str | None = None,
              entity_id: str | None = None) -> Quote:
        start, end = _span(text, opening)
        s_start = text.index(speaker)
        return Quote(Speaker(speaker, kind, entity_id, start=s_start, end=s_start + len(speaker)), cue, form,
                     text[start:end], start, end, via=via)

    return (
        quote("مصادر مطلعة", "anonymous", "الاجتماع ربما يعقد هذا الشهر", "indirect", "قولها", via="بلومبرغ"),
        quote("مسؤول في البيت الأبيض", "anonymous_official", "مثل هذا الاجتماع ليس مقرراً", "indirect", "وقال"),
        quote("الكرملين", "organization", "ولم يرد الكرملين على طلب", "no_comment", "لم يرد", entity_id="e7"),
        quote("أحد المصادر", "anonymous", "ليس من الواضح مدى رغبة الرئيس بوتين", "direct", "وأشار"),
        quote("الرئيس ترمب", "named", "ليس على وفاق", "direct", "قال", entity_id="e4"),
    )


def seed_times(text: str) -> tuple[TimeExpr, ...]:
    start = text.index("هذا الشهر")
    later = text.index("ديسمبر الماضي")
    year = text.index("العام الماضي")
    return (
        TimeExpr("هذا الشهر", start, start + len("هذا الشهر"), "2026-01", "month"),
        TimeExpr("ديسمبر الماضي", later, later + len("ديسمبر الماضي"), "2025-12", "month"),
        TimeExpr("العام الماضي", year, year + len("العام الماضي"), "2025", "year"),
    )


def annotated_seed(article: Article) -> Article:
    """The seed article as the reader reads it, with hand-made annotations and a publication date."""
    text = article.text
    meeting = text.index("وفي ديسمبر الماضي، زار ويتكوف")
    return replace(
        article,
        published=DateValue("2026-01-13", False, "supplied by the test"),
        entities=seed_entities(text),
        quotes=seed_quotes(text),
        sourcing=Sourcing(named=1, anonymous=2, official=1, via_outlet=1, no_comment=1),
        times=seed_times(text),
        topics=(Topic("medtop:11000000", "سياسة", 0.91), Topic("medtop:16000000", "نزاعات وحروب", 0.74)),
        keywords=("محادثات السلام", "أوكرانيا"),
        events=(Event("CONSULT", "زار", "happened", Span(meeting, text.index(".", meeting)),
                      actors=(EventArg("ويتكوف", "e1"), EventArg("كوشنر", "e2")), targets=(EventArg("بوتين", "e3"),),
                      place=EventArg("موسكو", "e9"), time="2025-12"),),
        summary=(text[: text.index(".") + 1],),
    )


def follow_up(article_id: str = "f0110w0up0000001") -> Article:
    """A second, hand-written article on the same story two days later (same entities)."""
    paragraphs = ["قال الكرملين إن ستيف ويتكوف وجاريد كوشنر سيصلان إلى موسكو الأسبوع المقبل للقاء فلاديمير بوتين.",
                  "وأضاف أن المحادثات ستتناول خطة السلام في أوكرانيا."]
    text = "\n\n".join(paragraphs)
    blocks, at = [], 0
    for paragraph in paragraphs:
        blocks.append(Block("paragraph", paragraph, at, at + len(paragraph)))
        at += len(paragraph) + 2
    taken: set[int] = set()
    entities = tuple(
        Entity(eid, etype, name, mentions(text, forms, taken), name_en=name_en)
        for eid, etype, name, name_en, forms in SEED_ENTITIES if eid in ("e1", "e2", "e3", "e7", "e9", "e10")
    )
    speaker = text.index("الكرملين")
    quote_start = text.index("ستيف ويتكوف")
    return Article(
        id=article_id, text=text, blocks=tuple(blocks), source=Source("وكالة الاختبار", "example.org"),
        language="ar", headline="الكرملين: ويتكوف وكوشنر في موسكو الأسبوع المقبل",
        published=DateValue("2026-01-15", False, "test"), entities=entities,
        quotes=(Quote(Speaker("الكرملين", "organization", "e7", start=speaker, end=speaker + 8), "قال", "indirect",
                      text[quote_start:text.index(".")], quote_start, text.index(".")),),
    )


HOSTILE_SCRIPT = "<script>window.__pwned = 1; alert('x')</script>"


def hostile(article_id: str = "0bad0bad0bad0bad") -> Article:
    """An article whose every field carries markup meant to run: it must render as inert text."""
    paragraphs = [
        f"فقرة أولى {HOSTILE_SCRIPT} ثم <img src=x onerror=\"window.__pwned=2;alert(2)\"> نص.",
        "<a href=\"javascript:window.__pwned=3\">اضغط هنا</a> و<style>body{background:url(javascript:alert(4))}</style>",
        "<div style=\"width: expression(alert(5)); background-image: url('javascript:alert(6)')\">css</div> "
        "<svg onload=alert(7)></svg><iframe src=\"javascript:alert(8)\"></iframe>",
    ]
    text = "\n\n".join(paragraphs)
    blocks, at = [], 0
    for paragraph in paragraphs:
        blocks.append(Block("paragraph", paragraph, at, at + len(paragraph)))
        at += len(paragraph) + 2
    name = "<b onmouseover=alert(9)>خبيث</b>"
    start = text.index("اضغط هنا")
    return Article(
        id=article_id, text=text, blocks=tuple(blocks), url="javascript:alert(10)",
        source=Source("<script>alert(11)</script>", None), language="ar",
        kicker="<img src=x onerror=alert(12)>", headline=f"عنوان {HOSTILE_SCRIPT}",
        deck="\"><script>alert(13)</script>", authors=("<svg/onload=alert(14)>",),
        images=(Image(url="javascript:alert(15)", caption="<img src=x onerror=alert(16)> تعليق",
                      credit="</figcaption><script>alert(17)</script>"),),
        tags=("<script>alert(18)</script>",),
        entities=(Entity("h1", "PER", name, (Mention(start, start + len("اضغط هنا"), "اضغط هنا"),),
                         name_en="javascript:alert(19)", roles=("<i onclick=alert(20)>",)),),
        quotes=(Quote(Speaker("<script>alert(21)</script>", "named"), "قال", "direct",
                      "<img src=x onerror=alert(22)>", 0, 10),),
        topics=(Topic("medtop:<script>", "<script>alert(23)</script>", 0.5),),
    )
