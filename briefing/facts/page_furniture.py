"""The furniture of a scraped web page, which names nothing in the story: a column of text-size
switches ("XS", "SM", "MD", "LG" a line each), a section's breadcrumb at the top ("News /
Africa", "Home / World / Europe"), the section's name alone on the first line ("Europe"), a
licence line ("Creative Commons - CC BY 4.0"), a newsletter's name in the page's offer of it
("Sign up for our Daily Brief newsletter") and the site's own text in another language around
an English story (a feedback form's "Fazer uma Denúncia Fazer uma Sugestão", a menu's
"Startseite Über uns"). Used by `briefing.facts.entities` beside the credit lines."""

from __future__ import annotations

import re

from briefing.facts.gazetteer import load_gazetteer
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import common_words

# Two or more lines in a row that hold one to three capitals each and nothing else.
_SWITCHES = lazy(r"(?m)^[ \t]*[A-Z]{1,3}[ \t]*(?:\n[ \t]*[A-Z]{1,3}[ \t]*)+$")
# The second of those lines, whole: a search that opens with a line break skips ahead at C
# speed, where the multi-line "^" above tries every character of the body.
_SWITCH_LINE = lazy(r"\n[ \t]*[A-Z]{1,3}[ \t]*(?:\n|\Z)")
# A breadcrumb: capitalised words on either side of " / ", the whole line.
_CRUMB = r"[A-Z][\w&]*(?: [A-Z][\w&]*){0,2}"
_BREADCRUMB = lazy(rf"[ \t]*{_CRUMB}(?: / {_CRUMB})+[ \t]*$")
_HEAD_LINES = 6  # (a headline, a kicker, a byline and its stamp may stand above it)
# A newsletter's name in the page's offer of it ("Sign up for our Daily Brief newsletter", "Get
# the Harbour Daily newsletter"): the outlet's product, no body of the story; only a name with
# a newsletter's word, as the outlet's own may stand there ("our free Utility Dive newsletter").
# The offer may end the line with the name, "newsletter" left out ("Subscribe to The Harbor
# Gazette Daily Edition.", "Sign up for Ferry Watch Weekly").
_NEWSLETTER = lazy(
    r"(?:Sign up for|Subscribe to|Get|Receive) (?:our |the )?(?:free |daily |weekly )?"
    r"([A-Z][\w’'&-]*(?:(?: of| and| &)? [A-Z][\w’'&-]*){0,5})"
    r"(?: (?:e-?)?newsletters?\b|\.?[ \t]*(?=\n|$))"
)
# A licence's code, which a licence line holds beside the licence's name.
_LICENCE = lazy(r"\bCC(?:[ -]BY\b|0\b)|\bBY-(?:SA|NC|ND)\b")
_LICENCE_NAME = "Creative Commons"
# What no line of a site's own text in another language holds: English's commonest words, or
# a quotation (a quoted speaker's words in their language name the story's people).
_ENGLISH_OR_QUOTED = (" the ", " and ", " of ", " to ", '"', "“", "”", "«", "»")

_NEWSLETTER_WORDS = frozenset(
    "Daily Weekly Morning Evening Brief Briefing Headlines Digest Roundup Update Updates "
    "Edition Bulletin".split()
)
# An outlet's blurb of its series, its name the whole subject ("The Harbor Files is an ongoing
# reporting project.", "The Long Road is a series investigating ..."): the name of a work, no
# body (where "The Marshall Project is a nonprofit newsroom" names one).
_SERIES_IS = lazy(
    r" is an? (?:(?:ongoing|new|continuing|occasional|multipart|multi-part|yearlong|special"
    r"|investigative|reporting) )*(?:series|reporting project|investigative project|podcast"
    r"|newsletter)\b"
)
_SERIES_NAME = lazy(r"(?:The )?([A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,5})")
# A keyword that the page's offer asks the reader to text to a number ("text “FILES” to
# 555-0100"): a word to send, no name.
# (opening with the literal "ext ", which the engine skips to; "[Tt]" before it is checked)
_TEXT_KEYWORD = lazy(r"ext [\"“]?([A-Z][A-Z0-9]{1,11})[\"”]? to \+?\d[\d -]{3,}")
# A government site's banner ("An official website of the United States government", "US flag
# Official website of the Department of ..."): its words before the body's name.
_OFFICIAL_SITE = lazy(r"(?:An )?[Oo]fficial website of\b")
# The page's estimate of the time a story takes to read ("Reading Time: 3 minutes").
_READING_TIME = lazy(r"(?:[Ee]stimated )?(?:[Rr]eading|[Rr]ead) [Tt]ime: \d{1,3} ?min")
# A menu of a page's buttons on one line, the same capitalised word opening each ("Share
# Facebook Share X Share Email", "Make a Complaint Make a Suggestion Make a Request").
_MENU_REPEATS = 3


