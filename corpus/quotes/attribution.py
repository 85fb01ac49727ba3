"""Who said each quote of one article: the cue verb, the speaker as written, and who that is.

The search goes from near to far, as a reader does: the same sentence (the
nearest cue before a quote that sits inside a sentence, the cue right after a
quote that opens one), then the sentence before and after in the paragraph, a
colon at the end of the previous paragraph, and finally the previous quote's
speaker for a quote paragraph with no cue. Pronouns and descriptions ("he",
"the mayor") resolve to the most recent named subject or speaker (:mod:`corpus.quotes.subjects`).

Quote interiors are masked (replaced by letters) before any of this, so a
period or a name inside a quote neither ends a sentence nor becomes a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from corpus.model import Article
from corpus.quotes.cues import (
    Cues,
    Found,
    according_to,
    cue_after,
    cue_before,
    cue_closing_sentence,
    cue_hugging_quote,
    skip_adverbial,
    transcript_speaker,
)
from corpus.quotes.lexicon import PERSONAL_PRONOUNS
from corpus.quotes.phrases import Phrase, is_outlet, phrase_after
from corpus.quotes.source_phrases import opening_participle, owned_speech, per_opening, per_source, put_it
from corpus.quotes.spans import QuoteSpan, char_positions
from corpus.quotes.subjects import Subjects, described_antecedent, resolve, sentence_of

# [.!?…][.!?…]* rather than [.!?…]+ (the same matches): a pattern that opens with a character class
# lets the regex engine skip to the next such character, which makes the scan about twice as fast
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[”\"’)\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])")
_ALNUM = re.compile(r"[^\W_]")
"""A letter or digit (exactly what ``str.isalnum`` accepts)."""
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Capt|Sgt|No|vs|Atty|Dist|Det|Supt|Insp|Adm|Cmdr"
    r"|Maj|Rev|Asst)|\b[A-Z])\.$"
)
"""A title's abbreviation ("Dist. Atty. Steve Cooley") or an initial: a period that ends no sentence."""


class Attribution(NamedTuple):
    """Who said one quote: the mention nearest it, the cue, and the named speaker it stands for."""

    mention: Phrase | None
    cue: tuple[int, int] | None
    name: str | None
    role: str | None


_NONE = Attribution(None, None, None, None)


@dataclass(frozen=True, slots=True)
class ArticleSpeech:
    """The attributions of one article's quotes."""

    quotes: list[Attribution]


def attribute(article: Article, spans: list[QuoteSpan]) -> ArticleSpeech:
    """One Attribution per span (a nested quote shares its host's: the host's speaker said it)."""
    if not spans:
        return ArticleSpeech([])  # nothing to attribute: no sentences or cues to read
    text = article.text
    hosts = [s for s in spans if not s.nested]
    masked = _mask(text, hosts)
    sentences = _sentences(masked, article)
    starts = [s[0] for s in sentences]
    cues = Cues(masked, [(p.start, p.end) for p in article.paragraphs])
    subjects = Subjects(masked, sentences, starts, cues)
    results: dict[int, Attribution] = {}
    previous: tuple[QuoteSpan, Attribution] | None = None
    host_att = _NONE
    for index, span in enumerate(spans):
        if span.nested:
            results[index] = host_att  # words the host's speaker said (quoting someone else)
            continue
        found = transcript_speaker(text, span)
        if found is None:
            found = _same_sentence(masked, sentences, starts, span, cues)
        if found is None and span.kind == "partial":
            found = _sentence_subject(masked, sentences, starts, span)
        if found is None:
            found = _neighbours(masked, sentences, starts, span, cues)
        if found is None and previous is not None and span.paragraph - previous[0].end_paragraph <= 2:
            prev_att = previous[1]
            if prev_att.mention is not None:
                results[index] = host_att = prev_att
                previous = (span, prev_att)
                continue
        if found is None:
            results[index] = host_att = _NONE
            previous = (span, _NONE)
            continue
        mention, cue = found
        name, role = resolve(text, mention, span.open_at, subjects)
        if mention is not None and mention.pronoun:
            lead = subjects.antecedent_in_sentence(mention, span.open_at, name)
            if lead is not None:
                mention = lead
                name, role = resolve(text, mention, span.open_at, subjects)
            elif name is None and role is not None:  # "Deputies said …. They said": the description
                mention = described_antecedent(text, mention, span.open_at, subjects) or mention
        att = Attribution(mention, cue, name, role)
        results[index] = host_att = att
        previous = (span, att)
        if name is not None:
            personal = (
                mention is not None
                and mention.pronoun
                and text[mention.start : mention.end].lower() in PERSONAL_PRONOUNS
            )
            subjects.add_speaker(span.open_at, name, role, personal, mention is not None and mention.pair)
    return ArticleSpeech([results[i] for i in range(len(spans))])


