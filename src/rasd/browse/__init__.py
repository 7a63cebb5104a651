"""Reading across stored articles: search, entity profiles, related stories, story threads, events.

The HTTP API and the web reader call only these functions, so both show the same answers. Search,
related stories and threads delegate to the search engine and story clustering (``rasd.search``,
``rasd.stories``, kept up to date by the store's write path); entity profiles are still a scan of the store.
"""

from rasd.browse.entities import EntityProfile, entity_key, entity_profile, list_entities
from rasd.browse.events import EventView, find_event
from rasd.browse.related import Related, related
from rasd.browse.search import Filters, SearchHit, SearchResults, search
from rasd.browse.threads import Thread, find_thread, list_threads

__all__ = [
    "EntityProfile", "EventView", "Filters", "Related", "SearchHit", "SearchResults", "Thread",
    "entity_key", "entity_profile", "find_event", "find_thread", "list_entities", "list_threads", "related",
    "search",
]
