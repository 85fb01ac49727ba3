"""An article's sentences are made where they are first read, not by the parse: ``storydiff quotes``
and ``list`` never read them. Whenever they are made, they are the sentences the parse would have made."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

from corpus.cache import Cache
from corpus.ingest.article_bytes import article_bytes, article_from_bytes
from corpus.ingest.load import article_from_text, load_corpus
from corpus.ingest.meta import describe
from corpus.ingest.structure import build_blocks, split_paragraphs
from corpus.model import Article, Blocks, LaterSentences
from corpus.quotes.readings import reading_key

_TEXT = """Share on Facebook

Harbour Board Votes to Close the Old Ferry Pier

By Mara Quint, Coastal Wire

The harbour board voted on Tuesday to close the old ferry pier for good. Repairs had been put off for
years, and the engineers' report found the piles rotten through. "We cannot ask anyone to stand on
it," said Dr. Ines Valk, who chairs the board. The vote was 5 to 2.

Residents of the east shore, who used the pier to reach the market by boat, asked what would
replace it. The board said a new landing at St. Agnes Quay would open in the spring! Who pays for
it is not settled yet? [Photo: Lena Oort]

[Coastal Wire]
"""


def _sentences_as_parsed(text: str) -> list[tuple[int, int, str, int]]:
    """The sentences the parse made of ``text`` before they were left to be made later."""
    spans = split_paragraphs(text)
    kinds = describe(text, spans, scraped=True).kinds
    return build_blocks(text, spans, kinds)[1].rows()


def test_the_parse_leaves_the_sentences_to_be_made_and_they_are_the_same_when_read() -> None:
    article = article_from_text("pier.txt", Path("pier.txt"), _TEXT)
    assert isinstance(article.sentences_as_given(), LaterSentences)
    assert article.later_sentences() is not None
    rows = article.sentences.rows()
    assert rows == _sentences_as_parsed(_TEXT)
    assert not isinstance(article.sentences_as_given(), LaterSentences)  # made once, then kept
    assert article.later_sentences() is None
    # the abbreviations and the question mark are read as the parse reads them
    texts = [_TEXT[start:end] for start, end, _, _ in rows]
    assert any(t.startswith('"We cannot ask anyone') for t in texts)
    assert any(t.startswith("The board said a new landing at St. Agnes Quay") for t in texts)
    assert "[Coastal Wire]" in texts


def test_the_cache_keeps_sentences_not_made_as_not_made_and_reads_them_back_the_same() -> None:
    later = article_from_text("pier.txt", Path("pier.txt"), _TEXT)
    made = article_from_text("pier.txt", Path("pier.txt"), _TEXT)
    made.sentences.rows()  # read: made now
    data_later, data_made = article_bytes(later), article_bytes(made)
    assert len(data_later) == len(data_made) - len(made.sentences.to_bytes())
    back = article_from_bytes(data_later, Path("pier.txt"))
    assert back.later_sentences() is not None
    assert back == made and back.sentences == made.sentences
    assert article_from_bytes(data_made, Path("pier.txt")).later_sentences() is None


def test_sentences_of_paragraphs_changed_since_the_parse_are_those_of_the_parse() -> None:
    article = article_from_text("pier.txt", Path("pier.txt"), _TEXT)
    parsed = _sentences_as_parsed(_TEXT)
    # relabelled as the loader relabels repeated chrome: the paragraphs are new, the sentences not yet
    article.paragraphs = [
        replace(p, kind="boilerplate") if p.kind == "title" else p for p in article.paragraphs
    ]
    assert article.later_sentences() is None  # not of these paragraphs: the cache is given them made
    assert article.sentences.rows() == parsed
    back = article_from_bytes(article_bytes(article), Path("pier.txt"))
    assert back.sentences.rows() == parsed


def test_a_quote_reading_is_keyed_alike_whether_the_sentences_were_made_or_not() -> None:
    later = article_from_text("pier.txt", Path("pier.txt"), _TEXT)
    made = article_from_text("pier.txt", Path("pier.txt"), _TEXT)
    made.sentences.rows()
    assert reading_key(later) == reading_key(made)
    assert later.later_sentences() is not None  # (the key made none)


def test_an_article_with_sentences_to_make_survives_pickling() -> None:
    article = article_from_text("pier.txt", Path("pier.txt"), _TEXT)
    copy = pickle.loads(pickle.dumps(article))
    assert isinstance(copy, Article) and copy.later_sentences() is not None
    assert copy.sentences.rows() == _sentences_as_parsed(_TEXT)


def test_a_warm_load_gives_the_sentences_of_a_cold_one(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "pier.txt").write_text(_TEXT, encoding="utf-8")
    (folder / "pier-copy.txt").write_text(_TEXT, encoding="utf-8")  # the same text: parsed once
    (folder / "short.txt").write_text(
        "Ferry pier closed\n\nThe pier is shut. No boats land.\n", encoding="utf-8"
    )
    cold_cache = Cache.open(tmp_path / "cache")
    assert cold_cache is not None
    with cold_cache:
        cold = load_corpus(folder, cache=cold_cache)
    warm_cache = Cache.open(tmp_path / "cache")
    assert warm_cache is not None
    with warm_cache:
        warm = load_corpus(folder, cache=warm_cache)
    assert all(a.later_sentences() is not None for a in warm)  # none was made to be kept
    assert [a.sentences.rows() for a in warm] == [a.sentences.rows() for a in cold]
    assert [a.sentences.rows() for a in cold] == [_sentences_as_parsed(a.text) for a in cold]


def _ferry(n: int, topic: str) -> str:
    return (
        f"Ferry {topic} number {n} reopens\n\n"
        f"The port authority said the {topic} service {n} would run again from May. Repairs took months.\n\n"
        "Weekend print edition\n\n"
        f"Crews of the {topic} line trained on the new boats, the authority said. [Photo: Ada Brink]\n"
    )


def test_repeated_chrome_relabels_sentences_not_made_as_it_relabels_made_ones(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n, topic in enumerate(("harbour", "island", "bay")):
        (folder / f"{n}.txt").write_text(_ferry(n, topic), encoding="utf-8")
    articles = load_corpus(folder)
    label = [
        p for p in articles[0].paragraphs if articles[0].text[p.start : p.end] == "Weekend print edition"
    ]
    assert label and label[0].kind == "boilerplate"  # marked as chrome by the corpus pass
    for article in articles:
        assert isinstance(article.sentences_as_given(), LaterSentences)  # relabelled, still not made
        assert article.later_sentences() is not None  # (kept not made, with which were relabelled)
        kept = article_from_bytes(article_bytes(article), article.path)
        spans = split_paragraphs(article.text)
        parsed_paragraphs, parsed = build_blocks(article.text, spans, describe(article.text, spans).kinds)
        final = {p.paragraph: p.kind for p in article.paragraphs}
        changed = {p.paragraph for p in parsed_paragraphs if final[p.paragraph] != p.kind}
        assert changed  # (the relabelled paragraphs' sentences take their new kind, all of them)
        relabelled = [(s, e, final[p] if p in changed else k, p) for s, e, k, p in parsed.rows()]
        assert article.sentences.rows() == relabelled
        assert kept.later_sentences() is not None and kept.sentences.rows() == relabelled
        # every sentence of the chrome line is chrome; the credit stays boilerplate in its body paragraph
        assert all(k == "boilerplate" for s, e, k, p in article.sentences.rows() if p == label[0].paragraph)
        assert any(
            article.text[s:e] == "[Photo: Ada Brink]" and k == "boilerplate"
            for s, e, k, _ in article.sentences.rows()
        )


def test_a_credit_in_a_paragraph_relabelled_body_takes_the_paragraphs_kind() -> None:
    """As sentences made before a paragraph was relabelled were given its new kind, all of them: a
    credit standing as a sentence is boilerplate only in a paragraph that was body at the parse."""
    text = (
        "Pier closed for good. [Photo: Ada Brink]\n\n"
        "The harbour board voted to close the pier. [Photo: Ada Brink]\n"
    )
    article = article_from_text("pier.txt", Path("pier.txt"), text)
    first, second = article.paragraphs
    assert first.kind == "title" and second.kind == "body"
    later = article.sentences_as_given()
    assert isinstance(later, LaterSentences)
    # the headline demoted to body after the parse (as a web page's own headline found elsewhere does)
    demoted = Blocks([replace(first, kind="body"), second])
    made = later.relabelled_as(demoted, [0]).made()
    kinds = [(text[s:e], k) for s, e, k, _ in made.rows()]
    assert kinds == [
        ("Pier closed for good.", "body"),
        ("[Photo: Ada Brink]", "body"),  # relabelled with its paragraph
        ("The harbour board voted to close the pier.", "body"),
        ("[Photo: Ada Brink]", "boilerplate"),  # a body paragraph's since the parse: a credit
    ]
    eager = article.sentences.with_kinds({0: "body"})  # the rule for sentences made before
    assert made == eager
