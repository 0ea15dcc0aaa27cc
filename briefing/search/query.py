"""Parse the user's query (Whoosh syntax) with clear one-line errors.

Whoosh's parser forgives almost anything, silently: an unclosed quote or bracket becomes
a different query than the user meant. These checks say what is wrong instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.core.errors import QuerySyntaxError
from briefing.search.clauses import RESOLVED, IdsFor, cut_clauses, restore_clauses
from briefing.search.schema import SEARCH_FIELDS, build_schema

_FIELD = re.compile(r"(?<![\w\"])([A-Za-z_]+):(?=\S)")
_OPERATOR_AT_END = re.compile(r"(?:^|\s)(AND|OR|NOT|ANDNOT|ANDMAYBE)\s*$")
_OPERATOR_AT_START = re.compile(r"^\s*(AND|OR|ANDNOT|ANDMAYBE)(?:\s|$)")


_SCHEMA = build_schema()
_KNOWN_FIELDS = set(_SCHEMA.names()) | set(RESOLVED)


@lru_cache(maxsize=1)
def _parser():
    # Imported here: bare words (most queries) never need Whoosh's parser (~30 ms).
    from whoosh import qparser
    from whoosh.qparser.dateparse import DateParserPlugin

    parser = qparser.MultifieldParser(list(SEARCH_FIELDS), _SCHEMA)
    parser.add_plugin(DateParserPlugin(free=False))
    parser.add_plugin(qparser.GtLtPlugin())
    return parser


# A query longer than this is no search a person types (a paste gone wrong, a file's
# text): it is refused in one line instead of keeping the CPU busy for minutes. Each
# wildcard reads through the index's vocabulary (an infix one, all of it), so they are
# held to fewer.
MAX_QUERY_WORDS = 1000
MAX_WILDCARDS = 100


def parse_query(text: str, ids_for: IdsFor | None = None):
    """A Whoosh query for `text`; raises QuerySyntaxError with a one-line reason.

    `ids_for(field, value)` gives the article ids of a `date:` or `tag:` clause (see
    `clauses`); without it those clauses match nothing (enough to check a query).
    """
    words = wildcards = 0
    for word in text.split():
        if word not in _OPERATORS:
            words += 1
            wildcards += "*" in word or "?" in word
    if words > MAX_QUERY_WORDS:
        raise QuerySyntaxError(
            f"the query is too long: {words:,} words (at most {MAX_QUERY_WORDS:,}); "
            "search for fewer words"
        )
    if wildcards > MAX_WILDCARDS:
        raise QuerySyntaxError(
            f"the query has too many wildcards: {wildcards:,} words with * or ? "
            f"(at most {MAX_WILDCARDS:,})"
        )
    if ids_for is None:
        return _parse_alone(text)
    return _parse(text, ids_for)


@lru_cache(maxsize=16)
def _parse_alone(text: str):
    """`_parse` with no clause resolver, the last few kept (a command checks its query
    before it indexes, then searches with it; the reader repeats itself)."""
    return _parse(text, None)


def _parse(text: str, ids_for: IdsFor | None):
    """`parse_query` without the length check."""
    plain = _plain_words_query(text)
    if plain is not None:
        return plain
    check_syntax(text)
    text = _minus_as_not(text)
    text, clauses = cut_clauses(text, _KNOWN_FIELDS)
    try:
        return restore_clauses(_parser().parse(_compact_dates(text)), clauses, ids_for)
    except QuerySyntaxError:
        raise
    except Exception as error:  # Whoosh's plugins raise bare Exception for bad dates
        message = str(error).split("\n", 1)[0] or type(error).__name__
        raise QuerySyntaxError(f"cannot parse query: {message}") from None


def tags_named(text: str) -> list[str]:
    """The tags a query's `tag:` clauses name, as written (none when it does not parse)."""
    try:
        _, clauses = cut_clauses(text, _KNOWN_FIELDS)
    except QuerySyntaxError:
        return []
    return [str(clause.value) for clause in clauses if clause.field == "tag"]


# Bare words, the most common query: built directly, as Whoosh's parser would build them
# (each word looked up in every search field, all words required), at a fraction of the
# cost of its plugin pipeline (0.2 ms against 0.9 ms for three new words; repeated
# words, as when typing, cost less).
_PLAIN_WORD = re.compile(r"[^\W_]+")
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})


