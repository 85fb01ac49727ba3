"""Who said each quote of one article: the cue verb, the speaker as written, and who that is.

The search goes from near to far, as a reader does (:data:`ATTRIBUTION_STEPS`): a transcript's
speaker, the same sentence (the nearest cue before a quote that sits inside a sentence, the cue
right after a quote that opens one: :data:`SAME_SENTENCE_STEPS`), the subject of a sentence that
quotes a phrase, then the sentence before and after in the paragraph, a colon at the end of the
previous paragraph, and finally the previous quote's speaker for a quote paragraph with no cue.
Pronouns and descriptions ("he", "the mayor") resolve to the most recent named subject or speaker
(:mod:`corpus.quotes.subjects`).

Every step reads a :class:`corpus.quotes.context.QuoteContext` (the quote, its masked article and
the stretch of its sentence around it) and returns what it found, or None to pass the quote on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from corpus.model import Article
from corpus.quotes.clause_mentions import lead_is_the_mention, relative_subject
from corpus.quotes.context import CUE_WINDOW, ArticleReading, QuoteContext
from corpus.quotes.continuations import continues, goes_on, going_on
from corpus.quotes.cue_clauses import passive_cue_after
from corpus.quotes.cues import (
    Found,
    according_to,
    cue_before,
    cue_closing_sentence,
    transcript_speaker,
)
from corpus.quotes.described_relatives import named_by_relative
from corpus.quotes.hugging_cues import cue_after, cue_hugging_quote
from corpus.quotes.inverted_subjects import inverted_closing
from corpus.quotes.leads import lead_names_someone, own_subject, subject_after
from corpus.quotes.lexicon import PERSONAL_PRONOUNS
from corpus.quotes.mention_speakers import described_antecedent, resolve
from corpus.quotes.name_groups import as_group
from corpus.quotes.openings import skip_adverbial
from corpus.quotes.phrases import phrase_after
from corpus.quotes.relayed import relayed_after, relayed_opening
from corpus.quotes.reported_speech import same_reporter, told_words
from corpus.quotes.roles import Phrase, is_outlet
from corpus.quotes.signatures import signed_after
from corpus.quotes.source_phrases import opening_participle, owned_speech, per_opening, per_source, put_it
from corpus.quotes.spans import QuoteSpan
from corpus.quotes.speech_owners import owner_of
from corpus.quotes.subjects import Subjects
from corpus.quotes.token_runs import LETTER_OR_DIGIT
from corpus.quotes.with_clauses import WITH_CLAUSE_REACH, WITH_OPENING, with_clause_subject


class Attribution(NamedTuple):
    """Who said one quote: the mention nearest it, the cue, and the named speaker it stands for."""

    mention: Phrase | None
    cue: tuple[int, int] | None
    name: str | None
    role: str | None


_NONE = Attribution(None, None, None, None)

Step = Callable[[QuoteContext], Found | None]
"""One move of the search for a quote's speaker."""


@dataclass(frozen=True, slots=True)
class ArticleSpeech:
    """The attributions of one article's quotes."""

    quotes: list[Attribution]
    subjects: Subjects | None = None
    """The sentence subjects and speakers its pronouns were resolved with (None where none were read)."""


