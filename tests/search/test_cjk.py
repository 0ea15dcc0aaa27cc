"""CJK text is searchable by one word: runs of Han, Kana and Hangul are indexed as their
characters and overlapping pairs, and a query word asks for its pairs; Latin text is
analysed exactly as before (held to the pipeline it had, on the samples and Wikinews)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from whoosh import analysis
from whoosh.lang.porter2 import stem

from briefing.cli import main
from briefing.search.analysis import TOKEN_PATTERN, accent_map, text_analyzer, text_terms
from briefing.search.snippets import match_spans
from tests.conftest import WIKINEWS
from tests.library.helpers import article_text

REPO = Path(__file__).resolve().parents[2]

# Sentences written for these tests.
CHINESE = "新港口的橋今天开放。市长说，这座橋连接两个城区。"
JAPANESE = "東京の新しい駅は来月に開業します。駅長によると、利用者は多い。"
KOREAN = "서울에서 새 다리가 열렸다"


def _index_terms(text: str) -> list[tuple[str, int]]:
    return [
        (token.text, token.pos)
        for token in text_analyzer()(text, positions=True, mode="index", removestops=True)
    ]


def _query_terms(text: str) -> list[str]:
    return [token.text for token in text_analyzer()(text, mode="query", removestops=True)]


def test_a_cjk_run_is_its_characters_and_their_pairs():
    assert _index_terms("港口城") == [
        ("港", 0), ("港口", 0), ("口", 1), ("口城", 1), ("城", 2),
    ]  # fmt: skip
    assert _index_terms("橋") == [("橋", 0)]  # one character: kept, not a short word


def test_a_query_word_is_its_pairs_or_its_one_character():
    assert _query_terms("港口城") == ["港口", "口城"]
    assert _query_terms("橋") == ["橋"]
    assert _query_terms("開業") == ["開業"]


def test_latin_words_around_cjk_keep_their_rules_and_positions():
    terms = _index_terms("The G20峰会 was running 東京 strikes")
    assert terms == [
        ("g20", 1), ("峰", 2), ("峰会", 2), ("会", 3), ("was", 4), ("run", 5),
        ("東", 6), ("東京", 6), ("京", 7), ("strike", 8),
    ]  # fmt: skip


def test_every_query_term_of_a_sentences_word_is_in_its_index_terms():
    for text, words in (
        (CHINESE, ["港口", "橋", "市长", "城区", "连接"]),
        (JAPANESE, ["駅", "開業", "東京", "利用者"]),
        (KOREAN, ["서울", "다리"]),
    ):
        indexed = {term for term, _ in _index_terms(text)}
        for word in words:
            assert set(_query_terms(word)) <= indexed, word


@pytest.mark.parametrize(
    "text",
    [
        CHINESE,
        JAPANESE,
        KOREAN,
        "Mixed 東京 and G20峰会, 橋.",
        "The a 港口 of I 橋 x cats 東京the a駅 Strikes",
        "of the 々 東 a",
    ],
)
def test_text_terms_agree_with_the_analyzer_on_cjk(text):
    positions: dict[bytes, list[int]] = {}
    for term, pos in _index_terms(text):
        positions.setdefault(term.encode("utf-8"), []).append(pos)
    assert text_terms(text) == positions


def test_snippets_highlight_a_cjk_word_inside_its_run():
    text = "Port news: " + CHINESE
    spans = match_spans(text, frozenset(_query_terms("城区")))
    assert [text[start:end] for start, end in spans] == ["城区"]
    spans = match_spans(text, frozenset(_query_terms("橋")))
    assert [text[start:end] for start, end in spans] == ["橋", "橋"]


def _old_analyzer():
    """The text analyzer as it was before CJK text was split (index format 14)."""
    return (
        analysis.RegexTokenizer(TOKEN_PATTERN)
        | analysis.LowercaseFilter()
        | analysis.CharsetFilter(accent_map)
        | analysis.StopFilter()
        | analysis.StemFilter(stemfn=stem, cachesize=100_000)
    )


def _tokens(analyzer, text: str) -> list[tuple[str, int, int, int]]:
    return [
        (token.text, token.pos, token.startchar, token.endchar)
        for token in analyzer(text, positions=True, chars=True, mode="index", removestops=True)
    ]


def _latin_texts() -> list[str]:
    texts = [path.read_text("utf-8") for path in sorted((REPO / "sample_data").rglob("*.*"))]
    if WIKINEWS.exists():
        with open(WIKINEWS, encoding="utf-8") as handle:
            for _, line in zip(range(120), handle, strict=False):
                row = json.loads(line)
                texts += [row["title"], row["body"]]
    return texts


def test_latin_text_is_analysed_exactly_as_before():
    old, new = _old_analyzer(), text_analyzer()
    texts = _latin_texts()
    assert len(texts) > 40
    for text in texts:
        expected = _tokens(old, text)
        assert _tokens(new, text) == expected, text[:60]
        positions: dict[bytes, list[int]] = {}
        for term, pos, _, _ in expected:
            positions.setdefault(term.encode("utf-8"), []).append(pos)
        assert text_terms(text) == positions, text[:60]


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, _ = capsys.readouterr()
    return code, out


def test_briefing_search_finds_chinese_and_japanese_articles_by_one_word(
    capsys, tmp_path, monkeypatch
):
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    folder = tmp_path / "asia"
    folder.mkdir()
    (folder / "zh.txt").write_text(article_text("新港口的橋开放", CHINESE), "utf-8")
    (folder / "ja.txt").write_text(article_text("東京の新しい駅", JAPANESE), "utf-8")
    (folder / "en.txt").write_text(article_text("Dock strike", "Dock workers walked out."), "utf-8")
    code, _ = _run(capsys, "index", str(folder))
    assert code == 0

    def titles(query: str) -> list[str]:
        code, out = _run(capsys, "search", query, "--json")
        assert code == 0, query
        return sorted(hit["title"] for hit in json.loads(out)["results"])

    assert titles("橋") == ["新港口的橋开放"]
    assert titles("港口") == ["新港口的橋开放"]
    assert titles("城区") == ["新港口的橋开放"]
    assert titles("駅") == ["東京の新しい駅"]
    assert titles("開業") == ["東京の新しい駅"]
    assert titles("利用者") == ["東京の新しい駅"]
    assert titles("东京") == []  # simplified 东 is not 東: no match by a shared character
    assert titles("港区") == []  # both characters occur, but not side by side
    assert titles("strike") == ["Dock strike"]
