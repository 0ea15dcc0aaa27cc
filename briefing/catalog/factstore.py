"""Key facts by article in the document store's SQLite database.

Entity pages, related articles, facets and the timeline query these rows instead of
decoding whole articles: one row per entity an article names (with its role), one per
alias (each mention form), one per quote and one per dated event with its sentence.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from briefing.catalog.lookup import in_chunks
from briefing.core.facts import Person
from briefing.core.kinds import entity_groups
from briefing.core.model import Article
from briefing.core.softbreaks import join_soft_breaks

_SPACE = re.compile(r"\s+")
# Words whose full stop ends no sentence: month and title abbreviations ("Dec. 25",
# "Sept. 11", "Dr. Wren"), and a lone capital (an initial: "John F. Kennedy").
ABBREVIATIONS = (
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Mr Mrs Ms Dr Prof Gen Gov Sen Rep Lt Col Capt Sgt Cmdr Adm Rev Hon St Mt Jr Sr No"
).split()
# A full stop that follows none of them (checked once the stop is matched).
NOT_ABBREVIATED = "".join(rf"(?<!\b{word}\.)" for word in ABBREVIATIONS) + r"(?<!\b[A-Z]\.)"
# A sentence ends after ".", "!" or "?" (and any closing quotes) where white space follows,
# and at a run of newlines; a full stop after one of ABBREVIATIONS does not end one.
# Every branch opens with the punctuation itself, so the engine skips straight to the next
# such character instead of trying every position (with the look-behinds before the stop,
# it tried them all at every character: 3 ms a sentence, most of the indexer's time in
# storing fact rows); a match opens on the punctuation (`_sentence_end` counts the
# sentence's edge from just after it).
_BOUNDARY = re.compile(rf"(?:[!?\n]|\.{NOT_ABBREVIATED})(?:(?<=[.!?])[\"'”’)]*\s+|(?<=\n)\n*)")
_MAX_SENTENCE = 400


@lru_cache(maxsize=65_536)
def entity_key(name: str) -> str:
    """The look-up key of a name: case, accents, spacing and curly quotes folded.

    Memoised: the indexer keys every name, mention and speaker of every article, and
    names recur across a library (a tenth of the indexer's time at 10,000 articles).
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("’", "'").replace("‘", "'").casefold()
    return _SPACE.sub(" ", text).strip(" .,;:\"'")


def record(db: sqlite3.Connection, article: Article) -> None:
    """Replace the fact rows of `article` with those of its current facts."""
    forget(db, article.id)
    facts = article.facts
    if facts is None:
        return
    article_id = article.id
    entities, aliases = [], []  # (form, role, mentions), alias forms
    for _, kind, items in entity_groups(facts):
        for item in items:
            name = item.name.strip()
            key = entity_key(name)
            if not key:
                continue
            mentions = max(len(item.spans), 1)
            role = item.role if isinstance(item, Person) else getattr(item, "kind", None)
            entities.append(((kind, key, name), role or None, mentions))
            shown_by_alias = {}
            for mention in item.mentions:
                alias = entity_key(mention)
                if alias and alias != key:
                    shown_by_alias.setdefault(alias, mention.strip())
            aliases.extend(
                (alias, shown, key, kind) for alias, shown in sorted(shown_by_alias.items())
            )
    nums = _forms(db, "entity_forms", ENTITY_FORM, "key", [form for form, _, _ in entities])
    number = article_number(db, article_id)
    db.executemany(
        "INSERT INTO entities (num, article, seq, role, mentions) VALUES (?,?,?,?,?)",
        [
            (num, number, seq, role, mentions)
            for seq, (num, (_, role, mentions)) in enumerate(zip(nums, entities, strict=True))
        ],
    )
    db.executemany(
        "INSERT OR IGNORE INTO aliases (num, article) VALUES (?,?)",
        [(num, number) for num in _forms(db, "alias_forms", ALIAS_FORM, "alias", aliases)],
    )
    quote_rows = []
    for quote in facts.quotes:
        speaker = (quote.speaker or "").strip()
        text = quote.text.strip()
        if speaker and text and entity_key(speaker):
            quote_rows.append(
                (article_id, len(quote_rows), entity_key(speaker), speaker, text, quote.span[0])
            )
    db.executemany(
        "INSERT INTO quotes (article_id, seq, speaker_key, speaker, text, start) "
        "VALUES (?,?,?,?,?,?)",
        quote_rows,
    )
    dated = []  # (form, sentence, position)
    body = join_soft_breaks(article.body)  # a hard-wrapped line ends no sentence
    for fact in facts.dates:
        start, end = fact.start, fact.end
        if not start[:4].isdigit():
            continue  # no year ("--03-11"): it cannot be placed on a timeline
        form = (start, end or start, fact.granularity, fact.text)
        for position, _ in fact.spans or [(0, 0)]:
            dated.append((form, sentence_at(body, position), position))
    nums = _forms(db, "date_forms", DATE_FORM, "start", [form for form, _, _ in dated])
    db.executemany(
        "INSERT INTO dated (article_id, seq, num, sentence, pos) VALUES (?,?,?,?,?)",
        [
            (article_id, seq, num, _sentence_id(db, sentence), position)
            for seq, (num, (_, sentence, position)) in enumerate(zip(nums, dated, strict=True))
        ],
    )


def article_number(db: sqlite3.Connection, article_id: str) -> int | None:
    """The number the entity rows hold for a stored article (None when not stored)."""
    row = db.execute("SELECT num FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None


ENTITY_FORM = ("kind", "key", "name")
ALIAS_FORM = ("alias", "shown", "key", "kind")
DATE_FORM = ("start", "end", "granularity", "text")
# The tables of rows by article that point to a forms table, and their article column
# (the article's number, or its id).
_FORMS = (
    ("entities", "entity_forms", "article"),
    ("aliases", "alias_forms", "article"),
    ("dated", "date_forms", "article_id"),
)


def _forms(
    db: sqlite3.Connection, table: str, columns: tuple[str, ...], by: str, wanted: list[tuple]
) -> list[int]:
    """The numbers of the rows `wanted` of a forms table (see `_FORMS`), the new ones added:
    one look-up by the `by` column (its unique index's first) for an article's forms
    instead of one per form."""
    if not wanted:
        return []
    at = columns.index(by)
    found: dict[tuple, int] = {}
    rows = in_chunks(
        db,
        f"SELECT num, {', '.join(columns)} FROM {table} WHERE {by} IN",
        sorted({values[at] for values in wanted}),
    )
    for row in rows:
        found[tuple(row[1:])] = row[0]
    insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})"
    for values in wanted:
        if values not in found:
            found[values] = db.execute(insert, values).lastrowid
    return [found[values] for values in wanted]


