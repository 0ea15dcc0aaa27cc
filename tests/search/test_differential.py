"""Every fast path that reads or writes Whoosh's private structures, held to Whoosh's own
answer for the same input: on a real corpus (Wikinews articles, indexed as the library
indexes them, with deletions and several segments) and on adversarial input.

- ranking (`bm25`): order and scores of Whoosh's full BM25F ranking;
- posting blocks (`blocks.read_blocks`) and postings by reader (`postings.term_blocks`):
  the ids and weights Whoosh's matchers give, deleted documents left out;
- the analyzer's fast path (`analysis.text_terms`, `name_terms`, `schema.preanalyze`):
  the terms and positions Whoosh's analyzers make;
- snippets (`snippets.match_spans`): the character ranges of the tokens the analyzer
  makes whose terms were searched for;
- the writer (`writer.LeanWriter`): what Whoosh's own SegmentWriter writes.

Skipped when the shared corpus is absent (`tests.conftest.WIKINEWS`).
"""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from briefing.core.paths import Locations
from briefing.library import Library
from briefing.search.analysis import name_analyzer, name_terms, text_analyzer, text_terms
from briefing.search.blocks import read_blocks
from briefing.search.bm25 import top_by_relevance
from briefing.search.index import SearchIndex
from briefing.search.postings import term_blocks
from briefing.search.query import parse_query
from briefing.search.schema import build_schema, preanalyze
from briefing.search.snippets import match_spans
from briefing.search.writer import LeanWriter
from tests.conftest import WIKINEWS
from tests.search.test_writer import _contents

pytestmark = pytest.mark.skipif(not WIKINEWS.exists(), reason="shared Wikinews corpus absent")

ARTICLES = 300
# Text that has broken analyzers: accents and combining marks, ligatures and case that
# changes length (ß, İ), apostrophes of three kinds, dotted acronyms, digits of other
# scripts, right-to-left text, emoji, a token longer than any word, stop words only.
ADVERSARIAL = [
    "",
    "the a an of and to",
    "São Paulo's ÆSIR — İstanbul STRASSE ß ﬁnance naïve cafe\u0301 O'Brien’s U.S.A. e.g.",
    "٣٤٥ ४५६ 12,345.67 3.5% 2024-05-01 1990s 'quoted' ‘curly’ “double”",
    "שלום עולם مرحبا بالعالم 你好世界 こんにちは 🙂🙂 ✈️ tab\tnew\nline",
    "x" * 5000 + " " + "ab" * 300,
    "\u200bzero\u200bwidth\u00adsoft\u00adhyphen non\u00a0breaking",
    "don't won't it's I'm we'll they'd y'all rock'n'roll",
    "A. B. C. D.E.F. a.b.c J.R.R. Tolkien's",
]
# CJK runs split into characters and pairs (kept out of ADVERSARIAL, which seeds the
# snippet test's random picks).
CJK = ["港口城市的橋。橋 G20峰会 the 東京タワーに行った 서울에서 佐々木 ｶﾀｶﾅ running 𠀋"]


def _wikinews(count: int = ARTICLES) -> list[dict]:
    with open(WIKINEWS, encoding="utf-8") as handle:
        return [json.loads(line) for _, line in zip(range(count), handle, strict=False)]


