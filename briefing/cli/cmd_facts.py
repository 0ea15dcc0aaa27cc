"""`briefing facts`: the key facts of any article file (indexed or not) or indexed id."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.cli.context import open_library
from briefing.cli.output import emit_json, notice
from briefing.core.errors import BriefingError
from briefing.core.sanitize import terminal_safe

if TYPE_CHECKING:
    from briefing.core.model import Article


def register(subparsers, common: argparse.ArgumentParser) -> None:
    """Add the `facts` command."""
    parser = subparsers.add_parser(
        "facts",
        parents=[common],
        help="key facts of an article: people, places, organisations, dates, quotes, figures",
        description="Print the key facts of PATH (any article file, indexed or not) or of an "
        "indexed article ID. Dates without a year are resolved against the article's own "
        "publication date (never the file's modification time).",
    )
    parser.add_argument("article", metavar="PATH_OR_ID")
    parser.add_argument("--json", action="store_true", help="print the facts as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing facts`."""
    article = _article(args.article, home)
    facts = article.facts
    if facts is None:
        from briefing.facts import extract_facts  # imported here: it loads the gazetteer

        facts = extract_facts(article.body, article.published).to_json()
    if args.json:
        emit_json(facts)
        return 0
    print(terminal_safe(article.title))
    for heading, key in (
        ("People", "people"),
        ("Places", "places"),
        ("Organisations", "organisations"),
        ("Dates", "dates"),
        ("Quotes", "quotes"),
        ("Figures", "figures"),
    ):
        items = facts.get(key) or []
        if not items:
            continue
        print(f"\n{heading}")
        for item in items:
            print("  " + terminal_safe(_line(key, item)))
    return 0


def _article(target: str, home: str | None) -> Article:
    from briefing.ingest import IngestError, read_file

    path = Path(target).expanduser()
    if path.is_file():
        try:
            entries = [entry for entry in read_file(path) if entry.article is not None]
        except IngestError as error:
            raise BriefingError(f"{target}: {error}") from None
        if not entries:
            raise BriefingError(f"{target}: no readable article in the file")
        if len(entries) > 1:
            notice(
                f"{target} holds {len(entries)} articles; showing the first (give an id for another)"
            )
        return entries[0].article
    with open_library(home) as library:
        article = library.resolve(target)
    if article is None:
        raise BriefingError(f"{target}: {_not_found(path)}")
    return article


def _not_found(path: Path) -> str:
    """Why `path` is neither an article file nor an id: it may exist, but not as a file."""
    try:
        if path.is_dir():
            return "a folder, not an article file"
        if path.exists():
            return "not a regular file (FIFO, device or socket)"
    except (OSError, ValueError):
        pass
    return "no such file or article id"


def _line(key: str, item: dict) -> str:
    if key == "people":
        return item["name"] + (f" ({item['role']})" if item.get("role") else "")
    if key == "places":
        return item["name"] + (f" ({item['kind']})" if item.get("kind") else "")
    if key == "organisations":
        return item["name"]
    if key == "dates":
        span = item["start"] if item["start"] == item["end"] else f"{item['start']}/{item['end']}"
        return f"{item['text']}: {span}"
    if key == "quotes":
        return f"{item.get('speaker') or 'unattributed'}: “{item['text']}”"
    return item["text"]
