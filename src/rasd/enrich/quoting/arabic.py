"""Arabic attributions in one sentence, anchored on reporting cues (see docs/quote-guidelines.md).

Four constructions are recognised, each anchored on a cue from :mod:`.lexicon_ar`:

- verb first: ``[و]CUE SPEAKER [، ADVERBIAL] (إن|أن|بأن|إلى أن|:|"…") CONTENT`` ("وقال مسؤول ... إن ...");
  with كان before the subject the speaker precedes the cue ("كان الرئيس ترمب قال ... إنه");
  a chain ``نقلت OUTLET عن SPEAKER قوله إن`` gives the speaker and the outlet it came through;
- participles that add a statement by the clause subject ("..., قائلين إن ...");
- according to: ``CONTENT، (حسبما ذكرت|بحسب|وفقاً لـ) SPEAKER`` and ``وبحسب SPEAKER، CONTENT``;
- silence or refusal: ``لم يرد X على طلب للتعليق``, ``رفض X التعليق`` (form ``no_comment``).

Everything runs on the folded sentence (:mod:`.textview`); spans are mapped back to article offsets at the end.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.enrich.quoting import lexicon_ar as L
from rasd.enrich.quoting.found import Found, SpeakerParse, Span, to_article, tokens, trim
from rasd.enrich.quoting.settle import settle
from rasd.enrich.quoting.speakers import bare, is_outlet_word, parse_speaker
from rasd.enrich.quoting.textview import TextView

Tok = tuple[int, int, str]
_OPEN_MARKS = "\"«“”„"
_MAX_REGION = 22
# Where the reporter's own voice takes over inside a sentence ("، لكن من غير الواضح ...", "، فيما ...").
_BREAKS = re.compile(
    r"[،,]\s*(?:(?:لكن|الا ان|غير ان|بيد ان)\s+)?(?:من غير الواضح|ليس من الواضح|لم يتضح|من غير المعروف|لم يتسن)"
    r"|[،,]\s*(?:في حين|بينما|فيما(?!\s+(?:يتعلق|يخص))|وذلك|كما|ما)(?!\w)"
    r"|(?<=[\"”»])\s*[،,]\s*(?:حيث|اذ|اثر|عقب|بعد|خلال|في|قبل|لدي|مع|وسط|وهو|وهي|وهذا)(?!\w)"
)
_NOT_SOURCES = frozenset(
    "اتفاق اتفاقيه قانون دستور خطه قرار ماده توقيت جدول برنامج شروط معايير ترتيب احوال ظروف حاجه طلب نوع "
    "حجم درجه مستوي قواعد ما الخطه الاتفاق ارقام الارقام حصيله".split()
)
_PARTICLES = frozenset(
    "غير لكن لكنه لكنها ولكن انه انها انهم كما اذ حيث بينما فيما ثم ايضا وهو وهي وهم في من علي الي عن مع "
    "منذ بعد قبل خلال حتي لان اما وحينما حينما عندما بعدما لما".split()
)
_LEFT_STRIP = frozenset("كان كانت كانوا وكان وكانت وكانوا فكان لكن ولكن".split())
_OBJECT_SUFFIXES = ("ها", "ه", "هم")
_CONTRAST = frozenset({"لكن", "ولكن", "بل", "غير", "بيد"})
_WAS = frozenset("كان كانت كانوا وكان وكانت وكانوا فكان".split())
_COMMENT_VERBS = frozenset("يعلق تعلق يعلقوا".split())
_UNABLE = frozenset("يتسن يتسني يتسنى يتمكن تتمكن نتمكن".split())


def find_arabic(view: TextView, quoted: list[Span]) -> list[Found]:
    """Attributions in one sentence; ``quoted`` are its quoted stretches in folded coordinates."""
    text = view.folded
    toks = tokens(text)
    hits = _no_comment(text, toks) + _according(text, toks, quoted) + _verb_cues(text, toks, quoted)
    settled = settle(text, hits, quoted, _BREAKS, lambda before: clause_subject(text, toks, before),
                     _clause_boundaries(text, toks, quoted))
    return [to_article(view, h) for h in settled]


def _clause_boundaries(text: str, toks: list[Tok], quoted: list[Span]) -> tuple[int, ...]:
    """Where a new clause of someone's begins: "، واتهم ...", "داعياً إلى ..." (even when no quote follows)."""
    found = []
    for i, (s, _e, w) in enumerate(toks):
        if _inside(s, quoted):
            continue
        after_comma = i > 0 and toks[i - 1][2] in "،,"
        if w in L.CLAUSE_PARTICIPLES or (after_comma and w[:1] == "و" and _cue_word(w, L.VERBS)):
            found.append(toks[i - 1][0] if after_comma else s)
    return tuple(found)


