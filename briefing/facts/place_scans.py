"""Places named by the shape of the sentence rather than by the gazetteer: the two ends of a
route ("the Oshodi-Ikorodu route", "the Ardrossan to Brodick route", "ferries from Ardrossan
to Arran"), and the other mentions of a name once one of them is a place beyond doubt."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.core.facts import Span
from briefing.facts.chunks import TOKEN_RE, Chunk
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import FUNCTION_WORDS, KNOWN_ORGS, NON_NAME_WORDS, common_words
from briefing.facts.listed_places import listed_places
from briefing.facts.names import fold
from briefing.facts.people import is_given
from briefing.facts.space_words import space_led, space_matches

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# ("St. Petersburg", "Mt. Vernon": the abbreviation's stop is part of the name)
_NAME = r"(?:St\. |Mt\. )?[A-Z][\w'’]*(?:-[a-z]+-[A-Z][\w'’]*)?(?: [A-Z][\w'’]*){0,2}"
# The nouns a route ends on, looked for (`place_words`) before any pattern runs.
_ROUTE_NOUNS = (" route", " road", " ferry", " crossing", " railway", " corridor", " line ")
# "the Oshodi-Ikorodu route", "the Ardrossan to Brodick route" (its two ends, right before).
_ROUTE_ENDS = lazy(rf"\bthe ({_NAME})(?:-| to )({_NAME})$")
# "Ferries from Ardrossan to Arran", "the 11:43 service from Euston to Manchester Piccadilly":
# something that travels, then where from and where to.
_TRAVEL_BEFORE = lazy(
    r"(?:\b(?:[Ff]err(?:y|ies)|[Ff]lights?|[Tt]rains?|[Ss]ervices?|[Ss]ailings?|[Bb]uses|coaches"
    r"|travel(?:s|led|ling)?|drove|flew|sailed|journeys?|trips?|walked|[Ll]ine|[Rr]oute"
    r"|[Rr]ailway|[Mm]otorway|roads?|highways?|pipelines?|expressways?|stretch)|\d[:.]\d\d)"
    r"(?: [a-z]+){0,2}$"
)
# The two ends after " from " and " between ".
_ENDS_AFTER = {
    " from ": lazy(rf"({_NAME}) to ({_NAME})(?![\w'’-])"),
    " between ": lazy(rf"({_NAME}) and ({_NAME})(?![\w'’-])"),
}
_ROUTE_WORDS = _ROUTE_NOUNS + tuple(_ENDS_AFTER)


def _alternation(words: tuple[str, ...], nouns: tuple[str, ...]) -> str:
    """A pattern finding each of `words` (each a space and a word, maybe a space after, which
    is looked ahead at: two can share it) and each of `nouns` as a whole word after a space,
    grouped by the letter after the space so that the engine tries one group at each space
    (half the cost of a `str.find` scan per word). No word of one kind opens like one of the
    other, so at most one of them matches at a space."""
    groups: dict[str, list[str]] = {}
    for word in words:
        rest = re.escape(word[2:].rstrip(" ")) + ("(?= )" if word.endswith(" ") else "")
        groups.setdefault(word[1], []).append(rest)
    for noun in sorted(nouns, key=len, reverse=True):
        groups.setdefault(noun[0], []).append(re.escape(noun[1:]) + r"\b")
    return " (?:" + "|".join(f"{k}(?:{'|'.join(v)})" for k, v in groups.items()) + ")"


def place_words(body: str) -> tuple[dict[str, list[int]], list[tuple[int, int, str]]]:
    """One scan of `body` for `route_ends` and `shared_noun_lists`: word of `_ROUTE_WORDS` ->
    where it occurs, leftmost first and never overlapping itself (what a `str.find` loop from
    the end of each one finds), and the plural place nouns (start, end, noun)."""
    out: dict[str, list[int]] = {word: [] for word in _ROUTE_WORDS}
    nouns: list[tuple[int, int, str]] = []
    free = dict.fromkeys(_ROUTE_WORDS, 0)
    for m in space_matches(_PLACE_WORD, body):
        at, text = m.start(), m.group()
        word = text if text in out else text + " "
        if word not in out:
            nouns.append((at, m.end(), text[1:]))
        elif at >= free[word]:
            out[word].append(at)
            free[word] = at + len(word)
    return out, nouns


# Parts of a hyphenated word that are no place: "Anglo-French", "Trans-Pacific".
_PREFIX_PARTS = frozenset("Anglo Trans Sino Euro Afro Indo Franco Pan Inter Non Mid".split())
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Christmas Easter".split()
)


def _place_name(builder: Builder, name: str) -> bool:
    """Whether `name` may be a place's name where a route's shape names one."""
    words = name.split()
    if words[0] in FUNCTION_WORDS or name in KNOWN_ORGS or name in NON_NAME_WORDS:
        return False
    if builder.gaz.get(name) is not None:
        return True
    return not is_given(words[0], builder.given) and not any(
        w in _CALENDAR or w in _PREFIX_PARTS or w.lower() in builder.common or builder.demonym(w)
        for w in words
    )


def _add(builder: Builder, name: str, start: int) -> Span:
    span = (start, start + len(name))
    entry = builder.gaz.get(name)
    if entry is not None and entry.kind != "country":
        builder.add_place(entry.canonical, entry.kind, name, span)
    elif entry is None:
        builder.add_place(name, "place", name, span)
    else:
        builder.add_place(entry.canonical, entry.kind, name, span)
    builder.sure.add(span)
    return span


def _pair(builder: Builder, m: re.Match[str], out: list[Span], one: int = 1) -> None:
    """Add the two ends a match names (group `one`, or the one after it, and the last)."""
    if m.group(one) is None:
        one += 1
    first, second = m.group(one), m.group(m.lastindex or 0)
    if _place_name(builder, first) and _place_name(builder, second):
        a = _add(builder, first, m.start(one))
        b = _add(builder, second, m.start(m.lastindex or 0))
        out.append((a[0], b[1]) if b[0] - a[1] == 1 else a)  # ("A-B": one run)
        if b[0] - a[1] != 1:
            out.append(b)


def route_ends(builder: Builder, found: dict[str, list[int]]) -> list[Span]:
    """Add the places a route runs between (`found`: `place_words`'s first part); their
    spans, for the chunk walk to skip."""
    body = builder.body
    out: list[Span] = []
    for noun in _ROUTE_NOUNS:
        for at in found[noun]:
            # (a name right before the noun: its word opens with a capital)
            space = body.rfind(" ", max(0, at - 30), at)
            # (the search starts at the first "the " of the stretch, where a match can open)
            the = body.find("the ", max(0, at - 60), at)
            m = (
                _ROUTE_ENDS.search(body, the, at)
                if the >= 0 and (body[space + 1 : space + 2].isupper() or "-" in body[space:at])
                else None
            )
            if m is not None:
                _pair(builder, m, out)
    for word, ends in _ENDS_AFTER.items():
        for at in found[word]:
            start = at + len(word)
            m = ends.match(body, start) if body[start : start + 1].isupper() else None
            if m is not None and (
                _TRAVEL_BEFORE.search(body, max(0, at - 40), at) is not None
                or (
                    word == " from "  # "from Nafplio to Athens": one end well known
                    and (_well_known(builder, m.group(1)) or _well_known(builder, m.group(2)))
                    and not builder.match_report()  # (no club's name beside it)
                )
            ):
                _pair(builder, m, out)
    return out


def _well_known(builder: Builder, name: str) -> bool:
    """A country or a city of 300,000 that is no ordinary word ("from Chelsea to Arsenal"
    has neither)."""
    entry = builder.gaz.get(name)
    return (
        entry is not None
        and (entry.kind == "country" or (entry.kind == "city" and entry.population >= 300_000))
        and name.lower() not in builder.common
    )


def one_type_per_place(builder: Builder) -> None:
    """A name of several words that is a place beyond doubt in one mention ("from Euston to
    Manchester Piccadilly") is a place in the others too, whatever typed them ("between
    London Euston and ..." taken for a person, "the Circle Line said" for a body)."""
    sure_names = {
        key
        for key, place in builder.places.items()
        if " " in place.name and not builder.sure.isdisjoint(place.spans)
    }
    if not sure_names:
        return
    _station_short_forms(builder, sure_names)
    for person in [p for p in builder.people if fold(p.name) in sure_names]:
        builder.drop_person(person)
        for span in person.spans:
            builder.places[fold(person.name)].add(builder.body[span[0] : span[1]], span)
    for key in [k for k in builder.orgs if k in sure_names]:
        org = builder.orgs.pop(key)
        for span in org.spans:
            builder.places[key].add(builder.body[span[0] : span[1]], span)


def _station_short_forms(builder: Builder, sure_names: set[str]) -> None:
    """ "Euston" after "London Euston": a city's station (or district) named without the city
    is a mention of the same place."""
    for key in list(sure_names):
        place = builder.places.get(key)
        if place is None:
            continue  # (folded into a longer name already: "Route 2" into "U.S. Route 2")
        city, _, rest = place.name.partition(" ")
        short = builder.places.get(fold(rest))
        if short is None or short is place or builder.gaz.get(city) is None:
            continue
        if builder.gaz.get(rest) is None:
            del builder.places[fold(rest)]
            sure_names.discard(fold(rest))
            for span in short.spans:
                place.add(builder.body[span[0] : span[1]], span)


def small_and_listed_places(builder: Builder) -> None:
    """The last place passes over the whole body: `country_confirmed`, then names listed
    beside places (`listed_places`)."""
    country_confirmed(builder)
    listed_places(builder)


def country_confirmed(builder: Builder) -> None:
    """Small towns and provinces the gazetteer knows, seen with no cue ("Sindh is expected to
    announce ..."), are places when the text names their country or one of its big cities
    and nothing else took the words ("Sindh" in a story about Pakistan)."""
    if not builder.small_places:
        return
    countries = set()
    for place in builder.places.values():
        entry = builder.gaz.get(place.name)
        if entry is not None and (
            entry.kind == "country" or (entry.kind == "city" and entry.population >= 300_000)
        ):
            countries.add(entry.country)
    if not countries:
        return
    taken = {span for draft in builder.people for span in draft.spans}
    taken.update(span for draft in builder.orgs.values() for span in draft.spans)
    body = builder.body
    for start, end, entry in builder.small_places:
        if (
            entry.country in countries
            # (a town of 22,000 shares its name with brands and people: "Kenmore")
            and (entry.kind == "region" or entry.population >= 25_000)
            and (start, end) not in taken
            and builder.find_person(body[start:end], start) is None
        ):
            builder.add_place(entry.canonical, entry.kind, body[start:end], (start, end))


def money_after_letter(body: str, end: int) -> bool:
    """Whether a letter's amount goes on at `end` ("N1,180", "R2,500": naira, rand;
    "RM2.3bil": ringgit)."""
    if body.startswith(".", end):
        return body[end + 1 : end + 2].isdigit()
    return body.startswith(",", end) and body[end + 1 : end + 4].isdigit()


# "pro-Israel", "anti-China protests", "ex-UK Prime Minister": a stance's or a past's prefix
# before a place or a body, which is named all the same.
_STANCE_PREFIXES = ("pro-", "anti-", "ex-", "Pro-", "Anti-")
_AFTER_PREFIX = lazy(r"[A-Z][\w.'’]*(?: [A-Z][\w'’]*){0,2}")


def prefixed_names(builder: Builder) -> list[Span]:
    """Places and known organisations right after "pro-", "anti-" or "ex-"; their spans."""
    body, out = builder.body, []
    for prefix in _STANCE_PREFIXES:
        at = body.find(prefix)
        while at >= 0:
            start = at + len(prefix)
            m = _AFTER_PREFIX.match(body, start) if not body[at - 1 : at].isalpha() else None
            if m is not None:
                words = m.group().split()
                for n in range(len(words), 0, -1):  # the longest name first
                    name = " ".join(words[:n]).rstrip(".")
                    span = (start, start + len(name))
                    entry = builder.gaz.get(name)
                    if name in KNOWN_ORGS:  # ("ex-Chelsea striker": the club)
                        builder.add_org(KNOWN_ORGS[name], name, span)
                    elif entry is not None and (
                        entry.kind in ("country", "region", "continent")
                        or entry.population >= 100_000  # (not "pro-Trump": a small town)
                    ):
                        builder.add_place(entry.canonical, entry.kind, name, span)
                    else:
                        continue
                    out.append(span)
                    break
            at = body.find(prefix, start)
    return out


# A member's seat: "the Conservative MP for Bexhill and Battle", "TD for Limerick City",
# "the Member of the Senedd for Dwyfor Meirionnydd": the constituency, a place.
_MEMBER_BEFORE = lazy(
    r"\b(?:(?P<one>MP|MSP|MLA|MPP|MHA|MNA|TD|AM|MS|Member of (?:Parliament|the Senedd|the Scottish"
    r" Parliament|the Welsh Parliament|the Legislative Assembly|Provincial Parliament|the House"
    r" of Assembly)|MEP|[Mm]ember)|MPs|MSPs|MLAs|MPPs|MHAs|TDs|MEPs)$"
)
# Its name, with an "and" when one member holds it ("Bexhill and Battle"; "the MPs for Leeds
# and Bradford" hold two).
# (or the member's name after an honorific: "MP for Oropouche West Dr Vidya Khan")
_SEAT_NAME = lazy(
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
    r"(?= and |[^\w'’ -]| [a-z]| (?:Dr|Mr|Mrs|Ms|Miss|Hon|Prof|Sir|Dame)\.? [A-Z])"
)
_SEAT_AND = lazy(r" and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?![\w'’-]| [A-Z])")


def seats(builder: Builder) -> list[Span]:
    """The constituencies members of a parliament sit for, as places; their spans."""
    body, out = builder.body, []
    at = body.find(" for ")
    while at >= 0:
        start = at + 5
        member = None
        if body[start : start + 1].isupper():
            member = _MEMBER_BEFORE.search(body, max(0, at - 40), at)
        name = _SEAT_NAME.match(body, start) if member is not None else None
        if name is not None:
            end = name.end()
            joined = _SEAT_AND.match(body, end) if member.group("one") else None
            if joined is not None:
                end = joined.end()
            text = body[start:end]
            if text not in KNOWN_ORGS and text not in NON_NAME_WORDS:
                entry = builder.gaz.get(text)
                if entry is not None:
                    builder.add_place(entry.canonical, entry.kind, text, (start, end))
                else:
                    builder.add_place(text, "place", text, (start, end))
                builder.sure.add((start, end))
                out.append((start, end))
                member_named = _HONOURED_NAME.match(body, end)
                if member_named is not None:  # ("... Oropouche West Dr Vidya Khan said")
                    a, b = member_named.span(1)
                    builder.handle(
                        Chunk(a, b, [m.span() for m in TOKEN_RE.finditer(body, a, b)], False)
                    )
                    out.append((a, b))
        at = body.find(" for ", start)
    return out


_HONOURED_NAME = lazy(
    r" ((?:Dr|Mr|Mrs|Ms|Miss|Hon|Prof|Sir|Dame)\.? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})"
)


# Places listed with the plural noun they share: "the municipalities of Lieksa, Nurmes and
# Juuka", "Binh Duong and Dong Nai provinces" (two names or more, each a place).
_PLURAL_PLACE_NOUNS = (
    "municipalities", "towns", "villages", "cities", "districts", "provinces", "regions",
    "counties", "parishes", "regencies", "oblasts", "prefectures", "governorates", "boroughs",
    "communes", "states", "estates",
)  # fmt: skip
# Nouns that name their places only after them: "residents of Penal, Moruga and Quinam", "its
# seven centres, including Nasser, Ehnasia and Somosta", "areas such as Klang and Kapar",
# "towns like Dos Palos and Firebaugh".
_PLACES_AFTER_NOUNS = (
    "residents", "villagers", "inhabitants", "centres", "centers", "areas", "communities",
    "suburbs", "neighbourhoods", "neighborhoods", "localities", "settlements", "islands",
    "zones", "wards",
)  # fmt: skip
_ITEM = r"[A-Z][\w'’-]+(?: (?:(?:de|da|do|dos|das|del|di|du|la|le|upon|on) )?[A-Z][\w'’-]+){0,2}"
_LIST = rf"(?:{_ITEM}, )*{_ITEM},? (?:and|or) {_ITEM}"
_NOUN_OF_LIST = lazy(rf" of ({_LIST})(?![\w'’-]| [A-Z])")
_LIST_BEFORE_NOUN = lazy(rf"(?<![\w'’-])({_LIST})$")
_LIST_ITEM = lazy(_ITEM)
_NOUN_INCLUDING = lazy(rf",? (?:including|such as|namely|like) ({_LIST})(?![\w'’-]| [A-Z])")
_INCLUDING = (", including ", " including ", ", such as ", " such as ", ", namely ", " like ")
# The route words and these nouns, found in one scan (`place_words`).
# (also capitalised, opening a sentence: "Zones such as Adyar and Perungudi")
_PLACE_WORD = space_led(
    _alternation(
        _ROUTE_WORDS,
        _PLURAL_PLACE_NOUNS + _PLACES_AFTER_NOUNS + tuple(n.title() for n in _PLACES_AFTER_NOUNS),
    )
)


def shared_noun_lists(builder: Builder, nouns: list[tuple[int, int, str]]) -> list[Span]:
    """Add the places listed with a plural place noun they share (`nouns`: `place_words`'s
    second part, one regex pass with the route words); their spans."""
    body, out = builder.body, []
    for at, end, noun in nouns:
        listed = _NOUN_OF_LIST.match(body, end) if body.startswith(" of ", end) else None
        if listed is None and body.startswith(_INCLUDING, end):
            listed = _NOUN_INCLUDING.match(body, end)
        if (
            listed is None
            and noun in _PLURAL_PLACE_NOUNS
            and noun != "states"  # ("Gulf states": no list before)
            and body[body.rfind(" ", 0, at) + 1 : at][:1].isupper()
        ):
            listed = _LIST_BEFORE_NOUN.search(body, max(0, at - 120), at)
        if listed is not None:
            out.extend(_listed_places(builder, *listed.span(1), noun))
    return out


# The singular of a plural noun that also ends a place's full name ("Butte and Plumas counties"
# ... "the Plumas County line": the county).
_NAME_ENDS = {
    "counties": " County", "provinces": " Province", "districts": " District",
    "regions": " Region", "oblasts": " Oblast", "parishes": " Parish", "regencies": " Regency",
    "boroughs": " Borough", "prefectures": " Prefecture", "governorates": " Governorate",
}  # fmt: skip


def _listed_places(builder: Builder, start: int, end: int, noun: str) -> list[Span]:
    body, spans = builder.body, []
    common = common_words()
    for item in _LIST_ITEM.finditer(body, start, end):
        text = item.group()
        first = text.split(" ", 1)[0]
        at = item.start()
        if first == text and text.lower() in common and builder.gaz.get(text) is None:
            return []  # ("the Old and New towns": ordinary words)
        if first in FUNCTION_WORDS:
            if first == text or at != start:
                return []
            at += len(first) + 1  # ("Yesterday Binh Duong and Dong Nai provinces")
        elif at == start and first != text and first.endswith(("'s", "’s")):
            if builder.gaz.get(first[:-2]) is None:
                return []
            at += len(first) + 1  # (the country's: "Argentina's Jujuy and Salta provinces")
        if any(w in KNOWN_ORGS or w in NON_NAME_WORDS for w in body[at : item.end()].split()):
            return []
        spans.append((at, item.end()))
    for span in spans:
        text = body[span[0] : span[1]]
        entry = builder.gaz.get(text)
        full = text + _NAME_ENDS.get(noun, "\n")
        if full in body:
            builder.add_place(full, "region", text, span)
        elif entry is not None:
            builder.add_place(entry.canonical, entry.kind, text, span)
        else:
            builder.add_place(text, "place", text, span)
        builder.sure.add(span)
    return spans
