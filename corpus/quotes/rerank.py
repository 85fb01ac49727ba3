"""Who said each quote, as the learned ranker decides where it is asked (``find_quotes`` asks):
it scores every candidate of a quote (:mod:`corpus.quotes.features`), the rules' answer among them
with features saying so and saying what the rules read (a name beside a cue, a pronoun, no cue…).
Its best choice (among the rules' answer and the candidates that may replace it,
:func:`may_replace`, where ``ranker_weights.json`` says so) is the speaker: a name as written, or a
pronoun or description resolved as the rules resolve theirs
(:func:`corpus.quotes.attribution.resolved`); a name it chooses must be one the article gives
evidence of naming someone (:func:`trusted`), else the rules' answer stands.

The ranker is a softmax over each quote's candidates (``train/attribution.py``). It is asked where
the rules are least sure (:func:`asks_ranker`): no one found, a mention with no cue, or a mention
farther from the quote than :data:`ASK_BEYOND` characters; and nearer where the ask gate says it is
worth it (:mod:`corpus.quotes.ask_gate`). Deciding every quote reads better on
held-out train, but reading the candidates costs the quote finder's CPU (tens of microseconds of
Python per sentence, mention and pair), and ``storydiff quotes`` must read 3 MB/s: the threshold is
the nearest the finder's time allows.

Where it is asked, the ranker may also decide that no one said the quote: the softmax's "no
speaker" option has features of its own, read from the quote alone (:mod:`corpus.quotes.speakerless`:
its kind, length, capitals, the words before and after its marks, a list of quotes, what the rules
read), and where that option, plus ``Ranker.nobody``, outweighs all the candidates together, the
quote is no one's (a name given to a thing, "was known as the “Old Mill”"; a title). Terms (few
quoted words no cue gives to anyone, ``terms.is_term``) are asked too where a verb of saying
or naming stands before them, not in the passive (``naming_verbs.term_cue``: "Trump called it a
“witch hunt”", "chanting “USA!”"); one the ranker gives a speaker is a statement. Chosen on CV by
``train/no_speaker.py`` (C=3, asked beyond 120: CV / dev 0.8977 / 0.9306 against 0.8969 / 0.9294
without; the quotes PolNeAR marks no attribution for given a speaker, held-out train folds / dev,
241 / 22 against 255 / 25). Its cost: the quote's features, 13 us a quote asked (1.02 times the
finder's instructions on PolNeAR dev, callgrind; CPU 1.02 / 0.99 times base11's, synthetic 8 MB /
PolNeAR dev, interleaved best of 5).

Where the rules' mention names no one (:mod:`corpus.quotes.no_one`: a place's second part, "in
Salem, {New Hampshire}, Trump…"; a dateline or heading in capitals; an ordinary word opening a
sentence, "{First}, Trump…"), the ranker is asked whatever the distance and its choice may not be
that mention; where it trusts no other, the rules' answer stands. Where no cue ties the rules'
mention to the quote and it can name no speaker (:mod:`corpus.quotes.uncued`: "{Guns} are “the
ultimate public health crisis”", "{It’s} been common to call it “working-class”"), the same, but
where the ranker trusts no other, no one said it.

Its candidates are read from attribution's own reading of the article (its masked text, sentences
and ``Cues`` index, shared through ``find_quotes``), each sentence's mentions, each mention's own
features and each cue's phrases once per article, so quote storms stay linear.

The weights are integ17's with h-pas18's two passive features, not retrained since (each retraining
moved ECB+ dev speakers for the worse: a referee given Klitschko's words). The figures now, what each
change read and cost, and what was tried and left out are in ``train/ranker_history.md``: read it first.
"""

from __future__ import annotations

import re

