"""Fact rows stored by form (`entity_forms`, `alias_forms`): what the readers see, what a
deleted article leaves behind, and that every read is an index look-up."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from briefing.catalog import factstore, shared
from briefing.catalog.docstore import DocStore
from briefing.catalog.entities import entity_names, entity_page
from briefing.core.facts import DateFact, Facts, Organisation, Person, Place
from briefing.core.model import Article

BODY = "Mayor Jan Peeters of Antwerp spoke on 3 March 2025. The port union answered in 2026."


def _article(article_id: str, day: int, facts: Facts) -> Article:
    published = datetime(2025, 3, day)
    return Article(id=article_id, title=article_id, body=BODY, published=published, facts=facts)


def _person(name: str, role: str | None, mentions: list[str], count: int) -> Person:
    return Person(name, role, mentions, [(0, 3)] * count)


def _facts(*people: Person, places=(), orgs=(), dates=()) -> Facts:
    return Facts(
        people=list(people), places=list(places), organisations=list(orgs), dates=list(dates)
    )


ANTWERP = Place("Antwerp", "city", ["Antwerp"], [(21, 28)])
UNION = Organisation("Port Union", ["port union", "the Union"], [(54, 64)])
MARCH = DateFact("3 March 2025", "2025-03-03", "2025-03-03", "day", [(38, 50)])
LATER = DateFact("2026", "2026", "", "year", [(79, 83)])
ARTICLES = {
    # Two rows of one person in one article: the role of the one mentioned most is kept.
    "aaaa": _facts(
        _person("Jan Peeters", None, ["Peeters"], 1),
        _person("Jan Peeters", "mayor", ["Jan Peeters", "Mayor Peeters"], 3),
        places=[ANTWERP],
        dates=[MARCH],
    ),
    "bbbb": _facts(_person("JAN PEETERS", "union secretary", ["Peeters"], 2), orgs=[UNION]),
    "cccc": _facts(
        _person("Jan Peeters", "mayor", ["Peeters"], 1), places=[ANTWERP], dates=[MARCH, LATER]
    ),
    "dddd": _facts(_person("Ann Jansen", None, ["Jansen"], 1), orgs=[UNION]),
}


@pytest.fixture
def store(tmp_path):
    docs = DocStore(tmp_path / "docs.sqlite")
    for day, (article_id, facts) in enumerate(ARTICLES.items(), start=1):
        article = _article(article_id, day, facts)
        docs.put(article)
        factstore.record(docs.db, article)
    yield docs
    docs.close()


def _page(db, name: str) -> dict:
    page = entity_page(db, name)
    assert page is not None
    data = page.to_json()
    data["mentions"] = {item.article.id: (item.role, item.mentions) for item in page.articles}
    return data


def test_an_entity_page_reads_names_roles_and_mentions_through_the_forms(store):
    page = _page(store.db, "peeters")  # an alias form finds the person
    assert page["name"] == "Jan Peeters"  # two articles write it so, one "JAN PEETERS"
    assert page["names"] == ["Jan Peeters", "JAN PEETERS", "Mayor Peeters", "Peeters"]
    assert page["roles"] == ["mayor", "union secretary"]
    assert page["article_count"] == 3
    assert page["mentions"] == {
        "cccc": ("mayor", 1),
        "bbbb": ("union secretary", 2),
        "aaaa": ("mayor", 3),
    }
    assert [item["id"] for item in page["articles"]] == ["cccc", "bbbb", "aaaa"]
    assert _page(store.db, "org:the union")["article_count"] == 2
    # The smallest name of the key; "Jansen" is a form "Ann Jansen" is mentioned by.
    assert entity_names(store.db, "jan") == [
        ("JAN PEETERS", "person", 3),
        ("Ann Jansen", "person", 1),
    ]


def test_the_readers_by_article_and_by_key_agree_with_what_was_recorded(store):
    db = store.db
    assert shared.entities_of(db, "aaaa") == [
        ("person", "jan peeters", "Jan Peeters"),
        ("person", "jan peeters", "Jan Peeters"),
        ("place", "antwerp", "Antwerp"),
    ]  # in the order the article's rows were written
    assert shared.article_frequencies(db, ["jan peeters", "port union"]) == {
        ("person", "jan peeters"): 4,  # rows, as before: "aaaa" names him twice
        ("org", "port union"): 2,
    }
    assert sorted(shared.naming(db, ["antwerp"])) == [
        ("aaaa", "place", "antwerp"),
        ("cccc", "place", "antwerp"),
    ]
    assert shared.naming(db, ["port union"], among=["dddd", "cccc"]) == [
        ("dddd", "org", "port union")
    ]
    # Each entity counts once an article: "aaaa" has two rows of him, "bbbb" another name.
    peeters, antwerp = ("person", "jan peeters"), ("place", "antwerp")
    assert shared.weight_by_article(db, {peeters: 1.0, antwerp: 0.25}) == {
        "aaaa": 1.25,
        "bbbb": 1.0,
        "cccc": 1.25,
    }
    assert shared.weight_by_article(db, {antwerp: 0.5, ("person", "antwerp"): 2.0}) == {
        "aaaa": 0.5,
        "cccc": 0.5,
    }
    assert sorted(factstore.entity_counts(db, ["aaaa", "bbbb"])) == [
        ("org", "port union", "Port Union", 1),
        ("person", "jan peeters", "JAN PEETERS", 1),
        ("person", "jan peeters", "Jan Peeters", 1),
        ("place", "antwerp", "Antwerp", 1),
    ]


def test_entity_frequencies_are_counted_afresh_once_the_catalog_changes(store, tmp_path):
    db = store.db
    union = ("org", "port union")
    assert shared.article_frequencies(db, ["port union"]) == {union: 2}
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    try:  # unchanged: the count is remembered, not read again
        assert shared.article_frequencies(db, ["port union", "port union"]) == {union: 2}
    finally:
        db.set_trace_callback(None)
    assert not [s for s in statements if "COUNT" in s]
    factstore.forget(db, "dddd")  # a write through this connection
    assert shared.article_frequencies(db, ["port union"]) == {union: 1}
    other = DocStore(tmp_path / "docs.sqlite")  # a commit by another connection
    try:
        factstore.forget(other.db, "bbbb")
    finally:
        other.close()
    assert shared.article_frequencies(db, ["port union"]) == {}
    assert shared.article_frequencies(db, ["jan peeters"]) == {("person", "jan peeters"): 3}


def test_dated_rows_read_their_dates_and_sentences_through_the_forms(store):
    db = store.db
    first = "Mayor Jan Peeters of Antwerp spoke on 3 March 2025."
    later = "The port union answered in 2026."
    march = ("2025-03-03", "2025-03-03", "day", "3 March 2025", first, 38)
    assert factstore.dated_rows(db, None) == [
        ("aaaa", *march),
        ("cccc", *march),
        ("cccc", "2026", "2026", "year", "2026", later, 79),  # no end: the start
    ]
    assert factstore.dated_rows(db, ["cccc"]) == factstore.dated_rows(db, None)[1:]
    assert factstore.dated_ids(db, "2025-03-01", "2025-03-31") == {"aaaa", "cccc"}
    assert factstore.dated_ids(db, "2026-01-01", None) == {"cccc"}
    assert _count(db, "date_forms") == 2
    factstore.forget(db, "cccc")
    assert _count(db, "date_forms") == 1 and _count(db, "sentences") == 1
    assert factstore.dated_ids(db, "2026-01-01", None) == set()


def _count(db, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_forgetting_an_article_removes_its_rows_and_the_forms_no_one_else_uses(store):
    db = store.db
    before = _page(db, "Jan Peeters")
    forms = _count(db, "entity_forms"), _count(db, "alias_forms")
    factstore.forget(db, "bbbb")
    number = "(SELECT num FROM articles WHERE id = 'bbbb')"
    assert db.execute(f"SELECT COUNT(*) FROM entities WHERE article = {number}").fetchone() == (0,)
    assert db.execute(f"SELECT COUNT(*) FROM aliases WHERE article = {number}").fetchone() == (0,)
    names = {row[0] for row in db.execute("SELECT name FROM entity_forms")}
    assert "JAN PEETERS" not in names and "Port Union" in names  # "dddd" still names it
    assert _count(db, "entity_forms") == forms[0] - 1
    assert _page(db, "Jan Peeters")["article_count"] == 2
    factstore.forget(db, "dddd")
    assert entity_page(db, "Port Union") is None and entity_page(db, "the union") is None
    assert _count(db, "alias_forms") < forms[1]
    for article_id in ("bbbb", "dddd"):  # recorded again: the same page as before
        factstore.record(db, _article(article_id, 2, ARTICLES[article_id]))
    assert {k: v for k, v in _page(db, "Jan Peeters").items() if k != "articles"} == {
        k: v for k, v in before.items() if k != "articles"
    }


def test_every_read_of_the_fact_tables_is_an_index_look_up(store):
    db = store.db
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    try:
        entity_page(db, "Peeters")
        entity_page(db, "Ann Jansen")
        entity_names(db, "j")
        keys = [key for _, key, _ in shared.entities_of(db, "aaaa")]
        shared.article_frequencies(db, keys)
        shared.naming(db, keys)
        shared.naming(db, keys, among=["bbbb", "cccc"])
        shared.weight_by_article(db, {("person", "jan peeters"): 1.0, ("org", "port union"): 2.0})
        factstore.entity_counts(db, ["aaaa", "bbbb"])
        factstore.alias_names(db, "jan peeters", "person")
        factstore.dated_rows(db, ["aaaa"])
        factstore.dated_ids(db, "2025-01-01", "2025-12-31")
    finally:
        db.set_trace_callback(None)
    tables = re.compile(r"\b(entities|entity_forms|aliases|alias_forms|dated|dates)\b")
    checked = 0
    for statement in statements:
        if not statement.lstrip().upper().startswith("SELECT") or not tables.search(statement):
            continue
        plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {statement}")]
        # A scan of a table or an index reads all of it; of a subquery's rows, only those.
        scans = [step for step in plan if step.startswith("SCAN") and "(subquery" not in step]
        assert not scans, (statement, plan)
        checked += 1
    assert checked >= 14
