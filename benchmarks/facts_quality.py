"""Key-facts quality: precision, recall and F1 per fact type against tests/gold/.

Usage: python benchmarks/facts_quality.py [--errors]

Wikinews gold annotations read their bodies from shared/corpus/wikinews (beside the repo)
and are skipped when it is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.facts.evaluate import evaluate, format_table, load_gold  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold"
CORPUS_FILE = ROOT / ".." / "shared" / "corpus" / "wikinews" / "articles.jsonl"


def main() -> None:
    """Print the table (and, with --errors, every miss and false positive)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list misses and extras per type")
    args = parser.parse_args()
    articles = load_gold(GOLD_DIR, CORPUS_FILE)
    scores = evaluate(articles)
    print(f"gold articles: {len(articles)}")
    print(format_table(scores))
    if args.errors:
        for kind, score in scores.items():
            print(f"\n== {kind}: missed")
            print("\n".join(f"  - {m}" for m in score.misses))
            print(f"== {kind}: extra")
            print("\n".join(f"  + {e}" for e in score.extras))


if __name__ == "__main__":
    main()
