"""The ask gate's quick sum (``corpus.quotes.ask_gate.gated``: the weightiest traits summed as read,
the others read only where they can tip the sum) answers as the whole sum of its traits does, and a
quote signed on the line after it is not the gate's to ask. On an article written for this test."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.ask_gate import gate_traits, gated, shipped_gate
from corpus.quotes.attribution import attribute
from corpus.quotes.context import ArticleReading
from corpus.quotes.rerank import gap_to_quote, reading_kind
from corpus.quotes.spans import find_quote_spans

OPENING = "Rally in Dover\n\nSenator Jane Roe spoke first at the town hall in Dover on Monday.\n\n"


def test_the_quick_sum_answers_as_the_whole_sum_of_traits() -> None:
    text = (
        OPENING + "“We will fix the roads,” Roe said.\n\n"
        "When Mayor Tom Hale finally wrapped up — “I will fight for you!” — the crowd cheered.\n\n"
        "“It is a good day,” said Hale’s wife, Ann.\n\n"
        "Roe told reporters: “The bridges come next.” She added that “the money is there.”\n\n"
        "“Nothing changed today.”\n\n- Jane Roe.\n"
    )
    article = article_from_text("a.txt", Path("a.txt"), text)
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans)
    rules = attribute(article, spans, reading).quotes
    gate = shipped_gate()
    answers = []
    previous = None
    for k, (span, att) in enumerate(zip(spans, rules, strict=True)):
        m = att.mention
        route = reading_kind(att)
        quick = gated(gate, reading, spans, k, att, previous, route)
        if m is not None and att.cue is not None and text[att.cue[0]].isalpha():
            gap = gap_to_quote(m.start, m.end, span)
            assert quick == gate.asks(gate_traits(reading, spans, k, att, previous, route, gap))
        else:
            assert not quick  # no mention with a cue, or a signature's dash: not the gate's to ask
        answers.append(quick)
        previous = att
    assert len(answers) == len(spans) >= 6
    assert not answers[-1]  # the signed quote
