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
far from the quote. Deciding every quote reads better on held-out train (C=3: CV 0.912 / dev
0.931, against 0.898 / 0.931 asked beyond 120; retrained on the merged tree of the session that
set it; :data:`ASK_BEYOND` is 100 since h-ask15, below), but costs more of the quote finder's CPU
time (``bench/quotes_speed.py --ask``, against the finder asked beyond 140, synthetic 2 MB corpus /
PolNeAR dev): every quote
2.74 / 1.67 times; beyond 40 characters 1.84 / 1.19; beyond 100 (CV 0.900 / dev 0.931) 1.39 / 1.04.
Beyond 120 was then the nearest the finder's time allowed: with the CPU won back elsewhere in the finder
it runs at 0.97 / 0.91 times the CPU of the previous tree asked beyond 140 (interleaved, 8 MB
synthetic corpus / PolNeAR dev), where beyond 140 now runs at 0.81 / 0.92.
Asked about every quote, nearly all the time added is reading the candidates (py-spy: of that,
each sentence's mentions a fifth, the cue grammar's phrases a fifth, each mention's own features
over a quarter, the features of a mention as one quote's candidate and their ranks a third): tens
of microseconds of Python per sentence, mention and pair, each read once. Lists of the article's
words or tokens made once, at C speed, and read by bisection instead of a regex per window, cost
as much to make as they saved (the whole finder 3-6% slower, measured interleaved): the cost is
the Python work per mention itself, not reading the same text twice. What each part is worth
(retrained without it, every quote, CV / dev): the cue grammar's phrase candidates 0.909 / 0.923
against 0.911 / 0.926, for 2.35 / 1.52 times instead of 2.74 / 1.67; the words beside a mention
(an ablation of the features read) 0.902 / 0.928; the cue patterns beside it 0.901 / 0.928.

Made cheaper without changing a candidate or a feature (h-cand10; ``bench/candidates_check.py``
identical on the seeds, PolNeAR dev and train): the words beside a mention read once for the cue
and side-word features, its place-tail check and sentence patterns kept with its features, the
tokens that cannot open a mention passed over at C speed. Instructions (callgrind, one
``find_quotes``) against base10: every quote 0.947 on PolNeAR dev, 0.922 on the synthetic corpus;
as shipped 0.978 / 0.972. Not enough to ask more within the shipped finder's CPU: beyond 100 costs
1.000 of it on PolNeAR dev (CV 0.898 against 0.897) but 1.165 on the synthetic corpus (the seeds'
quotes whose mention stands 114-119 characters away, copied a hundred times), so 120 stays.
Tried and left out: an article's tokens as one ``findall`` and offsets summed at C speed (no
faster: the regex's cost per token is most of it, 0.070 of 0.085 s a run); the cue phrases
memoised with the rules' (on PolNeAR dev 61 of 842 phrases the ranker reads were read by the
rules too); the written counts of only the names asked about, each found in the article lower-cased
(1.6% more instructions as shipped than one scan of every capitalised word); ask rules by what the
rules read (``train/ask_rules.py``: none reads better than one distance for the share it asks).

Where it is asked, the ranker may also decide that no one said the quote: the softmax's "no
speaker" option has features of its own, read from the quote alone (:mod:`corpus.quotes.speakerless`:
its kind, length, capitals, the words before and after its marks, a list of quotes, what the rules
read), and where that option, plus ``Ranker.nobody``, outweighs all the candidates together, the
quote is no one's (a name given to a thing, "was known as the “Old Mill”"; a title). Terms (few
quoted words no cue gives to anyone, ``article_quotes.is_term``) are asked too where a verb of saying
or naming stands before them, not in the passive (``speakerless.term_cue``: "Trump called it a
“witch hunt”", "chanting “USA!”"); one the ranker gives a speaker is a statement. Chosen on CV by
``train/no_speaker.py`` (C=3, asked beyond 120: CV / dev 0.8977 / 0.9306 against 0.8969 / 0.9294
without; the quotes PolNeAR marks no attribution for given a speaker, held-out train folds / dev,
241 / 22 against 255 / 25). Its cost: the quote's features, 13 us a quote asked (1.02 times the
finder's instructions on PolNeAR dev, callgrind; CPU 1.02 / 0.99 times base11's, synthetic 8 MB /
PolNeAR dev, interleaved best of 5).

