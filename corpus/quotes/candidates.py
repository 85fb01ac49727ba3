"""Who could have said a quote: the mentions near it, each described by the features a ranker scores.

For each quote the text around it (its sentence, the one before and the one after, read on a copy
with quote interiors masked) proposes candidate mentions: names (runs of capitalised words),
descriptions ("the senator", "a spokesman", "the 46-year-old": :mod:`corpus.quotes.descriptions`),
pronouns, the noun phrases the rules' grammar finds on either side of a cue verb, the rules' own
answer, and the previous quote's speaker. Each candidate carries named features (side and distance,
the cue between it and the quote, the sentence pattern, the kind of mention, what the rules said)
for :mod:`corpus.quotes.ranking` to score.

The text is attribution's own reading of the article (:class:`corpus.quotes.context.ArticleReading`:
the masked text, its sentences, its ``Cues`` index); the mentions of each paragraph are read once
(:class:`MentionIndex`), so a quote's candidates cost a bisection and its few neighbours.

A possessive before a noun of saying is a candidate ("<his> remarks that “…”", "<her> claim that":
:data:`OWNERS`, a pronoun with the feature ``owns_speech``; resolved as a pronoun is): PolNeAR marks
it as the Source there, where the grammar gave no candidate. With it (h-acc13, C=3, the "no speaker"
option as shipped; held-out train folds): the candidates hold the gold Source for 0.968 of train
(0.967 before), CV / dev asked beyond 120 0.8984 / 0.9306 -> 0.8989 / 0.9306, every quote 0.9110 /
0.9306 -> 0.9114 / 0.9306; 10 quotes right that were wrong, 7 wrong that were right (every quote
12 / 10): the possessive chosen right 6 times, wrongly 3 ("<Trump> stood by {his} comment",
PolNeAR marking the owner; "under {her} charge").

"it" as the subject of a verb of saying or naming is a candidate (:data:`IT_SUBJECT`, the feature
``it_subject``: "what <it> calls “…”", "<it> states"; PolNeAR marks "it" there, and it never resolves
to a person); so is the speaker of a paragraph ending with a colon, for the quotes of the paragraphs
under it (:mod:`corpus.quotes.colon_heads`, with the figures of both, h-acc15). Tried and left out
then: a subject pronoun written with a contraction ("<he>’s predicting", "why <she>’s protesting": 3
more gold Sources among the candidates, 212 more candidates), CV 0.9013 = 0.9013 asked beyond 120,
0.9134 -> 0.9132 every quote, 6 quotes up and 8 down (``train/ranker_checks.py``).

Tried and left out: a relative pronoun or "it" as the subject of a cue ("critics <who> say",
"bottles <that> said", "what <it> calls"), a pronoun candidate resolved to the name before it: with
the possessives, 0.8982 / 0.9306 asked beyond 120, 0.9102 / 0.9332 every quote (ceiling 0.969);
without "who" 0.8981 / 0.9107; "that" and "which" alone 0.8988 / 0.9113 (no better than the
possessives alone); PolNeAR marks the antecedent as often as "who". h-acc11 had tried both kinds
read by two regular expressions per sentence, ceiling 0.967 -> 0.971, CV 0.8979 -> 0.8985 asked
beyond 120, every quote 0.9122 -> 0.9123: PolNeAR marks the owner as often as the possessive
("<Trump> stood by his comment that …"), the antecedent as often as "who". A quantifier alone
beside a cue as a group ("“…,” tweeted <another>", "<most> said they were “…”", with a feature of
its own): chosen right 5 times on held-out folds and never wrongly, but the refit moved 6 other
quotes down (every quote): CV 0.8989 -> 0.8988 asked beyond 120, 0.9114 -> 0.9113 every quote (dev
0.9306 -> 0.9319), a tie; and the refit's weights cost named speakers on pages no one tuned on
(html-more: a "Dr. Shadlen" quote given to "the evidence"; ECB+: "protesters" -> "pelting police").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from corpus.quotes.cues import Cue
from corpus.quotes.descriptions import GROUP_OPENERS, OPENERS, description_at, group_start, source_heads
from corpus.quotes.feature_names import FEATURE_ID, FEATURE_NAMES, SPEAKER_PRONOUNS
from corpus.quotes.lexicon import (
    CUE_FILLERS,
    FINITE_CUES,
    POSSESSIVE_ENDINGS,
)
from corpus.quotes.name_groups import as_group, group_end, owned_people
from corpus.quotes.phrases import (
    Phrase,
    phrase_after,
    phrase_before,
)
from corpus.quotes.relative_subjects import RELATIVES, restrictive_subject
from corpus.quotes.speech_owners import SAYING_NOUNS
from corpus.quotes.token_runs import tokens_in

Span = tuple[int, int]

WINDOW = 300
"""How far (in characters) before its quote a candidate is looked for (in its sentence or the one
before). (200: a tenth fewer candidates, but softmax CV 0.902 -> 0.900, dev 0.929 -> 0.925.)"""
NEXT_SENTENCE_REACH = 60
"""How far (in characters) after its quote a candidate is looked for in the next sentence (“…” Roe
said. — a quote that ends its sentence). On PolNeAR train 14,331 of 61,161 candidates were farther
than 25 characters into the next sentence, 11 of them the gold Source: left out (a quarter fewer
candidates; softmax CV 0.902 = 0.902, dev 0.930 -> 0.929). A name that starts within the reach is a
candidate whole, though it ends beyond ("“…?” Ruiz said at a town hall, according to the Lakeside
Gazette": the relayer had been dropped; h-cand24: CV 0.9195 =, every quote 0.9241 -> 0.9242, dev
0.9344 =; any mention so, CV 0.9197, for twice the cost: 0.34 % more cold instructions, the other kinds
gaining no quote a reader sees)."""
QUOTE_SENTENCE_REACH = 300
"""How far after its quote a candidate is looked for in the quote's own sentence."""