def _sentence_id(db: sqlite3.Connection, sentence: str) -> int:
    """The id of `sentence` in the sentences table, counting one more row that uses it.

    The id is the text's 64-bit hash; should another text already hold it, the next
    free one is taken (the dated row stores the id it got, so reads never hash)."""
    digest = hashlib.blake2b(sentence.encode("utf-8"), digest_size=8).digest()
    number = int.from_bytes(digest, "big", signed=True)
    while True:
        cursor = db.execute(
            "INSERT INTO sentences (id, text, n) VALUES (?, ?, 1) "
            "ON CONFLICT(id) DO UPDATE SET n = n + 1 WHERE text = excluded.text",
            (number, sentence),
        )
        if cursor.rowcount == 1:
            return number
        number = number + 1 if number < _MAX_ID else -_MAX_ID - 1


_MAX_ID = 2**63 - 1


def forget(db: sqlite3.Connection, article_id: str) -> None:
    """Remove every fact row of an article (and the sentences and forms no other row
    uses); before the article itself, whose number the entity rows hold."""
    uses = Counter(
        row[0]
        for row in db.execute("SELECT sentence FROM dated WHERE article_id = ?", (article_id,))
    )
    if uses:
        db.executemany(
            "UPDATE sentences SET n = n - ? WHERE id = ?", [(n, sid) for sid, n in uses.items()]
        )
        db.executemany("DELETE FROM sentences WHERE id = ? AND n <= 0", [(sid,) for sid in uses])
    number = article_number(db, article_id)
    for table, forms, column in _FORMS:
        value = number if column == "article" else article_id
        nums = {
            row[0] for row in db.execute(f"SELECT num FROM {table} WHERE {column} = ?", (value,))
        }
        db.execute(f"DELETE FROM {table} WHERE {column} = ?", (value,))
        db.executemany(
            f"DELETE FROM {forms} WHERE num = ? "
            f"AND NOT EXISTS (SELECT 1 FROM {table} WHERE num = ?)",
            [(num, num) for num in nums],
        )
    db.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))


