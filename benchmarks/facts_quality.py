"""Key-facts quality: first-sight, frozen and full-set scores against tests/gold/.

    python benchmarks/facts_quality.py                 # the table
    python benchmarks/facts_quality.py --errors        # plus every miss and extra (tuned splits only)
    python benchmarks/facts_quality.py --record-first-sight wikinews-dev
    python benchmarks/facts_quality.py --json          # the figures as JSON
    python benchmarks/facts_quality.py --gum-test      # also GUM's held-out quote test split
    python benchmarks/facts_quality.py --external DIR  # totals on gold files kept outside
    python benchmarks/facts_quality.py --external DIR --record "first sight"  # and keep them

First sight: a batch of newly annotated articles is scored once, by the engine as it stood
before anyone looked at those articles, and that score is kept in
benchmarks/results/facts_first_sight.json (`--record-first-sight SPLIT` refuses to score an
article twice). `frozen` and `probes-frozen` are never tuned on: only their totals are
printed. `probes`, `probes-frozen` and `probes2` to `probes9` are articles we wrote in
many outlets' styles, annotated before the engine ran on them (tests/gold/GUIDELINES.md), and
tuned on only after their first sight was recorded; `wikinews-qd` and `wikinews-qd3` to `wikinews-qd5` are real
Wikinews articles whose dates and quotes were annotated before the engine ran on them (their entities are the
classifier's training data and are not scored there). A split in FIRST_SIGHT_FIRST is left out
of the table until `--record-first-sight` has scored it once. The anchors are the figures issue 13
measured on 37 unseen articles from 24 outlets, and its targets.

Wikinews annotations read their bodies from ../shared/corpus/wikinews and are skipped when it
is absent. When ../shared/corpus/gum-entities is present, a separate section scores quote
attribution on GUM (scripts/gum_quotes.py: speakers from its eRST attributions; GUM corpus,
Zeldes 2017, CC BY 4.0 annotations) on its train+dev split; its test split is held out and
printed only with --gum-test.

`--external DIR` scores a folder of gold files that carry their own `body` and are kept outside
the project (real articles whose text we may read but not ship, annotated the same way): it
prints their totals only, never an error, so a held-out batch stays held out. With `--record
MOMENT` ("first sight", "final stop 33") the totals are kept, with the engine's commit and the
folder's sources but none of its text, in benchmarks/results/facts_external.json, and the main
table lists every record: how the engine did on real journalism it was never tuned on.
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from facts_eval import SPLITS, TUNED, TYPES, evaluate, format_table, load_gold  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold"
CORPUS_FILE = ROOT / ".." / "shared" / "corpus" / "wikinews" / "articles.jsonl"
FIRST_SIGHT = ROOT / "benchmarks" / "results" / "facts_first_sight.json"
EXTERNAL = ROOT / "benchmarks" / "results" / "facts_external.json"

# Issue 13: F1 on its own gold set, on 37 unseen articles, spaCy en_core_web_sm on those.
ANCHORS = {
    "people": (0.951, 0.851, 0.861),
    "places": (0.932, 0.943, 0.858),
    "organisations": (0.867, 0.661, 0.692),
    "dates": (0.985, 0.952, None),
    "quotes": (0.939, 0.684, None),
}
# Splits whose first-sight score the table shows, with their column labels.
FIRST_SIGHT_SPLITS = {
    "wikinews-dev": "1st:dev",
    "frozen": "1st:frz",
    "probes": "1st:prb",
    "probes-frozen": "1st:pfz",
    "probes2": "1st:pr2",
    "probes3": "1st:pr3",
    "probes4": "1st:pr4",
    "wikinews-qd": "1st:wqd",
    "probes5": "1st:pr5",
    "wikinews-qd3": "1st:wq3",
    "wikinews-qd4": "1st:wq4",
    "probes6": "1st:pr6",
    "wikinews-qd5": "1st:wq5",
    "probes7": "1st:pr7",
    "probes8": "1st:pr8",
    "probes9": "1st:pr9",
}
# Splits written to be scored first by --record-first-sight: until a first-sight batch of one
# is recorded, the table and --json leave it out, so nobody sees the engine on it before then.
FIRST_SIGHT_FIRST: tuple[str, ...] = (
    "probes4",
    "wikinews-qd",
    "probes5",
    "wikinews-qd3",
    "wikinews-qd4",
    "probes6",
    "wikinews-qd5",
    "probes7",
    "probes8",
    "probes9",
)
# Splits scored now, beside the tuned set, with their column labels.
NOW_COLUMNS = {
    "own": "own",
    "tuned": "tuned",
    "frozen": "frozen",
    "probes": "probes",
    "probes-frozen": "p-frz",
    "probes2": "pr2",
    "probes3": "pr3",
    "probes4": "pr4",
    "wikinews-qd": "wqd",
    "probes5": "pr5",
    "wikinews-qd3": "wq3",
    "wikinews-qd4": "wq4",
    "probes6": "pr6",
    "wikinews-qd5": "wq5",
    "probes7": "pr7",
    "probes8": "pr8",
    "probes9": "pr9",
}
TARGETS = {
    "people": 0.92,
    "places": 0.94,
    "organisations": 0.80,
    "dates": 0.95,
    "quotes": 0.85,
    "attribution": 0.97,
}


def first_sight_records() -> list[dict]:
    """The recorded first-sight batches."""
    if not FIRST_SIGHT.is_file():
        return []
    return json.loads(FIRST_SIGHT.read_text(encoding="utf-8"))["batches"]


def record_first_sight(split: str) -> None:
    """Score the split's articles that were never scored before, once, and keep the result."""
    batches = first_sight_records()
    seen = {name for batch in batches for name in batch["articles"]}
    fresh = [a for a in load_gold(GOLD_DIR, CORPUS_FILE, [split]) if a.name not in seen]
    if not fresh:
        raise SystemExit(f"{split}: every article already has its first-sight score")
    report = evaluate(fresh)
    commit = _commit()
    batches.append(
        {
            "split": split,
            "recorded": datetime.date.today().isoformat(),
            "engine_commit": commit,
            "articles": sorted(a.name for a in fresh),
            "figures": report.figures(),
        }
    )
    FIRST_SIGHT.parent.mkdir(parents=True, exist_ok=True)
    FIRST_SIGHT.write_text(json.dumps({"batches": batches}, indent=1) + "\n", encoding="utf-8")
    print(f"first sight of {len(fresh)} {split} articles (engine {commit}):")
    print(format_table(report))


