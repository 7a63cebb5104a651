"""Knowledge-base entries, alias keys, and the in-memory knowledge base the ``entities`` stage links against.

The shipped seed (``rasd/models/kb``: ``entities.tsv``, ``aliases.tsv``) is built by ``training/kb.py`` from
the gazetteers (countries with ISO codes, the Arabic CAMEO actor dictionary) and a hand-checked list of
well-known organizations and people (``training/data/kb-curated.tsv``). Users' additions live in the store
(``rasd kb add``/``import``) and are layered on top with :meth:`KnowledgeBase.with_entries`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rasd.errors import RasdError
from rasd.ner.text import word_key

TYPES = ("PER", "ORG", "LOC", "FAC", "MISC")
# Which seed wins when one alias names several entries: the user, then the hand-checked list, then the lists.
PRIORITY = {"user": 0, "curated": 1, "country": 2, "cameo": 3, "auto": 4}
# Entries whose names are worth finding in text even where the tagger saw nothing (precise lists only).
SCANNED = frozenset({"user", "curated", "country"})


@dataclass(frozen=True, slots=True)
class KBEntry:
    id: str
    type: str
    name_en: str | None
    name_ar: str | None
    aliases: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()  # ISO 3166 / CAMEO codes
    source: str = "user"


def alias_key(text: str) -> str:
    """Tokens folded (:func:`word_key`), each without the article (ال, لل) and with nisba -يه read as -ي."""
    keys = []
    for token in text.replace("_", " ").replace("-", " ").split():
        key = word_key(token)
        for article in ("وال", "بال", "لل", "ال"):
            if key.startswith(article) and len(key) - len(article) >= (2 if article == "ال" else 3):
                key = key[len(article):]
                break
        if key.endswith("يه") and len(key) > 4:
            key = key[:-1]
        if key:
            keys.append(key)
    return " ".join(keys)


class KnowledgeBase:
    """Entries by id and by alias key. Immutable once built; ``with_entries`` makes an extended copy."""

    def __init__(self, entries: Iterable[KBEntry]):
        self.entries: dict[str, KBEntry] = {}
        self._aliases: dict[str, list[str]] = {}
        self.scan_starts: set[str] = set()  # first words of the aliases of SCANNED entries
        for entry in entries:
            self._add(entry)

    def _add(self, entry: KBEntry) -> None:
        self.entries[entry.id] = entry
        for alias in {alias_key(a) for a in (entry.name_ar, entry.name_en, *entry.aliases) if a}:
            if entry.source in SCANNED and len(alias) >= 3:
                self.scan_starts.add(alias.split(" ")[0])
            ids = self._aliases.setdefault(alias, [])
            if entry.id not in ids:
                ids.append(entry.id)
                ids.sort(key=lambda i: PRIORITY.get(self.entries[i].source, 9))

    def with_entries(self, entries: Iterable[KBEntry]) -> KnowledgeBase:
        kb = KnowledgeBase(self.entries.values())
        for entry in entries:
            kb._add(entry)
        return kb

    def scanned(self, text: str) -> KBEntry | None:
        """The entry of a precise list (user, curated, country) that ``text`` names exactly, else None."""
        key = alias_key(text)
        for entry_id in self._aliases.get(key, ()) if len(key) >= 3 else ():
            if self.entries[entry_id].source in SCANNED:
                return self.entries[entry_id]
        return None

    def lookup(self, text: str, type_: str | None = None) -> KBEntry | None:
        """The best entry an alias names (of ``type_`` when given), or None."""
        for entry_id in self._aliases.get(alias_key(text), ()):
            entry = self.entries[entry_id]
            if type_ is None or entry.type == type_ or {entry.type, type_} <= {"LOC", "ORG"}:
                return entry
        return None

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def load(cls, directory: Path | None = None) -> KnowledgeBase:
        """The shipped seed knowledge base."""
        directory = directory or Path(str(resources.files("rasd.models").joinpath("kb")))
        try:
            return cls(read_entries(directory / "entities.tsv"))
        except (OSError, ValueError) as exc:
            raise RasdError("E101", f"cannot load the knowledge base from {directory}: {exc}") from None


COLUMNS = ("id", "type", "name_en", "name_ar", "aliases", "codes", "source")


def entry_to_row(entry: KBEntry) -> str:
    values = (entry.id, entry.type, entry.name_en or "", entry.name_ar or "", "|".join(entry.aliases),
              "|".join(entry.codes), entry.source)
    return "\t".join(v.replace("\t", " ") for v in values)


def entry_from_row(row: str) -> KBEntry:
    id_, type_, name_en, name_ar, aliases, codes, source = row.split("\t")
    return KBEntry(id_, type_, name_en or None, name_ar or None, tuple(a for a in aliases.split("|") if a),
                   tuple(c for c in codes.split("|") if c), source)


def read_entries(path: Path) -> list[KBEntry]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [entry_from_row(line) for line in lines[1:] if line.strip()]


def write_entries(path: Path, entries: Iterable[KBEntry]) -> None:
    rows = ["\t".join(COLUMNS)] + [entry_to_row(e) for e in entries]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