from corpus.quotes.ask_gate import gated, shipped_gate
from corpus.quotes.attribution import Attribution, resolved
from corpus.quotes.candidates import Candidate
from corpus.quotes.colon_heads import head_over_own_cue
from corpus.quotes.colon_objects import colon_clause, colon_object
from corpus.quotes.context import ArticleReading
from corpus.quotes.crossed_quotes import across_earlier_quote
from corpus.quotes.example_names import given_as_example
from corpus.quotes.feature_names import FEATURE_ID
from corpus.quotes.features import article_candidates
from corpus.quotes.lexicon import DESCRIPTION_OPENERS, POSSESSIVE_ENDINGS, PRONOUNS
from corpus.quotes.name_evidence import names_someone
from corpus.quotes.name_groups import as_group
from corpus.quotes.names import shipped_tables
from corpus.quotes.no_one import names_no_one
from corpus.quotes.owned import owned_description
from corpus.quotes.phrases import Phrase
from corpus.quotes.ranking import Ranker, shipped_ranker, together
from corpus.quotes.relay_guard import relayer_read, relaying_stretch, relays_rules
from corpus.quotes.roles import TITLES
from corpus.quotes.spans import QuoteSpan
from corpus.quotes.speakerless import QuoteRead, cued, first_traits
from corpus.quotes.subjects import Subjects
from corpus.quotes.uncued import names_no_speaker, speaker_heads, uncued_no_speaker

_RULES, _NOT_A_NAME, _ALL_CAPS = FEATURE_ID["rules"], FEATURE_ID["not_a_name"], FEATURE_ID["all_caps"]


def rerank(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    rules: list[Attribution],
    skip: list[bool],
    ranker: Ranker | None = None,
    subjects: Subjects | None = None,
) -> list[Attribution]:
    """The attributions of ``spans``: the ranker's choice for each, or no one where its "no speaker"
    option wins (:meth:`Ranker.says_nobody`). ``skip`` marks the terms: no one said them (an
    attribution with no mention), unless the ranker is asked about terms with a cue
    (``Ranker.terms``) and gives one a speaker. ``rules`` are the rules' answers, ``reading``
    attribution's reading of the article (its masked text, sentences and cues), shared so the
    ranker reads nothing again; ``subjects`` the sentence subjects and speakers attribution
    resolved its pronouns with."""
    ranker = shipped_ranker() if ranker is None else ranker
    routes = [reading_kind(att) for att in rules]
    barred = [_names_no_one(reading.text, att, span) for att, span in zip(rules, spans, strict=True)]
    dropped = uncued_no_speaker(reading.text, rules)
    barred = [a or b for a, b in zip(barred, dropped, strict=True)]
    asked, traits = _asked(reading, spans, rules, skip, routes, ranker, barred)
    if not any(asked):
        return [UNSAID if skipped else att for att, skipped in zip(rules, skip, strict=True)]
    if subjects is None:
        subjects = Subjects(reading.masked, reading.sentences, reading.cues)
    mentions = [(att.mention.start, att.mention.end) if att.mention else None for att in rules]
    names = [att.name for att in rules]
    candidates = article_candidates(reading, spans, mentions, names, asked, routes)
    out: list[Attribution] = []
    host: Attribution | None = None
    quotes = zip(spans, rules, candidates, skip, traits, barred, dropped, strict=True)
    for k, (span, att, cands, skipped, quiet, no_one, drop) in enumerate(quotes):
        if span.nested:
            out.append(host if host is not None else att)  # the host's speaker said it
            continue
        if cands is None:
            host = UNSAID if skipped else att
        else:
            host = _decided(ranker, cands, quiet, att, reading, (spans, k), subjects, no_one)
            if drop and host is att:
                host = UNSAID  # its mention names no speaker and the ranker trusts no other
        out.append(host)
    return out


def _decided(
    ranker: Ranker,
    cands: list[Candidate],
    quiet: QuoteRead | list[int] | None,
    att: Attribution,
    reading: ArticleReading,
    quote: tuple[list[QuoteSpan], int],
    subjects: Subjects,
    barred: bool = False,
) -> Attribution:
    """The ranker's answer for one quote (``quote``: the spans and its index): no one where its "no
    speaker" option (with the quote's features ``quiet``) wins, else its choice (:func:`choice`;
    ``barred``: not the rules' answer, which names no one), or the rules' answer ``att`` (also where
    the choice would relay what the rules' mention said, :mod:`corpus.quotes.relay_guard`, or is an
    object in the clause of a colon heading the quote, :mod:`corpus.quotes.colon_objects`, or an
    earlier quote's speaker across it, :mod:`corpus.quotes.crossed_quotes`)."""
    scores = ranker.scores(cands)
    if quiet is not None and _says_nobody(ranker, quiet, scores):
        return UNSAID
    text, (spans, k) = reading.text, quote
    best = choice(ranker, cands, text, scores, barred)
    if best is not None and not barred:
        if relays_rules(relaying_stretch(reading, spans, k, att), best.start, best.end):
            return att
        clause = colon_clause(reading, spans[k])
        if clause is not None and colon_object(reading.masked, clause, cands, best):
            return att  # an object in the clause of the colon heading the quote ("advice for {Nichols}:")
        if head_over_own_cue(reading, spans[k], att, best):
            return att  # a colon's head paragraphs above, where the quote's own sentence has a cue
        if across_earlier_quote(spans, k, att, best.end):
            return att  # an earlier quote's speaker, across it, where the rules name another after it
    return _preferred(best, cands, att, text, spans[k], subjects)


