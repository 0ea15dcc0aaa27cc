"""The registered library sources (folders and files), kept in the user's database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.core.paths import Locations, bundled_dir
from briefing.userdata.database import Database, briefly


@dataclass
class Sources:
    """The user's registered sources and whether the bundled samples are in the library."""

    paths: list[str] = field(default_factory=list)
    samples: bool = True

    def roots(self) -> list[Path]:
        """The folders and files to scan: the user's, plus the samples when they are on."""
        roots = [Path(path) for path in self.paths]
        if self.samples or not self.paths:
            roots.append(bundled_dir("sample_data"))
        return roots

    @classmethod
    def load(cls, locations: Locations, notify: Callable[[str], None] | None = None) -> Sources:
        """Read the registry (none saved yet means samples only).

        A damaged database is repaired from a backup first (and `notify` told, or the next
        open that can tell the user); a registry that cannot be read raises UserDataError
        rather than passing for "no sources", which would swap the user's library for the
        samples.
        """
        with briefly(locations.data_dir, notify) as database:
            paths, samples = registered(database)
        return cls(paths=paths, samples=samples if samples is not None else not paths)

    def save(self, locations: Locations, notify: Callable[[str], None] | None = None) -> None:
        """Save the registry (durably, before this returns)."""
        with briefly(locations.data_dir, notify, maintain=True) as database:
            register(database, list(self.paths), self.samples)


def registered(database: Database) -> tuple[list[str], bool | None]:
    """The registered source paths, and the samples flag (None: never set)."""

    def read(db) -> tuple[list[str], bool | None]:
        paths = [path for (path,) in db.execute("SELECT path FROM sources ORDER BY position")]
        row = db.execute("SELECT value FROM settings WHERE name = 'samples'").fetchone()
        samples = {"true": True, "false": False}.get(row[0]) if row else None
        return [path for path in paths if isinstance(path, str) and path], samples

    return database.read(read)


def register(database: Database, paths: list[str], samples: bool | None) -> None:
    """Make `paths` the registered sources, with the samples flag."""
    from briefing.core.files import repair_text
    from briefing.userdata.document import write_sources

    cleaned = [repair_text(path) for path in paths]
    database.write(lambda db: (write_sources(db, cleaned, samples), True))
