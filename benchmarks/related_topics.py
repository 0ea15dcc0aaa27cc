"""Related articles on real journalism: our ranking beside a plain TF-IDF cosine.

    python benchmarks/related_topics.py [--out benchmarks/results/related_topics.json]

Indexes the 327 Wikinews articles of `../shared/corpus/wikinews/` (CC BY 2.5, Wikinews
contributors) into a temporary library, one text file each (title, blank line, date, body),
and ranks the top five related articles of every article two ways: `Library.related`, and
a plain TF-IDF cosine over the same titles and bodies (log tf times idf, L2-normalised,
the tokens `related.py` uses; the article's own same-story group left out and copies
folded, as for ours). Scored against our labels in `benchmarks/data/wikinews_labels.json`:

* topic P@5: the share of the top five in the article's topic;
* story recall@5: for articles whose story has other articles, the share of those (at
  most five) found in the top five.

Articles are split in two halves by a fixed hash of their id: ranking changes were tuned
looking at the "tune" half only, and the "held-out" half says whether they generalise.
With `--gum`, the GUM documents of `../shared/corpus/gum-entities/` (CC BY 4.0) are ranked
the same way and scored by genre (a weaker notion than topic: reported, not a target).
Also scores each top-five item by its strength, to choose the `weak` threshold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import statistics
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from whoosh.analysis import STOP_WORDS  # noqa: E402
from whoosh.support.charset import accent_map  # noqa: E402

from benchmarks.internals import catalog_db  # noqa: E402
from briefing.catalog import groupstore  # noqa: E402
from briefing.core.paths import Locations  # noqa: E402
from briefing.library import Library  # noqa: E402
from briefing.search.analysis import TOKEN as _TOKEN  # noqa: E402
from briefing.search.analysis import cached_stem as _stem  # noqa: E402

K = 5
SHARED = ROOT.parent / "shared" / "corpus"
WIKINEWS = SHARED / "wikinews" / "articles.jsonl"
GUM = SHARED / "gum-entities" / "documents.jsonl"
LABELS = ROOT / "benchmarks" / "data" / "wikinews_labels.json"
OUT = ROOT / "benchmarks" / "results" / "related_topics.json"
STRENGTH_BANDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.6, 1.01)


def half_of(doc_id: str) -> str:
    """'tune' or 'held-out', fixed by the id's SHA-1 (not Python's per-run hash())."""
    return "tune" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def tokens(text: str) -> list[str]:
    """Stems as `related.key_terms` makes them: folded, no stop words, digits or short words."""
    out = []
    for match in _TOKEN.finditer(text):
        word = match.group().lower().translate(accent_map)
        if len(word) < 3 or word in STOP_WORDS or word.isdigit():
            continue
        out.append(_stem(word))
    return out


class TfidfCosine:
    """Plain TF-IDF cosine over every article of a library: (1 + ln tf) * ln(N / df)."""

    def __init__(self, texts: dict[str, str]) -> None:
        counts = {doc: Counter(tokens(text)) for doc, text in texts.items()}
        df: Counter[str] = Counter()
        for bag in counts.values():
            df.update(bag.keys())
        total = len(counts)
        self.vectors: dict[str, dict[str, float]] = {}
        for doc, bag in counts.items():
            vector = {
                term: (1.0 + math.log(tf)) * math.log(total / df[term]) for term, tf in bag.items()
            }
            norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
            self.vectors[doc] = {term: w / norm for term, w in vector.items() if w > 0}

    def ranked(self, doc: str) -> list[str]:
        """Every other article, most similar first."""
        mine = self.vectors[doc]
        scores = []
        for other, vector in self.vectors.items():
            if other == doc:
                continue
            small, big = (mine, vector) if len(mine) < len(vector) else (vector, mine)
            scores.append((sum(w * big.get(t, 0.0) for t, w in small.items()), other))
        scores.sort(key=lambda item: (-item[0], item[1]))
        return [other for _, other in scores]


def build(work: Path, docs: list[dict]) -> tuple[Library, dict[str, str]]:
    """Index `docs` (id, title, published, body) as text files; briefing id -> doc id."""
    folder = work / "articles"
    folder.mkdir()
    for doc in docs:
        day = date.fromisoformat(doc["published"]).strftime("%d %B %Y")
        text = f"{doc['title']}\n\n{day}\n\n{doc['body'].strip()}\n"
        (folder / f"{doc['id']}.txt").write_text(text, "utf-8")
    library = Library.open(Locations.resolve(work / "home"), notify=lambda message: None)
    library.index([folder])
    db = catalog_db(library)
    doc_of: dict[str, str] = {}
    for path, article_id in db.execute("SELECT path, article_id FROM locs").fetchall():
        doc_of.setdefault(article_id, Path(path).stem)
    return library, doc_of


def rank_ours(library: Library, article_id: str) -> tuple[list[str], list[tuple[float, bool]]]:
    """`Library.related` top K, with each item's (strength, weak) when it has them."""
    items = library.related(article_id, K)
    marks = [(getattr(i, "strength", i.score), getattr(i, "weak", False)) for i in items]
    return [item.id for item in items], marks


