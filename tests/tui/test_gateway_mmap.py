"""The reader reads the index files as needed: no memory-mapped segments held resident."""

from __future__ import annotations

from briefing.core.paths import Locations
from briefing.library import Library
from briefing.tui.gateway import LibraryGateway


def test_the_reader_opens_the_library_without_memory_maps(tmp_path, monkeypatch):
    seen: dict = {}

    class Opened:
        generation = None

        def count(self) -> int:
            return 0

    def fake_open(locations, **options):
        seen.update(options)
        return Opened()

    monkeypatch.setattr(Library, "open", staticmethod(fake_open))
    gateway = LibraryGateway(Locations.resolve(tmp_path / "home"))
    assert gateway.open() == 0
    assert seen["mmap"] is False
