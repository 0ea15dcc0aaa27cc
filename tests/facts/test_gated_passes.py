"""The cheap gates in front of the page-furniture, sign-off and date-tail tests keep
their answers: the same spans found where the gate lets the pass run."""

from __future__ import annotations

from briefing.facts.page_furniture import furniture_ranges
from briefing.facts.run_tails import date_tail
from briefing.facts.sign_offs import sign_off_ranges


def test_text_size_switches_at_the_very_end_of_a_page_are_still_furniture() -> None:
    body = "The council met on Monday.\nXS\nSM\nMD"
    assert furniture_ranges(body) == [(body.index("XS"), len(body))]


def test_text_size_switches_between_paragraphs_are_furniture() -> None:
    body = "The council met.\n  XS \nLG\nThe vote was close."
    start = body.index("  XS")
    assert furniture_ranges(body) == [(start, body.index("\nThe vote"))]


def test_a_page_with_no_line_of_capitals_alone_has_no_switches() -> None:
    assert furniture_ranges("The council met.\nOK, said the mayor.\nUN aid came.") == []


def test_sign_offs_are_found_behind_the_gate_and_common_has_is_not_one() -> None:
    body = (
        "The mayor has more money than last year. Dana Keller has more from the town hall.\n"
        "Omar Reyes reports from the harbour."
    )
    names = [body[a:b] for a, b in sign_off_ranges(body)]
    assert names == ["Dana Keller", "Omar Reyes"]


def test_no_sign_off_when_neither_trigger_follows_has_or_reports() -> None:
    assert sign_off_ranges("The mayor has said little. Dana Keller reports that rents rose.") == []


def _words(body: str, text: str) -> list[tuple[int, int]]:
    at = body.index(text)
    out = []
    for word in text.split():
        at = body.index(word, at)
        out.append((at, at + len(word)))
        at += len(word)
    return out


def test_a_month_before_a_day_and_a_weekday_after_a_body_are_date_tails() -> None:
    body = "The mayor spoke in Madrid Sept. 9 and told Congress Wednesday of the plan."
    assert date_tail(body, _words(body, "Madrid Sept"))
    assert date_tail(body, _words(body, "Congress Wednesday"))
    assert not date_tail("Fans of Sheffield Wednesday sang.", [(8, 17), (18, 27)])
    assert not date_tail("She met Ava May 10 days ago.", [(8, 11), (12, 15)])


def test_click_marks_found_by_one_character_searches_match_the_two_character_tests() -> None:
    import random

    from briefing.facts.click_names import _LETTERS, has_clicks

    def slow(body: str) -> bool:
        return (
            " !" in body
            or " //" in body
            or "\n!" in body
            or (not body.isascii() and any(letter in body for letter in _LETTERS))
        )

    pieces = ("!", "/", " ", "\n", "a", "Naruseb", "ǃ", "ǁ", "é", "—", "x!", "//", "http://")
    rnd = random.Random(3)
    for _ in range(5000):
        body = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert has_clicks(body) == slow(body), body
    assert has_clicks("Johannes !Naruseb said.") and has_clicks("the //Kharas region")
    assert not has_clicks("Yes!Now, see https://example.org and and/or.")


def test_numeric_dates_tried_before_their_separators_match_a_scan_of_the_window() -> None:
    import random

    from briefing.facts.date_numeric import _NUMERIC, _in_window

    pieces = ("1", "12", "2026", "19", "/", ".", "-", ":", " ", "v", "x", "\n", "٣", "30.11.")
    rnd = random.Random(9)
    for _ in range(20_000):
        body = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        lo = rnd.randint(0, len(body))
        hi = rnd.randint(lo, len(body))
        expected = [(m.span(), m.groupdict()) for m in _NUMERIC.finditer(body, lo, hi)]
        assert [(m.span(), m.groupdict()) for m in _in_window(body, lo, hi)] == expected, body


