"""Names the speaker index keeps apart though their words meet: an outlet's word alone ("Bloomberg
reported") and a person of that surname another article names; a place and an organisation whose
name holds it after "of"."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Quote
from corpus.quotes import find_quotes
from corpus.quotes.speakers import SpeakerIndex


def _speakers_of(texts: dict[str, str]) -> dict[str, list[str | None]]:
    """Each article's quotes' canonical speakers, the articles read as one corpus."""
    articles = [article_from_text(name, Path(name), text) for name, text in texts.items()]
    quotes, _ = find_quotes(articles)
    return {name: [q.speaker for q in quotes if q.article == name] for name in texts}


def test_an_outlets_word_alone_is_the_outlet_not_the_person_another_article_names() -> None:
    found = _speakers_of(
        {
            "mayor.txt": "Mayor on the stump\n\n“We can pay for all of it,” said Michael Bloomberg, the "
            "former mayor, at a rally in Ohio.",
            "report.txt": "Campaign hires staff\n\nThe campaign plans a new office, a report from "
            "Bloomberg said on Monday.\n\n“The campaign has hired three new advisers for the "
            "convention,” Bloomberg reported on Tuesday.",
        }
    )
    assert found["mayor.txt"] == ["Michael Bloomberg"]
    assert found["report.txt"] == ["Bloomberg"]


def test_the_outlets_word_alone_is_the_person_its_own_article_names() -> None:
    found = _speakers_of(
        {
            "mayor.txt": "Mayor on the stump\n\nMichael Bloomberg spoke in Ohio on Monday.\n\n“We can "
            "pay for all of it,” Bloomberg said.",
        }
    )
    assert found["mayor.txt"] == ["Michael Bloomberg"]


def _quote(article: str, start: int) -> Quote:
    return Quote(article, start, start + 10, "We will rule by June.", "direct")


def test_a_place_is_not_the_organisation_whose_name_holds_it_after_of() -> None:
    index = SpeakerIndex()
    court, place = "Eastern District Court of New Jersey", "New Jersey"
    index.add_names([("a.txt", court, None), ("b.txt", place, None)])
    quotes = [_quote("a.txt", 0), _quote("b.txt", 0)]
    index.count_quotes(quotes, [court, place])
    assert [q.speaker for q in quotes] == [court, place]


def test_an_organisations_own_middle_words_still_join_its_shorter_name() -> None:
    index = SpeakerIndex()
    index.add_names([("a.txt", "Black Lives Matter", None), ("b.txt", "Lives Matter", None)])
    quotes = [_quote("a.txt", 0), _quote("b.txt", 0)]
    index.count_quotes(quotes, ["Black Lives Matter", "Lives Matter"])
    assert [q.speaker for q in quotes] == ["Black Lives Matter"] * 2
