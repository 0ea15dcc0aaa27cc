"""The Whoosh schema and its analyzers: the one place that defines what is searchable."""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh import analysis, fields
from whoosh.lang.porter2 import stem
from whoosh.support.charset import accent_map

# Bump when the schema, the analyzers or what is stored changes: an index built with
# another version is rebuilt from the sources.
SCHEMA_VERSION = 7


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
    same output) at about a third of the cost: one regex pass, set look-ups and a stem
    cache instead of a generator chain per token.
    """
    field = _schema()[fieldname]
    positions: dict[str, list[int]] = {}
    stem = _cached_stem
    stops = _STOP_WORDS
    pos = None
    for index, match in enumerate(_TOKEN.finditer(text)):
        word = match.group().lower().translate(accent_map)
        if len(word) < 2 or word in stops:
            continue
        pos = index if pos is None else pos + 1  # StopFilter renumbers kept tokens
        term = stem(word)
        if term in positions:
            positions[term].append(pos)
        else:
            positions[term] = [pos]
    fmt = field.format
    boost = fmt.field_boost
    encode = fmt.encode
    return Preanalyzed(
        (term.encode("utf-8"), len(poslist), len(poslist) * boost, encode(poslist))
        for term, poslist in positions.items()
    )


_STOP_WORDS = analysis.StopFilter().stops


@lru_cache(maxsize=200_000)
def _cached_stem(word: str) -> str:
    return stem(word)


@lru_cache(maxsize=1)
def _schema() -> fields.Schema:
    return build_schema()


TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"
_TOKEN = re.compile(TOKEN_PATTERN)


@lru_cache(maxsize=1)
def text_analyzer() -> analysis.Analyzer:
    """English text: case and accents folded, stop words dropped, Porter2 stems.

    Porter2 rather than Whoosh's default stemmer, which turns "running" into "runn".
    """
    return (
        analysis.RegexTokenizer(TOKEN_PATTERN)
        | analysis.LowercaseFilter()
        | analysis.CharsetFilter(accent_map)
        | analysis.StopFilter()
        | analysis.StemFilter(stemfn=stem, cachesize=100_000)
    )


@lru_cache(maxsize=1)
def name_analyzer() -> analysis.Analyzer:
    """Names (people, places, organisations, sources): case and accents folded, no stems."""
    return (
        analysis.RegexTokenizer(r"\w+(?:[.'’-]\w+)*")
        | analysis.LowercaseFilter()
        | analysis.CharsetFilter(accent_map)
    )


ENTITY_FIELDS = {"person": "people", "place": "places", "org": "organisations"}


ENTITY_REPEAT = 3


def entity_text(items) -> str:
    """The text indexed in an entity field, one name per line.

    Each canonical name is repeated once per mention (up to `ENTITY_REPEAT` times), so a
    `person:` search ranks the articles about someone above those that name them once;
    other forms the article used (not already part of the name) follow once each, so
    `org:BTB` finds the article that names the Belgian Transport Workers' Union.
    """
    lines: list[str] = []
    for item in items or []:
        name = str(item.get("name", ""))
        mentions = len(item.get("spans") or []) or 1
        lines.extend([name] * min(mentions, ENTITY_REPEAT))
        folded = name.casefold()
        for form in dict.fromkeys(str(m) for m in item.get("mentions") or []):
            if form.casefold() != folded and form.casefold() not in folded:
                lines.append(form)
    return "\n".join(lines)


def preanalyze_entities(facts: dict | None) -> dict[str, Preanalyzed]:
    """Postings of the person, place and org fields for an article's facts."""
    schema = _schema()
    facts = facts or {}
    return {
        fieldname: Preanalyzed(schema[fieldname].index(entity_text(facts.get(key))))
        for fieldname, key in ENTITY_FIELDS.items()
    }


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
        published=fields.DATETIME(sortable=True),
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
