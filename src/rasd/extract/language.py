"""The language of a text, by the script of its letters: Arabic, English (Latin), or other."""

from __future__ import annotations

import unicodedata


def detect_language(text: str, sample: int = 5000) -> str | None:
    """"ar" when most letters are Arabic, "en" when most are Latin, the script's name otherwise, None if no letters."""
    arabic = latin = other = 0
    for ch in text[:sample]:
        if not ch.isalpha():
            continue
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc":
            arabic += 1
        elif ch.isascii() or "LATIN" in unicodedata.name(ch, ""):
            latin += 1
        else:
            other += 1
    total = arabic + latin + other
    if not total:
        return None
    if arabic / total >= 0.5:
        return "ar"
    if latin / total >= 0.5:
        return "en"
    return _script_code(text)


def _script_code(text: str) -> str:
    for ch in text:
        if ch.isalpha() and not ch.isascii():
            name = unicodedata.name(ch, "")
            if name.startswith("CYRILLIC"):
                return "ru"
            if name.startswith("CJK") or name.startswith("HIRAGANA") or name.startswith("KATAKANA"):
                return "zh" if name.startswith("CJK") else "ja"
            if name.startswith("HEBREW"):
                return "he"
    return "und"