Where the rules' mention names no one (:mod:`corpus.quotes.no_one`: a place's second part, "in
Salem, {New Hampshire}, Trump…"; a dateline or heading in capitals; an ordinary word opening a
sentence, "{First}, Trump…"), the ranker is asked whatever the distance and its choice may not be
that mention; where it trusts no other, the rules' answer stands (``train/named_mentions.py``:
CV / dev asked beyond 120 0.8977 / 0.9306 -> 0.8984 / 0.9306, every quote 0.9104 -> 0.9110;
the weights unchanged, they score the same candidates). With a possessive before a noun of saying
among the candidates too ("<her> promise to be “neutral”", :data:`corpus.quotes.candidates.OWNERS`),
retrained: 0.8989 / 0.9306 / -0.032, every quote 0.9114 / 0.9306 / -0.019; unmatched quotes given
a speaker 241 / 22. Merged with h-site13's rules (named organisations, learned role nouns, titles
written out) and retrained (integ13): 0.8995 / 0.9306 / -0.031, every quote 0.9121 / 0.9306 /
-0.019; unmatched 242 / 22. The two cost the quote finder 1.007 times base13's instructions on PolNeAR dev
and 1.011 on 1 MB of the synthetic corpus (callgrind, one process); CPU interleaved with base13,
best of 5, 1.02 / 0.97-1.06 (a loaded machine), ``storydiff quotes`` cold 1.03 (4 MB synthetic).
With a preposition's object set off before its cue barred too (h-acc14, ``no_one``'s "object") and
a quote after a sentence that quotes someone with a cue not given to that sentence's subject
(``attribution.subject_before``): 0.9003 / 0.9306 / -0.030, every quote 0.9126 / 0.9306 / -0.018;
unmatched 241 / 22 (the weights as before: retrained on the rules' new answers, 4 quotes of train,
they moved 7 ECB+ dev speakers, most for the worse, for the same CV). Their cost: 1.0008 times
base14's instructions of ``find_quotes`` on PolNeAR dev, 1.0009 on 150 copies of the seeds (1 MB;
callgrind, the corpus's loading subtracted).

