"""The reuse graph at scale: synthetic corpora of 1k, 10k and 100k articles.

The graph is read off the reprint families (``Story.graph``: the families are built, then two
articles sharing a family are joined), so the time is the families' build plus the edges.

Each article is about 500 words. Background text is drawn word by word from the
word frequencies of the seeds and ECB+ (so it shares only what chance shares);
into groups of 2-10 articles a passage is planted (3 consecutive sentences from the
seeds or ECB+, each excerpt used once; made-up sentences when they run out), each copy
with noise (5 % of words replaced, sometimes a sentence cut). Recall is the share of
planted pairs the graph joins; "other" edges join articles whose passages share text
anyway (ECB+ articles of one event quote each other). Each size runs in a fresh process
so its peak memory is its own.

What is timed is the engine only: the corpus is made first (``gen s``, about as long as the
engine itself on this text maker, and not counted in ``graph s``). Where the memory went at
10,000 articles (RSS after each step of the build, one run, this branch's start): corpus 99 MB
(texts 36, blocks as objects 50), index 53 (per-shard word counts 41 of it), holder pairs 22,
alignment 64 (the analyses remembered, at most align.MEMO of them), families 2, graph edges
under 1; at 20,000: corpus 197, index 95, holders 32, alignment 149, families 7.
Since: blocks as arrays (9 MB at 10,000) and the shards' word counts merged as they come.
Interleaved with the branch's start (all PSS, MB): 10,000 433 -> 378, 20,000 799 -> 689 (corpus
119 -> 75 and 216 -> 128), 100,000 2,146 -> 1,447 (main 1,795 -> 1,105, corpus 977 -> 536), recall
0.997 both. The time at 100,000 is the families' step (from the index to the families built):
280 of 343 s before, 102 of 181 s after (one run each, load 2-4); the edges 4.3 -> 1.4 s.

Where the CPU went (one process, the helper off, CPU s at 10,000 / 20,000 / 40,000, before):
index 5.5 / 11.3 / 23.6, holder pairs 3.3 / 7.3 / 16.5, plan 0.2 / 0.4 / 1.5, alignment 4.4 /
10.1 / 23.3, families 0.4 / 0.8 / 1.9, graph 0.1 / 0.2 / 0.7. The work items grow with the corpus
(holder pairs 4,322 / 9,144 / 17,826, alignments 3,134 / 6,540 / 13,079); the holder pairs'
time did not: a Counter, two set intersections and two searches per article *and bucket*, with
a bucket per 4,000 articles. Now counted over each bucket's hashes end to end, sliced at cuts
the index finds (holder pairs 3.3 -> 1.5 s at 10,000, 13.2 -> 8.4 at 40,000); alignment makes a
sentence's word keys only when a passage is judged (analysis 1.0 -> 0.6 ms an article). Back to
back at 20,000, one process: 24.5 -> 17.3 s (index 9.5 -> 7.9, holders 5.5 -> 2.8, alignment
7.4 -> 5.0, families 0.65 -> 0.36). This bench at 100,000 (one run each, load 4-5): engine CPU
182 -> 126 s, all PSS 1,479 -> 1,414 MB, 163,359 edges and recall 0.997 both; the wall time
(171 -> 193 s) is the machine's load more than the engine's (gen s, the same code in both, is
the yardstick: engine CPU / gen s 1.54 -> 1.06). At 10,000 on a quieter machine: 17.4 -> 5.7 s
wall, 14.0 -> 8.5 s CPU.

    python bench/graph_scale.py [1000 10000 100000]
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

from bench_args import help_asked, sizes_asked

from corpus.ingest.load import load_corpus
from corpus.model import Article, Block, BlockKind, Graph
from corpus.passages.weights import TOKEN

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "ecbplus-dev"
SIZES = (1000, 10_000, 100_000)
GROUPED = 0.3
"""Share of articles that carry a planted passage."""


def _sources() -> tuple[list[str], list[int], list[list[str]]]:
    """Word frequencies for background text, and runs of real sentences to plant."""
    articles = load_corpus(ROOT / "seeds") + [a for a in load_corpus(SHARED) if a.path.parent != SHARED]
    counts: Counter[str] = Counter()
    excerpts: list[list[str]] = []
    for article in articles:
        sentences = [article.text[s.start : s.end] for s in article.sentences if s.kind == "body"]
        for sentence in sentences:
            counts.update(TOKEN.findall(sentence))
        for k in range(0, len(sentences) - 2, 3):
            excerpt = sentences[k : k + 3]
            if sum(len(s.split()) for s in excerpt) >= 30:
                excerpts.append(excerpt)
    words = [w for w, _ in counts.most_common()]
    cumulative, total = [], 0
    for w in words:
        total += counts[w]
        cumulative.append(total)
    return words, cumulative, excerpts


def _noisy(sentence: str, rng: random.Random, words: list[str], cumulative: list[int]) -> str:
    out = []
    for word in sentence.split():
        out.append(rng.choices(words, cum_weights=cumulative)[0] if rng.random() < 0.05 else word)
    return " ".join(out)


def _made_up(rng: random.Random, words: list[str], cumulative: list[int]) -> list[str]:
    return [
        " ".join(rng.choices(words, cum_weights=cumulative, k=rng.randint(12, 20))) + "." for _ in range(3)
    ]


def build_corpus(n: int, seed: int = 1) -> tuple[list[Article], list[tuple[int, int]]]:
    """``n`` synthetic articles and the planted pairs (i, j), i < j."""
    rng = random.Random(seed)
    words, cumulative, excerpts = _sources()
    rng.shuffle(excerpts)
    planted: dict[int, list[str]] = {}
    pairs: list[tuple[int, int]] = []
    order = list(range(n))
    rng.shuffle(order)
    cursor = 0
    while cursor < n * GROUPED:
        size = rng.choice((2, 2, 3, 3, 4, 5, 6, 10))
        members = sorted(order[cursor : cursor + size])
        cursor += size
        # Each group gets a passage of its own: a real excerpt while unused ones remain, then made-up
        # sentences (reusing excerpts would make shared passages grow with the square of the corpus).
        excerpt = excerpts.pop() if excerpts else _made_up(rng, words, cumulative)
        for m in members:
            copy = list(excerpt)
            if rng.random() < 0.3:
                copy = copy[1:] if rng.random() < 0.5 else copy[:-1]  # a sentence cut
            planted[m] = [_noisy(s, rng, words, cumulative) for s in copy]
        pairs.extend((a, b) for x, a in enumerate(members) for b in members[x + 1 :])
    articles = [_article(k, rng, words, cumulative, planted.get(k)) for k in range(n)]
    return articles, pairs


def _article(
    k: int, rng: random.Random, words: list[str], cum: list[int], passage: list[str] | None
) -> Article:
    paragraphs: list[list[str]] = []
    budget = 500 - (sum(len(s.split()) for s in passage) if passage else 0)
    while budget > 0:
        sentences = []
        for _ in range(3):
            length = rng.randint(8, 25)
            drawn = rng.choices(words, cum_weights=cum, k=length)
            sentences.append(" ".join(drawn).capitalize() + ".")
            budget -= length
        paragraphs.append(sentences)
    if passage:
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), passage)
    text_parts: list[str] = []
    blocks: list[Block] = []
    sentence_blocks: list[Block] = []
    offset = 0
    title = f"Synthetic story {k}"
    for index, sentences in enumerate([[title], *paragraphs]):
        kind: BlockKind = "title" if index == 0 else "body"
        start = offset
        for s_index, sentence in enumerate(sentences):
            if s_index:
                text_parts.append(" ")
                offset += 1
            sentence_blocks.append(Block(offset, offset + len(sentence), kind, index))
            text_parts.append(sentence)
            offset += len(sentence)
        blocks.append(Block(start, offset, kind, index))
        text_parts.append("\n\n")
        offset += 2
    text = "".join(text_parts)
    name = f"{k:06}.txt"
    return Article(
        name, Path(name), text, title=title, paragraphs=blocks, sentences=sentence_blocks, words=500
    )


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _tree_pss_mb(pid: int) -> float:
    """Proportional set size of a process and its descendants (the workers): pages they share
    are counted once in all, so this is the memory the run really takes (corpus generation included)."""
    total, stack = 0, [pid]
    while stack:
        process = stack.pop()
        try:
            for line in Path(f"/proc/{process}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
            stack.extend(int(c) for c in Path(f"/proc/{process}/task/{process}/children").read_text().split())
        except (OSError, ValueError):
            continue  # the process just ended
    return total / 1024


def run_one(n: int) -> dict[str, float]:
    """One size: the synthetic corpus is made first (``generate_s``, ``corpus_mb``: the text maker,
    not the engine), then the engine is timed alone: families and graph (``graph_s`` wall time,
    ``engine_cpu_s`` CPU seconds of this process and the helper, which a loaded machine does not
    inflate as it does the wall time)."""
    from corpus.story import Story

    start = time.perf_counter()
    articles, pairs = build_corpus(n)
    made = time.perf_counter() - start
    corpus_mb = _rss_mb()
    marks: list[tuple[float, int]] = []  # (time, done) of each progress call: the index ends at n of 2n
    start, cpu = time.perf_counter(), time.process_time()
    story = Story(ROOT, articles)
    story.families(progress=lambda done, total: marks.append((time.perf_counter(), done)))
    built = time.perf_counter()
    graph = story.graph()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    indexed = min((t for t, done in marks if done >= n), default=start)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for child in multiprocessing.active_children():  # the helper ends after the graph is back: count it
        child.join()
    helper = resource.getrusage(resource.RUSAGE_CHILDREN)
    found, edges = _planted_found(graph, articles, pairs)
    return {
        "articles": n,
        "generate_s": made,
        "graph_s": seconds,
        "engine_cpu_s": cpu + helper.ru_utime + helper.ru_stime,
        "articles_per_s": n / seconds,
        "corpus_mb": corpus_mb,
        "index_s": indexed - start,
        "families_s": built - indexed,
        "edges_s": start + seconds - built,
        "peak_mb": peak_mb,
        "workers_mb": helper.ru_maxrss / 1024,
        "planted_pairs": len(pairs),
        "recall": found / len(pairs) if pairs else 1.0,
        "edges": edges,
        "unplanned_edges": edges - found,
    }


def _planted_found(graph: Graph, articles: list[Article], pairs: list[tuple[int, int]]) -> tuple[int, int]:
    """Planted pairs the graph joins, and its edges. A set of the planted pairs is looked up edge by
    edge: a set of every edge (half a million at 100k) was the biggest thing the bench made, and
    the whole run's memory (sampled till the end) counted it."""
    position = {a.name: k for k, a in enumerate(articles)}
    planted = set(pairs)
    found = sum((position[e.a], position[e.b]) in planted for e in graph.edges)
    return found, len(graph.edges)


