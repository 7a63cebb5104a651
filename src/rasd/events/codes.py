"""CAMEO-style actor codes (USAGOV, RUSGOV, UKRCVL) for event actors and targets.

A code is a country (ISO 3166 alpha-3, or a CAMEO non-state code such as IGO) followed by a sector (GOV, MIL,
COP, CVL, REB, ...). :class:`ActorCoder` finds it, in order: the codes the knowledge base gives the linked entity
(the Arabic CAMEO actor dictionary and the ISO country list are part of the shipped seed); the codes of any
knowledge-base entry named like the entity or the argument text; else a code composed from the words of the
argument and the entity's roles: a country or nationality word ("الأميركي" -> USA, "موسكو" -> its country) and an
agent noun from ``models/events/agents.tsv`` ("المبعوث" -> GOV, "المتظاهرون" -> CVL).
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources

from rasd.errors import RasdError
from rasd.events.lexicon import fold_word
from rasd.model import Entity

SECTOR_PREFERENCE = ("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL")
_CLITICS = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
# Capitals and regions news names in place of a government (CAMEO region codes: EUR, MEA, AFR).
PLACES = {
    "كييف": "UKR", "موسكو": "RUS", "واشنطن": "USA", "بكين": "CHN", "طهران": "IRN", "دمشق": "SYR", "بغداد": "IRQ",
    "القاهره": "EGY", "الرياض": "SAU", "انقره": "TUR", "لندن": "GBR", "باريس": "FRA", "برلين": "DEU",
    "بيروت": "LBN", "عمان": "JOR", "الدوحه": "QAT", "ابوظبي": "ARE", "تل ابيب": "ISR", "القدس": "ISR",
    "طرابلس": "LBY", "الخرطوم": "SDN", "صنعاء": "YEM", "كابول": "AFG", "اسلام اباد": "PAK", "نيودلهي": "IND",
    "طوكيو": "JPN", "بروكسل": "EUR", "اوروبا": "EUR", "الشرق الاوسط": "MEA", "افريقيا": "AFR", "غزه": "PSE",
}
_PLURAL_ENDINGS = ("ون", "ين", "ات", "ان")


def agent_key(text: str) -> str:
    """Folded words without proclitics and the article: "المتظاهرين" -> "متظاهرين"."""
    keys = []
    for word in text.replace("_", " ").split():
        key = fold_word(word)
        for clitic in _CLITICS:
            if key.startswith(clitic) and len(key) - len(clitic) >= 3:
                key = key[len(clitic):]
                break
        if key:
            keys.append(key)
    return " ".join(keys)


def word_keys(word: str) -> list[str]:
    """Keys to look one word up by: itself, then without a plural, dual or nisba ending."""
    key = agent_key(word)
    keys = [key]
    for ending in _PLURAL_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            stem = key[: -len(ending)]
            keys += [stem, stem + "ه"] if ending == "ات" else [stem]
    if key.endswith("يه") and len(key) > 4:  # nisba feminine: الأميركية -> اميركي
        keys.append(key[:-1])
    return keys


RELATION_WORDS = frozenset(fold_word(w) for w in "صهر زوج زوجة ابن ابنة نجل نجلة شقيق شقيقة".split())


def _relation_role(role: str) -> bool:
    """A kinship role ("صهر الرئيس دونالد ترمب") says nothing of the person's own country or sector."""
    words = role.split()
    return bool(words) and fold_word(words[0]) in RELATION_WORDS


def nisba(key: str) -> str:
    """The nationality adjective of a one-word country name: روسيا -> روسي, مصر -> مصري, العراق -> عراقي."""
    if " " in key or len(key) < 3:
        return key
    if key.endswith("يا"):
        return key[:-1]
    if key.endswith("ا"):
        return key[:-1] + "ي"
    return key + "ي"


def best_code(codes: Iterable[str]) -> str | None:
    """The most useful of an entry's codes: a country+sector code first, then a country, GOV before others."""
    usable = [c for c in codes if len(c) >= 3 and c.isalpha() and c.isupper()]
    if not usable:
        return None

    def rank(code: str) -> tuple[int, int]:
        sector = code[3:6]
        return (-(len(code) >= 6), SECTOR_PREFERENCE.index(sector) if sector in SECTOR_PREFERENCE else 99)

    return sorted(usable, key=rank)[0]


def load_agents() -> dict[str, str]:
    path = resources.files("rasd.models").joinpath("events", "agents.tsv")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
    except OSError as exc:
        raise RasdError("E101", f"cannot read the event agents table: {exc}") from None
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


class ActorCoder:
    """Codes for event arguments, from a knowledge base (entries with ``codes``) and the agents table."""

    def __init__(self, entries: Iterable[object] = (), agents: dict[str, str] | None = None):
        self.agents = agents if agents is not None else load_agents()
        self.by_id: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        for entry in entries:
            code = best_code(getattr(entry, "codes", ()))
            if not code:
                continue
            self.by_id[entry.id] = code
            for name in (entry.name_ar, entry.name_en, *entry.aliases):
                if name:
                    self.by_name.setdefault(agent_key(name), code)
                    if len(code) == 3 and name == entry.name_ar:
                        self.by_name.setdefault(nisba(agent_key(name)), code)
        self.places = {agent_key(place) for place in PLACES}
        for place, code in PLACES.items():
            self.by_name.setdefault(agent_key(place), code)

    def code(self, text: str, entity: Entity | None = None, context: tuple[str, ...] = ()) -> str | None:
        """The code of an argument written ``text``, linked to ``entity`` when there is one; ``context`` are
        words said of it in the sentence (a person's title before the name)."""
        if entity is not None and entity.kb_id in self.by_id:
            return self.by_id[entity.kb_id]
        names = [text] + ([entity.name] + [m.text for m in entity.mentions] if entity else [])
        for name in names:
            found = self.by_name.get(agent_key(name))
            if found:
                return found
        roles = [r for r in (entity.roles if entity else ()) if not _relation_role(r)]
        return self.compose([text, *context, *roles])

    def compose(self, phrases: list[str]) -> str | None:
        """Country and sector from the words of ``phrases`` ("المبعوث الأميركي" -> USAGOV)."""
        country = sector = None
        for phrase in phrases:
            for word in phrase.split():
                for key in word_keys(word):
                    found = self.by_name.get(key)
                    if found and country is None and len(found) >= 3:
                        country = found[:3]
                    if sector is None and key in self.agents:
                        sector = self.agents[key]
        if country and sector:
            return country + sector
        return country or sector
