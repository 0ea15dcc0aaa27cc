"""Messages widgets post up to the screen, which decides what happens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
    """The cursor is near the end of the loaded results (or `G` wants all of them)."""

    to_end: bool = False


@dataclass
class ArticleRead(Message):
    """The open article has been read (open long enough, or scrolled to its end)."""

    article_id: str


@dataclass
class LibraryOpened(Message):
    """The library is open: its article count, and whether the samples are a source."""

    count: int
    samples: bool


@dataclass
class LibraryFailed(Message):
    """The library could not be opened: what to show instead of an article (why, in one
    line, never "the library is empty")."""

    text: str


@dataclass
class LibraryIndexed(Message):
    """An indexing run ended (`quiet`: the look for changed files at start-up)."""

    report: Any
    count: int
    quiet: bool


@dataclass
class LibraryCounted(Message):
    """A look at the library (it may have been re-indexed by another process)."""

    count: int
