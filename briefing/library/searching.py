"""One search: the index ranks, the catalog folds same-story copies and fills the rows.

An empty query is the library listed by date (the catalog alone). Filters given as data
(`Filters`: a source, a range of days) become clauses of the query here; `only` and
`exclude` (the user's bookmarks, what was read) keep every match to, or away from, a set
of ids after ranking.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from operator import itemgetter
from weakref import WeakKeyDictionary

from briefing.catalog import groupstore
from briefing.catalog.docstore import DocStore, light_rows
from briefing.catalog.facets import compute_facets
from briefing.catalog.factstore import dated_ids
from briefing.catalog.listing import Restriction, add_also_in, listing_results
from briefing.core.results import Hit, SearchRequest, SearchResults
from briefing.library import storymap
from briefing.library.queries import canonical_places
from briefing.search.bounds import DayBounds
from briefing.search.index import SearchIndex
from briefing.search.matches import Matches
from briefing.search.query import parse_query
from briefing.search.ranking import (
    FACET_MATCHES,
    SORTS,
    matching_ids,
    query_terms,
    ranked,
)
from briefing.search.snippets import make_snippet
from briefing.search.stored import stored_ids
from briefing.search.syntax import with_filters


def clause_ids(docs: DocStore, tagged: Mapping[str, Collection[str]] | None):
    """What a query's `date:` and `tag:` clauses match: the articles whose key facts name
    a date within the bounds (the catalog), and those the user gave the tag (`tagged`,
    from the user's data, by the tag as the query writes it; a tag not there matches
    nothing)."""

    def ids_for(field: str, value: object) -> Collection[str]:
        if field == "date" and isinstance(value, DayBounds):
            first = value.first.isoformat() if value.first else None
            last = value.last.isoformat() if value.last else None
            return dated_ids(docs.db, first, last)
        if field == "tag" and tagged:
            return tagged.get(str(value), ())
        return ()

    return ids_for


# Per searcher (gone with it): document number -> story label (its group, or its own id),
# read the first time a search matches the document. Reading only the matched documents
# keeps a cold command cheap at any library size (mapping every same-story copy to its
# document number took 2.2 s at 100,000 articles); the reader's later searches find the
# labels known, and count with set operations in C (a frequent word matches most of the
# library: no Python step per match).
_LABELS: WeakKeyDictionary = WeakKeyDictionary()
# More unknown labels than this share of the library are read in one scan of the groups
# table (its relabelled rows) rather than looked up id by id.
_SCAN_SHARE = 20


# Per searcher: the story numbers the indexer saved for its index (`storymap`), or None
# when there are none for it (then labels are read as above).
_SAVED: WeakKeyDictionary = WeakKeyDictionary()


def story_count(
    searcher, docs: DocStore, matched: Matches, index: SearchIndex | None = None
) -> int:
    """How many stories the documents `matched` are: same-story copies count once.

    From the story numbers saved with `index` when they describe this searcher's index
    (one look-up in C per match), else from the matched documents' ids and groups."""
    if index is not None:
        if searcher not in _SAVED:
            _SAVED[searcher] = _SavedStories.read(index, searcher)
        saved = _SAVED[searcher]
        if saved is not None:
            return saved.count(matched)
    everything = matched.docnums()
    labels = _LABELS.setdefault(searcher, {})
    unknown = everything.difference(labels)  # C: each match looked up in the dict
    if unknown:
        ids = stored_ids(searcher, unknown)
        if len(ids) > searcher.doc_count() // _SCAN_SHARE:  # many: one scan of the groups
            moved = groupstore.relabelled(docs.db)
            labels.update(zip(ids, map(moved.get, ids.values(), ids.values()), strict=True))
        else:
            groups = groupstore.groups_of(docs.db, ids.values())
            labels.update(zip(ids, map(groups.__getitem__, ids.values()), strict=True))
    return len(set(map(labels.__getitem__, everything)))


