"""English attribution patterns (said, told, added, according to, declined to comment)."""

from __future__ import annotations

from rasd.enrich.quotes import extract_quotes
from rasd.model import Article, Block


def quotes(*paragraphs: str):
    blocks, offset = [], 0
    for p in paragraphs:
        blocks.append(Block("paragraph", p, offset, offset + len(p)))
        offset += len(p) + 2
    a = Article(id="t", text="\n\n".join(paragraphs), blocks=tuple(blocks), language="en")
    found = extract_quotes(a)
    for q in found:
        assert a.text[q.start:q.end] == q.content
    return found


def test_subject_said_that():
    (q,) = quotes("White House press secretary Josh Earnest said on Monday that the talks would resume.")
    assert (q.speaker.text, q.speaker.kind, q.content) == ("White House press secretary Josh Earnest", "named",
                                                           "the talks would resume")


def test_content_first_then_pronoun_resolved_to_the_last_speaker():
    _first, q = quotes("Senator Jane Roe said the bill was dead.", "The vote will not happen this year, she said.")
    assert q.content == "The vote will not happen this year"
    assert (q.speaker.text, q.speaker.antecedent.text) == ("she", "Senator Jane Roe")


def test_inverted_direct_quote():
    (q,) = quotes("“We will not back down,” said Maria Lopez, the union's president.")
    assert (q.form, q.content, q.speaker.text) == ("direct", "We will not back down", "Maria Lopez")


def test_told_an_outlet_is_via_and_officials_are_anonymous():
    (q,) = quotes("Two senior officials told Reuters that the plan had been shelved.")
    assert (q.speaker.text, q.speaker.kind, q.via, q.content) == (
        "Two senior officials", "anonymous_official", "Reuters", "the plan had been shelved")


def test_according_to_both_ways():
    first, second = quotes("According to the ministry, 40 people were injured.",
                           "The border was closed overnight, according to local police.")
    assert (first.speaker.text, first.content) == ("the ministry", "40 people were injured")
    assert (second.speaker.text, second.content) == ("local police", "The border was closed overnight")


def test_declined_to_comment_and_denial():
    silent, denied = quotes("A spokesman for the company declined to comment.",
                            "The mayor denied that he had met the developer.")
    assert (silent.form, silent.speaker.text) == ("no_comment", "A spokesman for the company")
    assert denied.denial and denied.content == "he had met the developer"


def test_noun_uses_of_cue_words_are_not_attributions():
    assert quotes("Several states reported record turnout in the primaries last year as notes piled up.") == [
    ] or all(q.cue != "states" for q in quotes("Several states reported record turnout."))
