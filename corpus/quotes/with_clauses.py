"""The subject of an absolute "with" clause whose participle holds the quote (issue 15): "Cruz and
Trump have used the most aggressive language, with Cruz recently promising to “carpet bomb …”",
"the campaign has denied it, with Lewandowski taking to Twitter to call Fields “…”", "some of his
supporters punched a protester, with Trump reportedly yelling: “…”".

The clause set off by ", with" has a subject of its own, and its participle (of saying or not:
"promising", "taking to Twitter to call", "yelling") says the quote: that subject said it, not the
sentence's subject nor a name inside the clause. Only where nothing ends the clause before the quote
(a sentence's end, a semicolon, another quote mark). Read before the nearest cue before the quote
(:func:`corpus.quotes.attribution.cue_before_quote`).
"""

from __future__ import annotations

import re

from corpus.quotes.after_cue import phrase_after
from corpus.quotes.context import QuoteContext
from corpus.quotes.cues import Found

WITH_CLAUSE_REACH = 120
"""Characters before a quote read for the ", with" that opens its clause."""
WITH_OPENING = ", with "
_PARTICIPLE = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b")
"""The clause's participle right after its subject, an adverb at most before it ("recently promising")."""
_CLAUSE_ENDS = re.compile(r"[.!?;][”\"’']?\s|[“”\"]")


def with_clause_subject(quote: QuoteContext) -> Found | None:
    """The subject of the ", with X …ing" clause the quote stands in, and the clause's first cue word
    (its participle, "promising", or one after it, "to call"; None where it has none); None where the
    quote stands in no such clause."""
    masked, open_at = quote.masked, quote.open_at
    lo = max(quote.before, open_at - WITH_CLAUSE_REACH)
    at = masked.rfind(WITH_OPENING, lo, open_at)
    if at < 0:
        return None
    subject = phrase_after(masked, at + len(WITH_OPENING), open_at)
    if subject is None or subject.end >= open_at or (subject.name is None and not subject.pronoun):
        return None
    verb = _PARTICIPLE.match(masked, subject.end, open_at)
    if verb is None or _CLAUSE_ENDS.search(masked, verb.end(), open_at - 1):
        return None
    cues = quote.cues.between(subject.end, open_at)
    return subject, (cues[0].start(), cues[0].end()) if cues else None
