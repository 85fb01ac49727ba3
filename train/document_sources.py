"""The quotes of ALL of PolNeAR train whose gold Source is a document or a medium ("the ad", "a
statement", "his book", "the photo"), and what the shipped setting gives them on held-out folds.

Usage: python train/document_sources.py [--cache FILE] [--show right|wrong|none|all]

A gold Source's head is its last word before a relative, a comma or a preposition of its complement
("One Club for Growth <ad>, which …", "a <letter> from the governor"); it is a document where that
word is one of :data:`corpus.quotes.lexicon.DOCUMENT_NOUNS`. Each such quote is counted by what the
shipped setting (``train/no_speaker.py --c 3 --margins 0``'s "chosen on CV" row, per held-out fold)
gives it: right, a wrong mention, or no one; by whether a candidate holds the gold Source
(``train/no_candidate.py``'s "no candidate" class); and by whether the document is owned ("her ad",
"Roe's book", "the campaign's video": the owner is the name a reader would want to see). Never dev.

Counted at 07dbc05 (h-docs30): 121 of 6,633 quotes, right 96, wrong 24 (18 a candidate, 6 no
candidate), no one 1; owned 7 (3 right, 4 wrong by gold). Heads: statement 15, post 11 (4 of them "The
Washington Post", an outlet), report 10, ad 9, letter 9, poll 9, email 8, lawsuit 6, document 6. The
one shared reason among the wrong: a poll's respondents read as the speaker ("In a … poll, 75 percent
of {Republicans} said “…”", 6 of them), fixed by :mod:`corpus.quotes.poll_sources` (right 102, wrong
18). The other 18 spread over a dozen shapes of one or two quotes: a document with a participle of
saying ("{Lori Bernstein} held up <a sign> saying", "under <a headline> that said": of the 40 train
quotes of that shape gold names the document on 19, 15 right, and the issuer on 21, "Trump released a
video that said": no rule), a relative between the document
and its cue (1: "<One Club for Growth ad>, which is currently airing, argues that"), "The Washington
Post" reported (3), the person a video shows (1), a pool report (1), a statement's next paragraph (1).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.ingest.load import load_corpus  # noqa: E402
from corpus.quotes.lexicon import DOCUMENT_NOUNS  # noqa: E402
from train.attribution import NOBODY, chosen, is_right  # noqa: E402
from train.error_classes import in_context  # noqa: E402
from train.polnear_examples import SHARED, read_all_examples  # noqa: E402
from train.wrong_class import shipped_setting  # noqa: E402

_COMPLEMENT = re.compile(
    r",|\s(?:which|that|who|of|by|from|in|on|at|with|about|to|called|titled|released|conducted|published|"
    r"filed|issued|obtained|reviewed)\s"
)
"""Where a Source's head noun phrase ends: what follows is a relative, a complement or a participle
("a … poll released Monday")."""
_OWNED = re.compile(r"^(?:his|her|their|its|our|my)\s|[’']s?\s", re.IGNORECASE)
"""A possessive in the Source: "her ad", "Roe’s book", "the campaign’s video"."""


_PART_OF = re.compile(
    r"^(?:one|some|each|any|all|both|many|several|two|three|another)\s+of\s+", re.IGNORECASE
)
"""A part of a whole ("one of her ads"): the head is the whole's."""


def head_word(source: str) -> str:
    """The last word of ``source`` before a relative, a comma or a complement, lower-cased ("one of
    her ads" -> "ads")."""
    source = _PART_OF.sub("", source)
    cut = _COMPLEMENT.search(source)
    words = (source[: cut.start()] if cut else source).split()
    return words[-1].lower().strip(".,;:’'\"“”()") if words else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="as train/attribution.py --cache")
    parser.add_argument("--show", choices=("right", "wrong", "none", "all", ""), default="")
    args = parser.parse_args()
    four = read_all_examples(args.cache)
    setting, scorers = shipped_setting(four)
    texts = {a.name: a.text for a in load_corpus(SHARED / "polnear-train" / "text")}
    counts: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    for e in sorted(four[0], key=lambda e: (e.article, e.quote)):
        if not e.source:
            continue
        text = texts[e.article]
        source = " ".join(text[a:b] for a, b in e.source).strip()
        head = head_word(source)
        if head not in DOCUMENT_NOUNS and head.removesuffix("s") not in DOCUMENT_NOUNS:
            continue
        pick = chosen(e, scorers[e.fold], setting)
        got = e.rules if pick is None else None if pick == NOBODY else e.spans[pick]
        outcome = "right" if is_right(e, pick, setting) else "none" if got is None else "wrong"
        held = "a candidate" if any(e.labels) else "no candidate"
        owned = "owned" if _OWNED.search(source) else "unowned"
        counts[outcome] += 1
        counts[f"{outcome}, {held}"] += 1
        counts[f"{outcome}, {owned}"] += 1
        heads[head] += 1
        if args.show in ("all", outcome):
            chose = f"rules' {e.kind}" if pick is None else "no one" if pick == NOBODY else e.kinds[pick]
            print(f"--- {e.article} [{outcome}; {held}; {owned}; head {head!r}] (chosen: {chose})")
            print(in_context(text, e.quote, e.source, got))
    total = sum(counts[k] for k in ("right", "wrong", "none"))
    print(f"train quotes {len(four[0])}; gold Source a document {total}")
    for key, value in sorted(counts.items()):
        print(f"  {key:36} {value}")
    print("  heads: " + ", ".join(f"{w} {n}" for w, n in heads.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
