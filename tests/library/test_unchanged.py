"""Library.unchanged: the quick look the reader takes before refreshing in the background."""

from __future__ import annotations

import os

from tests.library.helpers import article_text, open_library


def test_unchanged_sees_new_changed_and_vanished_files(tmp_path, isolated_home):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    first = folder / "sub" / "a.txt"
    first.write_text(article_text("Pilots strike", "Pilots stopped work at dawn."))
    with open_library(isolated_home, refresh=False) as library:
        library.index([folder])
        assert library.unchanged()

        second = folder / "b.txt"
        second.write_text(article_text("Ferry delayed", "The ferry sailed late."))
        assert not library.unchanged(), "a new file"
        library.refresh()
        assert library.unchanged()

        stat = first.stat()
        first.write_text(article_text("Pilots strike", "Pilots stopped work at noon."))
        os.utime(first, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        assert not library.unchanged(), "a file changed in place"
        library.refresh()
        assert library.unchanged()

        second.unlink()
        assert not library.unchanged(), "a vanished file"
