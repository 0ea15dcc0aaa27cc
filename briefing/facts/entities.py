"""People, places and organisations from capitalised runs, the gazetteer and context cues.

Precision first: a capitalised phrase becomes a person only on evidence (a title, a known
given name, a family-name-first pattern, a role in apposition, an age, a verb of saying,
or its surname used alone elsewhere), a place only when the gazetteer knows it and, for
names that are also ordinary words, a cue such as "in X" backs it, and an organisation only
by its shape (heads such as Ministry or Ltd, "X of Y", acronyms, "the X") or because it is
a well-known body.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from briefing.core.facts import Organisation, Person, Place
from briefing.facts.builder import Builder
from briefing.facts.byline_outlets import byline_outlets, first_run_outlets
from briefing.facts.campuses import campus_names
from briefing.facts.candidates import acronym_definitions, lower_acronym_definitions, merge_of
from briefing.facts.caps_paragraphs import caps_ranges
from briefing.facts.chunks import Chunk, find_chunks, lower_words
from briefing.facts.click_names import click_names, has_clicks
from briefing.facts.clubs import club_mention, sheet_shaped, team_sheet_names
from briefing.facts.credits import credit_ranges
from briefing.facts.currency_codes import without_currency
from briefing.facts.datelines import MONTH as _MONTH
from briefing.facts.datelines import datelines, unknown_town
from briefing.facts.demonyms import no_place_word
from briefing.facts.draft import Draft
from briefing.facts.entity_types import retype
from briefing.facts.glued_initials import glued_name
from briefing.facts.headline_names import headline_places
from briefing.facts.headlines import headline_runs, section_labels, title_lines
from briefing.facts.landmarks import landmark_places
from briefing.facts.lawmaker_places import ap_state_name
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import KNOWN_ORGS, NAME_PARTICLES, ORG_HEADS, company_name
from briefing.facts.model_passes import after_the_model
from briefing.facts.name_tidy import tidy_people
from briefing.facts.name_variants import fold_spelling_variants
from briefing.facts.names import fold
from briefing.facts.nicknames import NICKNAME_MARKS, nicknamed
from briefing.facts.org_merges import (
    companies_taken_for_people,
    people_opening_an_org,
    settle_orgs,
)
from briefing.facts.outlet_bylines import outlet_byline_ranges
from briefing.facts.page_furniture import furniture_ranges
from briefing.facts.people import is_given
from briefing.facts.people_as_bodies import bodies_taken_for_people
from briefing.facts.place_folds import fold_places
from briefing.facts.place_rules import LIST_GAPS
from briefing.facts.place_scans import (
    money_after_letter,
    one_type_per_place,
    small_and_listed_places,
)
from briefing.facts.racing import horses_and_jockeys, is_race_report
from briefing.facts.result_lines import result_teams
from briefing.facts.roles import possessive, resolve_possessive
from briefing.facts.scan_gates import GateWords
from briefing.facts.scanned_names import scanned_names
from briefing.facts.scans import lower_case_names
from briefing.facts.sign_offs import cut_sign_offs, sign_off_ranges
from briefing.facts.speaker_labels import label_ranges
from briefing.facts.teams import teams_by_place_name
from briefing.facts.tickers import ticker_codes
from briefing.facts.venues import venue_places


@dataclass
class Entities:
    """The people, places and organisations of one body, plus a position index for quotes."""

    people: list[Person]
    places: list[Place]
    organisations: list[Organisation]
    # (start, end, kind, canonical name) of every mention, in text order.
    mentions: list[tuple[int, int, str, str]]


def _sheet_people(builder: Builder, sheet: list[tuple[int, int]]) -> None:
    """The players of a team sheet, each joined to the full name the report gave them
    ("Lachie Miller fielded a kick" ... "Leeds: Miller; ..."), which is a person then too."""
    body = builder.body
    for start, end in sheet:
        surname = body[start:end]
        initial, _, rest = surname.partition(" ")
        if len(initial.rstrip(".")) == 1 and rest:
            # "M Fenlon" after "Mack Fenlon scored": the same player
            known = builder.find_person(rest, start)
            if known is not None and known.name.startswith(initial.rstrip(".")):
                known.add(surname, (start, end))
                builder.sure.add((start, end))
                continue
        for run in builder.leftover:
            if run.end < start and body[run.start : run.end].endswith(" " + surname):
                words = body[run.start : run.end].split()
                if len(words) <= 3 and builder.name_like(words):
                    builder.add_person(run, None)
        builder.add_person(Chunk(start, end, [(start, end)], False), None)
        builder.sure.add((start, end))


# A month, as a Reuters dateline writes it after the town ("LONDON, Oct 21").
# A page's words in capitals before a date that are no town ("UPDATED, Dec. 3").
_STAMP_WORDS = frozenset(
    "updated update published posted breaking live editorial opinion analysis monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)
_DATELINE_OUTLET = lazy(r"(?: \d{1,2})?\s*\(([A-Z][A-Za-z]{1,7})\)\s*[–—-]")  # ("Dec. 1 (MNA)")


def build(body: str) -> tuple[Builder, list[Chunk]]:
    """The rules' entities of `body` and the candidate runs they were found among."""
    common = lower_words(body)
    builder = Builder(body, common)
    caps = caps_ranges(body)
    if any(mark in body for mark in NICKNAME_MARKS):
        caps.extend(nicknamed(builder))
    gates = GateWords(body)
    caps.extend(lower_case_names(builder, gates))
    caps.extend(scanned_names(builder, gates))
    tickers = ticker_codes(body) if "(" in body else []
    caps.extend(tickers)
    sheet = team_sheet_names(body) if sheet_shaped(body) and builder.match_report() else []
    caps.extend(sheet)
    horses, jockeys = horses_and_jockeys(body) if is_race_report(body) else (set(), [])
    caps.extend(jockeys)
    for m in datelines(body):
        raw = m.group(1).strip()
        if "/" in raw:  # "LONDON/SINGAPORE, Oct 21 (Reuters)": each town it was filed from
            caps.extend(_towns_filed_from(builder, raw, m.start(1)))
            continue
        entry = builder.gaz.get(raw.title())
        span = (m.start(1), m.start(1) + len(raw))
        # "RALEIGH, N.C. (AP) —": the town and the state the AP abbreviates
        state = ap_state_name(m.group(2)) if m.group(2) else None
        if entry is not None:
            builder.add_place(entry.canonical, entry.kind, raw, span)
        elif unknown_town(raw, m.group(2), state is not None, builder.gaz):
            builder.add_place(raw.title(), "city", raw, span)
        else:
            continue
        builder.sure.add(span)  # a dateline is a place whatever the classifier makes of it
        caps.append(span)
        region = m.group(2) if entry is not None and state is None else None
        if region is not None and _MONTH.match(region) is None:
            # "MAY PEN, Clarendon:", "KIGALI, Rwanda." : the region of a town that is known
            region = region.rstrip(".")
            known = builder.gaz.get(region)
            span = (m.start(2), m.start(2) + len(region))
            if known is not None or "." not in region:  # (not "N.L.", unknown)
                kind = known.kind if known is not None else "region"
                builder.add_place(known.canonical if known else region, kind, region, span)
                builder.sure.add(span)
                caps.append(span)
        if state is not None:
            builder.add_place(state, "region", m.group(2), m.span(2))
            builder.sure.add(m.span(2))
            caps.append(m.span(2))
        outlet = _DATELINE_OUTLET.match(body, m.end())
        if outlet is not None:  # "COLUMBUS, Ohio (WBNS) —": the station that filed it
            name = outlet.group(1)
            builder.add_org(KNOWN_ORGS.get(name, name), name, outlet.span(1))
            builder.sure.add(outlet.span(1))  # (whatever the model makes of the page)
    chunks = find_chunks(body, common)
    if has_clicks(body):
        chunks = click_names(body, chunks)  # ("Johannes !Naruseb", "//Kharas")
    caps.extend(credit_ranges(body))
    caps.extend(outlet_byline_ranges(body))  # ("Dana Whitlow" over "Harbor Tribune")
    byline_outlets(builder)  # ("By VOA News": the byline's outlet stays an organisation)
    first_run_outlets(builder)  # ("originally published on Harbor Watch")
    signed = sign_off_ranges(body)
    caps.extend(signed)
    caps.extend(label_ranges(body))
    caps.extend(furniture_ranges(body))
    if caps:
        chunks = _outside(chunks, caps)
    # ("Kemp Updates List of Sites": a headline's capitals; "Customer Service:", a label's)
    if titles := title_lines(body) + section_labels(body):
        chunks = headline_runs(body, chunks, titles, builder.gaz)
    if signed:  # ("VOA's Peter Dunmore reports.": the outlet stays)
        chunks = cut_sign_offs(chunks, signed)
    if horses:  # ("Galway Girl's trainer": the horse's)
        chunks = [c for c in chunks if body[c.start : c.end].removesuffix("'s") not in horses]
    chunks = campus_names(body, merge_of(body, chunks, builder.gaz), builder.gaz)
    for acronym, expansion in acronym_definitions(body, chunks).items():
        first = expansion.split()[0]
        if (
            builder.gaz.get(expansion) is None
            and not (is_given(first, builder.given) and expansion.split()[-1] not in ORG_HEADS)
            and expansion.rsplit(None, 1)[-1] not in _THING_HEADS
        ):
            canonical = KNOWN_ORGS.get(expansion, expansion)
            builder.acronyms[acronym] = canonical
            builder.acronyms[expansion] = canonical
    not_orgs = lower_acronym_definitions(body) - set(builder.acronyms)
    coded = {start - 1 for start, _ in tickers}  # (where the name before a code ends)
    amounts: set[int] = set()
    for chunk in chunks:
        text = body[chunk.start : chunk.end]
        if chunk.end in coded:  # "Exxon Mobil (XOM.N)": a company
            builder.add_org(company_name(text), text, (chunk.start, chunk.end))
            builder.sure.add((chunk.start, chunk.end))
            continue
        if text in not_orgs or (
            len(chunk.words) == 1
            and text.isupper()
            and (
                body[chunk.end : chunk.end + 1] in ("!", "$")
                or (text[-1].isdigit() and money_after_letter(body, chunk.end))
            )
        ):
            if text[-1].isdigit():
                amounts.add(chunk.start)  # (nor a name for the classifier to type)
            continue  # ("VOTE!"; "US$40", "HK$3", "N1,180": a currency, no place)
        if "." in text and glued_name(builder, chunk):
            continue  # ("Minister J.Enkhbayar": a person with the initial glued on)
        builder.handle(without_currency(body, chunk) if " " in text else chunk)
    if amounts:
        chunks = [c for c in chunks if c.start not in amounts]
    builder.resolve_leftovers()
    builder.resolve_pending()
    small_and_listed_places(builder)
    if sheet or jockeys:
        _sheet_people(builder, sheet + jockeys)
    _speaker_labels(builder)
    if "administration" in body:
        builder.administrations()
    return builder, chunks


