"""Reading a file that is not (or not yet) in the library: its articles and key facts,
as indexing would make them (for `briefing facts PATH`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefing.core.facts import Facts
from briefing.core.model import Article

if TYPE_CHECKING:
    from briefing.ingest.reader import Entry


def read_articles(path: Path) -> list[tuple[str, Article]]:
    """The readable articles of the file `path` with their entries' labels ("" for a
    whole file, ":3" for line 3 of JSON Lines; entries that cannot be read left out);
    raises BriefingError (the one-line reason, an `IngestError`) when the file cannot be
    read at all."""
    from briefing.ingest import read_file

    entries = read_file(path)
    return [(entry.label, entry.article) for entry in entries if entry.article is not None]


def _entries_or_reason(path: Path) -> list[Entry] | str:
    """The entries of the file `path`, or the one-line reason it cannot be read at all."""
    from briefing.core.errors import BriefingError
    from briefing.ingest import read_file

    try:
        return read_file(path)
    except BriefingError as error:
        return str(error)
    except OSError as error:
        return error.strerror or str(error)


def why_unreadable(path: Path) -> str | None:
    """Why indexing leaves the file `path` out (the one-line reason), or None when it holds
    a readable article."""
    entries = _entries_or_reason(path)
    if isinstance(entries, str):
        return entries
    if any(entry.article is not None for entry in entries):
        return None
    return next(
        (entry.error for entry in entries if entry.error), "no readable article in the file"
    )


def key_facts(article: Article) -> Facts:
    """The article's key facts: those indexed with it, else extracted now."""
    if article.facts is not None:
        return article.facts
    from briefing.facts import extract_facts  # imported here: it loads the gazetteer

    return extract_facts(article.body, article.published)


def why_entry_unreadable(path: Path, label: str) -> str | None:
    """Why entry `label` of the file `path` is left out (its one-line reason; "no entry
    :7" when the file has none such), or None when it is a readable article."""
    entries = _entries_or_reason(path)
    if isinstance(entries, str):
        return entries
    entry = next((entry for entry in entries if entry.label == label), None)
    if entry is None:
        return f"the file has no entry {label}"
    return entry.error
