"""English attributions in one sentence, anchored on reporting cues (said, told, added, according to ...).

- subject first: ``SPEAKER CUE [adverbials] [that] CONTENT`` ("Officials said on Monday that ...");
- content first: ``CONTENT, SPEAKER CUE`` and ``"QUOTE," CUE SPEAKER`` ("..., he said", '"...," said Smith');
- participles: ``..., adding that ...`` (the subject of the sentence or of the attribution before it);
- according to: ``According to SPEAKER, CONTENT`` and ``CONTENT, according to SPEAKER``;
- silence: ``SPEAKER declined to comment``, ``did not respond to a request for comment``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.enrich.quoting import lexicon_en as L
from rasd.enrich.quoting.found import Found, SpeakerParse, Span, to_article, tokens
from rasd.enrich.quoting.settle import settle
from rasd.enrich.quoting.textview import TextView

Tok = tuple[int, int, str]
_BREAKS = re.compile(r"[,;]\s*(?:but it (?:is|was) (?:not |un)clear|while|whereas)\b")
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused|declines|refuses)\s+(?:to\s+)?(?:comment|immediate comment)"
    r"|\bdid(?: not|n't)\s+(?:immediately\s+)?(?:respond|return|reply|answer)\b[^.;]{0,60}?"
    r"\b(?:comment|request|requests|calls|messages|emails|inquiries|questions)(?:\s+for\s+comment)?"
    r"|\bcould(?: not|n't)\s+(?:immediately\s+)?be\s+reached(?:\s+for\s+comment)?"
    r"|\bdid(?: not|n't)\s+(?:immediately\s+)?comment\b",
    re.I,
)
_ACCORDING = re.compile(r"\baccording to\b", re.I)
_OPEN = "\"“«"
_NAME_PARTICLES = frozenset("al el bin ibn abu de da di van von der le la".split())


def find_english(view: TextView, quoted: list[Span]) -> list[Found]:
    text = view.folded
    toks = tokens(text)
    hits = _no_comment(text, toks) + _according(text, toks) + _cues(text, toks, quoted)
    settled = settle(text, hits, quoted, _BREAKS, lambda before: _sentence_subject(text, toks, before))
    return [to_article(view, h) for h in settled]


def _inside(pos: int, quoted: list[Span]) -> bool:
    return any(a < pos < b for a, b in quoted)


def _cues(text: str, toks: list[Tok], quoted: list[Span]) -> list[Found]:
    hits = []
    for k, (s, e, w) in enumerate(toks):
        low = w.lower()
        if (low not in L.VERBS and low not in L.PARTICIPLES) or _inside(s, quoted):
            continue
        hit = _participle(text, toks, k) if low in L.PARTICIPLES else _verb(text, toks, k, quoted)
        if hit is not None:
            hits.append(hit)
    return hits


def _verb(text: str, toks: list[Tok], k: int, quoted: list[Span]) -> Found | None:
    s, e, w = toks[k]
    denial = w.lower() in L.DENIAL_VERBS
    left = _left_np(toks, k)
    right_start, via = _skip_adverbials(text, toks, k + 1)
    after = text[right_start:].strip()
    ends_here = not after or after[0] in ".;" or (after[0] == "," and _rest_is_quote(text, right_start, quoted))
    if left is None:
        inverted = _inverted(text, toks, k)
        if inverted is None:
            return None
        speaker, end_np = inverted
        content = _content_before(text, toks, k, quoted)
        return _hit((s, e), content, speaker, denial, toks[k][0], postposed=True, via=via) if content else None
    speaker = _np_speaker(text, toks, left)
    before = text[:toks[left[0]][0]].rstrip()
    quote_after = _quote_after(text, right_start, quoted)
    if quote_after is not None and not (before and before[-1] in "\"”"):
        return _hit((s, e), quote_after, speaker, denial, toks[left[0]][0], via=via)
    if ends_here and before and before[-1] in ",\"”":
        content = _content_before(text, toks, left[0], quoted)
        if content is None:
            return None
        content = _extend_over_quote(text, content, right_start, quoted)
        return _hit((s, e), content, speaker, denial, toks[left[0]][0], postposed=True, via=via)
    if ends_here:
        return None
    return _hit((s, e), (right_start, len(text)), speaker, denial, toks[left[0]][0], via=via)


def _hit(cue: Span, content: Span, speaker: SpeakerParse, denial: bool, clause_start: int,
         postposed: bool = False, via: Span | None = None) -> Found:
    speaker = replace(speaker, via=via or speaker.via)
    return Found(cue, content, "indirect", speaker, (0, 0), denial, None, clause_start, postposed)


def _left_np(toks: list[Tok], k: int) -> list[int] | None:
    """Token indexes of the noun phrase just before the cue ("White House press secretary Josh Earnest");
    an appositive before it comes along ("The state's campaign chairman, Phil Lovas, said"), and a
    parenthesis after a name is skipped ("Mike Pence (R-IN) said")."""
    j = k - 1
    if j > 0 and toks[j][2] == ")":
        while j > 0 and toks[j][2] != "(":
            j -= 1
        j -= 1
    appositive = j > 0 and toks[j][2] == "," and toks[j - 1][2][0].isalnum()
    if appositive:
        j -= 1
    idx = _np_back(toks, j)
    if appositive and idx and idx[0] > 1 and toks[idx[0] - 1][2] == ",":
        idx = (_np_back(toks, idx[0] - 2) or []) + idx
    return _trim_adverbials(toks, idx)


def _np_back(toks: list[Tok], j: int) -> list[int]:
    idx: list[int] = []
    while j >= 0 and len(idx) < 8:
        w = toks[j][2]
        if w in ("'", "’") or w.lower() == "s" and idx:
            idx.insert(0, j)
            j -= 1
            continue
        hyphen = w == "-" and idx and j > 0 and toks[j - 1][2][0].isalnum() and toks[j - 1][1] == toks[j][0]
        if (not w[0].isalnum() and not hyphen) or w.lower() in L.NP_STOPS:
            break
        idx.insert(0, j)
        j -= 1
    return idx


def _trim_adverbials(toks: list[Tok], idx: list[int]) -> list[int] | None:
    while idx and toks[idx[-1]][2].lower() in L.ADVERBIAL_WORDS - L.ANONYMOUS_DETERMINERS and \
            toks[idx[-1]][2][0].islower():
        idx.pop()
    return idx or None


def _np_speaker(text: str, toks: list[Tok], idx: list[int]) -> SpeakerParse:
    span = (toks[idx[0]][0], toks[idx[-1]][1])
    words = [toks[i][2] for i in idx if toks[i][2][0].isalnum()] or [toks[i][2] for i in idx]
    parse = _classify(span, words)
    return replace(parse, outlet=parse.kind == "organization" and bool({w.lower() for w in words} & L.MEDIA_WORDS))


def _classify(span: Span, words: list[str]) -> SpeakerParse:
    lows = [w.lower() for w in words]
    head = lows[-1]
    if len(lows) == 1 and head in L.PRONOUNS:
        return SpeakerParse(span, "named", head, definite=True)
    capitalized = any(w[0].isupper() for w in words[1:]) or (words[0][0].isupper() and lows[0] not in ("the", "a"))
    if _has_name(words):
        return SpeakerParse(span, "named", head, lows[0] == "the")
    if set(lows) & L.SOURCE_NOUNS:
        official = bool(set(lows) & (L.OFFICIAL_NOUNS | L.OFFICIAL_ADJECTIVES))
        return SpeakerParse(span, "anonymous_official" if official else "anonymous", head, lows[0] == "the")
    if set(lows) & L.OFFICIAL_NOUNS:
        return SpeakerParse(span, "anonymous_official", head, lows[0] == "the")
    if head in L.ORG_NOUNS or (set(lows) & L.MEDIA_WORDS and capitalized):
        return SpeakerParse(span, "organization", head, lows[0] == "the")
    return SpeakerParse(span, "named", head, lows[0] == "the")


def _has_name(words: list[str]) -> bool:
    """Two capitalized words in a row (a personal name) among the phrase."""
    caps = [w[0].isupper() and w.lower() not in L.MEDIA_WORDS | L.ORG_NOUNS for w in words]
    caps = [c or (i > 0 and caps[i - 1] and words[i] in _NAME_PARTICLES) for i, c in enumerate(caps)]
    return any(a and b for a, b in zip(caps, caps[1:]))


def _skip_adverbials(text: str, toks: list[Tok], k: int) -> tuple[int, Span | None]:
    """Past "on Monday", "in a statement", "told reporters", "told CNN" (via) and "that" after a cue."""
    via = None
    j = k
    while j < len(toks) and j < k + 10:
        low = toks[j][2].lower()
        if low == "that":
            return toks[j][1], via
        outlet = _outlet(toks, j)
        if outlet is not None:
            via, j = outlet
            continue
        if low in L.ADVERBIAL_WORDS or low in ("with", "for", "of", "by") or (toks[j][2][0].isupper() and j == k
                                                                               and low not in L.PRONOUNS):
            j += 1
            continue
        break
    return (toks[j][0] if j < len(toks) else len(text)), via


def _outlet(toks: list[Tok], j: int) -> tuple[Span, int] | None:
    run = []
    i = j
    while i < len(toks) and toks[i][2][0].isupper() and len(run) < 5:
        run.append(i)
        i += 1
    if toks[j][2].lower() == "the" and i == j + 1:
        return None
    if run and any(toks[x][2].lower() in L.MEDIA_WORDS for x in run):
        return (toks[run[0]][0], toks[run[-1]][1]), i
    return None


def _inverted(text: str, toks: list[Tok], k: int) -> tuple[SpeakerParse, int] | None:
    """'"...," said John Smith, a spokesman.': the cue after a comma or quote, the speaker after the cue."""
    before = text[:toks[k][0]].rstrip()
    if not before or before[-1] not in ",\"”":
        return None
    idx = []
    for j in range(k + 1, min(len(toks), k + 9)):
        w = toks[j][2]
        if not w[0].isalnum() or (w.lower() in L.NP_STOPS and w.lower() not in ("the",)):
            break
        idx.append(j)
    if not idx:
        return None
    return _np_speaker(text, toks, idx), toks[idx[-1]][1]


def _content_before(text: str, toks: list[Tok], k: int, quoted: list[Span]) -> Span | None:
    end = toks[k][0]
    while end > 0 and text[end - 1] in " ,":
        end -= 1
    start = 0
    for a, b in quoted:
        if b == end or (b == end + 1 and text[end] in ",") or (b - 1 == end):
            start = a
    return (start, end) if end > start else None


def _quote_after(text: str, pos: int, quoted: list[Span]) -> Span | None:
    """'he said, "..."' / 'Trump said: "..."': the quotation right after the cue."""
    rest_start = len(text) - len(text[pos:].lstrip(" ,:"))
    return next(((a, b) for a, b in quoted if a == rest_start), None)


def _rest_is_quote(text: str, pos: int, quoted: list[Span]) -> bool:
    rest = text[pos:].lstrip(" ,")
    return bool(rest) and rest[0] in _OPEN


def _extend_over_quote(text: str, content: Span, pos: int, quoted: list[Span]) -> Span:
    """'"Q1," he said, "Q2."': the content runs from Q1 to Q2."""
    rest_start = len(text) - len(text[pos:].lstrip(" ,"))
    for a, b in quoted:
        if a == rest_start:
            return content[0], b
    return content


def _participle(text: str, toks: list[Tok], k: int) -> Found | None:
    s, e, w = toks[k]
    before = text[:s].rstrip()
    if not before or before[-1] not in ",;":
        return None
    start, via = _skip_adverbials(text, toks, k + 1)
    if start >= len(text) or text[start] in ".":
        return None
    found = Found((s, e), (start, len(text)), "indirect", SpeakerParse(None, via=via), (0, 0),
                  w.lower() in L.DENIAL_PARTICIPLES, None, s)
    found.notes.append("participle")
    return found


def _according(text: str, toks: list[Tok]) -> list[Found]:
    hits = []
    for m in _ACCORDING.finditer(text):
        idx = [j for j, t in enumerate(toks) if t[0] >= m.end()]
        np = []
        for j in idx[:8]:
            if not toks[j][2][0].isalnum():
                break
            np.append(j)
        if not np:
            continue
        speaker = _np_speaker(text, toks, np)
        np_end = toks[np[-1]][1]
        if m.start() == 0 or not text[:m.start()].strip():
            content = (len(text) - len(text[np_end:].lstrip(" ,")), len(text))
            hits.append(Found((m.start(), m.end()), content, "indirect", speaker, (0, 0), clause_start=m.start()))
        else:
            hits.append(Found((m.start(), m.end()), (0, m.start()), "indirect", speaker, (0, 0),
                              clause_start=m.start(), postposed=True))
    return hits


def _no_comment(text: str, toks: list[Tok]) -> list[Found]:
    hits = []
    for m in _NO_COMMENT.finditer(text):
        k = next((j for j, t in enumerate(toks) if t[0] >= m.start()), None)
        if k is None:
            continue
        left = _left_np(toks, k)
        speaker = _np_speaker(text, toks, left) if left else SpeakerParse(None)
        start = toks[left[0]][0] if left else m.start()
        end = len(text.rstrip(" ."))
        hits.append(Found((m.start(), m.end()), (start, end), "no_comment", speaker, (0, 0), clause_start=start))
    return hits


def _sentence_subject(text: str, toks: list[Tok], before: int) -> SpeakerParse | None:
    first_cue = next((j for j, t in enumerate(toks) if t[0] < before and t[2].lower() in L.VERBS), None)
    if first_cue is None:
        return None
    left = _left_np(toks, first_cue)
    return _np_speaker(text, toks, left) if left else None
