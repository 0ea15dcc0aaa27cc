"""Names found by scanning the text rather than by the chunk walk, which sees only runs of
capitalised words: known organisations that open with a small letter ("easyJet"), British
roads by number ("on the A59"), and works' titles, which the walk is to skip ("her memoir,
Mother Mary Comes to Me," names nobody). Used by `briefing.facts.entities`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import KNOWN_ORGS
from briefing.facts.scan_gates import (
    ORDINAL_BODY_HEADS,
    SHIP_PREFIXES,
    GateWords,
)

if TYPE_CHECKING:
    from briefing.facts.builder import Builder


def lower_case_names(builder: Builder, gates: GateWords) -> list[tuple[int, int]]:
    """Add the known organisations whose names hold a small letter; their spans (with a
    company's ending: "SK hynix Inc."), for the chunk walk to skip."""
    body = builder.body
    spans = []
    for name in gates.lower_case_orgs():
        at = body.find(name)
        while at >= 0:
            end = at + len(name)
            if (
                not body[at - 1 : at].isalnum()
                and not body[end : end + 1].isalnum()
                and not any(a <= at < b for a, b in spans)  # (inside a longer one)
            ):
                suffix = _COMPANY_ENDING.match(body, end)
                if suffix is not None:
                    end = suffix.end()
                builder.add_org(KNOWN_ORGS[name], body[at:end], (at, end))
                spans.append((at, end))
                acronym = _ACRONYM_AFTER.match(body, end)
                if acronym is not None:  # "... and Cultural Organization (UNESCO)"
                    builder.acronyms.setdefault(acronym.group(1), KNOWN_ORGS[name])
            at = body.find(name, end)
    return spans


_ACRONYM_AFTER = lazy(r" \(([A-Z][A-Z0-9&]{1,7})\)")
_COMPANY_ENDING = lazy(r",? (?:Inc\.|Co\.|Corp\.|Ltd\.?|plc|PLC|AG|SA|N\.V\.)(?!\w)")


# British roads by their numbers after "the": "on the A59", "the M25" (a place, as a street).
# (Not "uses the A300": an Airbus; a road is one the text is on, off, along, near ...)
_ROAD = lazy(
    r"\b(?:on|off|along|onto|near|from|via|at|to|closed|blocked|shut|reopened) the "
    r"(?!A3[0-8]0\b)([AM][1-9]\d{0,3}(?:\([MT]\))?)(?![\w(])"
)


def _road_hint(body: str) -> bool:
    """Whether "the A1" or "the M1" (a letter and a digit) occurs at all."""
    for start in ("the A", "the M"):
        at = body.find(start)
        while at >= 0:
            if body[at + 5 : at + 6].isdigit():
                return True
            at = body.find(start, at + 5)
    return False


def roads(builder: Builder) -> list[tuple[int, int]]:
    """Add the British roads named by number ("on the A59"); their spans, for the chunk walk
    to skip (other numbered roads: `place_scans.numbered_roads`)."""
    body = builder.body
    spans = []
    if _road_hint(body):
        for m in _ROAD.finditer(body):
            builder.add_place(m.group(1), "site", m.group(1), m.span(1))
            builder.sure.add(m.span(1))
            spans.append(m.span(1))
    return spans


# A work's title set after its kind: "her first memoir, Mother Mary Comes to Me, ...", "the
# novel The God of Small Things" (no person, place or body is named there).
# (each kind costs a scan of the text, ~2 us: the kinds news names its titles after most)
_WORK_KINDS = ("memoir", "novel", "book", "film", "album", "documentary")
_TITLE_AFTER_KIND = lazy(
    r",? ((?:The |A |An )?[A-Z][^,.;:\n\"“”]{0,60}?)"
    r"(?=[,.;:]|\s+(?:was|is|will|has|had|which|in|by|for|about|and|on)\b)"
)


def work_titles(body: str) -> list[tuple[int, int]]:
    """The spans of works' titles named after their kind, for the chunk walk to skip. (The
    kinds are found with `str.find`: one pattern with their alternation, run over the
    whole text, cost about 20 us an article.)"""
    out = []
    for kind in _WORK_KINDS:
        at = body.find(kind)
        while at >= 0:
            end = at + len(kind)
            if not body[at - 1 : at].isalpha():
                m = _TITLE_AFTER_KIND.match(body, end)
                if m is not None:
                    words = m.group(1).split()
                    if all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words) and not (
                        body.startswith((" said", " says", " told"), m.end(1))
                    ):  # (not "in the book, Bolton claims Trump asked ...": a sentence)
                        out.append(m.span(1))
            at = body.find(kind, end)
    return out