_SPEAKER_PRONOUNS = frozenset(SPEAKER_PRONOUNS) - {"who"}
_NAME_LINKS = frozenset("of de la van von al bin du del der".split())
_SENTENCE_OPENERS = frozenset(
    "the a an but and so yet or if when while as after before in on at for with by from this that it "
    "there here what why how where then also still now later asked".split()
)
"""Capitalised words that open a sentence and begin no name."""
_INITIAL_OR_TITLE = re.compile(
    r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Sgt|Capt)\."
)
"""A token ending with a period that does not end a name ("J.", "U.S.", "Sen.")."""


@dataclass(slots=True)
class Candidate:
    """A mention that might be a quote's speaker, and its features: the numbers of those it has
    (each of value 1, :mod:`corpus.quotes.feature_names`) and its distance's one real value."""

    start: int
    end: int
    kind: str
    """"name", "description", "group", "pronoun" or "phrase" (what the cue grammar found). A "group"
    is a noun phrase headed by a word PolNeAR writes speakers with and the rules have no role for
    ("officials", "one attendee", "the crowd"): a candidate the ranker may learn to choose. It may
    replace the rules' answer (``rerank.may_replace``) only as a cue's subject ("officials said",
    "said one attendee"): ``train/attribution.py`` (shipped rows, retrained) CV 0.882 -> 0.883, dev
    0.934 = 0.934; allowed anywhere, as descriptions are, groups replaced named speakers on ECB+
    ("Police" for a councilman). Its mention is the group; its speaker none (no census entry)."""
    ids: list[int] = field(default_factory=list)
    log_distance: float = 0.0
    """log(1 + characters between it and the quote) / 6 (the feature "log_distance")."""
    phrase: Phrase | None = None
    """The speaker the cue grammar reads here (its name and role), for a "phrase" candidate."""
    cue: Span | None = None
    """The cue verb the grammar read the phrase next to."""
    cued: bool = False
    """Whether the mention is a cue's subject ("Roe said", "said Roe") or after "according to" (its
    features say so: set with them, for the mark of the nearest such, ``features._rank_by_side``)."""

    def has(self, name: str) -> bool:
        return FEATURE_ID[name] in self.ids

    def named(self) -> dict[str, float]:
        """Its features by name (for training and for reading): name -> value."""
        out = dict.fromkeys((FEATURE_NAMES[i] for i in self.ids), 1.0)
        out["log_distance"] = self.log_distance
        return out


