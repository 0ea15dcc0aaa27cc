"""MinHash sketches and near-duplicate similarity."""

from __future__ import annotations

from benchmarks.rewrites import rewrite
from briefing.catalog.grouping import (
    SKETCH_SIZE,
    THRESHOLD,
    components,
    pack,
    similarity,
    sketch,
    unpack,
)
from tests.related.helpers import DROUGHT, LAUNCH, STRIKE, STRIKE_COPY


def test_identical_text_is_similarity_one_and_sketch_is_bounded():
    first = sketch(STRIKE)
    assert 0 < len(first) <= SKETCH_SIZE
    assert first == sorted(first)
    assert similarity(first, sketch(STRIKE)) == 1.0


def test_light_edit_stays_above_threshold_and_other_stories_fall_below():
    original = sketch(STRIKE)
    assert similarity(original, sketch(STRIKE_COPY)) >= THRESHOLD
    assert similarity(original, sketch(DROUGHT)) < 0.1
    assert similarity(original, sketch(LAUNCH)) < 0.1


def test_rewrite_with_furniture_and_new_title_stays_a_near_duplicate():
    copy = rewrite("Antwerp dockers vote to strike", STRIKE, None, seed=3)
    assert copy != STRIKE
    assert similarity(sketch(STRIKE), sketch(copy)) >= THRESHOLD


def test_short_and_empty_text_have_no_sketch():
    assert sketch("") == []
    assert sketch("Too short to judge.") == []
    assert similarity([], sketch(STRIKE)) == 0.0


def test_sketch_is_the_same_in_every_process():
    # Stored sketches are compared across runs: no per-process hash seeds.
    import subprocess
    import sys

    code = (
        "from briefing.catalog.grouping import sketch; import sys; print(sketch(sys.argv[1])[:5])"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, STRIKE], capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    }
    assert outputs == {f"{sketch(STRIKE)[:5]}\n"}


def test_pack_round_trip_and_components():
    values = sketch(DROUGHT)
    assert unpack(pack(values)) == values
    assert unpack(None) == []
    groups = components([("a", "b"), ("b", "c")], ["a", "b", "c", "d"])
    assert sorted(sorted(group) for group in groups) == [["a", "b", "c"], ["d"]]
