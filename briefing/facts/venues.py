"""Named buildings used as locations, which the guidelines make places though their last word
heads bodies' names too: "a sellout crowd at Kelvin Arena", "Speaking at Fernhill Health
Centre", "packed the auditorium at Ashby High School", "the final round at Moor Park Country
Club". Only when every mention is where something happens: a person's job there ("a
researcher at the Carnegie Center") names the body. (`place_rules.site_in_use` makes places
of hospitals, hotels, museums and libraries the text is at once; these heads need more.) Used
by `briefing.facts.entities` after the classifier has typed the names."""

from __future__ import annotations

from briefing.facts.builder import Builder
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import KNOWN_ORGS
from briefing.facts.roles import works_at

# The last words of a building's name (no "University", "College", "Institute": "studied at
# X University" names the body; nor a library, whose programmes and staff a body's are: "the
# Training Programme at the British Library"; nor a club alone, whose members are a body: "the
# team at the Oakfield Chess Club").
_BUILDING_HEADS = frozenset(
    ("Center", "Centre", "School", "Mill", "Speedway", "Arena", "arena", "Stadium")
)
# Schooling there names the school as a body ("his early education at Aberdeen Grammar School"),
# and so do people who work there ("Forecasters at the National Hurricane Center").
_SCHOOLING = lazy(r"(?:educat|stud|enrol|attend|taught|teach|pupil|graduat|school)")
_WORKERS = ("ers", "ors", "ists", "ians", "ants", "ents")
# What a school or centre has as a body, right after its name ("the Ashby High School
# yearbook", "Kelvin Arena staff").
_MEMBERS_AFTER = lazy(
    r" (?:yearbook|students|pupils|staff|teachers|principal|officials|board|team|band|alumni"
    r"|graduates|faculty|administrators|spokes(?:man|woman|person))\b"
)
# A site named after a body ("the Casmalia Resources site in California"): a place, not
# the company (unless a known body or initials: "the BBC site in English").
_SITE_AFTER = lazy(r" site (?:in|near|at|on|outside)\b")
# The word before a word of where, then the word of where.
_WHERE_BEFORE = lazy(r"(\S+)\s+(?:at|in|inside|outside)\s+(?:the\s+)?$")


def venue_places(builder: Builder) -> None:
    """Make places of the organisations that are buildings named only where things happen."""
    for key in [k for k, org in builder.orgs.items() if _a_venue(builder, org.name, org.spans)]:
        org = builder.orgs.pop(key)
        for span in org.spans:
            builder.add_place(org.name, "site", builder.body[span[0] : span[1]], span)
            builder.sure.add(span)


def _a_venue(builder: Builder, name: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the organisation `name` is a building, each mention after a word of where that
    no job, schooling or worker comes before."""
    body = builder.body
    if (
        name not in KNOWN_ORGS
        and not name.isupper()
        and all(_SITE_AFTER.match(body, end) for _, end in spans)
    ):
        return True  # "the St. Regis Paper Company site in Minnesota": the site, named so
    if name.split()[-1] not in _BUILDING_HEADS and not name.endswith(" Country Club"):
        return False
    for start, end in spans:
        if _MEMBERS_AFTER.match(body, end):
            return False  # "in the Newtown High School yearbook": the school's, a body's
        m = _WHERE_BEFORE.search(body, max(0, start - 40), start)
        word = m.group(1).lower() if m else ""
        if m is None or works_at(word) or _SCHOOLING.match(word) or word.endswith(_WORKERS):
            return False
    return True
