"""String pre-checks written for speed before a pattern must never skip one of its matches."""

from __future__ import annotations

import random
import re

from briefing.facts.org_rules import (
    _CUE_AFTER_OPENERS,
    _CUE_BEFORE_ENDS,
    _ORG_CUE_AFTER,
    _ORG_CUE_BEFORE,
    _cue_noun_before,
)

_PIECES = (
    "shares", "Shares", "stake", "stakes", "in", "of", "at", "analyst", "analysts", "Analysts",
    "shareholders", "The", "the", "firm", "company,", "airline,", ",", "\n", "Nordvik", "x",
    "shares of", "Stakes in", "analyst at", "Shareholders of", "The firm,", "the lender,",
    "chief executive", "CEO", "founder", "employees", "of the", "at the", "chairwoman", "CFO",
    "managing director", "chief technology officer", "co-founder", "The carmaker,", "stake",
    "employee", "(shares", "x-founder", "chief financial officer", "startup,", "insurer",
)  # fmt: skip


def _generated(seed: int, count: int) -> list[tuple[str, int, int]]:
    """(text, start, end) of a name after and before random cue-like words."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        before = "".join(
            rng.choice(_PIECES) + rng.choice((" ", "", "\n", ", ", "  ", " \n"))
            for _ in range(rng.randint(0, 5))
        )
        after = rng.choice(("", " shares", "'s chief executive", "’s CEO", " stock", "x", "\n"))
        out.append((before + "Nordvik" + after, len(before), len(before) + 7))
    return out


def test_org_cue_pre_checks_keep_every_cue() -> None:
    found = [0, 0]
    for text, start, end in _generated(13, 20_000):
        after = _ORG_CUE_AFTER.match(text, end) is not None
        assert after == (text[end : end + 1] in _CUE_AFTER_OPENERS and after)
        before = _ORG_CUE_BEFORE.search(text, max(0, start - 40), start) is not None
        assert before == (text.endswith(_CUE_BEFORE_ENDS, 0, start) and before)
        assert before == (_cue_noun_before(text[max(0, start - 40) : start]) and before)
        found[0] += after
        found[1] += before
    assert min(found) > 100  # (the texts hold both kinds of cue, "of \n" ones too)


def test_relative_day_pattern_opening_with_its_letters_matches_the_word_boundary_one() -> None:
    from briefing.facts.dates import _RELATIVE_DAY

    plain = re.compile(
        r"\b[Tt]he\s+(?:(?P<next>following|next)\s+day|(?P<prev>previous)\s+day"
        r"|day\s+(?:(?P<after>after)|(?P<before>before))(?=\s*[,.;)]))\b"
    )
    rng = random.Random(8)
    pieces = (
        "the", "The", "xthe", "_the", "éThe", "1the", "’the", "-the", "following", "next",
        "previous", "day", "days", "after", "before", ".", ",", ")", "\n", "THE", "them",
        "the following day", "xThe next day", "the previous\nday", "_the day after,",
        "éthe day before.", "The  day after)", "the day before;",
    )  # fmt: skip
    matched = 0
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) + rng.choice((" ", "", "\n", "  ")) for _ in range(14))
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _RELATIVE_DAY.finditer(text)] == expected
        matched += bool(expected)
    assert matched > 500


def test_quote_frame_word_pre_checks_keep_every_match() -> None:
    from briefing.facts.quote_frames import (
        _ACCORDING,
        _ACCORDING_WORDS,
        _READ,
        _READ_WORD,
        _WENT_ON_TO,
        _WENT_ON_TO_WORD,
    )

    pieces = (
        "According to", "according to", "In the words of", "in the words of", "read", "Read",
        "bread", "reads", "went on to", "on to", "add", "say", "warn", "the", "Smith", ",", ":",
        "\n", "x", "to", "words", "of", "accord", "on", "read:", "ing",
    )  # fmt: skip
    rng = random.Random(21)
    found = dict.fromkeys(("according", "read", "went on"), 0)
    for _ in range(20_000):
        frame = "".join(
            rng.choice(pieces) + rng.choice((" ", "", "  ", "\n")) for _ in range(rng.randint(1, 7))
        )
        according = _ACCORDING.search(frame) is not None
        assert not according or any(word in frame for word in _ACCORDING_WORDS)
        read = _READ.search(frame) is not None
        assert not read or _READ_WORD in frame
        went_on = _WENT_ON_TO.search(frame) is not None
        assert not went_on or _WENT_ON_TO_WORD in frame
        found["according"] += according
        found["read"] += read
        found["went on"] += went_on
    assert min(found.values()) > 100  # (the frames hold every kind of match)


def test_clause_words_pattern_opening_with_its_characters_matches_the_plain_one() -> None:
    from briefing.facts.date_context import _CLAUSE_WORD

    plain = re.compile(r"(?:[A-Za-z]\.){2,}|[\w’']+(?:(?<=\d)\.(?=\d)[\w’']+|-[\w’']+)*|[.!?;\n]")
    pieces = (
        "U.S.", "a.m.", "U.", "S", ".", "..", "will", "Mr.", "é.", "É.t.", "’", "'ll", "won’t",
        "x_1", "9.", "!", "?", ";", "\n", ",", " ", "  ", "(", "—", "-", "A.B", "b.c.d", "e",
        "7.45pm", "1", "0", "10.30", ".5",
    )  # fmt: skip
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for pos, endpos in ((0, len(text)), (1, max(1, len(text) - 2))):
            assert _CLAUSE_WORD.findall(text, pos, endpos) == plain.findall(text, pos, endpos)


def test_org_cue_noun_pre_check_knows_every_cue_before_a_name() -> None:
    cues = [
        f"{noun} {link} "
        for noun in ("shares", "Shares", "stake", "Stakes")
        for link in ("of", "in")
    ]
    cues += ["analyst at ", "Analysts at ", "shareholders of ", "Shareholders of "]
    cues += [f"{the} {noun}, " for the in ("the", "The") for noun in (
        "firm", "company", "carmaker", "retailer", "airline", "startup", "lender", "insurer"
    )]  # fmt: skip
    offices = (
        "chief executive", "chief financial officer", "chief operating officer",
        "chief technology officer", "CEO", "CFO", "chairman", "chairwoman", "co-founder",
        "founder", "managing director", "employee", "employees", "shareholders",
    )  # fmt: skip
    cues += [f"{office} {link} " for office in offices for link in ("of", "at", "of the", "at the")]
    for cue in cues:
        for text in (f"Talks with {cue}", f"x,{cue}", f"({cue}\n"):
            assert _ORG_CUE_BEFORE.search(text, max(0, len(text) - 40)) is not None, text
            assert _cue_noun_before(text[-40:]), text