def _mask(text: str, hosts: list[QuoteSpan]) -> str:
    """``text`` with each quote's words replaced by 'x' (a final . ! ? kept, to end the sentence)."""
    pieces: list[str] = []
    cursor = 0
    for span in hosts:
        if span.start < cursor:
            continue
        pieces.append(text[cursor : span.start])
        body_end = span.end
        keep = text[span.end - 1] if text[span.end - 1] in ".!?…" else ""
        first = "X" if text[span.start].isupper() else "x"  # a capital still starts a sentence
        pieces.append((first + "x" * (body_end - span.start - len(keep) - 1) + keep)[: body_end - span.start])
        cursor = body_end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _sentences(masked: str, article: Article) -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) of each sentence of the masked text, boilerplate left out."""
    # A boundary starts at one of . ! ? …: those are found with str.find for the whole text (a scan
    # with the boundary regex tries it at every position), and the regex is tried at each of them in
    # turn, from where the last boundary ended, as a scan of the paragraph would.
    stops = char_positions(masked, _SENTENCE_STOPS)
    out: list[tuple[int, int, int]] = []
    long_paragraph = False
    k = 0
    for index, para in enumerate(article.paragraphs):
        if para.kind == "boilerplate":
            continue
        long_paragraph = long_paragraph or para.end - para.start > _MAX_SENTENCE
        cursor = resume = para.start
        while k < len(stops) and stops[k] < para.start:
            k += 1
        while k < len(stops) and stops[k] < para.end:
            at = stops[k]
            k += 1
            if at < resume:
                continue
            match = _BOUNDARY.match(masked, at, para.end)
            if match is None:
                continue
            resume = match.end()
            if _ABBREV.search(masked, max(cursor, at - 6), at + 1):
                continue
            out.append((cursor, at + len(match.group().rstrip()), index))
            cursor = match.end()
        if cursor < para.end:
            out.append((cursor, para.end, index))
    # no sentence is longer than its paragraph: only a long paragraph needs its sentences bounded
    return _bounded(masked, out) if long_paragraph else out


_SENTENCE_STOPS = ".!?…"
"""The characters a sentence boundary (_BOUNDARY) starts with."""


_WINDOW = 300
"""How far from its quote a cue is looked for (the sentence, cut to this many characters each side)."""
_MAX_SENTENCE = 1000
"""Longer "sentences" (a 1 MB paragraph with no full stop) are cut into pieces of about this many
characters at spaces: cues are read from a quote's sentence, so an unbounded one is quadratic."""