def _cue_word(word: str, table: frozenset[str]) -> str | None:
    """The cue in ``word`` without a proclitic و/ف or an object pronoun ("وصفتها" -> وصفت)."""
    for candidate in (word, word[1:] if word[:1] in "وف" else ""):
        if candidate in table:
            return candidate
        for suffix in _OBJECT_SUFFIXES:
            stem = candidate[:-len(suffix)]
            # a bare ه may be a folded ta marbuta ("تابعة"): only after the feminine ت ("وصفته")
            if candidate.endswith(suffix) and stem in table & L.SAY_VERBS and (suffix != "ه" or stem.endswith("ت")):
                return candidate
    return None


def _inside(pos: int, quoted: list[Span]) -> bool:
    return any(a < pos < b for a, b in quoted)


# --------------------------------------------------------------------------- verb cues and participles


def _verb_cues(text: str, toks: list[Tok], quoted: list[Span]) -> list[Found]:
    hits = []
    for k, (s, e, w) in enumerate(toks):
        cue = _cue_word(w, L.VERBS | L.PARTICIPLES)
        if cue is None or _inside(s, quoted):
            continue
        hit = _verb_hit(text, toks, k, (e - len(cue), e), cue, quoted)
        if hit is not None:
            hits.append(hit)
    return hits


def _verb_hit(text: str, toks: list[Tok], k: int, cue: Span, word: str, quoted: list[Span]) -> Found | None:
    comp = _complementizer(text, toks, k + 1, quoted)
    participle = word in L.PARTICIPLES
    denial = word in L.DENIAL_VERBS or word in L.DENIAL_PARTICIPLES
    feminine = _feminine(word)
    if comp is None:
        if participle:
            return None
        if denial:
            return _nominal_denial(text, toks, k, cue, feminine)
        return _postposed_verb(text, toks, k, cue, denial, feminine)
    region_end, content_start = comp
    speaker = SpeakerParse(None)
    if not participle:
        speaker = _region_speaker(text, toks, cue[1], region_end, word)
        if speaker.span is None:
            speaker = _left_subject(text, toks, k) or speaker
    found = Found(cue, (content_start, len(text)), "indirect", speaker, (0, len(text)), denial, feminine,
                  clause_start=_clause_start(toks, k))
    if participle:
        found.notes.append("participle")
    return found


_CONNECTIVES = frozenset("لكن لكنه لكنها ولكن ولكنه ولكنها كما ثم بيد غير انه انها".split())


def _clause_start(toks: list[Tok], k: int) -> int:
    """The cue's clause with the connectives before it: '... ،" لكنه شدّد' starts at لكنه."""
    while k > 0 and toks[k - 1][2] in _CONNECTIVES:
        k -= 1
    return toks[k][0]


