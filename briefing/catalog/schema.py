"""The tables of an index generation's catalog (SQLite), in one place.

Which module reads and writes each: `articles`, `files`, `failed`, `locs` and `edges` the
document store (`docstore`); `sketches`, `sketch_lists`, `near_dups` and `groups` the
same-story links and groups (`linking`, `groupstore`, which also lists `articles` with each
group folded); `entities`, `aliases`, `dated` (with their `*_forms`), `quotes` and
`sentences` the fact rows (`factstore`, read also by `entities` and `shared`). Nothing else
writes SQL, except the related articles' ranking (`library/related.py`, kept as it is while
it is being reworked).
"""

from __future__ import annotations

import sqlite3

_SCHEMA = """
-- `num` stands for the article in the entity and alias rows (a small integer instead of
-- the id's text, twice a row: 216,000 rows at 10,000 articles); an article keeps it while
-- it is stored (`DocStore.put` updates the row in place), and VACUUM keeps it (an
-- INTEGER PRIMARY KEY).
CREATE TABLE IF NOT EXISTS articles (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    published TEXT,
    title TEXT NOT NULL,
    source TEXT,
    data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
-- The listing (no query: newest or oldest first) reads these in order instead of sorting
-- the whole table: 40 ms -> 0.3 ms for the first page at 10,000 articles.
CREATE INDEX IF NOT EXISTS articles_newest ON articles(published IS NULL, published DESC, title);
CREATE INDEX IF NOT EXISTS articles_oldest ON articles(published IS NULL, published, title);
-- Tables keyed by text are WITHOUT ROWID where nothing else indexes them: the key's
-- B-tree is the table (a rowid table keeps the key a second time in its own index).
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha TEXT NOT NULL
) WITHOUT ROWID;
-- Files that could not be read or parsed, as they were (size, mtime, ctime, the size cap
-- in force): they are reported with their reason and read again only once that changes.
CREATE TABLE IF NOT EXISTS failed (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    ctime_ns INTEGER NOT NULL,
    cap INTEGER NOT NULL,
    reason TEXT NOT NULL
);
-- Entries of a file read in part (a JSONL line that is not JSON, an export entry with no
-- text): reported with their reason on every run until their file changes.
CREATE TABLE IF NOT EXISTS bad_entries (
    path TEXT NOT NULL,
    label TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (path, label)
) WITHOUT ROWID;
-- Where each article was read: entry `label` of file `path` (the location is the two
-- joined: "" for a whole file). Keyed by path, so a file's entries are one range and
-- the path is stored once in the table and once in the index by article (a table keyed
-- by the joined location kept the path four times).
CREATE TABLE IF NOT EXISTS locs (
    path TEXT NOT NULL,
    label TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (path, label)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS locs_article ON locs(article_id);
-- Same-story grouping (briefing.catalog.linking and .groupstore): MinHash sketches, the
-- sketches holding each hash for candidate look-up, near-duplicate links (stored both
-- ways) and each article's group. A sketch row's `num` stands for its article in the hash
-- lists: a small integer instead of the id's text.
CREATE TABLE IF NOT EXISTS sketches (
    num INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, data BLOB NOT NULL
);
-- Each hash once, keyed by itself, with the numbers of the sketches holding it packed in
-- `nums` (four bytes each; how many hold it is its length / 4). A row per (hash, num)
-- took 7.3 MB at 10,000 articles (640,000 rows for 126,556 hashes); see linking.
CREATE TABLE IF NOT EXISTS sketch_lists (hash INTEGER PRIMARY KEY, nums BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS near_dups (
    a TEXT NOT NULL, b TEXT NOT NULL, similarity REAL NOT NULL, PRIMARY KEY (a, b)
) WITHOUT ROWID;
-- `copy_newest` / `copy_oldest` are 1 when a listing by date, newest (oldest) first,
-- folds the article under another member of its group, listed first (see
-- groupstore.regroup, which keeps them): the listing and its count read no other copy.
CREATE TABLE IF NOT EXISTS groups (
    article_id TEXT PRIMARY KEY, group_id TEXT NOT NULL,
    copy_newest INTEGER NOT NULL DEFAULT 0, copy_oldest INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS groups_group ON groups(group_id);
CREATE INDEX IF NOT EXISTS groups_copies_newest ON groups(article_id) WHERE copy_newest = 1;
CREATE INDEX IF NOT EXISTS groups_copies_oldest ON groups(article_id) WHERE copy_oldest = 1;
-- Key facts by article, for entity pages, related articles, facets and the timeline
-- (briefing.catalog.factstore). An article names a few of a library's few thousand
-- entities: each distinct (kind, key, name) is stored once in `entity_forms` (`num` stands
-- for it) and each distinct alias form once in `alias_forms`; the rows by article hold
-- the number. They are clustered by that number (entity pages, frequencies, facets and
-- related look-ups read one range each, or count by number) and indexed by article (an
-- article's entities, deletion). A form no row uses any more is deleted with the
-- article's rows. At 100,000 articles: 1.9 million entity rows, 8,486 forms.
CREATE TABLE IF NOT EXISTS entity_forms (
    num INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS entity_forms_key ON entity_forms(key, kind, name);
-- `article` is the article's number (articles.num); `seq` numbers an article's rows in
-- the order they were written.
CREATE TABLE IF NOT EXISTS entities (
    num INTEGER NOT NULL, article INTEGER NOT NULL, seq INTEGER NOT NULL, role TEXT,
    mentions INTEGER NOT NULL, PRIMARY KEY (num, article, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entities_article ON entities(article);
CREATE TABLE IF NOT EXISTS alias_forms (
    num INTEGER PRIMARY KEY, alias TEXT NOT NULL, shown TEXT NOT NULL, key TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS alias_forms_alias ON alias_forms(alias, shown, key, kind);
CREATE INDEX IF NOT EXISTS alias_forms_key ON alias_forms(key, kind);
CREATE TABLE IF NOT EXISTS aliases (
    num INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (num, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS aliases_article ON aliases(article);
-- The tables below are clustered by article (`seq` numbers an article's rows in the
-- order they were written), which serves the look-ups by article without an index.
CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL, seq INTEGER NOT NULL, speaker_key TEXT NOT NULL,
    speaker TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_key);
-- Dated events: each distinct (start, end, granularity, text) once in `date_forms` (its
-- index serves date ranges and the whole timeline's order), a row by article points to it
-- (48,670 forms for 702,645 rows at 100,000 articles; unused forms go with their rows).
CREATE TABLE IF NOT EXISTS date_forms (
    num INTEGER PRIMARY KEY, start TEXT NOT NULL, end TEXT NOT NULL, granularity TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS date_forms_start ON date_forms(start, end, granularity, text);
CREATE TABLE IF NOT EXISTS dated (
    article_id TEXT NOT NULL, seq INTEGER NOT NULL, num INTEGER NOT NULL,
    sentence INTEGER NOT NULL, pos INTEGER NOT NULL, PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dated_num ON dated(num);
-- Each sentence a dated row quotes, once: an article names several dates in one sentence,
-- and copies of a story repeat the same sentences. `id` is the text's hash (see
-- factstore), `n` the number of dated rows that point here: the row goes with the last.
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY, text TEXT NOT NULL, n INTEGER NOT NULL
);
-- Candidate furniture lines at the edges of each article as read (before any corpus
-- pass): the evidence that a line recurs across a source. `removed` is set once the
-- corpus pass has taken the line out of the article, so it is not looked at again.
CREATE TABLE IF NOT EXISTS edges (
    article_id TEXT NOT NULL,
    source_key TEXT NOT NULL,
    line TEXT NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, line)
);
CREATE INDEX IF NOT EXISTS edges_source ON edges(source_key, line);
"""


def create_tables(db: sqlite3.Connection) -> None:
    """Create the tables and indexes that do not exist yet."""
    db.executescript(_SCHEMA)