# Reads (entity pages, facets, the timeline) -----------------------------------------
# The entity rows with their forms (`f`: kind, key, name; `e`: article (its number), seq,
# role, mentions), from a form to its rows or from an article's rows to their forms; and
# the same with each row's article (`a`: id).
ENTITY_ROWS = "entity_forms f JOIN entities e ON e.num = f.num"
ENTITY_ARTICLES = f"{ENTITY_ROWS} JOIN articles a ON a.num = e.article"
# The numbers of the articles whose ids follow (`in_chunks`' head; closed by `NUMBERS_END`).
NUMBERS_OF = "(SELECT num FROM articles WHERE id IN"
NUMBERS_END = ")"
_ALIAS_ROWS = "alias_forms f JOIN aliases a ON a.num = f.num"


def entity_kinds(
    db: sqlite3.Connection, key: str, aliases: bool = False
) -> list[tuple[str, str, int]]:
    """(key, kind, articles) of the entities whose canonical name (or, with `aliases`, a
    mention form) has the look-up key `key`."""
    if aliases:
        sql = (
            f"SELECT f.key, f.kind, COUNT(DISTINCT a.article) FROM {_ALIAS_ROWS} WHERE f.alias = ?"
        )
    else:
        sql = f"SELECT f.key, f.kind, COUNT(DISTINCT e.article) FROM {ENTITY_ROWS} WHERE f.key = ?"
    return db.execute(f"{sql} GROUP BY f.key, f.kind", (key,)).fetchall()


def entity_mentions(
    db: sqlite3.Connection, key: str, kind: str
) -> list[tuple[str, int, str, str | None, int]]:
    """(article id, its row's order in the article, name shown, role, mentions) of an
    entity in each article naming it."""
    return db.execute(
        "SELECT a.id, e.seq, f.name, e.role, e.mentions "
        f"FROM {ENTITY_ARTICLES} WHERE f.key = ? AND f.kind = ?",
        (key, kind),
    ).fetchall()


def alias_names(db: sqlite3.Connection, key: str, kind: str) -> list[str]:
    """The other forms articles mention an entity by."""
    rows = db.execute(
        "SELECT DISTINCT shown FROM alias_forms WHERE key = ? AND kind = ?", (key, kind)
    )
    return [row[0] for row in rows]


def alias_entities(db: sqlite3.Connection, prefix: str, end: str) -> list[tuple[str, str]]:
    """(key, kind) of the entities mentioned by a form from `prefix` up to `end`."""
    return db.execute(
        "SELECT DISTINCT key, kind FROM alias_forms WHERE alias >= ? AND alias < ?", (prefix, end)
    ).fetchall()


def quotes_by(db: sqlite3.Connection, key: str) -> list[tuple[str, str, int]]:
    """(article id, text, start) of every quote whose speaker has the look-up key `key`."""
    return db.execute(
        "SELECT article_id, text, start FROM quotes WHERE speaker_key = ?", (key,)
    ).fetchall()


