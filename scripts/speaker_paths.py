"""How often each rule that names a quotation's speaker names the right one.

Runs the engine over gold articles with `briefing.facts.speaker_trace` recording which rule
(and which steps below it) chose every speaker, pairs the quotations with gold ones by text
(as facts_eval's attribution precision does: an empty speaker is never an error) and prints,
per path, how many named speakers are right and wrong, then the same by the weak-evidence
features of `evidence()` (how far the speaker's last mention stands from the quotation, a name
inside the quotation, an outlet).

Usage (from the worktree, PYTHONPATH=$PWD):
  python scripts/speaker_paths.py [SPLIT ...] [--root DIR] [--gum] [--wrong [--all]] [--depth N]
SPLIT: tuned splits (default: all of facts_eval.TUNED); --root: another gold folder (a real
dev batch kept outside the project); --gum: GUM train+dev quotes instead; --wrong: list each
wrong speaker with its path (--all: every named one); --depth: how many steps of the path to group by (default 2).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from facts_eval import TUNED, _key, _names, _overlap, load_gold  # noqa: E402

from briefing.facts import extract_facts, speaker_trace  # noqa: E402
from briefing.facts.names import fold  # noqa: E402
from briefing.facts.speech import MEDIA  # noqa: E402


def traced(body: str, published: Any = None) -> tuple[Any, dict[tuple[int, int], str]]:
    """The facts of `body` and the path that named each quotation's speaker, by its span."""
    speaker_trace.RECORD = []
    try:
        facts = extract_facts(body, published)
        paths = {tuple(span): path for span, path in speaker_trace.RECORD}
    finally:
        speaker_trace.RECORD = None
    return facts, paths


_BREAKS = re.compile(r"\n\s*")


def evidence(body: str, facts: Any, quote: Any) -> dict[str, Any]:
    """Weak-evidence features of a named speaker: where its nearest mention outside the
    quotation stands (characters and paragraph breaks away), whether a word of its name is
    inside the quotation, whether it is an outlet, and its kind."""
    entity = next((e for e in facts.people + facts.organisations if e.name == quote.speaker), None)
    q0, q1 = quote.span
    best = None
    for s0, s1 in getattr(entity, "spans", None) or []:
        if q0 <= s0 < q1:
            continue
        gap = (body[s1:q0] if s1 <= q0 else body[q1:s0]) if (s1 <= q0 or s0 >= q1) else ""
        if best is None or len(gap) < len(best):
            best = gap
    inner = set(fold(quote.text).split())
    words = [w for w in fold(quote.speaker).split() if len(w) > 2]
    kind = "person" if entity in facts.people else "org" if entity is not None else "?"
    return {
        "kind": kind,
        "chars": None if best is None else len(best),
        "paras": None if best is None else len(_BREAKS.findall(best)),
        "inside": any(w in inner for w in words),
        "outlet": bool(MEDIA.search(quote.speaker)),
    }


def _bucket(f: dict[str, Any]) -> list[str]:
    out = [f"kind={f['kind']}"]
    if f["chars"] is None:
        out.append("no-mention")
    else:
        out.append(f"paras={min(f['paras'], 2)}")
        out.append("chars<100" if f["chars"] < 100 else "chars<300" if f["chars"] < 300 else "far")
    if f["inside"]:
        out.append("inside")
    if f["outlet"]:
        out.append("outlet")
    return out


def gold_pairs(splits: list[str], root: Path | None):
    """(tag, body, facts, paths, [(gold speaker or None, right, quote)]) per article."""
    if root is None:
        corpus = ROOT / ".." / "shared" / "corpus" / "wikinews" / "articles.jsonl"
        articles = load_gold(ROOT / "tests" / "gold", corpus, splits)
    else:
        articles = load_gold(root, None, splits)
    for article in articles:
        if article.scope == "entities":
            continue
        facts, paths = traced(article.body, article.published)
        aliases: dict[str, set[str]] = {}
        for item in article.facts.get("people", []) + article.facts.get("organisations", []):
            aliases[_key(item["name"])] = _names(item)
        pairs, used = [], set()
        for g in article.facts.get("quotes", []):
            for i, p in enumerate(facts.quotes):
                if i in used or not _overlap(g["text"], p.text):
                    continue
                used.add(i)
                if p.speaker is not None:
                    wanted = _key(g["speaker"]) if g.get("speaker") else None
                    right = wanted is not None and _key(p.speaker) in aliases.get(wanted, {wanted})
                    pairs.append((g.get("speaker"), right, p))
                break
        yield article.name, article.body, facts, paths, pairs


def gum_pairs():
    """The same over GUM train+dev (scripts/gum_quotes.py's gold and matching)."""
    import gum_quotes

    for doc in gum_quotes.load_documents(gum_quotes.GUM_FILE, gum_quotes.DEVELOP):
        gold, _ = gum_quotes.gold_quotes(doc)
        gold = [g for g in gold if g.linked]
        facts, paths = traced(doc["text"])
        surfaces = {e.name: [e.name, *e.mentions] for e in facts.people + facts.organisations}
        pairs, used = [], set()
        for g in gold:
            for i, q in enumerate(facts.quotes):
                if i in used or not gum_quotes._span_match(g, *q.span):
                    continue
                used.add(i)
                if q.speaker is not None:
                    right = gum_quotes.right_speaker(g, q.speaker, surfaces)
                    pairs.append((g.speaker, right, q))
                break
        yield doc["id"], doc["text"], facts, paths, pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="*")
    parser.add_argument("--root", type=Path)
    parser.add_argument("--gum", action="store_true")
    parser.add_argument("--wrong", action="store_true")
    parser.add_argument("--all", action="store_true", help="list right speakers too")
    parser.add_argument("--depth", type=int, default=2)
    args = parser.parse_args()
    rows = gum_pairs() if args.gum else gold_pairs(args.splits or list(TUNED), args.root)
    by_path: Counter = Counter()
    by_feature: Counter = Counter()
    wrong_lines = []
    for tag, body, facts, paths, pairs in rows:
        for gold, right, quote in pairs:
            path = "/".join(paths.get(tuple(quote.span), "?").split("/")[: args.depth])
            by_path[path, right] += 1
            feats = evidence(body, facts, quote)
            for b in _bucket(feats):
                by_feature[b, right] += 1
            if not right or args.all:
                wrong_lines.append(
                    f"  {'!' if not right else '='} {tag} [{paths.get(tuple(quote.span), '?')}] {_bucket(feats)} "
                    f"said {quote.speaker!r}, gold {gold!r}: {quote.text[:50]}"
                )
    for title, counts in (("path", by_path), ("evidence", by_feature)):
        print(f"{title:<40}{'right':>7}{'wrong':>7}{'P':>7}")
        for key in sorted({k for k, _ in counts}):
            r, w = counts[key, True], counts[key, False]
            print(f"{key:<40}{r:>7}{w:>7}{r / (r + w):>7.3f}")
        print()
    r, w = (
        sum(v for (k, ok), v in by_path.items() if ok),
        sum(v for (k, ok), v in by_path.items() if not ok),
    )
    print(f"all: {r} right, {w} wrong, precision {r / max(1, r + w):.3f}")
    if args.wrong:
        print("\n".join(wrong_lines))


if __name__ == "__main__":
    main()
