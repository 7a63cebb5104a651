"""One sentence prepared for event extraction: its tokens (folded), and the arguments it offers.

Argument candidates are the entity mentions in the sentence and, where no entity is, agent nouns ("المتظاهرون",
"الشرطة السودانية", "الإدارة الأميركية") and capitals ("كييف"). A person's title before the name ("المبعوث
الأميركي الخاص للشرق الأوسط ستيف ويتكوف") belongs to the person: candidates inside it are dropped. A person
named inside a relation phrase ("صهر الرئيس دونالد ترمب، جاريد كوشنر") is a modifier, not an argument.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.arabic.tokenize import tokenize
from rasd.events.codes import ActorCoder, word_keys
from rasd.events.lexicon import fold_word
from rasd.model import Entity

RELATIONS = frozenset(fold_word(w) for w in (
    "صهر زوج زوجة ابن ابنة نجل نجلة شقيق شقيقة مستشار مستشارة مساعد مساعدة متحدث المتحدث باسم "
    "son daughter wife husband brother sister adviser spokesman spokeswoman aide").split())
TITLES = frozenset(fold_word(w) for w in (
    "الرئيس رئيس المبعوث مبعوث وزير الوزير الملك الأمير الشيخ السفير المستشار الجنرال العميد اللواء "
    "النائب السيناتور الزعيم زعيم قائد القائد المرشد الناطق الأمين العام الخاص الرئاسي president minister "
    "envoy king prince general ambassador leader senator secretary").split())
PREPOSITIONS = frozenset(fold_word(w) for w in (
    "في من إلى الى على عن مع خلال بعد قبل منذ حتى عند لدى ضد بين نحو حول بشأن عبر داخل خارج هامش أمام قرب "
    "in on at from to with for against during after before since about over into").split())


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    start: int
    end: int
    key: str
    punct: bool


@dataclass(slots=True)
class Cand:
    """An argument candidate: tokens ``first..last``, characters ``start..end`` of the text."""

    first: int
    last: int
    start: int
    end: int
    text: str
    entity: Entity | None = None
    code: str | None = None
    modifier: bool = False
    title_first: int | None = None  # where the title before a person's name starts
    where: str = "text"  # or the page field the candidate is in ("images[0].caption")

    @property
    def is_place(self) -> bool:
        return self.entity is not None and self.entity.type in ("LOC", "FAC")


@dataclass(slots=True)
class Sentence:
    text: str  # the whole text the offsets point into
    start: int
    end: int
    tokens: list[Tok]
    cands: list[Cand] = field(default_factory=list)
    stops: set[int] = field(default_factory=set)  # tokens a noun phrase may not run into (time expressions)

    @property
    def keys(self) -> list[str]:
        return [t.key for t in self.tokens]

    def span_text(self, first: int, last: int) -> str:
        return self.text[self.tokens[first].start:self.tokens[last].end]


def prepare(text: str, start: int, end: int, mentions: list[tuple[int, int, Entity]], coder: ActorCoder,
            agents: dict[str, str]) -> Sentence:
    """Tokens and argument candidates of ``text[start:end]``; ``mentions`` are entity mentions in the text."""
    tokens = [Tok(t.text, start + t.start, start + t.end, fold_word(t.text).lower(), t.kind == "punct")
              for t in tokenize(text[start:end])]
    sentence = Sentence(text, start, end, tokens)
    cands = _entity_cands(sentence, mentions)
    cands += _agent_cands(sentence, cands, coder, agents)
    cands.sort(key=lambda c: c.first)
    _absorb_titles(sentence, cands, lambda word: any(k in agents for k in word_keys(word))
                   or _is_modifier_word(word, coder))
    cands = [c for c in cands if c.title_first != -1]
    for cand in cands:
        title = (sentence.span_text(cand.title_first, cand.first - 1),) if cand.title_first is not None else ()
        cand.code = coder.code(cand.text, cand.entity, title if not cand.modifier else ())
    sentence.cands = cands
    return sentence


def _entity_cands(sentence: Sentence, mentions: list[tuple[int, int, Entity]]) -> list[Cand]:
    cands = []
    for m_start, m_end, entity in mentions:
        if m_start < sentence.start or m_end > sentence.end:
            continue
        covered = [i for i, t in enumerate(sentence.tokens) if t.end > m_start and t.start < m_end]
        if covered:
            text = sentence.text[m_start:m_end]
            cands.append(Cand(covered[0], covered[-1], m_start, m_end, text, entity))
    return cands


def _agent_cands(sentence: Sentence, taken: list[Cand], coder: ActorCoder, agents: dict[str, str]) -> list[Cand]:
    """Agent nouns and capitals not inside an entity mention, with the nationality words after them."""
    busy = {i for c in taken for i in range(c.first, c.last + 1)}
    tokens = sentence.tokens
    cands, i = [], 0
    while i < len(tokens):
        if i in busy or tokens[i].punct or tokens[i].key in PREPOSITIONS or not _is_agent(tokens[i].text, agents, coder):
            i += 1
            continue
        last = i
        while (last + 1 < len(tokens) and last + 1 not in busy and not tokens[last + 1].punct
               and last - i < 2 and not tokens[last + 1].key.startswith(("لل", "بال"))
               and (_is_modifier_word(tokens[last + 1].text, coder)
                                     or _agreeing_agent(tokens[last].key, tokens[last + 1], agents, coder))):
            last += 1
        start = tokens[i].start + (1 if _conjoined_definite(tokens[i].key) else 0)  # "والمتظاهرين": not the و
        cands.append(Cand(i, last, start, tokens[last].end, sentence.text[start:tokens[last].end]))
        i = last + 1
    return cands


def _conjoined_definite(key: str) -> bool:
    return key.startswith("وال") and len(key) > 5


def _agreeing_agent(key: str, token: Tok, agents: dict[str, str], coder: ActorCoder) -> bool:
    """"مفجرون انتحاريون", "المسلحين الملثمين": an agent noun right after another, with the same plural ending
    and article, describes the same people; "قوات الدرك", "عناصر الشرطة": an agent noun in construct with the
    one after it is one actor."""
    nxt = token.key
    same = key[-2:] in ("ون", "ين") and nxt[-2:] == key[-2:] and nxt.startswith("ال") == key.startswith("ال")
    construct = not key.startswith(("ال", "و", "ف", "ب", "ل")) and nxt.startswith("ال")  # "قوات الدرك"
    return (same or construct) and _is_agent(token.text, agents, coder)


def _is_agent(word: str, agents: dict[str, str], coder: ActorCoder) -> bool:
    keys = word_keys(word)
    return any(k in agents for k in keys) or any(k in coder.places for k in keys)


def _is_modifier_word(word: str, coder: ActorCoder) -> bool:
    """A nationality adjective ("الأميركية") or an agent's complement ("الأمن" in "قوات الأمن")."""
    return any(k in coder.by_name for k in word_keys(word)[1:]) or fold_word(word) in ("الامن", "الخاصه", "الخاص")


