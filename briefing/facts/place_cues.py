"""The words around a name that make it a place, as patterns: a place noun after it ("near
Upper Changi station"), what the text says it is (", the village of", "is a town on"), who
lives there ("residents of"), a town's districts' last words. Used by
`briefing.facts.place_rules`."""

from __future__ import annotations

import re

# A place noun right after a name: "near Upper Changi station", "the Moss Side West ward".
PLACE_NOUN_AFTER = re.compile(
    r" (?:station|stations|ward|wards|estate|neighbou?rhood|suburb|township|area|district"
    r"|village|province|municipality|governorate|region)\b(?! (?:of|manager|code|chief))"
)
PLACE_NOUN_STARTS = (" station", " ward", " estate", " neighbo", " suburb", " township",
                      " area", " district", " village", " province", " municipality",
                      " governorate", " region")  # fmt: skip
# Words of a text about trains: then "X Line" is a railway, not a shipping company.
RAIL_WORDS = re.compile(
    r"\b(?:stations?|trains?|rail(?:way)?s?|MRT|metro|Tube|trams?|subway|Underground|commuters?)\b"
)
# Last words of the names of a town's districts and suburbs ("Randpark Ridge", "Whalley Range").
TOPO_TAILS = frozenset(
    "Ridge Heights Vale Grove Green Heath Wood End Cross Common Range Point Creek Springs "
    "Village Fields Meadows Rise".split()
)
SHAPE_TAILS = TOPO_TAILS | {"Line"}  # (a run's last word, where `place_by_shape` looks)

PLACE_APPOSITIVE = re.compile(
    r",\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}?(?:town|village|city|hamlet|suburb|district"
    r"|borough|parish|municipality|island|port|neighbou?rhood|settlement)"
    r"(?=[,.;:)]|\s+(?:of|in|near|on|outside|north|south|east|west|where|that|which)\b)"
)
# "Coron is a town on ...", "Pemberly is in the province of ...": what the text says it is.
PLACE_IS = re.compile(
    r" (?:is|was) (?:(?:a|an|the) (?:[\w’'-]+ ){0,3}?(?:town|city|village|hamlet|suburb|district"
    r"|borough|municipality|island|port|province|neighbou?rhood|capital)"
    r"(?=[,.;:)]| (?:of|in|near|on|outside|north|south|east|west|where|that|which|with|and)\b)"
    r"|(?:located |situated )?(?:in|on) the (?:province|state|region|county|island|district)"
    r" of\b)"
)

# Who lives in or what lies in or near a place, before its name: "residents of Kilimani",
# "the outskirts of Quetta", "the village of Ban Nong Khai", "the edge of Knaresborough",
# "20 miles north of Watertown".
OF_PLACE_BEFORE = re.compile(
    r"\b(?:[Rr]esidents|[Vv]illagers|[Ii]nhabitants|outskirts|streets|village|town|city|suburb"
    r"|district|county|province|island|municipality|parish|borough|neighbou?rhood|edge|heart"
    r"|port|harbou?r|hamlet|towns|villages"
    # (a capitalised compass word too: "20 kilometers Northwest of Borrego Springs")
    r"|(?:[Nn]orth|[Ss]outh)(?:-?(?:[Ee]ast|[Ww]est))?|[Ee]ast|[Ww]est) of (?:the )?$"
)


# What a reserve that is a protected area is for ("Nature Reserve", "Indigenous Reserve").
RESERVES = frozenset("Nature Indigenous Forest Game Wildlife Biosphere Marine Extractive".split())
