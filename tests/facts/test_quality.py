"""Quality floors against the hand-annotated gold set (tests/gold/): a regression fails.

Floors sit just under the F1 measured when they were set (see benchmarks/facts_quality.py
for the full table, with first-sight and frozen scores). The Wikinews annotations need the
shared corpus; without it only the floors for our own articles are checked.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from facts_eval import TYPES, evaluate, format_table, load_gold  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold"
CORPUS_FILE = ROOT / ".." / "shared" / "corpus" / "wikinews" / "articles.jsonl"

# Measured F1 when set: people .984, places .961, organisations .919 (raised with the
# classifier trained on the 219 Wikinews training articles and wikinews-dev), dates .985,
# quotes .939 (.980 with structural attribution; .941 once four attributed fragments such as
# called Xi "a dictator" were added to the gold, as the guidelines count them), figures
# .969 (34 articles; .917 once spans of time, "jailed for 28 years", count as the guidelines'
# quantities with a unit: these early annotations mostly left them out, every later split
# lists them).
FULL_FLOORS = {
    "people": 0.97,
    "places": 0.95,
    "organisations": 0.91,
    "dates": 0.97,
    "quotes": 0.93,
    "figures": 0.90,
}
# Named speakers that are right, own + Wikinews (1.000 when set; issue 13's target .97).
ATTRIBUTION_FLOOR = 0.97
# GUM train+dev quote attribution (scripts/gum_quotes.py): precision .970, right-speaker
# F1 .607 when set (from .787 and .612).
GUM_FLOORS = {"attribution_precision": 0.95, "right_speaker_f1": 0.58}
GUM_FILE = ROOT / ".." / "shared" / "corpus" / "gum-entities" / "documents.jsonl"
# Our own 20 articles alone: people 1.000, places .952, organisations .913, dates .991,
# quotes 1.000 (.952 with the four attributed fragments in the gold), figures .958 (.920 with
# spans of time counted, see above).
OWN_FLOORS = {
    "people": 0.99,
    "places": 0.94,
    "organisations": 0.90,
    "dates": 0.98,
    "quotes": 0.94,
    "figures": 0.90,
}


def _check(floors: dict[str, float], splits: tuple[str, ...], expected_articles: int) -> None:
    articles = load_gold(GOLD_DIR, CORPUS_FILE, splits)
    assert len(articles) == expected_articles
    report = evaluate(articles)
    table = format_table(report)
    below = {
        kind: round(report.scores[kind].f1, 3)
        for kind, floor in floors.items()
        if report.scores[kind].f1 < floor
    }
    assert not below, f"F1 below floor: {below}\n{table}"


def test_gold_set_has_every_fact_type_and_enough_articles() -> None:
    articles = load_gold(GOLD_DIR, None, ["own"])
    wikinews = list(GOLD_DIR.glob("wikinews*/*.json")) + list(GOLD_DIR.glob("frozen/*.json"))
    assert len(articles) + len(wikinews) >= 30
    for kind in TYPES:
        assert sum(len(a.facts.get(kind, [])) for a in articles) >= 20, kind


def test_own_articles_meet_their_floors() -> None:
    _check(OWN_FLOORS, ("own",), 20)


@pytest.mark.skipif(not CORPUS_FILE.is_file(), reason="shared Wikinews corpus not present")
def test_first_gold_set_meets_its_floors() -> None:
    _check(FULL_FLOORS, ("own", "wikinews"), 34)


@pytest.mark.skipif(not CORPUS_FILE.is_file(), reason="shared Wikinews corpus not present")
def test_named_speakers_are_right() -> None:
    report = evaluate(load_gold(GOLD_DIR, CORPUS_FILE, ("own", "wikinews")))
    assert report.attribution.precision >= ATTRIBUTION_FLOOR, report.attribution.wrong


@pytest.mark.skipif(not GUM_FILE.is_file(), reason="shared GUM corpus not present")
def test_gum_quote_attribution_meets_its_floors() -> None:
    import gum_quotes

    figures = gum_quotes.evaluate(gum_quotes.load_documents(GUM_FILE, gum_quotes.DEVELOP)).figures()
    below = {k: figures[k] for k, floor in GUM_FLOORS.items() if figures[k] < floor}
    assert not below, f"GUM quote figures below floor: {below}"


# People, places and organisations on wikinews-dev (54) and wikinews-train (219), both trained
# on since the classifier learnt from them: measured .929/.929/.839 and .941/.937/.771.
TRAINED_FLOORS = {
    "wikinews-dev": {"people": 0.92, "places": 0.92, "organisations": 0.83},
    "wikinews-train": {"people": 0.93, "places": 0.93, "organisations": 0.76},
}


@pytest.mark.skipif(not CORPUS_FILE.is_file(), reason="shared Wikinews corpus not present")
@pytest.mark.parametrize("split", sorted(TRAINED_FLOORS))
def test_trained_on_wikinews_splits_meet_their_entity_floors(split: str) -> None:
    count = len(list((GOLD_DIR / split).glob("*.json")))
    _check(TRAINED_FLOORS[split], (split,), count)


def test_entities_only_gold_scores_only_entities(tmp_path) -> None:
    import json

    split = tmp_path / "train"
    split.mkdir()
    (split / "a.json").write_text(
        json.dumps(
            {
                "scope": "entities",
                "body": 'Dana Whitlock of Halcyon Labs said on Monday in Kerrow: "We grew 5%."',
                "facts": {"people": [{"name": "Dana Whitlock"}], "places": [], "organisations": []},
            }
        ),
        encoding="utf-8",
    )
    articles = load_gold(tmp_path, None, ["train"])
    assert [a.scope for a in articles] == ["entities"]
    report = evaluate(articles)
    assert report.scores["people"].gold == 1
    for kind in ("dates", "quotes", "figures"):
        assert report.scores[kind].predicted == 0 and report.scores[kind].gold == 0


def test_dates_and_quotes_gold_scores_only_dates_and_quotes(tmp_path) -> None:
    import json

    split = tmp_path / "qd"
    split.mkdir()
    (split / "a.json").write_text(
        json.dumps(
            {
                "scope": "dates-quotes",
                "published": "2026-03-11",
                "body": 'Dana Whitlock of Halcyon Labs said on Monday in Kerrow: "We grew 5%."',
                "facts": {
                    "people": [{"name": "Dana Whitlock", "aliases": ["Whitlock"]}],
                    "organisations": [],
                    "dates": [{"text": "Monday", "start": "2026-03-09", "end": "2026-03-09"}],
                    "quotes": [{"speaker": "Dana Whitlock", "text": "We grew 5%."}],
                },
            }
        ),
        encoding="utf-8",
    )
    report = evaluate(load_gold(tmp_path, None, ["qd"]))
    for kind in ("people", "places", "organisations", "figures"):
        assert not report.scores[kind].scored, kind
    assert (report.scores["dates"].gold, report.scores["quotes"].gold) == (1, 1)
    assert report.scores["dates"].true_positives == 1
    assert report.scores["quotes"].true_positives == 1
    assert "people" not in format_table(report) and "quotes" in format_table(report)


def test_new_batches_stay_unscored_until_their_first_sight() -> None:
    """probes9 (annotated in stop 31 before the engine ran on them) and the
    batches before them are not tuned on and the table leaves them out until
    --record-first-sight has scored them; the wikinews-qd batches are training articles' dates and quotes, never a scored
    split's, and no article is in two of them."""
    import json

    from facts_eval import SPLITS, TUNED

    sys.path.insert(0, str(ROOT))
    from benchmarks import facts_quality

    recorded = {b["split"] for b in facts_quality.first_sight_records()}
    for split in (
        "probes5",
        "wikinews-qd3",
        "wikinews-qd4",
        "probes6",
        "wikinews-qd5",
        "probes7",
        "probes8",
        "probes9",
    ):
        assert split in SPLITS and split in facts_quality.FIRST_SIGHT_FIRST
        assert split not in TUNED or split in recorded
        assert split in facts_quality.scored_splits() or split not in recorded
    train = {p.stem for p in (GOLD_DIR / "wikinews-train").glob("*.json")}
    scored = {
        json.loads(p.read_text(encoding="utf-8"))["id"]
        for split in ("wikinews", "wikinews-dev", "frozen")
        for p in (GOLD_DIR / split).glob("*.json")
    }
    qd_splits = ("wikinews-qd", "wikinews-qd3", "wikinews-qd4", "wikinews-qd5")
    paths = [path for split in qd_splits for path in (GOLD_DIR / split).glob("*.json")]
    assert len({path.stem for path in paths}) == len(paths)
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["scope"] == "dates-quotes" and data["id"] == path.stem
        assert path.stem in train and path.stem not in scored