def attribute(
    article: Article, spans: list[QuoteSpan], reading: ArticleReading | None = None
) -> ArticleSpeech:
    """One Attribution per span (a nested quote shares its host's: the host's speaker said it).
    ``reading`` is ``ArticleReading.of(article, spans)`` when the caller has it already."""
    if not spans:
        return ArticleSpeech([])  # nothing to attribute: no sentences or cues to read
    reading = ArticleReading.of(article, spans) if reading is None else reading
    if not reading.english:
        return ArticleSpeech([_NONE] * len(spans))  # the cues are read in English only
    text, masked, sentences, cues = reading.text, reading.masked, reading.sentences, reading.cues
    subjects = Subjects(masked, sentences, cues)
    results: list[Attribution] = []
    previous: tuple[QuoteSpan, Attribution] | None = None
    host_att = _NONE
    for span in spans:
        if span.nested:
            results.append(host_att)  # words the host's speaker said (quoting someone else)
            continue
        quote = QuoteContext.of(text, masked, span, sentences, cues)
        found = find_speaker(quote)
        if previous is not None and goes_on(quote, *previous, found, subjects):
            att = going_on(text, span.open_at, previous[1], subjects)  # `“A,” Roe said, …. “B.”`
        elif found is not None:
            att = resolved(text, span, found, subjects)
        elif previous is not None and continues(*previous, span):
            att = previous[1]  # the previous quote's speaker goes on (never a speaker's first words)
        else:
            att = _NONE
        results.append(att)
        host_att = att
        previous = (span, att)
    return ArticleSpeech(results, subjects)


def find_speaker(quote: QuoteContext) -> Found | None:
    """The mention of who said the quote and the cue, from the first of :data:`ATTRIBUTION_STEPS`
    that finds one."""
    for step in ATTRIBUTION_STEPS:
        found = step(quote)
        if found is not None and not names_a_time(quote.masked, found[0]):
            group = None if found[0] is None else as_group(quote.masked, found[0])
            return found if group is None else (group, found[1])  # "{Sanders} protesters"
    return None


_TIME_UNITS = ("time", "day", "week", "month", "year", "hour", "minute")
_TIME_AFTER = ("ago", "later", "earlier")
_TIME_NOUNS = "(?:past|" + "|".join(unit + "s?" for unit in _TIME_UNITS) + ")"
_TIME_SPAN = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]ew|[Ss]everal|[Mm]any|\d+)\s+"
    + _TIME_NOUNS
    + r"|[Hh]ours|[Mm]inutes|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears)(?:\s+(?:"
    + "|".join(_TIME_AFTER)
    + "))?"
)
"""A stretch of time read as a subject (`Beck, who has in the past described …`, `Hours later, she
issued …`, `A month later, he …`; in lower case: not "the Times"): on PolNeAR train the rules'
mention 13 times, never the Source."""
_TIME_SPAN_ENDS = ("s", "past", *_TIME_UNITS, *_TIME_AFTER)
"""How every stretch :data:`_TIME_SPAN` matches ends: a unit's plural, "past", a unit, "ago"…"""


def names_a_time(masked: str, mention: Phrase | None) -> bool:
    """Whether a mention is a stretch of time, no one who could speak (a step's answer passed over)."""
    # (asked of every quote's mention: most end in none of the words a stretch of time ends in, and
    # are told so by one ``endswith``, without the pattern)
    return (
        mention is not None
        and masked.endswith(_TIME_SPAN_ENDS, mention.start, mention.end)
        and _TIME_SPAN.fullmatch(masked, mention.start, mention.end) is not None
    )


