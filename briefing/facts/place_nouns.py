"""What the words right after a name, or the name's own shape, say it is: a region named by
its compass point ("the Mid-West"), a thing before its noun ("the X trial"), names listed
before the plural place noun they share ("Expo and Changi Airport stations"), a natural
feature before its noun ("the Preto Pantaleão river")."""

from __future__ import annotations

import re

# "Expo and Changi Airport stations", "Hulme, Moss Side and Rusholme wards": names listed
# before the plural noun they share.
_SHARED_SITE_NOUN = re.compile(
    r"(?:,? and|,? or|,) (?:[A-Z][\w'’-]* ){1,3}?(?:stations|airports|stadiums|islands|wards"
    r"|suburbs|towns|villages|districts|neighbou?rhoods|estates|streets|roads)\b"
)
# A region named by its compass point: "the Mid-West", "the North-East", "the Southwest".
_COMPASS = re.compile(
    r"(?:(?:Mid|Middle|Far|North|South|East|West|Upper|Lower)-(?:West|East|North|South)"
    r"|Midwest|Mid-?Atlantic|North(?:east|west)|South(?:east|west))"
)
# What a name before these nouns names is a thing, no place: "on the Phase III X trial".
_THING_AFTER = re.compile(
    r" (?:trial|trials|study|studies|programme|program|scheme|project|survey|report|vaccine"
    r"|drug|treatment|deal|agreement|accord|award|prize|competition|campaign)\b"
)
# A natural feature's noun after a name, or after "and" and a second one.
_FEATURE_NOUN_AFTER = re.compile(
    r"(?: and [A-Z][\w’'-]+)? (?:rivers?|lakes?|bogs?|valleys?|forests?|glaciers?|reefs?"
    r"|estuary|estuaries|peninsula|islands?|mountains|plains?|plateaus?|deserts?|deltas?"
    r"|basins?|lagoons?)\b"
)


def compass_region(text: str) -> bool:
    """Whether `text` is a region named by its compass point ("Mid-West", "Northeast")."""
    return _COMPASS.fullmatch(text) is not None


def names_a_thing(body: str, end: int) -> bool:
    """Whether a noun of a trial, study, scheme or deal follows `end` ("the X trial")."""
    return _THING_AFTER.match(body, end) is not None


def shared_site_noun(body: str, end: int) -> bool:
    """Whether the list the name at `end` opens closes on a plural place noun ("Expo and
    Changi Airport stations")."""
    return _SHARED_SITE_NOUN.match(body, end) is not None


def feature_noun_after(body: str, end: int) -> bool:
    """Whether a natural feature's noun follows `end` ("the Nambucca and Macleay rivers")."""
    return _FEATURE_NOUN_AFTER.match(body, end) is not None
