"""Command palette providers: every action, open article by title, go to entity, themes."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from briefing.core.kinds import KIND_NOUNS, KINDS
from briefing.core.sanitize import terminal_safe
from briefing.core.wording import counted
from briefing.tui.commands.actions import palette_actions
from briefing.tui.render.facts import fact_groups

if TYPE_CHECKING:
    from briefing.tui.screens.main import MainScreen

DISCOVERY_TITLES = 15


def _reader(provider: Provider) -> MainScreen | None:
    # Known by its keys, not its class: the main screen imports this module.
    from briefing.tui.screens.reader_keys import ReaderKeys

    screen = provider.screen
    return screen if isinstance(getattr(screen, "keys", None), ReaderKeys) else None  # type: ignore[return-value]


class ReaderCommands(Provider):
    """Every reader action, with its key."""

    def _commands(self) -> list[tuple[str, str, str]]:
        screen = _reader(self)
        if screen is None:
            return []
        result = []
        for action in palette_actions():
            if screen.check_action(action.name.split("(")[0], ()) is False:
                continue
            keys = f"  ({action.shown_keys})" if action.keys else ""
            result.append((f"{action.label}{keys}", action.help, action.name))
        return result

    async def discover(self) -> Hits:
        """All actions that can run now."""
        screen = _reader(self)
        for text, help_text, name in self._commands():
            yield DiscoveryHit(text, _runner(screen, name), help=help_text)

    async def search(self, query: str) -> Hits:
        """Actions whose name or help matches."""
        screen = _reader(self)
        matcher = self.matcher(query)
        for text, help_text, name in self._commands():
            score = max(matcher.match(text), matcher.match(help_text) * 0.8)
            if score > 0:
                yield Hit(score, matcher.highlight(text), _runner(screen, name), text, help_text)


def _runner(screen: Any, action: str):
    async def run() -> None:
        await screen.run_action(action)

    return run


class ArticleTitles(Provider):
    """ "Open article: …" by words of its title."""

    async def discover(self) -> Hits:
        """The articles in the result list."""
        screen = _reader(self)
        if screen is None:
            return
        for hit in screen.results_list().hits[:DISCOVERY_TITLES]:
            title = terminal_safe(hit.title)
            yield DiscoveryHit(
                f"Open article: {title}", _opener(screen, hit.id), text=f"Open article: {title}"
            )

    async def search(self, query: str) -> Hits:
        """Articles whose title has the words typed."""
        screen = _reader(self)
        if screen is None or not screen.ready:
            return
        matcher = self.matcher(query)
        words = query.lower().removeprefix("open").strip().removeprefix("article").strip(" :")
        found = await asyncio.to_thread(screen.gateway.titles, words)
        for article_id, title in found:
            text = f"Open article: {terminal_safe(title)}"
            score = max(matcher.match(text), 0.5)
            yield Hit(score, matcher.highlight(text), _opener(screen, article_id), text)


def _opener(screen: Any, article_id: str):
    def run() -> None:
        screen.open_article(article_id)

    return run


class Entities(Provider):
    """ "Go to entity: …": the open article's people, places and organisations at first,
    then any entity of the library whose name starts with what was typed."""

    def _entities(self) -> list[tuple[str, str, str]]:
        screen = _reader(self)
        if screen is None or screen.article is None:
            return []
        entries = []
        for group in fact_groups(screen.article.facts):
            kind = KINDS.get(group.kind)
            if kind:
                entries.extend(
                    (f"Go to entity: {item.name}", item.name, kind) for item in group.items
                )
        return entries

    async def discover(self) -> Hits:
        """The open article's entities."""
        screen = _reader(self)
        for text, name, kind in self._entities():
            yield DiscoveryHit(text, _entity_opener(screen, name, kind), text=text)

    async def search(self, query: str) -> Hits:
        """Entities of the open article matching what was typed, then the library's
        entities whose name starts with it (a prefix search over the catalog)."""
        screen = _reader(self)
        matcher = self.matcher(query)
        offered = set()
        for text, name, kind in self._entities():
            score = matcher.match(text)
            if score > 0:
                offered.add((name.casefold(), kind))
                yield Hit(score, matcher.highlight(text), _entity_opener(screen, name, kind), text)
        prefix = entity_prefix(query)
        if screen is None or not screen.ready or len(prefix) < 2:
            return
        found = await asyncio.to_thread(screen.gateway.entity_names, prefix)
        for name, kind, articles in found:
            if (name.casefold(), kind) in offered:
                continue
            text = f"Go to entity: {terminal_safe(name)}"
            noun = KIND_NOUNS.get(kind, kind)
            help_text = f"{noun} · {counted(articles, 'article')}"
            score = max(matcher.match(text), 0.5)
            opener = _entity_opener(screen, name, kind)
            yield Hit(score, matcher.highlight(text), opener, text, help_text)


def entity_prefix(query: str) -> str:
    """The name typed in the palette, without a leading "go to entity:" (or part of it)."""
    text = query.strip()
    lowered = text.casefold()
    for lead in ("go to entity:", "go to entity", "entity:"):
        if lowered.startswith(lead):
            return text[len(lead) :].strip()
    return text


def _entity_opener(screen: Any, name: str, kind: str):
    def run() -> None:
        screen.keys.show_entity(name, kind)

    return run


class ThemeChoices(Provider):
    """ "Switch theme: …" for every registered theme (ours first)."""

    def _themes(self) -> list[str]:
        names = sorted(self.app.available_themes)
        return sorted(names, key=lambda name: (not name.startswith("briefing-"), name))

    async def discover(self) -> Hits:
        """Every theme."""
        for name in self._themes():
            yield DiscoveryHit(f"Switch theme: {name}", _theme_setter(self.app, name))

    async def search(self, query: str) -> Hits:
        """Themes matching what was typed."""
        matcher = self.matcher(query)
        for name in self._themes():
            text = f"Switch theme: {name}"
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), _theme_setter(self.app, name), text)


def _theme_setter(app: Any, name: str):
    def run() -> None:
        app.theme = name

    return run
