"""Actors that clause structure gives when word order around the trigger does not.

- **Relative clause**: "الشعارات التي رفعها الثوار" — a noun trigger, a relative pronoun, a verb carrying the
  trigger as its object (-ه، -ها، -هم) and the doer after it.
- **Cleft**: "«قبائل عربية منفلتة»، هي التي ارتكبت المجازر" — what stands before هي التي / هو الذي / هم الذين.
- **Claims and blame**: "تبنت الحركة المسؤولية عن عملية تفجير", "أعلنت الجماعة مسؤوليتها عن الهجوم", "ألقي اللوم
  على الجماعة في سلسلة من التفجيرات" — the claimant (the one blamed) did what follows.
- **Clause subject**: "أن رجالا ونساء في البلدة نظموا مسيرة" — a support verb whose plural ending carries its
  subject takes the words between the start of its clause (أن، إن، a comma, the sentence start) and the verb.
- **Complement subject**: "قالت الشرطة إن مهاجما انتحاريا من حركة طالبان، فجر حافلة" — the noun after إن/أن is
  the subject of the verb that ends its clause, with a prepositional phrase or an apposition between.
- **Kana subject**: "وكانت «كتائب عز الدين القسام»، الجناح العسكري لحركة حماس، قد أطلقت الصواريخ" — in
  كان + subject + قد + past verb (the pluperfect), the subject is what follows كان, however long its apposition.
"""

from __future__ import annotations

from rasd.events.chains import chain_from, lead_of
from rasd.events.lexicon import Hit, fold_word
from rasd.events.sentence import PREPOSITIONS, Cand, Sentence

RELATIVES = frozenset(fold_word(w) for w in "التي الذي الذين اللذين اللتين اللواتي".split())
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")
CLEFT = {fold_word(a): frozenset(fold_word(b) for b in bs.split()) for a, bs in
         (("هي", "التي"), ("هو", "الذي"), ("هم", "الذين"), ("هن", "اللواتي"))}
PARTICLES = frozenset(fold_word(w) for w in "قد لقد".split())
CLAIMS = frozenset(fold_word(w) for w in "تبنى تبنت وتبنى وتبنت يتبنى تتبنى أعلن أعلنت وأعلن وأعلنت اعلن اعلنت "
                   "واعلن واعلنت".split())
RESPONSIBILITY = frozenset(fold_word(w) for w in "المسؤولية المسئولية مسؤوليته مسؤوليتها مسؤوليتهم مسئوليته "
                           "مسئوليتها مسئوليتهم".split())
BLAME = frozenset(fold_word(w) for w in "اللوم باللوم".split())
KANA = frozenset(fold_word(w) for w in "كان كانت وكان وكانت فكان فكانت كانوا وكانوا".split())
KANA_REACH = 14  # words between كان and قد
CLAUSE_OPENERS = frozenset(fold_word(w) for w in "أن إن ان وأن وإن بأن بان لأن لان".split())
REACH = 5  # words of a clause subject
QUOTES = frozenset('«»"“”')
COMPLEMENT_REACH = 8  # words between إن/أن and the verb


def relative_doer(sentence: Sentence, cands: list[Cand], hit: Hit) -> list[Cand]:
    """The doer after "NOUN التي VERB-ها": the candidate (else two words) right after the verb."""
    tokens = sentence.tokens
    rel, verb = hit.last + 1, hit.last + 2
    if hit.kind not in ("n", "n!") or verb + 1 >= len(tokens) or tokens[rel].key not in RELATIVES:
        return []
    if not tokens[verb].key.endswith(OBJECT_SUFFIXES) or tokens[verb].punct or len(tokens[verb].key) < 4:
        return []
    return _at(sentence, cands, verb + 1)


def cleft_actor(sentence: Sentence, cands: list[Cand], verb: int) -> list[Cand]:
    """"X هي التي [قد] VERB": the candidate (else the words) before the pronoun (``verb``: the trigger, or the
    support verb of a noun trigger: "هي التي ارتكبت المجازر")."""
    tokens = sentence.tokens
    i = verb - 1
    while i >= 0 and tokens[i].key in PARTICLES:
        i -= 1
    if i < 1 or tokens[i - 1].key not in CLEFT or tokens[i].key not in CLEFT[tokens[i - 1].key]:
        return []
    end = i - 2
    while end >= 0 and tokens[end].punct:
        end -= 1
    before = [c for c in cands if c.last == end]
    if before:
        return before
    start = end
    while start > 0 and end - start < 3 and not tokens[start - 1].punct and tokens[start - 1].key not in PREPOSITIONS:
        start -= 1
    return [_span(sentence, start, end)] if end >= 0 and not tokens[end].punct else []


