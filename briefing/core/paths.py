"""The one place that knows where briefing keeps its files.

Everything the user owns (registered sources, bookmarks, notes, tags, config and the
identity memory that keeps article ids stable) lives in the user data directory. The
search index is derived data that can always be rebuilt from the sources, so it lives in
the user cache directory, where backup tools and disk cleaners expect caches to be.

`--home DIR` or `BRIEFING_HOME` puts all of it under DIR (`DIR/data`, `DIR/cache`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "briefing"
HOME_ENV = "BRIEFING_HOME"


@dataclass(frozen=True)
class Locations:
    """Resolved directories for one run of briefing."""

    data_dir: Path
    cache_dir: Path
    documents_dir: Path

    @classmethod
    def resolve(cls, home: str | os.PathLike[str] | None = None) -> Locations:
        """Directories for `home` (or $BRIEFING_HOME), else the platform's user directories."""
        home = home if home is not None else os.environ.get(HOME_ENV) or None
        if home is not None:
            root = Path(home).expanduser().resolve()
            return cls(root / "data", root / "cache", root / "documents")
        import platformdirs

        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_documents_dir()),
        )

    @property
    def index_dir(self) -> Path:
        """Folder holding the search index generations (private: Whoosh's TOC is a pickle)."""
        return self.cache_dir / "index"

    @property
    def sources_file(self) -> Path:
        """The registered library sources."""
        return self.data_dir / "sources.json"

    @property
    def identity_db(self) -> Path:
        """Memory of article ids, so ids survive rebuilds, edits and moves."""
        return self.data_dir / "identity.sqlite"

    @property
    def store_dir(self) -> Path:
        """Bookmarks, notes, tags and read state."""
        return self.data_dir / "store"

    @property
    def config_file(self) -> Path:
        """Reader settings: theme, last query, open article, pane sizes."""
        return self.data_dir / "config.json"

    def ensure(self) -> None:
        """Create the directories, the private ones with mode 0700."""
        ensure_private_dir(self.data_dir)
        ensure_private_dir(self.cache_dir)
        ensure_private_dir(self.index_dir)


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) and make it readable and writable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    return path


def bundled_dir(name: str) -> Path:
    """A top-level folder shipped with the package (`sample_data`, `themes`).

    In a wheel they are force-included inside the package; in a checkout they sit beside it.
    """
    package = Path(__file__).resolve().parents[1]
    inside = package / "_bundled" / name
    if inside.is_dir():
        return inside
    return package.parent / name
