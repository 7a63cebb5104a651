"""Arguments of an event mention: actors, targets, place, count, duration and what it is about.

Arabic word order decides most attachments. A verb's subject follows it (VSO: "زار ويتكوف وكوشنر موسكو") unless a
candidate stands right before it (SVO: "موسكو تعارض", "أن قواته قتلت"); a verb whose ending carries a dual or
plural subject ("والتقيا الرئيس بوتين") has its subject already (or agrees with the noun right before it), so the
noun after it is the object. A noun trigger takes the subject of its support or cue verb ("تواصل روسيا قصف المدن"),
the doer named after it ("مظاهرة نظمها طلاب"), else the name after it ("رفض روسيا"). The target is the next
candidate after the subject, or after a preposition that marks it (مع، على، ضد، لـ، تستهدف). Coordinated names are
all taken. When no name is there, noun phrases stand in ("قصف المدن الأوكرانية، والبنية التحتية"). English is SVO.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rasd.arabic.numbers import parse_number
from rasd.events.lexicon import Hit, Lexicon, fold_word
from rasd.events.chains import chain_back, chain_from, lead_of
from rasd.events.clauses import (claimant, clause_subject, cleft_actor, complement_subject, kana_subject,
                                 relative_doer)
from rasd.events.english import english_actor, english_object, english_subject
from rasd.events.roles import passive_agent, role_actor
from rasd.events.sentence import PREPOSITIONS, Cand, Sentence

if TYPE_CHECKING:
    from rasd.events.mentions import Mention

TARGET_MARKERS = {
    "CONSULT": ("مع", "with"), "AGREE": ("مع", "with"), "COOPERATE": ("مع", "with"), "ASSAULT": ("على", "ضد", "against", "on"), "PROTEST": ("ضد", "against"),
    "SANCTION": ("على", "ضد", "against", "on"), "DISAPPROVE": ("ضد",), "ACCUSE": ("ضد",), "REJECT": ("ل",),
    "THREATEN": ("ب",), "DEMAND": ("ب",),
}
TARGETING_WORDS = frozenset(fold_word(w) for w in "تستهدف يستهدف استهدفت استهدف targeting targeted".split())
PLACE_MARKERS = frozenset(fold_word(w) for w in "في إلى الى بـ ب أمام قرب in to at outside near".split())
COUNT = re.compile(r"(\d+|مرتين|مرة واحدة)\s*(?:مرات|مرة|times)")
DURATION = re.compile(r"(?:(?:قرابة|نحو|حوالي|زهاء|about|nearly|some)\s+)?\d+\s*"
                      r"(?:ساعات|ساعة|أيام|يوما|يوماً|دقيقة|دقائق|أسابيع|hours|days|minutes|weeks)")
MARGINS = frozenset(fold_word(w) for w in "هامش".split())
PHRASE_TARGETS = frozenset({"ASSAULT", "FIGHT", "COERCE", "SANCTION", "THREATEN", "DISAPPROVE", "ACCUSE", "PROTEST"})
SUBORDINATORS = frozenset(fold_word(w) for w in "أن إن ان الذين التي الذي اللذين قد لقد وقد كما حيث بينما فيما"
                          .split())
PARTITIVE = frozenset({"من"})
QUOTE_MARKS = frozenset('«»"“”')
PATIENT_MASDARS = frozenset(fold_word(w) for w in "مقتل قتل اغتيال اعتقال اعتقالات خطف اختطاف تفجير اغتصاب احتجاز "
                            "إحراق اغتيالات".split())
GROUPS = frozenset(fold_word(w) for w in "مجموعة مجموعات جموع حشد حشود حشدا جمع مجاميع المجموعات الحشود عناصر "
                   "أبناء ابناء".split())  # "مجموعات من المتظاهرين ... ورددوا"
TIME_WORDS = frozenset(fold_word(w) for w in "أمس امس اليوم صباحا صباح مساء مساءا ليلا ليلة فجرا ظهرا عصرا عقب بعد "
                       "قبل أيضا ايضا كذلك".split())
QUANTITIES = frozenset(fold_word(w) for w in "مئات آلاف عشرات المئات الآلاف العشرات ألوف الألوف نحو حوالي قرابة "
                       "زهاء أكثر من عدد العديد بعض".split())
NOT_NOUNS = frozenset(fold_word(w) for w in "ذلك ذاك هذا هذه تلك الصباح المساء الليل الباكر فجر ظهر عصر صباح مساء "
                      "ليل امس أمس اليوم غدا حيث بينما فيما كما الذي التي الذين ما من".split())
ABOUT = frozenset(fold_word(w) for w in "بشأن حول about over".split())
SYMMETRIC = frozenset({"FIGHT"})
BETWEEN = frozenset(fold_word(w) for w in "بين between".split())
DETERMINERS = frozenset(fold_word(w) for w in "تلك هذه هذا ذلك the".split())


def noun_like(key: str, lexicon: Lexicon) -> bool:
    """Whether a phrase starts with a noun (التوصل إلى اتفاق، إبرام الاتفاقات) rather than a verb."""
    return key.startswith(("ال", "وال", "بال", "لل")) or any(s.entry.kind == "n" for s in lexicon.words.get(key, ()))


def support_before(keys: list[str], first: int, lexicon: Lexicon, skip: frozenset[int] | set[int] = frozenset()
                   ) -> int | None:
    """The support verb a noun trigger depends on: up to six words before it, not across punctuation; quote
    marks and the tokens in ``skip`` (a time expression: "قامت الجماعة في ديسمبر (كانون الأول) 2005 بخطف") are
    passed over and not counted."""
    passed = sum(1 for k in range(max(0, first - 16), first) if keys[k] in QUOTE_MARKS or k in skip)
    for i in range(first - 1, max(-1, first - 7 - passed), -1):
        if keys[i] in QUOTE_MARKS or i in skip:  # "قام عدد من جنود «المارينز» بقتل"
            continue
        if not keys[i][:1].isalnum():
            return None
        if lexicon.is_support(keys[i]):
            return i
    return None


def attach(sentence: Sentence, mention: Mention, hit: Hit, lexicon: Lexicon, stops: set[int]) -> None:
    triggers = stops | set(range(hit.first, hit.last + 1))
    cands = [c for c in sentence.cands if not c.modifier and not any(c.first <= t <= c.last for t in triggers)]
    actors = _actors(sentence, cands, mention, hit, lexicon, stops)
    actors = [c for c in actors if c.entity is not None or sentence.tokens[c.first].key not in NOT_NOUNS]
    actors = _with_affiliation(sentence, cands, actors)
    mention.actors = [c for c in actors if not (c.is_place and hit.mode == "visit" and c.first > hit.last)]
    after = max([hit.last] + [c.last for c in actors if c.first > hit.last])
    targets = _targets(sentence, cands, hit, after, actors)
    if not mention.actors or all(c.is_place for c in mention.actors):  # "خرج متظاهرون، بينهم صبية، في مسيرة"
        mention.actors = role_actor(sentence, cands, hit, targets) or mention.actors
    if hit.mode == "visit" and targets and targets[0].is_place:
        mention.place = targets.pop(0)
    mention.targets = targets
    mention.place = mention.place or _place(sentence, cands, hit, mention, stops)
    _details(sentence, mention, hit)


def _with_affiliation(sentence: Sentence, cands: list[Cand], actors: list[Cand]) -> list[Cand]:
    """A phrase actor followed by "من" and an organization ("مهاجما انتحاريا من حركة طالبان") acts for it:
    the organization joins the actors (as an event coder would code it)."""
    found = list(actors)
    for actor in actors:
        if actor.entity is not None:
            continue
        after = actor.last + 1
        if after < len(sentence.tokens) and sentence.tokens[after].key in PARTITIVE:
            found += [c for c in cands if lead_of(c) == after + 1 and c.entity is not None
                      and c.entity.type == "ORG" and c not in found]
    return found


def _actors(sentence: Sentence, cands: list[Cand], mention: Mention, hit: Hit, lexicon: Lexicon,
            stops: set[int]) -> list[Cand]:
    """Who did it, by clause structure first (a cleft), then by the word order around the trigger (or its
    support verb), then a passive's agent or a claim of responsibility."""
    anchor = _anchor(sentence, hit, lexicon)
    actors = cleft_actor(sentence, cands, anchor)  # "«قبائل عربية منفلتة»، هي التي ارتكبت المجازر"
    actors = actors or _between_parties(sentence, cands, hit)  # "مواجهات جديدة بين الشرطة والمتظاهرين"
    past = lambda i: _past_quantities(sentence, i)  # noqa: E731
    actors = actors or kana_subject(sentence, cands, anchor, past)  # "وكانت «كتائب ...»، ... قد أطلقت"
    actors = actors or _shared_subject(sentence, cands, hit, lexicon, stops)  # "قامت بمداهمة ... واعتدت على"
    if not actors and hit.subject_suffix:  # "مسلحون مجهولون خطفوا": a subject right before agrees, else the verb has it
        joined = sentence.keys[hit.first][:1] in ("و", "ف")  # "موسكو والتقيا": a new clause begins
        actors = [c for c in cands if c.last < hit.first and not joined
                  and _only_particles(sentence.tokens, c.last, hit.first)][-1:]
        actors = chain_back(sentence, cands, actors[0]) if actors else ([] if joined else _phrase_before(sentence, hit))
        actors = actors or _plural_antecedent(sentence, cands, hit)
    elif not actors:
        supported = anchor != hit.first and lexicon.is_support(sentence.keys[anchor])
        plural = supported and sentence.keys[anchor].endswith("وا")  # "أن رجالا ونساء في البلدة نظموا مسيرة"
        actors = (_doer_after(sentence, cands, hit, lexicon) or relative_doer(sentence, cands, hit)
                  or (clause_subject(sentence, cands, anchor) if plural else [])
                  or _subject(sentence, cands, anchor, hit, supported)
                  or ([] if mention.definite else _agent_before(sentence, cands, hit, stops)))
    return passive_agent(sentence, cands, hit) or actors or claimant(sentence, cands, hit)  # "من قبل", "تبنت"


