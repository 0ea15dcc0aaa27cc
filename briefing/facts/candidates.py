"""Candidate names over a whole body: runs joined across "of" and "and", acronyms defined in
brackets, datelines, and paragraphs in capitals where capitalisation says nothing."""

from __future__ import annotations

import re

from briefing.facts.chunks import Chunk
from briefing.facts.demonyms import is_demonym
from briefing.facts.gazetteer import Gazetteer
from briefing.facts.lexicon import (
    COMPANY_SUFFIXES,
    KNOWN_ORGS,
    NON_NAME_WORDS,
    OFFICE_OWNERS,
    ORG_HEADS,
    ORG_NOUNS,
    ORG_OF_HEADS,
    REGION_HEADS,
    SITE_HEADS,
    SURNAME_SITES,
    TITLE_WORDS,
    common_words,
    given_names,
)
from briefing.facts.names import initials_within
from briefing.facts.org_joins import (
    and_abroad,
    bracketed_inside,
    field_list,
    known_after_owner,
    owned,
    possessed_head,
    unit_of_company,
)

_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
_OF_GAP = re.compile(r"^ (?:of|on|for) (?:the )?$")
_AND_GAP = re.compile(r"^ (?:and|&) $")
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,6})\)")
_OPEN_PAREN = re.compile(r"\(")
_ACRONYM_DEF = re.compile(r"\s*\(([A-Z][A-Za-z0-9&]{1,7})\)")
# "Oslo-based", "Kremlin-backed": a name, then what it says of the name that follows.
COMPOUND_ADJ = re.compile(
    r"^(.+?)-(?:based|born|backed|led|owned|run|controlled|made|funded|linked|style|era|winning"
    r"|nominated|listed|supported|affiliated|aligned|sponsored|majority|dominated|speaking"
    r"|populated|held|occupied|administered|set"
    r"|[a-z]{2,}ed)$"  # any past participle: "Jim Lehrer-moderated", "Obama-appointed"
)


_JOINABLE = (
    ORG_OF_HEADS
    | SITE_HEADS
    | REGION_HEADS
    | {"Republic", "Kingdom", "Isle", "City", "Federation", "Horn", "Cape", "Sea"}
)
# Organisation heads that take "of" or "for" too ("Journal of ...", "Centers for ...", "Movement
# for ..."), besides ORG_OF_HEADS; not heads that also end a place's or a club's name.
OF_ORG_HEADS = (
    (ORG_HEADS - {"United", "City", "Wednesday", "Rovers", "Athletic"})
    | ORG_OF_HEADS
    | {
        "Centers",
        "Centres",
        "Faculty",
        "Proceedings",
        "Annals",
        "System",  # "Pennsylvania State System of Higher Education"
    }
)
# Heads of bodies named for what they are set up to do: "Committee to Protect Journalists".
_TO_HEADS = frozenset({"Committee", "Commission", "Campaign", "Coalition", "Council", "Alliance"})
# An org name is complete at its head ("Labour Party and Conservative Party", "Secret Service
# and Park Police" are two names), unless the head names an industry and the name goes on
# ("Pacific Gas and Electric Company").
_INDUSTRY = frozenset(
    "Gas Oil Energy Electric Water Steel Mining Petroleum Chemicals Foods Telecom Mobile Media "
    "Insurance Shipping Logistics Pharma Rail Utilities Brands Systems Technologies Securities "
    "Health Services Financial".split()
)
_COMPLETE = ORG_HEADS - _INDUSTRY


# Two parties named by their words before one "Party" ("the Democratic and Republican
# Party's primaries"), not a party named with "and" ("Law and Justice Party").
_PARTY_WORDS = frozenset(
    "Democratic Republican Conservative Liberal Labour Labor Socialist Communist Green".split()
)


def _common(word: str) -> bool:
    return word.lower() in common_words()


def _field(word: str) -> bool:
    """An ordinary word or the name of a science ("Climatology", "Volcanology")."""
    return _common(word) or word.endswith(("ology", "ography", "onomy"))


