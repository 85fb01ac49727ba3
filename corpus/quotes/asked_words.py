"""Quoted words inside a question put to someone: "Asked whether Clinton “has the integrity to serve
effectively as president,” 75 percent of Democrats said yes", "When asked to confirm Sullivan’s
participation in the “top secret” email chains, a source did so". The words are the question's
(a poll's wording, the reporter's): the participle "asked" has no subject of its own, and the one
who answers, the main clause's subject after the comma, did not say them. Such a quote is a term,
said by no one (issue 15); a quote after the clause's comma is the answer ("Asked if …, Ryan said,
“Sure.”") and is read as ever.

Measured on PolNeAR train (h-term24): 3 quotes stand inside such a clause, PolNeAR marks no Source
for any (two a poll's wording, given "Sanders" and "55 percent of all voters"; one a classification
given the source who answered); the 9 quotes after such a clause's comma are all the answerer's.
``train/no_speaker.py --c 3 --margins 0`` (asked beyond 80, cued terms): CV / dev 0.9196 / 0.9357 ->
0.9200 / 0.9369, unmatched quotes given a speaker 215 / 23 unchanged. A cue word inside the clause
("When asked to confirm that it “…”") is the question's, not the quote's: no term cue
(``speakerless.cue_window``).
"""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use

__all__ = ["in_a_question"]

QUESTION_WORDS = ("whether", "if", "about", "how", "what", "which", "who", "why", "to")
"""The words an "Asked …" clause opens its question with ("Asked whether", "When asked to confirm")."""
_REACH = 160
"""Characters read back from a quote's mark for the clause's opening."""
_ASKED_OPENS = compiled_on_first_use(
    r"(?:\A|[.!?][”\"’']?\s+|\n\s*)(?:When\s+)?[Aa]sked\s+(?:" + "|".join(QUESTION_WORDS) + r")\b"
    r"[^,;:.!?“”\"\n]*\Z"
)
"""A sentence opening with "Asked" (or "When asked") and a question word, no comma, colon or
sentence end, nor another quote, between it and the quote's mark: the quote is inside the question."""


def in_a_question(text: str, quote_at: int) -> bool:
    """Whether the quote whose opening mark is at ``quote_at`` stands inside an "Asked whether …"
    clause opening its sentence, before the clause's comma: the question's words."""
    start = max(0, quote_at - _REACH)
    if text.find("sked", start, quote_at) < 0:  # most quotes: no "asked" before them at all
        return False
    return _ASKED_OPENS().search(text, start, quote_at) is not None