def resolved(text: str, span: QuoteSpan, found: Found, subjects: Subjects) -> Attribution:
    """The attribution of a quote whose mention and cue were found: the named speaker the mention
    stands for (a pronoun's antecedent), which becomes a subject later pronouns may stand for."""
    mention, cue = found
    if (
        mention is not None
        and mention.name is not None
        and not mention.pronoun
        and relative_subject(text, mention, cue, span.open_at) is None
    ):
        # a name (most quotes), no relative "who" after it: its own speaker, owned by no one
        # (``owner_of``, ``resolve``), no pronoun for ``same_reporter``: none of them is asked
        subjects.add_speaker(span.open_at, mention.name, mention.role, False, mention.pair)
        return _new(Attribution, (mention, cue, mention.name, mention.role))
    mention = owner_of(text, mention) or mention  # "Her claim that “…”": the owner said it
    name, role = resolve(text, mention, span.open_at, subjects)
    if name is None and mention is not None and mention.description:  # "A Brooklyn woman who claims she"
        name, role = named_by_relative(text, mention, span.open_at, subjects) or (name, role)
    relative = relative_subject(text, mention, cue, span.open_at)
    if relative is not None:
        mention = relative  # the speaker as written is "who"; the name is its antecedent's
    outer = same_reporter(text, mention, span.open_at, subjects, name)
    if outer is not None and not names_a_time(text, outer[0]):  # not "{at the time} said he'd asked"
        mention, (name, role) = outer
    elif mention is not None and mention.pronoun:
        lead = subjects.antecedent_in_sentence(mention, span.open_at, name)
        if lead is not None:
            name, role = resolve(text, lead, span.open_at, subjects)
            if lead_is_the_mention(text, lead, mention):
                mention = lead
        elif name is None and role is not None:  # "Deputies said …. They said": the description
            mention = described_antecedent(text, mention, span.open_at, subjects) or mention
    if name is not None:
        word = text[mention.start : mention.end].lower() if mention is not None and mention.pronoun else ""
        pair = mention is not None and mention.pair
        subjects.add_speaker(span.open_at, name, role, word in PERSONAL_PRONOUNS, pair, said_as=word)
    return _new(Attribution, (mention, cue, name, role))  # (made per quote: no Python constructor)


_new = tuple.__new__


# --- The steps --------------------------------------------------------------------------------


def in_transcript(quote: QuoteContext) -> Found | None:
    """`"PENCE: Well, look, …`: a transcript's quote names its speaker first."""
    return transcript_speaker(quote.text, quote.span)


def cue_before_quote(quote: QuoteContext) -> Found | None:
    """The subject of a ", with X …ing" clause holding the quote (:mod:`corpus.quotes.with_clauses`),
    else the nearest cue before the quote in its sentence and its subject."""
    masked, open_at = quote.masked, quote.open_at
    # (the clause's opening looked for here: most quotes have none, and the reader is not called)
    if masked.find(WITH_OPENING, max(quote.before, open_at - WITH_CLAUSE_REACH), open_at) >= 0:
        found = with_clause_subject(quote)
        if found is not None:
            return found
    return cue_before(masked, quote.before, open_at, quote.cues)


def cue_after_quote(quote: QuoteContext) -> Found | None:
    return cue_after(quote.masked, quote.close_at, quote.after, quote.cues)


def cue_hugging(quote: QuoteContext) -> Found | None:
    return cue_hugging_quote(quote.masked, quote.close_at, quote.after, quote.cues)


def cue_closing(quote: QuoteContext) -> Found | None:
    return cue_closing_sentence(quote.masked, quote.close_at, quote.after, quote.cues)


def cue_closing_inverted(quote: QuoteContext) -> Found | None:
    """`Roe “drew well” in the primary, said Jane Roe, a pollster.`: the cue closing the sentence."""
    lo, hi = quote.close_at, quote.after
    return inverted_closing(quote.masked, lo, hi, quote.cues.between(lo, hi))


def cue_after_question(quote: QuoteContext) -> Found | None:
    """`“Isn’t that sort of a bribe?” Trump asked.`: a quote ending with its own question or exclamation
    mark ends the sentence as the text is split, and the cue hugging it opens the next sentence of the
    paragraph; that cue is the quote's own, not one in the sentence before."""
    close_at, sentences, last = quote.close_at, quote.sentences, quote.last
    if quote.text[close_at - 2 : close_at - 1] not in _QUESTION_ENDS or last + 1 >= len(sentences):
        return None
    n_start, n_end, n_para = sentences[last + 1]
    if n_para != quote.span.end_paragraph or quote.masked[close_at:n_start].strip():
        return None
    return cue_hugging_quote(quote.masked, n_start, n_end, quote.cues)


_QUESTION_ENDS = ("?", "!")


