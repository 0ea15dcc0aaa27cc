"""Query fields read here rather than by Whoosh's parser: `published:` and `date:`
bounds (`bounds.py`), and `tag:`, the user's tags.

`published:` becomes a range over the index's date field with our bound semantics
(Whoosh's date parser took `<2025` to include 2025). `date:` (articles whose key facts
name a date within the bounds) and `tag:` (articles the user tagged) are not in the
index: the caller resolves them to article ids (`ids_for`, given by the library, which
reads them from the catalog and the user's data) and they match those articles.

Each clause is cut out of the text before parsing and replaced by a placeholder term
that the parsed query then swaps for its real query, so the clauses combine with
AND/OR/NOT and parentheses like any other field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, time

from briefing.core.errors import QuerySyntaxError
from briefing.search.bounds import DayBounds, read_bounds

RESOLVED = ("date", "tag")  # fields answered by ids from outside the index
_FIELD_AT = re.compile(r"(?<![\w\"\\])([A-Za-z_]+):")
_PREFIX = "briefingclause"  # a placeholder's text: the prefix and the clause's number

IdsFor = Callable[[str, object], Collection[str]]


@dataclass(frozen=True)
class Clause:
    """One clause cut out of a query: its field and the value (bounds for dates)."""

    field: str
    value: object


def field_values(text: str, known: Collection[str]):
    """(start, end, field, value) of each `field:value` clause of a field in `known`,
    outside quotes, in order (`value` as written, quotes and brackets included). A field
    with no value (`person:` at the end, `title:""`) is a one-line QuerySyntaxError."""
    position, inside = 0, False
    while position < len(text):
        char = text[position]
        if char == "\\":
            position += 2
            continue
        if char == '"':
            inside = not inside
        match = None if inside else _FIELD_AT.match(text, position)
        if match is None or match.group(1) not in known:
            position += 1
            continue
        field = match.group(1)
        value, end = _value_at(text, match.end())
        if not value.strip('"').strip():
            raise QuerySyntaxError(f"{field}: needs a value (as in {field}:{_EXAMPLES[field]})")
        yield position, end, field, value
        position = end


def map_values(text: str, field: str, change: Callable[[str], str | None]) -> str:
    """`text` with the value of each `field:` clause replaced by `change(value)` (the
    value unquoted; None keeps it). How the library canonicalises `place:` names."""
    out, last = [], 0
    for start, end, _, value in field_values(text, (field,)):
        changed = change(value.strip('"').strip())
        if changed is not None:
            out += [text[last:start], f"{field}:{changed}"]
            last = end
    return "".join(out) + text[last:]


def cut_clauses(text: str, known: Collection[str]) -> tuple[str, list[Clause]]:
    """`text` with each `published:`, `date:` and `tag:` clause replaced by a placeholder
    term, and the clauses in order. A field of `known` with no value (`person:` at the
    end, `title:""`) is a one-line QuerySyntaxError."""
    out: list[str] = []
    clauses: list[Clause] = []
    last = 0
    for start, end, field, value in field_values(text, known):
        if field in ("published", "date"):
            clauses.append(Clause(field, read_bounds(value, field)))
        elif field == "tag":
            clauses.append(Clause(field, value.strip('"').strip()))
        else:
            continue
        out += [text[last:start], f"id:{_PREFIX}{len(clauses) - 1}"]
        last = end
    return "".join(out) + text[last:], clauses


_EXAMPLES = {
    "published": "2025-03",
    "date": "2025-03-12",
    "tag": "strike",
    "person": '"Jan Peeters"',
    "place": "Antwerp",
    "org": "Kremlin",
    "source": "harbour",
    "byline": "ruiz",
    "tags": "water",
    "title": "drought",
    "body": "strike",
    "story": "fplhkf5s2z",
}


def _value_at(text: str, start: int) -> tuple[str, int]:
    """The value written at `start` (a quoted phrase, a bracketed range, or a run of
    non-space characters up to a closing parenthesis) and where it ends."""
    if start >= len(text):
        return "", start
    opening = text[start]
    if opening == '"':
        close = text.find('"', start + 1)
        end = len(text) if close < 0 else close + 1
        return text[start:end], end
    if opening in "[{":
        ends = [at for at in (text.find("]", start), text.find("}", start)) if at >= 0]
        end = min(ends) + 1 if ends else len(text)
        return text[start:end], end
    end = start
    while end < len(text) and not text[end].isspace() and text[end] != ")":
        end += 1
    return text[start:end], end


def restore_clauses(query, clauses: list[Clause], ids_for: IdsFor | None):
    """The parsed `query` with each placeholder swapped for its clause's real query."""
    if not clauses:
        return query
    from whoosh.query import Term

    real = [_clause_query(clause, ids_for) for clause in clauses]

    def swap(node):
        if isinstance(node, Term) and node.fieldname == "id":
            text = node.text
            number = text[len(_PREFIX) :] if text.startswith(_PREFIX) else ""
            if number.isdigit() and int(number) < len(real):
                return real[int(number)]
        return node

    return query.accept(swap)


def _clause_query(clause: Clause, ids_for: IdsFor | None):
    from whoosh.query import DateRange, NullQuery

    if clause.field == "published":
        bounds = clause.value
        assert isinstance(bounds, DayBounds)
        if bounds.empty:
            return NullQuery
        if bounds.first is None and bounds.last is None:
            raise QuerySyntaxError("published: needs at least one date")
        start = datetime.combine(bounds.first, time.min) if bounds.first else None
        end = datetime.combine(bounds.last, time.max) if bounds.last else None
        return DateRange("published", start, end)
    if clause.field == "date" and clause.value.empty:  # type: ignore[union-attr]
        return NullQuery
    ids = ids_for(clause.field, clause.value) if ids_for is not None else ()
    return IdSet(frozenset(ids)) if ids else NullQuery


def _id_set_class():
    from whoosh.matching import ListMatcher, NullMatcher
    from whoosh.query import qcore

    class IdSetQuery(qcore.Query):
        """Matches the documents of a set of article ids (each scores 1)."""

        def __init__(self, ids: frozenset[str]) -> None:
            self.ids = ids
            self.boost = 1.0

        def __eq__(self, other) -> bool:
            return type(other) is type(self) and other.ids == self.ids

        def __hash__(self) -> int:
            return hash(self.ids)

        def __repr__(self) -> str:
            return f"IdSet({len(self.ids)} ids)"

        def __str__(self) -> str:
            return f"<{len(self.ids)} articles>"

        def is_leaf(self) -> bool:
            return True

        def estimate_size(self, ixreader) -> int:
            return len(self.ids)

        def estimate_min_size(self, ixreader) -> int:
            return len(self.ids)

        def matcher(self, searcher, context=None):
            reader = searcher.reader()
            docnums = []
            for article_id in self.ids:
                if ("id", article_id) in reader:
                    docnums.extend(reader.postings("id", article_id).all_ids())
            if not docnums:
                return NullMatcher()
            return ListMatcher(sorted(set(docnums)), all_weights=1.0)

    return IdSetQuery


_ID_SET = None


def IdSet(ids: frozenset[str]):  # noqa: N802 - builds the query class on first use
    """A query matching the articles `ids` (Whoosh imported on first use)."""
    global _ID_SET
    if _ID_SET is None:
        _ID_SET = _id_set_class()
    return _ID_SET(ids)