def _between_parties(sentence: Sentence, cands: list[Cand], hit: Hit) -> list[Cand]:
    """Both sides of a clash named after "بين" right after its noun (an adjective may come between): "مواجهات
    جديدة بين الشرطة والمتظاهرين" — the clash is theirs, so both are actors."""
    tokens = sentence.tokens
    if hit.type not in SYMMETRIC or hit.kind not in ("n", "n!"):
        return []
    for i in range(hit.last + 1, min(len(tokens), hit.last + 3)):
        if tokens[i].punct:
            return []
        if tokens[i].key in BETWEEN:
            found = [c for c in cands if lead_of(c) == i + 1]
            return chain_from(sentence, cands, found[0]) if found else _coordinated_phrases(
                sentence, i + 1, first=True, words=2)
    return []


def _shared_subject(sentence: Sentence, cands: list[Cand], hit: Hit, lexicon: Lexicon, stops: set[int]
                    ) -> list[Cand]:
    """A verb joined by و to an earlier verb of its sentence, with an object (a number, a preposition) and no
    subject after it, shares the earlier verb's subject: "إن قوة من الشرطة قامت بمداهمة الجامع واعتدت على
    المصلين", "وكانت مجموعة ... قد اقتحمت عيادة ... وخطفت تسعة اشخاص"."""
    tokens = sentence.tokens
    key, after = tokens[hit.first].key, hit.last + 1
    if hit.kind != "v" or hit.subject_suffix or key[:1] != "و" or len(key) < 4 or after >= len(tokens):
        return []
    carries_object = key.endswith(("هم", "ها", "هما"))  # "واحتجزتهم"
    if not (carries_object or tokens[after].key in PREPOSITIONS or tokens[after].key in QUANTITIES
            or _number(tokens[after].key)):
        return []
    for verb in range(hit.first - 1, max(0, hit.first - 25), -1):
        if tokens[verb].punct and tokens[verb].text in ".؛;:!؟?":
            return []
        if verb in stops or lexicon.is_support(tokens[verb].key) or tokens[verb - 1].key in PARTICLES:
            return (kana_subject(sentence, cands, verb, lambda i: _past_quantities(sentence, i))
                    or _before_verb(sentence, cands, verb) or clause_subject(sentence, cands, verb))
    return []


