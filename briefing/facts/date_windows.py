"""Where date phrases can be: the anchor words every date phrase contains (month and weekday
names, years, relative words such as "yesterday"), and the text windows around them that the
date patterns of `briefing.facts.dates` are run in."""

from __future__ import annotations

from itertools import islice

from briefing.facts.date_values import MONTHS, WEEKDAYS
from briefing.facts.lazy_re import lazy

# Every date phrase contains one of these; patterns run only in windows around them: a
# month or weekday abbreviation (and the rest of its word), or a year 1600-2099 not glued to
# other digits. Every branch opens with a plain character, so the engine skips in C to the
# next of their first characters and drops a branch at once when its first character
# differs (half the cost of one class followed by a lookbehind per branch, itself 40% cheaper
# than a lookahead and an alternation). A branch that opens with a group would lose the skip.
_ANCHOR = lazy(
    "|".join(
        f"{abbreviation}[a-z]*"
        for abbreviation in (
            # (and a date line's capitals: "03 DEC 2026")
            "J(?:an|u[nl]|AN|U[NL])", "F(?:eb|ri|EB)", "M(?:a[ry]|on|A[RY])", "A(?:pr|ug|PR|UG)",
            "S(?:ep|at|un|EP)", "O(?:ct|CT)", "N(?:ov|OV)", "D(?:ec|EC)", "T(?:ue|hu)", "Wed",
        )
    )
    + r"|1(?<!\d1)[6-9]\d\d(?!\d)|2(?<!\d2)0\d\d(?!\d)"
)  # fmt: skip
# Relative phrases ("last year", "yesterday"): the window reaches back to "last". Found with
# `str.find`, several times cheaper than the equivalent alternation regex (which has no
# literal start, so it is tried at every character). No word is a prefix of another.
_RELATIVE_ANCHORS = (
    "year", "month", "yesterday", "Yesterday", "tomorrow", "Tomorrow", "tonight", "Tonight",
    "night", "morning", "afternoon", "evening", "today", "Today", "00s", "0s", "entury",
    "Christmas",
    "Boxing Day", "New Year", "Valentine", "Bastille", "Patrick", "Guy Fawkes", " ago",
    "Fourth of July", "Thanksgiving", "Easter", "Halloween", "Good Friday",
)  # fmt: skip
_WINDOW_PAD = 48
_WORD_BOUNDARY = lazy(r"[\s.,;:!?)\]]")


def holds_any(body: str, words: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether body[lo:hi] contains one of `words`."""
    return any(body.find(word, lo, hi) != -1 for word in words)


def _anchor_kind(text: str) -> str:
    if text == "00s":
        return "century"  # "the 1300s" (a decade's "1990s" has its year anchor)
    if text[0].isdigit():
        return "year"
    if text[:3].lower() in MONTHS:
        return "month"
    if text.lower() in WEEKDAYS:
        return "weekday"
    return _RELATIVE_KINDS.get(text, "relative")


# Anchors of their own for the rarer phrases, so their patterns skip the many "year" windows.
_RELATIVE_KINDS = {
    "00s": "century", "entury": "century", "Christmas": "holiday", "Boxing Day": "holiday",
    "New Year": "holiday", "Valentine": "holiday", "Bastille": "holiday", "Patrick": "holiday",
    "Guy Fawkes": "holiday", " ago": "ago", "Fourth of July": "holiday", "Thanksgiving": "holiday",
    "Easter": "holiday", "Halloween": "holiday", "Good Friday": "holiday",
}  # fmt: skip


# Each anchor word found through a shorter probe that also finds its kin, with what must
# stand just before the probe for each: "night" finds "tonight" and "Tonight" too, "esterday"
# both "yesterday" and "Yesterday" (one `str.find` scan of the body instead of two or three).
def _probes() -> dict[str, tuple[tuple[str, str], ...]]:
    """Probe -> ((text before the probe, anchor word), ...) for every word of
    `_RELATIVE_ANCHORS`."""
    kin = {"night": "to", "esterday": "y", "omorrow": "t", "oday": "t", "0s": "0"}
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for word in _RELATIVE_ANCHORS:
        for probe, lead in kin.items():
            if word.lower() == lead + probe or word == lead + probe:
                out.setdefault(probe, ())
                out[probe] += ((word[: len(lead)], word),)
                break
        else:
            out[word] = out.get(word, ()) + (("", word),)
    return out


_PROBES = _probes()


def _relative_anchors(body: str, limit: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) of each relative anchor word, leftmost first, never overlapping
    (what a regex alternation of `_RELATIVE_ANCHORS` would find: "tonight" hides its "night").
    With `limit`, each word is looked for only up to its `limit`-th occurrence."""
    found: list[tuple[int, int, str]] = []
    for probe, words in _PROBES.items():
        pos = body.find(probe)
        if pos == -1:
            continue
        if len(words) == 1 and not words[0][0]:  # the probe is the word itself
            word = words[0][1]
            count = 0
            while pos != -1 and (limit is None or count < limit):
                found.append((pos, pos + len(word), word))
                count += 1
                pos = body.find(word, pos + 1)
            continue
        counts = dict.fromkeys((w for _, w in words), 0)
        while pos != -1:
            for lead, word in words:
                at = pos - len(lead)
                if (
                    (limit is None or counts[word] < limit)
                    and at >= 0
                    and body.startswith(lead, at)
                ):
                    found.append((at, at + len(word), word))
                    counts[word] += 1
            if limit is not None and all(n >= limit for n in counts.values()):
                break
            pos = body.find(probe, pos + 1)
    found.sort()
    out: list[tuple[int, int, str]] = []
    last_end = 0
    for anchor in found:
        if anchor[0] >= last_end:
            out.append(anchor)
            last_end = anchor[1]
    return out


# At most this many date anchors (month and weekday names, years, relative words) are looked
# at: past that the body is a table of years or dates, not prose, and the rest is skipped.
# Real articles have at most ~115 (the Wikinews corpus); a table of 400,000 years took ~3.5 s.
MAX_DATE_ANCHORS = 2_000


def anchors_of(body: str, limit: int | None) -> list[tuple[int, int, str]]:
    """(start, end, text) of the date anchors in `body`, in text order; with `limit`, at
    least the first `limit` of them (and maybe some later ones)."""
    anchors = [(m.start(), m.end(), m.group()) for m in islice(_ANCHOR.finditer(body), limit)]
    anchors.extend(_relative_anchors(body, limit))
    anchors.sort()
    return anchors


# Anchor text -> its kind, memoised: the same years, months and weekdays recur.
_KINDS: dict[str, str] = {}
_KINDS_SIZE = 10_000


def windows_of(body: str, anchors: list[tuple[int, int, str]]) -> dict[str, list[tuple[int, int]]]:
    """Merged text windows around date `anchors`, by anchor kind, ending at a word boundary."""
    by_kind: dict[str, list[tuple[int, int]]] = {}
    kinds, size, boundary = _KINDS, len(body), _WORD_BOUNDARY.search
    for start, end, text in anchors:
        kind = kinds.get(text)
        if kind is None:
            if len(kinds) >= _KINDS_SIZE:
                kinds.clear()
            kind = kinds[text] = _anchor_kind(text)
        out = by_kind.setdefault(kind, [])
        lo = max(0, start - _WINDOW_PAD)
        hi = min(size, end + _WINDOW_PAD)
        edge = boundary(body, hi)
        hi = edge.start() if edge else size
        if out and lo <= out[-1][1] + _WINDOW_PAD:  # close windows: one scan is cheaper
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return by_kind
