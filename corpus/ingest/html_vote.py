"""A second opinion on a page's article: trafilatura's extraction, weighed against our own.

On 200 pages we never tuned on, trafilatura kept more of the article than our container search and
dropped about as much furniture; the two fail on different pages, and together they do better than
either (figures in README, "Web pages"). Ours decides, and trafilatura's text corrects it in three
ways, block by block (paragraphs as ``corpus.ingest.structure.split_paragraphs`` cuts them):

- when the article we found is much shorter than trafilatura's, our container search picked the
  wrong element: a block is the article when trafilatura has it;
- a short or link-heavy block we kept but trafilatura left out is furniture (a "Read more" line,
  a teaser, a label);
- a long block we marked as furniture but trafilatura kept is the article.

trafilatura is imported only here, when a page is read, so start-up and plain-text corpora do not
pay for it; if it cannot be imported or fails on a page, our own decision stands alone. It parses
the page text itself (with lxml) and only returns text: nothing of the page is run or fetched. The
page's headline is never decided here: it is ours (``corpus.ingest.html_meta``). Whether or not
trafilatura had its say, links to other stories set in the article are marked last (``_teasers``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from corpus.ingest.structure import split_paragraphs

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class VoteRules:
    """When trafilatura's text overrides our decision (chosen on html-dev and html-more together)."""

    wrong_container: float = 0.7
    """Ours is the wrong container when its article is under this share of trafilatura's letters."""
    shared: float = 0.5
    """A block is in trafilatura's text when this share of its word trigrams is there."""
    weak_shared: float = 0.2
    """With a wrong container, a block of ours stays when this share of it is in trafilatura's text."""
    short_block: int = 120
    """A block we kept that is shorter than this (letters and spaces) and not in trafilatura's text
    is furniture."""
    link_heavy: float = 0.3
    """... and so is a block we kept whose link text is more than this share of it."""
    long_block: int = 150
    """A block we marked that is at least this long and in trafilatura's text is the article."""
    link_only: float = 0.9
    """A block whose link text is at least this share of it is one link (a teaser)."""
    lead_in: int = 80
    """A line ending in ":" or "?" no longer than this, above furniture, introduces it."""


