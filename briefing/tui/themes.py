"""Our own themes, kept as TOML files in the bundled `themes/` folder."""

from __future__ import annotations

import tomllib
from dataclasses import fields
from pathlib import Path

from textual.theme import Theme

from briefing.core.paths import bundled_dir

_THEME_FIELDS = {item.name for item in fields(Theme)}


def themes_dir() -> Path:
    """The folder holding our theme files."""
    return bundled_dir("themes")


def load_theme(path: Path) -> Theme:
    """A Textual theme from one TOML file (keys as in `textual.theme.Theme`)."""
    data = tomllib.loads(path.read_text("utf-8"))
    unknown = set(data) - _THEME_FIELDS
    if unknown:
        raise ValueError(f"{path.name}: unknown theme keys {sorted(unknown)}")
    data.setdefault("name", path.stem)
    return Theme(**data)


def load_themes(folder: Path | None = None) -> list[Theme]:
    """Every theme in `folder` (default: ours), sorted by name; broken files are skipped."""
    folder = folder or themes_dir()
    themes = []
    for path in sorted(folder.glob("*.toml")):
        try:
            themes.append(load_theme(path))
        except (OSError, ValueError, TypeError):
            continue
    return themes