def claimant(sentence: Sentence, cands: list[Cand], hit: Hit) -> list[Cand]:
    """Who claimed (or was blamed for) the event: "تبنى X المسؤولية عن ... TRIGGER", "اللوم على X في ... TRIGGER"."""
    tokens = sentence.tokens
    for i in range(hit.first - 1, max(-1, hit.first - 12), -1):
        key = tokens[i].key
        if tokens[i].punct and tokens[i].text in ".؛;":
            return []
        if key in CLAIMS and any(t.key in RESPONSIBILITY for t in tokens[i + 1:hit.first]):
            return _at(sentence, cands, i + 1, RESPONSIBILITY) if tokens[i + 1].key not in RESPONSIBILITY else []
        if key in BLAME and i + 2 < hit.first and tokens[i + 1].key == fold_word("على"):
            return _at(sentence, cands, i + 2)
    return []


def clause_subject(sentence: Sentence, cands: list[Cand], verb: int) -> list[Cand]:
    """The words from the start of the verb's clause to the verb (at most :data:`REACH`), when the clause
    starts with أن/إن, a comma or the sentence: "أن رجالا ونساء في البلدة نظموا"."""
    tokens = sentence.tokens
    start = verb
    while start > 0 and verb - start < REACH + 1:
        previous = tokens[start - 1]
        if previous.punct or previous.key in CLAUSE_OPENERS:
            break
        start -= 1
    else:
        if start > 0:
            return []
    if start == verb or any(k in sentence.stops for k in range(start, verb)):
        return []
    inside = [c for c in cands if start <= lead_of(c) and c.last < verb]
    if inside and lead_of(inside[0]) == start:
        return chain_from(sentence, cands, inside[0])
    return [_span(sentence, start, verb - 1)]


def kana_subject(sentence: Sentence, cands: list[Cand], verb: int, past=lambda i: i) -> list[Cand]:
    """The subject of "كان SUBJECT قد VERB": the candidate (else two words) right after كان (quote marks passed,
    and what ``past`` skips: "مجموعة من حوالي ثلاثين طالبا")."""
    tokens = sentence.tokens
    if verb < 3 or tokens[verb - 1].key not in PARTICLES:
        return []
    for i in range(verb - 2, max(-1, verb - 2 - KANA_REACH), -1):
        if tokens[i].punct and tokens[i].text in ".؛;:!؟?":
            return []
        if tokens[i].key in KANA:
            start = i + 1
            while start < verb - 1 and tokens[start].punct and tokens[start].text in QUOTES:
                start += 1
            start = min(past(start), verb - 2)
            return _at(sentence, cands, start) if start < verb - 1 else []
    return []


def complement_subject(sentence: Sentence, cands: list[Cand], verb: int, past=lambda i: i) -> list[Cand]:
    """The subject of "إن/أن NOUN ... VERB": the candidate (else two words) right after the complementizer, when
    it is at most :data:`COMPLEMENT_REACH` words before the verb, with no quote or sentence break between and
    no present-tense verb right after it ("أن يقوم")."""
    tokens = sentence.tokens
    for i in range(verb - 1, max(-1, verb - 1 - COMPLEMENT_REACH), -1):
        if tokens[i].punct and tokens[i].text in ".؛;:!؟?«»\"":
            return []
        if tokens[i].key in CLAUSE_OPENERS:
            start = past(i + 1)
            if start >= verb or _verb_shape(tokens[i + 1].key):
                return []
            return [c for c in _at(sentence, cands, start) if c.last < verb]
    return []


def _verb_shape(key: str) -> bool:
    """A present-tense verb right after أن ("أن يقوم"): then أن starts a verbal clause, not a subject."""
    return len(key) >= 4 and key[0] in "يتن"


def _at(sentence: Sentence, cands: list[Cand], i: int, until: frozenset[str] = frozenset()) -> list[Cand]:
    """The candidate starting at token ``i`` with those coordinated to it, else two words from ``i`` (not into
    a word of ``until``)."""
    tokens = sentence.tokens
    if i >= len(tokens) or tokens[i].punct or tokens[i].key in PREPOSITIONS:
        return []
    for cand in cands:
        if lead_of(cand) <= i <= cand.last:
            return chain_from(sentence, cands, cand)
    last = i
    while last + 1 < len(tokens) and last + 1 - i < 2 and not tokens[last + 1].punct \
            and tokens[last + 1].key not in PREPOSITIONS and last + 1 not in sentence.stops \
            and tokens[last + 1].key not in until:
        last += 1
    return [_span(sentence, i, last)]


def _span(sentence: Sentence, first: int, last: int) -> Cand:
    tokens = sentence.tokens
    return Cand(first, last, tokens[first].start, tokens[last].end, sentence.span_text(first, last))