def _write(folder: Path, rows: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, row in enumerate(rows):
        text = f"{row['title']}\n\n{row['published']}\n\n{row['body']}\n"
        (folder / f"wn{number:04d}.txt").write_text(text, "utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A library of Wikinews articles after an edit round: several segments, deletions."""
    root = tmp_path_factory.mktemp("differential")
    rows = _wikinews()
    folder = root / "articles"
    _write(folder, rows)
    library = Library.open(Locations.resolve(root / "home"), build=False, notify=lambda m: None)
    library.index([folder])
    for number in range(0, len(rows), 17):  # edits in place: deleted documents
        path = folder / f"wn{number:04d}.txt"
        path.write_text(path.read_text("utf-8") + "\nA closing line was added.\n", "utf-8")
        os.utime(path, ns=(1, 1))
    for number in range(5, len(rows), 29):
        (folder / f"wn{number:04d}.txt").unlink()
    library.refresh()
    index = SearchIndex.open(library.generation)
    searcher = index.searcher()
    assert len(searcher.reader().leaf_readers()) > 1 and searcher.reader().has_deletions()
    yield rows, library, searcher
    index.close()
    library.close()


def _queries(rows: list[dict], count: int = 120) -> list[str]:
    rng = random.Random(14)
    words = sorted({w for row in rows[:80] for w in re.findall(r"[^\W\d_]{3,}", row["body"])})
    plain = [" ".join(rng.sample(words, rng.choice((1, 1, 2, 3)))) for _ in range(count)]
    return plain + [
        "the",
        "said said said",
        "president OR minister OR government",
        "title:police",
        "police OR (fire AND city)",
        "São Paulo",
        "naïve café",
        "Bush " * 12,
        "zzzzqqq",
        "1990",
    ]


def test_fast_ranking_gives_whooshs_order_and_scores(corpus):
    rows, _, searcher = corpus
    ranked = 0
    for text in _queries(rows):
        query = parse_query(text)
        fast = top_by_relevance(searcher, query, None)
        if fast is None:
            continue  # not a plain query: Whoosh ranks it itself
        ranked += 1
        best, total = fast
        expected = [(hit.docnum, hit.score) for hit in searcher.search(query, limit=None)]
        assert [docnum for docnum, _ in best] == [docnum for docnum, _ in expected], text
        assert [s for _, s in best] == pytest.approx([s for _, s in expected], rel=1e-9), text
        assert total == len(expected), text
        for limit in (1, 5, 10):
            head = top_by_relevance(searcher, query, limit)[0]
            assert [d for d, _ in head] == [d for d, _ in expected[:limit]], (text, limit)
    assert ranked > 100


def _sample_terms(reader, fieldname: str, count: int = 150) -> list[bytes]:
    terms = list(reader.lexicon(fieldname))
    frequent = sorted(terms, key=lambda term: -reader.doc_frequency(fieldname, term))[:40]
    rng = random.Random(len(terms))
    return frequent + rng.sample(terms, min(count, len(terms)))


@pytest.mark.parametrize("fieldname", ["body", "title", "person", "place", "org", "story"])
def test_block_reader_reads_what_whooshs_matcher_reads(corpus, fieldname):
    _, _, searcher = corpus
    checked = 0
    for leaf, _ in searcher.reader().leaf_readers():
        if fieldname not in leaf.indexed_field_names():
            continue
        deleted = leaf.deleted_docs_set if leaf.has_deletions() else set()
        for term in _sample_terms(leaf, fieldname, 60):
            expected = list(_items(leaf.postings(fieldname, term)))
            # Deleted documents are still in the blocks (as the fast paths read them).
            found = [
                (docnum, weight)
                for ids, weights in read_blocks(_unfiltered(leaf.postings(fieldname, term)))
                for docnum, weight in zip(ids, weights, strict=True)
                if docnum not in deleted
            ]
            assert [d for d, _ in found] == [d for d, _ in expected], term
            assert [w for _, w in found] == pytest.approx([w for _, w in expected]), term
            checked += 1
    assert checked >= 20


def _unfiltered(matcher):
    return getattr(matcher, "child", matcher)


def _items(matcher):
    while matcher.is_active():
        yield matcher.id(), matcher.weight()
        matcher.next()


@pytest.mark.parametrize("fieldname", ["body", "title", "person"])
def test_postings_by_reader_are_whooshs_without_deleted_documents(corpus, fieldname):
    _, _, searcher = corpus
    reader = searcher.reader()
    for term in _sample_terms(reader, fieldname, 80):
        text = term.decode("utf-8")
        found = [
            (docnum, weight)
            for ids, weights in term_blocks(reader, fieldname, text)
            for docnum, weight in zip(ids, weights, strict=True)
        ]
        expected = list(reader.postings(fieldname, term).items_as("weight"))
        assert [d for d, _ in found] == [d for d, _ in expected], text
        assert [w for _, w in found] == pytest.approx([w for _, w in expected]), text


def _whoosh_positions(analyzer, text: str) -> dict[bytes, list[int]]:
    positions: dict[bytes, list[int]] = {}
    for token in analyzer(text, positions=True, mode="index", removestops=True):
        positions.setdefault(token.text.encode("utf-8"), []).append(token.pos)
    return positions


def _texts() -> list[str]:
    rows = _wikinews()
    return ADVERSARIAL + [row["title"] for row in rows] + [row["body"] for row in rows]


def test_text_terms_are_the_text_analyzers():
    analyzer = text_analyzer()
    for text in CJK + _texts():
        assert text_terms(text) == _whoosh_positions(analyzer, text), text[:60]


def test_name_terms_are_the_name_analyzers():
    analyzer = name_analyzer()
    names = ADVERSARIAL + ["Jean-Luc Mélenchon", "U.N.", "3M", "Ana-María O’Neill-Smith"]
    for text in names + [row["title"] for row in _wikinews()]:
        assert name_terms(text) == _whoosh_positions(analyzer, text), text[:60]


@pytest.mark.parametrize("fieldname", ["title", "body"])
def test_preanalyzed_postings_are_the_fields_own(fieldname):
    field = build_schema()[fieldname]
    for text in CJK + _texts():
        assert sorted(preanalyze(fieldname, text)) == sorted(field.index(text)), text[:60]


def _reference_spans(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    tokens = text_analyzer()(text, chars=True, mode="index", removestops=True)
    return [(token.startchar, token.endchar) for token in tokens if token.text in terms]


def test_snippet_spans_are_the_analyzers_tokens():
    rng = random.Random(3)
    analyzer = text_analyzer()
    for text in _texts()[:400]:
        vocabulary = sorted({token.text for token in analyzer(text, removestops=True)})
        picks = [frozenset(rng.sample(vocabulary, min(3, len(vocabulary)))) for _ in range(3)]
        for terms in [*picks, frozenset({"said"}), frozenset({"sao", "paulo"}), frozenset()]:
            assert match_spans(text, terms) == _reference_spans(text, terms), (text[:60], terms)


def _documents(rows: list[dict]) -> list[dict]:
    docs = []
    for number, row in enumerate(rows):
        docs.append(
            {
                "id": f"wn{number:04d}",
                "title": preanalyze("title", row["title"]),
                "body": preanalyze("body", row["body"]),
                "source": "Wikinews",
                "tags": ",".join(row.get("categories") or [])[:200],
                "story": f"wn{number - number % 3:04d}",
            }
        )
    return docs


def _build(folder: Path, writer_class, rounds, **options):
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    for docs, deletions in rounds:
        writer = writer_class(ix, **options)
        for term in deletions:
            writer.delete_by_term("id", term)
        for doc in docs:
            writer.add_document(**doc)
        writer.commit()
    return ix


@pytest.mark.parametrize("limitmb", [128, 0.05], ids=["in-memory", "spilled-to-disk"])
def test_lean_writer_writes_what_whoosh_writes_on_real_articles(tmp_path, limitmb):
    docs = _documents(_wikinews(200))
    rounds = [(docs[:120], []), (docs[120:], ["wn0003", "wn0050", "wn0119"]), (docs[:4], [])]
    ours = _build(tmp_path / "lean", LeanWriter, rounds, limitmb=limitmb)
    whoosh = _build(tmp_path / "whoosh", SegmentWriter, rounds)
    assert _contents(ours) == _contents(whoosh)
