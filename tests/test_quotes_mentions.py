"""The mention a quote's speaker is written as: a relative "who", a pronoun, a description, a group."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes
from corpus.quotes.attribution import attribute, names_a_time
from corpus.quotes.candidates import mentions_in, source_heads
from corpus.quotes.context import ArticleReading
from corpus.quotes.features import article_candidates
from corpus.quotes.rerank import may_replace
from corpus.quotes.roles import Phrase
from corpus.quotes.spans import find_quote_spans


def said(body: str) -> list[tuple[str, str | None, str | None]]:
    """(quote, speaker, mention as written) of each quote of an article with this body."""
    article = article_from_text("a.txt", Path("a.txt"), "Council votes on the budget\n\n" + body)
    quotes, _ = find_quotes([article])
    return [(q.text, q.speaker, q.mention.text if q.mention else None) for q in quotes]


def test_a_quote_in_a_who_clause_is_said_by_who_standing_for_the_name() -> None:
    body = (
        "The vote was welcomed by Mayor Anna Lindqvist, who has repeatedly called the budget "
        "“a plan for the next decade” and urged the council to pass it.\n\n"
        "“We waited long enough,” said Tomas Berg, who said the delay had cost the city "
        "“more than anyone will admit.”"
    )
    found = said(body)
    assert ("a plan for the next decade", "Anna Lindqvist", "who") in found
    assert ("We waited long enough,", "Tomas Berg", "Tomas Berg") in found
    assert ("more than anyone will admit.", "Tomas Berg", "who") in found


def test_a_who_clause_before_the_names_own_cue_leaves_the_name_as_the_mention() -> None:
    body = (
        "Anna Lindqvist, who has told aides she sees the two votes as one, said in a statement: "
        "“The budget and the tax plan stand or fall together.”\n\n"
        "The vote was welcomed by Tomas Berg, who wrote about the delay in his blog. "
        "“It cost the city a year,” Berg said."
    )
    found = said(body)
    whole = ("The budget and the tax plan stand or fall together.", "Anna Lindqvist", "Anna Lindqvist")
    assert whole in found
    assert [m for t, _, m in found if t.startswith("It cost")] == ["Berg"]


def test_a_word_opening_a_sentence_is_no_speaker_unless_the_article_names_someone_so() -> None:
    body = (
        "This makes the budget harder to pass, Anna Lindqvist said. Good budgets can still pass, "
        "but only when “the numbers add up.”\n\n"
        "Moreno spoke after her. Moreno called the plan “a gift to the suburbs.”"
    )
    found = said(body)
    assert ("the numbers add up.", "Anna Lindqvist", "Anna Lindqvist") in found
    assert ("a gift to the suburbs.", "Moreno", "Moreno") in found


def test_a_pronoun_stands_for_a_person_of_the_body_never_for_a_heading_line() -> None:
    body = (
        "Critic Anna Berg reviewed the change on Monday.\n\n"
        "Smoking Gun Evidence\n\n"
        "He also notes that the rule was “too vague to enforce.”"
    )
    assert said(body) == [("too vague to enforce.", "Anna Berg", "He")]


def test_groups_and_unnamed_people_are_candidates_a_quote_can_be_given_to() -> None:
    text = (
        "Officials said the plan failed. Many young voters cheered, and federal prosecutors said that "
        "one of the protesters was hurt."
    )
    found = {text[c.start : c.end]: c.kind for c in mentions_in(text, 0, len(text))}
    assert found["Many young voters"] == "group"
    assert found["federal prosecutors"] == "group"
    assert found["one of the protesters"] == "group"
    assert found["Officials"] == "name"  # capitalised, it is read as the rules read it
    assert "plan failed" not in " ".join(found)


def test_a_description_the_rules_know_stays_a_description() -> None:
    text = "The senators and the campaign spokesman agreed with some of the voters."
    found = {text[c.start : c.end]: c.kind for c in mentions_in(text, 0, len(text))}
    assert found["The senators"] == "description"
    assert found["the campaign spokesman"] == "description"
    assert found["some of the voters"] == "group"


def test_the_learned_heads_are_nouns_speakers_are_written_with() -> None:
    heads, plural = source_heads()
    assert {"officials", "critics", "supporters", "protesters", "spokesman", "audience"} <= heads
    assert {"officials", "critics", "people"} <= plural and "spokesman" not in plural
    assert not {"the", "about", "said", "percent", "they"} & heads


def test_it_stands_for_a_thing_or_a_group_never_for_a_person() -> None:
    body = (
        "Anna Berg runs the service. The company dropped the policy on Friday, and the notice explains "
        "why: “Our role is not to regulate artists,” it says."
    )
    found = said(body)
    assert found[0][0] == "Our role is not to regulate artists,"
    assert found[0][1] != "Anna Berg"


def test_a_pronoun_with_a_cue_of_its_own_is_the_mention_and_its_subject_the_speaker() -> None:
    body = (
        "Marta Kowalczyk was plainly angry with the council; indeed, she had publicly called the "
        "budget “a betrayal of every family in the city.”\n\n"
        "Henrik Dahl said he recalled thinking, “This will never pass.”\n\n"
        "Olga Brandt condemned what she called “a reckless gamble” with public money."
    )
    found = said(body)
    # the pronoun says it, the sentence's subject names who: the person stays the speaker
    assert ("a betrayal of every family in the city.", "Marta Kowalczyk", "she") in found
    # the subject of a reporting verb, or of a verb whose relative clause quotes, is the mention
    assert ("This will never pass.", "Henrik Dahl", "Henrik Dahl") in found
    assert ("a reckless gamble", "Olga Brandt", "Olga Brandt") in found


def test_a_group_may_replace_the_rules_answer_only_as_the_subject_of_a_cue() -> None:
    body = (
        "Hundreds of protesters gathered outside the hall before dawn.\n\n"
        "The cuts were “a betrayal of every family,” several analysts said outside the hall."
    )
    article = article_from_text("a.txt", Path("a.txt"), "Council votes on the budget\n\n" + body)
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans)
    atts = attribute(article, spans, reading).quotes
    rules = [(att.mention.start, att.mention.end) if att.mention else None for att in atts]
    cands = article_candidates(reading, spans, rules, [att.name for att in atts], [True])[0] or []
    groups = {article.text[c.start : c.end]: may_replace(c, article.text) for c in cands if c.kind == "group"}
    assert groups == {"several analysts": True, "protesters": False}


def test_every_shape_of_a_stretch_of_time_is_told_from_a_name() -> None:
    # each shape ends in another word (a unit, its plural, "past", "ago", "later", "earlier"): a
    # mention is read as a time by how it ends before the pattern is asked
    times = [
        "In the past",
        "The time",
        "Two days ago",
        "A week later",
        "Several months earlier",
        "One year",
        "Hours",
        "Minutes later",
        "Many hours earlier",
        "Few minutes",
        "30 years ago",
        "Three weeks",
        "An hour",
        "The day",
    ]
    others = ["The Times", "Peskov", "Hayes", "Jane Roe", "the past president", "Days Inn", "Past"]
    for words in times + others:
        text = f"{words} said it would pass."
        start = 3 if words.startswith("In ") else 0
        mention = Phrase(start, len(words), None, None)
        assert names_a_time(text, mention) == (words in times), words
    assert not names_a_time("Hours later, she said", None)


def test_a_stretch_of_time_read_as_a_subject_is_no_speaker() -> None:
    body = (
        "Glenn Beck spoke in Indianapolis on Sunday.\n\n"
        "Beck, who has in the past described the plan as “a reckless gamble,” urged voters to stay home.\n\n"
        "Maria Lopez left the chamber at noon. Hours later, she issued a statement calling the vote "
        "“a disgrace.”\n\n"
        "The Times called the plan “a fantasy.”"
    )
    found = said(body)
    assert ("a reckless gamble,", "Glenn Beck", "Beck") in found
    assert ("a disgrace.", "Maria Lopez", "she") in found
    assert any(quote == "a fantasy." and mention == "The Times" for quote, _, mention in found)  # a paper