def _commit() -> str:
    """The engine's commit, short."""
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()


def scored_splits() -> tuple[str, ...]:
    """The splits the table scores now: every split but those awaiting their first sight."""
    recorded = {batch["split"] for batch in first_sight_records()}
    return tuple(s for s in SPLITS if s not in FIRST_SIGHT_FIRST or s in recorded)


def first_sight_totals(split: str) -> dict[str, float | None] | None:
    """F1 per type over every first-sight batch of a split, pooled by counts (None for a
    type the split does not annotate)."""
    batches = [b for b in first_sight_records() if b["split"] == split]
    if not batches:
        return None
    out: dict[str, float | None] = {}
    for kind in TYPES:
        tp = sum(b["figures"][kind]["true_positives"] for b in batches)
        gold = sum(b["figures"][kind]["gold"] for b in batches)
        pred = sum(b["figures"][kind]["predicted"] for b in batches)
        if not gold and not pred:
            out[kind] = None
            continue
        p, r = (tp / pred if pred else 1.0), (tp / gold if gold else 1.0)
        out[kind] = 2 * p * r / (p + r) if p + r else 0.0
    named = sum(b["figures"]["attribution_named"] for b in batches)
    right = sum(b["figures"]["attribution_right"] for b in batches)
    out["attribution"] = right / named if named else 1.0
    out["articles"] = sum(b["figures"]["articles"] for b in batches)
    return out


