"""A person named by the first words of another's full name ("Mehwish Ali of Karachi lost ...
Mehwish, who won ...", "Ratu Josefa Nailatikau ... Ratu Josefa said"): one person. The rules
link a lone surname to the full name; a full name the classifier adds comes too late for
them, and a style with a given name is no surname. Used by `briefing.facts.model_passes`."""

from __future__ import annotations

from briefing.facts.builder import Builder
from briefing.facts.draft import Draft


def join_lone_first_words(builder: Builder) -> None:
    """Fold each person whose name opens the name of one longer person into that person: a
    word ("Mehwish" into "Mehwish Ali", "Tang" into "Tang Xiaolin") or a style and a given
    name ("Ratu Josefa" into "Ratu Josefa Nailatikau"). A name that opens two longer ones
    ("Kim" of "Kim Jong Un" and "Kim Yo Jong"), or a word that ends one, is left."""
    people = builder.people
    if len(people) < 2:
        return
    openers: dict[str, list[Draft]] = {}
    closers: set[str] = set()
    for person in people:
        words = person.name.split()
        for n in range(1, len(words)):
            openers.setdefault(" ".join(words[:n]), []).append(person)
        if len(words) > 1:
            closers.add(words[-1])
    for person in list(people):
        owners = openers.get(person.name)
        if owners is None or len(owners) != 1 or person.name in closers:
            continue
        (owner,) = owners
        if owner not in builder.people:
            continue
        builder.drop_person(person)
        for a, b in person.spans:
            owner.add(builder.body[a:b], (a, b))
            builder.index_mention(owner, a)
        owner.extra = owner.extra or person.extra
