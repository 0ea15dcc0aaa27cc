"""Indexing throughput, no-change re-index, search latency and whole-process search time.

    python benchmarks/index_speed.py [--sizes 1000 10000] [--work DIR] [--queries 200]

For each library size: end-to-end indexing (reading, cleaning, indexing) through `Library`,
without and with key facts, beside references on the same pre-parsed articles: a plain
single-process Whoosh writer with default settings on the same schema (once on the text
fields, once also given the person, place and org fields from facts extracted beforehand,
the reference for the run with key facts), and SQLite FTS5 from the standard library. Then, on the largest library: a no-change re-index, search latency for
one-to-three-word queries without and with snippets (ours and FTS5), and the wall time of
a whole `briefing search WORD` process.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import generate  # noqa: E402
from briefing.core.kinds import KINDS  # noqa: E402
from briefing.core.paths import Locations  # noqa: E402
from briefing.ingest import read_file  # noqa: E402
from briefing.library import Library  # noqa: E402
from briefing.search.schema import build_schema, entity_text  # noqa: E402
from briefing.userdata.sources import Sources  # noqa: E402


def corpus(work: Path, size: int) -> Path:
    """The generated library of `size` articles (made once, then reused)."""
    folder = work / f"corpus-{size}"
    if not (folder / "stories.tsv").exists():
        generate(folder, size)
    return folder


def files_of(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


def ours(work: Path, folder: Path, facts: bool = True) -> tuple[float, Library]:
    os.environ["BRIEFING_FACTS"] = "1" if facts else "0"
    home = work / f"home-{folder.name}-{'facts' if facts else 'nofacts'}"
    shutil.rmtree(home, ignore_errors=True)
    locations = Locations.resolve(home)
    locations.ensure()
    Sources(paths=[str(folder)], samples=False).save(locations)
    start = time.perf_counter()
    library = Library.open(locations, refresh=False)
    return time.perf_counter() - start, library


def baseline_whoosh(work: Path, articles: list, entities: list | None = None) -> float:
    """A plain Whoosh writer with default settings on the same schema.

    With `entities` (one dict of entity-field text per article, from facts extracted
    beforehand) it also writes the person, place and org fields, as the index with key
    facts holds them: the reference for the run with key facts.
    """
    from whoosh import index

    target = work / "baseline-whoosh"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    ix = index.create_in(str(target), build_schema())
    start = time.perf_counter()
    writer = ix.writer()
    for number, article in enumerate(articles):
        writer.add_document(
            id=str(number),
            title=article.title,
            body=article.body,
            byline=article.byline or "",
            source=article.source or "",
            **(entities[number] if entities else {}),
        )
    writer.commit()
    return time.perf_counter() - start


def entity_fields(articles: list) -> list[dict[str, str]]:
    """Each article's person, place and org field text, from its key facts (untimed)."""
    from briefing.facts import extract_facts

    rows = []
    for article in articles:
        facts = extract_facts(article.body, article.published)
        rows.append({kind: entity_text(getattr(facts, group)) for group, kind in KINDS.items()})
    return rows


def fts5_build(work: Path, articles: list) -> tuple[float, sqlite3.Connection]:
    path = work / "fts5.sqlite"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(title, body, byline, source, tokenize='porter unicode61 remove_diacritics 2')"
    )
    start = time.perf_counter()
    db.executemany(
        "INSERT INTO docs VALUES (?,?,?,?)",
        ((a.title, a.body, a.byline or "", a.source or "") for a in articles),
    )
    db.commit()
    return time.perf_counter() - start, db


def load() -> str:
    """The machine's load average (the cores may be shared with other work)."""
    try:
        return "load average " + " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "load average unknown"


def queries(library: Library, count: int) -> list[str]:
    """One-to-three-word queries from words that occur in the library."""
    rng = random.Random(11)
    words = []
    for hit in library.search("", limit=50).hits:
        article = library.get(hit.id)
        words.extend(w.lower() for w in article.body.split() if w.isalpha() and len(w) > 3)
    words = sorted(set(words))
    return [" ".join(rng.sample(words, rng.choice((1, 1, 2, 3)))) for _ in range(count)]


