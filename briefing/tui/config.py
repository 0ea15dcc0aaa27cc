"""Reader settings remembered across runs: theme, last query, open article, pane sizes."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from briefing.core.paths import ensure_private_dir

DEFAULT_THEME = "briefing-dark"
SORTS = ("relevance", "newest", "oldest")


@dataclass
class PaneSizes:
    """Widths, in columns, of the side panes (the article takes the rest)."""

    results: int = 36
    facts: int = 34

    def clamped(self) -> PaneSizes:
        """Sizes kept within what stays readable."""
        return PaneSizes(max(24, min(80, self.results)), max(24, min(80, self.facts)))


@dataclass
class ReaderConfig:
    """What the reader restores on the next launch."""

    theme: str = DEFAULT_THEME
    query: str = ""
    sort: str = "relevance"
    article_id: str | None = None
    panes: PaneSizes = field(default_factory=PaneSizes)
    show_furniture: bool = False

    def to_json(self) -> dict[str, Any]:
        """The settings as JSON-ready data."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReaderConfig:
        """Settings from JSON data; unknown keys are ignored, bad values fall back."""
        config = cls()
        known = {item.name for item in fields(cls)}
        for key, value in data.items():
            if key not in known:
                continue
            if key == "panes" and isinstance(value, dict):
                try:
                    config.panes = PaneSizes(
                        int(value.get("results", 36)), int(value.get("facts", 34))
                    ).clamped()
                except (TypeError, ValueError):
                    pass
            elif key in ("theme", "query") and isinstance(value, str):
                setattr(config, key, value)
            elif key == "sort" and value in SORTS:
                config.sort = value
            elif key == "article_id" and (value is None or isinstance(value, str)):
                config.article_id = value
            elif key == "show_furniture" and isinstance(value, bool):
                config.show_furniture = value
        return config


def load_config(path: Path) -> ReaderConfig:
    """The saved settings, or the defaults when there are none or they cannot be read."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return ReaderConfig()
    return ReaderConfig.from_json(data) if isinstance(data, dict) else ReaderConfig()


def save_config(path: Path, config: ReaderConfig) -> None:
    """Write the settings atomically (a temporary file renamed over the old one)."""
    ensure_private_dir(path.parent)
    payload = json.dumps(config.to_json(), indent=2, sort_keys=True) + "\n"
    handle, temporary = tempfile.mkstemp(prefix=".config-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
