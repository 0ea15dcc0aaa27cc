"""The fast ranking and the bulk id reader on a generated index with long posting lists:
frequent words span many posting blocks of 128, several segments, deleted documents in
the middle of blocks. The page of `top_by_relevance` is the head of Whoosh's own full
ranking, with the same scores and the exact count; `stored_ids` reads what Whoosh's
`stored_fields` reads, for a few documents and for most of them."""

from __future__ import annotations

import random

import pytest
from whoosh import index as whoosh_index

from briefing.search.bm25 import top_by_relevance
from briefing.search.matches import Matches
from briefing.search.query import parse_query
from briefing.search.schema import build_schema
from briefing.search.stored import stored_ids

WORDS = [f"w{number}" for number in range(400)]


def _text(rng: random.Random, size: int) -> str:
    # Zipf-like: w0 is in nearly every document, w399 in a few.
    return " ".join(WORDS[min(int(rng.paretovariate(0.7)) - 1, 399)] for _ in range(size))


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bm25-scale")
    ix = whoosh_index.create_in(str(folder), build_schema())
    rng = random.Random(3)
    number = 0
    for batch in (1200, 700, 300):  # three segments
        writer = ix.writer()
        for _ in range(batch):
            writer.add_document(
                id=f"a{number}",
                title=_text(rng, rng.randint(1, 8)),
                body=_text(rng, rng.randint(5, 400)),
                story=f"a{number}",
            )
            number += 1
        if number == 1200:  # short postings with a tuple of two weights: (1, 3), (2.0, 6.0)
            writer.add_document(id="short1", title="zq", body="zq", story="short1")
            writer.add_document(id="short2", title="zq zq zq", body="zq zq zq", story="short2")
        writer.commit(merge=False)
    writer = ix.writer()
    for gone in range(0, number, 7):  # deleted documents across every block
        writer.delete_by_term("id", f"a{gone}")
    writer.commit(merge=False)
    searcher = ix.searcher()
    assert len(searcher.reader().leaf_readers()) >= 3 and searcher.reader().has_deletions()
    yield searcher
    searcher.close()


QUERIES = [
    "w0",
    "w1",
    "w2",
    "w0 w1",
    "w1 w5 w9",
    "w0 OR w3",
    "title:w0",
    "w0 OR (w2 AND w7)",
    "w40",
    "w399",
    "w3 w0 w0",
]


@pytest.mark.parametrize("text", QUERIES)
def test_top_k_is_the_head_of_whooshs_full_ranking(searcher, text):
    query = parse_query(text)
    expected = [(hit.docnum, hit.score) for hit in searcher.search(query, limit=None)]
    everything = top_by_relevance(searcher, query, None)
    assert everything is not None
    assert everything[1] == len(expected)
    assert [docnum for docnum, _ in everything[0]] == [docnum for docnum, _ in expected]
    assert [score for _, score in everything[0]] == pytest.approx(
        [score for _, score in expected], rel=1e-12
    )
    for limit in (1, 10, 25, 200):
        matched = Matches()
        best, total = top_by_relevance(searcher, query, limit, matched)
        assert best == everything[0][:limit], (text, limit)  # the very same floats
        assert total == len(expected) == len(matched)
        assert matched.docnums() == {docnum for docnum, _ in expected}
    assert top_by_relevance(searcher, query, 0)[0] == []


def test_frequent_words_span_many_blocks(searcher):
    # The test above is only worth its name when the postings are long.
    reader = searcher.reader()
    assert max(reader.doc_frequency("body", term) for term in ("w0", "w1")) > 4 * 128


def test_stored_ids_are_whooshs_stored_fields(searcher):
    live = list(searcher.reader().all_doc_ids())
    for docnums in (live, live[::97], live[5:9], []):
        expected = {docnum: searcher.stored_fields(docnum)["id"] for docnum in docnums}
        assert stored_ids(searcher, docnums) == expected


def _whole_postings(reader, fieldname: str, term: bytes, read):
    matcher = reader.postings(fieldname, term)
    matcher = getattr(matcher, "child", matcher)  # around deletions: the segment's own
    assert type(matcher).__name__ == "W3LeafMatcher" and not matcher._byteids
    matcher.reset()  # from the first block, deleted documents included
    return read(matcher)


def _by_blocks(matcher):
    from briefing.search.blocks import read_blocks

    ids, weights = [], []
    for block_ids, block_weights in read_blocks(matcher):
        ids.extend(block_ids)
        weights.extend(block_weights)
    return ids, list(weights)


def _by_matcher(matcher):
    ids, weights = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return ids, weights


def test_blocks_inflated_in_part_read_as_whoosh_reads_them(searcher, monkeypatch):
    # However little of a block is inflated first (a cut anywhere in the ids and weights
    # of a short block, where a lone weight could be read for a tuple of two), the ids
    # and weights are Whoosh's.
    from briefing.search import blocks

    terms = {("body", b"zq"): range(1, 60), ("title", b"zq"): range(1, 60)}
    terms.update({(field, b"w0"): (16, 100, 2048) for field in ("body", "title")})
    terms[("body", b"w3")] = (16, 100, 2048)
    checked = 0
    for reader, _ in searcher.reader().leaf_readers():
        for (fieldname, term), heads in terms.items():
            if (fieldname, term) not in reader:
                continue
            expected = _whole_postings(reader, fieldname, term, _by_matcher)
            for head in heads:
                monkeypatch.setattr(blocks, "_HEAD", head)
                assert _whole_postings(reader, fieldname, term, _by_blocks) == expected, head
            checked += 1
    assert checked >= 8


