"""Which quotes are terms, not statements: a nickname, a scare quote, a title ("the Teflon Don",
“hysteria”, "About a Boy") that no cue of its own gives to anyone. A term is highlighted as quoted
words, never attributed, never counted as anyone's quote."""

from __future__ import annotations

from corpus.model import Article
from corpus.quotes.asked_words import in_a_question
from corpus.quotes.attribution import Attribution
from corpus.quotes.lexicon import TITLE_CASE_SMALL_WORDS
from corpus.quotes.named_things import NAME_GAP, names_the_quote
from corpus.quotes.passive_names import AS_LAST_LETTERS, named_by_a_passive
from corpus.quotes.spans import QuoteSpan

__all__ = ["is_term", "term_flags", "titled"]

_TERM_WORDS = 2
"""A quote of at most this many words with no cue is a term (a nickname, a scare quote, a title)."""
_TITLE_WORDS = 6
"""A quote in title case of at most this many words with no cue is a term too: a work's title ("About
a Boy", "Million Dollar Mermaid"), a slogan, a name, whose small words ("a", "of") are lower case."""


def term_flags(article: Article, spans: list[QuoteSpan], rules: list[Attribution]) -> list[bool]:
    """Which quotes are terms (:func:`is_term`): few words or a title no cue of their own gives to
    anyone. A cue that reports another quote first is not this one's (`“…,” said Roe, director of
    the film “Frost/Nixon,” …`: the title in her description is no more her words). A quote a
    participle names the rules' mention by is a term whatever its length ("a group called the “…”"),
    and so is one a passive of naming gives its subject with no agent ("were designated as “…”":
    :mod:`corpus.quotes.passive_names`)."""
    first_quote: dict[tuple[int, int], int] = {}
    for k, att in enumerate(rules):
        if att.cue is not None:
            first_quote.setdefault(att.cue, k)
    text = article.text
    return [
        not span.nested
        and (
            (
                (att.cue is None or first_quote[att.cue] != k)
                and is_term(text_of(article, span), span.kind, att.mention is None)
            )
            or (
                att.mention is not None
                and span.open_at - att.mention.end in NAME_GAP
                and _a_things_name(text, att, span)
            )
            or in_a_question(text, span.open_at)
            or (
                text[span.open_at - 2 : span.open_at - 1] in AS_LAST_LETTERS
                and named_by_a_passive(text, span.open_at, span.close_at)
            )
        )
        for k, (span, att) in enumerate(zip(spans, rules, strict=True))
    ]


def _a_things_name(text: str, att: Attribution, span: QuoteSpan) -> bool:
    """Whether the rules' mention is a thing a participle names by the quote ("a group called the
    “…”", :func:`corpus.quotes.named_things.names_the_quote`): the quote is its name, a term."""
    m = att.mention
    return m is not None and names_the_quote(text, m.start, m.end, span.open_at)


def text_of(article: Article, span: QuoteSpan) -> str:
    return article.text[span.start : span.end]


def is_term(said: str, kind: str, nobody: bool) -> bool:
    """Whether quoted words with no cue are a term rather than a statement: a name ("the Teflon Don",
    a film's title: every word capitalised), or any few words when the sentence gives ``nobody`` who
    could have used them (“hysteria”).

    Few words a sentence's subject uses ("Trump accused her of being “duped”") stay theirs: PolNeAR's
    annotators attribute them so (on its train split the rules' subject is their Source for 147 of
    the 276 such quotes; making them all terms cost 0.022 of speaker accuracy there, 0.027 on dev)."""
    words = said.strip(" ,;:").split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or len(words) > _TITLE_WORDS:
        return False
    if len(words) > _TERM_WORDS:
        return titled(words) and not said.rstrip().endswith((".", "!", "?", "…"))
    named = all(w[:1].isupper() for w in words)
    if kind == "direct":  # a quoted sentence ("Absolutely.") is speech; a quoted title ends none
        return named and not said.rstrip().endswith((".", "!", "?", "…"))
    return nobody or named


def titled(words: list[str]) -> bool:
    """Words in title case: the first and last capitalised (or a number), the rest too but a title's
    small words ("About a Boy", "Slumdog Millionaire", "Lord of the Rings")."""
    if not (words[0][:1].isupper() and (words[-1][:1].isupper() or words[-1][:1].isdigit())):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_CASE_SMALL_WORDS for w in words)