def rank_plain(library: Library, cosine: TfidfCosine, article_id: str) -> list[str]:
    """The cosine's top K, own group left out and copies folded (as `related` does)."""
    db = catalog_db(library)
    own = groupstore.group_of(db, article_id)
    excluded = set(groupstore.members(db, [own])[own]) | {article_id}
    ids = [other for other in cosine.ranked(article_id) if other not in excluded]
    kept, _ = groupstore.collapse(db, ids[: K * 4 + len(excluded)])
    return kept[:K]


def evaluate(
    library: Library,
    doc_of: dict[str, str],
    labels: dict[str, dict[str, str]],
    rank: Callable[[str], list[str]],
) -> dict[str, dict[str, float]]:
    """Topic P@5 and story recall@5, over all articles and each half."""
    by_story: dict[str, set[str]] = {}
    for doc, label in labels.items():
        by_story.setdefault(label["story"], set()).add(doc)
    topic: dict[str, list[float]] = {"all": [], "tune": [], "held-out": []}
    story: dict[str, list[float]] = {"all": [], "tune": [], "held-out": []}
    for article_id in sorted(doc_of):
        doc = doc_of[article_id]
        if doc not in labels:
            continue
        top = [doc_of.get(other) for other in rank(article_id)]
        mine = labels[doc]
        hits = sum(1 for other in top if other and labels[other]["topic"] == mine["topic"])
        half = half_of(doc)
        for key in ("all", half):
            topic[key].append(hits / K)
        others = by_story[mine["story"]] - {doc}
        if others:
            found = len(others & set(top)) / min(K, len(others))
            for key in ("all", half):
                story[key].append(found)
    result: dict[str, dict[str, float]] = {}
    for key in topic:
        result[key] = {
            "topic_p@5": round(statistics.fmean(topic[key]), 4) if topic[key] else 0.0,
            "articles": len(topic[key]),
            "story_recall@5": round(statistics.fmean(story[key]), 4) if story[key] else None,
            "story_articles": len(story[key]),
        }
    return result


def strength_table(
    library: Library, doc_of: dict[str, str], labels: dict[str, dict[str, str]]
) -> list[dict[str, float]]:
    """On-topic share of our top-K items by strength band: where `weak` should start."""
    bands: dict[int, list[int]] = {}
    for article_id in sorted(doc_of):
        doc = doc_of[article_id]
        if doc not in labels or half_of(doc) != "tune":
            continue
        ids, marks = rank_ours(library, article_id)
        for other, (strength, _) in zip(ids, marks, strict=True):
            band = next(i for i, top in enumerate(STRENGTH_BANDS[1:]) if strength < top)
            on_topic = labels[doc]["topic"] == labels.get(doc_of.get(other, ""), {}).get("topic")
            bands.setdefault(band, []).append(int(on_topic))
    return [
        {
            "strength_from": STRENGTH_BANDS[band],
            "strength_below": min(STRENGTH_BANDS[band + 1], 1.0),
            "items": len(values),
            "on_topic": round(statistics.fmean(values), 3),
        }
        for band, values in sorted(bands.items())
    ]


