"""What `o` (elsewhere) lists for a quote: the same statement as other articles word it, its
speaker's quotes in the other articles, and, where the speaker relays someone's words ("“…,” Okafor
said, according to the Valley Ledger"), that person's own quotes and their words as others relay
them. A journalist reading a relayed quote wants first whose words they are said to be, and where
that person said something themselves; the relayer (most often an outlet) comes after.

Plain functions of the story's answers, no textual: :class:`tui.screens.pickers.OtherQuotesScreen`
shows them, the reader's status line hints at them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.model import Quote
from tui.labels import one_line, speaker_label

if TYPE_CHECKING:
    from corpus.story import Story

__all__ = [
    "ELSEWHERE_TIP",
    "elsewhere_groups",
    "elsewhere_hint",
    "elsewhere_title",
    "quoted_articles",
    "quoted_person",
]

Groups = list[tuple[str, list[Quote]]]

ELSEWHERE_TIP = (
    "This statement in other articles and the speaker's quotes there; for a relayed quote, the quoted"
    " person's own quotes and their words as others relay them"
)
"""The reader's `o` binding's description."""


def quoted_person(story: Story, quote: Quote) -> str | None:
    """The canonical speaker whose words ``quote``'s speaker relays, where the corpus knows them by
    that name (a mention no name stands for, "police", has no quotes of its own to list)."""
    quoting = quote.quoting
    if quoting is None or not quoting.name or story.speaker(quoting.name) is None:
        return None
    return quoting.name


def elsewhere_title(quote: Quote, quoted: str | None) -> str:
    """The dialog's title: the speaker in the other articles, and whom they quote (a relayer no name
    stands for as written: "Thursday's filing, and Jon Okafor whom they quote, elsewhere")."""
    speaker = speaker_label(quote, "this speaker")
    if quoted is None:
        return f"{speaker} in the other articles"
    return f"{speaker}, and {one_line(quoted)} whom they quote, elsewhere"


def elsewhere_groups(story: Story, quote: Quote) -> Groups:
    """The headed lists of quotes `o` offers for ``quote``, each quote once (the first heading that
    holds it), the quote itself never."""
    seen = {(quote.article, quote.start)}

    def fresh(quotes: list[Quote], other_articles: bool) -> list[Quote]:
        kept = []
        for q in quotes:
            key = (q.article, q.start)
            if key in seen or (other_articles and q.article == quote.article):
                continue
            seen.add(key)
            kept.append(q)
        return kept

    groups: Groups = [
        ("The same statement, as other articles word it", fresh(story.quotes_in_group(quote.group), True))
    ]
    quoted = quoted_person(story, quote)
    if quoted is not None:
        name = one_line(quoted)
        # their own words anywhere, this article too: a relayed quote is often the only one of them
        # the article relays, and their own elsewhere in it is where a reader goes next
        groups.append((f"Quotes by {name}", fresh(story.quotes_by(quoted), False)))
        groups.append((f"{name} as others relay them", fresh(story.quotes_relaying(quoted), False)))
    if quote.speaker:
        speaker = one_line(quote.speaker)
        groups.append((f"Other quotes by {speaker}", fresh(story.quotes_by(quote.speaker), True)))
    return groups


def quoted_articles(story: Story, quote: Quote) -> list[str]:
    """The other articles where the person a relayed quote quotes speaks or is relayed, in corpus
    order: the reader's status line hints at them."""
    quoted = quoted_person(story, quote)
    if quoted is None:
        return []
    names = {q.article for q in story.quotes_by(quoted)} | {q.article for q in story.quotes_relaying(quoted)}
    names.discard(quote.article)
    return sorted(names, key=story.index_of)


def elsewhere_hint(story: Story, quote: Quote) -> str | None:
    """The status line's pointer to `o`: the other articles the speaker is in, and those the person
    they quote is in ("also in B, C · Okafor in D (o)"); None where `o` would list no article."""
    speaker = story.speaker(quote.speaker)
    others = sorted(
        {a for a in (speaker.articles if speaker else []) if a != quote.article}, key=story.index_of
    )
    parts = [f"also in {', '.join(story.tag(a) for a in others)}"] if others else []
    quoted = quoted_articles(story, quote)
    if quoted and quote.quoting is not None and quote.quoting.name:
        parts.append(f"{story.short_name(quote.quoting.name)} in {', '.join(story.tag(a) for a in quoted)}")
    return f"{' · '.join(parts)} (o)" if parts else None