def according_to_after(quote: QuoteContext) -> Found | None:
    """`“walk-in” …, according to X.`: the nearest `according to` after the quote."""
    return according_to(quote.masked, quote.close_at, quote.after, nearest_first=True)


SOURCE_NAMED_STEPS: tuple[Step, ...] = (relayed_after, relayed_opening, put_it, per_source, per_opening)
"""A source the sentence names outright (`according to X` relaying the words, `as X put it`, `per
X`): tried first."""
SOURCE_WORDS = ("ccording", "ut it", "Per ")
SOURCE_WORDS_AFTER = (" report", "per")
"""What each of :data:`SOURCE_NAMED_STEPS` asks to be written in its part of the quote's sentence
before it reads anything: `according to`, `put it`, `Per` (:data:`SOURCE_WORDS`) in the sentence,
`reported`, `per` (:data:`SOURCE_WORDS_AFTER`) after the quote. Where none of them is written there,
no step can name a source, and none is called (five calls saved for most quotes)."""


def _may_name_a_source(quote: QuoteContext) -> bool:
    """Whether a source word (:data:`SOURCE_WORDS`, :data:`SOURCE_WORDS_AFTER`) stands where its
    step reads it: between the sentence's start and the end of the stretch after the quote, or
    after the quote."""
    masked, close_at, after = quote.masked, quote.close_at, quote.after
    for word in SOURCE_WORDS_AFTER:
        if masked.find(word, close_at, after) >= 0:
            return True
    s_start = quote.sentences[quote.first][0]
    for word in SOURCE_WORDS:  # noqa: SIM110 (a loop: any() of a generator costs a frame per quote)
        if masked.find(word, s_start, after) >= 0:
            return True
    return False


OPENING_QUOTE_STEPS: tuple[Step, ...] = (
    cue_after_quote,
    cue_after_question,
    cue_closing_inverted,
    cue_before_quote,
)
"""A quote opening its sentence: the cue after it (the next sentence's, where the quote's own ? or !
ends it; the sentence's closing inverted cue, `“…” for Roe, said Jane Doe.`), then one before it."""
DIRECT_QUOTE_STEPS: tuple[Step, ...] = (cue_hugging, cue_before_quote, cue_closing)
"""A quoted sentence inside one (`… workplace: “Our union …,” the union wrote.`): the cue hugging the
quote wins."""
PARTIAL_QUOTE_STEPS: tuple[Step, ...] = (
    opening_participle,
    owned_speech,
    cue_before_quote,
    cue_after_quote,
    cue_closing_inverted,
    according_to_after,
)
"""Words quoted inside a sentence: the sentence's own cue, before the quote first."""


def same_sentence(quote: QuoteContext) -> Found | None:
    """The cue of the quote's own sentence; which is looked for first depends on where the quote
    stands in it (see the step tuples above)."""
    if not quote.sentences:
        return None
    if _may_name_a_source(quote):  # (most quotes: no source word is written, no step is asked)
        for step in SOURCE_NAMED_STEPS:
            found = step(quote)
            if found is not None:
                return found
    if LETTER_OR_DIGIT.search(quote.masked, quote.before, quote.open_at) is None:
        steps = OPENING_QUOTE_STEPS
    else:
        steps = DIRECT_QUOTE_STEPS if quote.span.kind == "direct" else PARTIAL_QUOTE_STEPS
    for step in steps:
        found = step(quote)
        if found is not None:
            return found
    return None


def sentence_subject(quote: QuoteContext) -> Found | None:
    """A phrase quoted inside a sentence with no cue ("Trump admires Putin as a “strong leader”"):
    the sentence's subject chose the words."""
    if quote.span.kind != "partial" or not quote.sentences:
        return None
    masked, open_at = quote.masked, quote.open_at
    s_start = quote.sentences[quote.first][0]
    if open_at - s_start > CUE_WINDOW:
        return None
    lead = phrase_after(masked, skip_adverbial(masked, s_start, open_at), open_at)
    if lead is None or is_outlet(lead, masked) or lead.end > open_at or not lead_names_someone(quote, lead):
        return None
    if passive_cue_after(masked, lead.end):
        return None  # "Pence was asked about the “not there yet” comment": the one asked
    return lead, None