def test_section_labels_tested_beside_the_name_first_keep_their_answers() -> None:
    import random

    from briefing.facts.headline_orgs import _label, _line
    from briefing.facts.lexicon import common_words

    def slow(body: str, a: int, b: int) -> bool:
        start, end = _line(body, a)
        rest = body[b:end].strip()
        words = body[a:b].split()
        if len(words) != 2 or body[start:a].strip() or rest not in ("", ":"):
            return False
        return all(w.lower() in common_words() for w in words)

    pieces = ("Customer", "Service", "Harbour", " ", "\n", ":", "x", "\t", ".", "News ")
    rnd = random.Random(4)
    for _ in range(20_000):
        body = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        a = rnd.randint(0, len(body))
        b = rnd.randint(a, len(body))
        assert _label(body, a, b) == slow(body, a, b), (body, a, b)


def test_section_labels_read_from_the_short_lines_match_a_read_of_every_line() -> None:
    import random

    from briefing.facts.byline_outlets import _OUTLET_HEADS
    from briefing.facts.headlines import _PARAGRAPH, section_labels
    from briefing.facts.lexicon import common_words, given_names

    def slow(body: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        common, given = common_words(), given_names()
        start, prose = 0, False
        while start < len(body):
            end = body.find("\n", start)
            end = len(body) if end < 0 else end
            line_start, start = start, end + 1
            if end - line_start > 48:
                text = body[line_start:end].rstrip()
                prose = prose or (text.endswith((".", '."', ".”")) and text.count(" ") >= 11)
                continue
            words = body[line_start:end].strip().removesuffix(":").split()
            if (
                prose
                and 0 < len(words) <= 4
                and words[-1] not in _OUTLET_HEADS
                and all(
                    w[:1].isupper() and not w.isupper() and w.lower() in common and w not in given
                    for w in words
                )
            ):
                nxt = _PARAGRAPH.match(body, end)
                if nxt is not None and nxt.group(1).count(" ") >= 11:
                    out.append((line_start, end))
        return out

    prose = "The council met on Monday and the vote on the new harbour plan was close again."
    lines = (prose, prose[:40] + ".", "Related Stories", "Customer Service:", "The Crew", "",
             "  ", "Harbour Weekly", "x" * 48, "Rocket Raccoon", prose + '"', "Latest News")  # fmt: skip
    rnd = random.Random(8)
    for _ in range(3000):
        body = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(0, 7)))
        body += rnd.choice(("", "\n"))
        assert section_labels(body) == slow(body), body


def test_odd_lines_with_their_length_tested_first_match_both_tests_on_every_line() -> None:
    import random

    from briefing.facts.lexicon import common_words
    from briefing.facts.page_furniture import _foreign, _menu, _odd_lines

    def slow(body: str) -> list[tuple[int, int]]:
        foreign, menus, at = [], [], 0
        for line in body.split("\n"):
            start, at = at, at + len(line) + 1
            if _foreign(line, common_words()):
                foreign.append((start, start + len(line)))
            if _menu(line):
                menus.append((start, start + len(line)))
        return foreign + menus

    lines = (
        "Fazer uma Denúncia Fazer uma Sugestão Fazer uma Reclamação Fazer",
        "Dê sua opinião sobre o serviço público federal agora mesmo aqui",
        "Share Facebook Share Twitter Share Email Share Print",
        "The council met on Monday and the vote was close.",
        "Startseite Über uns Kontakt Impressum Datenschutz und mehr hier",
        "", "short", "Share Share Share", "x" * 299 + " Share Share Share A B C",
    )  # fmt: skip
    rnd = random.Random(6)
    for _ in range(2000):
        body = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(0, 6)))
        assert _odd_lines(body) == slow(body), body
    both = lines[0] + "\n" + lines[2]
    assert _odd_lines(both) == [(0, len(lines[0])), (len(lines[0]) + 1, len(both))]
