"""Organisations folded together or dropped once the whole text is read: a short form
into the name it shortens ("Leeds" -> "Leeds United", "The Telegraph" -> "Daily Telegraph"),
an acronym into the name it abbreviates ("OSHA"), a name without its country into the one
with it, market indexes, which are no organisations, and "people" the text speaks of only as
companies. Used by `briefing.facts.entities`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.facts.draft import Draft
from briefing.facts.gazetteer import Gazetteer
from briefing.facts.headline_orgs import drop_headline_orgs
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import FAMILY_FIRST, KNOWN_ORGS, NON_ORG_ACRONYMS, ORG_HEADS
from briefing.facts.names import fold
from briefing.facts.people import is_given

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# Words that end a club's or a company's name and are dropped in its short form.
_SHORTENED_SUFFIXES = frozenset(
    "United City Rovers Wanderers Athletic Albion Hotspur Town Alexandra Argyle FC AFC CF SC "
    "Inc Inc. Corp Corp. Ltd Ltd. Group Holdings ASA AS AG SA plc PLC LLC GmbH".split()
)

# The words of a legal form between a company's own name and its closing company word.
_LEGAL_FORM = frozenset("State Public Holding Joint-Stock Joint Stock".split())


def _fold(orgs: dict[str, Draft], key: str, into: Draft) -> None:
    """Fold the organisation at `key` into `into`: its mentions and spans join it."""
    org = orgs.pop(key)
    for mention, span in zip(org.mentions, org.spans, strict=False):
        into.add(mention, span)
    into.spans.extend(s for s in org.spans if s not in into.spans)


def merge_short_orgs(orgs: dict[str, Draft]) -> None:
    """Fold a one-word organisation into the longer one it ends ("The Telegraph" -> "Daily
    Telegraph") or opens before an "of" ("Congress" -> "Congress of the Philippines")."""
    by_last: dict[str, list[tuple[str, Draft]]] = {}
    for key, org in orgs.items():
        parts = org.name.split()
        if len(parts) > 1 and parts[0] != "The":
            by_last.setdefault(parts[-1], []).append((key, org))
        if (
            (len(parts) > 2 and parts[1] == "of")
            or (len(parts) == 2 and parts[1] in _SHORTENED_SUFFIXES)
            or (len(parts) > 2 and parts[-1] in _DROPPED_LAST and set(parts[1:-1]) <= _LEGAL_FORM)
        ):
            # "Congress of the Philippines"; "Leeds United", "Nordvik ASA" (said "Leeds");
            # "Marovia State Corporation", "Kelso Public Company" (said "Marovia", "Kelso")
            by_last.setdefault(parts[0], []).append((key, org))
    for key, org in list(orgs.items()):
        words = org.name.split()
        if words and words[0] == "The":
            words = words[1:]
            bare = fold(" ".join(words))
            if bare != key and bare in orgs:  # "The Army's ..." opening a sentence: the Army
                _fold(orgs, key, orgs[bare])
                continue
        if len(words) != 1:
            continue
        longer = [(k, o) for k, o in by_last.get(words[0], ()) if k != key and k in orgs]
        if len(longer) == 1 or (longer and longer[0][1].name.split()[-1] == words[0]):
            _fold(orgs, key, longer[0][1])


# The last word of a company's name that its short form leaves out ("Severn Vale Water" is
# "Severn Vale" in its later mentions).
_DROPPED_LAST = frozenset(
    "Water Group Holdings Energy Airways Airlines Company Corporation Limited Ltd Inc plc PLC "
    "International Industries Partners Capital Properties Resources Therapeutics Pharmaceuticals "
    "Shipping Mining Realty Investments Securities Motors AS ASA AB Oy Oyj GmbH AG SA S.A. NV "
    "N.V. BV B.V. SpA S.p.A. Plc Pty Co. Co LLC LLP Inc. Corp Corp. Ltd.".split()
)


def _of_short(short: str, where: str, gaz: Gazetteer) -> bool:
    """Whether the words before " of " are a body's short name: they end in a head word, are
    no known body of their own ("Supreme Court" beside "Supreme Court of Texas"), and are no
    party named with a state or a region ("Constitution Party of Idaho": a state's branch)."""
    head = short.rsplit(" ", 1)[1]
    if head not in ORG_HEADS or short in KNOWN_ORGS:
        return False
    entry = gaz.get(where.removeprefix("the "))
    return not (head == "Party" and entry is not None and entry.kind == "region")


def merge_shortened(orgs: dict[str, Draft], gaz: Gazetteer) -> None:
    """Fold an organisation of two words or more into the one named with a company word
    more, or with "& ...", "for ..." or "of ..." more, when there is one such ("Severn Vale"
    -> "Severn Vale Water", "Kuwait Fund" -> "Kuwait Fund for Arab Economic Development",
    "Unified Government" -> "Unified Government of Wyandotte County")."""
    # the longer names by what is left without their company word
    by_short: dict[str, list[str]] = {}
    by_of: dict[str, list[str]] = {}
    for key, org in orgs.items():
        short, _, last = org.name.rpartition(" ")
        while last in _DROPPED_LAST and " " in short:  # (and "Partners LLC": both words)
            by_short.setdefault(short, []).append(key)
            short, _, last = short.rpartition(" ")
        short, joined, _ = org.name.partition(" & ")
        if joined and " " in short:  # ("Sangre Power" -> "Sangre Power & Light")
            by_short.setdefault(short, []).append(key)
        # ("Kuwait Fund" -> "Kuwait Fund for Arab Economic Development": its head, then the
        # field the name goes on with)
        short, joined, _ = org.name.partition(" for ")
        if joined and " " in short and short.rsplit(" ", 1)[1] in ORG_HEADS:
            by_short.setdefault(short, []).append(key)
        short, joined, where = org.name.partition(" of ")
        if joined and " " in short and _of_short(short, where, gaz):
            by_of.setdefault(short, []).append(key)  # ("Unified Government" -> "... of X")
    for short, keys in by_of.items():
        by_short.setdefault(short, keys)
    if not by_short:
        return
    for key, org in list(orgs.items()):
        longer = by_short.get(org.name, [])
        if len(longer) == 1 and longer[0] in orgs:
            _fold(orgs, key, orgs[longer[0]])


# Heads named before or after their field: "Public Health Ministry" and "Ministry of Public
# Health", "Transport Department" and "Department of Transport".
_REORDERED_HEADS = frozenset("Ministry Department Agency Office Bureau Commission".split())


def merge_reordered(orgs: dict[str, Draft]) -> None:
    """Fold "<Field> <Head>" into "<Head> of (the) <Field>" when the text names both."""
    by_form: dict[str, str] = {}
    for key, org in orgs.items():
        head, of, field = org.name.partition(" of ")
        if of and head in _REORDERED_HEADS and " " not in head:
            by_form.setdefault(f"{field.removeprefix('the ')} {head}", key)
    if not by_form:
        return
    for key, org in list(orgs.items()):
        into = by_form.get(org.name)
        if into is not None and into != key and into in orgs and key in orgs:
            _fold(orgs, key, orgs[into])


_NOT_INITIALLED = frozenset(("of", "and", "for", "the", "&", "on", "in"))


def _initials(name: str, small: bool = False) -> str:
    """ "Occupational Safety and Health Administration" -> "OSHA" (with `small`, the small
    words' letters too, in capitals: "OSAHA")."""
    words = name.replace("-", " ").split()
    if small:
        return "".join(w[0].upper() for w in words)
    return "".join(w[0] for w in words if w not in _NOT_INITIALLED)


def merge_acronyms(orgs: dict[str, Draft]) -> None:
    """Fold an acronym the text never spells out into the organisation whose initials it is
    ("the LDP" beside "Liberal Democratic Party", "OSHA" beside "Occupational Safety and
    Health Administration"): one body, not two."""
    acronyms = [
        (key, org) for key, org in orgs.items() if org.name.isupper() and 2 <= len(org.name) <= 6
    ]
    if not acronyms:
        return
    by_initials: dict[str, list[Draft]] = {}
    for org in orgs.values():
        if " " in org.name:
            plain = _initials(org.name)
            by_initials.setdefault(plain, []).append(org)
            # (some acronyms keep the small words' letters: "Democratic Party for the People"
            # is the DPFP)
            full = _initials(org.name.replace(" the ", " "), small=True)
            if full != plain:
                by_initials.setdefault(full, []).append(org)
            # a country's initials opening the name are dropped or kept whole: "U.S. Customs
            # and Border Protection" is the CBP, "U.S. Department of Agriculture" the USDA
            owner, _, rest = org.name.partition(" ")
            if owner.replace(".", "").isupper() and len(owner.replace(".", "")) <= 3:
                for short in (_initials(rest), owner.replace(".", "") + _initials(rest)):
                    if short != plain:
                        by_initials.setdefault(short, []).append(org)
    for key, acronym in acronyms:
        owners = by_initials.get(acronym.name, [])
        if len(owners) == 1:
            _fold(orgs, key, owners[0])


# Bodies whose short name opens the name of one of their own ("U.N. Intergovernmental Panel on
# Climate Change" -> the panel).
_OWNERS = frozenset(("U.N.", "UN", "EU", "E.U."))


def merge_country_prefixed(
    orgs: dict[str, Draft], gaz: Gazetteer, demonym: Callable[[str], bool] | None = None
) -> None:
    """Fold an organisation into the one that names it with its country (or, given
    `demonym`, its people's adjective) first ("Democratic Party" -> "United States Democratic
    Party", "House of Representatives" -> "U.S. House of Representatives", "Red Cross" ->
    "American Red Cross"): one body, written two ways. Not when two organisations name it so
    ("United States Chess Federation", "Iranian Chess Federation")."""
    owners: dict[str, list[Draft]] = {}
    for org in orgs.values():
        words = org.name.split()
        for n in (1, 2):
            if len(words) <= n + 1:
                break
            entry = gaz.get(" ".join(words[:n]))
            short = " ".join(words[n:])
            # (or a state's: "Texas Department of Family and Protective Services", unless the
            # short name is a known body of its own: "Department of Justice")
            region = entry is not None and entry.kind == "region" and short not in KNOWN_ORGS
            if (
                (entry is None or entry.kind != "country")
                and not region
                and not (
                    n == 1 and (demonym is not None and demonym(words[0]) or words[0] in _OWNERS)
                )
            ):
                continue
            short_key = fold(short)
            if short_key in orgs and orgs[short_key] is not org:
                owners.setdefault(short_key, []).append(org)
            break
    for short_key, longer in owners.items():
        if len(longer) == 1 and short_key in orgs:
            _fold(orgs, short_key, longer[0])


# Market indexes: names, but of no organisation ("the Dow Jones Industrial Average fell").
# The first group only when a number follows ("S&P 500"; "S&P cut Italy's rating" is one).
_INDEXES_WITH_NUMBER = frozenset(("S&P", "FTSE", "Nikkei", "CAC", "Russell", "Stoxx", "ASX"))
_INDEXES = frozenset(
    ("Dow Jones Industrial Average", "Nasdaq Composite", "Hang Seng", "Sensex", "Nifty", "Kospi")
)


# Grades of oil and gas that prices are quoted for ("U.S. West Texas Intermediate crude").
_BENCHMARKS = ("West Texas Intermediate", "WTI", "TTF")


def drop_market_indexes(orgs: dict[str, Draft], body: str) -> None:
    """Drop the organisations that are only ever named as a market index."""
    for key, draft in list(orgs.items()):
        if (
            draft.name in _INDEXES
            or draft.name.endswith(_BENCHMARKS)
            or (
                draft.name in _INDEXES_WITH_NUMBER
                and all(
                    body[b : b + 1] == " " and body[b + 1 : b + 2].isdigit() for _, b in draft.spans
                )
            )
        ):
            del orgs[key]


# Words that name no one body: a government qualified only by its level ("the Federal
# Government", "State Government"), or "The" and a body's head left over once the merges
# found no fuller name for it ("The Commission", "The Corps"): unnamed bodies, which
# tests/gold/GUIDELINES.md does not list.
_LEVELS = frozenset("The Federal State Local National Central Provincial Regional".split())
_BARE_HEADS = frozenset(
    "Government Department Commission City Centre Center Corps Ministry Agency Authority "
    "Administration Council Committee Secretariat".split()
)

# The last words of an office's title, which name a person's post, not a body.
_OFFICES = frozenset(
    "Commissioner Manager Minister Secretary Director President Governor Mayor Officer Inspector "
    "Superintendent Chancellor Ambassador Spokesman Spokeswoman Spokesperson Chairman "
    "Chairwoman Chairperson CEO".split()
)
# The first words of the United Nations' programmes, which are bodies.
_UN_WORDS = frozenset(("United", "UN", "U.N.", "World", "The"))
# Heads that never name a body alone ("the Group's results", "Company officials").
_HEADS_ALONE = frozenset(("News", "Group", "Company", "Corporation", "Holdings", "Inc"))
# The last words of rules and registers, which name no body.
_RULES = frozenset("List Regulations Rules Guidelines Standards".split())
# Bodies whose name also names their licences, and what follows it in a licence's line.
_LICENSORS = frozenset(("Creative Commons",))
_LICENCE = lazy(r"\s*(?:[-–—:]\s*CC\b|Attribution[\w -]*\d)")
# A board every company has ("approved by Helixor's Board of Directors").
_ANY_COMPANYS = frozenset(("Board of Directors", "Board of Trustees"))


def drop_unnamed_bodies(orgs: dict[str, Draft]) -> None:
    """Drop the organisations named only by their level or by "The" and a head (run after
    the merges, which fold "The Commission" into the European Commission when both are
    named)."""
    for key, draft in list(orgs.items()):
        words = draft.name.split()
        if (
            (words[-1] == "Government" and _LEVELS.issuperset(words[:-1]))
            or (len(words) == 2 and words[0] == "The" and words[1] in _BARE_HEADS)
            or draft.name in _ANY_COMPANYS
            or draft.name in _HEADS_ALONE  # ("told News in English": a name's head alone)
            # rules or a register a body keeps ("the National Priorities List", "Emergency
            # Powers Regulations"), unless a known body's name ("Lloyd's List")
            or (len(words) > 1 and words[-1] in _RULES and draft.name not in KNOWN_ORGS)
            # an office: "Masaka Resident City Commissioner", "Divisional Railway Manager"
            # (not "Office of the Comptroller General", "Court of Justice")
            or (len(words) > 1 and words[-1] in _OFFICES and " of " not in draft.name)
            # a scheme, not its runner ("the Hawkers' Development Programme run by ..."),
            # unless a United Nations programme ("World Food Programme"), a known one or one
            # a body's name holds ("European Union Agency for the Space Programme")
            or (
                words[-1] in ("Programme", "Program")
                and words[0] not in _UN_WORDS
                and draft.name not in KNOWN_ORGS
                and ORG_HEADS.isdisjoint(words[:-1])
            )
        ):
            del orgs[key]


# What is said only of a company right after its name ("Zentrix said it would cut jobs").
_COMPANY_TAILS = (
    " said its ", " says its ", "'s shares", "’s shares", "'s chief executive",
    "’s chief executive", "'s board", "’s board", "'s headquarters", "’s headquarters",
    ", which makes", ", which owns",
)  # fmt: skip
# What may follow a company's name (the tails above open with one of them).
_LOOSE_TAILS = (" said", " says", "'s", "’s", ", which")


def _beside(body: str, name: str, tails: tuple[str, ...], before: str) -> bool:
    """Whether `name` + one of `tails`, or `before` + `name`, occurs in `body`: one walk over
    the name's mentions rather than a scan of the text for each."""
    at = body.find(name)
    while at >= 0:
        if body.startswith(tails, at + len(name)) or body.endswith(before, 0, at):
            return True
        at = body.find(name, at + 1)
    return False


# "X said it would cut", "X said it had agreed" (not "said it would be", "said it was": a
# thing, not X, is "it" there)
_SAID_IT_WOULD = lazy(
    r" (?:said|says) it (?:would|will|had|has|plans|expects|is planning) "
    r"(?!(?:be|been|not be|take|never)\b)[a-z]+"
)


def _family_firm(builder: Builder, person: Draft, first: str) -> bool:
    """Whether a two-word "person" with no given name in it opens with the surname of another
    person of the text, who has a given name ("Stefano Fabbri" ... "Fabbri Maglieria posted
    revenues"): a firm named after a family."""
    second = person.name.split(" ", 1)[1]
    if is_given(second, builder.given):
        return False
    return any(
        other is not person
        and other.name.rsplit(" ", 1)[-1] == first
        and is_given(other.name.split(" ", 1)[0], builder.given)
        for other in builder.people
    )


def companies_taken_for_people(builder: Builder) -> None:
    """A "person" of one word, or of two with no given name first ("Norsk Hydro"), that the
    text speaks of only as a company (no role, no given name, no fuller name; "X said it
    would", "X's shares", "shares of X", the same word typed a company elsewhere in the text,
    its first word so typed, or a family's name: `_family_firm`) is that company."""
    body = builder.body
    for person in list(builder.people):
        name = person.name
        first = name.split(" ", 1)[0]
        if (
            name.count(" ") > 1
            or person.extra
            or is_given(first, builder.given)
            or first in FAMILY_FIRST
            or any(m.count(" ") > name.count(" ") for m in person.mentions)
            or (" " in name and first[-1:] == ".")
        ):
            continue
        # ("Meridian Chipworks reports ..." and "Meridian (ticker: MCHW)": its short form)
        opens_an_org = " " in name and fold(first) in builder.orgs
        family = " " in name and _family_firm(builder, person, first)
        if not (
            opens_an_org
            or family
            or fold(name) in builder.orgs
            or _beside(body, name, _LOOSE_TAILS, "s of ")
        ):
            continue  # (none of the tests below can pass: skip them)
        if (
            opens_an_org
            or family
            # (the same word typed a company elsewhere here; not two words: "Perttu Ahola")
            or (fold(name) in builder.orgs and " " not in name)
            or _beside(body, name, _COMPANY_TAILS, "shares of ")
            or any(
                _SAID_IT_WOULD.match(body, b) for _, b in person.spans if body.startswith(" s", b)
            )
        ):
            builder.drop_person(person)
            if family:  # (the surname alone is the family's first person's: "Fabbri said")
                kin = min(
                    (p for p in builder.people if p.name.rsplit(" ", 1)[-1] == first),
                    key=lambda p: min(p.spans, default=(len(body), 0)),
                )
                for a, b in person.spans:
                    if body[a:b] != first:
                        builder.add_org(name, body[a:b], (a, b))
                    elif (a, b) not in kin.spans:
                        kin.add(first, (a, b))
                continue
            for mention, span in zip(person.mentions, person.spans, strict=False):
                builder.add_org(name, mention, span)
            for span in person.spans[len(person.mentions) :]:
                builder.add_org(name, name, span)
            if opens_an_org and fold(first) in builder.orgs:
                _fold(builder.orgs, fold(first), builder.orgs[fold(name)])


def people_opening_an_org(builder: Builder) -> None:
    """A "person" the text names only in full, with no role, whose name opens an organisation
    of the text ending in a body's word ("we expect Betsi Cadwaladr to engage" ... "Betsi
    Cadwaladr University Health Board") is that body's short form."""
    if not builder.orgs:
        return
    by_first: dict[str, list[Draft]] = {}
    for org in builder.orgs.values():
        first, _, rest = org.name.partition(" ")
        if rest and rest.rsplit(None, 1)[-1] in ORG_HEADS:
            by_first.setdefault(first, []).append(org)
    for person in list(builder.people):
        name = person.name
        if person.extra or " " not in name or any(" " not in m for m in person.mentions):
            continue
        org = next(
            (o for o in by_first.get(name.split(" ", 1)[0], ()) if o.name.startswith(name + " ")),
            None,
        )
        if org is not None:
            builder.drop_person(person)
            for mention, span in zip(person.mentions, person.spans, strict=False):
                org.add(mention, span)


def settle_orgs(builder: Builder) -> None:
    """The organisations' last passes, in order: market indexes dropped, short forms,
    reordered names, acronyms and country-prefixed names joined to their full names, and
    unnamed bodies ("the Department") and a headline's words ("World Markets") dropped."""
    orgs = builder.orgs
    drop_market_indexes(orgs, builder.body)
    merge_short_orgs(orgs)
    merge_shortened(orgs, builder.gaz)
    merge_reordered(orgs)
    merge_acronyms(orgs)
    for key, org in list(orgs.items()):  # ("KUNA" of a dateline, "Kuwait News Agency (KUNA)")
        full = fold(builder.acronyms.get(org.name, org.name))
        if full != key and full in orgs:
            _fold(orgs, key, orgs[full])
    merge_country_prefixed(orgs, builder.gaz, builder.demonym)
    drop_unnamed_bodies(orgs)
    drop_headline_orgs(orgs, builder.body)
    for key, org in list(orgs.items()):
        if " " not in org.name and org.name not in KNOWN_ORGS and builder.demonym(org.name):
            del orgs[key]  # ("Somali government spokesman ...": a people's adjective)
        elif all(m in NON_ORG_ACRONYMS for m in org.mentions):
            del orgs[key]  # ("deals with China, USMCA and Japan": a treaty, whatever the list)
        elif org.name in _LICENSORS and all(_LICENCE.match(builder.body, b) for _, b in org.spans):
            del orgs[key]  # ("Creative Commons - CC BY 3.0": a licence's name, the page's foot)
