"""A phrase quoted with no cue in a later clause of its sentence, opened by a conjunction or a
subordinator with a subject of its own, is that subject's ("Ruiz signed the order, while Mara Lind
proposed we “…”"), asked after the ranker where the rules' answer (the sentence's subject) stands;
not a reported clause ("argue that Lind should “…”"), a list of subjects ("the senator, his aides
and his emails have used “…”") nor a participle (:mod:`corpus.quotes.clause_subjects`)."""

from __future__ import annotations

from tests.article_reads import speakers_and_mentions as _speakers

_OPENING = (
    "Governors split over refugees\n\n"
    "The attacks have set off a bidding war among the candidates for governor this week.\n\n"
)


def test_the_later_clause_s_own_subject_chose_the_words() -> None:
    text = _OPENING + (
        "Gov. Tomas Ruiz on Monday signed an order to close the shelters, while Mara Lind, the "
        "former mayor, proposed we “open every door and count the cost later” at the rally.\n\n"
        "The vote comes next week."
    )
    assert ("Mara Lind", "Mara Lind") in _speakers(text)
    # a reported clause is the sentence subject's words
    reported = _OPENING + (
        "The council members argue that Mara Lind should “lead by example” on the shelters.\n\n"
        "The vote comes next week."
    )
    assert all(mention != "Mara Lind" for _, mention in _speakers(reported))


def test_a_pronoun_subject_of_the_later_clause_is_the_mention() -> None:
    text = _OPENING + (
        "Senator Ada Perez is winning nods and applause as she keeps talking about the “collective "
        "power of the towns” on her tour.\n\nThe vote comes next week."
    )
    assert ("Ada Perez", "she") in _speakers(text)
    # one subject listed with others is no clause of its own
    listed = _OPENING + (
        "In the past two days, Senator Ada Perez, her aides and her fundraising emails have all used "
        "the phrase “kitchen sink” about the race.\n\nThe vote comes next week."
    )
    assert all(mention != "her fundraising emails" for _, mention in _speakers(listed))
