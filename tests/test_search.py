"""Search across article text: words and phrases, case and accents ignored, hits as offsets."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from corpus.model import Article
from corpus.search import FoldedText, SearchIndex, fold, parse_query
from corpus.story import Story

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _article(name: str, text: str) -> Article:
    return Article(name=name, path=Path(name), text=text)


def test_a_query_is_words_and_quoted_phrases() -> None:
    query = parse_query('Stoltenberg "cautious  optimism" U.S. troop* ')
    assert [(t.words, t.prefix) for t in query.terms] == [
        (("stoltenberg",), False),
        (("cautious", "optimism"), False),
        (("u", "s"), False),
        (("troop",), True),
    ]
    assert parse_query('"diplomacy should').terms[0].words == ("diplomacy", "should")  # typed so far
    assert not parse_query('  "" * ')


def test_case_accents_and_invisible_characters_do_not_matter() -> None:
    text = "Le CAFÉ de la Straße.\n\nRe\u0301sume\u0301 of the diplo\u00admacy, ZELENSKYY’S aide said."
    index = SearchIndex([_article("a", text)])
    for query, found in [
        ("cafe", "CAFÉ"),
        ("strasse", "Straße"),
        ("résumé", "Re\u0301sume\u0301"),
        ("DIPLOMACY", "diplo\u00admacy"),
        ("zelenskyy's", "ZELENSKYY’S"),
        ('"of the diplomacy"', "of the diplo\u00admacy"),
    ]:
        (result,) = index.search(query)
        assert [text[h.start : h.end] for h in result.hits] == [found], query


def test_words_are_whole_unless_starred_and_every_term_must_be_found() -> None:
    a = _article("a", "Troops returned to their bases near the border.")
    b = _article("b", "The troop train left at noon; no border was crossed.")
    index = SearchIndex([a, b])
    assert [r.article for r in index.search("troop")] == ["b"]
    assert [r.article for r in index.search("troop*")] == ["a", "b"]
    assert [r.article for r in index.search("troop* noon")] == ["b"]
    assert index.search("troop* Paris") == []
    assert index.search('"border was"')[0].article == "b"
    assert index.search('"was border"') == []


def test_the_hit_in_context_is_where_the_terms_meet() -> None:
    filler = " ".join(["Filler words go on here."] * 30)
    text = f"The minister spoke early. {filler}\n\nLater the minister said the budget would grow by 3%."
    (result,) = SearchIndex([_article("a", text)]).search("minister budget")
    assert result.shown is not None and result.context is not None
    assert result.shown.start == text.index("minister said")
    assert result.context.match == "minister"
    assert result.context.before == "Later the "  # the hit's own paragraph, not the filler above it
    assert result.context.after.startswith(" said the budget would grow")
    assert len(result.hits) == 3


def test_context_is_cut_at_whole_words_and_spaces_are_made_single() -> None:
    text = "alpha " * 40 + "the\n  needle   in\tthe haystack " + "omega " * 40
    (result,) = SearchIndex([_article("a", text)]).search("needle")
    context = result.context
    assert context is not None
    # before + match + after is the line shown: the spaces around the match stay with it
    assert context.before.endswith("alpha alpha the ") and context.before.startswith("alpha")
    assert context.after.startswith(" in the haystack omega") and context.after.endswith("omega")
    assert "  " not in context.before + context.match + context.after


def test_story_search_on_the_seeds_names_the_articles_that_quote_stoltenberg() -> None:
    story = Story.load(SEEDS)
    results = story.search('Stoltenberg "cautious optimism"')
    assert results, "the seeds quote Stoltenberg's 'cautious optimism'"
    for result in results:
        text = story.article(result.article).text.casefold()
        assert "stoltenberg" in text and "cautious optimism" in text
        for hit in result.hits:
            assert fold(story.article(result.article).text[hit.start : hit.end]) in {
                "stoltenberg",
                "cautious optimism",
            }
    names = {r.article for r in results}
    assert names == {
        a.name
        for a in story.articles
        if "cautious optimism" in a.text.casefold() and "stoltenberg" in a.text.casefold()
    }


@given(st.text(alphabet=st.sampled_from("aAéÉß\u0301\u00ad\u200b ’.\nxyz"), max_size=60))
def test_folded_offsets_map_back_into_the_text(text: str) -> None:
    folded = FoldedText(text)
    assert folded.folded == fold(text)
    previous = 0
    for at in range(len(folded.folded) + 1):
        start = folded.start_in_text(at)
        assert previous <= start <= len(text)
        previous = start
        assert folded.end_in_text(at) >= start or at == 0
    for word in ("a", "e", "ss", "xyz"):
        pos = folded.folded.find(word)
        if pos >= 0:
            found = text[folded.start_in_text(pos) : folded.end_in_text(pos + len(word))]
            assert fold(found) == word
