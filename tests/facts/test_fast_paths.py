"""Fast paths written for speed must find exactly what the plain patterns they replace find."""

from __future__ import annotations

import re

import pytest

from briefing.facts.candidates import lower_acronym_definitions
from briefing.facts.caps_paragraphs import CAPS_RUN
from briefing.facts.date_windows import _RELATIVE_ANCHORS, _relative_anchors
from briefing.facts.quotes import _NAMING, _naming_before

_TEXTS = [
    "",
    "BREAKING NEWS FROM THE COAST: storms hit.",
    "xABC DEF GHI JKL MNO. AB CD EF GH and ÀB ÉC ÖD ÞE! A BC DE FG HI",
    "The gross domestic product (GDP) rose; the Party (ABC) and word\n\t (AB12) or word(XY)",
    "a  (AB(CD) é (AB) word (A) word (ABCDEFGH) word\u00a0(NHS)",
    "nightonight yesterdayear Tonight tonights months yesteryear Tomorrow morning, evenings",
    "Last year, this month, last night and yesterday afternoon.",
    "today Today xtoday toToday 1990s 2000s 1300s 00s0s a century ago, New Year Christmas",
]


@pytest.mark.parametrize("text", _TEXTS + [line for t in _TEXTS for line in t.split("\n")])
def test_fast_paths_match_the_plain_patterns(text: str) -> None:
    caps = re.compile(r"(?<!\w)(?:[A-ZÀ-Þ]{2,}\W+){4}")
    assert [m.span() for m in CAPS_RUN.finditer(text)] == [m.span() for m in caps.finditer(text)]

    lower_acronym = re.compile(r"(?<=[a-z])\s+\(([A-Z][A-Z0-9]{1,6})\)")
    assert lower_acronym_definitions(text) == set(lower_acronym.findall(text))

    relative = re.compile("|".join(map(re.escape, _RELATIVE_ANCHORS)))
    assert _relative_anchors(text) == [
        (m.start(), m.end(), m.group()) for m in relative.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Six, sixty-six and SIXTEEN; a dozen or a hundred; often ten; nineteenineteen twelve",
        "twenty-two thirteen thirty fifty fifteen forty four fourteen eleven two seven é-eight",
        "łtwo two’s “Three” ŁTWO twoK A Dozen x a hundred ünine NINE’",
        "İtwo İ six a dozen; sixİ İİ a hundred",
    ],
)
def test_number_words_found_by_shared_openings_match_a_per_word_search(text: str) -> None:
    from briefing.facts.figure_words import NUMBER_WORDS, number_word_positions

    lowered, expected = text.lower(), []
    for word in NUMBER_WORDS:
        for m in re.finditer(rf"(?<![^\W\d_]){word}(?![^\W\d_])", lowered):
            pos = m.start()
            a_before = word in ("hundred", "dozen") and lowered[pos - 2 : pos] == "a "
            expected.append(pos - 2 if a_before else pos)
    assert number_word_positions(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Kremlin spokesman Dmitry Peskov", "Kremlin spokesman"),
        ("He met (spokesman Jo Bloggs", "spokesman"),  # last token not plain: full path
        ("the party’s leader Jo Bloggs", "party’s leader"),
        ("said minister, Jo Bloggs", "minister"),
        ("met the minister& Jo Bloggs", "minister&"),
        ("said Jo Bloggs", None),  # plain last word, not a role: the quick exit
        ("Labour MP Jo Bloggs", "Labour MP"),
    ],
)
def test_role_before_quick_exit_keeps_every_answer(text: str, role: str | None) -> None:
    from briefing.facts.roles import role_before

    start = text.index("Dmitry") if "Dmitry" in text else text.index("Jo ")
    assert role_before(text, start) == role


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, Norway — Rockets fell.\nBERGEN (Reuters) - More.\nNot A DATELINE here",
        "NEW YORK,\nUSA. Text\n\nÉCLAT — x\nOSLO, Norway, OSLO, Norway.",
        "x\nAB - y\n",
    ],
)
def test_datelines_tried_at_line_starts_match_a_full_scan(text: str) -> None:
    from briefing.facts.datelines import _DATELINE, datelines

    def spans(matches) -> list:
        return [(m.span(), m.groups()) for m in matches]

    assert spans(datelines(text)) == spans(_DATELINE.finditer(text))


_YEAR_CUES = (
    "In Since By Until From Through During Of Before After This Next Last The Its Their To And Or "
    "For Summer Winter Spring Autumn Fall Between Fiscal Born Founded Established"
).split()
_MONTH_CUES = (
    "In Since By Until From Through During Of Before After This Next Last Early Late Till Between"
).split()


def _alternation(words: list[str]) -> str:
    return "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in words)