def run(docs: list[dict], labels: dict[str, dict[str, str]], with_bands: bool) -> dict:
    """Build a library of `docs`, rank both ways, score both; the figures as a dict."""
    with tempfile.TemporaryDirectory() as work:
        library, doc_of = build(Path(work), docs)
        try:
            texts = {}
            for article_id in doc_of:
                article = library.get(article_id)
                texts[article_id] = f"{article.title}\n{article.body}"
            cosine = TfidfCosine(texts)
            ours = evaluate(library, doc_of, labels, lambda a: rank_ours(library, a)[0])
            plain = evaluate(library, doc_of, labels, lambda a: rank_plain(library, cosine, a))
            result = {
                "articles": len(doc_of),
                "topics": dict(Counter(label["topic"] for label in labels.values())),
                "ours": ours,
                "tfidf_cosine": plain,
                "difference_topic_p@5": {
                    key: round(ours[key]["topic_p@5"] - plain[key]["topic_p@5"], 4) for key in ours
                },
            }
            if with_bands:
                result["strength_bands_tune_half"] = strength_table(library, doc_of, labels)
            return result
        finally:
            library.close()


def wikinews() -> tuple[list[dict], dict[str, dict[str, str]]]:
    """The Wikinews articles and our topic and story labels."""
    docs = [json.loads(line) for line in WIKINEWS.read_text("utf-8").splitlines() if line]
    labels = json.loads(LABELS.read_text("utf-8"))
    return docs, labels


def gum() -> tuple[list[dict], dict[str, dict[str, str]]]:
    """GUM documents with their genre as the 'topic' (each its own story)."""
    docs, labels = [], {}
    for line in GUM.read_text("utf-8").splitlines():
        row = json.loads(line)
        text = row["text"]
        body = text.split("\n", 1)[1] if text.startswith(row["title"]) else text
        published = (row.get("date_created") or "2020-01-01")[:10]
        try:
            date.fromisoformat(published)
        except ValueError:
            published = "2020-01-01"
        docs.append({"id": row["id"], "title": row["title"], "published": published, "body": body})
        labels[row["id"]] = {"topic": row["genre"], "story": row["id"]}
    return docs, labels


def _print(name: str, result: dict) -> None:
    print(f"{name}: {result['articles']} articles")
    print(f"  {'':10} {'ours P@5':>9} {'tf-idf P@5':>11} {'diff':>7} {'ours story':>11} "
          f"{'tf-idf story':>13}")  # fmt: skip
    for key in ("all", "tune", "held-out"):
        ours, plain = result["ours"][key], result["tfidf_cosine"][key]
        stories = [
            "-" if recall is None else f"{recall:.3f}"
            for recall in (ours["story_recall@5"], plain["story_recall@5"])
        ]
        print(
            f"  {key:10} {ours['topic_p@5']:9.3f} {plain['topic_p@5']:11.3f} "
            f"{result['difference_topic_p@5'][key]:+7.3f} {stories[0]:>11} {stories[1]:>13}"
        )
    for band in result.get("strength_bands_tune_half", []):
        print(
            f"  strength [{band['strength_from']:.2f}, {band['strength_below']:.2f}): "
            f"{band['items']:4d} items, {band['on_topic']:.3f} on topic"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--gum", action="store_true", help="also the GUM documents, by genre")
    args = parser.parse_args()
    results = {"wikinews": run(*wikinews(), with_bands=True)}
    _print("wikinews (topic labels: benchmarks/data/wikinews_labels.json)", results["wikinews"])
    if args.gum:
        results["gum_by_genre"] = run(*gum(), with_bands=False)
        _print("GUM (genre as topic; not a target)", results["gum_by_genre"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