class _SavedStories:
    """The saved story number of each document, as a list (a look-up in a list hands back
    the int it holds; one in an `array` makes a new one: 2.8 against 8.3 ms for 55,000
    matches), and the part of it from each segment's offset on, made once, so a
    segment's own document numbers look their story up directly; there, the segment's
    deleted documents (when a search leaves them among its matches) have no story."""

    def __init__(self, numbers: list[int]) -> None:
        self._numbers = numbers
        self._from: dict[tuple[int, bool], list[int]] = {}

    @classmethod
    def read(cls, index: SearchIndex, searcher) -> _SavedStories | None:
        numbers = storymap.read(index, searcher)
        return None if numbers is None else cls(numbers.tolist())

    def count(self, matched: Matches) -> int:
        stories: set[int] = set()
        for docnums, offset, excluded in matched.parts:
            key = (offset, bool(excluded))
            numbers = self._from.get(key)
            if numbers is None:  # marked before it is kept: another thread may read it
                numbers = self._numbers[offset:]
                for docnum in excluded:
                    numbers[docnum] = _NO_STORY
                self._from[key] = numbers
            if len(docnums) > 1:  # one itemgetter call (of one item it gives the item)
                stories.update(itemgetter(*docnums)(numbers))
            else:
                stories.update(map(numbers.__getitem__, docnums))
        stories.discard(_NO_STORY)
        return len(stories)


_NO_STORY = -1  # story numbers count from 0


def run_search(index: SearchIndex, docs: DocStore, request: SearchRequest) -> SearchResults:
    """The results of `request`; an empty query lists the library (newest first by default).

    Same-story copies show once (the best placed), the others listed in its `also_in`.
    With `facets`, the results carry the top entities, sources and months of the matches
    (the best `FACET_MATCHES` of them when there are more). `only` / `exclude` keep the
    results to, or away from, a set of ids (every match is ranked, then filtered).
    """
    limit, sort, offset, snippets = request.limit, request.sort, request.offset, request.snippets
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    text = with_filters(request.query, request.filters)
    restriction = Restriction(request.only, request.exclude)
    restriction = restriction if restriction.active else None
    if not text.strip():
        results = listing_results(docs, text, limit, sort, offset, restriction, request.fold)
        if request.facets:
            rows = docs.listing(FACET_MATCHES, 0, newest_first=sort != "oldest")
            results.facets = compute_facets(docs.db, [row.id for row in rows])
        return results
    query = parse_query(canonical_places(text), clause_ids(docs, request.tagged))
    searcher = index.searcher()
    wanted = None if limit is None else offset + limit
    # Fetch more than the page: copies folded into their group leave room to fill.
    fetch = None if wanted is None or restriction else wanted + max(limit or 0, 10)
    scored, matched = ranked(searcher, query, fetch, sort)
    terms = query_terms(query, searcher)
    by_id = dict(scored)
    if restriction is not None:
        by_id = {key: by_id[key] for key in restriction.keep(by_id)}
    if request.fold:
        kept, others = groupstore.collapse(docs.db, list(by_id))
    else:
        kept, others = list(by_id), {}
    # Stories, not articles: every match is in `kept` when all were fetched.
    if fetch is None or not request.fold:
        total = len(kept) if fetch is None else len(matched)
    else:
        total = story_count(searcher, docs, matched, index)
    page = kept[offset : None if limit is None else wanted]
    # Bodies only when snippets are wanted; otherwise the light columns.
    bodies = docs.bodies(page) if snippets else {}
    rows = light_rows(docs.db, page)
    hits = []
    for article_id in page:
        row = rows.get(article_id)
        if row is None:
            continue  # in the index but gone from the store: never show a broken hit
        hit = Hit(row.id, row.title, row.source, row.published, by_id[article_id])
        body = bodies.get(article_id)
        if body is not None:
            snippet = make_snippet(body, terms)
            hit.snippet, hit.highlights = snippet.text, snippet.highlights
        hits.append(hit)
    add_also_in(docs, hits, others)
    found = SearchResults(text, total, hits, terms)
    if request.facets:
        found.facets = compute_facets(docs.db, matching_ids(searcher, query))
    return found