def _absorb_titles(sentence: Sentence, cands: list[Cand], title_word) -> None:
    """A person's title swallows the candidates inside it; a person inside a relation phrase is a modifier.

    The title runs back from the name to the farthest title word, agent noun or role word ("وزير الخارجية المصري
    سامح شكري"), at most six words, not across punctuation or another person."""
    tokens = sentence.tokens
    for cand in cands:
        if cand.entity is None or cand.entity.type != "PER":
            continue
        first = cand.first
        for k in range(cand.first - 1, max(-1, cand.first - 7), -1):
            token = tokens[k]
            other = next((o for o in cands if o is not cand and o.entity is not None and o.first <= k <= o.last), None)
            if token.punct or (other is not None and not _complement(sentence, other, cand)):
                break
            if token.key in TITLES or _relation(token.key) or title_word(token.text) or _inside_role(sentence, k, cand):
                first = k
        if first < cand.first:
            cand.title_first = first
            for other in cands:
                if other is not cand and other.first >= first and other.last < cand.first:
                    other.title_first = -1  # inside the title: not an argument of its own
            cand.modifier = any(_relation(tokens[k].key) for k in range(first, cand.first))


def _complement(sentence: Sentence, other: Cand, cand: Cand) -> bool:
    """A name inside a person's title: in the role the entities stage found, or a genitive after لـ ("المبعوث
    الخاص للشرق الأوسط")."""
    if other.entity.type == "PER":
        return False
    return sentence.tokens[other.first].key.startswith("ل") or _inside_role(sentence, other.first, cand)


def _relation(key: str) -> bool:
    return key in RELATIONS or any(key == p + r for p in ("و", "ف") for r in RELATIONS)


def _inside_role(sentence: Sentence, index: int, cand: Cand) -> bool:
    """Whether token ``index`` is part of a role the entities stage found for this person."""
    token = sentence.tokens[index]
    before = sentence.text[max(sentence.start, token.start - 80):cand.start]
    return any(role and role in before and token.text in role for role in cand.entity.roles)