def _before_verb(sentence: Sentence, cands: list[Cand], verb: int) -> list[Cand]:
    """The candidate right before a verb (particles between allowed), not one after a preposition."""
    tokens = sentence.tokens
    before = [c for c in cands if c.last < verb and _only_particles(tokens, c.last, verb, sentence.stops)
              and not _preposition_before(tokens, c)]
    return chain_back(sentence, cands, before[-1]) if before else []


def _number(key: str) -> bool:
    return key[:1].isdigit() or parse_number(key) is not None


def _plural_antecedent(sentence: Sentence, cands: list[Cand], hit: Hit) -> list[Cand]:
    """"وقد أحرق المتظاهرون ... ورددوا هتافات": a dual or plural verb with no subject of its own refers back to the
    nearest agent noun before it in the sentence (not one after a preposition)."""
    tokens = sentence.tokens
    earlier = [c for c in cands if c.last < hit.first and c.entity is None
               and not _preposition_before(tokens, c, PARTITIVE) and not _attached_preposition(tokens, c)]
    plural = [c for c in earlier if _plural(tokens[c.first].key)]  # "ورددوا" agrees with "المتظاهرين"
    return (plural or earlier)[-1:]


def _plural(key: str) -> bool:
    return key.endswith(("ون", "ين")) and len(key) > 4