def test_probe_splits_are_scored_at_first_sight_and_probes_frozen_is_never_tuned() -> None:
    """Every article of the two probe splits (our own articles, annotated before the engine
    ran on them) has its first-sight score recorded; probes-frozen is never a tuned split."""
    import json

    from facts_eval import SPLITS, TUNED

    recorded = json.loads(
        (ROOT / "benchmarks" / "results" / "facts_first_sight.json").read_text(encoding="utf-8")
    )["batches"]
    for split in ("probes", "probes-frozen"):
        assert split in SPLITS
        names = {a.name for a in load_gold(GOLD_DIR, None, [split])}
        assert len(names) == 15, split
        seen = {n for batch in recorded if batch["split"] == split for n in batch["articles"]}
        assert names <= seen, f"{split}: no first-sight score for {sorted(names - seen)}"
    assert "probes-frozen" not in TUNED and "frozen" not in TUNED


def test_probe_batches_are_tuned_only_after_their_first_sight() -> None:
    """probes2, probes3 and probes4 (24 of our articles each, annotated before the engine ran
    on them) are tuned on; every article of each has its first-sight score."""
    sys.path.insert(0, str(ROOT))
    from facts_eval import TUNED

    from benchmarks import facts_quality

    for split in (
        "probes2",
        "probes3",
        "probes4",
        "probes5",
        "probes6",
        "probes7",
        "probes8",
        "probes9",
    ):
        assert split in TUNED
        names = {a.name for a in load_gold(GOLD_DIR, None, [split])}
        assert len(names) == 24, split
        batches = [b for b in facts_quality.first_sight_records() if b["split"] == split]
        seen = {name for batch in batches for name in batch["articles"]}
        assert names <= seen, f"{split}: no first-sight score for {sorted(names - seen)}"