Mention = tuple[int, int, str]
"""A mention's start, end and kind."""


def mentions_in(masked: str, lo: int, hi: int) -> list[Candidate]:
    """Names, descriptions, groups and pronouns between ``lo`` and ``hi`` (quote interiors are masked)."""
    return [Candidate(a, b, kind) for a, b, kind in read_mentions(masked, lo, hi)]


def read_mentions(masked: str, lo: int, hi: int) -> list[Mention]:
    """:func:`mentions_in` as (start, end, kind). The tokens that cannot open a mention
    (:func:`may_open`), most of them, are passed over at C speed instead of being tested one by one."""
    toks = tokens_in(masked, lo, hi)
    heads, plural_heads = source_heads()
    out: list[Mention] = []
    described = 0  # where the last description ends: a plural head inside it starts no group
    i = 0
    for k in compress(range(len(toks)), map(may_open, map(itemgetter(2), toks))):
        if k < i:
            continue  # inside the name read last
        i = k
        a, b, tok = toks[i]
        low = tok.lower()
        if low in _SPEAKER_PRONOUNS or (low == "who" and i > 0 and toks[i - 1][2] == ","):
            out.append((a, b, "pronoun"))
            i += 1
            continue
        if tok in RELATIVES and restrictive_subject(toks, i):
            out.append((a, b, "group"))  # "critics who say", "bottles that said": no one named
            i += 1
            continue
        if low == "it" and _it_says(toks, i):
            out.append((a, b, "pronoun"))  # "what it calls “…”", "it states"
            i += 1
            continue
        if low in OWNERS and _owns_speech(toks, i):
            out.append((a, b, "pronoun"))  # "his remarks that …", "her claim"
            i += 1
            continue
        if low in OPENERS or low in GROUP_OPENERS:
            found = description_at(toks, i, heads)
            if found is not None:
                out.append(found)
                described = found[1]
        elif low.rstrip(".") in plural_heads and a >= described and tok.islower():
            # "federal prosecutors" (capitalised, "Officials said", it is read as a name below)
            end = b - (len(low) - len(low.rstrip(".")))
            out.append((toks[group_start(toks, i)][0], end, "group"))
            i += 1
            continue
        if tok[:1].isupper() and tok[:1] != "X" and not (low in _SENTENCE_OPENERS and _opens(masked, a)):
            j = i
            while j + 1 < len(toks) and _name_goes_on(masked, toks, j):
                j += 1
            end = toks[j][1]
            if masked[end - 2 : end] in POSSESSIVE_ENDINGS:
                end -= 2
            elif toks[j][2].endswith(".") and not _INITIAL_OR_TITLE.fullmatch(toks[j][2]):
                end -= 1  # the sentence's full stop
            i = j + 1
            group = group_end(masked, a, end)
            if group is not None:  # "Sanders protesters": the group, not the name
                out.append((a, group, "group"))
                while i < len(toks) and toks[i][0] < group:
                    i += 1
                continue
            out.append((a, end, "name"))
            continue
        i += 1
    return out


IT_SUBJECT = FINITE_CUES
"""The verbs after which "it" is a candidate, the subject of a verb of saying or naming ("what it
calls “…”", "it states", "it also says"): PolNeAR marks "it" as the Source there (a group, a
document, a website). An adverb may stand between (``CUE_FILLERS``)."""


