"""An event mention's status (happened / ongoing / planned / conditional / denied) and notes, from the words
around its trigger.

Cues are folded words or phrases (:func:`rasd.events.lexicon.fold_word`), looked for in the sentence:

- denied: a negation right before the trigger or its support verb (لم، لن، لا، ليس، not, never), a denial verb
  before it (نفى، denied), or "ليس مقرراً / غير مقرر / not scheduled" right after it;
- conditional: a condition (في حال، إذا، لو، if, unless) right before the trigger, or after it in the sentence
  (the event is the consequence: "أعدت عقوبات ... في حال قرر ترمب");
- planned: an intention, plan, expectation or hope before the trigger (يعتزم، يخطط، من المقرر، من المتوقع،
  تأمل، تقترب من، plans to, will), the future prefix (سيزور), or a present-tense support verb with ربما/قد;
- ongoing: continuation (تواصل، يستمر، لا يزال، continues, still) or a present-tense trigger verb;
- happened: otherwise.

Notes qualify the status: tentative, expected, intended, hoped, close, prepared, may_be_delayed, not_final,
no_progress.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.events.lexicon import fold_word


def _folded(words: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold_word(w) for w in phrase.split()) for phrase in words.split("|"))


# (cue phrases, status, note). Searched in a window before the trigger.
BEFORE = (
    (_folded("يعتزم|تعتزم|يعتزمان|يعتزمون|ينوي|تنوي|ينويان|عزم على|اعتزم|يسعى|تسعى|intend|intends|intended"),
     "planned", "intended"),
    (_folded("يخطط|تخطط|يخططان|يخططون|خطط|خططت|plan|plans|planned|planning"), "planned", "intended"),
    (_folded("من المقرر|ومن المقرر|المقرر|المزمع|المزمعة|يستعد|تستعد|يستعدان|قرر|قررت|scheduled|set to|due to|will"),
     "planned", None),
    (_folded("من المتوقع|ومن المتوقع|المتوقع|يتوقع|يتوقع أن|المرتقب|المرتقبة|مرتقب|مرتقبة|expected|expects"),
     "planned", "expected"),
    (_folded("يأمل|تأمل|يأملون|يأملان|hope|hopes|hoped"), "planned", "hoped"),
    (_folded("تقترب|يقترب|تقتربان|يقتربون|اقترب|اقتربت|على وشك|close to|near|nearing"), "planned", "close"),
    (_folded("أعد|أعدت|أعدوا|تعد|prepared|drafted"), "planned", "prepared"),
    (_folded("اقترح|اقترحت|يقترح|تقترح|اقترحوا|proposed|proposes|suggested"), "planned", "proposed"),
    (_folded("سوف|ربما|قد يتم|may|might|could|possibly"), "planned", "tentative"),
    (UNCLEAR := _folded("ليس من الواضح|من غير الواضح|غير واضح|unclear"), None, "tentative"),
    (_folded("تواصل|يواصل|يواصلون|واصل|واصلت|تستمر|يستمر|استمرار|مستمر|مستمرة|متواصل|متواصلة|جارية|الجارية|"
             "لا يزال|لا تزال|ما زال|ما زالت|مازال|مازالت|لا زال|تشهد|يشهد|continue|continues|continued|continuing|still|"
             "ongoing"), "ongoing", None),
)
NEGATIONS = frozenset(fold_word(w) for w in "لم لن لا ليس ليست ما not never no didn't don't won't cannot".split())
DENIAL_VERBS = _folded("نفى|نفت|ينفي|تنفي|نفوا|نفي|deny|denies|denied")
DENIED_AFTER = _folded("ليس مقررا|ليس مقرراً|ليست مقررة|غير مقرر|غير مقررة|لم يتقرر|not scheduled|not planned|"
                       "did not happen|never happened")
CONDITIONS = _folded("في حال|في حالة|إذا|اذا ما|لو|شريطة|بشرط أن|if|unless|provided that")
AFTER_NOTES = (
    (_folded("ربما"), "tentative"),
    (_folded("ليس نهائيا|ليس نهائياً|غير نهائي|not final"), "not_final"),
    (_folded("قد يتأخر|قد يتاجل|تأجيل|قد يؤجل|may be delayed|could slip"), "may_be_delayed"),
    (_folded("لم تسفر عن أي تقدم|لم يسفر عن أي تقدم|لم تسفر عن|دون تحقيق تقدم|دون أي تقدم|no progress|without progress"),
     "no_progress"),
)
WINDOW = 30  # words before a trigger that a cue may stand in
NEAR = 12  # words before a trigger within which a cue's note applies even when another cue sets the status


@dataclass(frozen=True, slots=True)
class StatusReading:
    status: str
    notes: tuple[str, ...]
    negated: bool = False  # the mention itself is denied ("ليس مقرراً")
    cue: str | None = None  # the words that deny it


def read_status(words: list[str], first: int, last: int, tense: str | None, support: int | None,
                stops: set[int], speech: bool = False) -> StatusReading:
    """The status of the trigger at ``words[first..last]`` (folded words of its sentence).

    ``support`` is the index of its support verb, if any; ``stops`` are indexes of other events' triggers, which
    end the window a cue may govern this trigger from. For a ``speech`` act (a threat, a demand) a condition after
    the trigger is part of what was said, not a condition on the act."""
    start = _window_start(first, stops)
    head = min(first, support) if support is not None else first
    denial = _denied(words, first, last, head, start)
    if denial:
        return StatusReading("denied", (), True, denial)
    status, notes = _cues(words, first, start)
    notes += [note for phrases, note in AFTER_NOTES if _any_phrase(words, phrases, first, len(words))]
    if _conditional(words, first, last, start, speech):
        return StatusReading("conditional", tuple(notes))
    if tense == "future":
        status = status or "planned"
    if status is None and tense == "present" and not _reported_past(words, start, first):
        status = "ongoing"
    return StatusReading(status or "happened", tuple(notes))


def _cues(words: list[str], first: int, start: int) -> tuple[str | None, list[str]]:
    """The status of the nearest cue before the trigger; notes of that cue and of those close to the trigger."""
    found = []
    for phrases, cue_status, note in BEFORE:
        for position in _phrase_positions(words, phrases, start, first):
            found.append((position, cue_status, note))
    with_status = [f for f in found if f[1]]
    status, notes = None, []
    if with_status:
        position, status, note = max(with_status, key=lambda f: f[0])
        notes = [note] if note else []
    for position, cue_status, note in found:
        if note and note not in notes and (cue_status is None or first - position <= NEAR):
            notes.append(note)
    return status, notes


def _phrase_positions(words: list[str], phrases, begin: int, end: int) -> list[int]:
    positions = []
    for phrase in phrases:
        n = len(phrase)
        positions += [i for i in range(max(begin, 0), end - n + 1)
                      if all(_same(words[i + k], phrase[k]) for k in range(n))]
    return positions


def _window_start(first: int, stops: set[int]) -> int:
    earlier = [s for s in stops if s < first]
    return max([first - WINDOW, 0] + [s + 1 for s in earlier])


def _denied(words: list[str], first: int, last: int, head: int, start: int) -> str | None:
    for position in {first, head}:
        before = words[max(start, position - 2):position]
        negated = [i for i, w in enumerate(before) if w in NEGATIONS and not _continuing(before, i)]
        if negated and not _any_phrase(words, UNCLEAR, max(0, position - 4), position):
            return " ".join(before)
    if _any_phrase(words, DENIAL_VERBS, start, first):
        return "نفى"
    found = _find_phrase(words, DENIED_AFTER, last + 1, min(len(words), last + 6))
    return found


def _continuing(words: list[str], i: int) -> bool:
    """"ما زال"/"لا يزال" (still) is not a negation."""
    return i + 1 < len(words) and words[i + 1] in CONTINUING


CONTINUING = frozenset({"زال", "زالت", "يزال", "تزال", "يزالون", "زالوا"})


def _conditional(words: list[str], first: int, last: int, start: int, speech: bool) -> bool:
    if _any_phrase(words, CONDITIONS, max(start, first - 3), first):
        return True
    return not speech and _any_phrase(words, CONDITIONS, last + 1, min(len(words), last + 12))


def _reported_past(words: list[str], start: int, first: int) -> bool:
    """"كان ... يزور" reads as past: an auxiliary كان before a present verb."""
    return any(w in ("كان", "كانت", "وكان", "وكانت") for w in words[max(start, first - 3):first])


def _any_phrase(words: list[str], phrases, begin: int, end: int) -> bool:
    return _find_phrase(words, phrases, begin, end) is not None


def _find_phrase(words: list[str], phrases, begin: int, end: int) -> str | None:
    for phrase in phrases:
        n = len(phrase)
        for i in range(max(begin, 0), end - n + 1):
            if all(_same(words[i + k], phrase[k]) for k in range(n)):
                return " ".join(words[i:i + n])
    return None


def _same(word: str, cue: str) -> bool:
    return word == cue or (len(cue) > 2 and word in ("و" + cue, "ف" + cue))
