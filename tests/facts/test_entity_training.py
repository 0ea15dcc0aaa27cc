"""The entity-type trainer (scripts/train_entity_model.py) on invented examples: averaged
weights that separate the labels, features seen once left out, the same bytes every run."""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import train_entity_model as trainer  # noqa: E402

DATA = [
    (["bias", "n1:said", "given:first"], "person"),
    (["bias", "n1:said", "given:first", "once:only"], "person"),
    (["bias", "head:org", "said:it"], "org"),
    (["bias", "head:org", "said:it"], "org"),
    (["bias", "p1:in", "gaz:city"], "place"),
    (["bias", "p1:in", "gaz:city"], "place"),
    (["bias", "cw:all"], "none"),
    (["bias", "cw:all"], "none"),
]


def _best(weights: dict[str, list[float]], features: list[str]) -> str:
    totals = [sum(weights.get(f, [0.0] * 4)[i] for f in features) for i in range(4)]
    return trainer.LABELS[totals.index(max(totals))]


def test_averaged_weights_separate_the_labels_and_skip_rare_features() -> None:
    weights = trainer.train(DATA)
    assert "once:only" not in weights  # seen once: below MIN_COUNT
    assert _best(weights, ["bias", "given:first"]) == "person"
    assert _best(weights, ["bias", "head:org"]) == "org"
    assert _best(weights, ["bias", "gaz:city"]) == "place"
    assert _best(weights, ["bias", "cw:all"]) == "none"


def test_the_written_model_is_the_same_bytes_every_run_and_readable() -> None:
    first = trainer.serialise(trainer.train(DATA))
    assert first == trainer.serialise(trainer.train(list(DATA)))
    lines = zlib.decompress(first, 31).decode("utf-8").splitlines()
    assert lines[0] == "#labels\t" + "\t".join(trainer.LABELS)
    assert all(len(line.split("\t")[1].split(" ")) == 4 for line in lines[1:])
