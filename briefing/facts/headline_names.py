"""Names read in a line written in title case, where every word is capitalised: the ordinary
words a name's run went on with there are no part of it ("Administrator Pruitt Updates List
of Superfund Sites", "Jump in Seizures at West Texas Ports", "New York's Historic Federal
Hall"), and ordinary words alone name no place ("Dollar at New Low"). Used by
`briefing.facts.name_tidy` and `briefing.facts.entities`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.facts.draft import Draft
from briefing.facts.names import fold, name_parts
from briefing.facts.people import is_given, plain_word

if TYPE_CHECKING:
    from briefing.facts.builder import Builder


def _title_case_line(body: str, at: int) -> bool:
    """Whether the line around `at` is in title case: four words or more, no full stop at
    its end, and every word of four letters or more capitalised (not a caption's "Sabine Wren
    from Star Wars")."""
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    line = body[start : end if end >= 0 else len(body)].rstrip()
    if line.endswith((".", '."', ".”")):
        return False
    words = [w for w in line.split() if len(w) > 3]
    if len(words) < 4:
        return False
    return all(w[0].isupper() for w in words)


def headline_names(builder: Builder) -> None:
    """Cut the ordinary words that end the name of a person named only in title-case lines;
    forget the person when what is left is a place or another person's name part."""
    body = builder.body
    for person in list(builder.people):
        words = person.name.split()
        if len(words) < 2 or not plain_word(words[-1]) or is_given(words[-1], builder.given):
            continue  # (the cheap test first: most names end in no ordinary word)
        full = [a for a, b in person.spans if b - a >= len(person.name)]
        if not full or not all(_title_case_line(body, a) for a in full):
            continue  # (a surname alone elsewhere may have been taken for theirs: "Texas")
        k = len(words) - 1
        while k > 1 and _ordinary(words[k - 1], builder):
            k -= 1
        _rename(builder, person, " ".join(words[:k]))


def _ordinary(word: str, builder: Builder) -> bool:
    """An ordinary word or its possessive ("Wins", "Men's"), not a given name."""
    bare = word[:-2] if word.endswith(("'s", "’s")) else word
    return plain_word(bare) and not is_given(bare, builder.given)


def _rename(builder: Builder, person: Draft, name: str) -> None:
    """`person` as `name`, or forgotten when `name` is a place, someone else's name or part
    of it."""
    if builder.gaz.get(name) is not None or any(
        other is not person and (name == other.name or name in name_parts(other.name))
        for other in builder.people
    ):
        builder.drop_person(person)
        return
    person.name = name


def headline_places(builder: Builder) -> None:
    """Places named only in title-case lines: forget one of ordinary words alone that the
    gazetteer does not know ("New Low", "Presidential Palace"), and name one by its mention
    without the ordinary word that opens it ("Historic Federal Hall" is "Federal Hall")."""
    body = builder.body
    for key, place in list(builder.places.items()):
        words = place.name.split()
        if not plain_word(words[0]):
            continue  # (the cheap test first: most places open with a word of their own)
        full = [a for a, b in place.spans if body[a:b] == place.name]
        if not full or not all(_title_case_line(body, a) for a in full):
            continue
        rest = " ".join(words[1:])
        if rest and rest in place.mentions:
            place.name = rest
            builder.places[fold(rest)] = builder.places.pop(key)
        elif all(map(plain_word, words)) and builder.gaz.get(place.name) is None:
            del builder.places[key]
