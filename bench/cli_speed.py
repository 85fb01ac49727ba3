"""``storydiff quotes``, ``speakers`` and ``list`` end to end, as a script runs them: MB/s, cold and warm.

Each run is a fresh process (interpreter start, imports, loading, the command's work, JSON on
stdout into a pipe that is read and thrown away), with ``STORYDIFF_CACHE_DIR`` in a temp folder:
"cold" starts from an empty cache (every file parsed, then stored), "warm" from one a ``quotes``
run of the same tree filled (every article, and each article's quote reading where the tree keeps
them, read back from the cache: ``list`` warm then shows what the kept readings cost a command that
does not read them). ``--against TREE`` runs another checkout
(``/work/base8``, say) in the same rounds, the two trees taking turns, and prints the ratio of their
best times, wall and CPU (below 1: this tree is faster; on a shared machine CPU time is the steadier
figure). Both trees' output must be the same bytes: a run whose stdout differs is reported.

CPU is of every process (the helper's included, also when the command ended before it: this
process adopts it and waits for it); "main" is the command's own process alone (where
``perf`` can count it: ``perf stat --no-inherit``), the work no second core takes: on a busy machine
(other jobs on both cores) the wall time says little, and the main CPU is what the wall time comes
to when the helper has a core of its own. Compiled bytecode is kept (``PYTHONPYCACHEPREFIX`` in the
temp folder, ``PYTHONDONTWRITEBYTECODE`` dropped), as an installed storydiff has it: without it every
fresh process compiled the engine again (0.2 s of each run, the helper's too). ``--no-bytecode``
measures as before.

The corpus: ``--corpus PATH`` (a folder), else the 4 MB synthetic one of
``bench/quotes_speed.py`` (the seeds, speakers and words varied) written to a temp folder.

``--instructions`` also counts the instructions of one cold and one warm run of each command per tree
under valgrind's callgrind, per process (main, helper, resource tracker): on a machine other jobs
share, the figure that does not move (the warm run's, one process, not even with the split of the
work between two).

    python bench/cli_speed.py [--against ../base8] [--runs 3] [--commands quotes list] [--corpus PATH]
                              [--instructions]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC_MB = 4.0
MODES = ("cold", "warm")


def synthetic_in(scratch: Path, mb: float) -> Path:
    """A synthetic corpus of ``mb`` MB written in ``scratch``, its files past the cache's "racy"
    window when this returns (as files a user brings are: the cache trusts their size and time)."""
    corpus = scratch / "corpus"
    corpus.mkdir()
    write_synthetic(corpus, mb)
    time.sleep(2.1)
    return corpus


def write_synthetic(folder: Path, megabytes: float) -> None:
    """The synthetic corpus of ``bench/quotes_speed.py`` as .txt files (its texts, not its parse)."""
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT))
    from quotes_speed import synthetic_corpus

    for article in synthetic_corpus(megabytes):
        (folder / article.name).write_text(article.text, encoding="utf-8")


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def become_subreaper() -> bool:
    """Make this process the one that adopts the processes its commands leave behind (Linux's
    PR_SET_CHILD_SUBREAPER), so that their CPU can be counted: the command line ends its process at
    once after a command (``storydiff.cli.run``), and its helper, still finishing a run, is then
    nobody's child, its CPU in no one's RUSAGE_CHILDREN. False where that cannot be done."""
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def reap_orphans() -> None:
    """Wait for every process adopted (see :func:`become_subreaper`), so its CPU is counted."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def run_once(
    tree: Path, command: str, corpus: Path, cache: Path, pycache: Path | None
) -> tuple[float, float, float, str]:
    """Wall, CPU (user + system, every process) and main-process CPU seconds (NaN without ``perf``)
    of one ``storydiff COMMAND CORPUS --json`` with ``tree``'s code, and a digest of what it printed."""
    env = dict(os.environ, PYTHONPATH=str(tree), STORYDIFF_CACHE_DIR=str(cache))
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    argv = [sys.executable, "-m", "storydiff.cli", command, str(corpus), "--json"]
    cache.parent.mkdir(parents=True, exist_ok=True)
    counted = cache.parent / "perf.txt"
    if shutil.which("perf"):
        argv = ["perf", "stat", "--no-inherit", "-x,", "-e", "task-clock", "-o", str(counted), "--", *argv]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=tree, capture_output=True, check=True)
    wall = time.perf_counter() - start
    reap_orphans()  # the helper of a command that ended at once: its CPU counts too
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    main = float("nan")
    if argv[0] == "perf":
        for line in counted.read_text().splitlines():
            fields = line.split(",")
            if len(fields) > 2 and fields[2].startswith("task-clock"):
                main = float(fields[0]) / 1000
    return wall, cpu, main, hashlib.blake2b(done.stdout, digest_size=8).hexdigest()


