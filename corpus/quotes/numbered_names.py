"""Someone an article names by a number: "Juror No. 12", "Juror No. 8", "Witness No. 3". The cue
grammar reads capitalised words, so the number was cut off and every juror became one speaker,
"Juror No"; the number is part of the name."""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use

NUMBER_SIGNS = frozenset(("No", "No.", "Number"))
"""Words that stand before the number someone is named by."""

_NUMBER_AFTER = compiled_on_first_use(r"\.?[ \u00a0]+(\d{1,4})(?![\w.,]\d)")


def numbered(text: str, name_words: list[str], end: int) -> tuple[str, int] | None:
    """The name with its number ("Juror No. 12") and where it ends, when the name ``text`` writes up
    to ``end`` ends in a number sign followed by a number; else None."""
    if not name_words or name_words[-1] not in NUMBER_SIGNS:
        return None
    m = _NUMBER_AFTER().match(text, end)
    if m is None:
        return None
    sign = "No." if name_words[-1] in ("No", "No.") else name_words[-1]
    return " ".join([*name_words[:-1], sign, m[1]]), m.end()