def _complementizer(text: str, toks: list[Tok], k: int, quoted: list[Span]) -> tuple[int, int] | None:
    """(end of the speaker region, start of the content) after a cue, or None."""
    idx, limit = k, min(len(toks), k + _MAX_REGION)
    while idx < limit:
        s, e, w = toks[idx]
        prev = toks[idx - 1] if idx > k else None
        if w == ":":
            return s, e
        if w in _OPEN_MARKS:
            q = next((q for q in quoted if q[0] == s), None)
            if q is not None and len(text[q[0]:q[1]].split()) >= 3 and not _name_in_quotes(text, toks, q):
                return s, s
            idx = next((i for i, t in enumerate(toks) if t[0] >= (q[1] if q else e)), limit)
            continue
        if w in L.COMPLEMENTIZERS and not (prev is not None and prev[2] in L.NOT_BEFORE_COMP):
            region_end = prev[0] if prev is not None and prev[2] in L.PREP_BEFORE_COMP else s
            return region_end, e
        if w == "." or _cue_word(w, L.VERBS | L.PARTICIPLES) is not None:
            return None
        if prev is not None and prev[2] in "،," and w in _CONTRAST:
            return None
        idx += 1
    return None


def _name_in_quotes(text: str, toks: list[Tok], q: Span) -> bool:
    """A quoted name inside the speaker phrase: 'منظمة "أطباء بلا حدود" إن ...' (a complementizer follows)."""
    after = [t for t in toks if t[0] >= q[1]][:8]
    for _s, _e, w in after:
        if w in L.COMPLEMENTIZERS or w == ":":
            return True
        if w in ".؛" or w in _OPEN_MARKS or _cue_word(w, L.VERBS | L.PARTICIPLES):
            return False
    return False


def _region_speaker(text: str, toks: list[Tok], start: int, end: int, word: str,
                    look_for_via: bool = True) -> SpeakerParse:
    """The speaker between cue and content; ``نقلت X عن Y`` and ``نقلاً عن`` give Y via X."""
    region = [t for t in toks if start <= t[0] < end]
    for i, (s, _e, w) in enumerate(region):
        chain = (word in L.CHAIN_VERBS and w == "عن") or (w == "عن" and i > 0 and region[i - 1][2] == "نقلا")
        if chain:
            via_end = region[i - 1][0] if region[i - 1][2] == "نقلا" else s
            speaker = parse_speaker(text, region[i][1], end)
            via = outlet_span(text, start, via_end)
            return replace(speaker, via=via or speaker.via) if via else speaker
    return parse_speaker(text, start, end, look_for_via)


def outlet_span(text: str, start: int, end: int) -> Span | None:
    """The outlet named in ``text[start:end]``, without quote marks and the ل of لـ."""
    a, b = trim(text, start, end, " \t،,:\"«»“”")
    if a < b and text[a] == "ل" and (b - a > 2) and (text[a + 1] in "\"«“ " or is_outlet_word(text[a + 1:b])):
        a, b = trim(text, a + 1, b, " \t\"«»“”")
    return (a, b) if a < b else None


def _left_subject(text: str, toks: list[Tok], k: int) -> SpeakerParse | None:
    """SVO after كان: "كان الرئيس ترمب قال ... إنه" -> الرئيس ترمب."""
    start = k
    while start > 0 and toks[start - 1][2] not in ("،", ",", ":", ".") and toks[start - 1][2] not in L.COMPLEMENTIZERS:
        start -= 1
    left = [t for t in toks[start:k] if t[2][0].isalnum()]
    was = False
    while left and left[0][2] in _LEFT_STRIP:
        was = was or left[0][2] in _WAS or left[0][2] in _CONTRAST
        left = left[1:]
    was = was or (start > 0 and toks[start - 1][2] in L.COMPLEMENTIZERS)
    if left and left[-1][2] in ("قد", "وقد"):
        left = left[:-1]
    if not left or len(left) > 7 or not (was or start == 0):
        return None
    if left[0][2] in _PARTICLES or any(_cue_word(t[2], L.VERBS) for t in left):
        return None
    speaker = parse_speaker(text, left[0][0], left[-1][1])
    return speaker if speaker.span is not None else None


