"""The lean segment writer must write what Whoosh's own SegmentWriter writes."""

from __future__ import annotations

from datetime import datetime

from whoosh import index
from whoosh.writing import SegmentWriter

from briefing.search.schema import build_schema, preanalyze
from briefing.search.writer import LeanWriter
from tests.conftest import REPO


def _documents(preanalysed: bool) -> list[dict]:
    docs = []
    for number, path in enumerate(sorted((REPO / "sample_data").rglob("*.md"))[:25]):
        text = path.read_text("utf-8")
        title, body = text.split("\n", 1)[0], text
        doc = {
            "id": f"doc{number:03d}",
            "title": preanalyze("title", title) if preanalysed else title,
            "body": preanalyze("body", body) if preanalysed else body,
            "byline": "Staff reporter" if number % 2 else "",
            "source": "Harbour Daily",
            "tags": "port,strike" if number % 3 else "",
            "story": f"doc{number - number % 4:03d}",
        }
        if number % 5:
            doc["published"] = datetime(2025, 3, 1 + number % 28)
        docs.append(doc)
    return docs


def _contents(ix) -> dict:
    """Everything a search can see: postings, term statistics, lengths, stored fields."""
    found: dict = {}
    with ix.reader() as reader:
        for fieldname in ix.schema.names():
            if not ix.schema[fieldname].indexed:
                continue
            for term in reader.lexicon(fieldname):
                matcher = reader.postings(fieldname, term)
                found[fieldname, term] = list(matcher.items_as("weight"))
                info = reader.term_info(fieldname, term)
                found[fieldname, term, "info"] = (
                    info.weight(),
                    info.doc_frequency(),
                    info.min_length(),
                    info.max_length(),
                    info.max_weight(),
                )
            found[fieldname, "lengths"] = [
                reader.doc_field_length(docnum, fieldname)
                for docnum in range(reader.doc_count_all())
            ]
        found["stored"] = [reader.stored_fields(d) for d in range(reader.doc_count_all())]
        found["deleted"] = sorted(reader.all_doc_ids())
    return found


def _build(tmp_path, name, writer_class, rounds) -> object:
    folder = tmp_path / name
    folder.mkdir()
    ix = index.create_in(str(folder), build_schema())
    for docs, deletions in rounds:
        writer = writer_class(ix)
        for term in deletions:
            writer.delete_by_term("id", term)
        for doc in docs:
            writer.add_document(**doc)
        writer.commit()
    return ix


def test_lean_writer_writes_what_whoosh_writes(tmp_path):
    docs = _documents(preanalysed=True)
    rounds = [(docs[:15], []), (docs[15:], ["doc003", "doc007"]), ([docs[3]], [])]
    ours = _build(tmp_path, "lean", LeanWriter, rounds)
    whoosh = _build(tmp_path, "whoosh", SegmentWriter, rounds)
    assert _contents(ours) == _contents(whoosh)


def test_lean_writer_takes_plain_text_too(tmp_path):
    rounds = [(_documents(preanalysed=False), [])]
    ours = _build(tmp_path, "lean", LeanWriter, rounds)
    whoosh = _build(tmp_path, "whoosh", SegmentWriter, [(_documents(preanalysed=True), [])])
    assert _contents(ours) == _contents(whoosh)


def test_lean_writer_spills_to_disk_like_whoosh(tmp_path):
    docs = _documents(preanalysed=True)
    folder = tmp_path / "small"
    folder.mkdir()
    ix = index.create_in(str(folder), build_schema())
    writer = LeanWriter(ix, limitmb=0.01)  # a run written every few postings
    for doc in docs:
        writer.add_document(**doc)
    assert len(writer.pool.runs) > 1
    writer.commit()
    whoosh = _build(tmp_path, "whoosh", SegmentWriter, [(docs, [])])
    assert _contents(ix) == _contents(whoosh)


def test_pool_merges_many_runs_and_the_postings_in_memory(tmp_path):
    from random import Random

    from whoosh.filedb.filestore import FileStorage

    from briefing.search.writer import LeanPool

    rng = Random(5)
    postings = [
        ("body", rng.choice([b"dock", b"strike", b"port", b"\xc3\xa9t\xc3\xa9"]), docnum, 1.0, b"v")
        for docnum in range(3000)
    ]
    pool = LeanPool(FileStorage(str(tmp_path)), None, limitmb=0.02)
    for posting in postings:
        pool.add(posting)
    assert len(pool.runs) > 6 and pool.current  # runs on disk and postings in memory
    assert list(pool.items(maxfiles=3)) == sorted(postings)  # runs merged down first
    assert list(tmp_path.iterdir()) == []  # every run file removed


def test_the_indexer_s_writer_replaces_documents_without_mapping_the_index(tmp_path):
    # Whoosh copies a memory-mapped segment's files into memory whole when it opens
    # them: a writer replacing one document would hold the whole index.
    from briefing.search.index import SearchIndex

    search_index = SearchIndex.create(tmp_path)
    writer = search_index.writer()
    documents = _documents(preanalysed=True)
    for doc in documents:
        writer.add_document(**doc)
    writer.commit()
    writer = search_index.writer()
    assert not writer.storage.supports_mmap
    replaced = {**_documents(preanalysed=False)[3], "title": "Replaced"}
    writer.update_document(**replaced)
    writer.commit()
    from whoosh.qparser import QueryParser

    with search_index.searcher() as searcher:
        query = QueryParser("title", searcher.schema).parse("Replaced")
        assert [hit["id"] for hit in searcher.search(query)] == ["doc003"]
        assert searcher.doc_count() == len(documents)  # replaced, not added beside it


def test_a_term_of_one_document_is_inlined_and_read_as_any_other(tmp_path):
    from whoosh.codec.whoosh3 import W3Codec
    from whoosh.qparser import QueryParser

    docs = [
        {"id": "one", "title": "Ferry pier", "body": "the old ferry pier closes on friday"},
        {"id": "two", "title": "Ferry times", "body": "the ferry leaves at noon on friday"},
    ]
    ours = _build(tmp_path, "lean", LeanWriter, [(docs, [])])
    whoosh = _build(tmp_path, "whoosh", SegmentWriter, [(docs, [])])
    assert _contents(ours) == _contents(whoosh)
    with ours.reader() as reader:
        assert reader.term_info("body", "pier").is_inlined()  # one document: inlined
        assert not reader.term_info("body", "ferri").is_inlined()  # two: a block
        (segment,) = ours._segments()
        assert type(segment.codec()) is W3Codec  # the index names Whoosh's own codec
    with ours.searcher() as searcher:
        for text, found in (('"old ferry pier"', ["one"]), ('"ferry leaves"', ["two"])):
            query = QueryParser("body", searcher.schema).parse(text)
            assert [hit["id"] for hit in searcher.search(query)] == found
