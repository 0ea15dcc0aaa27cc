"""The measured work of `benchmarks/scale.py`, each run as its own process.

    python benchmarks/scale_child.py OPERATION JSON_ARGS

Each operation prints one line of JSON (its figures) on stdout. Three engines on the
same files: `ours` (briefing's library), `whoosh` (a plain Whoosh writer with default
settings on briefing's schema, one process, reading and parsing the files with
briefing's readers: the whole job of turning a folder into a searchable index) and
`fts5` (SQLite FTS5 from the standard library, the same reading).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FTS_SCHEMA = (
    "CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, title, body, byline, source, "
    "tokenize='porter unicode61 remove_diacritics 2')"
)


def files_of(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


def read_articles(paths: list[Path]):
    """(path, article) for each readable file, read and cleaned as briefing reads it."""
    from briefing.ingest import read_file

    for path in paths:
        for entry in read_file(path):
            if entry.article is not None:
                yield str(path), entry.article


def home_locations(home: str, corpus: str | None = None):
    from briefing.core.paths import Locations
    from briefing.userdata.sources import Sources

    locations = Locations.resolve(Path(home))
    locations.ensure()
    if corpus is not None:
        Sources(paths=[corpus], samples=False).save(locations)
    return locations


# Builds -------------------------------------------------------------------------------
def build_ours(args: dict) -> dict:
    from briefing.library import Library

    locations = home_locations(args["home"], args["corpus"])
    start = time.perf_counter()
    library = Library.open(locations, refresh=False, notify=lambda message: None)
    seconds = time.perf_counter() - start
    count = library.count()
    library.close()
    return {"seconds": seconds, "articles": count}


def whoosh_document(path: str, article) -> dict:
    published = article.published
    if published is not None and published.tzinfo is not None:
        published = published.replace(tzinfo=None)
    doc = {
        "id": path,
        "title": article.title,
        "body": article.body,
        "byline": article.byline or "",
        "source": article.source or "",
    }
    if published is not None:
        doc["published"] = published
    return doc


def build_whoosh(args: dict) -> dict:
    from whoosh import index

    from briefing.search.schema import build_schema

    target = Path(args["target"])
    target.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    ix = index.create_in(str(target), build_schema())
    writer = ix.writer()
    count = 0
    for path, article in read_articles(files_of(Path(args["corpus"]))):
        writer.add_document(**whoosh_document(path, article))
        count += 1
    writer.commit()
    return {"seconds": time.perf_counter() - start, "articles": count}


def build_fts5(args: dict) -> dict:
    start = time.perf_counter()
    db = sqlite3.connect(args["target"])
    db.execute(FTS_SCHEMA)
    rows = (
        (path, a.title, a.body, a.byline or "", a.source or "")
        for path, a in read_articles(files_of(Path(args["corpus"])))
    )
    db.executemany("INSERT INTO docs VALUES (?,?,?,?,?)", rows)
    db.commit()
    count = db.execute("SELECT count(*) FROM docs").fetchone()[0]
    db.close()
    return {"seconds": time.perf_counter() - start, "articles": count}


# Adding files to a built index (the caller copies them into the source folder) -----------
def add_ours(args: dict) -> dict:
    from briefing.library import Library

    start = time.perf_counter()
    library = Library.open(home_locations(args["home"]), refresh=False, notify=lambda m: None)
    report = library.refresh()
    seconds = time.perf_counter() - start
    library.close()
    return {"seconds": seconds, "added": report.added, "removed": report.removed}


def add_whoosh(args: dict) -> dict:
    from whoosh import index

    start = time.perf_counter()
    writer = index.open_dir(args["target"]).writer()
    paths = [Path(p) for p in args["paths"]]
    for path, article in read_articles(paths):
        writer.update_document(**whoosh_document(path, article))
    writer.commit()
    return {"seconds": time.perf_counter() - start}


def add_fts5(args: dict) -> dict:
    start = time.perf_counter()
    db = sqlite3.connect(args["target"])
    paths = [Path(p) for p in args["paths"]]
    rows = [(p, a.title, a.body, a.byline or "", a.source or "") for p, a in read_articles(paths)]
    db.executemany("DELETE FROM docs WHERE path = ?", [(row[0],) for row in rows])
    db.executemany("INSERT INTO docs VALUES (?,?,?,?,?)", rows)
    db.commit()
    return {"seconds": time.perf_counter() - start}


def remove_fts5(args: dict) -> dict:
    db = sqlite3.connect(args["target"])
    db.executemany("DELETE FROM docs WHERE path = ?", [(p,) for p in args["paths"]])
    db.commit()
    return {}


def remove_whoosh(args: dict) -> dict:
    from whoosh import index

    writer = index.open_dir(args["target"]).writer()
    for path in args["paths"]:
        writer.delete_by_term("id", path)
    writer.commit()
    return {}


def no_change_ours(args: dict) -> dict:
    from briefing.library import Library

    library = Library.open(home_locations(args["home"]), refresh=False, notify=lambda m: None)
    start = time.perf_counter()
    report = library.refresh()
    seconds = time.perf_counter() - start
    library.close()
    return {"seconds": seconds, "unchanged": report.unchanged}


# A cold command: a whole process that opens the index and answers one search -------------
def cold_whoosh(args: dict) -> dict:
    from whoosh import index
    from whoosh.qparser import MultifieldParser

    ix = index.open_dir(args["target"])
    with ix.searcher() as searcher:
        query = MultifieldParser(["title", "body"], ix.schema).parse(args["word"])
        hits = searcher.search(query, limit=10)
        return {"hits": len(hits), "ids": [hit["id"] for hit in hits]}


def cold_fts5(args: dict) -> dict:
    db = sqlite3.connect(args["target"])
    rows = db.execute(
        "SELECT path, snippet(docs, 2, '[', ']', '…', 30) FROM docs WHERE docs MATCH ? "
        "ORDER BY rank LIMIT 10",
        (f'"{args["word"]}"',),
    ).fetchall()
    return {"hits": len(rows)}


# In-process latencies: the three engines interleaved, query by query ---------------------
def _percentiles(times: list[float]) -> dict:
    times = sorted(times)
    return {
        "median_ms": round(statistics.median(times) * 1000, 2),
        "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)] * 1000, 2),
        "n": len(times),
    }


def latency(args: dict) -> dict:
    from whoosh import highlight, index
    from whoosh.qparser import MultifieldParser

    from briefing.library import Library

    library = Library.open(home_locations(args["home"]), refresh=False, notify=lambda m: None)
    # A reference left out (None: a partial run) is skipped.
    ix = index.open_dir(args["whoosh"]) if args.get("whoosh") else None
    searcher = ix.searcher() if ix else None
    parser = MultifieldParser(["title", "body", "byline", "source"], ix.schema) if ix else None
    db = sqlite3.connect(args["fts5"])
    bodies = {}  # Whoosh stores no bodies here: its snippets read them as ours do, from disk

    def whoosh(text: str, snippets: bool) -> None:
        hits = searcher.search(parser.parse(text), limit=10)
        len(hits)
        if snippets:
            hits.fragmenter = highlight.ContextFragmenter(maxchars=200, surround=30)
            for hit in hits:
                path = hit["id"]
                if path not in bodies:
                    bodies[path] = Path(path).read_text("utf-8", "replace")
                hit.highlights("body", text=bodies[path])

    def fts(text: str, snippets: bool) -> None:
        match = " ".join(f'"{word}"' for word in text.split())
        columns = "rowid, snippet(docs, 2, '[', ']', '…', 30)" if snippets else "rowid"
        db.execute(
            f"SELECT {columns} FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10", (match,)
        ).fetchall()
        db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (match,)).fetchone()

    engines = {
        "ours": lambda q, s: library.search(q, limit=10, snippets=s),
        "whoosh": whoosh,
        "fts5": fts,
    }
    if ix is None:
        del engines["whoosh"]
    out: dict = {}
    for label, queries in (("words", args["queries"]), ("frequent", args["frequent"])):
        for snippets in (False, True):
            times: dict[str, list[float]] = {name: [] for name in engines}
            for query in queries[:3]:  # warm-up
                for call in engines.values():
                    call(query, snippets)
            for query in queries:
                for name, call in engines.items():
                    start = time.perf_counter()
                    call(query, snippets)
                    times[name].append(time.perf_counter() - start)
            key = f"search_{label}_{'snippets' if snippets else 'bare'}"
            out[key] = {name: _percentiles(values) for name, values in times.items()}
    ids = sorted(library.ids())
    picked = random.Random(3).sample(ids, min(100, len(ids)))
    for article_id in picked[:3]:
        library.related(article_id, 10)
    times = []
    for article_id in picked:
        start = time.perf_counter()
        library.related(article_id, 10)
        times.append(time.perf_counter() - start)
    out["related"] = {"ours": _percentiles(times)}
    library.close()
    return out


def sample(args: dict) -> dict:
    """Query words (ordinary and frequent) and article ids, drawn from the built library."""
    from briefing.library import Library

    library = Library.open(home_locations(args["home"]), refresh=False, notify=lambda m: None)
    rng = random.Random(11)
    ids = sorted(library.ids())
    counts: dict[str, int] = {}
    for article_id in rng.sample(ids, min(200, len(ids))):
        for word in library.get(article_id).body.split():
            word = word.strip(".,;:!?\"'()").lower()
            if word.isalpha() and len(word) > 3:
                counts[word] = counts.get(word, 0) + 1
    ordered = sorted(counts, key=lambda w: (-counts[w], w))
    frequent = ordered[:40]  # the words of most articles: the longest postings
    ordinary = sorted(set(ordered[200:]))
    queries = [" ".join(rng.sample(ordinary, rng.choice((1, 1, 2, 3)))) for _ in range(args["n"])]
    library.close()
    return {"queries": queries, "frequent": frequent, "ids": rng.sample(ids, 10)}


# The reader: first screen, then memory after opening 50 articles -------------------------
def reader(args: dict) -> dict:
    import asyncio

    from briefing.tui import make_app

    started = time.perf_counter()
    app = make_app(home_locations(args["home"]), persist=False)
    out: dict = {}

    async def wait_for(predicate, timeout: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout
        while not predicate():
            if time.perf_counter() > deadline:
                raise TimeoutError("the reader did not catch up")
            await asyncio.sleep(0.002)

    async def drive(pilot) -> None:
        screen = app.screen
        await wait_for(lambda: screen.article is not None and screen.results_list().hits)
        out["first_screen_s"] = round(time.perf_counter() - started, 3)
        await pilot.pause(1.0)  # the list has the focus: each `j` opens the next article
        opened = 0
        for _ in range(args["articles"]):
            mark = time.perf_counter()
            await pilot.press("j")
            try:
                await wait_for(lambda m=mark: screen.timings.get("article_done", 0) > m, 10)
            except TimeoutError:
                break
            opened += 1
        await pilot.pause(args.get("settle", 3.0))
        out["opened"] = opened
        out["rss_mb"] = round(tree_rss(os.getpid()) / 2**20, 1)
        app.exit()

    app.run(headless=True, size=(160, 48), auto_pilot=drive)
    return out


def tree_rss(root: int) -> int:
    """Resident bytes of `root` and its descendants (from /proc)."""
    from benchmarks.scale_proc import descendants, rss

    return sum(rss(pid) for pid in [root, *descendants(root)])


OPERATIONS = {
    name: function
    for name, function in globals().items()
    if callable(function)
    and name.split("_")[0]
    in {"build", "add", "remove", "no", "cold", "latency", "sample", "reader"}
}


def main() -> None:
    operation, payload = sys.argv[1], json.loads(sys.argv[2])
    result = OPERATIONS[operation](payload)
    sys.stdout.write("RESULT " + json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