@pytest.mark.parametrize(
    "before",
    ["", "\n", "x(\n", ", ", ",\n", "(", "x ,  ", "Jan"]
    + [f"{p}{w}{s}" for w in _YEAR_CUES + _MONTH_CUES for p in ("", "x ", "x") for s in (" ", "\n")]
    + [f"x {w.lower()} " for w in _YEAR_CUES + _MONTH_CUES],
)
def test_date_cue_patterns_with_first_letter_lookaheads_match_the_plain_ones(before: str) -> None:
    from briefing.facts import date_cues as dates

    cue = re.compile(rf"(?:^|\b)(?:{_alternation(_YEAR_CUES)})\s+$|(?:^|\n|,\s|\()$")
    found = dates._CUE_BEFORE.search(before) or dates._CUE_PUNCT_BEFORE.search(before)
    assert bool(found) == bool(cue.search(before))
    month_cue = re.compile(rf"(?:^|\b)(?:{_alternation(_MONTH_CUES)})\s+$")
    assert bool(dates._MONTH_CUE_BEFORE.search(before)) == bool(month_cue.search(before))


# The name-run pattern as it was before it had a fast path (its token is unchanged).
def _plain_chunk() -> re.Pattern[str]:
    from briefing.facts.chunks import _PARTICLES, _UP, TOKEN

    return re.compile(
        rf"(?=[{_UP}adeiblvOM])(?<![\w’'-]){TOKEN}(?:(?:[ ]+{_PARTICLES})*[ ]+{TOKEN})*(?![\w])"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Brian T. Carroll met Mrs. Dana Whitlock of Halcyon Labs Ltd. in Kerrow.",
        "Bashar al-Assad, Valéry d'Estaing and Mac-Lean met O'Brien and McDonald.",
        "Abdullah ibn Saud and Ludwig van der Berg; Col. Sen. Gen. Prof. Rev. Bros. Corp.",
        "World War I. The end. U.S. officials, A.B. Holdings and É. Zoë Émile said.",
        "the van-Dyke route, US-China talks, 'The End', x’Y and el-Sisi's aide",
        "Brian bint della Della zu y ter ten Brian-Smith ÉMILE A.B.C. Mt. Ft. Inc. Co. Col.",
    ],
)
def test_name_runs_fast_path_matches_the_plain_pattern(text: str) -> None:
    from briefing.facts.chunks import _UPPER_CHUNK, CHUNK, runs

    plain = [m.span() for m in _plain_chunk().finditer(text)]
    assert [m.span() for m in runs(text)] == plain
    assert [m.span() for m in CHUNK.finditer(text)] == plain
    if "-" not in text and "'" not in text:
        assert [m.span() for m in _UPPER_CHUNK.finditer(text)] == plain


@pytest.mark.parametrize(
    "text",
    [
        "It cost US$5 million, HK$ 12bn, A$3, C$4.5m, $$7, x$8, €9 and £1,000 or ¥200.",
        "USD 5bn, EUR3, GBP 4m, CHF 10, Rs. 500 and Rs 60; aUSD 5, 2US$3, US$ and $ alone.",
        "\n$5\n€6k, (£7 tn) [¥8 thousand]",
        "SEK 4 billion, R$ 5, NZ$6, S$7, Rp 8, ₹9 crore, KSh 10, GH¢ 11, $42M, $1.2B, xSEK 5, CFA 6",
    ],
)
def test_money_before_fast_pattern_matches_the_plain_pattern(text: str) -> None:
    from briefing.facts.figures import _CURRENCY_FIRST, _MONEY_SCALE, _NUM, MONEY_BEFORE

    plain = re.compile(
        rf"(?<![\w$])(?P<cur>{'|'.join(_CURRENCY_FIRST)})"
        rf"\s?{_NUM}(?:{_MONEY_SCALE}|(?P<short>[MBK])\b)?(?![\w])"
    )
    assert [(m.span(), m.groupdict()) for m in MONEY_BEFORE.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Brian T. Carroll met Mrs. Dana Whitlock of Halcyon Labs Ltd. in Kerrow.",
        "Ludwig van der Berg and Bashar al-Assad; World War I. The end. A.B. Holdings Ltd.",
        "Brian T. Carroll said so. Later Brian T. Carroll left; O'Brien-Smith McDonald Jr. won.",
    ],
)
def test_memoised_run_words_match_a_token_scan_of_the_body(text: str) -> None:
    from briefing.facts.chunks import TOKEN_RE, _run_words, runs

    for run in runs(text):
        start, end = run.span()
        scanned = [m.span() for m in TOKEN_RE.finditer(text, start, end)]
        assert [(start + a, start + b) for a, b in _run_words(run.group())] == scanned