# The small words a title may hold in lower case.
_TITLE_SMALL_WORDS = frozenset(
    "a an the of to in on at for and or but by with from as is it be me my we us".split()
)


# Ships by their prefix (`scan_gates.SHIP_PREFIXES`, or a flag): "the MV Glen Sannox", "HMS Prince of
# Wales", "USS Gerald R. Ford" (a ship is no person, place or organisation; the name alone
# later is the ship too).
_SHIP = lazy(
    r"\b(?:MV|RMS|HMS|USS|HMAS|HMCS|HMNZS|RV|sister (?:ship|vessel),? the"
    # (a flag state made an adjective: "the Liberia-flagged Nordic Wren"; one of a fleet set
    # off: "another of its ships, the Nordic Petrel")
    r"|[A-Z][a-z]+-flagged|(?:ships|vessels), the) "
    r"((?:[A-Z][\w'’.-]*|of|the)(?: (?:[A-Z][\w'’.-]*|of|the))*(?<!of)(?<!the))"
)


def ship_names(body: str, gates: GateWords) -> list[tuple[int, int]]:
    """The spans of ships' names, with their prefix, and of every later mention of a name of
    two words or more, for the chunk walk to skip."""
    if (
        not gates.any_of(SHIP_PREFIXES)
        and "-flagged " not in body
        and "ships, the " not in body
        and "vessels, the " not in body
    ):
        return []
    out = []
    for m in _SHIP.finditer(body):
        # (the flag state stays a place: "Liberia-flagged")
        flagged = body.startswith("-flagged ", m.start(1) - 9)
        out.append((m.start(1) if flagged else m.start(), m.end(1)))
        name = m.group(1)
        if " " in name:
            at = body.find(name, m.end(1))
            while at >= 0:
                out.append((at, at + len(name)))
                at = body.find(name, at + len(name))
    return out


# Bodies named with an ordinal: "the 9th U.S. Circuit Court of Appeals", "the 5th Circuit",
# "the 82nd Airborne Division", "the 3rd Battalion", "the 116th Congress" (the run walk
# starts at the first capital and cut the number off). Their heads:
# `scan_gates.ORDINAL_BODY_HEADS`.
_ORDINAL_BODY = lazy(  # (opening with a digit, the boundary as a look-behind: the engine skips)
    r"(\d(?<!\w\d)\d{0,2}(?:st|nd|rd|th) (?:U\.S\. )?(?:Circuit(?: Court of Appeals)?"
    r"|(?:[A-Z][a-z]+ ){0,2}(?:Division|Brigade|Regiment|Battalion|Fleet(?: Command)?|Corps)"
    # a legislature's term: "the 116th U.S. Congress", "the 43rd Canadian Parliament"
    r"|(?:United States |[A-Z][a-z]+ )?(?:Congress|Parliament)))\b"
)


def ordinal_bodies(builder: Builder, gates: GateWords) -> list[tuple[int, int]]:
    """Add the bodies named with an ordinal; their spans, for the chunk walk to skip."""
    body = builder.body
    if not gates.any_of(ORDINAL_BODY_HEADS):
        return []
    spans = []
    for m in _ORDINAL_BODY.finditer(body):
        after = body[m.end(1) : m.end(1) + 2]
        if after[:1] in ("'", "’") or (after[:1] == " " and after[1:].isupper()):
            continue  # ("1st Fleet Command's Navy ...": the run goes on; the walk takes it)
        number, _, rest = m.group(1).partition(" ")
        # ("the 116th U.S. Congress" and "the 116th United States Congress": one body)
        key = rest.removeprefix("United States ").removeprefix("U.S. ")
        name = f"{number} {KNOWN_ORGS[key]}" if key in KNOWN_ORGS else m.group(1)
        builder.add_org(name, m.group(1), m.span(1))
        builder.sure.add(m.span(1))
        spans.append(m.span(1))
    return spans
