"""Quotes that go on in the previous quote's speaker's words (issue 15, "who said it").

A quoted sentence split by its cue: `“A,” Roe said, citing a group called Acme. “B.”`. The second
quote has no cue of its own; the sentence before it quotes someone with a cue, and the reader reads B
as the same speaker going on. The rules' search for a cue in the sentence before took the nearest
cue word there, which need not be the one that quoted A (`a group <called> Acme`: Acme said B), or
the subject of that sentence. Here: a direct quote opening its sentence, with no cue in that
sentence, right after a sentence of the same paragraph holding the previous quote and the cue the
rules gave it, is that quote's speaker's (:func:`goes_on`), where the rules' own search names
someone else or no one (another mention of the same speaker, "Greene" or "she" for "Megan Greene",
is left as the rules read it). On PolNeAR train 3 of 7,193 quotes' speakers change, all for the
better (a super PAC named after "Clinton said, referencing", de Blasio named after the spokesman's
cue, "from Manchester"); CV (``train/no_speaker.py --c 3 --margins 0``) 0.9073 -> 0.9076, dev 0.9332
the same; the golden corpora (ECB+ dev, scraped-dev, NewsWCL50, html-more) unchanged (h-cont19).

Tried and left out (CV / dev against 0.9073 / 0.9332, or 0.9088 / 0.9332 with
:mod:`corpus.quotes.speech_owners`): the previous quote's answer taken whatever the rules' own search
read, 0.9079 / 0.9319 (9 quotes up, 6 down on held-out folds, the downs the same person by another
mention, "DuVernay said she felt …, “…,” she said. “…”"; and it carried a nameless reading of the
first part, "IMF chief economist Maury Obstfeld", to the second); the names compared whole rather
than by surname, 0.9074; the same for a paragraph opening with the quote right after the previous
quote's paragraph, no cue in it, 0.9086 (a reply whose verb the cue words lack, "“…,” Bennett shot
back", given to the one answered); a ranker feature for the rules' answer carried from the previous
quote of another paragraph, 0.9086.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.quotes.context import QuoteContext
from corpus.quotes.cues import Found
from corpus.quotes.lexicon import PERSONAL_PRONOUNS
from corpus.quotes.mention_speakers import resolve
from corpus.quotes.spans import QuoteSpan
from corpus.quotes.subjects import Subjects
from corpus.quotes.token_runs import LETTER_OR_DIGIT

if TYPE_CHECKING:
    from corpus.quotes.attribution import Attribution

PREVIOUS_SPEAKER_PARAGRAPHS = 2
"""A quote with no cue of its own is the previous quote's speaker's when it opens at most this many
paragraphs after that quote closed (a speech quoted over several paragraphs, a reply in between)."""


def continues(previous: QuoteSpan, said: Attribution, span: QuoteSpan) -> bool:
    """Whether ``span``, with no cue of its own, goes on in the words of the quote ``previous``,
    which the rules gave to ``said`` (moved here from ``attribution``)."""
    return span.paragraph - previous.end_paragraph <= PREVIOUS_SPEAKER_PARAGRAPHS and said.mention is not None


def goes_on(
    quote: QuoteContext, previous: QuoteSpan, said: Attribution, found: Found | None, subjects: Subjects
) -> bool:
    """Whether ``quote`` goes on in the words of the quote ``previous``, which the rules gave to
    ``said``, a named speaker, where the rules' search (its answer ``found``) names someone else or
    no one: ``quote`` is direct, opens its sentence and its sentence holds no cue word; the sentence
    before it, in the same paragraph, holds ``previous`` and its cue. A quote that runs on over
    paragraphs from there is that speaker's as written there where its closing cue names the same
    speaker (:func:`runs_on`)."""
    if said.name is None or said.cue is None or quote.span.kind != "direct":
        return False  # (most quotes: what :func:`_split` asks first, told before any call)
    if runs_on(quote, previous, said.cue) and found is not None and found[0] is not None:
        name = resolve(quote.text, found[0], quote.open_at, subjects)[0]
        if name is not None and _surname(name) == _surname(said.name):
            return True  # the closing cue's speaker is the same ("“C,” she said"), not "added Jim Roe"
    if not _split(quote, previous, said.cue):
        return False
    if found is None:
        return True
    mention = found[0]
    if mention is None or mention.pronoun:
        return False  # "“A,” Roe said. … “B,” she added": resolved by the rules as they resolve theirs
    name = resolve(quote.text, mention, quote.open_at, subjects)[0]
    return name is None or _surname(name) != _surname(said.name)


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def runs_on(quote: QuoteContext, previous: QuoteSpan, cue: tuple[int, int] | None) -> bool:
    """Whether ``quote`` opens right after the sentence holding ``previous`` and its ``cue`` and runs on
    over paragraphs (`“A,” Roe said. “B …` / `“C,” she said.`): the words go on from that cue, the
    one after the quote closes only its last paragraph's part, and PolNeAR marks the first (of the 6
    PolNeAR train quotes this moves, all one speaker, 4 have their gold Source at the opening cue and
    2 at the closing one; dev has none; with a closing cue naming someone else, not asked here, the
    one dev quote is the closing cue's)."""
    if quote.span.end_paragraph == quote.span.paragraph:
        return False
    return _split(quote, previous, cue, cue_after=True)


def _split(
    quote: QuoteContext, previous: QuoteSpan, cue: tuple[int, int] | None, cue_after: bool = False
) -> bool:
    """Whether ``quote`` and ``previous``, quoted with ``cue``, are one quotation split by its cue
    (``cue_after``: whether a cue may follow ``quote`` in its sentence)."""
    if cue is None or quote.span.kind != "direct" or quote.first == 0:
        return False
    sentences, masked = quote.sentences, quote.masked
    s_start, _, para = sentences[quote.first]
    if para != quote.span.paragraph or LETTER_OR_DIGIT.search(masked, s_start, quote.open_at) is not None:
        return False
    p_start, p_end, p_para = sentences[quote.first - 1]
    if p_para != para or not (p_start <= previous.open_at and previous.close_at <= p_end + 1):
        return False
    if not (p_start <= cue[0] and cue[1] <= p_end):
        return False
    if cue_after:
        return True
    end = max(quote.close_at, sentences[quote.last][1])
    return quote.cues.first(quote.close_at, end) is None


def going_on(text: str, at: int, said: Attribution, subjects: Subjects) -> Attribution:
    """``said``, the previous quote's speaker, as the speaker of the quote opening at ``at`` too: a
    speaker again there, for the pronouns after it to stand for (as the rules' own answers are)."""
    m = said.mention
    if said.name is not None:
        word = text[m.start : m.end].lower() if m is not None and m.pronoun else ""
        subjects.add_speaker(
            at, said.name, said.role, word in PERSONAL_PRONOUNS, m is not None and m.pair, word
        )
    return said