def _plain_words_query(text: str):
    """The query for a text of bare words (letters and digits), or None for anything else."""
    words = text.split()
    if not words:
        return None
    for word in words:
        if word in _OPERATORS or not _PLAIN_WORD.fullmatch(word):
            return None
    from whoosh.query import And, Or, Term

    parts = []
    seen: set[tuple[tuple[str, str], ...]] = set()
    for word in words:
        found = _word_terms(word)
        if found is None:
            return None
        if not found or found in seen:
            continue  # a stop word, or a word already asked for (the same terms)
        seen.add(found)
        terms = [Term(fieldname, term) for fieldname, term in found]
        parts.append(terms[0] if len(terms) == 1 else Or(terms))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


@lru_cache(maxsize=4096)
def _word_terms(word: str) -> tuple[tuple[str, str], ...] | None:
    """(field, analysed term) of a bare word in each search field; None when a field
    makes more than one token of it (the parser then groups them)."""
    schema = _SCHEMA  # not the parser's: building that (its date parser) takes 20 ms
    found = []
    for fieldname in SEARCH_FIELDS:
        texts = list(schema[fieldname].process_text(word, mode="query"))
        if len(texts) > 1:
            return None
        if texts:
            found.append((fieldname, texts[0]))
    return tuple(found)


_ISO_DAY = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_ISO_MONTH = re.compile(r"\b((?:19|20)\d\d)-(\d\d)\b")


def _compact_dates(text: str) -> str:
    """ISO dates as Whoosh's date parser reads them (it takes 2024-05-01 for all of 2024)."""
    text = _ISO_DAY.sub(r"\1\2\3", text)
    return _ISO_MONTH.sub(r"\1\2", text)


# A minus before a word, a phrase or a field, as web search engines take it ("reservoir
# -dam"): Whoosh read "-dam" as "dam", finding the very articles the user left out.
_MINUS = re.compile(r'(?:^|(?<=[\s(]))-(?=[^\W\d_]|")')


def _minus_as_not(text: str) -> str:
    """`text` with each leading minus outside quotes written as NOT."""
    if "-" not in text:
        return text
    return _MINUS.sub(lambda m: m.group() if text.count('"', 0, m.start()) % 2 else "NOT ", text)


def check_syntax(text: str) -> None:
    """Reject unbalanced quotes and brackets, dangling operators and unknown fields."""
    unescaped = re.sub(r"\\.", "", text)
    if unescaped.count('"') % 2:
        raise QuerySyntaxError('unclosed quotation mark (")')
    for opening, closing, name in (
        ("(", ")", "parenthesis"),
        ("[", "]", "bracket"),
        ("{", "}", "brace"),
    ):
        depth = 0
        for char in _outside_quotes(unescaped):
            depth += (char == opening) - (char == closing)
            if depth < 0:
                raise QuerySyntaxError(f"unmatched closing {name} ({closing})")
        if depth:
            raise QuerySyntaxError(f"unclosed {name} ({opening})")
    outside = "".join(_outside_quotes(unescaped))
    match = _OPERATOR_AT_END.search(outside) or _OPERATOR_AT_START.search(outside)
    if match:
        raise QuerySyntaxError(f"{match.group(1)} needs a term on both sides")
    for field in _FIELD.findall(outside):
        if field not in _KNOWN_FIELDS:
            lowered = field.lower()
            meant = lowered if lowered in _KNOWN_FIELDS else _MEANT.get(lowered)
            if meant:
                raise QuerySyntaxError(f"unknown field '{field}:'; did you mean {meant}:?")
            known = ", ".join(sorted(_KNOWN_FIELDS - {"story"}))
            raise QuerySyntaxError(f"unknown field '{field}:' (fields: {known})")


# The names people reach for first, and the field that holds what they mean (author:
# was refused with a list of twelve fields to read through).
_MEANT = {
    "author": "byline", "authors": "byline", "by": "byline", "writer": "byline",
    "headline": "title", "people": "person", "name": "person", "speaker": "person",
    "location": "place", "city": "place", "country": "place", "places": "place",
    "organisation": "org", "organization": "org", "company": "org", "orgs": "org",
    "site": "source", "outlet": "source", "publication": "source", "publisher": "source",
    "keyword": "tags", "keywords": "tags", "text": "body", "content": "body",
}  # fmt: skip


def _outside_quotes(text: str):
    """The characters of `text` outside quotes, a phrase standing as one letter (so that
    `strike NOT "port of Rotterdam"` has a term after its NOT)."""
    inside = False
    for char in text:
        if char == '"':
            inside = not inside
            if not inside:
                yield "q"
            continue
        if not inside:
            yield char
