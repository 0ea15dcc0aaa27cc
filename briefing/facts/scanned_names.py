"""The scans that add candidate names no capitalised run gives whole: roads and routes,
seats, home towns, lists sharing one noun, relatives named by kinship, features, coded
countries, titles of works, web names, bracketed sources, ships and ordinal bodies. Run by
`briefing.facts.entities` after the capitalised runs, each gated by what it needs."""

from __future__ import annotations

from briefing.facts.bracket_sources import bracket_sources
from briefing.facts.builder import Builder
from briefing.facts.country_codes import coded_countries
from briefing.facts.feature_names import feature_names
from briefing.facts.home_towns import home_towns
from briefing.facts.kin_names import kin_named
from briefing.facts.numbered_places import numbered_roads
from briefing.facts.org_lists import org_lists
from briefing.facts.place_scans import (
    place_words,
    prefixed_names,
    route_ends,
    seats,
    shared_noun_lists,
)
from briefing.facts.region_phrases import region_phrases
from briefing.facts.resident_places import resident_places
from briefing.facts.scan_gates import GateWords
from briefing.facts.scans import ordinal_bodies, roads, ship_names, work_titles
from briefing.facts.web_names import web_names


def scanned_names(builder: Builder, gates: GateWords) -> list:
    """The candidate ranges these scans find in the builder's body, in the order the rules
    expect them."""
    body = builder.body
    caps: list = []
    caps.extend(roads(builder))
    route_words, place_nouns = place_words(body)
    caps.extend(route_ends(builder, route_words))
    caps.extend(numbered_roads(builder, gates))
    caps.extend(prefixed_names(builder))
    caps.extend(seats(builder))
    if ", of " in body or " from " in body:
        caps.extend(home_towns(builder))
    caps.extend(resident_places(builder))
    caps.extend(shared_noun_lists(builder, place_nouns))
    caps.extend(org_lists(builder))  # ("companies such as Korvex and Halvane")
    caps.extend(kin_named(builder))
    caps.extend(feature_names(builder))
    caps.extend(region_phrases(builder))  # ("sub-Saharan Africa")
    caps.extend(coded_countries(builder))
    caps.extend(work_titles(body))
    caps.extend(web_names(builder))
    if ")\n" in body:
        caps.extend(bracket_sources(builder))
    caps.extend(ship_names(body, gates))
    caps.extend(ordinal_bodies(builder, gates))
    return caps
