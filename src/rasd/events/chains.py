"""Coordinated argument candidates: a candidate and those joined to it by "و" or commas ("ويتكوف وكوشنر")."""

from __future__ import annotations

from rasd.events.sentence import Cand, Sentence


def lead_of(cand: Cand) -> int:
    """Where a candidate starts, its title included."""
    return cand.title_first if cand.title_first is not None else cand.first


def chain_from(sentence: Sentence, cands: list[Cand], head: Cand) -> list[Cand]:
    """``head`` and the candidates coordinated after it (و، ",")."""
    chain = [head]
    for cand in cands:
        if cand.first <= chain[-1].last:
            continue
        if coordinated(sentence, chain[-1], cand):
            chain.append(cand)
        elif cand.first > chain[-1].last:
            break
    return chain


def chain_back(sentence: Sentence, cands: list[Cand], tail: Cand) -> list[Cand]:
    chain = [tail]
    for cand in reversed([c for c in cands if c.last < tail.first]):
        if coordinated(sentence, cand, chain[0]):
            chain.insert(0, cand)
        else:
            break
    return chain


def coordinated(sentence: Sentence, left: Cand, right: Cand) -> bool:
    """Only "و", commas and the right candidate's own title stand between two candidates."""
    end = right.title_first if right.title_first is not None else right.first
    between = sentence.tokens[left.last + 1:end]
    modifiers = [c for c in sentence.cands if c.modifier and left.last < c.first < end]
    skip = set()
    for m in modifiers:
        skip |= set(range((m.title_first if m.title_first is not None else m.first), m.last + 1))
    words = [t for k, t in enumerate(between, left.last + 1) if k not in skip and not t.punct]
    conj = sentence.tokens[end].key.startswith("و") if end < len(sentence.tokens) else False
    if len(between) > 8:
        return False
    return all(t.key in ("و", "and", "&") for t in words) and (bool(between) or conj)