def _plain_date_patterns() -> dict[int, str]:
    """The date patterns that open with a set of first characters, as they were written
    before (an opening lookahead, then `B` or `\\b`), by their index in `dates.PATTERNS`."""
    from briefing.facts.date_values import DASH, DAY, MON, YEAR, YEAR_AFTER, B, E

    return {
        0: rf"(?=[12]){B}(?P<y>{YEAR})-(?P<mo>[01]\d)-(?P<d>[0-3]\d){E}",
        1: rf"(?=[JFMASOND]){B}(?P<m1>{MON})\s+(?P<d1>{DAY}){DASH}(?:(?<!and\s)(?P<m2>{MON})\s+)?"
        rf"(?P<d2>{DAY}){YEAR_AFTER}{E}",
        2: rf"(?=\d){B}(?P<d1>{DAY})(?:\s+(?P<m1>{MON})(?!\s*and\s))?{DASH}(?P<d2>{DAY})\s+(?P<m2>{MON})"
        rf"{YEAR_AFTER}{E}",
        8: rf"(?=[JFMASOND]){B}(?P<m>{MON})(?:,?\s+(?P<y>{YEAR})"
        rf"|\s+(?:of\s+)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b){E}",
        9: rf"(?=[JFMASOND]){B}(?P<m>{MON}){E}",
        11: rf"(?=[12]){B}(?P<y1>{YEAR})\s*(?:-|–|/)\s*(?P<y2>{YEAR}|\d\d){E}",
        13: rf"(?=[12]){B}(?P<y>{YEAR}){E}",
        19: r"(?=[LlTtNnPpCc])\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming)"
        r"\s+(?P<unit>year|month)\b",
        21: r"(?=[YyTtLl])\b(?:[Yy]esterday|[Tt]omorrow|[Ll]ast\s+night|[Tt]onight|[Tt]oday"
        r"|[Tt]his\s+(?:morning|afternoon|evening))\b",
    }


_DATE_TOKENS = (
    "1 2 3 0 9 19 20 2024 1999 1600 2099 31 1st 22nd 3rd 04 07 12 Jan. Jan January June Jun. "
    "May March Mar. Sept. Sep. September Dec. - – / $ x a to and of the last Last this next "
    "year month Monday é yesterday Yesterday Today today tonight Tonight morning evening "
    "afternoon night past Past previous coming Coming _ mornings tomorrow 1990s ’ ' s 5,"
).split() + [" ", " ", ", ", ".", "\n", "  "]


def _date_texts() -> list[str]:
    import random

    rnd = random.Random(13)
    texts = [
        "On 2024-03-05, between March 3-5, 2021 and 4 to 6 June 2020, on Friday, March 8,",
        "the 1st of May 1999; Sept. 11 - Oct. 2; 1990-95, 2001/02; last year, this month",
        "Yesterday, tomorrow, last night, Tonight, this morning, This  evening; xtoday.",
        "$2024 2024% 1.2024, x1999 May's Mayor Marchers; Jan.5 Dec.25; in 2019. 2020-21-22",
    ]
    texts += [
        "".join(rnd.choice(_DATE_TOKENS) for _ in range(rnd.randint(1, 14))) for _ in range(4000)
    ]
    return texts


def test_date_patterns_that_open_with_their_first_characters_match_the_plain_ones() -> None:
    from briefing.facts.dates import PATTERNS

    for index, plain in _plain_date_patterns().items():
        fast, slow = PATTERNS[index][0], re.compile(plain)
        assert not fast.pattern.startswith("(?=")  # (it opens with a set of characters)
        for text in _date_texts():
            for pos, endpos in ((0, len(text)), (2, max(2, len(text) - 3))):
                assert [(m.span(), m.groupdict()) for m in fast.finditer(text, pos, endpos)] == [
                    (m.span(), m.groupdict()) for m in slow.finditer(text, pos, endpos)
                ], (index, text)


def test_date_patterns_run_only_in_windows_holding_a_word_every_match_has() -> None:
    from briefing.facts import dates
    from briefing.facts.date_windows import holds_any

    texts = _date_texts()
    for (pattern, _, _), words in zip(dates.PATTERNS, dates._PATTERN_WORDS, strict=True):
        if words is None:
            continue
        for text in texts:
            for m in pattern.finditer(text):
                assert any(w in m.group() for w in words), (pattern.pattern, m.group())
    assert holds_any("in late 1990s", ("0s", "0's"), 0, 13)
    assert not holds_any("in late 1990s", ("0s",), 0, 11)  # (outside the window)