def _says_nobody(ranker: Ranker, quiet: QuoteRead | list[int], scores: list[float]) -> bool:
    """:meth:`Ranker.says_nobody`, the quote's costlier "no speaker" features read only where they
    can tip it (``quiet``: its features, or those read first, ``speakerless.first_traits``)."""
    if isinstance(quiet, QuoteRead):
        if not scores or ranker.nobody_outweighed(quiet.known, quiet.most_added(), together(scores)):
            return False
        quiet = quiet.traits()
    return ranker.says_nobody(quiet, scores)


UNSAID = Attribution(None, None, None, None)
"""No one said the quote: a term, or the ranker's "no speaker" option won."""


def _asked(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    rules: list[Attribution],
    skip: list[bool],
    routes: list[str],
    ranker: Ranker,
    barred: list[bool],
) -> tuple[list[bool], list[QuoteRead | list[int] | None]]:
    """Which quotes the ranker is asked about (:func:`asks_ranker`, or the rules' mention names no one:
    ``barred``; a term where the ranker asks about terms and a cue stands before it,
    ``speakerless.cued``), and the "no speaker" features of those where that option decides (None
    for the others): a term's all (:func:`corpus.quotes.speakerless.quote_traits`), another's those
    read first (``speakerless.first_traits``)."""
    asked: list[bool] = []
    traits: list[QuoteRead | list[int] | None] = []
    gate = shipped_gate()
    previous: Attribution | None = None
    for k, (att, span, skipped) in enumerate(zip(rules, spans, skip, strict=True)):
        ask = not skipped and (barred[k] or asks_ranker(att, span, ASK_BEYOND))
        if not (ask or skipped or span.nested):
            # (never where the rules read the cue's subject before the quote, speech another may relay,
            # nor a relayer, who PolNeAR and the relay step say is the speaker)
            ask = gated(gate, reading, spans, k, att, previous, routes[k])
            ask = ask and relaying_stretch(reading, spans, k, att) is None
            ask = ask and not relayer_read(reading, span, att)
        if not span.nested:
            previous = att
        quiet: QuoteRead | list[int] | None = None
        if not span.nested and ((skipped and ranker.terms) or (ask and ranker.nobody is not None)):
            m = att.mention
            gap = None if m is None else gap_to_quote(m.start, m.end, span)
            quiet = first_traits(reading, spans, k, skipped, routes[k], gap)
            # (a term is asked where a cue stands before it: read whole; the rest of another's is read
            # in ``_decided`` only where it can tip the "no speaker" option)
            if skipped:
                quiet = quiet.traits()
                ask = ask or cued(quiet)
        asked.append(ask)
        traits.append(quiet)
    return asked, traits


def _names_no_one(text: str, att: Attribution, span: QuoteSpan) -> bool:
    """Whether the rules' mention names no one (:func:`corpus.quotes.no_one.names_no_one`: a place's
    second part, a dateline or heading in capitals, an ordinary word opening a sentence). The
    ranker is then asked, and its choice may not be that mention (on held-out PolNeAR train folds
    21 quotes, 6 right as shipped before, 11 so; figures in ``train/named_mentions.py``)."""
    m = att.mention
    return m is not None and names_no_one(text, m.start, m.end, shipped_tables(), span.open_at) is not None


def reading_kind(att: Attribution) -> str:
    """What the rules read for a quote: "no mention", "no cue" (a mention without a cue: a sentence's
    subject, the previous speaker), "pronoun", "description", "no name" or "named"."""
    m = att.mention
    if m is None:
        return "no mention"
    if att.cue is None:
        return "no cue"
    if m.pronoun:
        return "pronoun"
    if m.description:
        return "description"
    return "no name" if att.name is None else "named"


