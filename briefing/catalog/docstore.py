"""The index's document store: articles, the files they came from, and their locations.

SQLite (standard library) beside the Whoosh segments in each index generation. Article
documents are kept here, compressed, rather than as Whoosh stored fields: a search reads
only the hits it shows, and listing the library newest first needs no query at all.
"""

from __future__ import annotations

import os
import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

import orjson

from briefing.catalog import blobfacts
from briefing.catalog.lookup import in_chunks
from briefing.catalog.schema import create_tables
from briefing.core.model import Article
from briefing.core.results import Row
from briefing.core.transactions import Transactions

_PAGE_SIZE = 16384


@dataclass(frozen=True)
class FileState:
    """What the index knows of a source file, to tell whether it changed."""

    size: int
    mtime_ns: int
    sha: str


class Failure(NamedTuple):
    """A file that could not be read or parsed: as it was, and why."""

    size: int
    mtime_ns: int
    ctime_ns: int
    cap: int  # the size cap in force (a file over it is read again when the cap changes)
    reason: str


# A preset dictionary for the article blobs: the skeleton of an article's JSON (field
# names, facts' structure), which a document of a few kilobytes otherwise spells out in
# full before zlib has seen it once (6% fewer bytes), after 1,000 frequent words of our own
# sample library (`article_words.txt`, written by scripts/build_article_words.py: 7% fewer
# again, as an article's text refers back to them; 10,000 real-text articles 24.9 -> 22.2
# MB with level 4). Part of the format: changing either needs a new SCHEMA_VERSION
# (library/version.py), or existing blobs no longer decode (a test holds its hash).
_SKELETON = (
    b'[{"id":"","title":"","byline":null,"source":null,"published":"T00:00:00",'
    b'"url":null,"paths":[""],"tags":[],"format":"text","body":"","removed":[],"extra":{},'
    b'"facts":null},[[["","",0,[,]],["",null,0,[,,,]]],[["","country",0,[,]],'
    b'["","city",0,[,,,]]],[["",0,[,]],["",0,[,,,]]],[[0,"","","year",[,]],'
    b'[0,"","","day",[,]]],[["",0,[,]]],[[0,,"",[,]]]]]'
)
_ZDICT = Path(__file__).with_name("article_words.txt").read_bytes().strip() + b" " + _SKELETON
# zlib level 4: with the dictionary, 6% fewer bytes than level 1 for about 10 us more an
# article (level 6: 2% fewer again for 40 us more; each article is compressed in the
# indexer's main process, the serial part of a build).
_LEVEL = 4


def encode_article(article: Article) -> bytes:
    """An article as a compressed JSON blob (zlib at `_LEVEL`, with `_ZDICT`).

    The JSON is a pair: the article without its facts, and the facts packed (`blobfacts`;
    null when there are none, or when they hold a value packing does not expect: then the
    article's facts stay in the first part as they are). orjson writes the dataclass
    itself (fields in order, tuples as lists, datetimes in ISO 8601): the document
    `Article.to_json` describes, at a fraction of the cost (a test holds the two to the
    same data)."""
    compressor = zlib.compressobj(_LEVEL, zdict=_ZDICT)
    if article.labelled_paths:
        article = replace(article, labelled_paths=[])  # read from `locs`, never stored
    packed = None
    if article.facts is not None:
        try:
            packed = blobfacts.pack(article.facts, article.body)
        except (TypeError, ValueError):
            packed = None
        else:
            article = replace(article, facts=None)
    data = orjson.dumps([article, packed], option=orjson.OPT_NON_STR_KEYS)
    return compressor.compress(data) + compressor.flush()


def _inflate(blob: bytes) -> bytes:
    decompressor = zlib.decompressobj(zdict=_ZDICT)
    return decompressor.decompress(blob) + decompressor.flush()


def decode_article(blob: bytes) -> Article:
    """Inverse of `encode_article`."""
    document, packed = orjson.loads(_inflate(blob))
    if packed is not None:
        document["facts"] = blobfacts.unpack(packed, document.get("body") or "")
    return Article.from_json(document)


def decode_body(blob: bytes) -> str:
    """Only the body of an encoded article (no facts built: a snippet needs the text)."""
    return orjson.loads(_inflate(blob))[0].get("body") or ""