def _subject_before(text: str, toks: list[Tok], k: int) -> SpeakerParse | None:
    """A cue with no speaker after an earlier verb: "وسعى ترمب ... ، وقال إن" -> ترمب."""
    if k == 0 or (k == 1 and toks[0][2] in ("و", "ف")):
        return None
    return clause_subject(text, toks, toks[k][0])


def _nominal_denial(text: str, toks: list[Tok], k: int, cue: Span, feminine: bool | None) -> Found | None:
    """"وتنفي تيموشينكو صحة ذلك": a denial with a noun object; the speaker ends before the denied thing."""
    end = _clause_end(toks, k + 1)
    words = [t for t in toks[k + 1:] if t[0] < end]
    at = next((i for i, t in enumerate(words) if t[2] in L.DENIED_OBJECTS), None)
    if at is None or at > 6 or at == len(words) - 1 and words[at][2] in ("ما",):
        return None
    speaker = parse_speaker(text, cue[1], words[at][0], look_for_via=False) if at else SpeakerParse(None)
    if at and speaker.span is None:
        return None
    if not at:
        speaker = _subject_before(text, toks, k) or speaker
    return Found(cue, (words[at][0], end), "indirect", speaker, (0, len(text)), True, feminine,
                 clause_start=toks[k][0])


def _postposed_verb(text: str, toks: list[Tok], k: int, cue: Span, denial: bool,
                    feminine: bool | None) -> Found | None:
    """'"…"، قال الوزير' and '…، قالت المصادر': the cue follows its content."""
    before = text[:toks[k][0]].rstrip()
    if before.endswith("كما") and k > 0 and toks[k - 1][2] == "كما":
        cue = (toks[k - 1][0], cue[1])
        before = text[:toks[k - 1][0]].rstrip()
    if not before or before[-1] not in "،,\"»”“":
        return None
    end = _clause_end(toks, k + 1)
    speaker = parse_speaker(text, cue[1], end)
    region_words = [t for t in toks if cue[1] <= t[0] < end and t[2][0].isalnum()]
    if speaker.span is None or not region_words or speaker.span[1] < region_words[-1][1]:
        return None
    opening = [t for t in toks if t[0] < toks[k][0] and t[2][0].isalnum()]
    if opening and (opening[0][2].lstrip("و") in L.ADVERBIAL_STARTS or opening[0][2] in _PARTICLES):
        return None
    content_end = len(before) - 1 if before[-1] in "،," else len(before)
    return Found(cue, (0, content_end), "indirect", speaker, (0, len(text)), denial, feminine,
                 clause_start=toks[k][0], postposed=True)


def _clause_end(toks: list[Tok], k: int) -> int:
    for s, _e, w in toks[k:]:
        if w in ("،", ",", ".", ":", "؛"):
            return s
    return toks[-1][1] if toks else 0


def _feminine(word: str) -> bool | None:
    if word in L.PARTICIPLES:
        return word.endswith("ه") or word.endswith("تين")
    if word.endswith("ت") or (word.startswith("ت") and not word.endswith("ون")):
        return True
    return False


# --------------------------------------------------------------------------- according to


def _according(text: str, toks: list[Tok], quoted: list[Span]) -> list[Found]:
    hits = []
    for k, (s, e, w) in enumerate(toks):
        particle = _cue_word(w, L.ACCORDING) if not w.startswith("ف") else None
        if particle is None or _inside(s, quoted):
            continue
        hit = _according_hit(text, toks, k, (e - len(particle), e), particle)
        if hit is not None:
            hits.append(hit)
    return hits