ASK_BEYOND = 80
"""The ranker is asked about a quote whose rules' mention lies more than this many characters from
it, and about every quote the rules read with no cue or no mention (:func:`asks_ranker`): as far
as the CPU won by h-ask17 pays for on the bench corpus (100 before, 120 before h-ask15). Nearer, at
70 and 60, it moves ECB+ dev speakers for the worse more often than for the better (a spokesman
given his principal's words, a judge's advice given to the man he sentenced:
``train/ranker_history.md``). Nearer than this, the ask gate (:mod:`corpus.quotes.ask_gate`) picks
the quotes worth asking from what the rules read (h-ask25)."""


def asks_ranker(att: Attribution, span: QuoteSpan, beyond: int | None = ASK_BEYOND) -> bool:
    """Whether the ranker is asked about a quote (``beyond`` None: every quote)."""
    m = att.mention
    if beyond is None or m is None or att.cue is None:
        return True
    return gap_to_quote(m.start, m.end, span) > beyond


def gap_to_quote(start: int, end: int, span: QuoteSpan) -> int:
    """How many characters lie between a mention and its quote's marks."""
    return max(0, span.open_at - end) if end <= span.open_at else max(0, start - span.close_at)


def choice(
    ranker: Ranker,
    cands: list[Candidate],
    text: str,
    scores: list[float] | None = None,
    barred: bool = False,
) -> Candidate | None:
    """The ranker's best candidate (among the rules' answer and those that may replace it,
    :func:`may_replace`, where the ranker says so; not the rules' answer where it is ``barred``),
    if it clears the ranker's floor and may stand (:func:`trusted`); None for the rules' answer.
    ``scores``: the candidates', if scored already."""
    if ranker.may_replace or barred:
        kept = [
            i
            for i, c in enumerate(cands)
            if (_RULES not in c.ids or not barred)
            and (not ranker.may_replace or _RULES in c.ids or may_replace(c, text))
        ]
        cands = [cands[i] for i in kept]
        scores = None if scores is None else [scores[i] for i in kept]
    best = ranker.best(cands, scores)
    if best is None or _RULES in best.ids:
        return None
    return best if trusted(best, text) else None


_NAME_WORD = r"[A-Z][a-z’'][A-Za-z’'.]*(?:-[A-Z][A-Za-z’'.]*)*"
NAME_LIKE = re.compile(rf"(?:[A-Z]\.\s*)*{_NAME_WORD}(?:\s+(?:[a-z]{{1,3}}\s+)?(?:[A-Z]\.|{_NAME_WORD}))*")
"""What the ranker may put where the rules found no one: capitalised words as names are written
("Roe", "Jane Roe", "J. Roe", "Bank of America", "Kingsley-Hughes"), not a letter, an abbreviation,
a code or a compound in lower case ("C", "U.S.", "E2", "Bush-era")."""


def may_replace(c: Candidate, text: str) -> bool:
    """Whether a candidate may replace the rules' answer: a name as written (:func:`replaces_rules`),
    or a pronoun or a description, resolved to a name as the rules resolve theirs. Not a capitalised
    word that names no one ("Ultimately", a dateline's "WASHINGTON"): with it as their choice, the
    ranker's speakers on ECB+ and scraped pages were junk, for 0.001 of PolNeAR's CV figure."""
    if c.phrase is not None and (c.phrase.pronoun or c.phrase.description):
        return True
    if c.kind == "group":
        return not _CUE_SUBJECT.isdisjoint(c.ids)  # "officials said", "said one attendee"
    return c.kind in ("pronoun", "description") or replaces_rules(c, text)


_CUE_SUBJECT = frozenset({FEATURE_ID["cue_right_after"], FEATURE_ID["cue_right_before"]})
"""A group's features that say it is the subject of a cue: only then may it replace the rules' answer
(anywhere else, on ECB+ "Police" replaced a named councilman; "according to court filings" took a
named speaker's quotes on scraped pages, for no change of CV or dev)."""


def replaces_rules(c: Candidate, text: str) -> bool:
    """Whether a candidate names someone as names are written: a name the cue grammar read, or a run
    of capitalised words that could name someone."""
    if c.phrase is not None and c.phrase.name is not None and not c.phrase.pronoun:
        return _name_like(c.phrase.name)
    # (not in capitals: a dateline's "WASHINGTON" or a headline's words, the ranker's worst picks)
    if c.kind != "name" or _NOT_A_NAME in c.ids or _ALL_CAPS in c.ids:
        return False
    return _name_like(text[c.start : c.end])


