"""How well the reuse graph groups real news: ECB+ (413 articles, 40 event folders).

The graph is read off the reprint families (two articles are joined when they share a family), so
this measures the families' links as the graph and the Articles screen's Shares column show them.

Articles in one folder report the same event and should mostly be joined; ``Necb`` and
``Necbplus`` are different events of the same kind (false friends) and should not be.
Prints the share of edges inside one event (precision-like), the share of same-event
pairs joined (recall-like), and the false-friend edges between Necb and Necbplus.

    python bench/graph_ecbplus.py [../shared/ecbplus-dev]
"""

from __future__ import annotations

import itertools
import sys
import time
from collections import Counter
from pathlib import Path

from corpus.ingest.load import load_corpus
from corpus.story import Story


def _topic(folder: str) -> str:
    """ "10ecb" and "10ecbplus" are two events of topic 10."""
    return folder.removesuffix("plus").removesuffix("ecb")


def main() -> None:
    default = Path(__file__).resolve().parents[2] / "shared" / "ecbplus-dev"
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    articles = [a for a in load_corpus(root) if a.path.parent != root]  # the README is not news
    event = {a.name: a.path.parent.name for a in articles}
    start = time.perf_counter()
    graph = Story(root, articles).graph()
    seconds = time.perf_counter() - start
    inside = [e for e in graph.edges if event[e.a] == event[e.b]]
    same_kind = [
        e for e in graph.edges if event[e.a] != event[e.b] and _topic(event[e.a]) == _topic(event[e.b])
    ]
    sizes = Counter(event.values())
    same_event_pairs = sum(n * (n - 1) // 2 for n in sizes.values())
    joined_articles = {x for e in inside for x in (e.a, e.b)}
    print(f"ECB+ dev: {len(articles)} articles, {len(sizes)} events, {same_event_pairs} same-event pairs")
    print(f"graph (families, then edges) built in {seconds:.2f} s: {len(graph.edges)} edges")
    share = len(inside) / max(len(graph.edges), 1)
    print(f"edges inside one event:         {len(inside)}/{len(graph.edges)} = {share:.3f}")
    print(
        f"same-event pairs joined:        {len(inside)}/{same_event_pairs} = "
        f"{len(inside) / same_event_pairs:.3f}"
    )
    joined = len(joined_articles) / len(articles)
    print(f"articles joined to their event: {len(joined_articles)}/{len(articles)} = {joined:.3f}")
    print(f"false-friend edges (Necb-Necbplus): {len(same_kind)}")
    for e in same_kind[:10]:
        print(
            f"   {e.a} ({event[e.a]}) - {e.b} ({event[e.b]}): {e.passages} passages, {e.shared_words} words"
        )
    wrong = [e for e in graph.edges if event[e.a] != event[e.b]]
    for e in itertools.islice(wrong, 10):
        print(f"   cross-event: {e.a} ({event[e.a]}) - {e.b} ({event[e.b]}) {e.shared_words} words")


if __name__ == "__main__":
    main()
