"""The GUM quote evaluation (scripts/gum_quotes.py) on an invented document in its format."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import gum_quotes  # noqa: E402


def _doc() -> dict:
    text = (
        '"We will rebuild the pier," said Mayor Ines Holt. "It will take a year."\n\n'
        'Residents called it a "long-awaited step". A witness said "the water came fast".'
    )

    def span(part: str, **extra: object) -> dict:
        start = text.index(part)
        return {"start": start, "end": start + len(part), "text": part, **extra}

    entities = [
        span("Mayor Ines Holt", type="person", named=True, entity_id=1, identity=None),
        span("A witness", type="person", named=False, entity_id=2, identity=None),
    ]
    quotes = [
        span('"We will rebuild the pier,"', kind="quote"),
        span('"It will take a year."', kind="quote"),
        span('"long-awaited step"', kind="q"),
        span('"the water came fast"', kind="quote"),
    ]
    attributions = [
        {
            "relation": "attribution-positive",
            "source": [span("Mayor Ines Holt")],
            "cue": span("said Mayor Ines Holt."),
            "content": span('"We will rebuild the pier,"'),
        },
        {
            "relation": "attribution-positive",
            "source": [span("A witness")],
            "cue": span("A witness said"),
            "content": span('"the water came fast"'),
        },
    ]
    return {
        "id": "invented",
        "split": "dev",
        "text": text,
        "entities": entities,
        "quotes": quotes,
        "attributions": attributions,
    }


def test_gold_speakers_come_from_attribution_sources_and_their_chains() -> None:
    gold, neutral = gum_quotes.gold_quotes(_doc())
    by_text = {g.text: g for g in gold}
    assert by_text['"We will rebuild the pier,"'].speaker == "Mayor Ines Holt"
    assert by_text['"the water came fast"'].speaker is None  # an unnamed witness
    assert not by_text['"It will take a year."'].linked  # no attribution: speaker unknown
    assert any(a <= _doc()["text"].index("long-awaited") < b for a, b in neutral)


def test_a_predicted_name_matches_a_gold_mention_with_its_title() -> None:
    gold, _ = gum_quotes.gold_quotes(_doc())
    pier = next(g for g in gold if "pier" in g.text)
    assert gum_quotes.right_speaker(pier, "Ines Holt", {})
    assert not gum_quotes.right_speaker(pier, "Ines Berg", {})
    assert not gum_quotes.right_speaker(pier, None, {})


def test_scoring_an_invented_document() -> None:
    score = gum_quotes.evaluate([_doc()])
    assert score.documents == 1 and score.gold == 2 and score.unlinked == 1
    assert score.attribution_precision == 1.0