def sentence_before(quote: QuoteContext) -> Found | None:
    """A cue in the sentence before, in the same paragraph or ending with a colon (`He said:`)."""
    sentences, here, masked = quote.sentences, quote.first, quote.masked
    if here == 0 or quote.open_at - sentences[here][0] > CUE_WINDOW:
        return None
    p_start, p_end, p_para = sentences[here - 1]
    ends_colon = masked[p_start:p_end].rstrip().endswith(":")
    if p_para != quote.span.paragraph and not ends_colon:
        return None
    found = cue_before(masked, max(p_start, p_end - CUE_WINDOW), p_end, quote.cues)
    if found is not None and (found[1] is not None or ends_colon):
        return found
    return None


def sentence_after(quote: QuoteContext) -> Found | None:
    """A cue opening the sentence after the quote's, in the paragraph the quote closes in."""
    sentences, last = quote.sentences, quote.last
    if last + 1 >= len(sentences) or sentences[last + 1][2] != quote.span.end_paragraph:
        return None
    n_start, n_end, _ = sentences[last + 1]
    return cue_after(quote.masked, n_start, min(n_end, n_start + CUE_WINDOW), quote.cues)


def subject_before(quote: QuoteContext) -> Found | None:
    """`Sen. Bernie Sanders … identified young voters' exhaustion …. “The younger people are …”`: a
    quote right after a sentence about someone, in the same paragraph, is theirs."""
    sentences, here, masked = quote.sentences, quote.first, quote.masked
    if here == 0 or quote.span.kind != "direct" or quote.open_at - sentences[here][0] > CUE_WINDOW:
        return None
    p_start, p_end, p_para = sentences[here - 1]
    if p_para != quote.span.paragraph or _reports_a_quote(quote, p_start, p_end):
        return None
    lead = phrase_after(masked, skip_adverbial(masked, p_start, p_end), p_end)
    if lead is not None and lead.name and not is_outlet(lead, masked) and lead_names_someone(quote, lead):
        return lead, None
    return None


_CLOSING_MARKS = frozenset('”"')


def _reports_a_quote(quote: QuoteContext, start: int, end: int) -> bool:
    """Whether a sentence quotes someone with a cue of its own (`Biden “has a lot of roles to play,”
    said Doyle.`): the quote after it goes on in that speaker's words, not its subject's."""
    return not _CLOSING_MARKS.isdisjoint(quote.text[start:end]) and quote.cues.first(start, end) is not None


def neighbours(quote: QuoteContext) -> Found | None:
    """Cues in the sentence before (same paragraph, or a paragraph ending with a colon) or after,
    then the subject of the sentence before."""
    if not quote.sentences:
        return None
    found = sentence_before(quote)
    if found is not None:
        return found
    sentences = quote.sentences
    if sentences[quote.last][1] - quote.close_at > CUE_WINDOW and _next_in_paragraph(quote):
        return None  # a quote far from its sentence's end: the next sentence says nothing of it
    return sentence_after(quote) or subject_before(quote)


def _next_in_paragraph(quote: QuoteContext) -> bool:
    last, sentences = quote.last, quote.sentences
    return last + 1 < len(sentences) and sentences[last + 1][2] == quote.span.end_paragraph


ATTRIBUTION_STEPS: tuple[Step, ...] = (
    in_transcript,
    signed_after,
    same_sentence,
    told_words,
    sentence_subject,
    neighbours,
    subject_after,
    own_subject,
)
"""The search for a quote's speaker within its article, near to far (last, a direct quote's own
sentence's subject: :func:`corpus.quotes.leads.own_subject`)."""
