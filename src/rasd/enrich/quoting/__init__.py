"""Attribution (who said what) for the ``quotes`` stage.

The stage module :mod:`rasd.enrich.quotes` drives these parts:

- :mod:`.textview` — a sentence of the article as a folded string with a map back to ``Article.text`` offsets;
- :mod:`.lexicon_ar`, :mod:`.lexicon_en` — reporting cues and the nouns that type a speaker;
- :mod:`.arabic`, :mod:`.english` — cue-anchored patterns that find attributions in one sentence;
- :mod:`.speakers` — the speaker phrase grammar (where a speaker ends, its kind, affiliation, via outlet);
- :mod:`.resolve` — implicit speakers, definite anaphora, entity links and the sourcing profile.
"""
