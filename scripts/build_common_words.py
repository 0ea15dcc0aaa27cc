"""Write briefing/facts/data/common_words.txt.gz: the lower-case words of English.

    apt-get install wamerican   # SCOWL's American English list, /usr/share/dict/american-english
    python scripts/build_common_words.py

Whether a capitalised word is also an ordinary lower-case word ("Survey", "Cross",
"Channel", "Sciences") is the most general clue that a name is an organisation's or a
thing's rather than a person's: people's names are mostly words that are nothing else. The
list keeps SCOWL's lower-case entries (no possessives), one a line, gzipped with a fixed
timestamp so that the file depends on the word list alone. See data/ATTRIBUTION.md.
"""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("/usr/share/dict/american-english")
TARGET = ROOT / "briefing" / "facts" / "data" / "common_words.txt.gz"


def main() -> None:
    """Read the system word list and write the shipped file."""
    if not SOURCE.is_file():
        sys.exit(f"{SOURCE} not found: apt-get install wamerican")
    words = sorted(
        {
            w
            for w in SOURCE.read_text(encoding="utf-8").split("\n")
            if w and w[0].islower() and "'" not in w
        }
    )
    raw = ("\n".join(words) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(raw)
    TARGET.write_bytes(buffer.getvalue())
    print(f"{len(words):,} words -> {TARGET.relative_to(ROOT)} ({len(buffer.getvalue()):,} bytes)")


if __name__ == "__main__":
    main()
