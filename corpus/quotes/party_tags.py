"""A party-and-state tag after a politician's name ("Rep. Jane Roe, R-Ohio, who", "Sen. Ana Ruiz,
D-N.Y., who", "Bernard Sand, I-Vt., who", "Jane Roe (R), who") is part of the person's description,
no one's name: a relative "who" after it stands for the name before the tag (issue 15). Read by
:mod:`corpus.quotes.relative_antecedents` and by :func:`corpus.quotes.phrases.phrase_before`'s
"…, who said" (a cue's subject)."""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use

PARTY_LETTERS = "RDI"
"""Republican, Democrat, independent: the letters of the tags news style writes after a legislator's
name (AP: "R-Ohio", "D-Calif.", "I-Vt."; some outlets "(R)", "(R-OH)")."""
_STATE = r"[A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.?)?"
"""A state as a tag writes it: "Ohio", "Calif.", "N.Y.", "W. Va.", "OH"."""
_TAG_BEFORE_RELATIVE = compiled_on_first_use(
    rf"(?:,\s+[{PARTY_LETTERS}]-{_STATE}|\s*\([{PARTY_LETTERS}](?:-{_STATE})?\)),?\s*\Z"
)
"""The tag closing the stretch before a relative: ", R-Ohio," or " (R-Ohio)," or " (R),"."""
TAG_REACH = 24
"""A tag and the comma and spaces after it are no longer than this (", R-W. Va., ")."""


def before_party_tag(text: str, lo: int, at: int) -> int:
    """Where the name before a party tag ends, the tag closing ``text[lo:at]`` ("Jane Roe{, R-Ohio,}
    who"); ``at`` itself where no tag closes it."""
    start = max(lo, at - TAG_REACH)
    if text.find("-", start, at) < 0 and text.find("(", start, at) < 0:
        return at  # (most stretches hold neither: no tag read)
    match = _TAG_BEFORE_RELATIVE().search(text, start, at)
    return at if match is None else match.start()
