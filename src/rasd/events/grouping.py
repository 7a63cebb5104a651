"""Mentions of the same event within one article, grouped; photo captions folded into the events they show.

In text order, a mention joins an earlier event of the same type when it refers back to it: a demonstrative or
definite noun ("هذا الاجتماع"، "المحادثات"، "تلك الزيارة") whose actors are unknown or overlap the event's; or a
mention in the same sentence that has no subject of its own ("زار ... والتقيا"), unless it has its own time or
count ("والتقى ويتكوف بوتين ... 6 مرات العام الماضي" is another event). A caption event ("خلال اجتماع في
الكرملين", dated by the caption) joins a body event of the same type with overlapping actors and a compatible time,
and refines its date; caption-only events are left out (their evidence is not in the body text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.events.mentions import Mention
from rasd.events.sentence import Cand
from rasd.model import TimeExpr

SPECIFIC = {"day": 0, "week": 1, "month": 2, "range": 3, "year": 4, "after": 6, "before": 6, "unknown": 9}


SHOWN_IN_PHOTOS = ("happened", "ongoing")  # statuses a dated photo caption can show


@dataclass(slots=True)
class Group:
    mentions: list[Mention]
    actors: list[Cand] = field(default_factory=list)
    targets: list[Cand] = field(default_factory=list)
    place: Cand | None = None
    time: TimeExpr | None = None
    caption_time: str | None = None
    captions: list[Mention] = field(default_factory=list)

    @property
    def lead(self) -> Mention:
        return self.mentions[0]

    @property
    def type(self) -> str:
        return self.mentions[0].type


def group_mentions(mentions: list[Mention]) -> list[Group]:
    groups: list[Group] = []
    for mention in mentions:
        if mention.subject_suffix and not mention.actors:
            mention.actors = _previous_actors(groups, mention)
        target = _referent(groups, mention)
        if target is None:
            groups.append(_new_group(mention))
        else:
            _join(target, mention)
    return groups


def _new_group(mention: Mention) -> Group:
    return Group([mention], list(mention.actors), list(mention.targets), mention.place, mention.time)


def _previous_actors(groups: list[Group], mention: Mention) -> list[Cand]:
    """The subject a verb's dual or plural ending refers to: the actors of the last event of its sentence."""
    for group in reversed(groups):
        if group.actors and any(m.sentence == mention.sentence for m in group.mentions):
            return list(group.actors)
    return []


def _referent(groups: list[Group], mention: Mention) -> Group | None:
    same = [g for g in groups if g.type == mention.type]
    if not same:
        return None
    latest = same[-1]
    if mention.demonstrative or mention.definite:
        if not mention.actors or _overlap(latest.actors, mention.actors):
            return latest if _times_agree(latest, mention) else None
    in_sentence = [g for g in same if any(m.sentence == mention.sentence for m in g.mentions)]
    if in_sentence and mention.count is None and _times_agree(in_sentence[-1], mention):
        group = in_sentence[-1]
        if not mention.actors or mention.subject_suffix or _subset(mention.actors, group.actors):
            if mention.time is None or group.time is None or mention.time.value == group.time.value:
                return group
    return None


def _times_agree(group: Group, mention: Mention) -> bool:
    if group.time is None or mention.time is None:
        return True
    return compatible(group.time.value, mention.time.value)


def compatible(a: str | None, b: str | None) -> bool:
    """Two time values that may name the same time: equal, or one a prefix (a day in a month), or ranges that meet."""
    if not a or not b:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    if ".." in a or ".." in b:
        lo_a, _, hi_a = a.partition("..")
        lo_b, _, hi_b = b.partition("..")
        return (lo_a or "0") <= (hi_b or lo_b or "9") and (lo_b or "0") <= (hi_a or lo_a or "9")
    return False


def _key(cand: Cand) -> str:
    if cand.entity is not None:
        return "e:" + (cand.entity.kb_id or cand.entity.id)
    return "t:" + cand.text


def _overlap(a: list[Cand], b: list[Cand]) -> bool:
    keys = {_key(c) for c in a}
    codes = {c.code[:3] for c in a if c.code and len(c.code) >= 3}
    return any(_key(c) in keys or (c.code and c.code[:3] in codes) for c in b)


def _subset(a: list[Cand], b: list[Cand]) -> bool:
    keys = {_key(c) for c in b}
    return all(_key(c) in keys for c in a)


def _join(group: Group, mention: Mention) -> None:
    group.mentions.append(mention)
    _add_new(group.actors, mention.actors)
    _add_new(group.targets, [t for t in mention.targets if _key(t) not in {_key(a) for a in group.actors}])
    group.place = group.place or mention.place
    if mention.time is not None and (group.time is None or _more_specific(mention.time, group.time)):
        group.time = mention.time


def _add_new(into: list[Cand], more: list[Cand]) -> None:
    keys = {_key(c) for c in into}
    for cand in more:
        if _key(cand) not in keys:
            into.append(cand)
            keys.add(_key(cand))


def _more_specific(new: TimeExpr, old: TimeExpr) -> bool:
    if new.value is None:
        return False
    if old.value is None:
        return True
    return SPECIFIC.get(new.granularity, 9) < SPECIFIC.get(old.granularity, 9) and compatible(new.value, old.value)


def fold_captions(groups: list[Group], captions: list[tuple[Mention, str | None]]) -> None:
    """Join each caption mention (with the caption's date) to the body event it shows, if any. A photo shows
    what has happened (or is happening): never a planned, conditional or denied event."""
    for mention, date in captions:
        for group in groups:
            if group.type != mention.type or not _overlap(group.actors + group.targets, mention.actors):
                continue
            if group.lead.status not in SHOWN_IN_PHOTOS:
                continue
            current = group.time.value if group.time else None
            if date and not compatible(current, date):
                continue
            group.captions.append(mention)
            if date and (current is None or len(date) > len(current.split("..")[0])):
                group.caption_time = date
            known = {_key(c) for c in group.actors + group.targets}
            group.targets += [c for c in mention.actors + mention.targets if _key(c) not in known]
            break
