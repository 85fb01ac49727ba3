"""Whether anyone said a quote: the "no speaker" option's own features (``corpus.quotes.speakerless``),
the learned ranker deciding "no one" with them, and the terms a cue gives to their speaker."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Quote
from corpus.quotes import find_quotes
from corpus.quotes.attribution import attribute
from corpus.quotes.candidates import Candidate
from corpus.quotes.context import ArticleReading
from corpus.quotes.feature_names import FEATURE_NAMES
from corpus.quotes.features import article_candidates
from corpus.quotes.naming_verbs import term_cue
from corpus.quotes.ranking import Ranker, shipped_ranker, together
from corpus.quotes.rerank import gap_to_quote, reading_kind, rerank
from corpus.quotes.spans import find_quote_spans
from corpus.quotes.speakerless import first_traits, quote_traits


def quotes_of(body: str) -> list[Quote]:
    article = article_from_text("a.txt", Path("a.txt"), "Fire in Palmer\n\n" + body)
    return find_quotes([article])[0]


def traits_of(body: str) -> list[set[str]]:
    """The "no speaker" features of each quote of ``body``, by name (without their prefix)."""
    article = article_from_text("a.txt", Path("a.txt"), "Fire in Palmer\n\n" + body)
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans)
    out = []
    for k, att in enumerate(attribute(article, spans, reading).quotes):
        m = att.mention
        gap = None if m is None else gap_to_quote(m.start, m.end, spans[k])
        ids = quote_traits(reading, spans, k, False, reading_kind(att), gap)
        out.append({FEATURE_NAMES[i].removeprefix("no_speaker&") for i in ids})
    return out


def test_the_features_read_the_words_around_a_quote() -> None:
    scare, said = traits_of(
        "The mill was known as the “Grand Old Lady” in town.\n\n"
        "Jane Roe, the mayor, said: “We will rebuild the mill before the winter comes.”"
    )
    assert {"kind=partial", "words<=4", "capitalised", "named_as", "determiner_before"} <= scare
    assert not scare & {"colon_before", "cue_before", "paragraph_all_quote", "term_cue"}
    assert {"kind=direct", "words<=16", "ends_sentence", "colon_before", "cue_before"} <= said
    assert "rules_read=named" in said and "rules_gap<=40" in said  # "Jane Roe, the mayor, said: "
    assert not said & {"capitalised", "named_as", "determiner_before"}


def test_a_list_of_quoted_titles_and_a_quote_alone_in_its_paragraph() -> None:
    *titles, alone = traits_of(
        "Her favourite shows are “Veep,” “Bloodline” and “Girls.”\n\n“We will not move.”"
    )
    assert all("in_list" in t for t in titles) and len(titles) == 3
    assert "paragraph_all_quote" in alone and "in_list" not in alone


def test_a_verb_of_saying_or_naming_is_a_cue_for_a_term_unless_passive() -> None:
    assert term_cue("At the rally, Trump called it a ")
    assert term_cue("saying it had sunk a pirate ")
    assert term_cue("Students chanting ")
    assert term_cue("the phrase what he called ")
    assert not term_cue("The team was nicknamed the ")  # the thing named, not who named it
    assert not term_cue("a website called ")  # a participle after its noun: the quote is its name
    assert not term_cue("The term ")  # a noun, not a verb
    assert not term_cue("The mill on Water Street stood by the ")


def test_a_chanted_term_is_said_by_who_chanted_it() -> None:
    quotes = quotes_of("Students chanting “Pigs! Murderers!” clapped as the police retreated.")
    assert [(q.text, q.kind, q.mention.text if q.mention else None) for q in quotes] == [
        ("Pigs! Murderers!", "partial", "Students")
    ]


def test_a_term_with_no_cue_and_a_passive_naming_stay_no_ones() -> None:
    quotes = quotes_of(
        "After weeks of “hysteria” in the capital, the vote was put off.\n\n"
        "The team was nicknamed the “Jail Blazers” after several arrests."
    )
    assert [(q.text, q.kind, q.speaker, q.mention) for q in quotes] == [
        ("hysteria", "term", None, None),
        ("Jail Blazers", "term", None, None),
    ]


def test_a_name_given_to_a_thing_is_said_by_no_one() -> None:
    body = (
        'The wooden structure at 12 Main St. was known as the "Old Mat Maid Warehouse."\n\n'
        "The recording, shown at the trial, had Jane Roe talking about her appearance on the "
        '"America\'s Most Wanted" television show.'
    )
    assert [(q.speaker, q.mention) for q in quotes_of(body)] == [(None, None), (None, None)]
    # the "no speaker" option decides it: without it the rules' and the ranker's mentions stand
    article = article_from_text("a.txt", Path("a.txt"), "Fire in Palmer\n\n" + body)
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans)
    speech = attribute(article, spans, reading)
    mute = dataclasses.replace(shipped_ranker(), nobody=None)
    kept = rerank(reading, spans, speech.quotes, [False] * len(spans), mute, speech.subjects)
    assert [article.text[a.mention.start : a.mention.end] if a.mention else None for a in kept] == [
        "The wooden structure",
        "Jane Roe",
    ]


def test_a_direct_quote_after_its_speaker_keeps_them() -> None:
    quotes = quotes_of("“We will not give up the port.” Jane Roe, the union's leader, on Monday.")
    assert [q.speaker for q in quotes] == ["Jane Roe"]


def test_the_no_speaker_option_outweighs_candidates_together() -> None:
    ranker = Ranker({"no_speaker": 1.0, "kind=name": 0.5, "no_speaker&named_as": 1.0}, nobody=0.0)
    two = [Candidate(0, 4, "name", [FEATURE_NAMES.index("kind=name")]) for _ in range(2)]
    named_as = [FEATURE_NAMES.index("no_speaker&named_as")]
    scores = [ranker.score(c) for c in two]
    assert scores == [0.5, 0.5]
    assert not ranker.says_nobody([], scores)  # 1.0 against log(2 e^0.5) = 1.19
    assert ranker.says_nobody(named_as, scores)  # 2.0 against 1.19
    assert not ranker.says_nobody(named_as, [])  # no candidate: the rules' answer stands
    assert not dataclasses.replace(ranker, nobody=None).says_nobody(named_as, scores)


def test_the_costlier_features_are_read_only_where_they_can_tip_the_option() -> None:
    ranker = Ranker({"no_speaker": 1.0, "kind=name": 0.5, "no_speaker&named_as": 1.0}, nobody=0.0)
    named_as = [FEATURE_NAMES.index("no_speaker&named_as")]
    mass = together([0.5, 0.5])
    assert abs(mass - 1.19) < 0.01  # log(2 e^0.5)
    assert ranker.nobody_outweighed([], [], mass)  # 1.0 whatever the quote: the candidates win
    assert not ranker.nobody_outweighed([], named_as, mass)  # "named as" would make it 2.0
    assert not ranker.nobody_outweighed(named_as, [], together([0.5, 0.5, 0.5]))  # 2.0 against 1.60


def test_a_quote_whose_option_cannot_win_is_decided_without_its_costlier_features() -> None:
    body = (
        "The old warehouse on the river was known as the “Grand Old Lady” for a century.\n\n"
        "Jane Roe, the mayor, said on Monday: “We will rebuild it before the winter comes.”\n\n"
        "“Nobody here wants to lose it,” said Roe, who grew up two streets away."
    )
    article = article_from_text("a.txt", Path("a.txt"), "Fire in Palmer\n\n" + body)
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans)
    atts = attribute(article, spans, reading).quotes
    routes = [reading_kind(a) for a in atts]
    mentions = [(a.mention.start, a.mention.end) if a.mention else None for a in atts]
    every = [True] * len(spans)
    ranker = shipped_ranker()
    cands = article_candidates(reading, spans, mentions, [a.name for a in atts], every, routes)
    decided, nobody = [], []
    for k, (att, found) in enumerate(zip(atts, cands, strict=True)):
        assert found is not None
        gap = None if att.mention is None else gap_to_quote(att.mention.start, att.mention.end, spans[k])
        first = first_traits(reading, spans, k, False, routes[k], gap)
        full = quote_traits(reading, spans, k, False, routes[k], gap)
        assert first.traits() == full and set(first.known) <= set(full)
        scores = [ranker.score(c) for c in found]
        outweighed = ranker.nobody_outweighed(first.known, first.most_added(), together(scores))
        assert not (outweighed and ranker.says_nobody(full, scores))  # a bound, never another answer
        decided.append(outweighed)
        nobody.append(ranker.says_nobody(full, scores))
    # the name given to a thing is read whole (its option wins); the mayor's words need no more
    assert nobody == [True, False, False]
    assert decided == [False, True, True]