def _bounded(masked: str, sentences: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    if all(end - start <= _MAX_SENTENCE for start, end, _ in sentences):
        return sentences
    out: list[tuple[int, int, int]] = []
    for start, end, index in sentences:
        while end - start > _MAX_SENTENCE:
            cut = masked.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
            cut = cut + 1 if cut > 0 else start + _MAX_SENTENCE
            out.append((start, cut, index))
            start = cut
        out.append((start, end, index))
    return out


def _same_sentence(
    masked: str, sentences: list[tuple[int, int, int]], starts: list[int], span: QuoteSpan, cues: Cues
) -> Found | None:
    if not sentences:
        return None
    s_start = sentences[sentence_of(sentences, starts, span.open_at)][0]
    e_end = sentences[sentence_of(sentences, starts, max(span.open_at, span.close_at - 1))][1]
    # a cue is read near its quote: windows keep a paragraph full of quote marks linear
    s_start = max(s_start, span.open_at - _WINDOW)
    e_end = min(e_end, span.close_at + _WINDOW)
    explicit = (
        put_it(masked, s_start, span.open_at, span.close_at, e_end)
        or per_source(masked, span.close_at, e_end)
        or per_opening(masked, s_start, span.open_at)
    )
    if explicit is not None:
        return explicit
    before_empty = _ALNUM.search(masked, s_start, span.open_at) is None
    if before_empty:
        return cue_after(masked, span.close_at, e_end, cues) or cue_before(
            masked, s_start, span.open_at, cues
        )
    if span.kind == "direct":
        # `… workplace: “Our union …,” the union wrote.`: the cue hugging the quote wins
        return (
            cue_hugging_quote(masked, span.close_at, e_end, cues)
            or cue_before(masked, s_start, span.open_at, cues)
            or cue_closing_sentence(masked, span.close_at, e_end, cues)
        )
    return (
        opening_participle(masked, s_start, span.open_at, span.close_at, e_end)
        or owned_speech(masked, s_start, span.open_at, cues)
        or cue_before(masked, s_start, span.open_at, cues)
        or cue_after(masked, span.close_at, e_end, cues)
        or according_to(masked, span.close_at, e_end, nearest_first=True)  # `“walk-in” …, according to X.`
    )


def _sentence_subject(
    masked: str, sentences: list[tuple[int, int, int]], starts: list[int], span: QuoteSpan
) -> Found | None:
    """A phrase quoted inside a sentence with no cue ("Trump admires Putin as a “strong leader”"):
    the sentence's subject chose the words."""
    if not sentences:
        return None
    s_start = sentences[sentence_of(sentences, starts, span.open_at)][0]
    if span.open_at - s_start > _WINDOW:
        return None
    lead = phrase_after(masked, skip_adverbial(masked, s_start, span.open_at), span.open_at)
    if lead is None or is_outlet(lead, masked) or lead.end > span.open_at:
        return None
    return lead, None


def _neighbours(
    masked: str, sentences: list[tuple[int, int, int]], starts: list[int], span: QuoteSpan, cues: Cues
) -> Found | None:
    """Cues in the sentence before (same paragraph, or a paragraph ending with a colon) or after."""
    if not sentences:
        return None
    here = sentence_of(sentences, starts, span.open_at)
    if here > 0 and span.open_at - sentences[here][0] <= _WINDOW:
        p_start, p_end, p_para = sentences[here - 1]
        same_para = p_para == span.paragraph
        ends_colon = masked[p_start:p_end].rstrip().endswith(":")
        if same_para or ends_colon:
            found = cue_before(masked, max(p_start, p_end - _WINDOW), p_end, cues)
            if found is not None and (found[1] is not None or ends_colon):
                return found
    last = sentence_of(sentences, starts, max(span.open_at, span.close_at - 1))
    if last + 1 < len(sentences) and sentences[last + 1][2] == span.end_paragraph:
        n_start, n_end, _ = sentences[last + 1]
        if sentences[last][1] - span.close_at > _WINDOW:
            return None
        found = cue_after(masked, n_start, min(n_end, n_start + _WINDOW), cues)
        if found is not None:
            return found
    if here > 0 and span.kind == "direct" and span.open_at - sentences[here][0] <= _WINDOW:
        # `Sen. Bernie Sanders … identified young voters' exhaustion …. “The younger people are …”`:
        # a quote right after a sentence about someone, in the same paragraph, is theirs
        p_start, p_end, p_para = sentences[here - 1]
        if p_para == span.paragraph:
            lead = phrase_after(masked, skip_adverbial(masked, p_start, p_end), p_end)
            if lead is not None and lead.name and not is_outlet(lead, masked):
                return lead, None
    return None
