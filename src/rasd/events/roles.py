"""Actors that word order alone does not give: the agent of a passive, and the role noun of an event type.

- **Passive agent**: "تم اغتصابها من قبل عدة ضباط عراقيين", "تعرضوا للضرب ... من قبل قوات الدرك", "قُتل على يد
  مسلحين": what follows من قبل / على يد / على أيدي in the trigger's clause is who did it.
- **Role noun**: an event with no actor found by position takes the nearest word of the sentence that names the
  doer of its type — protesters for PROTEST ("خرج متظاهرون، بينهم صبية، في مسيرة"), gunmen and bombers for ASSAULT
  ("انتحاريا يقود سيارة ملغومة فجر نفسه") — with its noun phrase (two words at most).
"""

from __future__ import annotations

from rasd.events.lexicon import Hit, fold_word
from rasd.events.sentence import PREPOSITIONS, Cand, Sentence

PASSIVE_MARKERS = ((fold_word("من"), fold_word("قبل")), (fold_word("على"), fold_word("يد")),
                   (fold_word("على"), fold_word("أيدي")), (fold_word("على"), fold_word("ايدي")))
PASSIVE_REACH = 8  # words after the trigger, within its clause
ROLE_STEMS = {
    "PROTEST": tuple(fold_word(w) for w in "متظاهر محتج معتصم مضرب ثوار محتشد".split()),
    "ASSAULT": tuple(fold_word(w) for w in "مسلح انتحاري مهاجم مفجر قناص".split()),
    "FIGHT": tuple(fold_word(w) for w in "مسلح مقاتل متمرد".split()),
}
CLITICS = ("وال", "بال", "لل", "ال", "و", "ب", "ل")


def passive_agent(sentence: Sentence, cands: list[Cand], hit: Hit) -> list[Cand]:
    """The candidate (else the noun phrase) right after من قبل / على يد in the trigger's clause."""
    tokens = sentence.tokens
    end = min(len(tokens) - 1, hit.last + PASSIVE_REACH)
    for i in range(hit.last + 1, end):
        if tokens[i].punct:
            return []
        if (tokens[i].key, tokens[i + 1].key) in PASSIVE_MARKERS:
            return _phrase_at(sentence, cands, i + 2)
    return []


def role_actor(sentence: Sentence, cands: list[Cand], hit: Hit, taken: list[Cand]) -> list[Cand]:
    """The nearest role noun of the event's type in the sentence, not one already a target or after a
    preposition (""ضد المتظاهرين"")."""
    stems = ROLE_STEMS.get(hit.type)
    if not stems:
        return []
    tokens = sentence.tokens
    busy = {k for c in taken for k in range(c.first, c.last + 1)}
    found = [i for i, t in enumerate(tokens) if i not in busy and _role(t.key, stems)
             and not (i > 0 and tokens[i - 1].key in PREPOSITIONS and tokens[i - 1].key != fold_word("من"))]
    if not found:
        return []
    nearest = min(found, key=lambda i: abs(i - hit.first) + (0 if i < hit.first else 1))
    return _phrase_at(sentence, cands, nearest)


def by_protesters(sentence: Sentence, actors: list[Cand]) -> bool:
    """Whether an actor is named by a protester noun ("اشتبك العشرات من المتظاهرين مع الشرطة": a riot)."""
    stems = ROLE_STEMS["PROTEST"]
    return any(_role(sentence.tokens[k].key, stems) for c in actors for k in range(c.first, c.last + 1)
               if c.where == "text" and k < len(sentence.tokens))


def _role(key: str, stems: tuple[str, ...]) -> bool:
    for clitic in ("",) + CLITICS:
        if key.startswith(clitic) and key[len(clitic):].startswith(stems):
            return True
    return False


def _present_verb(key: str) -> bool:
    """"انتحاريا يقود سيارة": a present-tense verb shape ends the phrase."""
    return len(key) >= 4 and key[0] in "يت" and not key.endswith(("ين", "يه"))


def _phrase_at(sentence: Sentence, cands: list[Cand], i: int) -> list[Cand]:
    """The candidate starting at token ``i`` (its title included), else the words from ``i``: two at most,
    not across punctuation, a preposition or a time expression."""
    tokens = sentence.tokens
    if i >= len(tokens):
        return []
    for cand in cands:
        lead = cand.title_first if cand.title_first is not None else cand.first
        if lead <= i <= cand.last:
            return [cand]
    last = i
    while (last + 1 < len(tokens) and last + 1 - i < 2 and not tokens[last + 1].punct
           and tokens[last + 1].key not in PREPOSITIONS and last + 1 not in sentence.stops
           and not _present_verb(tokens[last + 1].key)
           and not tokens[last + 1].key.startswith(("لل", "بال", "وال", "ول", "وب"))):
        last += 1
    if tokens[i].punct or tokens[i].key in PREPOSITIONS:
        return []
    return [Cand(i, last, tokens[i].start, tokens[last].end, sentence.span_text(i, last))]