class _CountingFile:
    """A posting file that counts the reads made through it."""

    def __init__(self, postfile) -> None:
        self._postfile = postfile
        self.reads = 0

    def __getattr__(self, name):
        attribute = getattr(self._postfile, name)
        if name.startswith(("get", "read")):

            def counted(*args, **kwargs):
                self.reads += 1
                return attribute(*args, **kwargs)

            return counted
        return attribute


def _raw(reader, fieldname: str, term: bytes):
    matcher = getattr(reader.postings(fieldname, term), "child", None)
    matcher.reset()  # around deletions: the segment's own, from its first block
    return matcher


def test_a_terms_blocks_are_read_from_one_read_of_its_postings(searcher):
    # Whoosh reads each block's header a few bytes at a time (about 20 reads a block);
    # the block reader reads the term's postings once and cuts the blocks from them.
    reader = searcher.reader().leaf_readers()[0][0]
    expected = _by_matcher(_raw(reader, "body", b"w0"))
    assert len(expected[0]) > 4 * 128
    matcher = _raw(reader, "body", b"w0")
    counting = matcher._postfile = _CountingFile(matcher._postfile)
    assert _by_blocks(matcher) == expected
    assert counting.reads == 1


def test_a_block_the_pattern_misses_is_read_by_whoosh_among_the_others(searcher, monkeypatch):
    from briefing.search import blocks

    reader = searcher.reader().leaf_readers()[0][0]
    expected = _by_matcher(_raw(reader, "body", b"w0"))
    real, calls = blocks._ids_and_weights, []

    def every_third_missed(data, compressed, postings):
        calls.append(1)
        return None if len(calls) % 3 == 2 else real(data, compressed, postings)

    monkeypatch.setattr(blocks, "_ids_and_weights", every_third_missed)
    assert _by_blocks(_raw(reader, "body", b"w0")) == expected
    assert len(calls) > 4


@pytest.mark.parametrize("damage", ["short", "magic", "length"])
def test_postings_not_laid_out_as_expected_are_read_block_by_block(searcher, damage):
    from briefing.search import blocks

    reader = searcher.reader().leaf_readers()[0][0]
    expected = _by_matcher(_raw(reader, "body", b"w0"))
    matcher = _raw(reader, "body", b"w0")
    (size,) = matcher._length
    if damage == "short":  # the extent ends inside a block
        matcher._length = (size - 10,)
    elif damage == "magic":  # the extent does not start at a posting list
        matcher._startoffset += 1
    else:  # the extent runs past the last block
        matcher._length = size + 4
    assert blocks._block_spans(matcher._postfile, matcher._startoffset, matcher._length) is None
    assert _by_blocks(matcher) == expected


def test_a_weights_row_holds_the_scores_of_the_bm25_expression_exactly():
    from types import SimpleNamespace

    from briefing.search import bm25

    scorer = SimpleNamespace(idf=2.718281828, avgfl=371.3, B=0.75, K1=1.2)
    scores = bm25._Scores(scorer, field_length=None)
    for weight in (1.0, 2.0, 3.0, 7.5, 40.0):
        row = scores.rows()[weight]
        assert len(row) == 256
        for code in range(1, 256):
            assert row[code] == scores.of(weight, bm25._BYTE_TO_LENGTH[code])  # exactly
    assert bm25._Scores(scorer, field_length=None).rows() is scores.rows()


def test_a_row_of_a_whole_number_weight_is_the_row_of_its_float():
    from briefing.search import bm25

    made = bm25._ByWeight(1.9, 120.5, 0.75, 1.2)
    assert (
        made[3]
        == made[3.0]
        == [
            bm25._Scores(bm25.Constants(1.9, 120.5, 0.75, 1.2), None).of(3.0, length)
            for length in bm25._BYTE_TO_LENGTH
        ]
    )


def test_the_length_bytes_of_one_document_and_of_several():
    from briefing.search import bm25

    lengths = bytes([0, 7, 9, 200, 3])
    assert bm25._codes(lengths, (3,)) == bytes([200])
    assert bm25._codes(lengths, (1, 2, 4)) == bytes([7, 9, 3])


def test_a_row_stops_at_the_top_length_byte_asked_for_and_grows_when_asked_for_more():
    from briefing.search import bm25

    scores = bm25._Scores(bm25.Constants(1.7, 240.0, 0.75, 1.2), None)
    short = scores.rows(127)[2.0]
    assert len(short) == 128
    assert short == [scores.of(2.0, length) for length in bm25._BYTE_TO_LENGTH[:128]]
    assert scores.rows(95) is scores.rows(127)  # a longer row serves a shorter need
    assert scores.rows(255)[2.0][:128] == short and len(scores.rows(255)[2.0]) == 256
