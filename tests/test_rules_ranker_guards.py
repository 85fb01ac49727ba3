"""Choices the speaker ranker may not make (issue 15), on sentences written for these tests: a name
given as an example ("a comedian such as Delgado") and an earlier quote's speaker across that quote,
where the rules name another speaker after it ("Kerrigan told the Ledger “…” while Lindqvist … said
“…”")."""

from __future__ import annotations

from corpus.quotes.candidates import Candidate
from corpus.quotes.crossed_quotes import across_earlier_quote
from corpus.quotes.example_names import given_as_example
from corpus.quotes.rerank import trusted
from tests.article_reads import RankerRead, ranker_read, speakers_and_mentions


def _candidate(read: RankerRead, written: str) -> Candidate:
    return next(c for c in read.cands if read.text[c.start : c.end] == written)


def _naming(read: RankerRead, name: str) -> list[Candidate]:
    """The candidates whose words hold ``name`` ("Ray Kerrigan", "Police Commissioner Ray Kerrigan")."""
    return [c for c in read.cands if name in read.text[c.start : c.end]]


def test_a_name_after_such_as_like_or_including_is_given_as_an_example() -> None:
    text = "Stars such as Delgado, apps like Ridely and towns including Harwick backed it, as Moreau said."
    for name in ("Delgado", "Ridely", "Harwick"):
        assert given_as_example(text, text.index(name))
    assert not given_as_example(text, text.index("Moreau"))  # "as {Moreau} said": a speaker
    unlike = "Unlike Delgado, the mayor stayed home."
    assert not given_as_example(unlike, unlike.index("Delgado"))


def test_the_ranker_may_not_give_a_quote_to_a_name_given_as_an_example() -> None:
    body = (
        "Delgado has hosted the gala twice before.\n\n"
        "Having a comedian such as Delgado host the gala breaks with the habit of opening it with a "
        "monologue, said Ruth Amsel, author of the 2009 book “The Long Night: Inside the Awards Show.”\n\n"
        "“He is quick,” Delgado’s agent said."
    )
    read = ranker_read(body, 0)
    example = next(c for c in read.cands if c.start == read.text.index("Delgado host"))
    assert not trusted(example, read.text)
    # the same name before a cue of its own may stand
    said = ranker_read("“It will be fun,” said Delgado, who hosted the gala twice before.", 0)
    assert trusted(_candidate(said, "Delgado"), said.text)


def test_an_earlier_quotes_speaker_is_no_choice_across_it_where_the_rules_name_another() -> None:
    body = (
        "Police Commissioner Ray Kerrigan told the Ledger there was “no sign that the shooting broke the "
        "rules” while Anna Lindqvist, the former head of firearms training at the department, said “it "
        "looks like a clean shooting” under the circumstances."
    )
    read = ranker_read(body, 1)
    att = read.rules[1]
    assert att.name == "Anna Lindqvist"
    kerrigan = _naming(read, "Kerrigan")
    assert kerrigan and all(across_earlier_quote(read.spans, 1, att, c.end) for c in kerrigan)
    lindqvist = _naming(read, "Lindqvist")
    assert lindqvist and not any(across_earlier_quote(read.spans, 1, att, c.end) for c in lindqvist)


def test_a_pronoun_after_the_earlier_quote_leaves_its_speaker_a_choice() -> None:
    # "He added": the rules' pronoun may be the earlier speaker, who stays a choice of the ranker's
    body = (
        "Archbishop Karel Novak told the agency, “We have suffered the same fate as they have.” "
        "He added, “So they should have been among the first to stand with us.”"
    )
    read = ranker_read(body, 1)
    assert read.rules[1].mention is not None and read.rules[1].mention.pronoun
    novak = _naming(read, "Novak")
    assert novak and not any(across_earlier_quote(read.spans, 1, read.rules[1], c.end) for c in novak)


def test_a_quote_running_on_after_its_cue_keeps_the_named_speaker_over_a_colons_head() -> None:
    body = (
        "The state has loosened the rules on river dams, officials said on Tuesday.\n\n"
        "Friends of the Delta, who have filed suit along with Clean Water Action and the Center for "
        "River Law, are similarly angry about the state's decision:\n\n"
        "“The state's contempt for rivers and the people who fish them has never been plainer than it "
        "is today,” said Marta Oyelaran, executive director of Friends of the Delta and former head of "
        "the state fisheries office.\n\n"
        "“For 40 years, the dam rules have helped keep salmon runs alive in the valley.\n\n"
        "Now, with this governor in his last weeks, they are doing all they can to lock in their legacy "
        "before the next one takes office.”\n\n"
        "The farm bureau welcomed the change."
    )
    # the ranker, asked about the second quote (its speaker named far from it), chose the colon's
    # head "who": it stands before the first quote, and the rules name Oyelaran after that quote
    assert speakers_and_mentions(body) == [("Marta Oyelaran", "Marta Oyelaran")] * 2
