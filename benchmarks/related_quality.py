"""Quality of related articles and same-story grouping, beside plain more-like-this.

    python benchmarks/related_quality.py                    # the sample library
    python benchmarks/related_quality.py --big DIR          # also a generated library

Reports precision@5 (the share of the top five related articles that belong to the same
story, over articles whose story has at least five other groups) for `Library.related`
and for Whoosh's plain `more_like` (its defaults; the article's own group left out and
copies folded, as for ours), and same-story grouping precision and recall over pairs: the
syndicated pairs the samples list in `duplicates.csv` plus a rewrite of every sample
article (`benchmarks/rewrites.py`: other furniture, changed title, sentences edited and
reordered). With `--big DIR`, DIR holds (or receives) `corpus/` from `benchmarks/corpus.py`
(10,000 articles by default) plus rewrites of `--rewrites` of them, and its index.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.internals import catalog_db  # noqa: E402
from benchmarks.internals import searcher as internals_searcher  # noqa: E402
from benchmarks.rewrites import rewrite  # noqa: E402
from briefing.catalog import groupstore  # noqa: E402
from briefing.catalog.grouping import components, similarity, unpack  # noqa: E402
from briefing.core.model import Article  # noqa: E402
from briefing.core.paths import Locations  # noqa: E402
from briefing.library import Library  # noqa: E402

K = 5


def plain_more_like(library: Library, article: Article, limit: int) -> list[str]:
    """Whoosh's more-like-this with its defaults; own group left out, copies folded."""
    db = catalog_db(library)
    searcher = internals_searcher(library)
    own = groupstore.group_of(db, article.id)
    excluded = set(groupstore.members(db, [own])[own]) | {article.id}
    docnum = searcher.document_number(id=article.id)
    if docnum is None or not article.body.strip():
        return []
    hits = searcher.more_like(docnum, "body", text=article.body, top=limit * 4 + len(excluded))
    ids = [hit["id"] for hit in hits if hit["id"] not in excluded]
    kept, _ = groupstore.collapse(db, ids)
    return kept[:limit]


def ours(library: Library, article: Article, limit: int) -> list[str]:
    """`Library.related`."""
    return [item.id for item in library.related(article.id, limit)]


def precision_at_k(
    library: Library,
    story_of: dict[str, str],
    rank: Callable[[Library, Article, int], list[str]],
    ids: list[str],
) -> tuple[float, int]:
    """Mean share of same-story articles among the top K, over eligible `ids`."""
    db = catalog_db(library)
    labels = groupstore.groups_of(db, story_of)
    groups_in_story: dict[str, set[str]] = {}
    for article_id, story in story_of.items():
        groups_in_story.setdefault(story, set()).add(labels[article_id])
    scores = []
    for article_id in ids:
        story = story_of.get(article_id)
        if not story or len(groups_in_story[story] - {labels[article_id]}) < K:
            continue
        article = library.get(article_id)
        top = rank(library, article, K)
        scores.append(sum(1 for other in top if story_of.get(other) == story) / K)
    return (statistics.fmean(scores) if scores else 0.0), len(scores)


def grouping_scores(library: Library, true_pairs: set[frozenset[str]]) -> tuple[float, float, int]:
    """Precision and recall of same-group pairs against the true near-duplicate pairs
    (closed transitively: copies of one article are all one group)."""
    db = catalog_db(library)
    truth: set[frozenset[str]] = set()
    for component in components([tuple(pair) for pair in true_pairs], set()):
        truth.update(frozenset(p) for p in itertools.combinations(sorted(component), 2))
    predicted: set[frozenset[str]] = set()
    rows = db.execute(
        "SELECT group_id, article_id FROM groups WHERE group_id IN "
        "(SELECT group_id FROM groups GROUP BY group_id HAVING COUNT(*) > 1)"
    ).fetchall()
    by_group: dict[str, list[str]] = {}
    for label, article_id in rows:
        by_group.setdefault(label, []).append(article_id)
    for members in by_group.values():
        predicted.update(frozenset(p) for p in itertools.combinations(sorted(members), 2))
    hit = len(truth & predicted)
    precision = hit / len(predicted) if predicted else 1.0
    recall = hit / len(truth) if truth else 1.0
    return precision, recall, len(truth)


def _open(home: Path) -> Library:
    return Library.open(Locations.resolve(home), notify=lambda message: None)


def _best_pair(db, first: list[str], second: list[str]) -> tuple[str, str] | None:
    best, pair = -1.0, None
    for a in first:
        for b in second:
            rows = dict(
                db.execute(
                    "SELECT article_id, data FROM sketches WHERE article_id IN (?, ?)", (a, b)
                ).fetchall()
            )
            score = similarity(unpack(rows.get(a)), unpack(rows.get(b)))
            if score > best:
                best, pair = score, (a, b)
    return pair


def _ids_of_file(db, path: Path) -> list[str]:
    rows = db.execute(
        "SELECT DISTINCT article_id FROM locs WHERE path = ? ORDER BY label", (str(path),)
    ).fetchall()
    return [row[0] for row in rows]


