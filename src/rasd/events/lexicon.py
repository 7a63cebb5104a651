"""Event trigger lexicons: words and phrases that name PLOVER events, in Arabic and English.

The lexicons are hand-written TSV files (``lexicon/triggers-ar.tsv``, ``lexicon/triggers-en.tsv``): one line per
PLOVER type, mode and kind, with the dictionary forms. Loading generates the inflected surface forms once (Arabic:
conjunctions, prepositions, the article, the future prefix, person prefixes and subject/object suffixes; English:
-s, -ed, -ing), so matching a word is one dictionary look-up on its folded form (:func:`fold_word`).

>>> lex = Lexicon.load("ar")
>>> [(h.type, h.mode, h.tense) for h in lex.find(["والتقيا", "الرئيس"])]
[('CONSULT', 'meet', 'past')]
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from rasd.arabic.normalize import SEARCH, fold
from rasd.errors import RasdError

KINDS = ("v", "n", "n!", "p", "x")

# Arabic affixes used to generate surface forms (folded spelling: ة -> ه, أ -> ا, ى -> ي).
_CONJ = ("", "و", "ف")
_NOUN_PREFIX = ("", "ب", "ل", "ك", "ال", "بال", "لل", "كال")
_PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي")
_PAST_SUBJECT = {"": False, "ت": False, "ا": True, "وا": True, "تا": True, "ن": True, "نا": True, "تم": True}
_PRESENT_PREFIX = ("ي", "ت", "ن", "ا")
_PRESENT_SUBJECT = {"": False, "ون": True, "ان": True, "ين": True, "وا": True, "ا": True, "ن": True}
_NOUN_SUFFIX = ("", "ا", "ات", "ين", "ان")
IRREGULAR_PAST = frozenset("met fought shot sought began begun made held withdrew withdrawn freed struck sent "
                           "denied drove stole took gave".split())


@dataclass(frozen=True, slots=True)
class Entry:
    type: str
    mode: str
    kind: str
    form: str


@dataclass(frozen=True, slots=True)
class Surface:
    """What one folded surface form says: its entry, and for verbs the tense and whether the suffix carries
    the subject (a dual or plural ending: التقيا "the two met", so the next noun is the object)."""

    entry: Entry
    tense: str | None = None  # past | present | future (verbs only)
    subject_suffix: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger found in a token list: tokens ``first..last`` (inclusive)."""

    type: str
    mode: str
    kind: str
    first: int
    last: int
    tense: str | None = None
    subject_suffix: bool = False


def fold_word(word: str) -> str:
    """A word's matching key: diacritics, tatweel, alef/hamza/ya/ta-marbuta variants and case folded."""
    return fold(word, SEARCH)


class Lexicon:
    """Surface forms and phrases of one language, built once from the TSV file."""

    def __init__(self, language: str, entries: list[Entry]):
        self.language = language
        self.words: dict[str, list[Surface]] = {}
        self.phrases: list[tuple[tuple[str, ...], Entry]] = []
        for entry in entries:
            self._add(entry)
        self.phrases.sort(key=lambda p: -len(p[0]))
        # phrases by every spelling their first word may take in text, so a sentence is scanned once
        self._by_first: dict[str, list[int]] = {}
        for n, (words, _) in enumerate(self.phrases):
            for spelling in _first_spellings(words[0], language):
                self._by_first.setdefault(spelling, []).append(n)

    @classmethod
    def load(cls, language: str) -> Lexicon:
        path = resources.files("rasd.events").joinpath("lexicon", f"triggers-{language}.tsv")
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise RasdError("E101", f"cannot read the {language} event lexicon: {exc}") from None
        return cls(language, list(_entries(lines, language)))

    def _add(self, entry: Entry) -> None:
        if entry.kind in ("p", "x") or " " in entry.form:
            words = tuple(fold_word(w) for w in entry.form.split())
            kind = entry.kind if entry.kind in ("p", "x") else "p"
            self.phrases.append((words, Entry(entry.type, entry.mode, kind, entry.form)))
            return
        make = _arabic_surfaces if self.language == "ar" else _english_surfaces
        for surface, info in make(entry):
            known = self.words.setdefault(surface, [])
            if info not in known:
                known.append(info)

    def find(self, folded: list[str], nouns: frozenset[int] | set[int] = frozenset()) -> list[Hit]:
        """Triggers in a list of folded words: phrases first (longest wins), then single words.

        Words inside an ``x`` phrase (not an event) are never triggers; words at ``nouns`` (written with a final
        ة, so not a verb with ه: طلبة, not طلبه) are never read as verbs."""
        taken: set[int] = set()
        hits: list[Hit] = []
        found = sorted({(n, i) for i, word in enumerate(folded) for n in self._by_first.get(word, ())
                        if _phrase_at(folded, self.phrases[n][0], i, self.language)})
        for n, i in found:
            words, entry = self.phrases[n]
            span = set(range(i, i + len(words)))
            if span & taken:
                continue
            taken |= span
            if entry.kind == "p":
                hits.append(Hit(entry.type, entry.mode, "p", i, i + len(words) - 1, _phrase_tense(folded[i])))
        for i, word in enumerate(folded):
            if i in taken or word not in self.words:
                continue
            surface = self._choose(word, i in nouns)
            if surface is None or surface.entry.type == "-":
                continue
            entry = surface.entry
            hits.append(Hit(entry.type, entry.mode, entry.kind, i, i, surface.tense, surface.subject_suffix))
        return sorted(hits, key=lambda h: h.first)


    def _choose(self, word: str, noun: bool = False) -> Surface | None:
        """A noun reading first for a word ending in ه/ة (تظاهرة, not تظاهر + ه), else the first reading; only a
        noun reading for a word written with ة."""
        surfaces = self.words[word]
        if word.endswith("ه") or noun:
            for surface in surfaces:
                if surface.entry.kind != "v":
                    return surface
        return None if noun else surfaces[0]

    def is_support(self, word: str) -> bool:
        """Whether a folded word is a support verb or noun (عقد، أجرى، شن، فرض، التوصل، hold, launch)."""
        return any(s.entry.mode == "support" for s in self.words.get(word, ()))


