"""Topic classification: IPTC Media Topics top-level labels for an article, learned from the ANT corpora.

- :mod:`rasd.topics.labels`: the IPTC codes used, the mapping from corpus categories, the conflict lexicon.
- :mod:`rasd.topics.features`: article text -> stemmed unigram and bigram terms (the Arabic core's analyzer).
- :mod:`rasd.topics.model`: the shipped model (vocabulary, idf, one logistic scorer per label), numpy only.
- :mod:`rasd.topics.fit`: training with partly known labels (masked one-vs-rest logistic regression).
- :mod:`rasd.topics.corpus`: reading ANT v1.1 / v2.1 from ``../shared`` (training and benchmarks only).

docs/topics.md describes the labels, how each is learned and how well (bench/topics.py).
"""
