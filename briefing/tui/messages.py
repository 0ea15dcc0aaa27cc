"""Messages widgets post up to the screen, which decides what happens."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from briefing.tui.render.facts import FactItem


@dataclass
class ArticleHighlighted(Message):
    """The cursor in a list moved onto an article: show it."""

    article_id: str


@dataclass
class ArticleChosen(Message):
    """The user chose an article to read (enter in a list)."""

    article_id: str


@dataclass
class FactChosen(Message):
    """The user chose a fact: show its evidence."""

    fact: FactItem


@dataclass
class MoreResultsWanted(Message):
    """The cursor is near the end of the loaded results."""
