"""Connecting articles: near-duplicate groups (:mod:`rasd.stories.dups`, datasketch MinHash LSH), related
stories with their reasons (:mod:`rasd.stories.score`) and incremental story threads (:mod:`rasd.stories.threads`),
kept by the SQLite store's write path (:mod:`rasd.stories.sqlite`). ``rasd.browse`` serves them."""