def _phrase_before(sentence: Sentence, hit: Hit) -> list[Cand]:
    """"مستوطني براخة هاجموا": the words right before a verb whose ending agrees with them (two at most)."""
    tokens = sentence.tokens
    last = hit.first - 1
    first = last
    while first >= 0 and last - first < 2 and not tokens[first].punct and tokens[first].key not in PREPOSITIONS \
            and tokens[first].key not in SUBORDINATORS and first not in sentence.stops:
        first -= 1
    first += 1
    if first > last:
        return []
    return [Cand(first, last, tokens[first].start, tokens[last].end, sentence.span_text(first, last))]


def _agent_before(sentence: Sentence, cands: list[Cand], hit: Hit, stops: set[int]) -> list[Cand]:
    """A noun trigger with no subject: the nearest agent before it in its clause ("آلاف المتظاهرين الصوماليين في
    مسيراتهم"), with no other trigger between."""
    if hit.kind not in ("n", "n!"):
        return []
    tokens = sentence.tokens
    for cand in reversed([c for c in cands if c.last < hit.first and hit.first - c.last <= 8]):
        between = range(cand.last + 1, hit.first)
        if any(tokens[k].punct for k in between) or any(k in stops for k in between):
            return []
        if any(s < cand.first and not any(tokens[k].punct for k in range(s, cand.first)) for s in stops):
            return []  # the subject of an earlier trigger in the clause ("فرقت الشرطة ... مظاهرة")
        if (cand.entity is None or cand.entity.type in ("PER", "ORG")) and not _attached_preposition(tokens, cand):
            return [cand]
    return []


def _attached_preposition(tokens, cand: Cand) -> bool:
    """"للأمم المتحدة", "بالمتظاهرين": a name with a preposition on its first word is not a subject."""
    key = tokens[lead_of(cand)].key
    return key.startswith(("لل", "بال", "وبال", "ولل", "كال")) or (key[:1] in "بل" and len(key) > 4
                                                                   and key[1:3] == "ال")


