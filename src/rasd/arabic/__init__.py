"""Arabic text core: normalization with offset maps, sentences and tokens, light stemming, the search
analyzer, numbers and time expressions. No GPL code, no models, no downloads.

Public API (stable; each module's docstring has examples):

- :func:`rasd.arabic.normalize.normalize` ``(text, folds=MATCH) -> Normalized`` (``.text``, ``.to_original(start, end)``,
  ``.offsets``); :func:`~rasd.arabic.normalize.fold` ``(text, folds=MATCH) -> str``; presets ``MATCH`` and ``SEARCH``.
- :func:`rasd.arabic.tokenize.sentences` ``(text) -> list[Sentence]``; :func:`~rasd.arabic.tokenize.tokenize`
  ``(text, clitics=False, counts=None) -> list[Token]`` (``text, start, end, kind``).
- :func:`rasd.arabic.clitics.split_clitics` ``(word, start=0, counts=None) -> list[Token]``;
  :meth:`~rasd.arabic.clitics.WordCounts.load` (shipped word counts, load once and pass along).
- :func:`rasd.arabic.stem.stem` ``(word, algorithm=DEFAULT) -> str``; :func:`~rasd.arabic.stem.stemmer`.
- :class:`rasd.arabic.analyzer.Analyzer` ``().terms(text) -> list[str]``, ``.spans(text) -> list[Term]``, ``.key``.
- :mod:`rasd.arabic.numbers` and :mod:`rasd.arabic.temporal`: values of numbers and time expressions with spans.
- :mod:`rasd.arabic.calendar`: month and weekday names, digits in every script.

docs/arabic.md gives the conventions (folds, time values) and where each figure is measured.
"""
