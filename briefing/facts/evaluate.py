"""Scoring extracted facts against a hand-annotated gold set (precision, recall, F1 per type).

Matching rules (one-to-one within an article):

* people, places, organisations: the predicted canonical name equals the gold name or one
  of its listed aliases, compared case- and accent-insensitively, ignoring a leading "the";
* dates: the normalised start and end are equal;
* quotes: the speaker is the gold speaker (or one of that entity's aliases) and the texts
  overlap (half the words of the shorter one);
* figures: the texts overlap (half the words of the shorter one, including its number).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from briefing.facts.extract import extract_facts
from briefing.facts.model import Facts
from briefing.facts.names import fold

TYPES = ("people", "places", "organisations", "dates", "quotes", "figures")
_WORDS = re.compile(r"[\w%$€£.,'-]+")


@dataclass
class GoldArticle:
    """One annotated article: where it came from, its body, publication date and gold facts."""

    name: str
    body: str
    published: date | None
    facts: dict[str, list[dict[str, Any]]]


@dataclass
class Score:
    """Counts for one fact type; precision, recall and F1 derive from them."""

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of predicted facts that are right."""
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold facts that were found."""
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(gold_dir: Path, corpus_file: Path | None) -> list[GoldArticle]:
    """Gold articles under `gold_dir`; Wikinews ones take their body from `corpus_file`.

    Wikinews annotations are skipped when the corpus file is absent.
    """
    corpus: dict[str, str] = {}
    if corpus_file is not None and corpus_file.is_file():
        for line in corpus_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                corpus[record["id"]] = record["body"]
    articles = []
    for path in sorted(gold_dir.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        body = data.get("body")
        if data.get("source") == "wikinews":
            body = corpus.get(data.get("id", ""))
        if body is None:
            continue
        published = date.fromisoformat(data["published"]) if data.get("published") else None
        articles.append(GoldArticle(path.stem, body, published, data["facts"]))
    return articles


def _overlap(a: str, b: str) -> bool:
    wa, wb = set(_WORDS.findall(a.lower())), set(_WORDS.findall(b.lower()))
    if not wa or not wb:
        return False
    return len(wa & wb) >= 0.5 * min(len(wa), len(wb))


def _figure_overlap(a: str, b: str) -> bool:
    na, nb = set(re.findall(r"\d[\d,.]*", a)), set(re.findall(r"\d[\d,.]*", b))
    if na or nb:
        return bool(na & nb) and _overlap(a, b)
    return _overlap(a, b)


def _key(name: str) -> str:
    """Comparison key: folded, without a leading "the"."""
    return fold(name).removeprefix("the ")


def _names(item: dict[str, Any]) -> set[str]:
    return {_key(item["name"])} | {_key(a) for a in item.get("aliases") or []}


def _match(gold: list[Any], predicted: list[Any], same: Any, score: Score, show: Any) -> None:
    used: set[int] = set()
    score.gold += len(gold)
    score.predicted += len(predicted)
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and same(g, p):
                used.add(i)
                score.true_positives += 1
                break
        else:
            score.misses.append(show(g))
    score.extras.extend(show(p) for i, p in enumerate(predicted) if i not in used)


def score_article(article: GoldArticle, facts: Facts, scores: dict[str, Score]) -> None:
    """Add one article's matches to `scores` (one `Score` per fact type)."""
    gold = article.facts
    tag = article.name
    for kind, predicted in (
        ("people", facts.people),
        ("places", facts.places),
        ("organisations", facts.organisations),
    ):
        _match(
            gold.get(kind, []),
            predicted,
            lambda g, p: _key(p.name) in _names(g),
            scores[kind],
            lambda x, tag=tag: f"{tag}: {x['name'] if isinstance(x, dict) else x.name}",
        )
    gold_dates = {(d["start"], d["end"]): d for d in gold.get("dates", [])}
    pred_dates = {(d.start, d.end): d for d in facts.dates}
    _match(
        list(gold_dates.items()),
        list(pred_dates.items()),
        lambda g, p: g[0] == p[0],
        scores["dates"],
        lambda x, tag=tag: (
            f"{tag}: {x[0]} {x[1]['text'] if isinstance(x[1], dict) else x[1].text!r}"
        ),
    )
    aliases: dict[str, set[str]] = {}
    for item in gold.get("people", []) + gold.get("organisations", []):
        aliases[_key(item["name"])] = _names(item)
    _match(
        gold.get("quotes", []),
        facts.quotes,
        lambda g, p: (
            p.speaker is not None
            and _key(p.speaker) in aliases.get(_key(g["speaker"] or ""), {_key(g["speaker"] or "")})
            and _overlap(g["text"], p.text)
        ),
        scores["quotes"],
        lambda x, tag=tag: (
            f"{tag}: "
            + (
                f"{x['speaker']}: {x['text'][:50]}"
                if isinstance(x, dict)
                else f"{x.speaker}: {x.text[:50]}"
            )
        ),
    )
    _match(
        gold.get("figures", []),
        facts.figures,
        lambda g, p: _figure_overlap(g["text"], p.text),
        scores["figures"],
        lambda x, tag=tag: f"{tag}: {x['text'] if isinstance(x, dict) else x.text}",
    )


def evaluate(articles: list[GoldArticle]) -> dict[str, Score]:
    """Run `extract_facts` over every gold article and score each fact type."""
    scores = {kind: Score() for kind in TYPES}
    for article in articles:
        score_article(article, extract_facts(article.body, article.published), scores)
    return scores


def format_table(scores: dict[str, Score]) -> str:
    """A plain-text precision/recall/F1 table."""
    lines = [f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    for kind in TYPES:
        s = scores[kind]
        lines.append(
            f"{kind:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.gold:>7}{s.predicted:>7}"
        )
    return "\n".join(lines)
