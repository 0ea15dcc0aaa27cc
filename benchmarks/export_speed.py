"""Export speed: 1,000 annotated articles to one Markdown document.

    python benchmarks/export_speed.py [--articles 1000] [--runs 5] [--work DIR]

Articles come from a fake lookup (a dict), not the index, so this measures the export
itself: selection, escaping, note sanitising (including the CommonMark safety check of
every note) and rendering. Titles and bodies are taken from the Wikinews test corpus in
`shared/` when it is present (cycled to reach the count, each copy a distinct id), or made
up otherwise. Each article gets two notes (one anchored to a passage of its body, one with
Markdown structure), tags, a bookmark for every third one, and a key-facts dict.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.core.facts import Facts  # noqa: E402
from briefing.core.model import Article  # noqa: E402
from briefing.export import ExportFilters, export_markdown  # noqa: E402
from briefing.userdata import Anchor, UserData  # noqa: E402

WIKINEWS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "wikinews"


def source_texts() -> list[tuple[str, str]]:
    path = WIKINEWS / "articles.jsonl"
    if path.exists():
        rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
        return [(row["title"], row["body"]) for row in rows if row.get("body")]
    rng = random.Random(3)
    words = "strike port union minister court drought rocket launch deal vote".split()
    return [
        (
            " ".join(rng.choice(words) for _ in range(6)).title(),
            " ".join(rng.choice(words) for _ in range(400)),
        )
        for _ in range(100)
    ]


def facts_for(i: int) -> Facts:
    return Facts.from_json({
        "people": [
            {"name": f"Person {i} {k}", "role": "minister" if k % 2 else "", "mentions": [f"Person {i} {k}"] * (5 - k), "spans": []}
            for k in range(5)
        ],
        "places": [{"name": f"Place {k}", "kind": "city", "mentions": [f"Place {k}"] * k, "spans": []} for k in range(4)],
        "organisations": [],
        "dates": [{"text": f"{k + 1} March 2025", "start": None, "end": None, "granularity": "day", "spans": []} for k in range(3)],
        "quotes": [],
        "figures": [],
    })  # fmt: skip


def build(folder: Path, count: int) -> tuple[UserData, dict[str, Article]]:
    texts = source_texts()
    start = datetime(2025, 1, 1, tzinfo=UTC)
    articles = {}
    store = UserData.open_folder(folder)
    notes, bookmarks, tags = {}, {}, {}
    for i in range(count):
        title, body = texts[i % len(texts)]
        aid = f"bench-{i:05d}"
        articles[aid] = Article(
            title=title,
            body=body,
            id=aid,
            source="Wikinews",
            byline="Staff",
            published=start + timedelta(hours=i),
            url=f"https://example.org/news/{i}",
            facts=facts_for(i),
        )
        passage = body[:240]
        stamp = (start + timedelta(minutes=i)).isoformat()
        for k, (text, anchor) in enumerate(
            [
                (
                    f"Why this matters ({i}): **follow up** with `sources`.",
                    Anchor(passage, 0, len(passage)).to_json(),
                ),
                (
                    f"# Open questions {i}\n\n1. Who?\n2. When?\n\n> A <b>quoted</b> line [ref](https://x.y/{i})",
                    None,
                ),
            ]
        ):
            note_id = f"{i:08x}{k:04x}"
            notes[note_id] = {
                "id": note_id,
                "article_id": aid,
                "text": text,
                "anchor": anchor,
                "created": stamp,
                "updated": stamp,
            }
        tags[aid] = ["bench", f"group-{i % 10}"]
        if i % 3 == 0:
            bookmarks[aid] = stamp
    store.replace_all(
        {"format": "briefing-store", "version": 2, "generation": 0, "saved": start.isoformat(),
         "notes": notes, "bookmarks": bookmarks, "tags": tags, "read": {}}
    )  # fmt: skip
    return store, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.work) as work:
        store, articles = build(Path(work) / "data", args.articles)
        exported_at = datetime(2025, 4, 2, tzinfo=UTC)
        times, cpu = [], []
        for _ in range(args.runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            annotations = store.annotations()  # what the CLI reads before it exports
            text = export_markdown(annotations, articles, ExportFilters(), exported_at)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        print(
            f"export of {args.articles} annotated articles ({store.note_count()} notes, "
            f"{len(text) / 1e6:.1f} MB of Markdown, corpus: "
            f"{'wikinews' if (WIKINEWS / 'articles.jsonl').exists() else 'synthetic'}): "
            f"median {statistics.median(times) * 1000:.0f} ms, "
            f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms; "
            f"CPU time median {statistics.median(cpu) * 1000:.0f} ms (wall time includes "
            "waiting for a shared CPU)"
        )


if __name__ == "__main__":
    main()