_IT_FILLERS = CUE_FILLERS | frozenset("now does did".split())
"""What may stand between "it" and its verb: the cue's fillers, "now" and the "do" of emphasis ("“…,”
it now says", "although it does say that …")."""


def _it_says(toks: list[tuple[int, int, str]], i: int) -> bool:
    for j in range(i + 1, min(len(toks), i + 3)):
        word = toks[j][2].lower()
        if word in IT_SUBJECT:
            return True
        if word not in _IT_FILLERS:
            return False
    return False


OWNERS = frozenset("his her their its".split())
"""Possessives that are a candidate before a noun of saying ("his remarks that …", "her claim"):
PolNeAR marks the possessive as the Source there."""
_SAYING = SAYING_NOUNS
_OWNED_MODIFIERS = 2
"""At most this many words between a possessive and its noun of saying ("her March comment")."""


def _owns_speech(toks: list[tuple[int, int, str]], i: int) -> bool:
    for j in range(i + 1, min(len(toks), i + 2 + _OWNED_MODIFIERS)):
        word = toks[j][2].lower()
        if word in _SAYING:
            return True
        if not word.isalpha() or owned_people(word):
            return False  # "what her team calls “…”": the group's words, read as a description
    return False


@lru_cache(maxsize=1 << 16)
def may_open(tok: str) -> bool:
    """Whether a token may start a mention (:func:`read_mentions` tests it further): a capitalised
    word, a pronoun, a description's or a group's opener, a bare plural head. (Kept for the words
    of every article read: each is asked once, the next articles' same words at C speed.)"""
    plural_heads = source_heads()[1]
    low = tok.lower()
    if low in _SPEAKER_PRONOUNS or low in RELATIVES or low in OPENERS or low in GROUP_OPENERS:
        return True
    if low == "it":
        return True
    return tok[:1].isupper() or (tok.islower() and low.rstrip(".") in plural_heads)


