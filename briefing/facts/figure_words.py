"""Number words in a body: the words a figure may open with ("six", "a dozen") and where they
stand, found with `str.find` rather than a case-insensitive regex scan."""

from __future__ import annotations

from typing import Any

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip


# Number words by a shared opening ("six" opens "sixteen" and "sixty"): one `str.find` per
# opening instead of one per word.
NUMBER_STEMS: dict[str, tuple[str, ...]] = {}
for _word in sorted(NUMBER_WORDS, key=len, reverse=True):
    _stem = next(
        (
            s
            for s in ("four", "six", "seven", "eight", "nine", "twe", "thirt", "fift")
            if _word.startswith(s)
        ),
        _word,
    )
    NUMBER_STEMS.setdefault(_stem, ())
    NUMBER_STEMS[_stem] += (_word,)


# The same, as bytes: (stem, ((word, whether "a " may open it), ...)).
_NUMBER_STEM_BYTES = tuple(
    (stem.encode(), tuple((w.encode(), w in ("hundred", "dozen")) for w in words))
    for stem, words in NUMBER_STEMS.items()
)


def number_word_positions(
    body: str, limit: int | None = None, encoded: bytes | None = None
) -> list[int]:
    """Where number words ("six", "a dozen") start: `str.find` on the lower-cased body is far
    cheaper than a case-insensitive regex scan. With `limit`, only the first `limit`.

    The positions are those of the lower-cased body. Only "İ" lower-cases to more than one
    character, so without it they are the body's, and the words (ASCII letters) are found in
    the body as Latin-1 bytes (a character past it is a "?"; only the Kelvin sign lower-cases
    to an ASCII letter, "k", in no number word) with ASCII letters lower-cased: five times
    cheaper than `str.lower`. Whether a letter stands either side is read from the body
    (lower-casing keeps every character a letter or not). (`encoded`: the body as those
    bytes, when the caller has it.)"""
    if "İ" in body:
        lowered = body.lower()
        stems = tuple(
            (stem, tuple((w, w in ("hundred", "dozen")) for w in words))
            for stem, words in NUMBER_STEMS.items()
        )
        return _number_words_in(lowered, lowered, stems, "a ", limit)
    if encoded is None:
        encoded = body.encode("latin-1", "replace")
    lowered_bytes = encoded.lower()
    return _number_words_in(lowered_bytes, body, _NUMBER_STEM_BYTES, b"a ", limit)


def _number_words_in(
    lowered: Any, letters: str, stems: tuple[tuple[Any, tuple[tuple[Any, bool], ...]], ...],
    article: Any, limit: int | None,
) -> list[int]:  # fmt: skip
    """`number_word_positions` in `lowered` (str or bytes), whose letters `letters` tells."""
    out: list[int] = []
    for stem, words in stems:
        pos = lowered.find(stem)
        found = 0
        while pos != -1 and (limit is None or found < limit):
            if pos == 0 or not letters[pos - 1].isalpha():
                for word, counted in words:
                    end = pos + len(word)
                    if lowered.startswith(word, pos) and not letters[end : end + 1].isalpha():
                        out.append(
                            pos - 2 if counted and lowered[pos - 2 : pos] == article else pos
                        )
                        found += 1
                        break
            pos = lowered.find(stem, pos + 1)
    return sorted(out)[:limit]