def _doer_after(sentence: Sentence, cands: list[Cand], hit: Hit, lexicon: Lexicon) -> list[Cand]:
    """"مظاهرة نظمها طلاب", "هجوم نفذه مسلحون": who organized or carried out a noun trigger, named after it."""
    if hit.kind not in ("n", "n!"):
        return []
    for after in (hit.last + 1, hit.last + 2):
        if after >= len(sentence.tokens) or sentence.tokens[after].punct:
            return []
        key = sentence.keys[after]
        if lexicon.is_support(key) and key.endswith(("ه", "ها", "هم")):
            doers = [c for c in cands if after < c.first and lead_of(c) <= after + 2]
            if doers:
                return chain_from(sentence, cands, doers[0])
            return _coordinated_phrases(sentence, after + 1, first=True, words=2)
    return []


def _anchor(sentence: Sentence, hit: Hit, lexicon: Lexicon) -> int:
    """Where the clause's verb is: the trigger itself, or the support/cue verb a noun trigger depends on."""
    if hit.kind == "v" or (hit.kind == "p" and not noun_like(sentence.keys[hit.first], lexicon)):
        return hit.first
    support = support_before(sentence.keys, hit.first, lexicon, sentence.stops)
    if support is not None:
        return support
    for i in range(hit.first - 1, max(-1, hit.first - 25), -1):
        token = sentence.tokens[i]
        if token.punct and token.text in ".؛;:":
            break
        if _verb_like(token.key) and not any(c.first <= i <= c.last for c in sentence.cands):
            return i
    return hit.first


def _verb_like(key: str) -> bool:
    """A present-tense verb shape (يعتزم، تواصل، تقترب، تأمل) — where the subject of a noun trigger is found."""
    return len(key) >= 4 and key[0] in "يت" or (key[:1] == "و" and len(key) >= 5 and key[1] in "يت")


def _subject(sentence: Sentence, cands: list[Cand], anchor: int, hit: Hit, supported: bool = False) -> list[Cand]:
    tokens = sentence.tokens
    before = [c for c in cands if c.last < anchor and _only_particles(tokens, c.last, anchor, sentence.stops)
              and not _preposition_before(tokens, c)]
    if before and hit.kind in ("v", "p") or before and anchor != hit.first:
        return chain_back(sentence, cands, before[-1])
    if hit.kind in ("n", "n!") and anchor == hit.first:
        if _patient_masdar(sentence.keys[hit.first]):
            return []  # "اغتيال عماد مغنية", "مقتل فتى": the genitive is who suffered it
        genitive = [c for c in cands if c.first == hit.last + 1 and _agentive(c)]
        if genitive:
            return chain_from(sentence, cands, genitive[0])
        return _protesters_after(sentence, hit)  # "اعتصام العاملين", "إضراب المعلمين"
    if _latin(sentence, hit) and hit.kind in ("v", "p") and anchor == hit.first:
        return english_actor(sentence, cands, anchor)
    skip = _past_quantities(sentence, anchor + 1)  # "احتشدت مجموعات صغيرة أيضا من المتظاهرين"
    if hit.kind == "v" and anchor == hit.first and _nominative_plural(sentence, skip):
        return _coordinated_phrases(sentence, skip, first=True, words=2)  # "هاجم مفجرون انتحاريون سياسيين"
    after = [c for c in cands if anchor < c.first and lead_of(c) <= max(anchor + 3, skip)
             and not _attached_preposition(tokens, c)]  # not "للشرطة"
    after = [c for c in after if c.first < hit.first or hit.kind in ("v", "p")]
    if after and (lead_of(after[0]) <= skip or not _preposition_before(tokens, after[0])):
        return chain_from(sentence, cands, after[0])
    if _latin(sentence, hit):
        return english_subject(sentence, anchor)
    if hit.kind == "v" and anchor == hit.first and _after_complementizer(sentence, hit):
        return _phrase_before(sentence, hit)  # "أن قواته قتلت مسلحاً"
    if hit.kind == "v" and anchor == hit.first:
        opened = complement_subject(sentence, cands, hit.first, lambda i: _past_quantities(sentence, i))
        if opened:
            return opened  # "إن مهاجما انتحاريا من حركة طالبان، فجر حافلة"
    if hit.kind == "v" and anchor == hit.first or hit.kind == "p" and _past_quantities(sentence, hit.first + 1) > hit.last:
        return _coordinated_phrases(sentence, _past_quantities(sentence, hit.last + 1), first=True, words=2)
    if supported and anchor + 1 < hit.first:
        phrase = _coordinated_phrases(sentence, _past_quantities(sentence, anchor + 1), first=True, words=2)
        return [_trimmed(sentence, c, hit.first - 1) for c in phrase if c.first < hit.first]  # "قامت دبابة بقصف"
    return []


