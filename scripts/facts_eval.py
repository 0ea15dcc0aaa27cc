"""Scoring extracted key facts against the hand-annotated gold set (tests/gold/).

Matching rules (one-to-one within an article), as acceptance scores them:

* people, places, organisations: names are compared case- and accent-folded, ignoring a
  leading "the". A predicted entity matches a gold one when its name is the gold name or one
  of the gold aliases; a canonical name that is none of the text's surfaces (the gazetteer's
  "United Kingdom" for "Britain") also matches when one of its mentions is among them.
* dates: the normalised start and end are equal.
* quotes (right speaker): the texts overlap (half the words of the shorter one) and the
  speaker is right: the gold speaker or one of that entity's aliases, or empty on both sides
  when the text does not say who spoke.
* attribution precision: of the predicted quotes that name a speaker and overlap a gold
  quote, the share that name the right one. An empty speaker is never an error here.
* figures: the texts overlap (half the words of the shorter one, including its number).

Splits (see tests/gold/GUIDELINES.md): `own`, `wikinews` and `wikinews-dev` are tuned on;
`frozen` and `probes-frozen` never are, and nothing here prints their individual errors.
`probes` (articles we wrote in many outlets' styles, annotated before the engine saw them) may
be tuned on once its first-sight score is recorded; it is not in TUNED yet. `probes2` (24 more
of our own articles, annotated before the engine ran on them) is never tuned on in the stop
that wrote it: the engine's first sight of it is recorded once that stop's engine is final.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from briefing.facts import extract_facts

TYPES = ("people", "places", "organisations", "dates", "quotes", "figures")
ENTITY_TYPES = ("people", "places", "organisations")
SPLITS = (
    "own",
    "wikinews",
    "wikinews-dev",
    "frozen",
    "probes",
    "probes-frozen",
    "probes2",
    "probes3",
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
TUNED = (
    "own",
    "wikinews",
    "wikinews-dev",
    "probes",
    "probes2",
    "probes3",
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
_WORDS = re.compile(r"[\w%$€£.,'-]+")


@dataclass
class GoldArticle:
    """One annotated article: its file stem, split, body, publication date and gold facts."""

    name: str
    split: str
    body: str
    published: date | None
    facts: dict[str, list[dict[str, Any]]]
    # "entities": annotated for people, places and organisations only (training data such as
    # tests/gold/wikinews-train); its dates, quotes and figures are not scored.
    # "dates-quotes": annotated for dates and quotes only (tests/gold/wikinews-qd; its people
    # and organisations are there to resolve speakers' aliases): its entities are not scored.
    scope: str = "all"


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
    def scored(self) -> bool:
        """Whether anything was scored (a split annotated for other types scores nothing)."""
        return bool(self.gold or self.predicted)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float | int]:
        """The score as JSON-ready numbers."""
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "true_positives": self.true_positives,
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass
class Attribution:
    """Quotes whose text was found, and how their speakers fared."""

    gold_quotes: int = 0
    text_found: int = 0  # gold quotes overlapped by some predicted quote
    named: int = 0  # of those, predicted with a speaker
    right: int = 0  # of those named, the right speaker
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of named speakers that are right (an empty speaker is not an error)."""
        return self.right / self.named if self.named else 1.0

    @property
    def found(self) -> float:
        """Share of gold quotes whose text was found at all."""
        return self.text_found / self.gold_quotes if self.gold_quotes else 1.0


@dataclass
class Report:
    """Scores per fact type plus the attribution figures, over a set of articles."""

    articles: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {kind: Score() for kind in TYPES})
    attribution: Attribution = field(default_factory=Attribution)

    def figures(self) -> dict[str, Any]:
        """The report as JSON-ready numbers (no individual errors)."""
        return {
            "articles": self.articles,
            **{kind: score.figures() for kind, score in self.scores.items()},
            "attribution_precision": round(self.attribution.precision, 3),
            "attribution_right": self.attribution.right,
            "attribution_named": self.attribution.named,
            "quote_text_found": round(self.attribution.found, 3),
        }


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def load_corpus(corpus_file: Path | None) -> dict[str, str]:
    """Wikinews bodies by id (empty when the shared corpus is absent)."""
    corpus: dict[str, str] = {}
    if corpus_file is not None and corpus_file.is_file():
        for line in corpus_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                corpus[record["id"]] = record["body"]
    return corpus


