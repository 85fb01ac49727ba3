"""Candidates the mention reader once missed (h-acc15): "it" as the subject of a verb of saying ("what
it calls “…”"), and the speaker of a paragraph ending with a colon for the quotes in the paragraphs
under it ("Roe wrote:" and the quoted paragraphs below, farther than the candidates' window)."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes
from corpus.quotes.candidates import WINDOW, read_mentions
from corpus.quotes.context import ArticleReading
from corpus.quotes.features import article_candidates
from corpus.quotes.spans import find_quote_spans


def pronouns(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in read_mentions(text, 0, len(text)) if kind == "pronoun"]


def test_it_before_a_verb_of_saying_is_a_pronoun_candidate() -> None:
    assert pronouns("The league backs what it calls fair play.") == ["it"]
    assert pronouns("The charter is old, but it also states a rule.") == ["it"]
    assert pronouns("It said the talks would resume.") == ["It"]


def test_it_before_any_other_word_is_no_candidate() -> None:
    assert pronouns("The league backs it and calls for fair play.") == []
    assert pronouns("It was raining when the talks resumed.") == []


BLOCK = (
    "Bridge plan stalls in Dayton\n\n"
    "The council met again on Monday without a vote on the bridge. Mayor Jane Roe, who has pressed"
    " for the new crossing since her first term, wrote on her website:\n\n"
    "The city has waited long enough for a new bridge. The council has argued about its cost for"
    " years while traffic on the old one grows every month, the repairs keep failing, and each of"
    " them costs more than the last one that the engineers and the state had planned for.\n\n"
    "That is why the repairs are no more than a “stopgap that fails every winter” for a city of"
    " this size.\n\n"
    "The council will meet again next week."
)


def candidate_texts(text: str) -> list[tuple[str, list[str]]]:
    article = article_from_text("a.txt", Path("a.txt"), text)
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans)
    found = article_candidates(reading, spans, [None] * len(spans), [None] * len(spans), [True] * len(spans))
    out = []
    for cands in found:
        assert cands is not None
        out.append(
            (
                " | ".join(article.text[c.start : c.end] for c in cands),
                [article.text[c.start : c.end] for c in cands if c.has("colon_head")],
            )
        )
    return out


def test_the_speaker_of_a_colon_paragraph_is_a_candidate_for_the_quotes_below_it() -> None:
    text = BLOCK
    assert text.index("“") - text.index("Jane Roe") > WINDOW  # beyond the window before the quote
    [(_, heads)] = candidate_texts(text)
    assert "Mayor Jane Roe" in heads


def test_a_paragraph_with_no_colon_gives_no_head() -> None:
    [(_, heads)] = candidate_texts(BLOCK.replace("wrote on her website:", "wrote on her website."))
    assert heads == []


def test_a_colon_paragraph_farther_than_three_paragraphs_gives_no_head() -> None:
    far = BLOCK.replace("\n\nThat is why", "\n\nOne.\n\nTwo.\n\nThree.\n\nThat is why")
    [(_, heads)] = candidate_texts(far)
    assert heads == []


def test_the_colon_paragraphs_speaker_is_chosen_for_a_quote_far_below() -> None:
    article = article_from_text("a.txt", Path("a.txt"), BLOCK)
    quotes, _ = find_quotes([article])
    assert [(q.text, q.speaker) for q in quotes] == [("stopgap that fails every winter", "Jane Roe")]
