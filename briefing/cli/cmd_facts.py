"""`briefing facts`: the key facts of any article file (indexed or not) or indexed id."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.cli.context import open_library
from briefing.cli.missing import why_missing
from briefing.cli.output import emit_json
from briefing.cli.store import several, tell
from briefing.core.errors import BriefingError
from briefing.core.kinds import FACT_GROUPS
from briefing.core.sanitize import terminal_safe

if TYPE_CHECKING:
    from briefing.core.facts import DateFact, Figure, Organisation, Person, Place, Quote
    from briefing.core.model import Article


NAME = "facts"
HELP = "key facts of an article: people, places, organisations, dates, quotes, figures"
DESCRIPTION = (
    "Print the key facts of PATH (any article file, indexed or not) or of an "
    "indexed article ID. Dates without a year are resolved against the article's own "
    "publication date (never the file's modification time)."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("article", metavar="PATH_OR_ID")
    parser.add_argument("--json", action="store_true", help="print the facts as JSON")


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing facts`."""
    from briefing.library.reading import key_facts

    article = _article(args.article, home)
    facts = key_facts(article)
    if args.json:
        emit_json(facts.to_json())
        return 0
    print(terminal_safe(article.title))
    for key, heading in FACT_GROUPS:
        items = getattr(facts, key)
        if not items:
            continue
        print(f"\n{heading}")
        for item in items:
            print("  " + terminal_safe(_line(item)))
    return 0


def _article(target: str, home: str | None) -> Article:
    from briefing.library.locating import split_label
    from briefing.library.reading import read_articles

    path, wanted = split_label(target) or (Path(target).expanduser(), None)
    if path.is_file():
        try:
            articles = read_articles(path)
        except BriefingError as error:
            raise BriefingError(f"{target}: {error}") from None
        if wanted is not None:
            found = next((article for label, article in articles if label == wanted), None)
            if found is None:
                raise BriefingError(f"{target}: {why_missing(target)}")
            return found
        if not articles:
            raise BriefingError(f"{target}: no readable article in the file")
        if len(articles) > 1:
            tell(several(target, len(articles), articles[1][0]))
        return articles[0][1]
    with open_library(home) as library:
        article = library.resolve(target)
    if article is None:
        raise BriefingError(f"{target}: {why_missing(target, 'no such file or article id')}")
    return article


def _line(item: Person | Place | Organisation | DateFact | Quote | Figure) -> str:
    from briefing.core.facts import DateFact, Organisation, Person, Place, Quote

    if isinstance(item, Person):
        return item.name + (f" ({item.role})" if item.role else "")
    if isinstance(item, Place):
        return item.name + (f" ({item.kind})" if item.kind else "")
    if isinstance(item, Organisation):
        return item.name
    if isinstance(item, DateFact):
        span = item.start if item.start == item.end else f"{item.start}/{item.end}"
        return f"{item.text}: {span}"
    if isinstance(item, Quote):
        return f"{item.speaker or 'unattributed'}: “{item.text}”"
    return item.text