def entity_counts(db: sqlite3.Connection, ids: Iterable[str]) -> list[tuple[str, str, str, int]]:
    """(kind, key, name, articles) of the entities the articles `ids` name.

    Counted by form number, then named: twice as fast as grouping the names."""
    return in_chunks(
        db,
        "SELECT f.kind, f.key, f.name, n FROM (SELECT num, COUNT(DISTINCT article) AS n "
        f"FROM entities WHERE article IN {NUMBERS_OF}",
        ids,
        f"{NUMBERS_END} GROUP BY num) JOIN entity_forms f USING (num)",
    )


DATED_COLUMNS = "d.article_id, t.start, t.end, t.granularity, t.text, s.text, d.pos"
_DATED = (
    f"SELECT {DATED_COLUMNS} FROM dated d JOIN date_forms t ON t.num = d.num "
    "JOIN sentences s ON s.id = d.sentence"
)


def dated_rows(db: sqlite3.Connection, ids: Iterable[str] | None) -> list[tuple]:
    """(article id, start, end, granularity, text, sentence, position) of the dated events
    of `ids` (of every article when None), by date."""
    if ids is None:
        rows = db.execute(f"{_DATED} ORDER BY t.start, t.end, d.article_id, d.pos")
        return rows.fetchall()
    rows = in_chunks(db, f"{_DATED} WHERE d.article_id IN", ids)
    rows.sort(key=lambda row: (row[1], row[2], row[0], row[6]))
    return rows


# A dated row's first and last day as ISO days ("2020" runs 2020-01-01 to 2020-12-31; a
# month's last day is written -31, which sorts right for any month).
_FIRST_DAY = (
    "CASE length(start) WHEN 4 THEN start || '-01-01' WHEN 7 THEN start || '-01' ELSE start END"
)
_LAST_DAY = "CASE length(end) WHEN 4 THEN end || '-12-31' WHEN 7 THEN end || '-31' ELSE end END"


def dated_ids(db: sqlite3.Connection, first: str | None, last: str | None) -> set[str]:
    """Ids of the articles naming a date that lies wholly within ISO days `first` to
    `last` (both included; None leaves that side open): `2020-03` is within 2020, the
    1990s are not within 1995."""
    clauses, values = [], []
    if first is not None:
        clauses.append(f"start >= ? AND {_FIRST_DAY} >= ?")
        values += [first[:4], first]
    if last is not None:
        clauses.append(f"start <= ? AND {_LAST_DAY} <= ?")
        values += [last, last]
    where = " AND ".join(clauses) or "1"
    return {
        row[0]
        for row in db.execute(
            "SELECT DISTINCT d.article_id FROM date_forms t JOIN dated d ON d.num = t.num "
            f"WHERE {where}",
            values,
        )
    }


def sentence_at(body: str, position: int) -> str:
    """The sentence of `body` around character `position` (trimmed to a readable length)."""
    if not body:
        return ""
    position = min(max(position, 0), len(body) - 1)
    start = _sentence_start(body, position)
    end = _sentence_end(body, position)
    end = min(end, start + _MAX_SENTENCE)
    return " ".join(body[start:end].split())  # white space folded to single spaces


def _sentence_start(body: str, position: int) -> int:
    """Where the sentence around `position` starts: after the last boundary that ends within
    the `_MAX_SENTENCE` characters before it (else 0, or halfway back when that is far)."""
    low = max(0, position - _MAX_SENTENCE)
    start = 0
    # From one character before the window, so punctuation just outside it still counts
    # for the white space inside it.
    for match in _BOUNDARY.finditer(body, max(0, low - 1), position):
        if match.start() < low and body[match.start()] == "\n" and match.end() == low:
            continue  # a newline run wholly before the window
        start = match.end()
    if start == 0 and position > _MAX_SENTENCE:
        start = position - _MAX_SENTENCE // 2
    return start


def _sentence_end(body: str, position: int) -> int:
    """Where the white space after the sentence around `position` starts (else the end)."""
    at = max(0, position - 1)
    while (match := _BOUNDARY.search(body, at)) is not None:
        opens = match.start() + (body[match.start()] != "\n")  # after the punctuation
        if opens >= position:
            return opens
        if match.end() > position:
            return position  # inside a run of newlines that goes on past `position`
        at = match.end()
    return len(body)
