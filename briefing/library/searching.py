"""One search: the index ranks, the catalog folds same-story copies and fills the rows.

An empty query is the library listed by date (the catalog alone). Filters given as data
(`Filters`: a source, a range of days) become clauses of the query here; `only` and
`exclude` (the user's bookmarks, what was read) keep every match to, or away from, a set
of ids after ranking.
"""

from __future__ import annotations

from briefing.catalog import groupstore
from briefing.catalog.docstore import DocStore, light_rows
from briefing.catalog.facets import compute_facets
from briefing.catalog.listing import Restriction, add_also_in, listing_results
from briefing.core.results import Hit, SearchRequest, SearchResults
from briefing.search.index import SearchIndex
from briefing.search.query import parse_query
from briefing.search.ranking import FACET_MATCHES, SORTS, matching_ids, query_terms, ranked
from briefing.search.snippets import make_snippet
from briefing.search.syntax import with_filters


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
        results = listing_results(docs, text, limit, sort, offset, restriction)
        if request.facets:
            rows = docs.listing(FACET_MATCHES, 0, newest_first=sort != "oldest")
            results.facets = compute_facets(docs.db, [row.id for row in rows])
        return results
    query = parse_query(text)
    searcher = index.searcher()
    wanted = None if limit is None else offset + limit
    # Fetch more than the page: copies folded into their group leave room to fill.
    fetch = None if wanted is None or restriction else wanted + max(limit or 0, 10)
    scored, total = ranked(searcher, query, fetch, sort)
    terms = query_terms(query, searcher)
    by_id = dict(scored)
    if restriction is not None:
        by_id = {key: by_id[key] for key in restriction.keep(by_id)}
        total = len(by_id)
    kept, others = groupstore.collapse(docs.db, list(by_id))
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
