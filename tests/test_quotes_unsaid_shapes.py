"""Quotes no one in their sentence said (issue 15), in two grammatical shapes. Sentences written for
these tests, names invented.

- A passive of naming with "as" and no agent gives its subject the quoted words as a name or a
  description: "were designated as “Restricted,”", "is described in the catalogue as a “…”".
  The quote is a term. With a "by" agent after it the agent said it; in the active the subject did.
- A cue word written as a noun before "of" and a term ("was met with chants of “…”", "to loud
  chants of “…”") is no cue: the term is said by no one. A verb before "of" ("Roe warned of “…”")
  and a noun a possessive owns ("their chants of “…”") still give the term a speaker to weigh.
"""

from __future__ import annotations

from corpus.quotes.cue_nouns import noun_before_of
from corpus.quotes.passive_names import named_by_a_passive
from corpus.quotes.speakerless import CUE_TOKEN, learned_cue, shipped_cue_stems
from tests.article_reads import quotes_and_speakers


def _marks(text: str, quoted: str) -> tuple[int, int]:
    """Where the marks of the quote of ``quoted`` stand: its opening mark, and just past its closing."""
    start = text.index(quoted)
    return start - 1, start + len(quoted) + 1


def test_a_passive_of_naming_with_no_agent_gives_its_quote_to_no_one() -> None:
    quotes, speakers = quotes_and_speakers(
        "Auditors at the ministry released 40 more files on Monday, said Hana Lisker, a spokeswoman.\n\n"
        "All the files in the new batch were designated as “Restricted,” the lowest tier of secrecy. "
        "The memoir by Tomas Weil is described in the catalogue as a “gripping account of a long "
        "winter” and sells well."
    )
    kinds = {q.text: (q.kind, q.speaker) for q in quotes}
    assert kinds["Restricted,"] == ("term", None)
    assert kinds["gripping account of a long winter"] == ("term", None)
    assert [s.name for s in speakers] == []


def test_a_passive_of_naming_reads_its_own_clause_only() -> None:
    text = "The inquiry was often labeled as a “witch hunt” by its critics, and it dragged on."
    assert not named_by_a_passive(text, *_marks(text, "witch hunt"))  # its agent said it
    text = "Mayor Lisker described the plan as a “slow disaster” on Tuesday."
    assert not named_by_a_passive(text, *_marks(text, "slow disaster"))  # active: the mayor said it
    text = "The old depot was known locally as the “Red Barn.” It burned on Sunday."
    assert named_by_a_passive(text, *_marks(text, "Red Barn."))
    text = "The depot, which Weil bought as “a ruin,” burned on Sunday."
    assert not named_by_a_passive(text, *_marks(text, "a ruin,"))  # "as", but no passive before it


def test_a_reduced_relative_of_naming_gives_its_quote_to_no_one() -> None:
    quotes, speakers = quotes_and_speakers(
        "Nadia Ferro, the league's treasurer, spoke first. She praised the volunteers.\n\n"
        "The club chased the all-county tour — known here as “the long loop” after its founder. "
        "Its old coach is best known for his years as the “quiet enforcer” on the bench."
    )
    kinds = {q.text: (q.kind, q.speaker) for q in quotes}
    assert kinds["the long loop"] == ("term", None)
    assert kinds["quiet enforcer"] == ("term", None)
    assert [s.name for s in speakers] == []


def test_a_participle_after_a_comma_is_a_verb_with_an_object_or_after_an_aside() -> None:
    text = "Petra Lund, 51, known online as “Vesper,” was charged on Friday."
    assert named_by_a_passive(text, *_marks(text, "Vesper,"))  # a reduced relative: a name
    text = "Mayor Lisker, the chair, described the plan as “reckless” on Tuesday."
    assert not named_by_a_passive(text, *_marks(text, "reckless"))  # an object: a past verb
    text = "What the board needs is what Lisker, in her 2019 race, described as “plain sums.”"
    assert not named_by_a_passive(text, *_marks(text, "plain sums."))  # the subject before an aside
    text = "The audit — often labeled as a “fishing trip” by its critics — went on."
    assert not named_by_a_passive(text, *_marks(text, "fishing trip"))  # its agent said it


def test_a_cue_word_as_a_noun_before_of_gives_a_term_to_no_one() -> None:
    quotes, _ = quotes_and_speakers(
        "Coach Ivan Marsh said his players kept calm.\n\n"
        "On Friday, a hockey team from Dover High was met with chants of “Dover Out” at the rink."
    )
    assert [(q.text, q.kind, q.speaker) for q in quotes][-1] == ("Dover Out", "term", None)


def test_a_verb_or_an_owned_noun_before_of_stays_a_cue() -> None:
    stems = shipped_cue_stems()
    assert not learned_cue("a hockey team was met with chants of ", stems)
    assert not learned_cue("delegates erupted in booing and loud chants of ", stems)
    assert learned_cue("But their chants of ", stems)  # the owner chanted
    assert learned_cue("Later she warned of ", stems)  # a past form: a verb
    assert learned_cue("she warns of ", stems)  # after its subject: a verb
    tokens = [(t, "") for t in CUE_TOKEN.findall("to chants of the")]
    assert noun_before_of(tokens, 1)
    assert not noun_before_of(tokens[:1] + tokens[1:2], 1)  # no "of" after it