def _towns_filed_from(builder: Builder, raw: str, at: int) -> list[tuple[int, int]]:
    """The places of a dateline that names several towns ("LONDON/SINGAPORE"); their spans."""
    spans = []
    for part in raw.split("/"):
        entry = builder.gaz.get(part.strip().title())
        if entry is not None and part.strip():
            span = (at, at + len(part.rstrip()))
            builder.add_place(entry.canonical, entry.kind, part.rstrip(), span)
            builder.sure.add(span)
            spans.append(span)
        at += len(part) + 1
    return spans


# The last words of things that are spelt out before their initials, no organisations:
# "Transiting Exoplanet Survey Satellite (TESS)", "Large Hadron Collider (LHC)".
_THING_HEADS = frozenset(
    "Satellite Telescope Spacecraft Rover Probe Collider Reactor Detector Vaccine Instrument "
    "Missile System Index Test Scale Route Corridor".split()  # ("Northern Sea Route (NSR)")
)


def _speaker_labels(builder: Builder) -> None:
    """A person whose name labels a transcript's answers ("De Vries: That it will hold.") is
    one whatever the classifier makes of the name: the label is settled."""
    body = builder.body
    for person in builder.people:
        labels = []
        for a, b in person.spans:
            if body.startswith(":", b):
                opening = body[body.rfind("\n", 0, a) + 1 : a]
                if not opening.strip() or opening.strip().lower() in NAME_PARTICLES:
                    labels.append((a, b))
        # (named in the prose as well, and labelled by the surname: not a caption's
        # "Kamala Harris Image:")
        if (
            labels
            and len(labels) < len(person.spans)
            and all(" " not in body[a:b] for a, b in labels)
        ):
            builder.sure.update(labels)


