"""Write ``corpus/quotes/given_name_genders.json``: the given names that say "he" or "she".

Usage: python train/name_genders.py [--share 0.9] [--least 0.002]

Run only when retraining (it needs the ``names`` package, which ships the US Census 1990 first names
by sex, public domain: ``pip install names``). A name is written for "he" when at least ``share`` of
the census's use of it (each sex's percentage of people with it; the two populations are about the
same size) is male, "she" when as much is female, and when it is common enough (``least`` percent of
its sex) that the figure means something. Read by :mod:`corpus.quotes.subject_traits`: "she said"
never stands for a Milton or an Andy named before, nor "he said" for an Ada.

What it read (2026-12-05): on PolNeAR train, 34 quotes whose mention is "he" or "she" were given a
name of the other sex by these lists (the hand list of 80 first names, ``lexicon.FIRST_NAMES_HE`` /
``_SHE``, knew none of them).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "quotes" / "given_name_genders.json"


def census(sex: str) -> dict[str, float]:
    """Each first name's percentage of the census's people of ``sex`` ("male", "female")."""
    try:
        import names
    except ImportError:
        sys.exit("train/name_genders.py needs the names package: pip install names")
    path = Path(names.__file__).with_name(f"dist.{sex}.first")
    shares: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            shares[parts[0].lower()] = float(parts[1])
    return shares


def genders(share: float, least: float) -> dict[str, list[str]]:
    """The names for "he" and for "she" (see the module's note)."""
    male, female = census("male"), census("female")
    out: dict[str, list[str]] = {"he": [], "she": []}
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m / (m + f) >= share and m >= least:
            out["he"].append(name)
        elif f / (m + f) >= share and f >= least:
            out["she"].append(name)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--share", type=float, default=0.9, help="the share of one sex a name needs")
    parser.add_argument("--least", type=float, default=0.002, help="the least percentage of its sex")
    args = parser.parse_args()
    found = genders(args.share, args.least)
    note = (
        f"Given names the US Census 1990 gives to one sex at least {args.share:.0%} of the time (and to"
        f" at least {args.least}% of that sex), written by train/name_genders.py: he {len(found['he'])},"
        f" she {len(found['she'])}."
    )
    OUT.write_text(json.dumps({"note": note, **found}, indent=0) + "\n", encoding="utf-8")
    print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
