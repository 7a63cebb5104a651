"""Interface strings in Arabic (the default) and English; the article text keeps its own language."""

from __future__ import annotations

LANGUAGES = ("ar", "en")
DEFAULT = "ar"

STRINGS: dict[str, dict[str, str]] = {
    "ar": {
        "site": "رصد", "tagline": "قارئ الأخبار وتحليلها", "home": "الرئيسية", "search": "بحث",
        "search_placeholder": "ابحث في الأخبار…", "latest": "أحدث المقالات", "ingest": "إضافة مقال",
        "entities": "الكيانات", "threads": "مسارات القصص", "errors": "أخطاء الإدخال", "api_docs": "واجهة البرمجة",
        "switch_language": "English", "reading_time": "دقائق القراءة", "minutes": "دقائق",
        "page_says": "كما في الصفحة", "published": "نُشر", "modified": "حُدّث", "inferred": "مستنتج",
        "date_unknown": "تاريخ النشر غير معروف", "by": "بقلم", "source": "المصدر", "image": "صورة",
        "image_not_kept": "الصورة غير محفوظة محليًا", "open_image": "فتح الصورة", "credit": "حقوق الصورة",
        "original": "الصفحة الأصلية", "entities_panel": "الأشخاص والجهات والأماكن", "mentions": "الإشارات",
        "quotes_panel": "الاقتباسات والمصادر", "named": "مصادر مسمّاة", "anonymous": "مصادر مجهولة",
        "anonymous_official": "مسؤول غير مسمّى", "organization": "جهة", "via": "نقلًا عن",
        "no_comment": "امتنع عن التعليق", "direct": "اقتباس مباشر", "indirect": "نقل غير مباشر",
        "mixed": "اقتباس مختلط", "times_panel": "الأزمنة", "topics_panel": "الموضوعات", "tags": "الوسوم",
        "keywords": "الكلمات المفتاحية", "events_panel": "الأحداث", "related_panel": "قصص ذات صلة",
        "summary": "الملخص", "thread": "مسار القصة", "warnings": "ملاحظات المعالجة", "export": "تصدير",
        "results": "نتيجة", "no_results": "لا نتائج", "filters": "تصفية", "clear_filters": "إزالة التصفية",
        "language": "اللغة", "entity": "كيان", "topic": "موضوع", "from": "من", "to": "إلى",
        "next": "التالي", "previous": "السابق", "articles": "مقالات", "mentions_over_time": "الإشارات عبر الزمن",
        "said": "ما قاله", "appears_with": "يظهر مع", "roles": "الصفات", "also_named": "يُذكر أيضًا باسم",
        "timeline": "التسلسل الزمني", "first_report": "أول تقرير", "update": "تحديث", "sources": "مصادر",
        "ingest_url": "رابط صفحة", "ingest_file": "ملف صفحة", "ingest_text": "نص الصفحة",
        "ingest_submit": "أضف", "ingest_help": "أرسل رابطًا عامًا أو ملفًا (‎.txt أو ‎.html) أو النص المنسوخ.",
        "published_if_missing": "تاريخ النشر إن لم تذكره الصفحة", "error": "خطأ", "code": "الرمز",
        "back_home": "العودة إلى الرئيسية", "status": "الحالة", "trigger": "الفعل", "actors": "الفاعلون",
        "targets": "المستهدفون", "place": "المكان", "time": "الزمن", "asserted_by": "يؤكده",
        "contested_by": "ينفيه أو يشكك فيه", "evidence": "الشاهد", "happened": "وقع", "ongoing": "جارٍ",
        "planned": "مخطط", "conditional": "مشروط", "denied": "منفي", "no_articles": "لا مقالات بعد.",
        "count_articles": "عدد المقالات", "when": "متى", "input": "المدخل", "reason": "السبب",
        "no_failures": "لا أخطاء مسجلة.", "endpoints": "نقاط الواجهة", "unknown": "غير معروف",
        "dateline": "مكان الخبر", "PER": "أشخاص", "ORG": "جهات", "LOC": "أماكن", "FAC": "منشآت", "MISC": "أخرى",
        "month": "شهر", "day": "يوم", "year": "سنة", "week": "أسبوع", "range": "مدة",
    },
    "en": {
        "site": "rasd", "tagline": "news reader and analysis", "home": "Home", "search": "Search",
        "search_placeholder": "Search the news…", "latest": "Latest articles", "ingest": "Add an article",
        "entities": "Entities", "threads": "Story threads", "errors": "Input errors", "api_docs": "API",
        "switch_language": "العربية", "reading_time": "Reading time", "minutes": "min",
        "page_says": "as the page says", "published": "Published", "modified": "Updated", "inferred": "inferred",
        "date_unknown": "publication date unknown", "by": "By", "source": "Source", "image": "Image",
        "image_not_kept": "image not stored locally", "open_image": "open the image", "credit": "Credit",
        "original": "Original page", "entities_panel": "People, organizations and places", "mentions": "mentions",
        "quotes_panel": "Quotes and sources", "named": "Named sources", "anonymous": "Anonymous sources",
        "anonymous_official": "unnamed official", "organization": "organization", "via": "via",
        "no_comment": "declined to comment", "direct": "direct quote", "indirect": "indirect",
        "mixed": "mixed", "times_panel": "Times", "topics_panel": "Topics", "tags": "Tags",
        "keywords": "Keywords", "events_panel": "Events", "related_panel": "Related stories",
        "summary": "Summary", "thread": "Story thread", "warnings": "Processing notes", "export": "Export",
        "results": "results", "no_results": "No results", "filters": "Filters", "clear_filters": "Clear filters",
        "language": "Language", "entity": "Entity", "topic": "Topic", "from": "From", "to": "To",
        "next": "Next", "previous": "Previous", "articles": "articles", "mentions_over_time": "Mentions over time",
        "said": "What they said", "appears_with": "Appears with", "roles": "Roles", "also_named": "Also named",
        "timeline": "Timeline", "first_report": "first report", "update": "update", "sources": "sources",
        "ingest_url": "Page URL", "ingest_file": "Page file", "ingest_text": "Page text",
        "ingest_submit": "Add", "ingest_help": "Send a public URL, a file (.txt or .html) or the copied text.",
        "published_if_missing": "Publication date, if the page gives none", "error": "Error", "code": "Code",
        "back_home": "Back to the home page", "status": "Status", "trigger": "Trigger", "actors": "Actors",
        "targets": "Targets", "place": "Place", "time": "Time", "asserted_by": "Asserted by",
        "contested_by": "Contested by", "evidence": "Evidence", "happened": "happened", "ongoing": "ongoing",
        "planned": "planned", "conditional": "conditional", "denied": "denied", "no_articles": "No articles yet.",
        "count_articles": "Articles", "when": "When", "input": "Input", "reason": "Reason",
        "no_failures": "No failed inputs recorded.", "endpoints": "Endpoints", "unknown": "unknown",
        "dateline": "Dateline", "PER": "People", "ORG": "Organizations", "LOC": "Places", "FAC": "Facilities",
        "MISC": "Other", "month": "month", "day": "day", "year": "year", "week": "week", "range": "range",
    },
}


def strings(lang: str) -> dict[str, str]:
    return STRINGS.get(lang, STRINGS[DEFAULT])


def direction(lang: str | None) -> str:
    """``rtl`` for right-to-left languages, ``ltr`` otherwise; ``auto`` when the language is unknown."""
    if not lang:
        return "auto"
    return "rtl" if lang.split("-")[0] in ("ar", "fa", "ur", "he", "ps", "ku") else "ltr"
