"""The registered library sources (folders and files), kept in the user data directory."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from briefing.core.paths import Locations, bundled_dir, ensure_private_dir


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
    def load(cls, locations: Locations) -> Sources:
        """Read the registry; a missing or unreadable one means samples only."""
        try:
            data = orjson.loads(locations.sources_file.read_bytes())
            return cls(
                paths=[str(p) for p in data.get("paths", []) if isinstance(p, str)],
                samples=bool(data.get("samples", not data.get("paths"))),
            )
        except (OSError, orjson.JSONDecodeError, AttributeError):
            return cls()

    def save(self, locations: Locations) -> None:
        """Write the registry atomically."""
        ensure_private_dir(locations.data_dir)
        target = locations.sources_file
        temp = target.with_suffix(".tmp")
        temp.write_bytes(
            orjson.dumps({"paths": self.paths, "samples": self.samples}, option=orjson.OPT_INDENT_2)
        )
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
