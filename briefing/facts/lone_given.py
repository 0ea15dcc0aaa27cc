"""A person named by one word that opens the full name the classifier found ("Mehwish Ali of
Karachi lost ... Mehwish, who won ..."): one person. The rules link a lone word to a full
name they found themselves; a full name the classifier adds comes too late for that. Used
by `briefing.facts.model_passes`."""

from __future__ import annotations

from briefing.facts.builder import Builder
from briefing.facts.draft import Draft


def join_lone_first_words(builder: Builder) -> None:
    """Fold each one-word person into the one person of several words whose name opens with
    that word ("Mehwish" into "Mehwish Ali", "Tang" into "Tang Xiaolin"); a word that opens
    two such names ("Kim" of "Kim Jong Un" and "Kim Yo Jong"), or that ends one, is left."""
    people = builder.people
    lone = [p for p in people if " " not in p.name]
    if not lone:
        return
    openers: dict[str, list[Draft]] = {}
    closers: set[str] = set()
    for person in people:
        words = person.name.split()
        if len(words) > 1:
            openers.setdefault(words[0], []).append(person)
            closers.add(words[-1])
    for person in lone:
        owners = openers.get(person.name)
        if owners is None or len(owners) != 1 or person.name in closers:
            continue
        (owner,) = owners
        builder.drop_person(person)
        for a, b in person.spans:
            owner.add(builder.body[a:b], (a, b))
            builder.index_mention(owner, a)
        owner.extra = owner.extra or person.extra
