"""Runs that hold a role and a name or body around it: a barrister's rank after a name
("Judge Michael Chambers KC") and a role whose holder is named apart ("Fianna Fáil TD for
Limerick, Declan Moroney", "Nationals MP for Oxley"), an office before the run ("Minister" of
"State for Transport Lim Kok Wah") and a body's head before a name ("Refugee Council Enver
Solomon"). A mixin of `builder.Builder`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.facts.chunks import Chunk, split_chunk
from briefing.facts.lexicon import (
    FAMILY_FIRST,
    HONORIFICS,
    KNOWN_ORGS,
    ROLE_NOUNS,
    SURNAME_SITES,
    TITLE_WORDS,
)
from briefing.facts.people import TITLE_OPENERS, is_given, plain_word

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# Last words of a body's name that a person's name may follow in one run.
_BODY_HEADS = frozenset(
    "Council Committee Commission Federation Association Union Institute Foundation Agency "
    "Authority Society Trust Board Group Company Corporation Inc Ltd plc Bank Party".split()
)


class TitledRuns:
    """Runs around a role (mixed into `builder.Builder`)."""

    def counsel(self: Builder, chunk: Chunk, words: list[str]) -> bool:
        """ "Catrin Morgan KC", "Judge Michael Chambers KC": a barrister's rank after a name
        makes a person, whatever the classifier thinks; a title before the name is the role
        ("Prosecutor Ada Lind KC" opening a sentence: the role in the run), and a name after
        one may open with a city's name ("Judge Norwich Hall KC")."""
        lead = 0
        while lead < len(words) - 3 and words[lead].lower() in ROLE_NOUNS:
            lead += 1
        titled = lead > 0 or self.role_before(chunk.start) is not None
        if not self.name_like(words[lead:-1], titled):
            return False
        if lead:
            role, chunk = split_chunk(chunk, lead)
            if chunk is None:
                return False
            words = words[lead:]
        name, _ = split_chunk(chunk, len(words) - 1)
        if name is None:
            return False
        if not (titled and words[-2] in SURNAME_SITES):  # (else read as a site: "Norwich Hall")
            self.handle(name)
        found = False
        for person in self.people:
            for span in person.spans:
                if span[1] == name.end:
                    found = True
                    self.sure.add(span)
        if not found:
            self.add_person(name, self.role_before(chunk.start) or self.role_after(chunk.end))
            self.sure.add((name.start, name.end))
        return True

    def role_named_apart(self: Builder, chunk: Chunk, words: list[str], text: str) -> bool:
        """A run that ends in a role whose holder is named apart ("Fianna Fáil TD for
        Limerick City, Declan Moroney", "A Labour spokesman said", "US President" before a
        lower-case word) names the body or country before the role; not a name that ends in
        a role word ("Michel Mayor", "John Major", "Jong Woo Son"), an honorific ("Mr. Chief
        Justice") or an ordinary word ("Best Actor")."""
        first = words[0]
        if (
            first.lower() in ROLE_NOUNS
            or " of " in text
            or first.lower() in HONORIFICS
            or self.body[chunk.end + 1 : chunk.end + 2].isupper()
            or is_given(first, self.given)
            or first in FAMILY_FIRST
            or not (text[: text.rfind(" ")] in KNOWN_ORGS or not plain_word(first))
            or first.lower() in self.common  # (last: a scan of the text for a new word)
        ):
            return False
        self.prefix_entities(chunk, words, len(words) - 1)
        return True

    def after_office_of(self: Builder, start: int) -> str:
        """The title the run follows with "of" ("Minister" of "State for Transport ..."), or
        an empty string."""
        if not self.body.endswith(" of ", 0, start):
            return ""
        before = self.body[max(0, start - 40) : start - 4].split()
        n = len(before)
        if not (n and before[-1].lower() in TITLE_WORDS):
            return ""
        n -= 1
        while n and before[n - 1] in TITLE_OPENERS:
            n -= 1  # "Prime Minister", "Senior Minister", "First Secretary"
        return " ".join(before[n:])

    def body_then_name(self: Builder, words: list[str], i: int) -> bool:
        """ "Refugee Council Enver Solomon": a body by its head word, then two words of a
        name that are no English words (not "United Arab Emirates", "Air Force James")."""
        return (
            i >= 2
            and len(words) - i == 2
            and words[i - 1] in _BODY_HEADS
            and not any(w.lower() in self.common or plain_word(w) for w in words[i:])
        )