def _outside(chunks: list[Chunk], ranges: list[tuple[int, int]]) -> list[Chunk]:
    """The chunks that start in none of `ranges` (a bisect per chunk: transcripts have a
    label range per paragraph)."""
    ranges = sorted(ranges)
    starts = [a for a, _ in ranges]
    reach = list(accumulate((b for _, b in ranges), max))  # furthest end so far
    out = []
    for c in chunks:
        i = bisect_right(starts, c.start) - 1
        if i < 0 or c.start >= reach[i]:
            out.append(c)
    return out


def find_entities(body: str) -> Entities:
    """People, places and organisations named in `body`."""
    builder, chunks = build(body)
    tidy_people(builder)  # (the model reads "Chuck Schumer", not "Democrat Chuck Schumer")
    retype(builder, chunks)
    after_the_model(builder)
    landmark_places(builder)
    venue_places(builder)
    fold_places(builder)
    headline_places(builder)  # ("Dollar at New Low": no place)
    if len(builder.people) > 1:
        fold_spelling_variants(builder)
    one_type_per_place(builder)
    _named_clubs(builder, chunks)
    return _finish(builder)


# Countries that share their name with a US state.
_STATE_NAMED_COUNTRIES = {"Georgia": "GE"}


def _us_states_named(builder: Builder) -> set[str]:
    """The country names here that stand for the US state: "crews from Georgia and
    Alabama" (another US place named, no place of the country itself)."""
    names = {draft.name for draft in builder.places.values()}
    named = [name for name in _STATE_NAMED_COUNTRIES if name in names]
    if not named:
        return set()
    countries = set()
    for name in names:
        entry = builder.gaz.get(name)
        if entry is not None and name not in _STATE_NAMED_COUNTRIES:
            countries.add(entry.country)  # (not Washington, D.C.: a government, abroad)
    return {
        name
        for name in named
        if "US" in countries and _STATE_NAMED_COUNTRIES[name] not in countries
    }


