"""The shapes ``train/no_candidate.py --shapes`` counts (``train/candidate_shapes.py``), read on
articles written here: a run of quote-only paragraphs after the paragraph that introduced its
speaker, and a document that speaks ("the memo said")."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.context import ArticleReading
from corpus.quotes.spans import find_quote_spans
from train.candidate_shapes import Reading, document, document_owner, lead
from train.polnear_examples import Example

RUN = (
    "Council weighs the library budget\n\n"
    "Mayor Dana Okafor spoke for an hour about the budget at Tuesday's meeting of the council.\n\n"
    "“We will not close a single branch.”\n\n"
    "“Every library in this city stays open on Saturdays.”\n\n"
    "The council votes on the plan next week."
)


def _reading(text: str) -> tuple[Reading, str]:
    article = article_from_text("a.txt", Path("a.txt"), text)
    spans = find_quote_spans(article)
    return Reading(ArticleReading.of(article, spans), spans), article.text


def _quote(text: str, words: str, rules: tuple[int, int] | None = None) -> Example:
    start = text.index(words)
    return Example(
        "a.txt", 0, [], [], False, "no cue", [], [], True, [], (start, start + len(words)), [], rules, []
    )


def _written(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_the_second_quote_of_a_run_is_led_by_the_paragraph_that_introduced_it() -> None:
    reading, text = _reading(RUN)
    found = _written(text, lead(reading, _quote(text, "Every library in this city stays open on Saturdays.")))
    assert len(found) == 1 and found[0].endswith("Dana Okafor")


def test_a_quote_with_words_of_its_own_around_it_has_no_lead() -> None:
    own = "“We will not close a single branch,” she said."
    body = RUN.replace("“We will not close a single branch.”", own)
    reading, text = _reading(body)
    assert lead(reading, _quote(text, "We will not close a single branch,")) == []


def test_no_lead_where_the_rules_read_a_speaker_after_the_quote() -> None:
    reading, text = _reading(RUN)
    after = text.index("The council votes")
    quote = _quote(text, "Every library in this city stays open on Saturdays.", (after, after + 11))
    assert lead(reading, quote) == []


def test_a_plural_pronoun_leads_no_run() -> None:
    body = RUN.replace(
        "Mayor Dana Okafor spoke for an hour about the budget at Tuesday's meeting of the council.",
        "They waited for hours outside the hall before the doors opened.",
    )
    reading, text = _reading(body)
    assert lead(reading, _quote(text, "Every library in this city stays open on Saturdays.")) == []


def test_a_document_as_the_subject_of_a_cue_and_its_owner() -> None:
    body = (
        "Budget memo leaks\n\n"
        "The memo said the city would “trim hours, not branches” next year, "
        "and her campaign ad repeats that “no branch will close.”"
    )
    reading, text = _reading(body)
    assert _written(text, document(reading, _quote(text, "trim hours, not branches"))) == ["The memo"]
    assert _written(text, document_owner(reading, _quote(text, "no branch will close."))) == ["her"]
