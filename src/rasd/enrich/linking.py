"""Linking an entity to the knowledge base, and its English name.

An entity takes the knowledge-base entry any of its mentions names (longest mention first, type-compatible);
``name_en`` is the entry's English name, else, for people and one-word places, the name spelled by
:class:`rasd.kb.names.NameSpeller` (name-pair dictionary, then the transliteration model).
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.kb.base import KBEntry, KnowledgeBase, alias_key
from rasd.kb.names import NameSpeller


@dataclass(frozen=True)
class Link:
    kb_id: str | None
    name_en: str | None
    type: str | None  # the entry's type, when linked


class Linker:
    def __init__(self, kb: KnowledgeBase, speller: NameSpeller):
        self.kb = kb
        self.speller = speller

    def entry(self, text: str, type_: str) -> KBEntry | None:
        return self.kb.lookup(text, type_)

    def link(self, names: list[str], type_: str, kb_id: str | None = None) -> Link:
        """``names``: the entity's mention texts, longest first; ``kb_id``: an entry already chosen."""
        known = self.kb.entries.get(kb_id) if kb_id else None
        if known:
            return Link(known.id, known.name_en or self._spell(names[0], known.type), known.type)
        for name in names:
            entry = self.kb.lookup(name, type_)
            if entry:
                english = entry.name_en or self._spell(names[0], entry.type)
                return Link(entry.id, english, entry.type)
        return Link(None, self._spell(names[0], type_), None)

    def _spell(self, name: str, type_: str) -> str | None:
        words = alias_key(name).split()
        if type_ == "PER" or (type_ == "LOC" and len(words) == 1):
            return self.speller.name(name.replace("_", " "))
        return None