def _washington_state(builder: Builder) -> None:
    """ "ferries in Washington and Alaska": a "Washington" listed beside a US state is the
    state, never the capital its name otherwise stands for."""
    capital = builder.places.get(fold("Washington, D.C."))
    if capital is None or "Washington" not in capital.mentions:
        return
    state_edges = set()
    for draft in builder.places.values():
        entry = builder.gaz.get(draft.name)
        if entry is not None and entry.kind == "region" and entry.country == "US":
            for a, b in draft.spans:
                state_edges.update(((a, "start"), (b, "end")))
    body = builder.body
    moved = []
    for a, b in capital.spans:
        if body[a:b] == "Washington" and any(
            (body.startswith(gap, b) and (b + len(gap), "start") in state_edges)
            or (body[:a].endswith(gap) and (a - len(gap), "end") in state_edges)
            for gap in LIST_GAPS
        ):
            moved.append((a, b))
    if not moved:
        return
    capital.spans = [span for span in capital.spans if span not in moved]
    capital.mentions = [
        m for m in capital.mentions if any(body[a:b] == m for a, b in capital.spans)
    ]
    if not capital.spans:
        del builder.places[fold("Washington, D.C.")]
    for span in moved:
        builder.add_place("Washington", "region", "Washington", span)


def _one_type_per_name(builder: Builder) -> None:
    """A name of several words that is a person in one place and an organisation in another is
    one of them throughout: a person when it opens with a given name ("Mark Dvoretsky said" ...
    "Dvoretsky's Mark Dvoretsky"), else an organisation ("owned by Cascade Cold Chain, a food
    distributor" ... "Cascade Cold Chain said")."""
    by_surface: dict[str, Draft] = {}
    for org in builder.orgs.values():
        for surface in org.mentions:
            if " " in surface:
                by_surface.setdefault(surface, org)
    if not by_surface:
        return
    kept = []
    for person in builder.people:
        orgs = {id(by_surface[m]): by_surface[m] for m in person.mentions if m in by_surface}
        if len(orgs) != 1 or not all(" " in m for m in person.mentions):
            kept.append(person)
            continue
        (org,) = orgs.values()
        if is_given(person.name.split()[0], builder.given):
            if all(m in person.mentions for m in org.mentions):
                for a, b in org.spans:
                    person.add(builder.body[a:b], (a, b))
                del builder.orgs[next(k for k, v in builder.orgs.items() if v is org)]
            kept.append(person)
        elif all(m in org.mentions for m in person.mentions):
            for a, b in person.spans:
                org.add(builder.body[a:b], (a, b))
        else:
            kept.append(person)
    builder.people[:] = kept


