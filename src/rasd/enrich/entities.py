"""Stage ``entities``: who and what the article names, one entity per referent, linked and named in English.

Tagging covers the body (``Article.text``) and the page parts around it (kicker, headline, deck, image
captions); photo credits and the dateline's place and agency are entities by position. Body mentions carry
offsets into ``Article.text`` (``Entity.mentions``); mentions elsewhere on the page are ``page_mentions`` with
the field they are in and offsets into that field, so ``Entity.mentions`` offsets stay exact for the stages
that point into the body. The stage does no I/O: its tagger, knowledge base and speller are loaded by
:func:`make_stage` (the shipped seed plus the user's entries in the configured store, when it exists).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rasd.config import Config
from rasd.enrich.linking import Linker
from rasd.enrich.mentions import Found, find_mentions, scan_known, sentence_tokens, widen
from rasd.enrich.resolve import Cluster, group, roles
from rasd.kb.base import SCANNED, KnowledgeBase, alias_key
from rasd.kb.names import NameSpeller
from rasd.model import Article, Entity, Mention, PageMention
from rasd.ner.tagger import Tagger


class EntitiesStage:
    name = "entities"
    version = "1"
    requires = frozenset({"text"})
    provides = frozenset({"entities"})

    def __init__(self, tagger: Tagger, linker: Linker):
        self.tagger = tagger
        self.linker = linker

    def __call__(self, article: Article) -> Article:
        found = self._tagged(article) + self._by_position(article)
        linked = [(where, f, self._kb_id(f, lookup)) for where, f, lookup in found]
        named: dict[int, set[int]] = {}
        for _, f, _ in found:
            named.setdefault(id(f.tokens), set()).update(range(f.first, f.last))
        entities = tuple(self._entity(i, c, named) for i, c in enumerate(group(linked), 1))
        return replace(article, entities=entities)

    def _tagged(self, article: Article) -> list[tuple[str, Found, str]]:
        fields = [("text", article.text), ("kicker", article.kicker), ("headline", article.headline),
                  ("deck", article.deck)]
        fields += [(f"images[{i}].caption", image.caption) for i, image in enumerate(article.images)]
        fields = [(where, value, sentence_tokens(value)) for where, value in fields if value]
        first = [(where, value, tokens, self._mentions(value, tokens)) for where, value, tokens in fields]
        names = _document_names(f for *_, found in first for f in found)
        starts = {key.split(" ")[0] for key in names}
        vocabulary = self.tagger.lexicon.vectors
        out = []
        for where, value, tokens, found in first:
            again = scan_known(value, tokens, lambda name: names.get(alias_key(name)), starts, vocabulary)
            out += [(where, f, f.text) for f in _merge(found, again)]
        return out

    def _mentions(self, text: str, tokens) -> list[Found]:
        """Tagged mentions widened to known names, then names of the precise KB lists the tagger missed."""
        vocabulary = self.tagger.lexicon.vectors
        tagged = _distinct(widen(f, text, self._known, vocabulary) for f in find_mentions(text, self.tagger, tokens))
        return _merge(tagged, scan_known(text, tokens, self._listed, self.linker.kb.scan_starts, vocabulary))

    def _listed(self, name: str) -> str | None:
        entry = self.linker.kb.scanned(name)
        return entry.type if entry else None

    def _known(self, name: str) -> str | None:
        """The type of a multi-word name of a place or organization the knowledge base holds, else None."""
        entry = self.linker.kb.lookup(name)
        return entry.type if entry and entry.type != "PER" else None

    def _by_position(self, article: Article) -> list[tuple[str, Found, str]]:
        """Photo credits and the dateline: entities because of where they stand on the page."""
        out = []
        for i, image in enumerate(article.images):
            if image.credit:
                entry = self.linker.entry(image.credit, "ORG")
                out.append((f"images[{i}].credit", _whole(image.credit, entry.type if entry else "ORG"), image.credit))
        dateline = article.dateline
        if dateline and dateline.place:
            out.append(("dateline.place", _whole(dateline.place, "LOC"), dateline.place))
        if dateline and dateline.agency:
            source = article.source.name or ""
            lookup = source if source.startswith(dateline.agency) else dateline.agency
            out.append(("dateline.agency", _whole(dateline.agency, "ORG"), lookup))
        return out

    def _kb_id(self, found: Found, lookup: str) -> str | None:
        entry = self.linker.entry(lookup, found.type)
        return entry.id if entry else None

    def _entity(self, number: int, cluster: Cluster, named: dict[int, set[int]]) -> Entity:
        members = cluster.members
        body = tuple(Mention(f.start, f.end, f.text) for where, f in members if where == "text")
        page = tuple(PageMention(where, f.start, f.end, f.text) for where, f in members if where != "text")
        names = sorted((_display(f) for _, f in members), key=lambda n: -len(alias_key(n).split()))
        link = self.linker.link(names, cluster.type, cluster.kb_id)
        entry = self.linker.kb.entries.get(link.kb_id) if link.kb_id else None
        kind = entry.type if entry and entry.source in SCANNED else cluster.type  # precise lists know the type
        return Entity(id=f"e{number}", type=kind, name=names[0], mentions=tuple(sorted(body, key=_start)),
                      name_en=link.name_en, kb_id=link.kb_id, roles=_roles(members, named) if kind == "PER" else (),
                      page_mentions=page)


def _roles(members, named: dict[int, set[int]]) -> tuple[str, ...]:
    """Roles of a person from every mention, body first, each once, in reading order."""
    found: list[str] = []
    for _, f in sorted(members, key=lambda m: (m[0] != "text", m[1].start)):
        for role in roles(f, named.get(id(f.tokens), set())):
            if role not in found:
                found.append(role)
    return tuple(found)


def _distinct(found) -> list[Found]:
    """Mentions in order without overlaps (two tagged pieces widened to one name count once)."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if not out or f.start >= out[-1].end:
            out.append(f)
    return out


def _merge(kept: list[Found], extra: list[Found]) -> list[Found]:
    """``kept`` plus the ``extra`` mentions that overlap none of them."""
    return _distinct(kept + [f for f in extra if not any(f.start < k.end and k.start < f.end for k in kept)])


def _document_names(found) -> dict[str, str]:
    """Alias key -> type of every name tagged somewhere on the page, and the surname of every person named
    with two words or more: other occurrences of them in the article are mentions too (one sense per page)."""
    names: dict[str, str] = {}
    for f in found:
        key = alias_key(f.text)
        if len(key) >= 3:
            names.setdefault(key, f.type)
        words = key.split(" ")
        if f.type == "PER" and len(words) > 1 and len(words[-1]) >= 3:
            names.setdefault(words[-1], "PER")
    return names


def _start(m: Mention) -> int:
    return m.start


def _whole(value: str, type_: str) -> Found:
    return Found(type_, 0, len(value), value, (), 0, 0)


def _display(found: Found) -> str:
    return "ال" + found.text if found.article_dropped else found.text


def load_knowledge_base(config: Config) -> KnowledgeBase:
    """The shipped seed plus the user's entries in the configured store (read only; none if it does not exist)."""
    kb = KnowledgeBase.load()
    if Path(config.db).is_file():
        from rasd.store.kb import read_user_entries

        kb = kb.with_entries(read_user_entries(config.db))
    return kb


def make_stage(config: Config) -> EntitiesStage:
    return EntitiesStage(Tagger.load(), Linker(load_knowledge_base(config), NameSpeller.load()))
