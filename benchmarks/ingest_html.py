"""Saved HTML pages through ingest: what comes out of each page, and how fast.

    python benchmarks/ingest_html.py [PATH ...] [--repeat 7] [--quiet]

Reads every .html/.htm file under the given paths (default: the test pages in
tests/fixtures/html and the sample library) and prints, per page, the title, byline, site,
publication date, the body's first and last lines and the lines removed as furniture, to
check by eye. Then times parsing every page from bytes already in memory (decoding,
sanitising, trafilatura, metadata, furniture): the best and median of `--repeat` rounds
in milliseconds per page, wall-clock and CPU time (the CPU figure is the steadier one on
a shared machine). trafilatura is imported (and warmed up on one page)
before timing, as the indexer's workers do.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.ingest import IngestError, parse_bytes  # noqa: E402

DEFAULT_PATHS = (ROOT / "tests" / "fixtures" / "html", ROOT / "sample_data")


def html_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in (".html", ".htm"))
        elif path.is_file():
            files.append(path)
    return files


def show(path: Path, raw: bytes) -> None:
    try:
        entries = parse_bytes(path, raw)
    except IngestError as error:
        print(f"{path.name}\n  skipped: {error}\n")
        return
    article = entries[0].article
    lines = [line for line in article.body.split("\n") if line.strip()]
    published = article.published.isoformat() if article.published else None
    print(path.name)
    print(f"  title:     {article.title!r}")
    print(f"  byline:    {article.byline!r}")
    print(f"  source:    {article.source!r}")
    print(f"  published: {published}")
    print(f"  first:     {lines[0][:110]!r}")
    print(f"  last:      {lines[-1][:110]!r}")
    print(f"  removed:   {getattr(article, 'removed', [])!r}")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--quiet", action="store_true", help="timings only")
    args = parser.parse_args()
    files = html_files(args.paths or list(DEFAULT_PATHS))
    if not files:
        print("no HTML files found", file=sys.stderr)
        return 1
    pages = [(path, path.read_bytes()) for path in files]
    if not args.quiet:
        for path, raw in pages:
            show(path, raw)
    try:
        parse_bytes(*pages[0])
    except IngestError:
        pass
    wall, cpu = [], []
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for path, raw in pages:
            try:
                parse_bytes(path, raw)
            except IngestError:
                pass
        wall.append((time.perf_counter() - start) * 1000 / len(pages))
        cpu.append((time.process_time() - start_cpu) * 1000 / len(pages))
    print(
        f"{len(pages)} pages, {args.repeat} rounds, ms per page: "
        f"wall best {min(wall):.2f} median {statistics.median(wall):.2f}; "
        f"CPU best {min(cpu):.2f} median {statistics.median(cpu):.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