What asking more would buy and cost (h-ask15; ``train/no_speaker.py --beyond``, the weights as
shipped, CV / dev): beyond 120 0.9000 / 0.9306, 110 0.9007, 100 0.9011, 90 0.9015, 80 0.9021, 60
0.9040, 40 0.9054 / 0.9319, 20 0.9075 / 0.9332, every quote 0.9123 / 0.9306 (the dev figure 0.9306
where not given). The quote finder was made cheaper without changing a candidate or an answer:
no regex built per word in the name cleaner (``word_places``: 1.2 ms to compile each, a sixth of the
finder's time on PolNeAR), a sentence's mentions and a mention's own features read once per process
for text written the same (a wire story's sentences recur in every reprint), the cues beside a
quote listed once; and ingest's short paragraphs told furniture once per way they are written.
``find_quotes``' article reading, instructions (callgrind, one process, imports subtracted) against
base15: PolNeAR dev 0.895, 0.5 MB of the synthetic corpus 0.939; ``storydiff quotes`` cold on the
4 MB bench corpus, CPU of both processes 0.87, of the main one 0.71 (best of 3, a loaded machine).
In instructions (``bench/cli_speed.py --instructions``, one cold run) 0.891 of base15's, main 0.885.
That pays for asking beyond 100, no farther: ``storydiff quotes`` cold asked beyond 100 is 1.076
times the instructions asked beyond 120 (main 1.061), so 0.959 of base15's (main 0.939). Nearer costs
more than was won on the bench corpus, whose seeds' quotes with a mention 60-120 characters away are
copied hundreds of times, each asked quote reading its candidates (some 0.3 ms): the article
reading, against base15 asked beyond 120, CPU 1.22 beyond 100, 1.21 beyond 80, instructions 1.25
beyond 60, 1.72 beyond 40 (0.90 / 0.94 asked beyond 120); on PolNeAR dev beyond 80 costs 0.969 of
base15's instructions. Beyond 100 changes 6 speakers of PolNeAR train's 7,193 quotes (4 better, 1
worse: "criminals" given to the actress writing about Trump's speech, 1 moot: "according to
Reuters"), 2 of ECB+ dev (a quote given to the man who said it after "commented,"; a film's title
given to its writer rather than to the outlet), none of the seeds, PolNeAR dev or the census
pages. Beyond 60 would change 29 of train (18 better, 8 worse, 3 moot).

Its candidates are read from attribution's own reading of the article (its masked text, sentences
and ``Cues`` index, shared through ``find_quotes``), each sentence's mentions, each mention's own
features and each cue's phrases once per article, so quote storms stay linear.
On the merged tree of integ15, 2026-12-04 (h-acc15's colon heads and "it" candidates, retrained and written
asked beyond 100): CV / dev / gap 0.9023 / 0.9306 / -0.028 asked beyond 100, 0.9013 / 0.9294 asked
beyond 120, every quote 0.9134 / 0.9319 / -0.019; unmatched quotes given a speaker 242 / 21.
With h-acc16's rules (the clause a cue's subject is read in: a participle after a finite cue or a
coordinate clause, a passive cue, a question's cue in the next sentence, ``corpus.quotes.cues``;
``train/rules_errors.py``): CV (refitted per fold) / dev (the weights as shipped) / gap 0.9041 /
0.9319 / -0.028 asked beyond 100, every quote 0.9138 / 0.9332 / -0.019. The weights were not
rewritten: retrained on the new answers they read dev the same (0.9319) but moved 8 ECB+ dev speakers,
3 for the worse (a referee named before Klitschko's words given them), and gave a dateline's sentence
quote to "the mayor's" rather than its subject (``tests/test_quotes_no_one.py``). Their cost: 1.005
times base16's instructions of the article reading on PolNeAR dev (callgrind, one process, the
corpus's loading subtracted; 1.012 with the passive read by a regex instead of a split).

Tried to pay for asking every quote (h-ask16), and left out: a quote's candidates remembered per
process by the text they are read from (the masked text and text of the stretch read, its sentences'
and paragraphs' bounds, the quote's marks, the rules' and the previous mention; the article's counts,
previous speaker, quoted names and the cue grammar's lone surnames, ``roles._lone_surname``, the one
thing it reads from the whole article, added or compared afterwards): the same candidates, features
in order (checked on 4 MB of the synthetic corpus, the seeds, PolNeAR dev and the census pages), but
no cheaper. Asked about every quote, 34% of the synthetic corpus's quotes (1 MB) recur with the same
stretch (the seeds' speakers' names vary inside most of the others), 15% of the census pages', none
of PolNeAR's; each still costs its key and the article's features. Instructions of the article
reading (callgrind, one process, the collector off as in ``find_quotes``), against this tree: every
quote 0.98 on the synthetic corpus, 1.02 on PolNeAR dev (remembered when a stretch recurs; 1.03 /
1.08 remembered at once); as shipped 1.00 / 1.01. Branch and bound over the candidates was not built:
a candidate must be gathered to be bounded (its mentions and the cue grammar's phrases, half of a
quote's cost), and the features read per mention bound little (the largest positive weight of each
family summed: 25.2; with the place, the cue between, the kind and the rules' features read first,
97% of PolNeAR dev's candidates and 94% of the synthetic corpus's must still be read to pick the best).
What asking nearer costs (article reading, instructions against asked beyond 100; the synthetic 1 MB /
PolNeAR dev; nearer than 100 with the memo above): beyond 80 1.085 / -, 40 1.45 / 1.25, every 2.11 /
1.77; and reads (the weights as
shipped, ``train/no_speaker.py --beyond``, CV / dev): beyond 80 0.9034 / 0.9306, 60 0.9053 / 0.9306,
40 0.9069 / 0.9332, 20 0.9086 / 0.9344, every 0.9134 / 0.9319. Quotes whose speaker changes against
beyond 100 (``storydiff quotes --json``): beyond 80, PolNeAR train 5 (4 better, 1 worse), ECB+ dev
none, census 1 (better); 60: train 21, ECB+ 4 (1 better, 3 worse), census 1 (better); 40: train 42
(23 better, 14 worse, 5 the same speaker spelled otherwise), ECB+ 7 (1 better, 6 worse: a spokesman
given his principal's words, a book's title given to the host, a judge's advice to the man he
sentenced), census 2 (better). Beyond 80 is the next step when the bench corpus's CPU allows it
(estimated 4% more of ``storydiff quotes``' CPU, whose margin over 3 MB/s is about 3%).
"""

from __future__ import annotations

import re

from corpus.quotes.attribution import Attribution, resolved
from corpus.quotes.candidates import Candidate
from corpus.quotes.context import ArticleReading
from corpus.quotes.feature_names import FEATURE_ID
from corpus.quotes.features import article_candidates
from corpus.quotes.lexicon import DESCRIPTION_OPENERS, PRONOUNS
from corpus.quotes.name_evidence import names_someone
from corpus.quotes.names import shipped_tables
from corpus.quotes.no_one import names_no_one
from corpus.quotes.phrases import Phrase
from corpus.quotes.ranking import Ranker, shipped_ranker
from corpus.quotes.roles import TITLES
from corpus.quotes.spans import QuoteSpan
from corpus.quotes.speakerless import cued, quote_traits
from corpus.quotes.subjects import Subjects

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
    barred = [_names_no_one(reading.text, att) for att in rules]
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
    quotes = zip(spans, rules, candidates, skip, traits, barred, strict=True)
    for span, att, cands, skipped, quiet, no_one in quotes:
        if span.nested:
            out.append(host if host is not None else att)  # the host's speaker said it
            continue
        if cands is None:
            host = UNSAID if skipped else att
        else:
            host = _decided(ranker, cands, quiet, att, reading.text, span, subjects, no_one)
        out.append(host)
    return out


def _decided(
    ranker: Ranker,
    cands: list[Candidate],
    quiet: list[int] | None,
    att: Attribution,
    text: str,
    span: QuoteSpan,
    subjects: Subjects,
    barred: bool = False,
) -> Attribution:
    """The ranker's answer for one quote: no one where its "no speaker" option (with the quote's
    features ``quiet``) wins, else its choice (:func:`choice`; ``barred``: not the rules' answer,
    which names no one), or the rules' answer ``att``."""
    scores = list(map(ranker.score, cands))
    if quiet is not None and ranker.says_nobody(quiet, scores):
        return UNSAID
    return _preferred(choice(ranker, cands, text, scores, barred), cands, att, text, span, subjects)


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
) -> tuple[list[bool], list[list[int] | None]]:
    """Which quotes the ranker is asked about (:func:`asks_ranker`, or the rules' mention names no one:
    ``barred``; a term where the ranker asks about terms and a cue stands before it,
    ``speakerless.cued``), and the "no speaker" features
    (:func:`corpus.quotes.speakerless.quote_traits`) of those where that option decides (None for
    the others)."""
    asked: list[bool] = []
    traits: list[list[int] | None] = []
    for k, (att, span, skipped) in enumerate(zip(rules, spans, skip, strict=True)):
        ask = not skipped and (barred[k] or asks_ranker(att, span, ASK_BEYOND))
        quiet = None
        if not span.nested and ((skipped and ranker.terms) or (ask and ranker.nobody is not None)):
            m = att.mention
            gap = None if m is None else gap_to_quote(m.start, m.end, span)
            quiet = quote_traits(reading, spans, k, skipped, routes[k], gap)
            ask = ask or cued(quiet)
        asked.append(ask)
        traits.append(quiet)
    return asked, traits