def merge_of(body: str, chunks: list[Chunk], gaz: Gazetteer | None = None) -> list[Chunk]:
    """Join "Ministry" + "of" + "Defence" (and "Gulf of Mexico") into one run, and what an
    organisation's name goes on with: "Department of Health and Human Services", "Pacific Gas
    and Electric Company", "Committee to Protect Journalists"."""
    out: list[Chunk] = []
    of_joined: set[int] = set()  # starts of runs joined across "of"/"for" after an org head
    for chunk in chunks:
        gap_size = chunk.start - out[-1].end if out else -1
        if (
            gap_size == 3
            and body.startswith(" & ", out[-1].end)
            and _ampersand_join(body, out[-1], chunk)
            and _join_partners(body, out)
        ) or (
            # "Department for Environment, Food and Rural Affairs": the fields of a body
            # named in a list go on its name
            gap_size == 2
            and out[-1].start in of_joined
            and body.startswith(", ", out[-1].end)
            and field_list(body, chunk)
        ):
            out[-1] = _joined(out[-1], chunk)
            continue
        if (
            gap_size == 2
            and len(chunk.words) == 1
            and body[chunk.start : chunk.end] in COMPANY_SUFFIXES
            and body.startswith(", ", out[-1].end)
        ):
            out[-1] = _joined(out[-1], chunk)  # "Helixor Systems, Inc.": one company's name
            continue
        if gap_size >= 4 and and_abroad(body, out[-1], chunk):
            out[-1] = _joined(out[-1], chunk)  # "Autorité de ... et des Télécommunications"
            continue
        if gap_size == 2 and bracketed_inside(body, out, chunk):
            # "the Kowloon Scheduled (GMB) Operators Association": one body's name
            out[-2:] = [_joined(_joined(out[-2], out[-1]), chunk)]
            continue
        if (
            gap_size == 1
            and body[chunk.start - 1] == "–"
            and body[chunk.words[-1][0] : chunk.words[-1][1]] in ORG_HEADS
        ):
            out[-1] = _joined(out[-1], chunk)  # "African Export–Import Bank": one name
            continue
        if (
            4 <= gap_size <= 9
            and not _adjective(body, chunk, gaz)
            and not unit_of_company(body, out[-1], chunk)
        ):  # " of ", " of the ", " and "
            prev = out[-1]
            last = body[prev.words[-1][0] : prev.words[-1][1]]
            gap = body[prev.end : chunk.start]
            # (its last word without a possessive, "Food and Agriculture Organization's", or
            # the word that holds one: "Wildlife Service's Southeast Region")
            nxt = possessed_head(body, chunk)
            first = body[prev.words[0][0] : prev.words[0][1]]
            chained = first in ORG_OF_HEADS and " of " in body[prev.start : prev.end]
            of_gap = _OF_GAP.match(gap) is not None
            joined_of = of_gap and (last in OF_ORG_HEADS or last.rstrip("s") in OF_ORG_HEADS)
            person = last in SURNAME_SITES and (  # "Senator Maria Hill of Kent"
                first.lower() in TITLE_WORDS or first in given_names()
            )
            if (
                (
                    (
                        last in _JOINABLE
                        and not person
                        # ("Oxford Street on Black Friday": a site is not named "on" anything)
                        and not (gap.startswith(" on ") and last in SITE_HEADS)
                        or chained
                        or prev.start in of_joined
                    )
                    and of_gap
                )
                or joined_of
                or (of_gap and _spelt_out(body, prev, chunk))
                or _to_join(body, gap, last, chunk)
                or body[prev.start : chunk.end] in KNOWN_ORGS  # "... for Cricket in India"
                or known_after_owner(body, prev, chunk)
                or (prev.start in of_joined and _in_join(body, gap, chunk, gaz))
                or _and_join(body, gap, prev, chunk, last, nxt, prev.start in of_joined, gaz)
            ):
                out[-1] = _joined(prev, chunk)
                if joined_of or (of_gap and last in ORG_OF_HEADS):
                    of_joined.add(prev.start)
                elif len(prev.words) == 1 and gap == " and ":
                    _join_field_words(body, out)
                continue
        out.append(chunk)
    return out


def _adjective(body: str, chunk: Chunk, gaz: Gazetteer | None) -> bool:
    """Whether the run is one people's adjective before a lower-case noun ("the Board of the
    Chinese company NewNew": no "Board of the Chinese")."""
    return (
        gaz is not None
        and len(chunk.words) == 1
        and body[chunk.end : chunk.end + 1] == " "
        and body[chunk.end + 1 : chunk.end + 2].islower()
        and not body.startswith((" and ", " or "), chunk.end)  # ("Centre for Irish and ...")
        and is_demonym(gaz, body[chunk.start : chunk.end])
    )


