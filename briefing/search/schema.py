"""The Whoosh schema: the one place that defines what is searchable, and how an article
becomes an index document (its fields pre-analysed by the fast path of `analysis`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC
from functools import lru_cache
from typing import Any

from whoosh import fields, formats

from briefing.core.facts import Facts, Organisation, Person, Place
from briefing.core.kinds import KINDS
from briefing.core.model import Article
from briefing.search.analysis import name_analyzer, name_terms, text_analyzer, text_terms


class Preanalyzed(list):
    """Postings of one field computed ahead of time: (term bytes, freq, weight, value bytes).

    Analysing text is most of Whoosh's indexing cost; the parse workers do it in
    parallel and the single writer process only adds the postings.
    """


class PreanalyzedText(fields.TEXT):
    """A TEXT field that also accepts `Preanalyzed` postings instead of text."""

    def index(self, value, **kwargs):
        """Postings for `value`: taken as they are when already analysed."""
        if isinstance(value, Preanalyzed):
            return iter(value)
        return super().index(value, **kwargs)


def preanalyze(fieldname: str, text: str) -> Preanalyzed:
    """The postings the `fieldname` field would make of `text`, computed fast.

    Equivalent to `field.index(text)` for the text analyzer (a test holds the two to the
    same output) at a fraction of the cost: the terms from `analysis.text_terms`, and the
    encoded positions of single-occurrence terms taken from a cache.
    """
    return _postings(fieldname, text_terms(text))


def preanalyze_names(fieldname: str, text: str) -> Preanalyzed:
    """`preanalyze` for a field of the name analyzer (no stop words, no stems)."""
    return _postings(fieldname, name_terms(text))


def _postings(fieldname: str, positions: dict[bytes, list[int]]) -> Preanalyzed:
    """The postings of a field from each term's positions (in first-seen order)."""
    fmt = _schema()[fieldname].format
    boost = fmt.field_boost
    encode = fmt.encode
    single = _single_position if type(fmt) is formats.Positions else (lambda pos: encode([pos]))
    return Preanalyzed(
        [
            (term, 1, boost, single(poslist[0]))
            if len(poslist) == 1
            else (term, len(poslist), len(poslist) * boost, encode(poslist))
            for term, poslist in positions.items()
        ]
    )


@lru_cache(maxsize=4096)
def _single_position(pos: int) -> bytes:
    return _POSITIONS.encode([pos])


_POSITIONS = formats.Positions()


@lru_cache(maxsize=1)
def _schema() -> fields.Schema:
    return build_schema()


ENTITY_REPEAT = 3


def entity_text(items: Iterable[Person | Place | Organisation] | None) -> str:
    """The text indexed in an entity field, one name per line.

    Each canonical name is repeated once per mention (up to `ENTITY_REPEAT` times), so a
    `person:` search ranks the articles about someone above those that name them once;
    other forms the article used (not already part of the name) follow once each, so
    `org:BTB` finds the article that names the Belgian Transport Workers' Union.
    """
    lines: list[str] = []
    for item in items or ():
        name = item.name
        mentions = len(item.spans) or 1
        lines.extend([name] * min(mentions, ENTITY_REPEAT))
        folded = name.casefold()
        for form in dict.fromkeys(item.mentions):
            if form.casefold() != folded and form.casefold() not in folded:
                lines.append(form)
    return "\n".join(lines)


def preanalyze_entities(facts: Facts | None) -> dict[str, Preanalyzed]:
    """Postings of the person, place and org fields for an article's facts."""
    return {
        kind: preanalyze_names(kind, entity_text(getattr(facts, group) if facts else ()))
        for group, kind in KINDS.items()
    }


def article_postings(article: Article) -> dict[str, Preanalyzed]:
    """Every pre-analysed field of an article: title, body, person, place and org."""
    return {
        "title": preanalyze("title", article.title),
        "body": preanalyze("body", article.body),
        **preanalyze_entities(article.facts),
    }


def article_document(article: Article, postings: dict[str, Any] | None = None) -> dict[str, Any]:
    """The index document of an article (its fields pre-analysed already when `postings`
    holds them). Bodies are indexed, not stored; `story` is its same-story group."""
    published = article.published
    if published is not None and published.tzinfo is not None:
        published = published.astimezone(UTC).replace(tzinfo=None)
    facts = article.facts
    doc: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "body": article.body,
        "byline": article.byline or "",
        "source": article.source or "",
        "tags": ",".join(article.tags),
        **{
            kind: entity_text(getattr(facts, group) if facts else ())
            for group, kind in KINDS.items()
        },
        "story": article.extra.get("group", article.id),
    }
    if published is not None:
        doc["published"] = published
    if postings:
        doc.update(postings)
    return doc


class Published(fields.DATETIME):
    """The publication date: Whoosh's DATETIME indexed at two precisions instead of eight.

    A numeric field indexes each value at every `shift_step` bits of precision, so that a
    range reads a few coarse terms instead of every value in it. DATETIME's step of 8 bits
    over microseconds made eight terms of a date, five of them as fine as a day (2^32 us is
    72 minutes): one more term per day each, which no range of days uses. A step of 40 keeps
    the exact value and 12.7-day buckets, the level a range of months or years reads (the
    same documents for any range; 10,000 articles: 28,970 terms -> 6,297, a year's range
    7 -> 9 ms in a plain Whoosh index of the dates).
    """

    def __init__(self, sortable: bool = True) -> None:
        fields.NUMERIC.__init__(self, int, 64, shift_step=40, sortable=sortable)


def build_schema() -> fields.Schema:
    """The schema of the article index.

    Bodies are not stored in Whoosh: the article documents live in the index's document
    store, and snippets are made only for the hits on screen.
    """
    names = name_analyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=PreanalyzedText(analyzer=text_analyzer(), field_boost=2.0),
        body=PreanalyzedText(analyzer=text_analyzer()),
        byline=fields.TEXT(analyzer=names),
        source=fields.TEXT(analyzer=names),
        published=Published(),
        tags=fields.KEYWORD(lowercase=True, commas=True, scorable=True),
        person=PreanalyzedText(analyzer=names, field_boost=1.5),
        place=PreanalyzedText(analyzer=names, field_boost=1.5),
        org=PreanalyzedText(analyzer=names, field_boost=1.5),
        story=fields.ID(),
    )


# Fields a bare word is looked up in. The entity fields repeat names the body already
# holds, so they are searched only when named (`person:`, `place:`, `org:`): a bare
# word then costs five postings look-ups instead of eight.
SEARCH_FIELDS = ("title", "body", "byline", "source", "tags")