def _names_no_one(text: str, att: Attribution) -> bool:
    """Whether the rules' mention names no one (:func:`corpus.quotes.no_one.names_no_one`: a place's
    second part, a dateline or heading in capitals, an ordinary word opening a sentence). The
    ranker is then asked, and its choice may not be that mention (on held-out PolNeAR train folds
    21 quotes, 6 right as shipped before, 11 so; figures in ``train/named_mentions.py``)."""
    m = att.mention
    return m is not None and names_no_one(text, m.start, m.end, shipped_tables()) is not None


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


ASK_BEYOND = 100
"""The ranker is asked about a quote whose rules' mention lies more than this many characters from
it, and about every quote the rules read with no cue or no mention (:func:`asks_ranker`): as far
as the CPU won by h-ask15 pays for on the bench corpus (120 before; figures above)."""


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
    evidence of naming someone (:func:`corpus.quotes.name_evidence.names_someone`). Where its choice
    names no one, the rules' answer stands (not its next choice: on ECB+ and the html pages that was
    junk as often, "Cave Carrot" after "Flower Dance")."""
    # (not an outlet, "according to the Interfax agency": PolNeAR writes them as Sources, and so
    # checked, CV 0.907 -> 0.903 deciding every quote)
    if c.phrase is not None and (c.phrase.pronoun or c.phrase.description):
        return True
    if c.kind in ("pronoun", "description", "group"):
        return True
    if c.phrase is not None:
        return True  # read by the cue grammar beside its cue ("Human Rights Watch, said"): evidence enough
    written = text[c.start : c.end]
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
    if phrase.description:
        phrase = _apposed(phrase, cands, text)
    if phrase.name is not None and phrase.name == att.name:
        return att  # the same person the rules named: their reading of the role stands
    return resolved(text, span, (phrase, best.cue), subjects)  # as the rules resolve their mentions


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
    if c.kind == "pronoun" or written.lower() in PRONOUNS:
        return Phrase(c.start, c.end, None, None, pronoun=True)
    if c.kind == "description":
        head = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in DESCRIPTION_OPENERS else written
        return Phrase(c.start, c.end, None, head.lower(), description=True)
    if not replaces_rules(c, text):
        return Phrase(c.start, c.end, None, None)
    # a run of capitalised words: the name as written, a title at its head its role
    k = _titles(written)
    return Phrase(c.start, c.end, " ".join(words[k:]), " ".join(words[:k]) or None)
