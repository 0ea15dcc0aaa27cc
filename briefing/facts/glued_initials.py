"""Names written with the initial against them, as Mongolian outlets write a patronymic's
initial before the given name ("Minister J.Enkhbayar said", "Herder B.Munkhbat"): the word
is the person's whole name, and the words of its run before it are the role."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.chunks import Chunk, split_chunk
from briefing.facts.lexicon import ROLE_NOUNS, TITLE_WORDS

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# The whole word, as `names.GLUED_INITIAL` reads it in a run (not "U.S.", "St.Petersburg").
_GLUED = re.compile(r"[A-Z](?:(?<=[TCSKZ])[sh])?\.[A-Z][a-z]{3,}[\w’'-]*$")


def glued_name(builder: Builder, chunk: Chunk) -> bool:
    """Record the run's last word as a person when it is a name with its initial glued on,
    and hand the words before it (an office, a body: "Head of NAMEM") to the rules; a lone
    title or trade before it ("Minister", "Herder") is only the person's role."""
    a, b = chunk.words[-1]
    if builder.body[a + 1 : a + 3].find(".") == -1 or _GLUED.match(builder.body, a, b) is None:
        return False
    left, name = split_chunk(chunk, len(chunk.words) - 1)
    role = None
    if left is not None:
        word = builder.body[left.start : left.end]
        low = word.lower()
        if len(left.words) == 1 and (
            low in TITLE_WORDS or low in ROLE_NOUNS or left.sentence_start
        ):
            role = word
        else:
            builder.handle(left)
    if name is not None:
        builder.add_person(name, role)
        builder.sure.add((name.start, name.end))
    return True
