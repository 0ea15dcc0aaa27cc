"""The library: the one facade the CLI and the reader use, and the indexing pipeline.

`Library` (in `facade`) is imported on first use: the reader imports `peek` and `queries`
before its first frame, and they must not pull in the search engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.library.facade import Library

__all__ = ["Library"]


def __getattr__(name: str):
    if name == "Library":
        from briefing.library.facade import Library

        return Library
    raise AttributeError(name)
