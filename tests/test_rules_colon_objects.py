"""A colon heading a quote gives it to the clause's subject, not to an object in that clause (issue
15), on sentences written for these tests: "The warden gave a warning to the officers who will guard
Okafor: “…”" is the warden's, not Okafor's, nor the officers'; a subject of a clause of its own, an
owner of the words quoted, or a name with no subject and verb before it may still be the speaker."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.colon_heads import head_over_own_cue
from corpus.quotes.colon_objects import colon_clause, colon_objects
from corpus.quotes.context import ArticleReading
from corpus.quotes.spans import find_quote_spans
from tests.article_reads import ranker_read, speakers_and_mentions


def _objects(body: str, k: int = 0) -> tuple[list[str], list[str]]:
    """The candidates of the ``k``-th quote of an article of ``body`` that are objects in the clause of
    a colon heading it, and those that are not, as written."""
    read = ranker_read(body, k)
    flags = colon_objects(read.reading, read.spans[k], read.cands)
    written = [read.text[c.start : c.end] for c in read.cands]
    return [w for w, f in zip(written, flags, strict=True) if f], [
        w for w, f in zip(written, flags, strict=True) if not f
    ]


def test_objects_after_the_subjects_verb_are_no_speakers() -> None:
    objects, others = _objects(
        "Warden Lena Marsh spoke after the hearing.\n\n"
        "The warden gave a warning to the officers who will guard Okafor:\n\n"
        "“Never turn your back on him.”"
    )
    assert objects == ["the officers", "Okafor"]  # a preposition's object, a relative clause's
    assert any(w.startswith("The warden") for w in others)  # the clause's subject
    objects, others = _objects(
        "The governor has taken the line common among some Democrats in Ohio: “We cannot wait.”"
    )
    assert objects and all("Democrats" in w or "Ohio" in w for w in objects)  # prepositions' objects
    assert any(w.startswith("The governor") for w in others)


def test_a_subject_owner_or_unheaded_name_may_still_be_the_speaker() -> None:
    # a relative clause's own subject, and a name a verb of its own follows
    _, others = _objects("She said the plan was sound, to which Patel retorted: “It is a mess.”")
    assert "Patel" in others
    _, others = _objects("The rally went on late, with Brennan reportedly shouting: “Lock the doors!”")
    assert "Brennan" in others
    # an owner of the words quoted
    _, others = _objects("The board showed a blind faith in Garner’s promise: “Nobody will lose a job.”")
    assert "Garner" in others
    # no subject and verb before the preposition: "according to", a role's owner
    objects, _ = _objects("According to Holloway: “The bridge is safe.”")
    assert objects == []
    objects, _ = _objects("A spokesman for Senator Ruth Adler could only say: “No comment.”")
    assert objects == []
    # no colon heads the quote
    objects, _ = _objects("The warden gave a warning to the officers who guard Okafor, “Never relax.”")
    assert objects == []


def test_the_clause_runs_from_its_sentences_start_to_the_colon() -> None:
    text = "Title\n\nIt rained. The coach spoke with reporters:\n\n“We were lucky.”"
    article = article_from_text("a.txt", Path("a.txt"), text)
    spans = find_quote_spans(article)
    clause = colon_clause(ArticleReading.of(article, spans), spans[0])
    assert clause is not None
    assert article.text[clause.start : clause.colon + 1] == "The coach spoke with reporters:"


def _heads_over_cue(body: str, k: int = 0) -> list[str]:
    """The candidates of the ``k``-th quote of an article of ``body`` that head a colon above it where
    the quote's own sentence has the rules' cue (``colon_heads.head_over_own_cue``), as written."""
    read = ranker_read(body, k)
    span, att = read.spans[k], read.rules[k]
    return [read.text[c.start : c.end] for c in read.cands if head_over_own_cue(read.reading, span, att, c)]


def test_a_colons_head_above_is_no_speaker_of_a_quote_its_own_sentence_gives() -> None:
    body = (
        "According to Tomas Brandt, writing for the Valley Courier:\n\n"
        "The trust “took in as much as $12 million in gifts” from firms abroad, the Courier reported."
    )
    assert "Tomas Brandt" in _heads_over_cue(body)  # (and the other mentions heading the colon)
    # a quote opening its paragraph under the colon: a quoted block, the head may be its speaker
    block = "According to Tomas Brandt, writing for the Valley Courier:\n\n“The trust is broke,” he wrote."
    assert _heads_over_cue(block) == []
    # the quote's cue in another sentence: the head may be its speaker too
    apart = (
        "According to Tomas Brandt, writing for the Valley Courier:\n\n"
        "The Courier reported on it. The trust “took in as much as $12 million in gifts” from firms."
    )
    assert _heads_over_cue(apart) == []


def test_the_ranker_asked_does_not_give_the_quote_to_an_object_before_the_colon() -> None:
    body = (
        "A judge on Friday sentenced the man who escaped from the county jail to two life terms.\n\n"
        "“We learned a great deal from this and must make sure it never happens again,” said Sheriff "
        "Tom Keller.\n\n"
        "The judge offered advice for the jail guards who will watch Okafor:\n\n"
        "“Do not trust Mr. Okafor ever again.\n\nEver again.”"
    )
    said = speakers_and_mentions(body)
    assert len(said) == 2
    # the ask gate asks the ranker about the second quote, which likes the name nearest the colon;
    # Okafor is an object in the colon's clause, so the rules' answer stands
    assert "Okafor" not in (said[1][0] or "") and "Okafor" not in (said[1][1] or "")
