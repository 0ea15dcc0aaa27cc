"""The segment workers of a large indexing run, as the indexer sees them: batches handed
out a few ahead (`BatchFeed`), and once every batch is parsed, their segments finished and
handed over (`SegmentWorkers`). What a worker does is `jobs.segment_worker`."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from briefing.core.errors import BriefingError

# Batches handed to each segment worker ahead of those the indexer has taken back.
_AHEAD = 4


class SegmentWorkers:
    """The segment workers of a run, once every batch is parsed: they wait for the
    same-story group of each document they wrote (`finish`), then hand their segments
    over; `stop` ends them whatever state they are in."""

    def __init__(self, processes: list, jobs, stories: list, results) -> None:
        self.processes, self.jobs, self.stories, self.results = processes, jobs, stories, results

    def check(self) -> None:
        """Raise if a worker died without a word."""
        if any(not process.is_alive() for process in self.processes):
            raise BriefingError("an indexing worker stopped unexpectedly")

    def finish(
        self, labels: list[dict[int, str]], documents: list[list[tuple[dict, bytes]]]
    ) -> dict[int, Any]:
        """Send each worker the group labels of its kept documents ({docnum: label}) and
        the documents it is to add (each with its postings pickled); return {worker:
        segment or None} once all have finished their segments."""
        import queue

        for number, stories in enumerate(self.stories):
            stories.put((labels[number], documents[number]))
        finished: dict[int, Any] = {}
        try:
            while len(finished) < len(self.processes):
                try:
                    kind, number, *rest = self.results.get(timeout=1.0)
                except queue.Empty:
                    pending = [p for n, p in enumerate(self.processes) if n not in finished]
                    if any(not process.is_alive() for process in pending):
                        raise BriefingError("an indexing worker stopped unexpectedly") from None
                    continue
                if kind == "error":
                    raise BriefingError(f"an indexing worker failed ({rest[0]})")
                finished[number] = rest[0]
        finally:
            self.stop(len(finished) == len(self.processes))
        return finished

    def stop(self, finished: bool = False) -> None:
        """End the workers (waited for when they have finished) and close the queues."""
        for process in self.processes:
            if process.is_alive() and process.pid not in (None, os.getpid()):
                process.join(timeout=5 if finished else 0)
            if process.is_alive():
                process.terminate()
                process.join()
        # Jobs still queued (the run stopped early) have nobody left to read them: drop
        # them, or the queue's feeder thread holds the process at exit forever.
        for queue in (self.jobs, *self.stories):
            queue.cancel_join_thread()
            queue.close()
        self.results.close()
        self.processes = []


class BatchFeed:
    """Hands batches to the segment workers a few per worker ahead of those the indexer
    has taken back, one more as each is taken, then one `None` per worker.

    When the indexer is the slower side (storing, linking), parsed articles wait in this
    bounded window instead of piling up in the workers' queue buffers (before, every
    batch was queued at once, and whatever the workers had parsed beyond the indexer's
    reach stayed in their memory).
    """

    def __init__(self, batches: list, workers: int, put: Callable[[Any], None]) -> None:
        self.batches, self.workers, self.put = batches, workers, put
        self.handed = 0
        self._hand_out(workers * _AHEAD)

    def taken(self) -> None:
        """The indexer took one batch back: hand out the next."""
        self._hand_out(1)

    def _hand_out(self, number: int) -> None:
        end = min(len(self.batches), self.handed + number)
        for batch_number in range(self.handed, end):
            self.put((batch_number, self.batches[batch_number]))
        if self.handed < end == len(self.batches) or not self.batches:
            for _ in range(self.workers):
                self.put(None)
        self.handed = end