def _entries(lines: list[str], language: str):
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or parts[2] not in KINDS:
            raise RasdError("E101", f"event lexicon {language} line {number}: expected type, mode, kind, forms")
        type_, mode, kind, forms = parts
        separator = "|" if kind in ("p", "x") else " "
        for form in forms.split(separator):
            if form.strip():
                yield Entry(type_, mode, kind, form.strip())


def _phrase_at(folded: list[str], words: tuple[str, ...], i: int, language: str) -> bool:
    n = len(words)
    return i + n <= len(folded) and all(_phrase_word(folded[i + k], words[k], language, k == 0) for k in range(n))


def _first_spellings(word: str, language: str) -> set[str]:
    """Every spelling ``_phrase_word`` accepts for a phrase's first word."""
    if language != "ar":
        return {word}
    spellings = {word} | {p + word for p in ("و", "ف", "ب", "ل", "وب", "ول", "ال", "وال", "بال", "لل", "فال")}
    if word.startswith("ال"):
        spellings |= {p + word[2:] for p in ("لل", "بال", "وال", "فال", "كال")}
    for suffix in ("ه", "ها", "هم", "هما"):
        spellings.add(word + suffix)
        if word.endswith("ه"):
            spellings.add(word[:-1] + "ت" + suffix)
    return spellings


def _phrase_word(token: str, word: str, language: str, first: bool) -> bool:
    if token == word:
        return True
    if language != "ar":
        return False
    if first:
        prefixes = ("و", "ف", "ب", "ل", "وب", "ول", "ال", "وال", "بال", "لل", "فال")
    else:
        prefixes = ("ال", "لل", "بال", "ل", "ب", "وال")
    if word.startswith("ال") and token in {p + word[2:] for p in ("لل", "بال", "وال", "فال", "كال")}:
        return True
    return any(token == p + word for p in prefixes) or _with_object(token, word)


def _with_object(token: str, word: str) -> bool:
    """A phrase verb with an object pronoun attached (أطلقوا سراحهم) or a final ta-marbuta made ت."""
    for suffix in ("ه", "ها", "هم", "هما"):
        if token == word + suffix or (word.endswith("ه") and token == word[:-1] + "ت" + suffix):
            return True
    return False


def _phrase_tense(first_word: str) -> str | None:
    return "present" if first_word[:1] in ("ي", "ت") and len(first_word) > 3 else None


# --------------------------------------------------------------------------- Arabic surface forms


def _arabic_surfaces(entry: Entry):
    form = fold_word(entry.form)
    if entry.kind == "v":
        if form.startswith("ي") and len(form) > 3:
            yield from _present_forms(entry, form[1:])
        else:
            yield from _past_forms(entry, form)
    else:
        yield from _noun_forms(entry, form)