def latency(function, items: list[str]) -> tuple[float, float]:
    times = []
    for item in items:
        start = time.perf_counter()
        function(item)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "briefing-bench")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=1, help="best of N indexing runs")
    parser.add_argument("--no-facts", action="store_true", help="skip the run with key facts")
    parser.add_argument(
        "--index-only", action="store_true", help="indexing throughput only (no search)"
    )
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    library = None
    folder = None
    db = None
    for size in args.sizes:
        folder = corpus(args.work, size)
        articles = [read_file(path)[0].article for path in files_of(folder)]
        words = statistics.mean(len(a.body.split()) for a in articles)
        entities = None if args.no_facts else entity_fields(articles)
        bare = elapsed = base = base_facts = fts = float("inf")
        for _ in range(args.repeat):  # best of N, each round ours and the baselines
            if library is not None:
                library.close()
            seconds, bare_library = ours(args.work, folder, facts=False)
            bare_library.close()
            bare = min(bare, seconds)
            if not args.no_facts:
                seconds, library = ours(args.work, folder)
                elapsed = min(elapsed, seconds)
            base = min(base, baseline_whoosh(args.work, articles))
            if entities is not None:
                base_facts = min(base_facts, baseline_whoosh(args.work, articles, entities))
            if db is not None:
                db.close()
            seconds, db = fts5_build(args.work, articles)
            fts = min(fts, seconds)
        print(f"\n{size} articles (~{words:.0f} words each), best of {args.repeat}; {load()}")
        print(
            f"  briefing end to end : {size / bare:8.0f} articles/s  ({bare:.1f} s, BRIEFING_FACTS=0)"
        )
        print(f"  ... with key facts  : {size / elapsed:8.0f} articles/s  ({elapsed:.1f} s)")
        print(f"  plain Whoosh writer : {size / base:8.0f} articles/s  ({base:.1f} s, pre-parsed)")
        print(f"  ... entity fields   : {size / base_facts:8.0f} articles/s  ({base_facts:.1f} s, "
              "facts extracted beforehand)")  # fmt: skip
        print(f"  SQLite FTS5         : {size / fts:8.0f} articles/s  ({fts:.1f} s, pre-parsed)")
        print(f"  ratio to plain Whoosh: {base / bare:.2f}x; with key facts {base / elapsed:.2f}x, "
              f"{base_facts / elapsed:.2f}x the writer given the same entity fields")  # fmt: skip
    if args.index_only:
        return
    if library is None:
        os.environ["BRIEFING_FACTS"] = "0"
        library = Library.open(Locations.resolve(args.work / f"home-{folder.name}-nofacts"))
    assert library is not None and folder is not None and db is not None
    start = time.perf_counter()
    report = library.refresh()
    print(f"\nno-change re-index of {len(files_of(folder))} files: {time.perf_counter() - start:.2f} s "
          f"(unchanged {report.unchanged})")  # fmt: skip
    items = queries(library, args.queries)
    median, p95 = latency(lambda q: library.search(q, limit=10, snippets=False), items)
    print(f"search, no snippets   : median {median:.1f} ms, p95 {p95:.1f} ms")
    median, p95 = latency(lambda q: library.search(q, limit=10, snippets=True), items)
    print(f"search, 10 snippets   : median {median:.1f} ms, p95 {p95:.1f} ms")

    def fts_query(text: str, snippets: bool) -> None:
        match = " ".join(f'"{word}"' for word in text.split())
        columns = "rowid, snippet(docs, 1, '[', ']', '…', 30)" if snippets else "rowid"
        db.execute(
            f"SELECT {columns} FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10", (match,)
        ).fetchall()
        db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (match,)).fetchone()

    median, p95 = latency(lambda q: fts_query(q, False), items)
    print(f"FTS5, no snippets     : median {median:.1f} ms, p95 {p95:.1f} ms")
    median, p95 = latency(lambda q: fts_query(q, True), items)
    print(f"FTS5, 10 snippets     : median {median:.1f} ms, p95 {p95:.1f} ms")
    home = args.work / f"home-{folder.name}-facts"
    word = items[0].split()[0]
    runs, cpu = [], []
    for _ in range(5):
        start, before = time.perf_counter(), os.times()
        subprocess.run(
            [sys.executable, "-m", "briefing", "--home", str(home), "search", word],
            check=True, capture_output=True,
        )  # fmt: skip
        runs.append(time.perf_counter() - start)
        after = os.times()  # the child's CPU time: less swayed by other load than wall time
        cpu.append(after.children_user + after.children_system - before.children_user
                   - before.children_system)  # fmt: skip
    print(f"whole-process 'briefing search {word}': median {statistics.median(runs):.2f} s "
          f"(CPU {statistics.median(cpu):.2f} s)")  # fmt: skip
    library.close()


if __name__ == "__main__":
    main()