def load_gold(
    gold_dir: Path, corpus_file: Path | None, splits: Iterable[str] = SPLITS
) -> list[GoldArticle]:
    """Gold articles of the given splits; Wikinews ones take their body from `corpus_file`
    and are skipped when it is absent."""
    corpus = load_corpus(corpus_file)
    articles = []
    for split in splits:
        for path in sorted((gold_dir / split).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            body = data.get("body")
            if data.get("source") == "wikinews":
                body = corpus.get(data.get("id", ""))
            if body is None:
                continue
            published = date.fromisoformat(data["published"]) if data.get("published") else None
            articles.append(
                GoldArticle(
                    path.stem, split, body, published, data["facts"], data.get("scope", "all")
                )
            )
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
    return fold(name).strip().removeprefix("the ")


def _names(item: dict[str, Any]) -> set[str]:
    return {_key(item["name"])} | {_key(a) for a in item.get("aliases") or []}


def _entity_matches(gold: dict[str, Any], predicted: Any) -> bool:
    names = _names(gold)
    if _key(predicted.name) in names:
        return True
    surfaces = {_key(m) for m in predicted.mentions}
    canonical = _key(predicted.name) not in surfaces
    return canonical and bool(surfaces & names)


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


def _show_entity(tag: str, item: Any) -> str:
    return f"{tag}: {item['name'] if isinstance(item, dict) else item.name}"


def _show_quote(tag: str, item: Any) -> str:
    if isinstance(item, dict):
        return f"{tag}: {item['speaker']}: {item['text'][:60]}"
    return f"{tag}: {item.speaker}: {item.text[:60]}"


def score_article(article: GoldArticle, facts: Any, report: Report) -> None:
    """Add one article's matches to `report`."""
    gold = article.facts
    tag = article.name
    scores = report.scores
    report.articles += 1
    entities = () if article.scope == "dates-quotes" else ENTITY_TYPES
    for kind in entities:
        predicted = getattr(facts, kind)
        _match(
            gold.get(kind, []),
            predicted,
            _entity_matches,
            scores[kind],
            lambda x, tag=tag: _show_entity(tag, x),
        )
    if article.scope == "entities":
        return  # people, places and organisations only: no other fact was annotated
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

    def right_speaker(g: dict[str, Any], p: Any) -> bool:
        if not g.get("speaker"):
            return p.speaker is None
        wanted = _key(g["speaker"])
        return p.speaker is not None and _key(p.speaker) in aliases.get(wanted, {wanted})

    quotes = gold.get("quotes", [])
    _match(
        quotes,
        facts.quotes,
        lambda g, p: _overlap(g["text"], p.text) and right_speaker(g, p),
        scores["quotes"],
        lambda x, tag=tag: _show_quote(tag, x),
    )
    _score_attribution(tag, quotes, facts.quotes, right_speaker, report.attribution)
    if article.scope == "dates-quotes":
        return  # no figures were annotated either
    _match(
        gold.get("figures", []),
        facts.figures,
        lambda g, p: _figure_overlap(g["text"], p.text),
        scores["figures"],
        lambda x, tag=tag: f"{tag}: {x['text'] if isinstance(x, dict) else x.text}",
    )


def _score_attribution(
    tag: str, gold: list[dict[str, Any]], predicted: list[Any], right_speaker: Any, out: Attribution
) -> None:
    """Pair quotes by text alone, then judge the speaker of each pair."""
    used: set[int] = set()
    out.gold_quotes += len(gold)
    for g in gold:
        for i, p in enumerate(predicted):
            if i in used or not _overlap(g["text"], p.text):
                continue
            used.add(i)
            out.text_found += 1
            if p.speaker is not None:
                out.named += 1
                if right_speaker(g, p):
                    out.right += 1
                else:
                    out.wrong.append(
                        f"{tag}: said {p.speaker!r}, gold {g['speaker']!r}: {g['text'][:50]}"
                    )
            break


def evaluate(articles: list[GoldArticle]) -> Report:
    """Run `extract_facts` over every gold article and score each fact type."""
    report = Report()
    for article in articles:
        score_article(article, extract_facts(article.body, article.published), report)
    return report


def format_table(report: Report) -> str:
    """A plain-text precision/recall/F1 table."""
    lines = [f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    for kind in TYPES:
        s = report.scores[kind]
        if not s.scored:
            continue
        lines.append(
            f"{kind:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.gold:>7}{s.predicted:>7}"
        )
    a = report.attribution
    lines.append(
        f"attribution precision {a.precision:.3f} ({a.right}/{a.named} named speakers right)"
    )
    lines.append(f"quote text found      {a.found:.3f} ({a.text_found}/{a.gold_quotes})")
    return "\n".join(lines)
