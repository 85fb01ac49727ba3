"""An article's language read paragraph by paragraph (``language._markers_in``, each paragraph's
marker words counted once per process for each way it is written): the same answer as counting the
paragraphs' words joined, on invented text, whether a paragraph is read for the first time or again."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Article
from corpus.quotes import language
from corpus.quotes.language import LANGUAGE_SAMPLE_CHARS, MIN_FOREIGN_EVIDENCE, reads_as_english

GERMAN = "Der Vorstand sagte, dass die Firma nicht verkauft wird und dass er mit dem Plan zufrieden ist."
ENGLISH = "The mayor said that the bridge would reopen, and that she had been told so by the council."


def art(*paragraphs: str, name: str = "a.txt") -> Article:
    return article_from_text(name, Path(name), "A headline of the story\n\n" + "\n\n".join(paragraphs) + "\n")


def joined_count(article: Article) -> bool:
    """The slow path: the first LANGUAGE_SAMPLE_CHARS characters of body text joined, then counted."""
    budget, chunks = LANGUAGE_SAMPLE_CHARS, []
    for start, end, kind in article.paragraphs.spans():
        if kind == "boilerplate":
            continue
        end = min(end, start + budget)
        budget -= end - start
        chunks.append(article.text[start:end])
        if budget <= 0:
            break
    words = " ".join(chunks).lower().split()
    english = sum(w in language.ENGLISH_MARKERS for w in words)
    foreign = sum(w in language.OTHER_LANGUAGE_MARKERS for w in words)
    return foreign < MIN_FOREIGN_EVIDENCE or english >= foreign


def test_a_paragraphs_markers_are_counted_on_each_side() -> None:
    # "der", "und", "nicht" are German markers, "the", "said", "that" English ones; "die" none
    assert language._markers_in("The mayor said that der Plan und die Firma nicht") == (3, 3)
    assert language._markers_in("THE Mayor SAID") == (2, 0)  # counted whatever their case
    assert language._markers_in("") == (0, 0)


def test_paragraphs_read_again_give_the_answer_of_the_words_joined() -> None:
    articles = [
        art(GERMAN, GERMAN),  # German throughout
        art(ENGLISH, GERMAN),  # English first, then as much German: English (a tie is English)
        art(GERMAN, GERMAN, ENGLISH, name="b.txt"),  # German paragraphs read before, then English
        art(ENGLISH * 30, GERMAN * 5, name="c.txt"),  # the German paragraph beyond the sample read
        art(GERMAN[:40], ENGLISH[:30]),  # parts of paragraphs too short to tell: English
    ]
    expected = [False, True, False, True, True]
    first = [reads_as_english(a) for a in articles]
    hits = language._markers_in.cache_info().hits
    again = [reads_as_english(a) for a in articles]  # every paragraph now read once before
    assert first == again == [joined_count(a) for a in articles] == expected
    assert language._markers_in.cache_info().hits > hits