# Words that end a club's name ("Crewe Alexandra", "Harrowgate Town", "Notts County").
_CLUB_ENDS = frozenset(
    "Town County City United Rovers Wanderers Athletic Albion Alexandra Argyle Orient Villa "
    "Palace Forest Stanley Vale Rangers Hotspur Wednesday Dons Academicals Thistle Harriers".split()
)


def _named_clubs(builder: Builder, chunks: list[Chunk]) -> None:
    """In a match report, a town's name with a club's last word is the club, whatever else
    typed it ("travel to Crewe Alexandra": no person; "beat Harrowgate Town 3-1")."""
    if builder.surely_no_match_report():
        return
    body = builder.body
    ends = [c for c in chunks if len(c.words) > 1 and body[c.words[-1][0] : c.end] in _CLUB_ENDS]
    ends = [c for c in ends if _town_or_club(builder, c)]
    if not ends or not builder.match_report():  # (asked last: it reads the whole text)
        return
    for chunk in ends:
        words = body[chunk.start : chunk.end].split()
        name = " ".join(words)
        builder.places.pop(fold(name), None)
        for person in [p for p in builder.people if p.name == name]:
            builder.drop_person(person)
        builder.add_org(name, name, (chunk.start, chunk.end))


def _town_or_club(builder: Builder, chunk: Chunk) -> bool:
    """Whether the run before a club's last word is a town the gazetteer knows, or the run is
    used as a club ("Crewe Alexandra", "Notts County beat")."""
    town = builder.gaz.get(" ".join(builder.body[chunk.start : chunk.end].split()[:-1]))
    return (town is not None and town.kind != "country") or club_mention(
        builder.body, chunk.start, chunk.end
    )


def _clubs(builder: Builder) -> None:
    """In a match report, towns that play are their clubs ("Leicester, who host Arsenal")."""
    body = builder.body
    for key, place in list(builder.places.items()):
        if builder.surely_no_match_report():
            return  # (asked for an earlier place: no more club mentions to look for)
        if place.extra in ("country", "continent") or not builder.sure.isdisjoint(place.spans):
            continue
        if any(club_mention(body, a, b) for a, b in place.spans) and builder.match_report():
            del builder.places[key]
            for a, b in place.spans:
                builder.add_org(place.mentions[0], body[a:b], (a, b))


def _finish(builder: Builder) -> Entities:
    mentions: list[tuple[int, int, str, str]] = []
    people = []
    if builder.places:
        _clubs(builder)
        teams_by_place_name(builder)
        _washington_state(builder)
    if not builder.surely_no_match_report():
        result_teams(builder)  # ("Aliquippa 28, Jersey Shore 7"; "State College (11-3)")
    _one_type_per_name(builder)
    tidy_people(builder)
    companies_taken_for_people(builder)
    bodies_taken_for_people(builder)
    people_opening_an_org(builder)
    for p in builder.people:
        p.spans.sort()
        people.append(Person(p.name, p.extra, p.mentions, p.spans))
        mentions.extend((a, b, "person", p.name) for a, b in p.spans)
    places = []
    us_state_names = _us_states_named(builder)
    for p in builder.places.values():
        if " " not in p.name and no_place_word(builder.gaz, p.name):
            continue  # ("first published in Danish", "he said in Kiswahili")
        p.spans.sort()
        kind = "region" if p.name in us_state_names else p.extra or "place"
        places.append(Place(p.name, kind, p.mentions, p.spans))
        mentions.extend((a, b, "place", p.name) for a, b in p.spans)
    orgs = []
    settle_orgs(builder)
    for o in builder.orgs.values():
        o.spans.sort()
        orgs.append(Organisation(o.name, o.mentions, o.spans))
        mentions.extend((a, b, "org", o.name) for a, b in o.spans)
    people.sort(key=lambda p: p.spans[0] if p.spans else (0, 0))
    places.sort(key=lambda p: p.spans[0] if p.spans else (0, 0))
    orgs.sort(key=lambda o: o.spans[0] if o.spans else (0, 0))
    mentions.sort()
    names = [("org", o.name, [o.name, *o.mentions]) for o in orgs]
    names.extend(("place", p.name, [p.name, *p.mentions]) for p in places)
    for person in people:
        if person.role is not None and possessive(person.role):
            at = builder.possessive_roles.get(person.role, 0)
            person.role = resolve_possessive(person.role, builder.body, at, names)
    return Entities(people, places, orgs, mentions)