def main() -> None:
    """Print the table (and, with --errors, the tuned splits' misses and extras)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="misses and extras, tuned splits")
    parser.add_argument("--record-first-sight", metavar="SPLIT", choices=SPLITS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--gum-test", action="store_true", help="also GUM's held-out test split")
    parser.add_argument("--external", metavar="DIR", type=Path, help="totals of outside gold")
    parser.add_argument("--record", metavar="MOMENT", help="with --external: keep the totals")
    args = parser.parse_args()
    if args.record and not args.external:
        parser.error("--record needs --external DIR")
    if args.external:
        print_external(args.external, args.record)
        return
    if args.record_first_sight:
        record_first_sight(args.record_first_sight)
        return
    reports = {s: evaluate(load_gold(GOLD_DIR, CORPUS_FILE, [s])) for s in scored_splits()}
    tuned = evaluate(load_gold(GOLD_DIR, CORPUS_FILE, TUNED))
    if args.json:
        figures = {split: report.figures() for split, report in reports.items()}
        figures["tuned"] = tuned.figures()
        figures["first_sight"] = {s: first_sight_totals(s) for s in FIRST_SIGHT_SPLITS}
        figures["gum_quotes"] = gum_quote_figures(args.gum_test)
        print(json.dumps(figures, indent=1))
        return
    print_table(reports, tuned)
    print_gum_quotes(args.gum_test)
    print_gum()
    if args.errors:
        for kind, score in tuned.scores.items():
            print(f"\n== {kind}: missed")
            print("\n".join(f"  - {m}" for m in score.misses))
            print(f"== {kind}: extra")
            print("\n".join(f"  + {e}" for e in score.extras))
        print("\n== quotes given to the wrong speaker")
        print("\n".join(f"  ! {w}" for w in tuned.attribution.wrong))


def print_external(folder: Path, moment: str | None = None) -> None:
    """Totals (no errors) of the gold files in a folder kept outside the project; with
    `moment`, kept in EXTERNAL too."""
    articles = load_gold(folder.resolve().parent, None, [folder.resolve().name])
    if not articles:
        sys.exit(f"{folder}: no gold article with a body in it")
    from briefing.core.wording import counted

    report = evaluate(articles)
    print(f"{counted(len(articles), 'article')} in {folder}:")
    print(format_table(report))
    if moment:
        records = external_records()
        records.append(
            {
                "folder": folder.resolve().name,
                "moment": moment,
                "recorded": datetime.date.today().isoformat(),
                "engine_commit": _commit(),
                "sources": _sources(folder),
                "figures": report.figures(),
            }
        )
        EXTERNAL.write_text(json.dumps({"records": records}, indent=1) + "\n", encoding="utf-8")
        print(f"kept in {EXTERNAL.relative_to(ROOT)}")


def external_records() -> list[dict]:
    """The totals kept by `--external DIR --record MOMENT`, oldest first."""
    if not EXTERNAL.is_file():
        return []
    return json.loads(EXTERNAL.read_text(encoding="utf-8"))["records"]


def _sources(folder: Path) -> dict[str, int]:
    """How many of the folder's articles each source (the files' `style`) gave."""
    out: dict[str, int] = {}
    for path in sorted(folder.glob("*.json")):
        style = json.loads(path.read_text(encoding="utf-8")).get("style") or "unknown"
        out[style] = out.get(style, 0) + 1
    return dict(sorted(out.items(), key=lambda item: (-item[1], item[0])))


def print_external_records() -> None:
    """One line per kept record of real articles outside the project."""
    records = external_records()
    if not records:
        return
    print(f"\nreal articles kept outside the project ({EXTERNAL.relative_to(ROOT)}), F1:")
    head = f"{'folder':<16}{'moment':<24}{'engine':<10}{'n':>4}"
    print(head + "".join(f"{k[:6]:>8}" for k in (*TYPES[:5], "attrib")))
    for record in records:
        figures = record["figures"]
        row = f"{record['folder'][:15]:<16}{record['moment'][:23]:<24}"
        row += f"{record['engine_commit'][:9]:<10}{figures['articles']:>4}"
        row += "".join(f"{figures[k]['f1']:>8.3f}" for k in TYPES[:5])
        print(row + f"{figures['attribution_precision']:>8.3f}")


def print_gum() -> None:
    """People, places and organisations on GUM dev and test (scripts/gum_gold.py), if present.

    GUM test is the held-out figure: nothing is tuned on it."""
    from gum_gold import GUM_FILE, NEWS_GENRES, load_gum, score, table

    if not GUM_FILE.is_file():
        return
    reports = {}
    for split in ("dev", "test"):
        articles = load_gum(splits=(split,))
        reports[f"gum-{split}"] = score(articles)
        news = [a for a in articles if a.genre in NEWS_GENRES]
        reports[f"gum-{split} news+int"] = score(news)
    print("\n" + table(reports))


def print_table(reports: dict, tuned) -> None:
    """F1 per type: first sight, now (per split), anchors and targets."""
    firsts = [first_sight_totals(split) for split in FIRST_SIGHT_SPLITS]
    now = [tuned if split == "tuned" else reports[split] for split in NOW_COLUMNS]
    counts = ", ".join(f"{split} {report.articles}" for split, report in reports.items())
    print(f"gold articles: {counts}")
    header = (
        f"{'F1':<14}{''.join(f'{label:>8}' for label in FIRST_SIGHT_SPLITS.values())} |"
        f"{''.join(f'{label:>7}' for label in NOW_COLUMNS.values())} |"
        f"{'a:own':>7}{'a:unseen':>9}{'a:spaCy':>8} |{'target':>7}"
    )
    print(header)
    print("-" * len(header))
    for kind in (*TYPES, "attribution"):
        row = f"{kind:<14}"
        for first in firsts:
            value = first and first[kind]
            row += f"{value:>8.3f}" if value is not None else f"{'-':>8}"
        row += " |"
        for report in now:
            if kind == "attribution":
                value = report.attribution.precision if report.articles else None
            elif report.scores[kind].scored:
                value = report.scores[kind].f1
            else:
                value = None
            row += f"{value:>7.3f}" if value is not None else f"{'-':>7}"
        own, unseen, spacy = ANCHORS.get(kind, (None, None, None))
        row += " |" + "".join(
            f"{v:>{w}.3f}" if v is not None else f"{'':>{w}}"
            for v, w in ((own, 7), (unseen, 9), (spacy, 8))
        )
        target = TARGETS.get(kind)
        row += " |" + (f"{target:>7.2f}" if target else "")
        print(row)
    print(
        "\n1st: first-sight score of the engine on articles annotated before it ran on them"
        " (dev: wikinews-dev, frz: frozen, prb: probes, pfz: probes-frozen, pr2: probes2,"
        " pr3: probes3, pr4: probes4, pr5-pr8: probes5 to 8, wqd, wq3-wq5: wikinews-qd, -qd3 to -qd5,"
        " real articles annotated for dates and quotes only; a batch is not scored at all before its first sight); tuned = "
        + " + ".join(TUNED)
        + " (own and the Wikinews splits also trained on by the entity-type classifier, with"
        " wikinews-train);"
        "\nfrozen and probes-frozen (p-frz) are never tuned on; a: anchors from issue 13 (own"
        " gold, 37 unseen articles from 24 outlets, spaCy on those); attribution is precision,"
        " the rest F1."
    )
    print_external_records()
    print(f"\ntuned splits ({tuned.articles} articles):")
    print(format_table(tuned))


def gum_quote_scores(held_out: bool = False) -> dict | None:
    """GUM quote attribution scores by split (train+dev; test only when `held_out`), or None
    when the corpus is absent."""
    import gum_quotes

    out = {}
    for label, splits in (("train+dev", gum_quotes.DEVELOP), ("test", ("test",))):
        if label == "test" and not held_out:
            continue
        docs = gum_quotes.load_documents(gum_quotes.GUM_FILE, splits)
        if not docs:
            return None
        out[label] = gum_quotes.evaluate(docs)
    return out


def gum_quote_figures(held_out: bool = False) -> dict | None:
    """The GUM quote scores as JSON-ready numbers."""
    scores = gum_quote_scores(held_out)
    return None if scores is None else {k: v.figures() for k, v in scores.items()}


def print_gum_quotes(held_out: bool = False) -> None:
    """Quote attribution on GUM, a section of its own (skipped without the corpus)."""
    import gum_quotes

    scores = gum_quote_scores(held_out)
    if scores is None:
        return
    print("\nGUM quote attribution (speakers from eRST attributions; scripts/gum_quotes.py):")
    for label, score in scores.items():
        print(gum_quotes.format_score(score, f"GUM quotes ({label})"))
    if not held_out:
        print("(test split held out: --gum-test)")


if __name__ == "__main__":
    main()
