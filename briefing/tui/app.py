"""The reader application: themes, settings and the main screen. Deliberately thin."""

from __future__ import annotations

from textual.app import App
from textual.theme import Theme

from briefing.core.paths import Locations
from briefing.tui.config import DEFAULT_THEME, SETTING, ReaderConfig
from briefing.tui.gateway import LibraryGateway
from briefing.tui.screens.main import MainScreen
from briefing.tui.themes import load_themes
from briefing.tui.user_store import READ_AFTER_SECONDS, UserStore


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
        self.store = UserStore(locations)
        for theme in themes:
            self.register_theme(theme)
        self.theme = config.theme if config.theme in self.available_themes else DEFAULT_THEME

    def on_mount(self) -> None:
        """Remember theme changes; show the reader."""
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.reader = MainScreen(
            self.gateway, self.config, self.save_state, read_after=self.read_after, store=self.store
        )
        self.push_screen(self.reader)

    def on_app_focus(self) -> None:
        """Back in the terminal: the library may have been re-indexed meanwhile."""
        reader = getattr(self, "reader", None)
        if reader is not None and reader.is_mounted:
            reader.check_library()

    def _theme_changed(self, theme: Theme) -> None:
        if self.config.theme != theme.name:
            self.config.theme = theme.name
            self.save_state()

    def save_state(self) -> None:
        """Save the settings in the user's data (unless this run must not persist anything)."""
        if self.persist:
            from briefing.userdata import UserDataError

            try:
                self.store.save_setting(SETTING, self.config.to_json())
            except (OSError, UserDataError) as error:
                self.notify(f"Could not save settings: {error}", severity="warning")

    async def action_quit(self) -> None:
        """Quit (ctrl+q, the palette's Quit, q in the reader), asking first when an open
        editor holds unsaved changes: quitting must not drop a draft without a word."""
        from briefing.tui.screens.modal import Dialog

        drafts = [
            screen
            for screen in self.screen_stack
            if isinstance(screen, Dialog) and screen.has_unsaved_changes()
        ]
        if not drafts:
            self.save_state()
            self.exit()
            return

        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self.save_state()
                self.exit()

        from briefing.tui.screens.modal import DiscardScreen

        question = "Quit and discard your unsaved changes?"
        if not isinstance(self.screen, DiscardScreen):
            self.push_screen(DiscardScreen(question, yes="Quit"), answered)

    def push_screen(self, screen, callback=None, wait_for_dismiss=False, **options):  # noqa: ANN001, ANN201
        """Textual's, except once the app is closing: a key typed right after q (`e`, `n`,
        `t`, `B`...) mounted its screen without its widgets as the app closed, and the
        reader ended on a traceback. Then nothing opens (a wait gets None, a cancel)."""
        if not self._exit:
            return super().push_screen(screen, callback, wait_for_dismiss, **options)
        if wait_for_dismiss:
            import asyncio

            future = asyncio.get_running_loop().create_future()
            future.set_result(None)
            return future
        from textual.await_complete import AwaitComplete

        return AwaitComplete.nothing()

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