PEOPLE = frozenset(fold_word(w) for w in "الطلاب الطلبة العمال الأهالي الاهالي السكان المواطنين الأطباء الاطباء "
                   "المعلمين الموظفين الفلاحين المزارعين التجار السائقين المحامين الصحفيين الصحافيين".split())


def _protesters_after(sentence: Sentence, hit: Hit) -> list[Cand]:
    """Who protests, named right after a protest noun: a definite plural of people ("اعتصام العاملين")."""
    i = hit.last + 1
    if hit.type != "PROTEST" or i >= len(sentence.tokens) or i in sentence.stops:
        return []
    key = sentence.tokens[i].key
    if key in PEOPLE or key.startswith("ال") and _plural(key):
        return _coordinated_phrases(sentence, i, first=True, words=2)
    return []


def _nominative_plural(sentence: Sentence, i: int) -> bool:
    """An indefinite word in -ون right after a verb, not a candidate: a plural subject ("مفجرون", "مسلحون")."""
    if i >= len(sentence.tokens) or any(c.first <= i <= c.last for c in sentence.cands):
        return False
    key = sentence.tokens[i].key
    return key.endswith("ون") and len(key) > 4 and not key.startswith(("ال", "وال", "بال", "لل"))


def _patient_masdar(key: str) -> bool:
    for prefix in ("", "و", "ب", "ل", "ال", "بال", "وال", "لل"):
        if key.startswith(prefix) and key[len(prefix):] in PATIENT_MASDARS:
            return True
    return False


def _trimmed(sentence: Sentence, cand: Cand, last: int) -> Cand:
    """A phrase candidate cut to end at token ``last`` ("أطلق بعض الفدائيين النار": not into the trigger)."""
    if cand.last <= last:
        return cand
    tokens = sentence.tokens
    return Cand(cand.first, last, cand.start, tokens[last].end, sentence.text[cand.start:tokens[last].end])


def _after_complementizer(sentence: Sentence, hit: Hit) -> bool:
    """A verb one to three words after أن/إن with nothing but words between: "أن + subject + verb"."""
    tokens = sentence.tokens
    for k in range(hit.first - 2, max(-1, hit.first - 5), -1):
        if tokens[k].punct:
            return False
        if tokens[k].key in ("ان", "بان", "وان", "لان"):
            return True
    return False


def _past_quantities(sentence: Sentence, i: int) -> int:
    """Skip a time expression, a time word and a quantity ("أمس مئات من ...", "عصرا", "خمسة من") before a
    subject phrase."""
    tokens = sentence.tokens
    while i < len(tokens) and (i in sentence.stops or tokens[i].key in QUANTITIES or tokens[i].key in TIME_WORDS
                               or tokens[i].key[:1].isdigit() or parse_number(tokens[i].text) is not None
                               or tokens[i].key in GROUPS):
        if tokens[i].key in GROUPS and i + 1 < len(tokens) and _adjective(tokens[i + 1].key):
            i += 1  # "مجموعات صغيرة من"
        i += 1
    return i


def _adjective(key: str) -> bool:
    """An indefinite adjective after a group noun ("صغيرة", "كبيرة", "غاضبة"): a word ending in ة, no article."""
    return key.endswith("ه") and not key.startswith("ال") and key not in PREPOSITIONS


def _latin(sentence: Sentence, hit: Hit) -> bool:
    return sentence.tokens[hit.first].key[:1].isascii()


PARTICLES = frozenset(fold_word(w) for w in "قد لقد وقد كان كانت وكان وكانت".split())