def test_date_window_tests_change_no_date(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from briefing.facts import dates

    texts = _date_texts()
    published = date(2024, 6, 12)
    found = [[d.to_json() for d in dates.find_dates(t, published)] for t in texts]
    monkeypatch.setattr(dates, "_PATTERN_WORDS", (None,) * len(dates.PATTERNS))
    assert found == [[d.to_json() for d in dates.find_dates(t, published)] for t in texts]


# Every word of `_NAMING`'s alternatives, so that a word added there and not to the
# pre-check's list (`_NAMING_WORDS`) fails here.
_NAMING_ALTERNATIVES = sorted(set(re.findall(r"[a-z][a-z-]+(?: as)?", _NAMING.pattern)))


@pytest.mark.parametrize("word", _NAMING_ALTERNATIVES)
@pytest.mark.parametrize("shape", ["x {} ", "x the {} ", "Then {}: ", "x {}s the  ", "x {}"])
def test_the_naming_pre_check_agrees_with_its_pattern(word: str, shape: str) -> None:
    for text in (shape.format(word), shape.format(word.upper()), shape.format(word.title())):
        expected = _NAMING.search(text, max(0, len(text) - 24), len(text)) is not None
        assert _naming_before(text, len(text)) is expected, text


def test_date_anchor_branches_match_the_lookbehind_pattern() -> None:
    from briefing.facts.date_windows import _ANCHOR

    plain = re.compile(
        r"[JFMASONDTW12](?:(?:(?<=J)(?:an|u[nl])|(?<=F)(?:eb|ri)|(?<=M)(?:a[ry]|on)"
        r"|(?<=A)(?:pr|ug)|(?<=S)(?:ep|at|un)|(?<=O)ct|(?<=N)ov|(?<=D)ec|(?<=T)(?:ue|hu)"
        r"|(?<=W)ed)[a-z]*|(?<=1)(?<!\d1)[6-9]\d\d(?!\d)|(?<=2)(?<!\d2)0\d\d(?!\d))"
    )
    texts = _date_texts() + ["Junior Fridays Mon. Sat Sun Augusta Wednesday 11999 21000 x2019"]
    for text in texts:
        assert [m.span() for m in _ANCHOR.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text


_RUN_PIECES = (
    "Mr.", "Mrs.", "Dr.", "St.", "Jr.", "Co.", "Inc.", "Mt.", "A.", "J.", "T.", "U.S.", "I.",
    "i.", "O'Neil", "O’Brien", "McDonald", "Mac-Kay", "Mac", "Mc", "O", "Mcx", "van", "de", "la",
    "della", "y", "al", "bin", "ten", "The", "John", "Smith", "Éric", "Łukasz", "and", "of", "in",
    "a", "said", "NATO", "X", "-", ".", ",", "'", "’",
)  # fmt: skip


def test_name_runs_fast_path_matches_the_plain_pattern_on_generated_text() -> None:
    """Where `runs` takes `_UPPER_CHUNK` (no run can open in lower case), it finds exactly
    the plain pattern's runs: names, initials, abbreviations, particles and O'/Mc/Mac
    prefixes joined by one or more spaces, or cut by punctuation."""
    import random

    from briefing.facts.chunks import _PREFIX_BEFORE, _UP, _UPPER_CHUNK, opens_in_lower_case, runs

    mark = re.compile(rf"[-’'](?=[{_UP}])")  # (the plain scan for a lower-case opening)

    rnd = random.Random(13)
    plain = _plain_chunk()
    upper = 0
    for _ in range(20_000):
        text = "".join(
            rnd.choice(_RUN_PIECES) + rnd.choice((" ", "  ", "", ". ", ", ", "\n", "-", "'"))
            for _ in range(rnd.randint(1, 8))
        )
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in runs(text)] == expected, text
        lower = any(
            _PREFIX_BEFORE.search(text[max(0, m.start() - 5) : m.start()])
            for m in mark.finditer(text)
        )
        assert opens_in_lower_case(text) == lower, text
        if not lower:  # (where `runs` takes the fast path)
            assert [m.span() for m in _UPPER_CHUNK.finditer(text)] == expected, text
            upper += 1
    assert upper > 10_000


def test_quote_pairs_found_with_find_match_the_pair_pattern() -> None:
    import random

    from briefing.facts.quote_marks import _pairs

    plain = re.compile(r"[“\"]([^”\"“\n]*)[”\"]")
    rnd = random.Random(7)
    for _ in range(20_000):
        line = "".join(rnd.choice(('"', "“", "”", "a", "b c", "’", "«")) for _ in range(12))
        start = rnd.randint(0, 3)
        assert list(_pairs(line, start)) == [
            (m.start(), m.end() - 1) for m in plain.finditer(line, start)
        ], (line, start)


def test_credit_lines_tried_where_a_credit_word_ends_match_a_full_scan() -> None:
    import random

    from briefing.facts.credits import _CREDIT, _credits

    pieces = (
        "Reporting", "Additional reporting", "Photos", "Photo", "Photograph", "Images", "Video",
        "Credit", " by ", " by", ":", " ", "Anna Lee", ". ", ".", "\n", "(", ")", "x", "Editing",
    )  # fmt: skip
    rnd = random.Random(11)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        assert [m.span() for m in _credits(text)] == [m.span() for m in _CREDIT.finditer(text)], (
            text
        )


def test_money_tried_where_a_currency_opens_matches_a_full_scan() -> None:
    import random

    from briefing.facts.figures import _CURRENCY_FIRST, MONEY_BEFORE, _money_before

    pieces = (
        *(c.replace("\\", "") for c in _CURRENCY_FIRST), "Rs", "5", "12", ",000", ".5", " ",
        "bn", "m", "x", "$", "U", "S", "H", "K", "A", "C", "R", "s", ".", "-", "p", "h", "¢",
        "?", "_", "é", "\n", "\u2009", "٣", "—", "ł", "USD\u20095", "SEK٣", "łEUR 5", "—GBP 5",
    )  # fmt: skip
    rnd = random.Random(5)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        expected = [m.span() for m in MONEY_BEFORE.finditer(text)]
        assert [m.span() for m in _money_before(text)] == expected, text
        # (the currencies of letters found in the body's class bytes)
        encoded = text.encode("latin-1", "replace")
        assert [m.span() for m in _money_before(text, encoded)] == expected, text


def test_speaker_labels_tried_at_some_line_starts_match_every_line_start() -> None:
    import random

    from briefing.facts.speaker_labels import _LABEL, label_ranges

    def every_line_start(text: str) -> list[tuple[int, int]]:
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        matches = [m for m in (_LABEL.match(text, s) for s in starts) if m is not None]
        return [m.span(1 if m.group(1) else 2) for m in matches]

    pieces = ("((", "))", "WN", "Q", "ABCDEF", "AB", ":", ": ", " ", "\n", "x", "((WN))")
    rnd = random.Random(3)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        assert label_ranges(text) == every_line_start(text), text


def test_caps_shape_pre_check_holds_every_caps_run() -> None:
    import random

    from briefing.facts.caps_paragraphs import CAPS_CLASSES, CAPS_SHAPE

    words = ("AB", "CDE", "ÀÞ", "ÉÉ", "ABC", "ABĀ", "Łx", "A1", "AB_C", "ĀB")
    separators = (" ", "  ", "’", "? ", "\n", "- ", " ", "ł", "", "1")
    rnd = random.Random(17)
    held = 0
    for _ in range(30_000):
        text = "".join(rnd.choice(words) + rnd.choice(separators) for _ in range(rnd.randint(4, 8)))
        shape = CAPS_SHAPE.search(text.encode("latin-1", "replace").translate(CAPS_CLASSES))
        if CAPS_RUN.search(text):
            assert shape is not None, text
            held += 1
    assert held > 500


def test_number_words_found_in_bytes_match_the_lower_cased_body() -> None:
    import random

    from briefing.facts.figure_words import NUMBER_STEMS, number_word_positions

    def plain(body: str) -> list[int]:  # (the search as it was, on `str.lower`)
        lowered, out = body.lower(), []
        for stem, words in NUMBER_STEMS.items():
            pos = lowered.find(stem)
            while pos != -1:
                if pos == 0 or not lowered[pos - 1].isalpha():
                    for word in words:
                        end = pos + len(word)
                        if lowered.startswith(word, pos) and not lowered[end : end + 1].isalpha():
                            a = word in ("hundred", "dozen") and lowered[pos - 2 : pos] == "a "
                            out.append(pos - 2 if a else pos)
                            break
                pos = lowered.find(stem, pos + 1)
        return sorted(out)

    pieces = ("two", "Six", "TEEN", "ty", "a ", "A ", "dozen", "ł", "’", "é", "İ", "K", " ", "-")
    rnd = random.Random(23)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        assert number_word_positions(text) == plain(text), text


def test_slash_credits_and_contributed_sentences_match_their_plain_scans() -> None:
    import random

    from briefing.facts import credits

    pieces = [
        "(Jorge Guerrero/AFP via Getty Images)", "Anna Bell/Reuters", "\n", ". ", " ",
        "contributed to this report.", "contributed reporting", "AP writer Tom Baird",
        "(A Zone/B Protest)", "1/2", "and/or", "Ann", "contributed data", "(", ")", "/",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(20_000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        plain = [m.span() for m in credits._SLASH_CREDIT.finditer(body)]
        for m in credits._CONTRIBUTED.finditer(body):
            first = m.start() + len(m.group()) - len(m.group().lstrip())
            if first == 0 or body[max(0, first - 2) : first].endswith(("\n", ". ")):
                plain.append((first, m.end()))
        fast = [*credits._slash_credits(body), *credits._contributed(body)]
        assert sorted(fast) == sorted(plain), body


def test_gate_words_found_in_one_pass_match_a_find_per_word() -> None:
    from briefing.facts.scan_gates import TRIGGERS, GateWords

    # No looked-for part opens inside another (the alternation would hide the second).
    parts = set(TRIGGERS.values())
    for part in parts:
        for other in parts:
            for cut in range(1, len(part)):
                tail = part[cut:]
                assert not (tail.startswith(other) or other.startswith(tail)), (part, other)
    texts = [
        "The HMAS Sydney and the sister ship, the RV Ocean, sailed past HMS Leeds.",
        "Traffic on Interstate 9 and Highway 1; the Regiment Road by 38th Street and 5th Avenue.",
        "An easyJet flight and eBay; Channel 4 News, not Channel 4; FRANCE 24 and France 24.",
        "No gate word here: streets, avenues, highways and a division of the fleet.",
        "Baywatch Jetstar (Street-level) xStreet\nAvenue 4 Circuit Corps Brigade Battalion",
    ]
    words = list(TRIGGERS) + ["sister ", "nowhere"]
    for text in texts + [t[i:] for t in texts for i in range(0, len(t), 7)]:
        gates = GateWords(text)
        assert [gates.has(w) for w in words] == [w in text for w in words], text


def test_lower_case_orgs_from_the_triggers_found_match_a_find_per_name() -> None:
    from briefing.facts.scan_gates import LOWER_CASE_ORGS, GateWords

    texts = [
        "An easyJet flight and an eBay sale, said dpa; Channel 4 News and Channel 4 agreed.",
        "SK hynix and argenx, France 24 and FRANCE 24, the Group of 20 in Ligue 1 (comScore).",
        "Jet lag in Bay City on Channel 5; the Group of 7 and France 2, no orgs at all.",
        "",
    ]
    for text in texts + [t[i:] for t in texts for i in range(0, len(t), 6)]:
        expected = [n for n in LOWER_CASE_ORGS if n in text]
        assert GateWords(text).lower_case_orgs() == expected, text


def test_route_words_and_plural_nouns_found_in_one_pass_match_a_scan_each() -> None:
    from briefing.facts.place_scans import (
        _PLACES_AFTER_NOUNS,
        _PLURAL_PLACE_NOUNS,
        _ROUTE_WORDS,
        place_words,
    )
    from briefing.facts.speech import by_first_letter

    nouns = frozenset(_PLURAL_PLACE_NOUNS + _PLACES_AFTER_NOUNS)
    plural = re.compile(rf" ((?:{by_first_letter(nouns)}))\b")
    texts = [
        "The ferry from from Ardrossan ran on the line line between between two roads.",
        "a railway  corridor, a crossing line\nline from the road route between",
        " line line line from from from between  between road-route",
        "the towns between villages and villagers, the line cities from counties routes",
        " states states  regions-regencies centres centers from islands line areas",
    ]
    for text in texts + [t[i:] for t in texts for i in range(0, len(t), 5)]:
        expected = {}
        for word in _ROUTE_WORDS:
            expected[word], at = [], text.find(word)
            while at >= 0:
                expected[word].append(at)
                at = text.find(word, at + len(word))
        found = [(m.start(), m.end(), m.group(1)) for m in plural.finditer(text)]
        assert place_words(text) == (expected, found), text


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def test_clause_tense_skipping_words_that_hold_no_cue_changes_no_tense(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing.facts import date_context

    sentences = [
        "The talks, which were scheduled for next week, will resume on Friday.",
        "Officials said the bridge remains closed until at least Saturday.",
        "She was expected to announce her plans on Tuesday; the vote is due to be held Monday.",
        "Rovers host Leeds on Tuesday after games scheduled for Wednesday were still held.",
        "Forecasters predict landfall Saturday. The council voted seven to four on Monday.",
        "The club, which had hoped to sign him, may have lost the case on Thursday",
        "Power should be back by Friday, according to a filing on Monday.",
    ]
    starts = [
        (text, m.start())
        for text in sentences
        for m in re.finditer(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week", text)
    ]
    fast = [date_context.clause_tense(text, start) for text, start in starts]
    monkeypatch.setattr(date_context, "_CLAUSE_CUES", _Everything())
    assert fast == [date_context.clause_tense(text, start) for text, start in starts]


class _AlwaysFound:
    def search(self, *args: object) -> object:
        return self


def test_single_marks_of_mixed_texts_skipped_without_a_frame_change_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing.facts import quote_marks

    texts = [
        "He said \"no\".\n'We came in good faith,' she said. 'We will be back.'\nThe workers' union",
        "\"Fine.\"\n'It is over!' they said\n'Done,' said the mayor's aide. It's the members' call.",
        "A \"test\": 'one,'\nshe said. 'Two?' I asked\n'Three,’ he added, ‘four.’ ‘Five,’ said Ann",
    ]
    fast = [quote_marks.as_double_quotes(t) for t in texts]
    monkeypatch.setattr(quote_marks, "_FRAME_MARK", _AlwaysFound())
    assert fast == [quote_marks.as_double_quotes(t) for t in texts]
    assert fast[0] != texts[0]  # (a framed paragraph is turned)


def test_numbered_roads_found_by_two_patterns_match_the_single_alternation() -> None:
    import random

    from briefing.facts.numbered_places import _NUMBERED_ROAD, _NUMBERED_STREET

    plain = re.compile(
        r"\b(?:(?:(?:U\.S\.|US|State|County|Provincial|National) (?:Route|Highway)"
        r"|Interstate|Trans-Canada Highway|Highway|Route|Motorway|Autobahn|Autoroute|Ward|Region)"
        r" [1-9]\d{0,3}\b(?![.,]\d)"
        r"|\d{1,3}(?:st|nd|rd|th) (?:Street|Avenue|Road|Boulevard|Place))"
    )
    pieces = [
        "U.S. Route ", "US Highway ", "State Route ", "Interstate ", "Trans-Canada Highway ",
        "Highway ", "Route ", "Ward ", "Region ", "xRoute ", "4", "12", "0", "1234", "56789",
        "th Street", "st Avenue", "nd Road", "rd Place", " ", ".5", ",", "x", "Ⅻ", "٣", "-",
    ]  # fmt: skip
    rnd = random.Random(11)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        found = sorted(
            [*_NUMBERED_ROAD.finditer(text), *_NUMBERED_STREET.finditer(text)],
            key=lambda m: m.start(),
        )
        assert [m.span() for m in found] == [m.span() for m in plain.finditer(text)], text


def test_ordinal_bodies_pattern_opening_with_a_digit_matches_the_word_boundary_one() -> None:
    import random

    from briefing.facts.scans import _ORDINAL_BODY

    plain = re.compile(
        r"\b(\d{1,3}(?:st|nd|rd|th) (?:U\.S\. )?(?:Circuit(?: Court of Appeals)?"
        r"|(?:[A-Z][a-z]+ ){0,2}(?:Division|Brigade|Regiment|Battalion|Fleet|Corps)))\b"
    )
    pieces = ["9", "82", "1234", "x", " ", "th ", "nd ", "U.S. ", "Circuit", " Court of Appeals",
              "Airborne ", "Division", "Fleet", "Corps", "s", "٣", "_", "5th ", "82nd Airborne ",
              "3rd U.S. ", "x1st "]  # fmt: skip
    rnd = random.Random(5)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        assert [m.span(1) for m in _ORDINAL_BODY.finditer(text)] == [
            m.span(1) for m in plain.finditer(text)
        ], text


def test_ahead_of_pre_check_changes_no_date(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from briefing.facts import date_context, dates

    texts = [
        "Shares rose ahead of Friday's jobs report.",
        "Fans gathered in the run-up to  the\nSaturday final, in advance of Sunday.",
        "Crews are preparing for Monday and gearing up for the March 3 vote.",
        "The club met on Tuesday. Ahead of \n\n Wednesday, nothing.",
    ]
    published = date(2024, 6, 12)
    found = [[d.to_json() for d in dates.find_dates(t, published)] for t in texts]
    monkeypatch.setattr(date_context, "_AHEAD_ENDS", ("",))
    assert found == [[d.to_json() for d in dates.find_dates(t, published)] for t in texts]


def test_sheet_shape_pre_check_holds_every_team_sheet() -> None:
    import random

    from briefing.facts.clubs import sheet_shaped, team_sheet_names

    names = ["Miller", "Tom Hardy", "P Devlin", "S O'Rourke (capt)", "Ng", "x", "Ann Lee-Roy"]
    gaps = ["; ", "; ", "; ", ", ", ", ", ". ", ";", " ", ": "]
    rnd = random.Random(3)
    sheets = 0
    for _ in range(6000):
        parts = [rnd.choice(names) for _ in range(rnd.randint(1, 9))]
        text = rnd.choice(["", "Won. ", "\n", "x "]) + rnd.choice(["Leeds: ", "Subs: ", "A: "])
        text += (
            "".join(p + rnd.choice(gaps) for p in parts[:-1]) + parts[-1] + rnd.choice([".", ""])
        )
        if rnd.random() < 0.5:
            text += " Interchanges: " + "; ".join(rnd.choice(names) for _ in range(4)) + "."
        if team_sheet_names(text) and "; " in text:
            sheets += 1
            assert sheet_shaped(text), text
    assert sheets > 100


def test_author_notes_tried_at_line_starts_match_the_whole_scan() -> None:
    from briefing.facts.credits import _AUTHOR_NOTE, _author_notes

    notes = [
        "Write to Jen Ortiz at jen@example.com",
        "Follow Jen Ortiz on X",
        "Jen Ortiz covers transport for the Ledger.",
        "Jen Ortiz is the Ledger's Europe correspondent, based in Brussels.",
    ]
    story = "The council met on Monday.\n\nIt voted to close the bridge, said Mia Hale.\n"
    texts = ["", "\n", "\n\n", notes[0], story + "\n".join(notes), "\n".join(notes) + story]
    for text in texts + [story[:i] + "\n" + n + "\n" + story[i:] for n in notes for i in (0, 9)]:
        for half in {0, 1, len(text) // 2, max(0, len(text) - 2)}:
            expected = [m.span() for m in _AUTHOR_NOTE.finditer(text, half)]
            assert [m.span() for m in _author_notes(text, half)] == expected, (text, half)


def test_any_of_gate_words_matches_has_of_each() -> None:
    from briefing.facts.scan_gates import (
        NUMBERED_HINTS,
        ORDINAL_BODY_HEADS,
        SHIP_PREFIXES,
        GateWords,
    )

    texts = [
        "The sister ship sailed past Route 66 and the MV Glen Sannox.",
        "Streets of the 5th Circuit; a Rd. and Interstate traffic on Main St. today.",
        "Nothing here at all.",
        "",
    ]
    for text in texts + [t[i:] for t in texts for i in range(0, len(t), 5)]:
        gates = GateWords(text)
        for words in (SHIP_PREFIXES, NUMBERED_HINTS, ORDINAL_BODY_HEADS, ("Street", "nope")):
            assert gates.any_of(words) == any(gates.has(w) for w in words), (text, words)


def test_fold_of_plain_ascii_is_its_lower_case() -> None:
    import unicodedata

    from briefing.facts.names import fold

    def slow(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")

    for text in ["".join(map(chr, range(128))), "O'Brien", "Ó Broin", "Erdoğan", "Straße", "’"]:
        assert fold(text) == slow(text)


def test_space_led_scans_found_in_one_pass_match_a_scan_each() -> None:
    import briefing.facts.scanned_names  # noqa: F401  (registers the four scans' patterns)
    from briefing.facts.space_words import _PATTERNS, space_matches

    texts = [
        "Her husband Arjun and my late wife, Joan, met our neighbour Gurpreet at the dam.",
        "The ferry from Ardrossan ran on the line line between two roads; Dookie farmers said.",
        "a widower, widows, the stepson's sons and a sonnet; grandmothers, fiancée Ana, fiancee",
        "Penal residents and villagers of the towns, the Sau reservoir and the Poyo ravine pass",
        " man woman manhole womanly from from between between camp camps line\nline route",
        "",
    ]
    assert len(_PATTERNS) >= 4
    for text in texts + [t[i:] for t in texts for i in range(0, len(t), 4)]:
        for pattern in _PATTERNS:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            found = [(m.span(), m.groups()) for m in space_matches(pattern, text)]
            assert found == expected, (pattern.pattern, text)


def test_figure_starts_from_the_class_bytes_match_the_pattern_scan() -> None:
    import random

    from briefing.facts.figure_starts import figure_starts
    from briefing.facts.figures import _FIGURE_START

    latin = list("0123456789 ,.-_%°?aZé²ª¼µ\t\n\xa0xkg$")
    other = ["\u2009", "\u202f", "٣", "５", "—", "’", "и", "\u3000", "İ"]
    texts = [
        "The 2,500 tonnes rose 4.5% to 30°C; 12 345 kg, 7-day, x9 km and ’90s ٣ km.",
        "It cost 5\u202fkm and 10\u2009000 people, 3 ой, 4 _x, 5 ²; 6 — 7 ? 8 ?",
    ]
    rnd = random.Random(7)
    for _ in range(3000):
        texts.append(
            "".join(
                rnd.choice(other) if rnd.random() < 0.05 else rnd.choice(latin)
                for _ in range(rnd.randint(1, 40))
            )
        )
    for text in texts:
        encoded = None if "İ" in text else text.encode("latin-1", "replace")
        for limit in (None, 2):
            expected = [m.start() for m in _FIGURE_START.finditer(text)][:limit]
            assert figure_starts(text, encoded, _FIGURE_START, limit) == expected, text


def test_numbers_taken_whole_match_as_the_plain_number_pattern() -> None:
    import random

    from briefing.facts.figures import _NUM, _NUM_WHOLE, MONEY_AFTER, PERCENT, QUANTITY_DIGITS

    pieces = (
        "1", "20", "2019", "345", ",", ",000", ".", ".5", " ", " 000", "\u00a0", "-", "%", "°C",
        " per cent", " percent", " percentage points", " dollars", " US dollars", " euros", "m",
        " million", "bn", " people", " tonnes", "km", " big red", "-year-old", " hours", "s", "x",
        "_", "é", "\n", " apples", " this",
    )  # fmt: skip
    rnd = random.Random(11)
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8))) for _ in range(6000)]
    for pattern in (MONEY_AFTER, PERCENT, QUANTITY_DIGITS):
        plain = re.compile(pattern.pattern.replace(_NUM_WHOLE, _NUM), pattern.flags)
        assert plain.pattern != pattern.pattern
        for text in texts:
            for at in range(len(text)):
                m, n = pattern.match(text, at), plain.match(text, at)
                assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict())), text
