"""In-document resolution: group mentions into one entity per referent, and read roles from appositions.

Mentions join an entity when they link to the same knowledge-base entry, when their alias keys are equal
(article and spelling folded), when a person mention is part of a longer name of the same entity
("ترمب" in "دونالد ترمب"), or when one names the other in quotes or brackets right after it
('حلف شمال الأطلسي "الناتو"'). Roles come from the title phrase right before a person mention ("المبعوث
الأميركي الخاص للشرق الأوسط ستيف ويتكوف") or an apposition before a comma ("صهر الرئيس دونالد ترمب، جاريد كوشنر").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from rasd.enrich.mentions import Found
from rasd.kb.base import alias_key
from rasd.ner.text import word_key

ROLE_HEADS = frozenset(word_key(w) for w in """رئيس الرئيس رئيسة الرئيسة المبعوث مبعوث المبعوثين مبعوثين المبعوثة وزير
    الوزير وزيرة الوزيرة وزراء نائب النائب مستشار المستشار مستشارة المستشارة السفير سفير المتحدث متحدث المتحدثة الناطق ناطق
    الأمين أمين الملك ملك الملكة الأمير أمير الأميرة ولي الشيخ القائد قائد الجنرال اللواء العقيد الفريق المشير المدير
    مدير مديرة صهر زوج زوجة نجل ابن ابنة شقيق شقيقة الزعيم زعيم المرشد المفوض المندوب مندوب الحاكم حاكم عمدة
    السيناتور المرشح مرشح المدعي القاضي البابا الإمام المبعوثان المسؤول مسؤول""".split())
IDAFA = frozenset(word_key(w) for w in "خارجية دفاع وزراء عام شؤون مجلس حكومة دولة جمهورية مكتب".split())
_PUNCT = regex.compile(r"^[^\p{L}\p{N}]+$")
_QUOTE_OPEN = regex.compile(r"^\s*[\"«“(]\s*$")
_QUOTE_CLOSE = regex.compile(r"^\s*[\"»”)]")


@dataclass
class Cluster:
    type_votes: Counter = field(default_factory=Counter)
    members: list = field(default_factory=list)  # (where, Found)
    kb_id: str | None = None
    name_tokens: tuple[str, ...] = ()  # alias keys of the longest name

    @property
    def type(self) -> str:
        return self.type_votes.most_common(1)[0][0]


def group(mentions: list[tuple[str, Found, str | None]]) -> list[Cluster]:
    """Clusters of (where, mention, kb_id) in order of first appearance; longest names seed the clusters."""
    clusters: list[Cluster] = []
    order = sorted(range(len(mentions)), key=lambda i: -len(alias_key(mentions[i][1].text).split()))
    owner: dict[int, Cluster] = {}
    for i in order:
        where, found, kb_id = mentions[i]
        target = next((c for c in clusters if _joins(c, found, kb_id)), None)
        if target is None:
            target = Cluster(kb_id=kb_id, name_tokens=tuple(alias_key(found.text).split()))
            clusters.append(target)
        target.kb_id = target.kb_id or kb_id
        target.type_votes[found.type] += 1 + (kb_id is not None)
        target.members.append((where, found))
        owner[i] = target
    _merge_quoted(mentions, owner, clusters)
    first = {id(c): min(i for i, o in owner.items() if o is c) for c in clusters if any(o is c for o in owner.values())}
    return sorted((c for c in clusters if id(c) in first), key=lambda c: first[id(c)])


def _joins(cluster: Cluster, found: Found, kb_id: str | None) -> bool:
    if kb_id and cluster.kb_id:
        return kb_id == cluster.kb_id
    keys = tuple(alias_key(found.text).split())
    if keys == cluster.name_tokens:
        return True  # the same name twice in one article is one referent; the type goes by votes
    if cluster.type != "PER" or not keys:
        return False
    if found.type != "PER":  # a tagging slip: the person's surname alone, typed as a place or organization
        return keys == cluster.name_tokens[-1:] and len(cluster.name_tokens) > 1
    n = len(keys)
    return any(cluster.name_tokens[i:i + n] == keys for i in range(len(cluster.name_tokens) - n + 1))


def _merge_quoted(mentions, owner: dict[int, Cluster], clusters: list[Cluster]) -> None:
    """'A "B"' or 'A (B)' in the same text: B is another name of A."""
    for i, (where_a, a, _) in enumerate(mentions):
        for j, (where_b, b, _) in enumerate(mentions):
            if where_a != where_b or b.start <= a.end or owner[i] is owner[j]:
                continue
            between = a.tokens and _text_between(a, b)
            if between is not None and _QUOTE_OPEN.match(between) and _QUOTE_CLOSE.match(_text_after(b)):
                keep, gone = owner[i], owner[j]
                keep.members += gone.members
                keep.type_votes += gone.type_votes
                keep.kb_id = keep.kb_id or gone.kb_id
                for k, c in owner.items():
                    if c is gone:
                        owner[k] = keep
                clusters.remove(gone)


def _text_between(a: Found, b: Found) -> str | None:
    if a.tokens is not b.tokens and a.tokens != b.tokens:
        return None
    return "".join(t for t, s, e in a.tokens if s >= a.end and e <= b.start) or " "


def _text_after(b: Found) -> str:
    following = [t for t, s, _ in b.tokens if s >= b.end]
    return following[0] if following else ""


def roles(found: Found, named: set[int]) -> list[str]:
    """Title phrases for a person mention from the tokens before it in its sentence: the nearest title right
    before the name, and the whole noun phrase of an apposition ending in a comma right before it.
    ``named`` holds the indices of tokens inside other mentions of the sentence."""
    toks, first = found.tokens, found.first
    out = []
    direct = _title_before(toks, first, named=set(), furthest=False)
    if direct:
        out.append(direct)
    if first >= 2 and toks[first - 1][0] in ("،", ","):
        apposition = _title_before(toks, first - 1, named=named, furthest=True)
        if apposition:
            out.append(apposition)
    return out


def _title_before(toks, end: int, named: set[int], furthest: bool) -> str | None:
    """The role phrase ending right before token ``end``: a role noun, then modifiers (and, for an
    apposition, names), at most 8 tokens; the nearest role noun, or the furthest one."""
    found = None
    for i in range(end - 1, max(-1, end - 9), -1):
        token = toks[i][0]
        key = word_key(token)
        if key in ROLE_HEADS or _drop_conjunction(key) in ROLE_HEADS:
            found = i
            if not furthest:
                break
        elif _PUNCT.match(token) or not (_modifier(token) or i in named):
            break
    if found is None:
        return None
    head = toks[found][0]
    skip = 0 if word_key(head) in ROLE_HEADS else 1
    return " ".join([head[skip:]] + [t for t, _, _ in toks[found + 1:end]])


def _modifier(token: str) -> bool:
    key = _drop_conjunction(word_key(token))
    return key.startswith(("ال", "لل")) or key in IDAFA


def _drop_conjunction(key: str) -> str:
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key
