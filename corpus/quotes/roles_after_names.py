"""Whether a role describes a name right after it: "Roe, a former senator", "Acme, the software
company", "Roe, Director of …", "Roe, Acme Chief Executive" (capitalised words after the comma, then
a role), as a name's evidence (``name_evidence``).

Read with a set of the role words, not a pattern of them: the pattern of some 170 role words, once
as written and once in any case, cost 13 ms to compile, about half a percent of a cold run, and a
word found by ``\\w+`` is a role exactly where the pattern's "\\brole\\b" matched (the role words are
letters only, so the role is the whole word run)."""

from __future__ import annotations

from functools import cache

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import ORG_WORDS, ROLE_WORDS

DESCRIPTION_REACH = 80
"""How far after "a", "an", "the" or "who is" the role word may start ("Roe, a former senator")."""
CAPITALISED_BEFORE_ROLE = 3
"""How many capitalised words may stand between the comma and the role ("Roe, Acme Chief Executive")."""

_AN_ARTICLE = compiled_on_first_use(r",? +(?:a|an|the|who is) +")
_A_COMMA = compiled_on_first_use(r", +")
_WORD = compiled_on_first_use(r"\w+")
_CAPITALISED = compiled_on_first_use(r"[A-Z][\w’'.-]* +")
_BREAK = compiled_on_first_use(r"[,.;\n]")


@cache
def _role_words() -> frozenset[str]:
    return frozenset(w for w in ROLE_WORDS | ORG_WORDS if w.isalpha())


def then_a_role(text: str, end: int) -> bool:
    """Whether a role follows the name ending at ``end``: after a comma or "a", "an", "the", "who
    is", within :data:`DESCRIPTION_REACH` characters and no comma, period, semicolon or line break
    between ("Roe, a former senator"); or after a comma and at most
    :data:`CAPITALISED_BEFORE_ROLE` capitalised words, in any case ("Roe, Acme Chief Executive")."""
    roles = _role_words()
    article = _AN_ARTICLE().match(text, end)
    if article is not None:
        start = article.end()
        stop = _BREAK().search(text, start, start + DESCRIPTION_REACH)
        last = start + DESCRIPTION_REACH if stop is None else stop.start()
        for word in _WORD().finditer(text, start):
            if word.start() > last:
                break
            if word.group() in roles:
                return True
    comma = _A_COMMA().match(text, end)
    if comma is None:
        return False
    at = comma.end()
    for _ in range(CAPITALISED_BEFORE_ROLE + 1):
        run = _WORD().match(text, at)
        if run is not None and run.group().lower() in roles:
            return True
        capitalised = _CAPITALISED().match(text, at)
        if capitalised is None:
            return False
        at = capitalised.end()
    return False
