"""Whether an article is written in English: the only language the quote engine's cues are read in.

Quote spans are found in any language's marks (:mod:`corpus.quotes.spans`), but every attribution
rule reads English: its cue verbs, its articles and pronouns, and its idea of a name (capitalised
words, which in German are every noun and in French any title). Run on another language they do
not just miss, they misfire: a German "Der Autor" or "Zum" becomes a speaker. So an article that
reads as another language keeps its quotes with no speaker.

The test is the function words its body is made of, counted over its first
:data:`LANGUAGE_SAMPLE_CHARS` characters (bounded: a 1 MB article costs what a short one does).
It takes positive evidence to call a text foreign, so a short English text with few function
words ("“Go home,” Smith told reporters.") stays English.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import repeat

from corpus.model import Article, BlockKind

ENGLISH_MARKERS = frozenset(
    "the and that with said from have has are were would which who their been this but his her they "
    "not it its she there than what when could about after".split()
)
"""Frequent English words that are not also frequent words of another European language ("a",
"in", "is", "on", "was", "die", "also", "to", "at", "for", "will" are: they are left out)."""

OTHER_LANGUAGE_MARKERS = frozenset(
    # German
    "der das und nicht ist sich mit dem den des ein eine einer auch sagte sei wird wurde "
    "von zu auf für aus bei nach über oder aber wie noch "
    # French
    "le la les et des est une du pour qui dans pas sur avec ce cette sont au aux déclaré ont "
    # Spanish, Portuguese, Italian
    "el los las y que del por con para una es lo se su dijo em não uma os da do il di che della "
    "per sono gli ha detto "
    # Dutch, Scandinavian
    "het een van en niet zijn dat op voor och og att det er är som til af ikke inte "
    # Polish, Czech, Hungarian
    "nie się że jest na z w do jak az és hogy nem egy".split()
)
"""Frequent function words of the other European languages news is written in; none is a frequent
English word ("die", "a", "i", "o", "e", "in", "an", "on", "so" are left out)."""

LANGUAGE_SAMPLE_CHARS = 2_000
"""How much of an article's body is read to tell its language: some 300 words, plenty of function
words either way."""
MIN_FOREIGN_EVIDENCE = 3
"""Fewer foreign function words than this never make a text foreign (a name like "Da Silva")."""


def reads_as_english(article: Article, paragraphs: list[tuple[int, int, BlockKind]] | None = None) -> bool:
    """True unless the article's body is made of another language's function words more than of
    English ones (read over its first :data:`LANGUAGE_SAMPLE_CHARS` characters of body text).
    ``paragraphs``: the article's ``paragraphs.spans()``, when the caller has them already."""
    budget = LANGUAGE_SAMPLE_CHARS
    text = article.text
    english = foreign = 0
    for start, end, kind in article.paragraphs.spans() if paragraphs is None else paragraphs:
        if kind == "boilerplate":
            continue  # a site's menus may be English around an article that is not
        end = min(end, start + budget)
        budget -= end - start
        # (the words of the paragraphs are those of the paragraphs joined: counted paragraph by
        # paragraph, each counted once per process for each way it is written, :func:`_markers_in`)
        in_english, in_another = _markers_in(text[start:end])
        english += in_english
        foreign += in_another
        if budget <= 0:
            break
    return foreign < MIN_FOREIGN_EVIDENCE or english >= foreign


@lru_cache(maxsize=1 << 12)
def _markers_in(paragraph: str) -> tuple[int, int]:
    """The English and the other languages' marker words of (the part read of) a paragraph, counted
    by C code (split, a dict read per word, bytes.count), not a Python step per word or per marker:
    this runs for every article with a quote (the command's hottest line on the bench corpus,
    lower-casing and splitting 2,000 characters an article). Kept once per process for each way a
    paragraph is written: a wire story's paragraphs open every page that reprints it (on the 4 MB
    bench corpus 86% of the characters read had been read before). Function words stand
    mid-sentence, so words glued to punctuation are not missed."""
    # one byte a word, 0 for a word no marker, counted at memchr speed (a list of None and ints was
    # counted by a rich comparison of each None with the int: 6% of the test's instructions on
    # PolNeAR dev)
    sides = bytes(map(_MARKER_SIDE.get, paragraph.lower().split(), repeat(_NEITHER)))
    return sides.count(_ENGLISH), sides.count(_FOREIGN)


_NEITHER, _ENGLISH, _FOREIGN = 0, 1, 2
"""What a word is: no marker (``dict.get``'s default), an English one, another language's."""
_MARKER_SIDE = {**dict.fromkeys(ENGLISH_MARKERS, _ENGLISH), **dict.fromkeys(OTHER_LANGUAGE_MARKERS, _FOREIGN)}
"""Which language's marker each marker word is (the two sets share no word)."""