def _only_particles(tokens, a: int, b: int, times: frozenset[int] | set[int] = frozenset()) -> bool:
    """Nothing but "قد"/"كان" between tokens ``a`` and ``b`` (a subject right before its verb), and when ``times``
    (the time expression's tokens) are given, a time expression with its preposition ("مديريات العراق خلال
    الاسبوع الماضي قتلت")."""
    return all(t.key in PARTICLES or k in times or (t.key in PREPOSITIONS and k + 1 in times)
               for k, t in enumerate(tokens[a + 1:b], a + 1))


def _agentive(cand: Cand) -> bool:
    return cand.entity is None or cand.entity.type in ("PER", "ORG") or bool(cand.code and len(cand.code) == 3)


def _preposition_before(tokens, cand: Cand, allowed: frozenset[str] = frozenset()) -> bool:
    first = cand.title_first if cand.title_first is not None else cand.first
    if first == 0:
        return False
    key = tokens[first - 1].key
    key = key[1:] if key[:1] in ("و", "ف") and key[1:] in PREPOSITIONS else key
    return key in PREPOSITIONS and key not in allowed


def _punct_between(tokens, a: int, b: int) -> bool:
    return any(t.punct for t in tokens[a + 1:b])


def _targets(sentence: Sentence, cands: list[Cand], hit: Hit, after: int, actors: list[Cand]) -> list[Cand]:
    tokens = sentence.tokens
    markers = {fold_word(m) for m in TARGET_MARKERS.get(hit.type, ())}
    for cand in cands:
        if cand.first <= after or cand in actors:
            continue
        if cand.first - after > 5:
            break
        lead = lead_of(cand)
        prep = tokens[lead - 1].key if lead > 0 else ""
        marked = prep in markers or _marked(tokens[lead].key, markers) or prep in TARGETING_WORDS
        if hit.kind != "v" and lead - after > 2 and not marked:
            break
        if prep in PREPOSITIONS and not marked:
            continue
        chain = chain_from(sentence, cands, cand)
        if hit.type in PHRASE_TARGETS:
            chain += _coordinated_phrases(sentence, chain[-1].last + 1)
        return chain
    found = _phrase_targets(sentence, hit, after, cands) or _marked_phrase(sentence, hit, markers)
    if not found and hit.kind == "v" and _latin(sentence, hit):
        found = english_object(sentence, hit)
    return found


def _marked_phrase(sentence: Sentence, hit: Hit, markers: set[str]) -> list[Cand]:
    """"talks with opposition leaders", "اجتماع مع وفد المعارضة": the phrase after a marking preposition."""
    i = hit.last + 1
    if i >= len(sentence.tokens) or sentence.tokens[i].key not in markers:
        return []
    return _coordinated_phrases(sentence, i + 1, first=True)


def _marked(key: str, markers: set[str]) -> bool:
    return any(key.startswith(m) and len(m) == 1 for m in markers)


def _phrase_targets(sentence: Sentence, hit: Hit, after: int, cands: list[Cand]) -> list[Cand]:
    """The noun phrases right after a noun trigger, when no named target is there ("قصف المدن الأوكرانية")."""
    if hit.kind not in ("n", "n!") or after != hit.last or hit.type not in PHRASE_TARGETS:
        return []
    return _coordinated_phrases(sentence, hit.last + 1, first=True)


def _coordinated_phrases(sentence: Sentence, i: int, first: bool = False, words: int = 3) -> list[Cand]:
    """Noun phrases from token ``i``: the first one when ``first``, then those joined by "، و"."""
    tokens = sentence.tokens
    found: list[Cand] = []
    first_phrase = first
    if not first:
        while i < len(tokens) and tokens[i].punct and tokens[i].text in ",،":
            i += 1
        if i >= len(tokens) or not tokens[i].key.startswith("و") or tokens[i].key in ("و",):
            return []
    while i < len(tokens) and len(found) < 3:
        phrase = _noun_phrase(tokens, i, words, sentence.stops)
        if not phrase:
            break
        first, last = phrase
        joined = (found or not first_phrase) and tokens[first].key[:1] == "و" and len(tokens[first].key) > 3
        start = tokens[first].start + (1 if joined else 0)
        found.append(Cand(first, last, start, tokens[last].end, sentence.text[start:tokens[last].end]))
        i = last + 1
        while i < len(tokens) and tokens[i].punct and tokens[i].text in ",،":
            i += 1
        if i >= len(tokens) or not tokens[i].key.startswith("و"):
            break
    return found