def _join_partners(body: str, out: list[Chunk]) -> bool:
    """ "Wachtell, Lipton, Rosen" + " & Katz": a firm named by its partners, single surnames
    listed with commas before the ampersand, goes on as one name (not a given name, a known
    body or an ordinary word among them). Always true: it only extends `out[-1]` first."""
    if len(out[-1].words) != 1:
        return True
    while len(out) >= 2 and len(out[-2].words) == 1 and body[out[-2].end : out[-1].start] == ", ":
        word = body[out[-2].start : out[-2].end]
        if _common(word) or word in KNOWN_ORGS or word in given_names() or not word.isalpha():
            break
        out[-2:] = [_joined(out[-2], out[-1])]
    return True


def _join_field_words(body: str, out: list[Chunk]) -> None:
    """ "Meteorology, Climatology and Geophysics Agency": after "Climatology" + "and" +
    "Geophysics Agency" was joined, the single ordinary words listed before it with commas go
    on the name too."""
    while (
        len(out) >= 2
        and len(out[-2].words) == 1
        and body[out[-2].end : out[-1].start] == ", "
        and not out[-2].sentence_start
        and _field(body[out[-2].start : out[-2].end])
    ):
        out[-2:] = [_joined(out[-2], out[-1])]


def _joined(prev: Chunk, chunk: Chunk) -> Chunk:
    """One run of `prev`, the gap and `chunk`."""
    return Chunk(prev.start, chunk.end, prev.words + chunk.words, prev.sentence_start)


def _ampersand_join(body: str, prev: Chunk, chunk: Chunk) -> bool:
    """ "Florida Power & Light", "Lindqvist & Moore": capitals on both sides of an ampersand
    are one name (a company's, a firm's); not two given names ("Wyatt & Zach", two people)
    nor initials ("E & W")."""
    sides = (body[prev.start : prev.end], body[chunk.start : chunk.end])
    if any(len(side.replace(".", "")) < 2 for side in sides):
        return False
    if len(prev.words) == len(chunk.words) == 1 and " & ".join(sides) not in KNOWN_ORGS:
        # two one-word names, either named alone elsewhere: two people or things
        joined = body.count(f"{sides[0]} & {sides[1]}")
        if any(body.count(side) > joined for side in sides):
            return False
        return not all(side in given_names() for side in sides)
    return True


def _in_join(body: str, gap: str, chunk: Chunk, gaz: Gazetteer | None) -> bool:
    """ "Institute for Research" + "in" + "Environmental Sciences": a field, in ordinary
    words, goes on the name ("Ministry of Health in Madrid" does not: a place)."""
    if gap != " in " or len(chunk.words) > 3:
        return False
    words = [body[a:b] for a, b in chunk.words]
    return all(_common(w) for w in words) and (gaz is None or gaz.get(" ".join(words)) is None)


def _to_join(body: str, gap: str, last: str, chunk: Chunk) -> bool:
    """ "Committee" + "to" + "Protect Journalists": a verb phrase naming the body's aim."""
    if gap != " to " or last not in _TO_HEADS or len(chunk.words) > 3:
        return False
    verb = body[chunk.words[0][0] : chunk.words[0][1]]
    return _common(verb) and len(chunk.words) >= 2


def _initials_fit(body: str, words: list[tuple[int, int]], acronym: str) -> bool:
    """Whether an acronym spells the words' initials, the last word whole or not: "Primary
    Industries and Regions SA" (PIRSA), "Securities and Exchange Commission" (SEC)."""
    letters = "".join(c for c in acronym if c.isupper())
    initials = "".join(body[a] for a, _ in words).upper()
    return len(initials) >= 3 and letters.startswith(initials)


def _spelt_out(body: str, prev: Chunk, chunk: Chunk) -> bool:
    """Whether the acronym in brackets after `chunk` spells the initials of `prev` and
    `chunk` together: "Economic Community of West African States (ECOWAS)" is one name."""
    defined = _ACRONYM_DEF.match(body, chunk.end)
    if defined is None:
        return False
    letters = "".join(c for c in defined.group(1) if c.isupper())
    initials = "".join(body[a] for a, _ in prev.words + chunk.words).upper()
    # (with the small word's letter or without it: "ECOWAS", "CDC")
    small = body[prev.end + 1].upper()
    return len(letters) >= 3 and letters in (
        initials,
        initials[: len(prev.words)] + small + initials[len(prev.words) :],
    )


