"""Loading a big folder with and without the on-disk cache.

Writes N synthetic articles (bench/graph_scale.py's generator) as .txt files to a temp
folder, then times: a cold load (parse + fill the cache), a warm load (every article from
the cache), and a load after one file changed.

    python bench/cache_load.py [10000]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from corpus.cache import Cache
from corpus.ingest.load import load_corpus

sys.path.insert(0, str(Path(__file__).resolve().parent))
from graph_scale import build_corpus


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    articles, _ = build_corpus(n)
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache_folder = Path(tmp) / "corpus", Path(tmp) / "cache"
        folder.mkdir()
        for article in articles:
            (folder / article.name).write_text(article.text, encoding="utf-8")
        del articles
        time.sleep(2.1)  # let the files age past the "racy" window, as real files have

        def timed(label: str, use_cache: bool) -> None:
            cache = Cache.open(cache_folder) if use_cache else None
            start = time.perf_counter()
            loaded = load_corpus(folder, cache=cache)
            loaded_s = time.perf_counter() - start
            line = f"{label:<34} load {loaded_s:6.2f} s ({n / loaded_s:7.0f} articles/s)"
            assert len(loaded) == n
            if cache is not None:
                cache.close()
            print(line, flush=True)

        print(f"{n} articles in {folder}")
        timed("no cache", use_cache=False)
        timed("cold cache (parse, then store)", use_cache=True)
        timed("warm cache", use_cache=True)
        changed = sorted(folder.iterdir())[n // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\n\nOne more line.", encoding="utf-8")
        timed("warm cache, one file changed", use_cache=True)
        size = (cache_folder / "storydiff.sqlite3").stat().st_size
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"cache file: {size / 1e6:.0f} MB; peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
