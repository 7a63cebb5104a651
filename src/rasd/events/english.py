"""English arguments: English is SVO — the subject before the verb group, the object after it; a pronoun subject
after a reporting verb ("The rebels said they will release") is that verb's subject."""

from __future__ import annotations

from rasd.events.chains import chain_back
from rasd.events.lexicon import Hit
from rasd.events.sentence import PREPOSITIONS, Cand, Sentence

AUXILIARIES = frozenset("to will would plans plan planned planning expects expected is are was were has have had "
                        "been be set due did does do not also reportedly n't intends intended may might could "
                        "reportedly willing ready prepared committed able going".split())
CLAUSE_WORDS = frozenset("that which who after before when while and but as because since if the a an said says "
                         "announced told stated".split())
PRONOUNS = frozenset("it they he she we".split())
REPORTING = frozenset("said says announced told stated added declared".split())
ENGLISH_TIME = frozenset("yesterday today tonight monday tuesday wednesday thursday friday saturday sunday".split())


def english_actor(sentence: Sentence, cands: list[Cand], anchor: int) -> list[Cand]:
    """English is SVO: the candidate ending right before the verb group ("Argentina has apologized", "Boris
    Yeltsin on Saturday hosted"), with those coordinated before it; else the noun phrase there."""
    i = _before_verb_group(sentence, anchor)
    holder = _holder(cands, i)
    if holder is not None:
        return chain_back(sentence, cands, holder)
    if i >= 0 and sentence.tokens[i].key in PRONOUNS:  # "Iraq said it would allow": the one who said it
        return _antecedent(sentence, cands, i)
    return english_subject(sentence, anchor)


def _holder(cands: list[Cand], i: int) -> Cand | None:
    """The candidate ending at token ``i``; an English span starting in lower case ("said they", "Arabia has" runs
    past it) is a tagging error, not a name."""
    return next((c for c in cands if c.last == i and not c.text[:1].islower()), None)


def _antecedent(sentence: Sentence, cands: list[Cand], i: int) -> list[Cand]:
    """The subject of the reporting verb before a pronoun subject ("The Fijian rebels said they will release")."""
    tokens = sentence.tokens
    verb = next((k for k in range(i - 1, max(-1, i - 5), -1) if tokens[k].key in REPORTING), None)
    if verb is None:
        return []
    j = _before_verb_group(sentence, verb)
    holder = _holder(cands, j)
    return chain_back(sentence, cands, holder) if holder is not None else english_subject(sentence, verb)


def _before_verb_group(sentence: Sentence, anchor: int) -> int:
    """The last token before the verb, its auxiliaries, adverbs (-ly) and a time expression."""
    tokens = sentence.tokens
    i = anchor - 1
    while i >= 0 and (tokens[i].key in AUXILIARIES or tokens[i].key.endswith("ly") or i in sentence.stops
                      or tokens[i].key in ENGLISH_TIME                      or (tokens[i].key in PREPOSITIONS and i + 1 in sentence.stops)):
        i -= 1
    return i


def english_subject(sentence: Sentence, anchor: int) -> list[Cand]:
    """English is SVO: the noun phrase before the verb group ("The government plans to hold talks")."""
    tokens = sentence.tokens
    i = anchor - 1
    while i >= 0 and tokens[i].key in AUXILIARIES:
        i -= 1
    last = i
    while i >= 0 and last - i < 3 and not tokens[i].punct and tokens[i].key.isalpha() and tokens[i].key not in CLAUSE_WORDS:
        i -= 1
    if i == last:
        return []
    first = i + 1
    return [Cand(first, last, tokens[first].start, tokens[last].end, sentence.span_text(first, last))]


def english_object(sentence: Sentence, hit: Hit) -> list[Cand]:
    """"arrested 12 protesters": the noun phrase right after an English verb, a number included."""
    tokens = sentence.tokens
    first = hit.last + 1
    while first < len(tokens) and tokens[first].key in ("the", "a", "an"):
        first += 1
    last = first
    while (last < len(tokens) and last - first < 3 and tokens[last].key.isalnum() and tokens[last].key not in
           PREPOSITIONS and tokens[last].key not in CLAUSE_WORDS and last not in sentence.stops):
        last += 1
    if last == first:
        return []
    return [Cand(first, last - 1, tokens[first].start, tokens[last - 1].end, sentence.span_text(first, last - 1))]