def _name_goes_on(masked: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the name ending with token ``j`` takes the next token too (same line, no possessive,
    no sentence's full stop between, a capitalised word or a link to one: "Bank of America")."""
    tok, (a, _b, nxt) = toks[j][2], toks[j + 1]
    if tok.endswith(POSSESSIVE_ENDINGS) or "\n" in masked[toks[j][1] : a]:
        return False
    if tok.endswith(".") and not _INITIAL_OR_TITLE.fullmatch(tok):
        return False
    if nxt[:1].isupper():
        return not (tok.isupper() and nxt.isupper() and len(tok) > 3 and len(nxt) > 3)
    return nxt in _NAME_LINKS and j + 2 < len(toks) and toks[j + 2][2][:1].isupper()


def _opens(masked: str, at: int) -> bool:
    """Whether ``at`` opens a sentence or a paragraph (the previous non-space is . ! ? : or none)."""
    k = at - 1
    while k >= 0 and masked[k] in _OPENING_SKIPS:
        k -= 1
    return k < 0 or masked[k] in ".!?:\n”"


_BEFORE_CUE, _AFTER_CUE = FEATURE_ID["phrase_before_cue"], FEATURE_ID["phrase_after_cue"]
PhraseMemo = dict[Span, tuple[Phrase | None, Phrase | None, Phrase | None]]
"""The phrases the cue grammar reads before and after a cue, by the cue's span, and the one after as a
candidate (the group it opens, :func:`corpus.quotes.name_groups.as_group`, else itself)."""


def cue_phrases(masked: str, lo: int, hi: int, cues: list[Cue], memo: PhraseMemo) -> list[Candidate]:
    """The noun phrases the rules' grammar reads on either side of each cue verb in ``lo``..``hi``
    and lying in it (``cues``: those of the article's ``Cues`` index lying in the stretch,
    ``Cues.between``). Each cue's phrases are read once per article, whichever quote asks: the
    grammar reads a bounded stretch beside its cue."""
    out: list[Candidate] = []
    for cue in cues:
        where = cue.span()
        read = memo.get(where)
        if read is None:
            a, b = where
            before, after = phrase_before(masked, 0, a), phrase_after(masked, b, len(masked))
            # (the group a phrase after opens, "said Sanders protesters", read once per cue too)
            grouped = None if after is None else as_group(masked, after) or after
            read = memo[where] = (before, after, grouped)
        before, after, grouped = read
        if before is not None and before.start >= lo:
            out.append(Candidate(before.start, before.end, "phrase", [_BEFORE_CUE], 0.0, before, where))
        if after is not None and grouped is not None and after.end <= hi:
            out.append(Candidate(grouped.start, grouped.end, "phrase", [_AFTER_CUE], 0.0, grouped, where))
    return out


class MentionIndex:
    """The names, descriptions and pronouns of one masked article, each sentence read once, when a
    quote first asks about it: a quote takes those near it by bisection (a paragraph dense with
    quote marks would otherwise be tokenised again for every quote). Sentences, not paragraphs: a
    sentence is bounded (``context.MAX_SENTENCE``), so one quote in a huge paragraph reads little."""

    def __init__(
        self, masked: str, sentences: Sequence[tuple[int, ...]], starts: list[int] | None = None
    ) -> None:
        """``sentences``: each sentence's start and end first (the article's ``context.Sentences``, or
        spans); ``starts``: where each starts, when the caller has them listed already."""
        self.masked = masked
        self._bounds = sentences
        self._para_starts = [bound[0] for bound in sentences] if starts is None else starts
        self._read: dict[int, tuple[list[int], list[Mention]]] = {}
        self.phrases: PhraseMemo = {}
        """The phrases read beside cues (see :func:`cue_phrases`), kept for the article's other quotes."""

    def _of(self, para: int) -> tuple[list[int], list[Mention]]:
        known = self._read.get(para)
        if known is None:
            bound = self._bounds[para]
            found = sentence_mentions(self.masked, bound[0], bound[1])
            known = self._read[para] = ([m[0] for m in found], found)
        return known

    def between(self, lo: int, hi: int, whole: bool = True) -> list[Candidate]:
        """New candidates for the mentions lying wholly inside ``[lo, hi)``, in text order (and, not
        ``whole``, a name starting inside it and ending past it)."""
        out: list[Candidate] = []
        para = max(0, bisect_right(self._para_starts, lo) - 1)
        while para < len(self._bounds) and self._bounds[para][0] < hi:
            starts, found = self._of(para)
            for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
                a, b, kind = found[k]
                if b <= hi or (not whole and kind == "name"):
                    out.append(Candidate(a, b, kind))
            para += 1
        return out


def sentence_mentions(masked: str, start: int, end: int) -> list[Mention]:
    """:func:`read_mentions` of one sentence, read once per process for a sentence written the same
    (with the same character before it): a wire story's sentences recur in every outlet that reprints
    it. Its mentions depend on the sentence's own characters and on the first one before it that is
    not a blank or an opening mark (whether its first word opens a sentence: :func:`_opens`), so that
    character and what lies between are read with it."""
    before = start - 1
    while before > 0 and masked[before] in _OPENING_SKIPS and start - before < _SKIPS_READ:
        before -= 1
    before = max(0, min(before, start))
    if before > 0 and masked[before] in _OPENING_SKIPS:
        return read_mentions(masked, start, end)  # a long run of blanks before it: read in place
    return [(a + before, b + before, kind) for a, b, kind in _mentions_of(masked[before:end], start - before)]


_OPENING_SKIPS = frozenset(' \t“"‘(')
"""What :func:`_opens` steps over back from a word (blanks and opening marks)."""
_SKIPS_READ = 64
"""How far back those are stepped over before a sentence for it to be remembered (a stretch of blanks
before every sentence of a hostile text is not read again and again)."""


@lru_cache(maxsize=1 << 12)
def _mentions_of(stretch: str, start: int) -> tuple[Mention, ...]:
    return tuple(read_mentions(stretch, start, len(stretch)))