def _and_join(
    body: str,
    gap: str,
    prev: Chunk,
    chunk: Chunk,
    last: str,
    nxt: str,
    after_of: bool,
    gaz: Gazetteer | None,
) -> bool:
    """Whether " and " + `chunk` goes on the organisation's name in `prev`."""
    # "The Securities and Exchange Commission ..." opening a sentence: "The" is no name's word
    opens_the = prev.sentence_start and body[max(0, prev.start - 4) : prev.start] == "The "
    if not _AND_GAP.match(gap):
        return False
    # (a one-word start of a sentence, unless the joined name recurs: "Free and Equal
    # Elections Foundation founder ...")
    joined = f"{body[prev.start : prev.end]} and {body[chunk.start : chunk.end]}"
    recurs = body.count(joined) > 1
    entry = gaz.get(joined) if gaz is not None else None
    if entry is not None and entry.kind in ("country", "region"):
        return True  # "Trinidad and Tobago", "Bosnia and Herzegovina": one country's name
    defined = _ACRONYM_DEF.match(body, chunk.end)
    # ("Primary Industries and Regions SA (PIRSA)", even opening a sentence; "USDA's Animal
    # and Plant Health Inspection Service (APHIS)", after its owner's possessive)
    if defined is not None and _initials_fit(body, owned(body, prev) + chunk.words, defined[1]):
        return True
    if prev.sentence_start and len(prev.words) < 2 and not opens_the and not recurs:
        return False
    if defined is not None and len(prev.words) >= 2:
        # "... Volcanology and Seismology (Phivolcs)", "Corvane Gas and Electric Company (CG&E)":
        # the acronym closes the name
        return last not in _COMPLETE and (opens_the or not prev.sentence_start)
    words = [body[a:b] for a, b in chunk.words]
    if words[0] in ORG_HEADS and words[0] == body[prev.words[0][0] : prev.words[0][1]]:
        return False  # "Center for Biological Diversity and Center for Food Safety": two
    if (
        gaz is not None
        and len(words) >= 2
        and any(w in ORG_HEADS for w in words[1:])
        and gaz.get(f"{body[prev.start : prev.end]} and {words[0]}") is not None
    ):
        return True  # "Newfoundland and Labrador Court of Appeal": a place named with "and"
    if (
        gaz is not None
        and len(prev.words) == 1
        and len(words) >= 3
        and words[-1] in ORG_HEADS
        and gaz.get(body[prev.start : prev.end]) is not None
        # (or two places after "the": "the Tandahimba and Newala Cooperative Union")
        and (gaz.get(words[0]) is None or body.endswith(("the ", "The "), 0, prev.start))
        and words[0] not in ORG_HEADS
    ):
        return True  # "Cardiff and Vale University Health Board": a place and a district
    if after_of and 2 <= len(words) <= 4 and nxt in ORG_OF_HEADS and words[-1] == nxt:
        # "Department of Health and Human Services Office of Inspector General": the fields
        # of the body, then the head of its office, go on as one name
        words = words[:-1]
        nxt = words[-1]
    if after_of and len(words) <= 3 and nxt not in ORG_OF_HEADS:
        # "Department of Health and Human Services", "High Court of England and Wales":
        # ordinary words on both sides of "and", or places on both sides.
        # (the last of them: "University of Washington's Institute for Health Metrics")
        of_at = max(body.rfind(word, prev.start, prev.end) for word in (" of ", " for ", " on "))
        tail = [w.rstrip(",") for w in body[of_at : prev.end].split()[1:]]
        tail = tail[1:] if tail and tail[0] == "the" else tail
        if tail and all(_common(w) for w in tail) and all(_common(w) for w in words):
            return True
        if gaz is not None and gaz.get(" ".join(tail)) is not None:
            return gaz.get(" ".join(words)) is not None
        return False
    # "Norwegian Water Resources and Energy Directorate", "Pacific Gas and Electric Company",
    # "House Oversight and Reform Committee" (a chamber opening a committee's name; but not
    # "Bank of Lorn and Trade Council", where "of" already closed one name)
    prev_text = body[prev.start : prev.end]
    if (
        len(prev.words) == 1
        and (not prev.sentence_start or recurs)
        and len(words) >= 2
        and nxt in ORG_HEADS
        and _field(last)
        and _field(words[0])
        and not (last in _PARTY_WORDS and words[0] in _PARTY_WORDS)
    ):
        # "the Disaster and Emergency Management Authority", "Meteorology, Climatology and
        # Geophysics Agency": a body's fields in ordinary words, capitalised, before its head
        return True
    if (
        last in OFFICE_OWNERS
        and len(words) == 2
        and words[1] in ("Office", "Department")
        and words[0][:-2] in OFFICE_OWNERS
        and words[0][-2:] in ("'s", "’s")
    ):
        return True  # "the County Clerk and Recorder's Office": one office of two officers
    if (
        gaz is not None
        and len(prev.words) == 2
        and len(words) == 2
        and words[1] in ORG_HEADS
        and _field(last)
        and words[0] not in KNOWN_ORGS
        and words[0] not in given_names()
        and is_demonym(gaz, body[prev.start : prev.words[0][1]])
    ):
        return True  # "Italian Tennis and Padel Federation": a nation's body of two sports
    if len(words) == 2 and words[1] in ("Tribes", "Nations") and words[0] not in ORG_HEADS:
        return True  # "the Fort Peck Assiniboine and Sioux Tribes": one government of two
    if (
        len(prev.words) == 1
        and len(words) in (3, 4)
        and nxt in ORG_HEADS
        and last in given_names()
        and words[0] in given_names()
    ):
        return True  # "Bill and Melinda Gates Foundation": a couple's foundation
    return (
        (len(prev.words) >= 2 or last in _INDUSTRY)
        and last not in _COMPLETE
        # (a run of two words or more opening a sentence is a name, not sentence case:
        # "North Wales Fire and Rescue Service were called")
        and (opens_the or not prev.sentence_start or len(prev.words) >= 2)
        and nxt in ORG_HEADS
        # ("Hanwha Ocean and Samsung Heavy Industries": a name opens the second, two bodies)
        and (_common(words[0]) or len(words) == 1)
        and not (
            " of " in prev_text or " for " in prev_text
            if body[prev.words[0][0] : prev.words[0][1]] in ("House", "Senate")
            else any(body[a:b] in ORG_OF_HEADS for a, b in prev.words)
        )
    )