def count_instructions(
    tree: Path, command: str, corpus: Path, cache: Path, pycache: Path | None
) -> dict[str, int]:
    """Instructions of one ``storydiff COMMAND CORPUS --json`` with ``tree``'s code under valgrind's
    callgrind, per process: "main" (the command's own), "helper" (the quote finder's), "tracker"
    (multiprocessing's resource tracker). Counts do not depend on what else the machine runs, as
    times do; how the work splits between main and helper still depends on their timing."""
    out = cache.parent / "callgrind"
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(tree), STORYDIFF_CACHE_DIR=str(cache))
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    argv = ["valgrind", "--tool=callgrind", "--trace-children=yes", f"--callgrind-out-file={out}/cg.%p"]
    argv += [sys.executable, "-m", "storydiff.cli", command, str(corpus), "--json"]
    subprocess.run(argv, env=env, cwd=tree, capture_output=True, check=True)
    return counts_by_process(out)


def counts_by_process(out: Path) -> dict[str, int]:
    """The instructions callgrind counted in ``out``'s ``cg.*`` files, summed per kind of process:
    the command itself ("main"), the quote finder's helper, multiprocessing's resource tracker. A
    forked helper has the command's command line: of those, the command is the first process."""
    counts = {"main": 0, "helper": 0, "tracker": 0}
    commands: list[tuple[int, int]] = []  # (pid, instructions) of the processes with the command's line
    for found in out.glob("cg.*"):
        lines = found.read_text(errors="replace").splitlines()
        cmd = next((line for line in lines if line.startswith("cmd:")), "")
        total = next((int(line.split()[1]) for line in lines if line.startswith("summary:")), 0)
        kind = "tracker" if "resource_tracker" in cmd else "helper" if "spawn_main" in cmd else "main"
        if kind == "main":
            commands.append((int(found.suffix[1:]) if found.suffix[1:].isdigit() else 0, total))
        else:
            counts[kind] += total
    commands.sort()
    counts["main"] = sum(total for _, total in commands[:1])
    counts["helper"] += sum(total for _, total in commands[1:])
    return counts


def report_instructions(
    trees: list[Path], commands: list[str], corpus: Path, scratch: Path, bytecode: bool
) -> None:
    """One cold and one warm run of each command per tree under callgrind: instructions per process,
    in billions. The warm run is one process (every article and reading from the cache, filled by
    :func:`measure`): what follows the readings there (one speaker per person, statements, the JSON)
    is what this process does alone after a cold run's readings too, and its count does not depend
    on how the work split between two processes."""
    for command in commands:
        for mode in MODES:
            cells, counted = [], []
            for i, tree in enumerate(trees):
                pycache = scratch / f"pycache{i}" if bytecode else None
                cache = scratch / (f"cg{i}-{command}" if mode == "cold" else f"warm{i}") / "cache"
                if mode == "warm":  # (filled again: a tree whose engine changed since starts afresh)
                    run_once(tree, "quotes", corpus, cache, pycache)
                counts = count_instructions(tree, command, corpus, cache, pycache)
                counted.append((counts["main"], sum(counts.values())))
                cells.append(
                    f"{tree.name}: main {counts['main'] / 1e9:.2f} G, helper {counts['helper'] / 1e9:.2f} G, "
                    f"all {counted[-1][1] / 1e9:.2f} G"
                )
            ratio = ""
            if len(counted) == 2:
                (main, every), (main2, every2) = counted
                ratio = f"  ratio main {main / main2:.3f} all {every / every2:.3f}"
            print(f"{command:<8} {mode:<5} instructions  " + "   ".join(cells) + ratio, flush=True)


