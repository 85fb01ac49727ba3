"""Page chrome in scraped plain text: the lines a web page puts around its article.

A scraper that saves a page's text blocks keeps its buttons ("Share", "Email Bio Follow"), prompts
("Subscribe to Breaking News emails"), credits ("Getty Images", "Photo: …"), bylines ("By Jane Roe,
Associated Press") and contact lines along with the article. What is true of such lines on every
site, and is used here: they are short; they are made of the words of links and buttons, not of
the story's words; a credit names a photographer or agency after a slash, a bar or a colon; a byline
opens with "By" or ends with a wire service's name. Dates and times are told apart in :mod:`.meta`,
which knows the month names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.model import BlockKind

LINK_WORDS = frozenset(
    """
    share shares sharing tweet email e-mail emails mail comment comments facebook twitter google+ linkedin
    pinterest whatsapp reddit print follow bio save pin url link links close open more less show hide
    toggle caption captions image images photo photos gallery slideshow video videos watch listen audio
    play playing now read full story stories next previous back top menu search subscribe subscribed
    unsubscribe sign log login register newsletter newsletters alerts alert notifications permalink
    view join conversation cancel send post posted copy edition related recommended content trending
    latest advertisement advertising sponsored supported continue continued reading below above click tap here
    reprint reprints purchase order buy feedback contact home skip navigation cookies cookie
    breaking news inbox download app apps expand collapse enlarge fullscreen transcript chapters
    """.split()
)
"""Words of buttons, links and prompts: a short line made only of these is a page control."""

NAME_SHARE = 0.6
"""A byline below the header is taken when this share of its words are capitalised, as names are."""
CONTROL_CHARS = 150
"""Page controls, contact lines and bylines are short: longer paragraphs are not tried."""
CREDIT_CHARS = 120
"""A photo credit at the end of a caption is looked for in its last this many characters."""
CONTROL_SHARE = 0.6
"""A line of up to 12 words is a control when this share of its words (and three or more) are link words."""

STOP_WORDS = frozenset(
    "a an the to of on in for this that your our us we with and or via by at from you it is are be up".split()
)

WIRE_SERVICES = {
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "ap": "AP",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
    "upi": "UPI",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "press association": "Press Association",
    "pa": "PA",
    "bloomberg news": "Bloomberg",
    "cnn wire": "CNN",
    "tribune news service": "Tribune News Service",
}
"""News agencies and syndicated services whose credit on a story names its source."""

CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The letters ``re.IGNORECASE`` takes for an ASCII letter besides its two cases: İ and ı for i, ſ
(long s) for s, the Kelvin sign for k."""


def folded(text: str) -> str:
    """``text`` lower-cased as ``re.IGNORECASE`` compares it with ASCII words, and no longer: a plain
    ``startswith`` on it tells whether a case-insensitive pattern of ASCII words can match at all."""
    if text.isascii():
        return text.lower()
    for letter in _FOLDED_LETTERS:  # (translate looks each character up: only a text holding one pays)
        if letter in text:
            return text.translate(CASE_FOLDS).lower()
    return text.lower()


_FOLDED_LETTERS = tuple(map(chr, CASE_FOLDS))


SENTENCE_STOPS = (".", "!", "?")
CLOSERS = ("'", '"', "”", "’", ")")
"""Closing quotes and brackets that may stand after a sentence's last stop."""


def ends_sentence(line: str) -> bool:
    """``line`` ends with a stop and at most one closer (as ``[.!?]['"”’)]?$`` finds, so a last line
    break is not counted). Tested as strings: a regex class holding characters beyond Latin-1 takes
    longer to compile than a small folder's lines take to test."""
    core = line[:-1] if line.endswith("\n") else line
    return core.endswith(SENTENCE_STOPS) or (core.endswith(CLOSERS) and core[:-1].endswith(SENTENCE_STOPS))


