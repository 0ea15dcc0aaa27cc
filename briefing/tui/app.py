"""The reader application: themes, settings and the main screen. Deliberately thin."""

from __future__ import annotations

from textual.app import App
from textual.theme import Theme

from briefing.core.paths import Locations
from briefing.tui.config import DEFAULT_THEME, ReaderConfig, save_config
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
        gateway: LibraryGateway,
        persist: bool = True,
        read_after: float = READ_AFTER_SECONDS,
    ) -> None:
        super().__init__()
        self.locations = locations
        self.read_after = read_after
        self.config = config
        self.persist = persist
        self.gateway = gateway
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


def make_app(
    locations: Locations,
    config: ReaderConfig,
    gateway: LibraryGateway,
    *,
    persist: bool = True,
    read_after: float = READ_AFTER_SECONDS,
) -> BriefingApp:
    """The reader for `locations`, with its saved settings and our themes (see
    `briefing.tui.make_app`, which starts opening the library first)."""
    return BriefingApp(locations, config, load_themes(), gateway, persist, read_after)
