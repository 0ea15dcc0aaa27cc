"""Highlight spans: the fast folded-text path and the fallback agree on what they mark."""

from briefing.search.analysis import fold, fold_text
from briefing.search.snippets import make_snippet, match_spans

TERMS = frozenset({"run", "sao", "paulo"})


def marked(text: str) -> list[str]:
    return [text[start:end] for start, end in match_spans(text, TERMS)]


def test_fast_path_marks_stemmed_and_folded_words():
    assert marked("The Runners were running in São Paulo; RUN!") == [
        "running",
        "São",
        "Paulo",
        "RUN",
    ]


def test_fallback_when_folding_changes_offsets():
    # 'ß' folds to 'ss' and 'İ' lowercases to two characters: offsets must still be right.
    assert marked("Straße İstanbul: running in SÃO PAULO") == ["running", "SÃO", "PAULO"]


def test_snippet_without_matches_starts_at_the_beginning():
    snippet = make_snippet("Nothing here matches at all.", TERMS)
    assert snippet.text == "Nothing here matches at all." and snippet.highlights == []


def test_a_long_text_folds_as_each_word_would():
    texts = [
        "",
        "plain ASCII Text",
        "São Paulo’s ÆSIR — İstanbul STRASSE ß ﬁnance naïve cafe\u0301 KELVIN \u212a Ωmega",
        "“Quoted” ‘curly’ 12–14 … Ünïcödé " * 40,
        "".join(chr(code) for code in range(32, 0x3000)),
    ]
    for text in texts:
        assert fold_text(text) == fold(text)


def test_the_prefix_pattern_finds_what_a_look_behind_first_finds():
    import re

    from briefing.search.snippets import _prefix_pattern

    text = (
        "she said it; the unsaid part, a visa'sample, lisa's saga (sa-said) and "
        "thus they thought the_thing said.so 'said' ...sailed thesaurus a.b ab"
    )
    for terms in ({"said"}, {"said", "thought"}, {"a"}, {"a", "ab"}, {"s", "sa"}):
        prefixes = sorted({term[:2] for term in terms})
        plain = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, prefixes)) + r")\w*(?:[.'’]\w+)*"
        )
        found = [match.span() for match in _prefix_pattern(frozenset(terms)).finditer(text)]
        assert found == [match.span() for match in plain.finditer(text)], terms
        assert found


def test_folding_a_text_translates_it_through_the_accent_map():
    from whoosh.support.charset import accent_map

    from briefing.search.analysis import _FOLDS

    assert all(len(folded) == 1 and folded.isascii() for folded in _FOLDS.values())
    text = "Élodie’s “café” in São Paulo — Ærøskøbing, İstanbul, ½ Straße; plain words"
    assert fold_text(text) == text.lower().translate(accent_map)
    assert fold_text("no accents here") == "no accents here"
