"""Hard-wrapped paragraphs (a Markdown or text file wrapped at 80 columns) read as
paragraphs in the reader; scraped text with a paragraph a line keeps its lines."""

from __future__ import annotations

from briefing.core.softbreaks import join_soft_breaks

WRAPPED = (
    "Crane drivers at the container terminal returned to work on Wednesday after the\n"
    "terminal operator agreed to a pay rise of 6.5% spread over the next two years,\n"
    "the union said."
)


def test_a_hard_wrapped_paragraph_becomes_one_line_of_the_same_length():
    joined = join_soft_breaks(WRAPPED + "\n\nSecond paragraph.")
    assert joined == WRAPPED.replace("\n", " ") + "\n\nSecond paragraph."


def test_scraped_paragraphs_one_a_line_keep_their_breaks():
    scraped = (
        "Pilots stopped work at six on Tuesday morning, leaving eleven ships at anchor.\n"
        "The union said the walkout would last 48 hours unless the rota was withdrawn.\n"
        "No one expects a quick deal."
    )
    assert join_soft_breaks(scraped) == scraped


def test_lists_quotations_and_long_lines_keep_their_breaks():
    listing = "- the first item of a list that runs on a bit\n- the second item of the list"
    quoted = "> a quotation that the writer wrapped at the\n> end of the line by hand"
    long_lines = ("word " * 30 + "and\n") * 2 + "end"
    for text in (listing, quoted, long_lines):
        assert join_soft_breaks(text) == text