def trusted(c: Candidate, text: str) -> bool:
    """Whether the ranker's choice may stand: a pronoun, a description, or a name the article gives
    evidence of naming someone (:func:`corpus.quotes.name_evidence.names_someone`), never one given as
    an example (:mod:`corpus.quotes.example_names`). Where its choice names no one, the rules' answer
    stands (not its next choice: on ECB+ and the html pages that was junk as often, "Cave Carrot")."""
    # (not an outlet, "according to the Interfax agency": PolNeAR writes them as Sources, and so
    # checked, CV 0.907 -> 0.903 deciding every quote)
    if c.phrase is not None and (c.phrase.pronoun or c.phrase.description):
        return True
    if c.kind in ("pronoun", "description", "group"):
        return True
    if given_as_example(text, c.start):
        return False  # "an entertainer such as {Jackman}": an instance of something, no speaker
    if c.phrase is not None:
        return True  # read by the cue grammar beside its cue ("Human Rights Watch, said"): evidence enough
    written = text[c.start : c.end]
    if names_no_speaker(text, c.start, c.end, shipped_tables(), speaker_heads()) is not None:
        return False  # a lone ordinary word ("If", "Hearts"), "It’s": no one's name
    return names_someone(written, _titles(written), text, shipped_tables())


def _titles(written: str) -> int:
    """How many words at the head of a written name are titles ("Sen. Jane Roe": 1)."""
    words = written.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in TITLES:
        k += 1
    return k


def _name_like(written: str) -> bool:
    return NAME_LIKE.fullmatch(written) is not None


def _preferred(
    best: Candidate | None,
    cands: list[Candidate],
    att: Attribution,
    text: str,
    span: QuoteSpan,
    subjects: Subjects,
) -> Attribution:
    if best is None:
        return att
    phrase = phrase_of(best, text)
    # "{One Trump} confidant", "{Sanders} protesters": the unnamed person or the group, as the rules read it
    phrase = as_group(text, phrase) or phrase
    if phrase.name is not None and text.startswith(POSSESSIVE_ENDINGS, phrase.end):
        # "{Dorsett}’s daughter said": someone known by whose they are, not the owner (as the rules read it)
        phrase = owned_description(text, phrase.start, min(len(text), phrase.end + _OWNED_REACH)) or phrase
    if phrase.description:
        phrase = _apposed(phrase, cands, text)
    if phrase.name is not None and phrase.name == att.name:
        return att  # the same person the rules named: their reading of the role stands
    return resolved(text, span, (phrase, best.cue), subjects)  # as the rules resolve their mentions


_OWNED_REACH = 60
"""How far after an owner's name its person's noun is looked for ("Dorsett’s eldest daughter")."""
_APPOSITION = re.compile(r"\s*,\s*")


def _apposed(description: Phrase, cands: list[Candidate], text: str) -> Phrase:
    """A description in apposition to the name before it ("Jane Roe, the union's leader"): the two
    as one speaker, the name and its role; else the description alone."""
    for c in cands:
        if c.end < description.start and _APPOSITION.fullmatch(text, c.end, description.start):
            named = phrase_of(c, text)
            if named.name is not None:
                return Phrase(named.start, description.end, named.name, description.role)
    return description


def phrase_of(c: Candidate, text: str) -> Phrase:
    """The speaker a candidate is as written: its name and role, or a pronoun or description to
    resolve (a run of capitalised words that names no one is a mention with no name)."""
    if c.phrase is not None:
        return c.phrase
    written = text[c.start : c.end]
    words = written.split()
    if c.kind == "pronoun" or (c.kind != "group" and written.lower() in PRONOUNS):
        # (a "group" relative, "critics {who} say", names no one: ``relative_subjects``)
        return Phrase(c.start, c.end, None, None, pronoun=True)
    if c.kind == "description":
        head = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in DESCRIPTION_OPENERS else written
        return Phrase(c.start, c.end, None, head.lower(), description=True)
    if not replaces_rules(c, text):
        return Phrase(c.start, c.end, None, None)
    # a run of capitalised words: the name as written, a title at its head its role
    k = _titles(written)
    return Phrase(c.start, c.end, " ".join(words[k:]), " ".join(words[:k]) or None)