# Most patterns below are compiled the first time a line passes the string test in front of them
# (a word it must open with, a character it must hold): many corpora never need them, and compiling
# every one at start-up took as long as reading a small folder.
_WORD = re.compile(r"[\w+'-]+")
"""A word of a button or link (curly apostrophes are made straight first: see :func:`words_of`)."""
CREDIT_WORDS = (
    "photo",
    "image",
    "picture",
    "screenshot",
    "graphic",
    "illustration",
    "video",
    "media",
    "credit",
)
"""A credit standing as a line opens with one of these and a colon: "Photo: Jane Roe"."""
CAPTION_OPENINGS = ("file", "in this", "(additional ", "(reporting", "(writing", "(editing")
"""An agency's caption ("FILE - In this 2018 photo, …") or a wire's credits ("(Reporting by …)")
opens with one of these."""
_CAPTION_FIRSTS = "".join(sorted({opening[0] for opening in CAPTION_OPENINGS}))
CREDIT_SEPARATORS = (",", "|", "—", "–", " - ")
"""What stands between a byline's names and the outlet it credits: "Jane Roe, Associated Press",
"Dawn C. Chmielewski | Deadline"."""


_email = compiled_on_first_use(r"^\S+@\S+\.\w+$")
_email_in = compiled_on_first_use(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_phone = compiled_on_first_use(r"\+?\d[\d\s().-]{7,}\d")
_inner_byline = compiled_on_first_use(r"[—–-]\s*By\s+[A-Z]")
_byline = compiled_on_first_use(r"^by\b[\s:]*(?P<rest>.*)$", re.I)


def _byline_match(line: str) -> re.Match[str] | None:
    return _byline().match(line) if line[:2].lower() == "by" else None


_credit_tail = compiled_on_first_use(
    r"(?:" + "|".join(map(re.escape, CREDIT_SEPARATORS)) + r")\s*(?P<name>[A-Z][\w.&' -]{1,40}?)\s*$"
)


def _credit_tail_match(line: str) -> re.Match[str] | None:
    return _credit_tail().search(line) if any(s in line for s in CREDIT_SEPARATORS) else None


# A credit standing as a line or closing a caption: "Photo: Jane Roe", "Jane Roe / Getty Images",
# "(Jane Roe/The Daily Planet)", "Jane Roe/Reuters". Only the start and the end of a line are tried,
# so a sentence that names a photo agency in passing is not a credit.
_credit_start = compiled_on_first_use(r"^(?:" + "|".join(CREDIT_WORDS) + r")s?\s*:", re.I)


_credit_end = compiled_on_first_use(
    r"(?:getty\s+images(?:\s+for\s+[\w ]{2,30})?|shutterstock|ap\s+photo[^()]*\)"
    r"|\([^()]*\w\s*/\s*\w[^()]*\)|\s/\s*(?:ap|afp|reuters|epa|getty)\b[^()/]*)\s*$",
    re.I,
)


# "Jane Roe/CNET", "Jane Roe | Getty Images": a short line of a name, a slash or bar, an outlet.
_name_slash_outlet = compiled_on_first_use(
    r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3}\s*[/|]\s*[A-Z][\w .&'/-]{1,40}$"
)


_caption_words = compiled_on_first_use(
    r"^(?:file\s*[-–—]|in this\b.{0,40}\b(?:file )?photo\b"
    r"|\((?:additional )?(?:reporting|writing|editing) by\b)",
    re.I,
)


_WORD_CHARS_LOWERED = str.maketrans(
    {chr(c): chr(c).lower() if _WORD.fullmatch(chr(c)) else " " for c in range(128)}
)
"""Each ASCII character of a :data:`_WORD` to itself lower-cased, any other to a space."""


def words_of(line: str) -> list[str]:
    """The words of a line, lower-cased; a curly apostrophe is written straight (no link word holds
    one, so which one a word has changes nothing)."""
    line = line.replace("’", "'")
    plain = as_ascii(line)
    if plain is not None:  # lower-cased and cut between words in one translate
        return plain.translate(_WORD_CHARS_LOWERED).split()
    if LOWERS_TO_TWO in line:
        return [w.lower() for w in _WORD.findall(line)]
    return _WORD.findall(line.lower())  # the same words, lower-cased in one call


NON_WORD_MARKS = ("’", "”", "“", "\xa0", "—", "‘", "–", "…", "―", "«", "»", "•", "·", "©", "®", "™", "€", "£")
"""Characters beyond ASCII that no word holds (quotes, dashes, spaces, signs), the commonest first:
most English news is ASCII but for these."""


def as_ascii(text: str, stand_ins: dict[str, str] | None = None) -> str | None:
    """``text`` with each of :data:`NON_WORD_MARKS` in it written as a space (or as its stand-in in
    ``stand_ins``, one ASCII character each), when that leaves it ASCII; else None. Its words (runs
    of ``\\w``, of letters) are the same: a pattern of ASCII letters finds them in it at twice the
    speed of a class of every script's letters, and a translate of it runs in C."""
    if text.isascii():  # (a flag of the string: no scan)
        return text
    for mark in NON_WORD_MARKS:
        if mark in text:
            text = text.replace(mark, stand_ins[mark] if stand_ins else " ")
            if text.isascii():
                return text
    return None


LOWERS_TO_TWO = "\u0130"
"""İ, the one character that lower-cases to two (i and a combining dot, which is no letter): in a
text without it every character lower-cases to one that is a word's character (a letter) exactly
when it was one, so the words of the lower-cased text are the lower-cased words of the text."""


ASCII_DIGITS = b"0123456789"


def holds_digit(text: str, digit: Callable[[str], bool] = str.isdigit) -> bool:
    """``any(map(digit, text))`` (``digit``: ``str.isdigit`` or ``str.isdecimal``, which hold of the
    same ASCII characters): for an ASCII text told in C, by its bytes with the digits deleted being
    fewer (the test a character at a time was a sixth of telling a short line's kind)."""
    if text.isascii():
        return len(text.encode().translate(None, ASCII_DIGITS)) < len(text)
    return any(map(digit, text))


def is_page_control(line: str) -> bool:
    """A short line of link and button words: "Share on Facebook", "Story Continued Below", "You
    have successfully subscribed to the Breaking News email"."""
    if len(line) > CONTROL_CHARS:  # (a paragraph of text costs nothing here)
        return False
    words = words_of(line)
    if not words or len(words) > 12 or LINK_WORDS.isdisjoint(words):  # (no link word: most lines, in C)
        return False
    content = [w for w in words if w not in STOP_WORDS and not w.isdigit()]
    links = sum(w in LINK_WORDS for w in content)
    if len(words) <= 8 and links and links == len(content):
        return True
    return links >= 3 and links >= CONTROL_SHARE * len(content)


def is_contact_line(line: str) -> bool:
    """An e-mail address, a short line giving one, or a line of phone numbers."""
    if len(line) > CONTROL_CHARS or ("@" not in line and not holds_digit(line[:40])):
        return False
    if "@" in line and (
        _email().match(line.strip()) or (len(line.split()) <= 12 and _email_in().search(line))
    ):
        return True
    phones = _phone().findall(line)
    return bool(phones) and sum(map(len, phones)) * 2 >= len(line)


def is_photo_credit(line: str) -> bool:
    """A photographer or agency credit, or a caption that carries one ("… (AP Photo/Jane Roe)")."""
    head = folded(line[:12])
    # an agency's caption, however long: "FILE - In this 2018 photo, …" (each opening tried only
    # where the line's first character is one's: most lines open otherwise)
    if head[:1] in _CAPTION_FIRSTS and head.startswith(CAPTION_OPENINGS) and _caption_words().match(line):
        return True
    if len(line) > 300:
        return False
    return bool(
        (":" in line and head.startswith(CREDIT_WORDS) and _credit_start().match(line))
        or _credit_at_end(line[-CREDIT_CHARS:])
        or (len(line) < 60 and ("/" in line or "|" in line) and _name_slash_outlet().match(line))
    )


def _credit_at_end(tail: str) -> bool:
    """A credit closes its line: only the end is tried, and only when it holds a credit's marks."""
    low = tail.lower()
    if "/" not in low and "getty" not in low and "shutterstock" not in low and "photo" not in low:
        return False
    return _credit_end().search(tail) is not None


def wire_service(name: str) -> str | None:
    """The agency ``name`` spells ("The Associated Press" → "Associated Press"), or None."""
    key = " ".join(name.lower().replace("the ", "", 1).split()) if name.lower().startswith("the ") else name
    key = " ".join(key.lower().split()).strip(" .")
    return WIRE_SERVICES.get(key) or WIRE_SERVICES.get("the " + key)


def byline_credit(line: str) -> tuple[bool, str | None]:
    """(is a byline, the service it credits): "By Jane Roe, Associated Press" → (True, "Associated
    Press"); "By Jane Roe" → (True, None); a bare "The Associated Press" → (True, "Associated Press")."""
    line = " ".join(line.split())
    words = line.split()
    if not words or len(words) > 14 or (ends_sentence(line) and len(words) > 6):
        return False, None
    whole = wire_service(line.strip("/|—–- "))  # "/ AP", "— Reuters"
    if whole:
        return True, whole
    byline = _byline_match(line)
    tail = _credit_tail_match(line)
    credit = None
    if tail:
        name = tail.group("name").strip()
        credit = wire_service(name)
        if credit is None and byline and "|" in line:  # "By Jane Roe | Deadline": the outlet it came from
            credit = name
    if byline:
        return True, credit
    named = _looks_like_names(line[: tail.start()] if tail else "") or (
        "By" in line and _inner_byline().search(line) is not None
    )
    return credit is not None and named, credit


def is_named_byline(line: str) -> bool:
    """A "By" line of mostly capitalised names: "By Jane Q. Roe", "By Jane Roe, professor at Riverton
    University" (not "By the numbers")."""
    if len(line) > CONTROL_CHARS or not line[:3].lower().startswith("by"):
        return False
    match = _byline_match(" ".join(line.split()))
    if not match or not byline_credit(line)[0]:
        return False
    words = match.group("rest").replace(",", " ").split()
    return bool(words) and sum(w[0].isupper() for w in words) >= NAME_SHARE * len(words)


def _looks_like_names(text: str) -> bool:
    """Capitalised names joined by "and" or commas: "Paul J. Weber and Geoff Mulvihill"."""
    words = text.replace(",", " ").split()
    return 2 <= len(words) <= 10 and all(w[0].isupper() or w in ("and", "&") for w in words)


def is_name_label(line: str) -> bool:
    """A few capitalised words and nothing else: an author's name, an outlet, a section ("Igor
    Derysh", "CBS News", "On The Hill"). Such a line is never the headline."""
    words = line.split()
    if not 1 <= len(words) <= 4 or ends_sentence(line) or line.endswith((":", "?")):
        return False
    return all(w[0].isupper() or w[0].isdigit() or not w[0].isalpha() for w in words)


SHORT_LABEL_WORDS = 6
FOOTER_LABEL_WORDS = 10
"""A trailing line that does not end as a sentence is a footer label when it has at most
``SHORT_LABEL_WORDS`` words, or at most this many, capitalised like a title."""


def is_rights_notice(line: str) -> bool:
    """A copyright notice: "Copyright 2018 The Daily Planet. All rights reserved. This material …"."""
    if len(line) > 500:
        return False
    head = line[:200].lower()
    return head.startswith(("copyright", "©")) or "all rights reserved" in head


def mark_footer(text: str, paragraphs: list[tuple[int, int]], kinds: list[BlockKind]) -> None:
    """Mark as boilerplate the labels after the article's last sentence ("More from the Planet",
    "RELATED COVERAGE", "Footer Navigation", an author's name): what follows the text and is not
    text. Nothing is marked unless a paragraph of text comes before them."""
    trailing: list[int] = []
    for i in range(len(paragraphs) - 1, -1, -1):
        if kinds[i] == "boilerplate":
            continue
        line = text[paragraphs[i][0] : paragraphs[i][1]].strip()
        words = line.split()
        label = len(words) <= SHORT_LABEL_WORDS or (len(words) <= FOOTER_LABEL_WORDS and _capitalised(words))
        if kinds[i] == "body" and label and not _ends_text(line):
            trailing.append(i)
            continue
        if kinds[i] == "body":  # the article's last sentence: what trails it is the page's
            for j in trailing:
                kinds[j] = "boilerplate"
        return


def _capitalised(words: list[str]) -> bool:
    longer = [w for w in words if len(w) >= 4]
    return bool(longer) and sum(w[0].isupper() for w in longer) >= CONTROL_SHARE * len(longer)


TEXT_STOPS = (".", "!", "?", "…", ":", ";")
CLOSING_MARKS = ('"', "”", "’", ")", "]")
"""A line ending with one of these ends as text does, and so does one ending with a stop, these and
straight apostrophes after it."""


def _ends_text(line: str) -> bool:
    """``line`` ends as text does (as the regex ``[.!?…:;]['"”’)\\]]*$|["”’)\\]]$`` finds: a last line
    break is not counted)."""
    core = line[:-1] if line.endswith("\n") else line
    return core.endswith(CLOSING_MARKS) or core.rstrip("'" + "".join(CLOSING_MARKS)).endswith(TEXT_STOPS)
