"""Search: the only package that imports Whoosh (schema, the one analyzer, writing,
ranking, query parsing, snippets, postings).

Importing it installs the finder that lightens Whoosh's own imports (`lightimports`), so
that it is in place before any module here imports Whoosh. Nothing else is imported
here: `syntax` (query texts for the reader) must stay free of Whoosh.
"""

from briefing.search.lightimports import install

install()
