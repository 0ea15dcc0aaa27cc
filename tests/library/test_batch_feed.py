"""The segment workers get batches a few ahead of the indexer, never the whole run."""

from __future__ import annotations

from briefing.library import workers
from briefing.library.workers import BatchFeed


def test_batches_go_out_a_window_ahead_then_one_end_per_worker():
    sent: list = []
    batches = [[f"file{n}"] for n in range(30)]
    feed = BatchFeed(batches, 2, sent.append)
    window = 2 * workers._AHEAD
    assert [item[0] for item in sent] == list(range(window))
    taken = 0
    while taken < len(batches):
        taken += 1
        feed.taken()
        handed = [item for item in sent if item is not None]
        assert len(handed) - taken <= window
    assert [item[0] for item in sent if item is not None] == list(range(30))
    assert sent[-2:] == [None, None] and sent.count(None) == 2
    feed.taken()  # a late call hands out nothing more
    assert sent.count(None) == 2


def test_a_short_run_ends_the_workers_at_once():
    sent: list = []
    BatchFeed([["a"], ["b"]], 3, sent.append)
    assert sent == [(0, ["a"]), (1, ["b"]), None, None, None]