def measure(
    trees: list[Path], commands: list[str], corpus: Path, runs: int, scratch: Path, bytecode: bool
) -> None:
    """Best wall, CPU and main CPU per tree, command and mode over ``runs`` rounds, trees taking turns."""
    best: dict[tuple[Path, str, str], tuple[float, float, float]] = {}
    digests: dict[str, str] = {}
    warm_caches = {tree: scratch / f"warm{i}" / "cache" for i, tree in enumerate(trees)}
    pycaches = {tree: scratch / f"pycache{i}" if bytecode else None for i, tree in enumerate(trees)}
    for tree, cache in warm_caches.items():  # fill each tree's warm cache (its own schema), and its bytecode
        run_once(tree, "quotes", corpus, cache, pycaches[tree])
    for round_ in range(runs):
        for command in commands:
            for mode in MODES:
                for tree in trees if round_ % 2 == 0 else trees[::-1]:
                    if mode == "cold":
                        cache = scratch / f"cold{round_}-{command}-{trees.index(tree)}" / "cache"
                    else:
                        cache = warm_caches[tree]
                    *times, digest = run_once(tree, command, corpus, cache, pycaches[tree])
                    key = (tree, command, mode)
                    before = best.get(key, (float("inf"),) * 3)
                    best[key] = (min(before[0], times[0]), min(before[1], times[1]), min(before[2], times[2]))
                    if digest != digests.setdefault(command, digest):
                        print(f"!! {tree}: {command} printed other bytes than {trees[0]}", flush=True)
    report(trees, commands, best, corpus, runs, bytecode)


def report(
    trees: list[Path],
    commands: list[str],
    best: dict[tuple[Path, str, str], tuple[float, float, float]],
    corpus: Path,
    runs: int,
    bytecode: bool,
) -> None:
    megabytes = corpus_bytes(corpus) / 1e6
    kept = "bytecode kept" if bytecode else "no bytecode written"
    print(
        f"corpus {corpus}: {megabytes:.2f} MB; best of {runs} fresh processes ({kept}; wall, CPU = user+sys"
    )
    print("of every process, main = the command's own process)")
    for command in commands:
        for mode in MODES:
            cells = []
            for tree in trees:
                wall, cpu, main = best[(tree, command, mode)]
                cells.append(
                    f"{tree.name}: wall {wall:5.2f} s {megabytes / wall:5.2f} MB/s, "
                    f"CPU {cpu:5.2f} s, main {main:5.2f} s"
                )
            ratio = ""
            if len(trees) == 2:
                one, two = best[(trees[0], command, mode)], best[(trees[1], command, mode)]
                ratio = (
                    f"  ratio wall {one[0] / two[0]:.2f} CPU {one[1] / two[1]:.2f} main {one[2] / two[2]:.2f}"
                )
            print(f"{command:<8} {mode:<5} " + "   ".join(cells) + ratio, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="another checkout to time in the same rounds")
    parser.add_argument("--runs", type=int, default=3, help="rounds; the best time of each is kept")
    parser.add_argument(
        "--commands", nargs="+", default=["quotes", "speakers", "list"], help="subcommands to time"
    )
    parser.add_argument("--corpus", type=Path, help="a folder of articles (default: synthetic 4 MB)")
    parser.add_argument("--mb", type=float, default=SYNTHETIC_MB, help="size of the synthetic corpus")
    parser.add_argument("--no-bytecode", action="store_true", help="every process compiles the code again")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count the instructions of a cold and a warm run under valgrind (slow: ~2 min a run)",
    )
    args = parser.parse_args()
    trees = [ROOT] + ([args.against.resolve()] if args.against else [])
    if not become_subreaper():
        print("(the CPU of a helper left running by a command that ended at once is not counted)")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        corpus = args.corpus or synthetic_in(scratch, args.mb)
        measure(trees, args.commands, corpus.resolve(), args.runs, scratch, not args.no_bytecode)
        if args.instructions:
            report_instructions(trees, args.commands, corpus.resolve(), scratch, not args.no_bytecode)
    return 0


if __name__ == "__main__":
    sys.exit(main())