def furniture_ranges(body: str) -> list[tuple[int, int]]:
    """Spans of the page's furniture in `body`."""
    out = [m.span() for m in _SWITCHES.finditer(body)] if _SWITCH_LINE.search(body) else []
    at = 0
    for _ in range(_HEAD_LINES):
        end = body.find("\n", at)
        end = len(body) if end < 0 else end
        if body.find(" / ", at, end) >= 0 and _BREADCRUMB.match(body, at, end) is not None:
            out.append((at, end))
        if end >= len(body):
            break
        at = end + 1
    label = _section_place(body)
    if label is not None:
        out.append(label)
    if _LICENCE_NAME in body:
        out.extend(_licence_lines(body))
    out.extend(_odd_lines(body))
    if " is a" in body:
        out.extend(_series_names(body))
    if "ext " in body:
        out.extend(
            m.span(1)
            for m in _TEXT_KEYWORD.finditer(body)
            if body[m.start() - 1 : m.start()] in ("T", "t")
            and not body[m.start() - 2 : m.start() - 1].isalpha()
        )
    if "fficial website of" in body[:600]:
        out.extend(m.span() for m in _OFFICIAL_SITE.finditer(body, 0, 600))
    if "ime: " in body:
        out.extend(m.span() for m in _READING_TIME.finditer(body))
    if "newsletter" in body or "Subscribe to " in body or "Sign up for " in body:
        out.extend(
            m.span(1)
            for m in _NEWSLETTER.finditer(body)
            if not _NEWSLETTER_WORDS.isdisjoint(m.group(1).split())
            and ("newsletter" in m.group() or _stem_named_elsewhere(body, m))
        )
    return out


def _stem_named_elsewhere(body: str, offer: re.Match[str]) -> bool:
    """Whether the page names the offer's name without its newsletter's words elsewhere
    ("Sign up for Harbor Gazette Daily" where the story says "told Harbor Gazette"): the
    outlet's product. Alone, "Subscribe to The Harbor Daily" offers the outlet itself."""
    words = offer.group(1).removeprefix("The ").split()
    while words and words[-1] in _NEWSLETTER_WORDS:
        words.pop()
    stem = " ".join(words)
    if not stem:
        return True
    return body.find(stem, 0, offer.start()) >= 0 or body.find(stem, offer.end()) >= 0


def _section_place(body: str) -> tuple[int, int] | None:
    """The span of the section's name alone on the page's first line ("Europe" over a VOA
    headline), a place of one to three words that the page names nowhere else."""
    start = len(body) - len(body.lstrip())
    end = body.find("\n", start)
    if end < 0 or end - start > 30:
        return None
    label = body[start:end].strip()
    if not label[:1].isupper() or label.count(" ") > 2 or body.find(label, end) >= 0:
        return None
    return (start, start + len(label)) if load_gazetteer().get(label) is not None else None


def _licence_lines(body: str) -> list[tuple[int, int]]:
    """Spans of "Creative Commons" on short lines with a licence's code and no sentence
    ("Creative Commons - CC BY 3.0"; not "... licensed under a Creative Commons licence.")."""
    out = []
    at = body.find(_LICENCE_NAME)
    while at >= 0:
        start = body.rfind("\n", 0, at) + 1
        end = body.find("\n", at)
        end = len(body) if end < 0 else end
        line = body[start:end].strip()
        if len(line) <= 100 and not line.endswith(".") and _LICENCE.search(line):
            out.append((at, at + len(_LICENCE_NAME)))
        at = body.find(_LICENCE_NAME, end)
    return out


def _series_names(body: str) -> list[tuple[int, int]]:
    """Spans of the names that a sentence of their own calls a series, a podcast or a
    newsletter (`_SERIES_IS`, found first; the name is the sentence's whole subject)."""
    out = []
    for m in _SERIES_IS.finditer(body):
        start = max(body.rfind(c, 0, m.start()) for c in (". ", "\n", "! ", "? "))
        start = 0 if start < 0 else start + (1 if body[start] == "\n" else 2)
        name = _SERIES_NAME.fullmatch(body, start, m.start())
        if name is not None:
            out.append(name.span())
    return out


def _odd_lines(body: str) -> list[tuple[int, int]]:
    """Spans of the lines that are the site's, not the story's, found in one pass over the
    lines: text in another language (`_foreign`), then menus (`_menu`)."""
    foreign: list[tuple[int, int]] = []
    menus: list[tuple[int, int]] = []
    common = common_words()
    # (the tests' cheapest conditions asked here first, of the body or the line's length: no
    # line of an ASCII body is foreign, none of 20 characters or less is either, a menu's has
    # 31 to 299)
    ascii_body = body.isascii()
    at = 0
    for line in body.split("\n"):
        size = len(line)
        start, at = at, at + size + 1
        if size <= 20:
            continue
        if not ascii_body and _foreign(line, common):
            foreign.append((start, start + size))
        if 30 < size < 300 and _menu(line):
            menus.append((start, start + size))
    return foreign + menus


def _foreign(line: str, common: frozenset[str]) -> bool:
    """A line in another language than English: a letter outside ASCII (all such text holds
    one: "Dê sua opinião", "Denúncia"), four or more lower-case words, fewer than a quarter of
    them English ("The Autorité de Contrôle des Ports et des Chemins de Fer said on Monday." is
    English with a French name), and none of English's commonest words nor a quotation
    (tested first)."""
    if len(line) <= 20 or line.isascii() or any(w in line for w in _ENGLISH_OR_QUOTED):
        return False
    lower = [w for w in line.split() if w.isalpha() and w.islower()]
    english = sum(w in common for w in lower)
    return len(lower) >= 4 and 4 * english < len(lower)


def _menu(line: str) -> bool:
    """A line that is a menu: no full stop, comma or quotation mark in it, and one
    capitalised word that opens at least `_MENU_REPEATS` of its items."""
    # (the cheap tests first: most lines are sentences)
    if not 30 < len(line) < 300 or "." in line or "," in line:
        return False
    if line.rstrip().endswith(("!", "?", ":")) or '"' in line or "“" in line:
        return False
    words = [w for w in line.split() if len(w) > 2 and w[0].isupper()]
    return len(words) >= 2 * _MENU_REPEATS and any(
        words.count(w) >= _MENU_REPEATS for w in set(words)
    )
