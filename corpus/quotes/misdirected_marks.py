"""Opening-shaped marks typed where a quote closes (issue 15): web text often has “ for ”.

"“I felt we were not progressing the way we wanted to progress, “said Stefanski.": the second “ is
the first quote's close, typed wrong; read as an opener it swallows the cue and runs into the next
paragraph's quote ("said Stefanski.¶“I feel …"), which then reads no speaker. The same with a “ left
at a paragraph's end ("…this team. “", "The president has the final say “"): nothing follows it in
its paragraph, so it opens nothing there; where a quote is open it closes it, and a quote it seemed
to open would run into the next paragraph's quote and take the wrong speaker (ECB+ dev: "an election
official" read as "The president"). :mod:`corpus.quotes.spans` asks these before it opens a quote at
such a mark or lets one run on.
"""

from __future__ import annotations

import re

from corpus.quotes.lexicon import CUES_BEFORE_A_QUOTE

__all__ = ["dangling_mark", "misdirected_close"]

_CUE_AFTER = re.compile(r"(?:" + "|".join(CUES_BEFORE_A_QUOTE) + r")\s")
"""A cue word glued to the mark (“said Stefanski"): a quote cannot open with "said"."""
_BLANK = re.compile(r"\s*")
_CLAUSE_ENDS = ",.?!"


def dangling_mark(text: str, pos: int, para_end: int) -> bool:
    """Whether the mark at ``pos`` has nothing after it in its paragraph ("…this team. “")."""
    if pos + 1 < para_end and not text[pos + 1].isspace():
        return False  # (most marks: glued to the word they open, known from one character)
    blank = _BLANK.match(text, pos + 1, para_end)
    return blank is not None and blank.end() == para_end


def misdirected_close(text: str, pos: int, para_end: int) -> bool:
    """Whether an opening-shaped mark inside an open quote closes it: left at the paragraph's end, or
    after the quote's last comma or stop and a space and glued to a cue (", “said Stefanski")."""
    if dangling_mark(text, pos, para_end):
        return True
    return (
        pos >= 2
        and text[pos - 1] == " "
        and text[pos - 2] in _CLAUSE_ENDS
        and _CUE_AFTER.match(text, pos + 1, para_end) is not None
    )