def _according_hit(text: str, toks: list[Tok], k: int, cue: Span, particle: str) -> Found | None:
    nxt = k + 1
    if nxt >= len(toks):
        return None
    start = toks[nxt][0]
    verb = None
    if particle == "حسبما" or (toks[nxt][2] in ("ما", "لما") and nxt + 1 < len(toks)):
        v = nxt if particle == "حسبما" else nxt + 1
        verb = _cue_word(toks[v][2], L.VERBS) or (toks[v][2] if toks[v][2] in _IMPERSONAL else None)
        if verb is None:
            return None
        cue, start = (cue[0], toks[v][1]), _past_impersonal(toks, v + 1, toks[v][1])
    elif particle in ("وفقا", "طبقا"):
        if not toks[nxt][2].startswith("ل"):
            return None
        start = toks[nxt][1] if toks[nxt][2] == "ل" else toks[nxt][0] + 1
    end = _clause_end(toks, nxt)
    comp = next((t[0] for t in toks if start <= t[0] < end and t[2] in L.COMPLEMENTIZERS), None)
    end = comp if comp is not None else end
    speaker = _region_speaker(text, toks, start, end, verb or "", look_for_via=verb is not None)
    head = speaker.head or ""
    if speaker.span is None or {head, bare(head), head[1:] if head.startswith("ل") else head} & _NOT_SOURCES:
        return None
    initial = k == 0 or (k == 1 and toks[0][2] == "و")
    if initial:
        content = _after_comma(text, toks, end)
        if content is None:
            return None
        return Found(cue, content, "indirect", speaker, (0, len(text)), clause_start=toks[k][0])
    return Found(cue, (0, toks[k][0]), "indirect", speaker, (0, len(text)), clause_start=toks[k][0],
                 postposed=True)


_IMPERSONAL = frozenset("ورد جاء نشر نشرت نشرته اوردته اوردت".split())


def _past_impersonal(toks: list[Tok], i: int, start: int) -> int:
    """Skip "في/عبر/عن" and "على لسانه" between an impersonal verb and the source ("لما ورد عبر وكالة ...")."""
    while i < len(toks) and toks[i][2] in ("في", "عبر", "عن", "علي", "لسانه", "لسانها", "لسانهم"):
        start = toks[i][1]
        i += 1
    return start


def _after_comma(text: str, toks: list[Tok], end: int) -> Span | None:
    rest = [t for t in toks if t[0] >= end and t[2][0].isalnum()]
    if rest and rest[0][2] in ("فقد", "فان", "فانه", "فانها"):
        rest = rest[1:]
    if not rest:
        return None
    if rest[0][2] in L.COMPLEMENTIZERS:
        rest = rest[1:]
    return (rest[0][0], len(text)) if rest else None


# --------------------------------------------------------------------------- silence and refusal


def _no_comment(text: str, toks: list[Tok]) -> list[Found]:
    hits = []
    for k, (s, e, w) in enumerate(toks):
        if w in L.NO_COMMENT_NOUNS:
            hit = _no_comment_hit(text, toks, k)
        elif _cue_word(w, _COMMENT_VERBS) and k > 0 and _cue_word(toks[k - 1][2], L.NEGATIONS) == "لم":
            hit = _silent_verb_hit(text, toks, k)
        else:
            continue
        if hit is not None and all(h.cue != hit.cue for h in hits):
            hits.append(hit)
    return hits


def _silent_verb_hit(text: str, toks: list[Tok], k: int) -> Found | None:
    """"ولم تعلق الحكومة على ..." / "... ولم تعلق حول الحادث": a negated comment verb with no noun."""
    after = [t for t in toks[k + 1:k + 6] if t[2] in ("علي", "حول", "بشان")]
    if not after:
        return None
    negation = toks[k - 1]
    start = negation[0] + (1 if negation[2][0] == "و" else 0)
    speaker = parse_speaker(text, toks[k][1], after[0][0]) if after[0][0] > toks[k][1] else SpeakerParse(None)
    if speaker.span is None:
        speaker = _subject_before(text, toks, k - 1) or speaker
    return Found((start, toks[k][1]), (start, _clause_end(toks, k + 1)), "no_comment", speaker, (0, len(text)),
                 clause_start=negation[0])


