"""The features a candidate has in its quote's own sentence (a verb's object set off before a
participle cue, a passive cue's subject) are the mention's, whichever quote of the sentence asks:
read once per article (``features.OwnSentence``) and given to every quote whose sentence holds the
mention, never to one whose sentence does not. On sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.attribution import attribute
from corpus.quotes.candidates import Candidate
from corpus.quotes.context import ArticleReading
from corpus.quotes.features import article_candidates
from corpus.quotes.spans import find_quote_spans


def candidates(body: str) -> tuple[str, list[list[Candidate]]]:
    """The article's text and the candidates of each of its quotes, every quote asked."""
    article = article_from_text("a.txt", Path("a.txt"), "Council votes on the budget\n\n" + body)
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans)
    atts = attribute(article, spans, reading).quotes
    rules = [(att.mention.start, att.mention.end) if att.mention else None for att in atts]
    every = article_candidates(reading, spans, rules, [att.name for att in atts], [True] * len(spans))
    return article.text, [found or [] for found in every]


def marked(text: str, cands: list[Candidate], written: str, feature: str) -> bool:
    """Whether the candidate written so (the first with that text) has the feature."""
    return next(c for c in cands if text[c.start : c.end] == written).has(feature)


def test_a_verbs_object_is_marked_for_each_quote_of_its_sentence() -> None:
    body = (
        "Mayor Anna Lindqvist thanked Tomas Berg, saying he had worked hard. "
        "Lindqvist then went after Berg, calling his plan “reckless” and his figures “made up.”"
    )
    text, (first, second) = candidates(body)
    for cands in (first, second):
        assert marked(text, cands, "Berg", "verb_object_set_off")  # "went after Berg, calling"
        assert not marked(text, cands, "Tomas Berg", "verb_object_set_off")  # the sentence before
        assert not marked(text, cands, "Lindqvist", "verb_object_set_off")  # the subject


def test_a_passive_cues_subject_is_marked_only_in_its_own_sentence() -> None:
    body = (
        "Councillor Maria Lopez was asked about the delay. "
        "She was told by aides, “Wait a week,” and later, “Wait a month.”\n\n"
        "Lopez said on Friday: “We will not wait.”"
    )
    text, (week, month, friday) = candidates(body)
    for cands in (week, month):
        assert marked(text, cands, "She", "passive_subject")  # "She was told …, “…”"
        assert not marked(text, cands, "Councillor Maria Lopez", "passive_subject")  # the sentence before
    assert not any(c.has("passive_subject") for c in friday)  # her own cue, active
