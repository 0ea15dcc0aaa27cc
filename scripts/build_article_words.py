"""Write briefing/catalog/article_words.txt: words that start the article blobs' zlib window.

    python scripts/build_article_words.py

The document store compresses each article (its JSON, a few kilobytes) on its own, so zlib
starts every article knowing nothing; a preset dictionary gives it text to refer back to.
These are the 1,000 most frequent words of the project's own sample library
(`sample_data`, its .md and .txt files: never the benchmark's corpus), the most frequent
last (nearest the text, the cheapest to refer to), ties in alphabetical order. The file is
part of the index format: changing it needs a new SCHEMA_VERSION (library/version.py), or
the articles already stored no longer decode (a test holds the dictionary's hash).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "sample_data"
TARGET = ROOT / "briefing" / "catalog" / "article_words.txt"
COUNT = 1000


def main() -> None:
    counts: Counter[str] = Counter()
    for path in sorted(SOURCE.rglob("*")):
        if path.suffix in {".md", ".txt"}:
            counts.update(re.findall(r"[A-Za-z]+", path.read_text("utf-8")))
    ranked = sorted(counts, key=lambda word: (-counts[word], word))[:COUNT]
    TARGET.write_text(" ".join(reversed(ranked)) + "\n", "utf-8")
    print(f"{TARGET}: {len(ranked)} words")


if __name__ == "__main__":
    main()