def sample_library(work: Path) -> dict[str, float]:
    """Index the samples plus a rewrite of each; measure both methods and grouping."""
    folder = work / "samples"
    shutil.copytree(ROOT / "sample_data", folder)
    home = work / "home"
    library = _open(home)
    library.index([folder])
    db = catalog_db(library)
    originals = sorted(library.ids())
    story_of: dict[str, str] = {}
    true_pairs: set[frozenset[str]] = set()
    for article_id in originals:
        article = library.get(article_id)
        story = Path(article.paths[0]).relative_to(folder).parts[0]
        story_of[article_id] = story
        text = rewrite(article.title, article.body, article.published, seed=hash_seed(article_id))
        (folder / story / f"rewrite-{article_id}.txt").write_text(text, "utf-8")
    for listing in sorted(folder.glob("*/duplicates.csv")):
        with listing.open(encoding="utf-8") as handle:
            for row in list(csv.reader(handle))[1:]:
                first = _ids_of_file(db, listing.parent / row[0])
                second = _ids_of_file(db, listing.parent / row[1])
                pair = _best_pair(db, first, second)
                if pair:
                    true_pairs.add(frozenset(pair))
    library.refresh()
    for article_id in originals:
        copy = db.execute(
            "SELECT article_id FROM locs WHERE path = ?",
            (str(folder / story_of[article_id] / f"rewrite-{article_id}.txt"),),
        ).fetchone()
        if copy:
            story_of[copy[0]] = story_of[article_id]
            true_pairs.add(frozenset((article_id, copy[0])))
    mine, n = precision_at_k(library, story_of, ours, originals)
    base, _ = precision_at_k(library, story_of, plain_more_like, originals)
    precision, recall, pairs = grouping_scores(library, true_pairs)
    library.close()
    return {
        "articles": len(story_of),
        "p@5 ours": mine,
        "p@5 plain more_like": base,
        "p@5 articles": n,
        "grouping precision": precision,
        "grouping recall": recall,
        "true pairs": pairs,
    }


def hash_seed(text: str) -> int:
    """A stable seed from a string (Python's hash() differs between runs)."""
    return int.from_bytes(text.encode("utf-8")[:8].ljust(8, b"\0"), "little")


def big_library(work: Path, count: int, rewrites: int, sample: int) -> dict[str, float]:
    """A generated library with planted stories and rewrites of some of its articles."""
    from benchmarks.corpus import generate

    corpus = work / "corpus"
    manifest = corpus / "stories.tsv"
    if not manifest.exists():
        generate(corpus, count)
    story_by_path: dict[str, str] = {}
    for line in manifest.read_text("utf-8").splitlines():
        relative, story = line.split("\t")
        if story != "-":
            story_by_path[str(corpus / relative)] = story
    rng = random.Random(11)
    chosen = sorted(rng.sample(sorted(story_by_path), min(rewrites, len(story_by_path))))
    rewritten = corpus / "rewrites"
    rewritten.mkdir(exist_ok=True)
    for number, path in enumerate(chosen):
        target = rewritten / f"rewrite-{number:05d}.txt"
        if target.exists():
            continue
        lines = Path(path).read_text("utf-8").split("\n")
        title, date_line = lines[0], lines[3]
        from datetime import datetime

        published = datetime.strptime(date_line, "%d %B %Y")
        body = "\n".join(line for line in lines[6:] if line.strip())
        target.write_text(rewrite(title, body, published, seed=number), "utf-8")
    home = work / "home"
    library = _open(home)
    library.index([corpus])
    db = catalog_db(library)
    story_of: dict[str, str] = {}
    for path, story in story_by_path.items():
        for article_id in _ids_of_file(db, Path(path)):
            story_of[article_id] = story
    true_pairs: set[frozenset[str]] = set()
    for number, path in enumerate(chosen):
        originals = _ids_of_file(db, Path(path))
        copies = _ids_of_file(db, rewritten / f"rewrite-{number:05d}.txt")
        if originals and copies:
            story_of[copies[0]] = story_of.get(originals[0], "")
            true_pairs.add(frozenset((originals[0], copies[0])))
    candidates = sorted(story_of)
    picked = random.Random(5).sample(candidates, min(sample, len(candidates)))
    mine, n = precision_at_k(library, story_of, ours, picked)
    base, _ = precision_at_k(library, story_of, plain_more_like, picked)
    precision, recall, pairs = grouping_scores(library, true_pairs)
    total = library.count()
    library.close()
    return {
        "articles": total,
        "p@5 ours": mine,
        "p@5 plain more_like": base,
        "p@5 articles": n,
        "grouping precision": precision,
        "grouping recall": recall,
        "true pairs": pairs,
    }


def _print(name: str, result: dict[str, float]) -> None:
    print(name)
    for key, value in result.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"  {key:22} {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big", type=Path, help="work folder for the generated library")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rewrites", type=int, default=300)
    parser.add_argument("--sample", type=int, default=500, help="articles to rank (big library)")
    parser.add_argument("--no-samples", action="store_true")
    args = parser.parse_args()
    if not args.no_samples:
        with tempfile.TemporaryDirectory() as work:
            _print("sample library", sample_library(Path(work)))
    if args.big:
        args.big.mkdir(parents=True, exist_ok=True)
        _print(
            f"generated library ({args.count})",
            big_library(args.big, args.count, args.rewrites, args.sample),
        )


if __name__ == "__main__":
    main()