class DocStore(Transactions):
    """Articles and file states of one index generation."""

    def __init__(self, path: Path, readonly: bool = False) -> None:
        uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
        # A new database is a new generation being built: nobody reads it until it is
        # swapped in, and a crash just leaves it unused, so it is written without a
        # journal on disk or syncs; `close` syncs it once, before the swap.
        self._fresh = not readonly and not path.exists()
        self._path = path
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA busy_timeout = 10000")
        if readonly:
            self._readable_on_any_disk()
        if not readonly:
            if self._fresh:
                # Set before the first table: an article row (about 2.5 KB compressed) fits
                # once in a 4 KB page and wastes the rest; in 16 KB pages six share one.
                # docs.sqlite at 10,000 real-text articles: 108 MB -> 94 MB.
                self._db.execute(f"PRAGMA page_size = {_PAGE_SIZE}")
                self._db.execute("PRAGMA journal_mode = MEMORY")
                self._db.execute("PRAGMA synchronous = OFF")
            else:
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            # Indexing inserts sketch hashes and fact rows at random places in their
            # indexes: a cache that holds them keeps that off the disk (pages are
            # allocated as used, so a small library never takes this much).
            self._db.execute("PRAGMA cache_size = -65536")
            create_tables(self._db)

    def _readable_on_any_disk(self) -> None:
        """Reading a WAL database needs its shared-memory file, which a read-only or full
        disk cannot create: there, read the file as it is (immutable)."""
        try:
            self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            self._db.close()
            uri = f"file:{self._path}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)

    def compact(self) -> None:
        """Rewrite a freshly built database with full pages, once a whole build filled it.

        Indexing inserts sketch hashes and fact rows at random places in their indexes,
        which leaves their pages about two-thirds full, and replaced articles leave holes:
        VACUUM writes every table and index again in order. 10,000 real-text articles:
        docs.sqlite 63.2 -> 58.2 MB for about 0.2 s of CPU (the build takes about 80 s).
        Without a journal (a build that fails is discarded whole) and with a small page
        cache: an in-memory journal and the indexing cache took the process 150 MB up."""
        if not self._fresh:
            raise ValueError("only a freshly built document store is compacted")
        self._db.execute("PRAGMA cache_size = -2000")
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("VACUUM")

    def close(self) -> None:
        """Close the database (a freshly built one is synced to disk first)."""
        self._db.close()
        if self._fresh:
            try:
                with open(self._path, "rb") as handle:
                    os.fsync(handle.fileno())
            except OSError:
                pass  # the generation folder is gone: there is nothing left to keep

    @property
    def db(self) -> sqlite3.Connection:
        """The connection, for the derived tables (groups in `groupstore`, facts in
        `factstore`) and the views over them (entities, timeline, facets, listing)."""
        return self._db

    # Articles -----------------------------------------------------------------------
    def put(self, article: Article) -> None:
        """Insert or replace an article (a stored one is updated in place: it keeps its
        number, which its entity rows hold)."""
        published = article.published.isoformat() if article.published else None
        self._db.execute(
            "INSERT INTO articles (id, published, title, source, data) VALUES (?,?,?,?,?) "
            "ON CONFLICT (id) DO UPDATE SET published = excluded.published, "
            "title = excluded.title, source = excluded.source, data = excluded.data",
            (article.id, published, article.title, article.source, encode_article(article)),
        )

    def delete(self, article_id: str) -> None:
        """Remove an article."""
        self._db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self._db.execute("DELETE FROM edges WHERE article_id = ?", (article_id,))

    # Edge lines (corpus evidence for furniture) ----------------------------------------
    def set_edges(self, article_id: str, source_key: str, lines: set[str]) -> None:
        """Record an article's candidate furniture lines (of the article as read)."""
        self._db.execute("DELETE FROM edges WHERE article_id = ?", (article_id,))
        self._db.executemany(
            "INSERT OR IGNORE INTO edges (article_id, source_key, line) VALUES (?,?,?)",
            [(article_id, source_key, line) for line in lines],
        )

    def recurring_edges(self, minimum: int, article_ids: set[str]) -> dict[str, set[str]]:
        """Per source, the edge lines of `article_ids` that recur in >= `minimum` articles."""
        found: dict[str, set[str]] = {}
        ids = list(article_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT e.source_key, e.line FROM edges e "
                f"JOIN (SELECT DISTINCT source_key, line FROM edges WHERE article_id IN ({marks})) c "
                "ON e.source_key = c.source_key AND e.line = c.line "
                "WHERE e.source_key != '' GROUP BY e.source_key, e.line "
                "HAVING COUNT(DISTINCT e.article_id) >= ?",
                (*chunk, minimum),
            )
            for key, line in rows:
                found.setdefault(key, set()).add(line)
        return found

    def articles_with_edges(self, source_key: str, lines: set[str]) -> list[str]:
        """Articles of a source that still have any of `lines` at their edges."""
        marks = ",".join("?" * len(lines))
        rows = self._db.execute(
            "SELECT DISTINCT article_id FROM edges "
            f"WHERE source_key = ? AND line IN ({marks}) AND NOT removed",
            (source_key, *lines),
        )
        return [row[0] for row in rows]

    def mark_edges_removed(self, article_id: str, lines: Iterable[str]) -> None:
        """Note that the corpus pass took `lines` out of an article."""
        self._db.executemany(
            "UPDATE edges SET removed = 1 WHERE article_id = ? AND line = ?",
            [(article_id, line) for line in lines],
        )

    def get(self, article_id: str) -> Article | None:
        """One article, or None."""
        row = self._db.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        if not row:
            return None
        article = decode_article(row[0])
        article.labelled_paths = self.labelled_paths_of(article_id)
        return article

    def bodies(self, ids: Iterable[str]) -> dict[str, str]:
        """The bodies of several articles by id (missing ids left out)."""
        rows = in_chunks(self._db, "SELECT id, data FROM articles WHERE id IN", ids)
        return {article_id: decode_body(blob) for article_id, blob in rows}

    def exists(self, article_id: str) -> bool:
        """True when the article is in the library."""
        query = "SELECT 1 FROM articles WHERE id = ?"
        return self._db.execute(query, (article_id,)).fetchone() is not None

    def count(self) -> int:
        """Number of articles."""
        return self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def ids(self) -> set[str]:
        """Every article id."""
        return {row[0] for row in self._db.execute("SELECT id FROM articles")}

    def listing(self, limit: int, offset: int = 0, newest_first: bool = True) -> list[Row]:
        """Articles by date (undated last), without loading bodies."""
        order = "DESC" if newest_first else "ASC"
        rows = self._db.execute(
            "SELECT id, title, source, published FROM articles "
            f"ORDER BY published IS NULL, published {order}, title LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [Row(*row) for row in rows]

    # Files and locations --------------------------------------------------------------
    def known_files(self) -> list[tuple[str, int, int]]:
        """(path, size, mtime_ns) of every file read, in path order (the table's own: no
        sorting), for the quick no-change look."""
        return self._db.execute("SELECT path, size, mtime_ns FROM files ORDER BY path").fetchall()

    def file_states(self) -> dict[str, FileState]:
        """Every known source file with its size, mtime and hash."""
        rows = self._db.execute("SELECT path, size, mtime_ns, sha FROM files")
        return {path: FileState(size, mtime, sha) for path, size, mtime, sha in rows}

    def set_file(self, path: str, state: FileState) -> None:
        """Record a file's state."""
        self._db.execute(
            "INSERT OR REPLACE INTO files (path, size, mtime_ns, sha) VALUES (?,?,?,?)",
            (path, state.size, state.mtime_ns, state.sha),
        )
        self._db.execute("DELETE FROM failed WHERE path = ?", (path,))

    def drop_file(self, path: str) -> list[str]:
        """Forget a file and its locations; return the article ids it held."""
        held = [
            r[0] for r in self._db.execute("SELECT article_id FROM locs WHERE path = ?", (path,))
        ]
        self._db.execute("DELETE FROM files WHERE path = ?", (path,))
        self._db.execute("DELETE FROM locs WHERE path = ?", (path,))
        self._db.execute("DELETE FROM failed WHERE path = ?", (path,))
        self._db.execute("DELETE FROM bad_entries WHERE path = ?", (path,))
        return held

    def failed_files(self) -> dict[str, Failure]:
        """Every file that could not be read or parsed, as it was then."""
        try:
            rows = self._db.execute(
                "SELECT path, size, mtime_ns, ctime_ns, cap, reason FROM failed"
            ).fetchall()
        except sqlite3.OperationalError:  # a catalog opened read only from before the table
            return {}
        return {row[0]: Failure(*row[1:]) for row in rows}

    def set_failed(self, path: str, failure: Failure) -> None:
        """Record that a file (its other records dropped first) could not be read."""
        self._db.execute(
            "INSERT OR REPLACE INTO failed (path, size, mtime_ns, ctime_ns, cap, reason) "
            "VALUES (?,?,?,?,?,?)",
            (path, *failure),
        )

    def set_bad_entry(self, path: str, label: str, reason: str) -> None:
        """Record that entry `label` of file `path` could not be read, and why."""
        self._db.execute(
            "INSERT OR REPLACE INTO bad_entries (path, label, reason) VALUES (?,?,?)",
            (path, label, reason),
        )

    def bad_entries(self) -> list[tuple[str, str, str]]:
        """Every entry (path, label, reason) of a readable file that could not be read."""
        try:
            return self._db.execute(
                "SELECT path, label, reason FROM bad_entries ORDER BY path, label"
            ).fetchall()
        except sqlite3.OperationalError:  # a catalog opened read only from before the table
            return []

    def add_loc(self, path: str, label: str, article_id: str) -> None:
        """Record that entry `label` of file `path` ("" for the whole file) is article
        `article_id`."""
        self._db.execute(
            "INSERT OR REPLACE INTO locs (path, label, article_id) VALUES (?,?,?)",
            (path, label, article_id),
        )

    def paths_of(self, article_id: str) -> list[str]:
        """The files an article was read from."""
        rows = self._db.execute(
            "SELECT DISTINCT path FROM locs WHERE article_id = ? ORDER BY path", (article_id,)
        )
        return [row[0] for row in rows]

    def labelled_paths_of(self, article_id: str) -> list[str]:
        """The files an article was read from, as `paths_of` orders them, each with its
        entry's label when the file holds several articles ("/news/feed.jsonl:3"; a file
        of one article, a JSON Lines file of one line too, is its bare path)."""
        rows = self._db.execute(
            "SELECT path, label, (SELECT COUNT(*) FROM locs AS other WHERE other.path = locs.path)"
            " FROM locs WHERE article_id = ? ORDER BY path",
            (article_id,),
        )
        found: dict[str, list[str]] = {}
        for path, label, entries in rows:
            alone = entries == 1 and label in ("", ":1", "#1")
            found.setdefault(path, []).append("" if alone else label)
        return [path + _first(labels) for path, labels in found.items()]

    def entries_of_path(self, path: str) -> list[tuple[str, str]]:
        """(label, article id) of each article read from a file, in the file's order
        ("" for a whole file; ":2" before ":10", "#2" before "#10")."""
        rows = self._db.execute("SELECT label, article_id FROM locs WHERE path = ?", (path,))
        return sorted(rows, key=lambda row: (len(row[0]), row[0]))

    def counts_by_path_prefix(self, prefixes: Iterable[str]) -> dict[str, int]:
        """Articles under each prefix (a registered source folder or file)."""
        counts = {}
        for prefix in prefixes:
            like = prefix.rstrip("/").replace("%", r"\%").replace("_", r"\_")
            row = self._db.execute(
                "SELECT COUNT(DISTINCT article_id) FROM locs WHERE path = ? OR path LIKE ? ESCAPE '\\'",
                (prefix, like + "/%"),
            ).fetchone()
            counts[prefix] = row[0]
        return counts


def _first(labels: list[str]) -> str:
    """The first of an article's entry labels in one file (an exact copy read twice from
    a file is one article: it is named by its first entry), in the file's order."""
    return min(labels, key=lambda label: (len(label), label))


# Reads of the articles table by the catalog's other modules (on the connection) --------
def light_rows(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, Row]:
    """Light rows of several articles by id (missing ids are left out)."""
    rows = in_chunks(db, "SELECT id, title, source, published FROM articles WHERE id IN", ids)
    return {row[0]: Row(*row) for row in rows}


def present(db: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    """Those of `ids` that are articles of the library."""
    return {row[0] for row in in_chunks(db, "SELECT id FROM articles WHERE id IN", ids)}


def sources_and_dates(
    db: sqlite3.Connection, ids: Iterable[str]
) -> list[tuple[str | None, str | None]]:
    """(source, published) of each of `ids` in the library."""
    return in_chunks(db, "SELECT source, published FROM articles WHERE id IN", ids)
