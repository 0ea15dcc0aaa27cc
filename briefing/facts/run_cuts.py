"""Where a capitalised run holds the end of a sentence, so that it is two runs: a function
word after an abbreviation's full stop ("in Washington D.C. The six-member team"), any word
after a company's suffix ("Bright Path Rehab Inc. Ruano was sentenced"), a title or a given
name after a name's suffix ("Samuel A. Alito Jr. Justice Neil M. Gorsuch"); and where a body's
name ends before the office of it that a hyphen joins on ("U.S. Department of Housing and
Urban Development-Office of Inspector General"); and a plural noun opening a sentence before
the names it is the category of ("Suppliers Nordvik, Halcyon Labs and ...")."""

from __future__ import annotations

from briefing.facts.lexicon import HONORIFICS, ROLE_NOUNS, TITLE_WORDS, common_words, given_names

# A company's suffix with its full stop, which no name goes on after ("Co." may be a county's:
# "Co. Cork").
_SUFFIXES_THAT_END = frozenset(("Inc.", "Corp.", "Ltd.", "LLC.", "L.L.C.", "Pty.", "Plc."))
Words = list[tuple[int, int]]


def stop_cut(body: str, words: Words, dropped: frozenset[str]) -> int:
    """The index of the word that opens a sentence after a full stop inside the run: a
    function word of `dropped` (no part of the next name) or any word after a company's
    suffix; 0 for none."""
    return next(
        (
            i
            for i in range(1, len(words))
            if body[words[i - 1][1] - 1] == "."
            and (
                body[words[i][0] : words[i][1]] in dropped
                or body[words[i - 1][0] : words[i - 1][1]] in _SUFFIXES_THAT_END
            )
        ),
        0,
    )


def suffix_cut(body: str, words: Words) -> int:
    """The index of the word after "Jr." or "Sr." that opens another name (a title or a given
    name: not "Jr. Day"); 0 for none."""
    return next(
        (
            i + 1
            for i, (a, b) in enumerate(words[:-1])
            if body[a:b] in ("Jr.", "Sr.") and _opens_a_name(body, words[i + 1])
        ),
        0,
    )


def _opens_a_name(body: str, word: tuple[int, int]) -> bool:
    """A title or a given name ("Justice", "Neil"): another name starts (not "Jr. Day")."""
    text = body[word[0] : word[1]]
    return (
        text.lower().rstrip(".") in TITLE_WORDS
        or text.lower() in HONORIFICS
        or (text in given_names())
    )


def office_cut(body: str, words: Words) -> None:
    """End the run at the hyphen of its last word when an office joined on by it closes the
    run before "of" ("... Urban Development-Office of Inspector General"): the body's name
    is the run, the office is no part of it."""
    a, b = words[-1]
    at = body.rfind("-Office", a, b)
    if at > a and at + len("-Office") == b and body.startswith(" of ", b):
        words[-1] = (a, at)


def plural_noun(token: str) -> bool:
    """A plural common noun ("Suppliers Nordvik, Halcyon Labs and ..."): opening a sentence,
    it names a category, not the name after it."""
    low = token.lower()
    return (
        len(low) > 4
        and low.endswith("s")
        and not low.endswith("ss")
        and token not in given_names()
        and token[:-1] not in given_names()  # "Johns Hopkins"
        and low[:-1] not in ROLE_NOUNS  # ("Actors Jerry Vallin and ...": their role)
        and low in common_words()
        and (low[:-1] in common_words() or low.endswith("ies") and low[:-3] + "y" in common_words())
    )
