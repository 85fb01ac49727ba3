"""A verb's object set off by a comma before a participle cue is not the cue's subject (issue 15):
"Roe endorsed Doe, saying “…”", "Roe went after Doe, calling him “…”": the clause's subject said it
(the ranker's ``verb_object_set_off`` feature, :mod:`corpus.quotes.verb_objects`). On sentences
written for these tests.
"""

from __future__ import annotations

from corpus.quotes.feature_names import FEATURE_ID
from corpus.quotes.ranking import shipped_ranker
from tests.quote_texts import speakers_in
from tests.test_rules_passive_cues import mentions


def test_the_verbs_object_set_off_before_a_participle_is_marked() -> None:
    from corpus.quotes.verb_objects import verb_object_set_off  # (new: base21 has no such module)

    text = (
        "Roe endorsed Doe, saying he was fit. Roe went after the Doe, calling him weak. "
        "Roe met Doe at noon, saying little. Doe, saying nothing, left. It was Doe, saying so. "
        "“Fine,” said Doe, adding more."
    )

    def marked(after: str) -> bool:
        at = text.index(after) + len(after)
        return verb_object_set_off(text, at, at + len("Doe"))

    assert marked("endorsed ")
    assert marked("went after the ")  # a verb and its particle, a determiner
    assert not marked("met ")  # no comma after it
    assert not marked("left. ")  # the subject: no verb before it
    assert not marked("was ")  # a complement of "be"
    assert not marked("said ")  # the speaker after an inverted cue


def test_the_shipped_ranker_weighs_against_a_verbs_object() -> None:
    assert "verb_object_set_off" in FEATURE_ID
    assert shipped_ranker().weights.get("verb_object_set_off", 0.0) < -1.0


def test_the_subject_not_the_verbs_object_said_it() -> None:
    body = (
        "Jane Kane spoke in Ohio on Monday. Then Kane went after Doe, calling him "
        '"a spoiled child who never worked a day."'
    )
    assert mentions(body) == ["Kane"]
    assert speakers_in(body) == ["Jane Kane"]