def test_external_gold_prints_totals_only(tmp_path, capsys) -> None:
    """--external scores gold kept outside the project (its own bodies) and prints totals,
    never the misses of a held-out batch; an empty folder is a one-line error."""
    import json

    import pytest

    sys.path.insert(0, str(ROOT))
    from benchmarks import facts_quality

    batch = tmp_path / "outside"
    batch.mkdir()
    body = "Harbour vote\n\nMayor Ines Barrow said on Tuesday the wall would hold."
    facts = {"people": [{"name": "Ines Barrow"}], "places": [], "organisations": []}
    facts |= {"dates": [], "quotes": [], "figures": []}
    (batch / "a.json").write_text(
        json.dumps({"source": "web", "published": "2026-03-12", "body": body, "facts": facts}),
        encoding="utf-8",
    )
    facts_quality.print_external(batch)
    out = capsys.readouterr().out
    assert out.startswith(f"1 article in {batch}:")
    assert "people" in out and "Ines Barrow" not in out
    with pytest.raises(SystemExit, match="no gold article"):
        facts_quality.print_external(tmp_path / "empty")


def test_external_totals_are_kept_without_text(tmp_path, monkeypatch, capsys) -> None:
    """--external DIR --record MOMENT keeps the totals, the engine's commit and the sources,
    never a name or a line of the batch, and the main table lists the record."""
    import json

    sys.path.insert(0, str(ROOT))
    from benchmarks import facts_quality

    record = tmp_path / "external.json"
    monkeypatch.setattr(facts_quality, "EXTERNAL", record)
    monkeypatch.setattr(facts_quality, "ROOT", tmp_path)
    batch = tmp_path / "outside"
    batch.mkdir()
    body = "Harbour vote\n\nMayor Ines Barrow said on Tuesday the wall would hold."
    facts = {"people": [{"name": "Ines Barrow"}], "places": [], "organisations": []}
    facts |= {"dates": [], "quotes": [], "figures": []}
    article = {"source": "web", "published": "2026-03-12", "body": body, "facts": facts}
    (batch / "a.json").write_text(json.dumps(article | {"style": "wire"}), encoding="utf-8")
    facts_quality.print_external(batch, "first sight")
    kept = record.read_text(encoding="utf-8")
    assert "Ines" not in kept and "Harbour" not in kept
    (only,) = json.loads(kept)["records"]
    assert (only["folder"], only["moment"], only["sources"]) == (
        "outside",
        "first sight",
        {"wire": 1},
    )
    assert only["figures"]["people"]["true_positives"] == 1
    capsys.readouterr()
    facts_quality.print_external_records()
    line = capsys.readouterr().out.splitlines()[-1]
    assert line.startswith("outside") and "first sight" in line and "1.000" in line