def _noun_phrase(tokens, i: int, words: int = 3, stops: frozenset[int] | set[int] = frozenset()
                 ) -> tuple[int, int] | None:
    """Up to ``words`` tokens from ``i``, ending before punctuation, a preposition, a number, a "و" word, a
    relative pronoun or complementizer ("المجازر التي وقعت") or a token in ``stops`` (a time expression)."""
    last = i
    while i < len(tokens) and tokens[i].key in ("the", "a", "an") and words > 1:
        i += 1
        last = i
    while (last < len(tokens) and last - i < words and not tokens[last].punct and tokens[last].key not in PREPOSITIONS
           and not tokens[last].key[:1].isdigit() and not (last > i and _conjoined(tokens[last].key))
           and last not in stops and tokens[last].key not in SUBORDINATORS):
        last += 1
    if last == i:
        return None
    return i, last - 1


def _conjoined(key: str) -> bool:
    return key.startswith("و") and len(key) > 3 and key not in ("وزير", "وزراء", "وزاره", "وكاله", "وفد")


def _place(sentence: Sentence, cands: list[Cand], hit: Hit, mention: Mention, stops: set[int]) -> Cand | None:
    used = set(map(id, mention.actors + mention.targets))
    tokens = sentence.tokens
    places = [c for c in cands if id(c) not in used and (
        _after_margin(tokens, c) or (c.is_place or c.entity is None and c.code and len(c.code) == 3)
        and _place_marked(tokens, c))]
    places = [c for c in places if not any(min(c.first, hit.first) < s < max(c.last, hit.last) for s in stops)]
    if not places:
        return None
    return min(places, key=lambda c: abs(c.first - hit.first) + (0 if c.first > hit.last else 2))


def _after_margin(tokens, cand: Cand) -> bool:
    """"على هامش منتدى دافوس": the event takes place at what follows."""
    return cand.first > 0 and tokens[cand.first - 1].key in MARGINS


def _place_marked(tokens, cand: Cand) -> bool:
    lead = cand.title_first if cand.title_first is not None else cand.first
    key = tokens[lead].key
    return (lead > 0 and tokens[lead - 1].key in PLACE_MARKERS) or key.startswith(("ب", "في")) and len(key) > 3


def _details(sentence: Sentence, mention: Mention, hit: Hit) -> None:
    clause = sentence.text[sentence.tokens[hit.first].start:_clause_end(sentence, hit)]
    count = COUNT.search(clause)
    if count:
        mention.count = 2 if count.group(1) == "مرتين" else 1 if count.group(1) == "مرة واحدة" else int(count.group(1))
    duration = DURATION.search(clause)
    if duration:
        mention.duration = duration.group(0)
    mention.about = _about(sentence, hit)


def _clause_last(sentence: Sentence, hit: Hit) -> int:
    """The last token of the trigger's clause (before the next comma or full stop)."""
    for i in range(hit.last + 1, len(sentence.tokens)):
        token = sentence.tokens[i]
        if token.punct and token.text in "،,.؛;":
            return i - 1
    return len(sentence.tokens) - 1


def _clause_end(sentence: Sentence, hit: Hit) -> int:
    for token in sentence.tokens[hit.last + 1:]:
        if token.punct and token.text in "،,.؛;":
            return token.start
    return sentence.end


def _about(sentence: Sentence, hit: Hit) -> str | None:
    tokens = sentence.tokens
    i = hit.last + 1
    if i >= len(tokens) or tokens[i].key not in ABOUT:
        return None
    i += 1
    while i < len(tokens) and tokens[i].key in DETERMINERS:
        i += 1
    phrase = _noun_phrase(tokens, i)
    return sentence.span_text(*phrase) if phrase else None
