"""US state names in AP style ("Evanston, Ill.") and the state or home town after a
lawmaker's party letter ("Jim Jordan, R-Ohio,", "Sen. Dale Hutchens, R-Effingham,"). Used by
the entity builder (`briefing.facts.builder`) and `briefing.facts.entities`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.chunks import Chunk

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# The AP's abbreviations of US states, read only after "Town, " ("Evanston, Ill.").
AP_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
    "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont",
    "Va": "Virginia", "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
}  # fmt: skip
_AP_TWO_WORD_STATES = {
    "N.Y.": "New York", "N.J.": "New Jersey", "N.H.": "New Hampshire", "N.M.": "New Mexico",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "R.I.": "Rhode Island", "W.Va.": "West Virginia",
}  # fmt: skip
# Both, as a run reads them ("Ill", without its full stop; "S.D.", with its own).
AP_ABBREVIATIONS = {**AP_STATES, **_AP_TWO_WORD_STATES}


# The states' postal codes, read only after a lawmaker's party letter ("John McCain (R-AZ)").
_POSTAL = {
    code: name.replace("_", " ")
    for code, name in (
        pair.split(":")
        for pair in (
            "AL:Alabama AK:Alaska AZ:Arizona AR:Arkansas CA:California CO:Colorado CT:Connecticut "
            "DE:Delaware FL:Florida GA:Georgia HI:Hawaii ID:Idaho IL:Illinois IN:Indiana IA:Iowa "
            "KS:Kansas KY:Kentucky LA:Louisiana ME:Maine MD:Maryland MA:Massachusetts MI:Michigan "
            "MN:Minnesota MS:Mississippi MO:Missouri MT:Montana NE:Nebraska NV:Nevada "
            "NH:New_Hampshire NJ:New_Jersey NM:New_Mexico NY:New_York NC:North_Carolina "
            "ND:North_Dakota OH:Ohio OK:Oklahoma OR:Oregon PA:Pennsylvania RI:Rhode_Island "
            "SC:South_Carolina SD:South_Dakota TN:Tennessee TX:Texas UT:Utah VT:Vermont "
            "VA:Virginia WA:Washington WV:West_Virginia WI:Wisconsin WY:Wyoming"
        ).split()
    )
}


# ", Ariz.,", ", N.Y." right after a run: the state the AP writes after a town's name (its
# full stop, then a comma, a bracket, a space or the end: not "Pa" in ", Pamela").
_STATE_AFTER_TOWN = re.compile(
    r", (?:[NSRW]\.(?:[A-Z]|Va)\.|(?:" + "|".join(AP_STATES) + r")\.)(?=[,;:)]|\s|$)"
)
_NO_TOWN_WORDS = frozenset(("Inc", "Inc.", "Corp", "Corp.", "Co.", "LLC", "Ltd", "Ltd."))


def town_before_state(body: str, chunk: Chunk, text: str) -> bool:
    """Whether the run is a town the gazetteer does not know, named as the AP names one: its
    state's abbreviation right after ("In Yarnell, Ariz., 19 firefighters ...")."""
    return (
        body.startswith(", ", chunk.end)
        and _STATE_AFTER_TOWN.match(body, chunk.end) is not None
        and text[:1].isupper()
        and not any(w in _NO_TOWN_WORDS for w in text.split())
    )


def ap_state_name(abbreviation: str) -> str | None:
    """The US state an AP abbreviation stands for ("N.C.", "Calif."), else None."""
    return _AP_TWO_WORD_STATES.get(abbreviation) or (
        AP_STATES.get(abbreviation[:-1]) if abbreviation.endswith(".") else None
    )


# A member's party and state: "Jim Jordan, R-Ohio,", "Chuck Schumer, D-N.Y."
_PARTY_STATE = re.compile(
    r"[RDI]-((?:[NSRW]\.(?:[A-Z]|Va)\.)|[A-Z][a-z]+\.?|[A-Z]{2}\b)(?=[,;)]|\.?\s|$)"
)
# A state lawmaker's party and home town: "Sen. Dale Hutchens, R-Effingham,", "(D-Oak Park)".
_PARTY_TOWN = re.compile(r"[RDI]-([A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,2})(?=[,;)])")


def party_place(builder: Builder, chunk: Chunk) -> bool:
    """Add the state or home town of a lawmaker's "R-Ohio", "D-Cicero" at the run, if one."""
    found = _party_state(builder, chunk)
    if found is None:
        return False
    name, span = found
    entry = builder.gaz.get(name)
    kind = entry.kind if entry is not None else "city"
    builder.add_place(name, kind, builder.body[span[0] : span[1]], span)
    builder.sure.add(span)
    return True


def _party_state(builder: Builder, chunk: Chunk) -> tuple[str, tuple[int, int]] | None:
    """The state of "R-Ohio", "D-N.Y.", "D-Calif." at the run (else `_party_town`'s), and its
    span."""
    m = _PARTY_STATE.match(builder.body, chunk.start)
    if m is None:
        return _party_town(builder, chunk)
    abbreviation = m.group(1)
    state = (
        _AP_TWO_WORD_STATES.get(abbreviation)
        or AP_STATES.get(abbreviation.rstrip("."))
        or _POSTAL.get(abbreviation)
    )
    if state is None:
        entry = builder.gaz.get(abbreviation)
        if entry is None or entry.kind != "region" or entry.country != "US":
            return _party_town(builder, chunk)
        state = entry.canonical
    return state, m.span(1)


def _party_town(builder: Builder, chunk: Chunk) -> tuple[str, tuple[int, int]] | None:
    """The home town of "Sen. Dale Hutchens, R-Effingham," (after a name's comma or in
    brackets, then a comma or the bracket's end), as the gazetteer or the text names it."""
    body, start = builder.body, chunk.start
    if body[start - 2 : start] != ", " and body[start - 1 : start] != "(":
        return None
    m = _PARTY_TOWN.match(body, start)
    if m is None or m.end() > chunk.end + 1:
        return None
    entry = builder.gaz.get(m.group(1))
    return (entry.canonical if entry is not None else m.group(1)), m.span(1)
