"""Reader settings remembered across runs: theme, last query, open article, pane sizes.

Saved in the user's database (`briefing.userdata`) as one JSON value; every value is
checked when read back, so a hand-edited or old setting can only fall back to the default.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from briefing.core.paths import Locations

DEFAULT_THEME = "briefing-dark"
SETTING = "reader"  # the name the settings are saved under in the user's database
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


def load_config(locations: Locations) -> ReaderConfig:
    """The saved settings, or the defaults when there are none or they cannot be read.

    Read from the user's database before the reader's first frame, so without its full
    check (the reader's own open, in a worker, makes it): straight from the file when it is
    in order (`briefing.userdata.glance`), else through the full open. A damaged or locked
    database must not stop the reader: it then starts with its defaults, and says why once
    the user's data opens.
    """
    from briefing.userdata.glance import UNREAD, setting

    saved = setting(locations.data_dir, SETTING)
    if saved is UNREAD:  # first launch, damage, another version: the full open says
        from briefing.userdata import UserDataError, open_briefly

        try:
            with open_briefly(locations, check=False) as data:
                saved = data.setting(SETTING)
        except UserDataError:
            return ReaderConfig()
    return ReaderConfig.from_json(saved) if isinstance(saved, dict) else ReaderConfig()
