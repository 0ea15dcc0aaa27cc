"""The Whoosh schema and its analyzers: the one place that defines what is searchable."""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh import analysis, fields, formats
from whoosh.lang.porter2 import stem
from whoosh.support.charset import accent_map


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
    same output) at a fraction of the cost: one regex pass, one dictionary look-up per
    token (its lowercased, accent-folded stem, or None for a stop word) and the encoded
    positions of single-occurrence terms taken from a cache.
    """
    terms = _TERMS
    positions: dict[bytes, list[int]] = {}
    pos = -1
    for index, token in enumerate(_TOKEN.findall(text)):
        term = terms.get(token, _MISSING)
        if term is _MISSING:
            term = _term_of(token)
        if term is None:
            continue
        # StopFilter renumbers kept tokens: the first keeps its index, the rest follow on.
        pos = index if pos < 0 else pos + 1
        found = positions.get(term)
        if found is None:
            positions[term] = [pos]
        else:
            found.append(pos)
    return _postings(fieldname, positions)


def preanalyze_names(fieldname: str, text: str) -> Preanalyzed:
    """`preanalyze` for a field of the name analyzer (no stop words, no stems)."""
    terms = _NAME_TERMS
    positions: dict[bytes, list[int]] = {}
    for pos, token in enumerate(_NAME_TOKEN.findall(text)):
        term = terms.get(token)
        if term is None:
            word = token.lower()
            if not word.isascii():
                word = word.translate(accent_map)  # its ASCII entries only lowercase
            if len(terms) >= _MAX_TERMS:
                terms.clear()
            term = terms[token] = word.encode("utf-8")
        found = positions.get(term)
        if found is None:
            positions[term] = [pos]
        else:
            found.append(pos)
    return _postings(fieldname, positions)


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


_STOP_WORDS = analysis.StopFilter().stops
_MISSING = object()
# token as found in the text -> its term as UTF-8 (None for a stop word or a short word)
_TERMS: dict[str, bytes | None] = {}
# token as found in a name -> its term as UTF-8
_NAME_TERMS: dict[str, bytes] = {}
_MAX_TERMS = 500_000


def _term_of(token: str) -> bytes | None:
    word = token.lower()
    if not word.isascii():
        word = word.translate(accent_map)  # its ASCII entries only lowercase
    term = None if len(word) < 2 or word in _STOP_WORDS else _cached_stem(word).encode("utf-8")
    if len(_TERMS) >= _MAX_TERMS:
        _TERMS.clear()
    _TERMS[token] = term
    return term


@lru_cache(maxsize=4096)
def _single_position(pos: int) -> bytes:
    return _POSITIONS.encode([pos])


_POSITIONS = formats.Positions()


@lru_cache(maxsize=200_000)
def _cached_stem(word: str) -> str:
    return stem(word)


@lru_cache(maxsize=1)
def _schema() -> fields.Schema:
    return build_schema()


TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"
_TOKEN = re.compile(TOKEN_PATTERN)
NAME_TOKEN_PATTERN = r"\w+(?:[.'’-]\w+)*"
_NAME_TOKEN = re.compile(NAME_TOKEN_PATTERN)


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
        analysis.RegexTokenizer(NAME_TOKEN_PATTERN)
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
    facts = facts or {}
    return {
        fieldname: preanalyze_names(fieldname, entity_text(facts.get(key)))
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