def main() -> None:
    if help_asked(__doc__, sys.argv[1:]):
        return
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(run_one(int(sys.argv[2]))))
        return
    sizes = sizes_asked(sys.argv[1:], __doc__) or list(SIZES)
    rows = []
    print(
        f"{'articles':>9} {'graph s':>8} {'cpu s':>6} {'index':>6} {'famil':>6} {'edges':>6} {'art/s':>6} "
        f"{'peak MB':>8} "
        f"{'worker':>7} {'all PSS':>7} {'corpus MB':>9} {'recall':>7} {'planted':>8} {'edges':>7} "
        f"{'other':>7} {'gen s':>6}"
    )
    for n in sizes:
        with subprocess.Popen(
            [sys.executable, __file__, "--one", str(n)], stdout=subprocess.PIPE, text=True, cwd=ROOT
        ) as proc:
            tree_mb = 0.0
            while proc.poll() is None:
                tree_mb = max(tree_mb, _tree_pss_mb(proc.pid))
                # Reading smaps walks the page tables under the process's memory lock (0.1 s for
                # 1 GB): sampled often, it slows the run it measures.
                time.sleep(2.0)
            assert proc.stdout is not None and proc.returncode == 0
            row = json.loads(proc.stdout.read().strip().splitlines()[-1])
        row["tree_mb"] = tree_mb
        rows.append(row)
        print(
            f"{row['articles']:>9} {row['graph_s']:>8.1f} {row['engine_cpu_s']:>6.1f} {row['index_s']:>6.1f} "
            f"{row['families_s']:>6.1f} "
            f"{row['edges_s']:>6.1f} {row['articles_per_s']:>6.0f} {row['peak_mb']:>8.0f} "
            f"{row['workers_mb']:>7.0f} {row['tree_mb']:>7.0f} {row['corpus_mb']:>9.0f} "
            f"{row['recall']:>7.3f} {row['planted_pairs']:>8} {row['edges']:>7} "
            f"{row['unplanned_edges']:>7} {row['generate_s']:>6.1f}",
            flush=True,
        )
    print(
        "graph s: the engine's wall time (families and graph; the corpus is made before, in gen s); "
        "cpu s: its CPU seconds, this process and the helper; "
        "peak MB: main process (RSS); worker: the spawned helper's peak RSS as the kernel keeps it (counting "
        "the instant between fork and exec, when the helper still maps this process's pages); "
        "all PSS: peak of the whole run's proportional set size (shared pages counted once). "
        "Load average when done: " + " ".join(f"{x:.1f}" for x in os.getloadavg())
    )
    for small, big in pairwise(rows):
        ratio = big["graph_s"] / small["graph_s"]
        scale = big["articles"] / small["articles"]
        print(
            f"time {big['articles']}/{small['articles']}: {ratio:.1f} (linear would be {scale:.0f}; "
            f"aim <= {1.2 * scale:.0f})"
        )
    for row in rows:
        if row["articles"] == 100_000:
            print(
                f"100k aims: time {row['graph_s']:.0f} s (< 60), memory {row['tree_mb']:.0f} MB (< 2048), "
                f"recall {row['recall']:.3f} (>= 0.95)"
            )


if __name__ == "__main__":
    main()