def lower_acronym_definitions(body: str) -> set[str]:
    r"""Acronyms defined after a lower-case word ("gross domestic product (GDP)"): not names.

    Same as searching ``(?<=[a-z])\s+\(([A-Z][A-Z0-9]{1,6})\)``, but that pattern has no
    literal start, so the engine tries it at every character; finding the "(" first is ~25x
    cheaper.
    """
    out: set[str] = set()
    for m in _PAREN_ACRONYM.finditer(body):
        i = start = m.start()
        while i > 0 and body[i - 1].isspace():
            i -= 1
        if i < start and i > 0 and "a" <= body[i - 1] <= "z":
            words = body[max(0, i - 40) : i].split()[-2:]
            if len(words) == 2 and words[0] in given_names() and words[1][:1].isupper():
                continue  # "Eduardo Paes (PSD)": a person's party, no definition
            if words and words[-1] in ORG_NOUNS:
                continue  # "the municipal water utility (DEYA)": a body's initials
            out.add(m.group(1))
    return out


def acronym_definitions(body: str, chunks: list[Chunk]) -> dict[str, str]:
    """ "Full Name (ABC)" and "ABC (Full Name)": acronym -> expansion."""
    out: dict[str, str] = {}
    # Only a run that a "(" follows (past any spaces) can be defined: find the "("s first.
    ends = set()
    for paren in _OPEN_PAREN.finditer(body):
        i = paren.start()
        while i > 0 and body[i - 1].isspace():
            i -= 1
        ends.add(i)
    for chunk in chunks:
        if chunk.end not in ends or len(chunk.words) < 2:
            continue
        m = _ACRONYM_DEF.match(body, chunk.end)
        if m is None:
            continue
        acronym = m.group(1)
        words = chunk.words
        letters = "".join(c for c in acronym if c.isupper())
        # A possessive cuts the owner off ("Russia's Federal Security Service (FSB)"),
        # unless every word's initial is in the acronym ("Catholic Bishops' Conference of
        # the Philippines (CBCP)": a plural possessive inside the name).
        whole = "".join(body[a] for a, _ in words).upper() == letters
        for i, (a, b) in enumerate(words[:-1] if not whole else ()):
            if _POSSESSIVE.search(body[a:b]) or (i == 0 and COMPOUND_ADJ.match(body[a:b])):
                words = chunk.words[i + 1 :]
        initials = "".join(body[a] for a, _ in words).upper()
        last = body[words[-1][0] : words[-1][1]]
        if last in NON_NAME_WORDS:  # "General Data Protection Regulation (GDPR)" is a law
            continue
        if letters and (
            initials.startswith(letters[:2])
            or letters in initials
            or initials in letters
            or last in ORG_HEADS
            or initials_within(body[words[0][0] : chunk.end], initials, letters)
        ):
            out[acronym] = body[words[0][0] : chunk.end]
    return out