def _past_forms(entry: Entry, form: str):
    stems = [(form, _PAST_SUBJECT)]
    if form.endswith(("ي", "ا")):  # التقى: التقت، التقيا، التقوا، التقينا
        base = form[:-1]
        stems = [(form, {"": False}), (base, {"ت": False, "تا": True, "وا": True}),
                 (base + "ي", {"ا": True, "نا": True, "تم": True, "ت": False})]
    for stem, subjects in stems:
        for suffix, plural in subjects.items():
            for pronoun in _PRONOUNS if suffix in ("", "ت", "وا", "ا") else ("",):
                ending = "و" if suffix == "وا" and pronoun else suffix
                for conj in _CONJ:
                    yield conj + stem + ending + pronoun, Surface(entry, "past", plural)
                    if not conj:
                        yield "قد" + stem + ending + pronoun, Surface(entry, "past", plural)


def _present_forms(entry: Entry, stem: str):
    stems = [(stem, _PRESENT_SUBJECT)]
    if stem.endswith(("ي", "و")):  # يلتقي، يلتقون، يلتقيان؛ يدعو، يدعون
        stems = [(stem, {"": False, "ان": True}), (stem[:-1], {"ون": True, "ن": True, "وا": True})]
    for stem_form, subjects in stems:
        for suffix, plural in subjects.items():
            for prefix in _PRESENT_PREFIX:
                for future in ("", "س"):
                    tense = "future" if future else "present"
                    for conj in _CONJ + ("ل", "ول"):
                        for pronoun in ("", "ه", "ها", "هم"):
                            body = prefix + stem_form + (suffix[:-1] if suffix == "ون" and pronoun else suffix)
                            yield conj + future + body + pronoun, Surface(entry, tense, plural)


def _noun_forms(entry: Entry, form: str):
    """زيارة: زيارة، الزيارة، بزيارة، زيارته، زيارتها، زيارات، زيارتين؛ اتفاق: اتفاقا، اتفاقه، اتفاقين."""
    for conj in _CONJ:
        for prefix in _NOUN_PREFIX:
            if prefix and form.startswith("ال"):
                continue
            head = conj + prefix
            if form.endswith("ه"):  # ta marbuta: ة alone, or ت before a pronoun or a dual ending
                yield head + form, Surface(entry)
                yield head + form[:-1] + "ات", Surface(entry)
                if not prefix.endswith(("ال", "لل")):
                    for ending in (*_PRONOUNS[1:], "ين", "ان"):
                        yield head + form[:-1] + "ت" + ending, Surface(entry)
                else:
                    yield head + form[:-1] + "تين", Surface(entry)
                continue
            for ending in _NOUN_SUFFIX:
                yield head + form + ending, Surface(entry)
            if not prefix.endswith(("ال", "لل")):
                for pronoun in _PRONOUNS[1:]:
                    yield head + form + pronoun, Surface(entry)


# --------------------------------------------------------------------------- English surface forms


def _english_surfaces(entry: Entry):
    form = entry.form.lower()
    if entry.kind != "v":
        for word in {form, form + "s", form + "es"}:
            yield word, Surface(entry)
        return
    if form in IRREGULAR_PAST:
        yield form, Surface(entry, "past")
        return
    yield form, Surface(entry)  # the base form says nothing of time ("to meet", "they meet on Monday")
    yield from ((w, Surface(entry)) for w in _english_s(form))
    yield from ((w, Surface(entry, "past")) for w in _english_ed(form))
    yield from ((w, Surface(entry, "present")) for w in _english_ing(form))  # progressive: under way


def _english_s(form: str) -> set[str]:
    if form.endswith(("s", "sh", "ch", "x", "z")):
        return {form + "es"}
    if form.endswith("y") and form[-2:-1] not in "aeiou":
        return {form[:-1] + "ies"}
    return {form + "s"}


def _english_ed(form: str) -> set[str]:
    if form.endswith("e"):
        return {form + "d"}
    if form.endswith("y") and form[-2:-1] not in "aeiou":
        return {form[:-1] + "ied"}
    if _doubles(form):
        return {form + form[-1] + "ed", form + "ed"}
    return {form + "ed"}


def _english_ing(form: str) -> set[str]:
    if form.endswith("ie"):
        return {form[:-2] + "ying"}
    if form.endswith("e") and not form.endswith("ee"):
        return {form[:-1] + "ing"}
    if _doubles(form):
        return {form + form[-1] + "ing", form + "ing"}
    return {form + "ing"}


def _doubles(form: str) -> bool:
    """Short consonant-vowel-consonant verbs double the last letter (ban -> banned, shell stays)."""
    vowels = "aeiou"
    return (len(form) <= 4 and len(form) >= 3 and form[-1] not in vowels + "wxy"
            and form[-2] in vowels and form[-3] not in vowels)
