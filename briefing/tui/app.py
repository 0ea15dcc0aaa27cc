"""The reader application: themes, settings and the main screen. Deliberately thin."""

from __future__ import annotations

import threading

from textual.app import App
from textual.theme import Theme

from briefing.locations import Locations
from briefing.tui.config import DEFAULT_THEME, ReaderConfig, load_config, save_config
from briefing.tui.gateway import LibraryGateway
from briefing.tui.screens.main import MainScreen
from briefing.tui.themes import load_themes
from briefing.tui.user_store import READ_AFTER_SECONDS


class BriefingApp(App[None]):
    """briefing's terminal reader."""

    TITLE = "briefing"
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        locations: Locations,
        config: ReaderConfig,
        themes: list[Theme],
        persist: bool = True,
        read_after: float = READ_AFTER_SECONDS,
    ) -> None:
        super().__init__()
        self.locations = locations
        self.read_after = read_after
        self.config = config
        self.persist = persist
        self.gateway = LibraryGateway(locations)
        for theme in themes:
            self.register_theme(theme)
        self.theme = config.theme if config.theme in self.available_themes else DEFAULT_THEME

    def on_mount(self) -> None:
        """Remember theme changes; show the reader."""
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.push_screen(
            MainScreen(self.gateway, self.config, self.save_state, read_after=self.read_after)
        )

    def _theme_changed(self, theme: Theme) -> None:
        if self.config.theme != theme.name:
            self.config.theme = theme.name
            self.save_state()

    def save_state(self) -> None:
        """Write the settings (unless this run must not persist anything)."""
        if self.persist:
            try:
                save_config(self.locations.config_file, self.config)
            except OSError as error:
                self.notify(f"Could not save settings: {error}", severity="warning")

    def on_unmount(self) -> None:
        """Release the library."""
        self.gateway.close()


def _open_early(gateway: LibraryGateway) -> None:
    """Import the index (Whoosh) and open a built library while Textual starts."""
    import briefing.index.query  # noqa: F401
    import briefing.index.snippets  # noqa: F401

    try:
        gateway.open_if_built()
    except Exception:  # the reader's own open reports any problem, with its progress
        pass


def make_app(
    locations: Locations, *, persist: bool = True, read_after: float = READ_AFTER_SECONDS
) -> BriefingApp:
    """The reader for `locations`, with its saved settings and our themes (CLI and tests).

    `read_after`: seconds an article must be open to count as read (tests shorten it).
    """
    app = BriefingApp(
        locations, load_config(locations.config_file), load_themes(), persist, read_after
    )
    threading.Thread(target=_open_early, args=(app.gateway,), name="open", daemon=True).start()
    return app