def _no_comment_hit(text: str, toks: list[Tok], k: int) -> Found | None:
    for j in range(k - 1, max(-1, k - 13), -1):
        trigger = _cue_word(toks[j][2], L.NO_COMMENT_TRIGGERS)
        if trigger is None:
            continue
        negated = j > 0 and _cue_word(toks[j - 1][2], L.NEGATIONS) is not None
        if trigger not in ("رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "امتنع", "امتنعت", "امتنعوا", "يمتنع",
                           "تمتنع") and not negated:
            return None
        first = toks[j - 1] if negated else toks[j]
        start = first[0] + (1 if first[2][0] == "و" and first[2][1:] in L.NEGATIONS | L.NO_COMMENT_TRIGGERS else 0)
        speaker = _silent_speaker(text, toks, j, k, trigger)
        end = _clause_end(toks, k + 1)
        return Found((start, toks[j][1]), (start, end), "no_comment", speaker, (0, len(text)),
                     clause_start=first[0])
    return None


def _silent_speaker(text: str, toks: list[Tok], j: int, k: int, trigger: str) -> SpeakerParse:
    if trigger in _UNABLE or trigger in ("يصدر", "تصدر"):
        for s, e, w in toks[j + 1:]:
            if w in ("من", "مع", "الي", "عن") or (w.startswith("ب") and len(w) > 3 and w[1:3] == "ال"):
                begin = e if w in ("من", "مع", "الي", "عن") else s + 1
                return parse_speaker(text, begin, _clause_end(toks, toks.index((s, e, w)) + 1))
        return SpeakerParse(None)
    stop = next((t[0] for t in toks[j + 1:k + 1] if t[2] in ("علي", "عن", "فورا", "حتي", "بعد")
                 or t[2] in L.NO_COMMENT_NOUNS or t[2].startswith("طلب")), toks[k][0])
    return parse_speaker(text, toks[j][1], stop)


# --------------------------------------------------------------------------- subjects and mapping


def clause_subject(text: str, toks: list[Tok], before: int) -> SpeakerParse | None:
    """The subject of the nearest clause before ``before`` that opens with a verb ("وأشاد مسؤولون ... ، قائلين").

    Clauses are tried from the nearest comma back to the sentence start (after a dateline such as
    "دبي، الإمارات العربية المتحدة (CNN) --"); a clause opening with a particle or preposition has no subject.
    """
    lead = _dateline_end(text)
    words = [t for t in toks if t[0] >= lead and t[0] < before]
    starts = [0] + [i + 1 for i, t in enumerate(words) if t[2] in "،,"]
    for i in reversed(starts):
        found = _subject_at(text, [t for t in words[i:] if t[2][0].isalnum() or t[2] in _OPEN_MARKS], before)
        if found is not None:
            return found
    return None


def _subject_at(text: str, words: list[Tok], before: int) -> SpeakerParse | None:
    if len(words) < 2 or not words[0][2][0].isalnum() or not words[1][2][0].isalnum():
        return None
    first = words[0][2]
    head = first[1:] if first[:1] in "وف" and len(first) > 3 else first
    if first in _PARTICLES or head in _PARTICLES or head in L.ADVERBIAL_STARTS or first.startswith("ال"):
        return None
    if first in L.COMPLEMENTIZERS or _inside_quote_marks(text, words[1][0]):
        return None
    speaker = parse_speaker(text, words[1][0], before)
    return speaker if speaker.span is not None else None


def _inside_quote_marks(text: str, pos: int) -> bool:
    return text[:pos].count('"') % 2 == 1 or text[:pos].count("«") > text[:pos].count("»")


_DATELINE = re.compile(r"^[^.\n]{0,60}\((?:[A-Za-z .]{2,20}|سي ان ان)\)\s*(?:--|[-–—])+\s*")


def _dateline_end(text: str) -> int:
    match = _DATELINE.match(text)
    return match.end() if match else 0