RULES = VoteRules()

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[*_#>`|\\]")
_WORD = re.compile(r"\w+")
# "Read also: [Other story](…)", "MORE | [Other story](…)": a label of a few words, then one link.
_LABELLED_LINK = re.compile(r"^[*_>\s]*(?:\w+[ \xa0]?){1,4}[:|][*_\s\xa0]*!?\[[^\]]+\]\([^)]*\)[*_.\s]*$")


def second_opinion(page: str) -> str | None:
    """trafilatura's plain text of the page's article (comments left out), or None."""
    try:
        import trafilatura
    except ImportError:
        return None
    # trafilatura logs its doubts as warnings; with no handler they would reach the terminal.
    logger = logging.getLogger("trafilatura")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
        logger.propagate = False
    try:
        return trafilatura.extract(page, include_comments=False) or ""
    except Exception:  # a bug of theirs on a strange page: our own decision stands
        return None


def reconcile(
    text: str, furniture: list[Span], theirs: str | None, headline: str | None, rules: VoteRules = RULES
) -> list[Span]:
    """The furniture spans of ``text`` once trafilatura's text ``theirs`` (None: none to be had)
    has had its say, and runs of teaser links with their lead-in lines are marked."""
    head = " ".join(_WORD.findall((headline or "").lower()))
    blocks = split_paragraphs(text)
    ours = _covered(blocks, sorted(furniture))
    headlines = [bool(head) and " ".join(_WORD.findall(text[s:e].lower())) == head for s, e in blocks]
    decided = ours if theirs is None else _vote(text, blocks, ours, theirs, rules)
    decided = [marked and not is_head for marked, is_head in zip(decided, headlines, strict=True)]
    decided = _teasers([text[s:e] for s, e in blocks], decided, headlines, rules)
    spans = list(furniture)
    for (start, end), before, after, is_head in zip(blocks, ours, decided, headlines, strict=True):
        if is_head:
            continue  # the headline: ours to decide, and trafilatura leaves it out
        if before and not after:
            spans = _cut(spans, start, end)
        elif after and not before:
            spans.append((start, end))
    return _merged([(s, e) for s, e in spans if text[s:e].strip()])  # no gaps left between blocks


def _vote(text: str, blocks: list[Span], ours: list[bool], theirs: str, rules: VoteRules) -> list[bool]:
    """Which blocks are furniture once trafilatura's text is weighed (see the module's doc)."""
    their_words = _WORD.findall(theirs.lower())
    their_lines = {" ".join(_WORD.findall(line)) for line in theirs.lower().splitlines()}
    their_trigrams = {" ".join(their_words[i : i + 3]) for i in range(len(their_words) - 2)}
    shares = [_shared(text[s:e], their_lines, their_trigrams) for s, e in blocks]
    our_length = sum(
        len(_plain(text[s:e])) for (s, e), marked in zip(blocks, ours, strict=True) if not marked
    )
    wrong_container = our_length < rules.wrong_container * len(" ".join(theirs.split()))
    decided = []
    for (start, end), marked, share in zip(blocks, ours, shares, strict=True):
        block = text[start:end]
        if wrong_container:
            article = share >= rules.shared or (not marked and share >= rules.weak_shared)
        elif not marked:
            length = len(_plain(block))
            article = share >= rules.shared or (
                length >= rules.short_block and _link_share(block, length) <= rules.link_heavy
            )
        else:
            article = share >= rules.shared and len(_plain(block)) >= rules.long_block
        decided.append(not article)
    return decided


def _teasers(blocks: list[str], marked: list[bool], headlines: list[bool], rules: VoteRules) -> list[bool]:
    """Links to other stories inside the article ("Read also:" and a list of headlines) are
    furniture: a block that is all one link, beside furniture or another such block; a short
    label and its link ("Read also: [Other story](…)"); and the short lead-in line ending in
    ":" or "?" right above such links."""
    marked = list(marked)
    only_link = [  # pictures aside: a photo and its caption are not a list of stories
        not is_head and "![" not in b and _link_share(b, len(_plain(b))) >= rules.link_only
        for b, is_head in zip(blocks, headlines, strict=True)
    ]
    teaser = [False] * len(blocks)
    for i, block in enumerate(blocks):
        if headlines[i]:
            continue
        beside = [j for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
        in_a_run = only_link[i] and any(marked[j] or only_link[j] for j in beside)
        teaser[i] = in_a_run or _LABELLED_LINK.match(_plain_keep_links(block)) is not None
        marked[i] = marked[i] or teaser[i]
    for i in range(len(blocks) - 2, -1, -1):  # bottom up: a lead-in above a lead-in above a list
        plain = _plain(blocks[i])
        if not headlines[i] and teaser[i + 1] and len(plain) <= rules.lead_in and plain.endswith((":", "?")):
            teaser[i] = marked[i] = True
    return marked


def _covered(blocks: list[Span], furniture: list[Span]) -> list[bool]:
    """Which blocks lie mostly inside the furniture (the test ``load`` applies to paragraphs)."""
    marked = []
    j = 0
    for start, end in blocks:
        while j < len(furniture) and furniture[j][1] <= start:
            j += 1
        covered = 0
        k = j
        while k < len(furniture) and furniture[k][0] < end:
            covered += min(end, furniture[k][1]) - max(start, furniture[k][0])
            k += 1
        marked.append(covered * 2 > end - start)
    return marked


def _shared(block: str, their_lines: set[str], their_trigrams: set[str]) -> float:
    """The share of the block's word trigrams in their text; a block of one or two words must be
    a line of theirs (its words turn up anywhere)."""
    words = _WORD.findall(_plain(block).lower())
    if not words:
        return 1.0
    if len(words) < 3:
        return 1.0 if " ".join(words) in their_lines else 0.0
    trigrams = [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
    return sum(t in their_trigrams for t in trigrams) / len(trigrams)


def _plain_keep_links(block: str) -> str:
    return " ".join(block.split())


def _plain(block: str) -> str:
    """The block as read: links as their text, Markdown marks gone."""
    return " ".join(_MARKUP.sub("", _LINK.sub(r"\1", block)).split())


def _link_share(block: str, length: int) -> float:
    return sum(len(m.group(1)) for m in _LINK.finditer(block)) / max(length, 1)


def _merged(spans: list[Span]) -> list[Span]:
    """Sorted, disjoint spans covering what the given ones cover."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _cut(spans: list[Span], start: int, end: int) -> list[Span]:
    """The spans with ``[start, end)`` taken out of them."""
    out: list[Span] = []
    for s, e in spans:
        if e <= start or s >= end:
            out.append((s, e))
            continue
        if s < start:
            out.append((s, start))
        if e > end:
            out.append((end, e))
    return out
