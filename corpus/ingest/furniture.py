"""Lines that are page furniture wherever they appear: a sign-up prompt, a share button, a credit, a
copyright notice, a bare page address ("Subscribe to our newsletter", "Share on Facebook",
"Photo: Jane Roe", "© 2022 The Daily Planet").

Each shape is an opening (read case-insensitively) and what may follow it, tested with string
methods. The same shapes as one case-insensitive regex took longer to compile, at every start, than
a small folder took to load; these tests find exactly the lines that regex did (the tests hold it).
"""

from __future__ import annotations

from corpus.ingest.chrome import folded

OPENING_THEN_TEXT: tuple[tuple[tuple[str, ...], int, bool], ...] = (
    (("subscribe", "sign up"), 60, True),
    (
        ("find out more", "you can license this story", "read more", "read also", "see more", "see also"),
        80,
        True,
    ),
    (("copyright", "cookies", "cookie"), 120, True),
    (("©",), 120, False),
    (("all rights reserved",), 40, False),
    (("published", "updated", "posted", "last updated", "last modified"), 80, True),
)
"""(openings, at most this many characters after one, whether a word must end where it does)."""
WHOLE_LINES = frozenset(
    {
        "back to top", "back to top button", "advertisement", "advertising",
        "related", "related articles", "related stories", "related news",
        "share", "tweet", "print", "email", "comment", "comments",
    }
)  # fmt: skip
"""Lines that are furniture as they stand (white space inside them as written here)."""
SOCIAL_NETWORKS = ("twitter", "facebook", "instagram", "telegram", "youtube", "vk", "linkedin", "whatsapp")
LINK_LABELS = (*SOCIAL_NETWORKS, "email", "share")
"""A line of one of these, maybe a colon, and a bracketed link of up to LINK_CHARS: "Twitter: [ … ]"."""
LINK_CHARS = 80
BUTTONS = ("share", "tweet", "print", "email", "comments", "comment")
BUTTON_WORDS = ("this", "on", "via")
"""A button and what it acts on or through, in up to BUTTON_CHARS more: "Share on Facebook"."""
BUTTON_CHARS = 30
CREDIT_LABELS = ("photo", "image", "picture", "credit")
"""A credit label (maybe plural), a colon and up to CREDIT_CHARS: "Photo: Jane Roe"."""
CREDIT_CHARS = 120
SOURCE_AT_MOST = 40
"""A "Source: …" credit starts within this many characters and gives up to SOURCE_CHARS after it."""
SOURCE_CHARS = 60
ADDRESS_CHARS = 300
"""A bare page address ("https://…", "www.…") of up to this many characters after its first one."""


OPENINGS = (
    *(opening for openings, _, _ in OPENING_THEN_TEXT for opening in openings),
    *WHOLE_LINES, *LINK_LABELS, *BUTTONS, *CREDIT_LABELS, "http", "www",
)  # fmt: skip
"""What every shape but a "Source:" credit opens with: most lines are told apart by their start."""
_OPENINGS_BY_FIRST = {
    first: tuple(opening for opening in OPENINGS if opening[0] == first) for first in {o[0] for o in OPENINGS}
}
"""The :data:`OPENINGS` by their first character: a line is tried against those opening as it does
alone, not against every one (each tried cost about as much as one of a short line's other tests)."""


def is_furniture_line(line: str) -> bool:
    """``line`` (a whole paragraph, stripped) is one of the shapes of page furniture above."""
    head = folded(line[: SOURCE_AT_MOST + len("source")])
    if not head.startswith(_OPENINGS_BY_FIRST.get(head[:1], ())) and "source" not in head:
        return False
    text = folded(line[:-1] if line.endswith("\n") else line)  # (a last line break is not counted)
    if text in WHOLE_LINES:
        return True
    for openings, most, word_ends in OPENING_THEN_TEXT:
        for opening in openings:
            if not text.startswith(opening):
                continue
            if (not word_ends or _word_ends(text, len(opening))) and _fits(text, len(opening), most):
                return True
    return (
        any(text.startswith(label) and _link_after(text, len(label)) for label in LINK_LABELS)
        or any(text.startswith(button) and _button_after(text, len(button)) for button in BUTTONS)
        or any(text.startswith(label) and _credit_after(text, len(label)) for label in CREDIT_LABELS)
        or _is_source_credit(text)
        or _is_address(text)
    )


def _fits(text: str, at: int, most: int) -> bool:
    """What follows ``at`` is at most ``most`` characters on one line."""
    return len(text) - at <= most and "\n" not in text[at:]


def _word_ends(text: str, at: int) -> bool:
    return at >= len(text) or not _is_word_char(text[at])


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what a regex's \b and \w take for a word's character


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _link_after(text: str, at: int) -> bool:
    at = _skip_space(text, at)
    if text[at : at + 1] == ":":
        at = _skip_space(text, at + 1)
    last = len(text) - 1
    return (
        text[at : at + 1] == "["
        and last > at
        and text[last] == "]"
        and _fits(text[:last], at + 1, LINK_CHARS)
    )


def _button_after(text: str, at: int) -> bool:
    after = _skip_space(text, at)
    if after == at:
        return False
    for word in BUTTON_WORDS:
        end = after + len(word)
        if text.startswith(word, after) and _word_ends(text, end) and _fits(text, end, BUTTON_CHARS):
            return True
    return False


def _credit_after(text: str, at: int) -> bool:
    at = _skip_space(text, at + 1 if text[at : at + 1] == "s" else at)
    return text[at : at + 1] == ":" and _fits(text, at + 1, CREDIT_CHARS)


def _is_source_credit(text: str) -> bool:
    """A "Source: X" credit starting within SOURCE_AT_MOST characters of one line, a word starting there."""
    at = text.find("source")
    while 0 <= at <= SOURCE_AT_MOST:
        if "\n" not in text[:at] and (at == 0 or not _is_word_char(text[at - 1])):
            after = at + len("source")
            after = _skip_space(text, after + 1 if text[after : after + 1] == "s" else after)
            if text[after : after + 1] == ":":
                first = _skip_space(text, after + 1)
                if first < len(text) and _fits(text, first + 1, SOURCE_CHARS):
                    return True
        at = text.find("source", at + 1)
    return False


def _is_address(text: str) -> bool:
    """A bare page address: "https://…", "http : / / …", "www.…"."""
    marks: tuple[str, ...]
    if text.startswith("http"):
        at, marks = (5 if text[4:5] == "s" else 4), (":", "/", "/")
    elif text.startswith("www"):
        at, marks = 3, (".",)
    else:
        return False
    for mark in marks:
        at = _skip_space(text, at)
        if text[at : at + 1] != mark:
            return False
        at += 1
    first = _skip_space(text, at)
    return first < len(text) and _fits(text, first + 1, ADDRESS_CHARS)
