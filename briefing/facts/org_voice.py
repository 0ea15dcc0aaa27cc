"""When an organisation's name with a noun after it is the organisation itself speaking.

"His Velta Racing team said", "the Brightwater club said", "the Acme company said": the noun
names what the organisation is, so the organisation speaks. Nouns that may name a second body
beside it ("the Ford union", "the BBC studio") are left out. And the organisation whose voice
("a Real Madrid spokesperson") a sentence gives, which "the spokesperson" after it stands for,
and the one a sentence asks for comment ("We reached out to Acme. A spokesperson said"); and
whether a sentence about one organisation names a rival one ("Ofwat fined Thames Water").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.lazy_re import lazy
from briefing.facts.phrases import APPOSITIVE
from briefing.facts.speech import MEDIA

if TYPE_CHECKING:
    from briefing.facts.attribution import Attributor

SELF_NOUNS = frozenset(
    "team club party company firm group campaign agency ministry newspaper website".split()
)


# A document an organisation writes in its own voice ("the Acme statement said"); an outlet's
# report gives others' words (issue 13), its analysis or editorial its own view.
_OWN_DOCUMENTS = frozenset("statement report analysis release letter editorial".split())
_OUTLETS_OWN = frozenset(("analysis", "editorial"))


def org_itself(kind: str, suffix: str, name: str = "") -> bool:
    """Whether `suffix`, the text after an organisation's name in a subject phrase, is one
    noun saying what the organisation is ("team", "club") or a document it wrote in its own
    voice ("statement", "report"; of an outlet, its "analysis" or "editorial" only)."""
    words = suffix.split()
    if kind != "org" or len(words) != 1:
        return False
    noun = words[0].lower()
    if noun in _OWN_DOCUMENTS:
        return noun in _OUTLETS_OWN or MEDIA.search(name) is None
    return noun in SELF_NOUNS


def voiced_before(att: Attributor, sentence: tuple[int, int], head: str) -> str | None:
    """`..., a Real Madrid spokesperson told Marca. "...," the spokesperson said`: the one
    organisation the sentence gives a voice called `head`, right after its name ("Acme
    spokesperson", "Acme's spokesperson") or before it ("a spokesperson for Acme"); the
    sentence naming no person; or "the office" for an office named as the sentence's subject."""
    if head == "office":
        # "The Met Office says ... "...," the office said": an office is a body's own name
        found = att.subject(*sentence)
        if found is not None and found[1] == "org" and found[0].lower().endswith(" office"):
            return found[0]
    body, names = att.body, set()
    after = re.compile(rf"(?:[’']s)?\s+(?:press\s+)?{head}\b", re.IGNORECASE)
    before = re.compile(rf"\b{head}\s+(?:for|of|at|from)\s+(?:the\s+)?$", re.IGNORECASE)
    for m in att.mentions_in(*sentence):
        if m[2] == "person":
            return None
        if m[2] == "org" and (
            after.match(body, m[1], sentence[1]) or before.search(body, sentence[0], m[0])
        ):
            names.add(m[3])
    return names.pop() if len(names) == 1 else None


# A sentence that asks an organisation for comment.
_CONTACTED = lazy(
    r"\b(?:reached\s+out\s+to|contacted|approached|for\s+comment|did\s+not\s+(?:immediately\s+)?"
    r"respond|declined\s+to\s+comment)\b"
)


def addressed_before(att: Attributor, sentence: tuple[int, int]) -> str | None:
    """`We reached out to Acme. A spokesperson sent us a statement`: the one organisation a
    sentence asking for comment names (no person, no other body; an outlet is not one)."""
    if _CONTACTED.search(att.body, *sentence) is None:
        return None
    names = set()
    for m in att.mentions_in(*sentence):
        if m[2] == "person":
            return None
        if m[2] == "org" and not MEDIA.search(m[3]):
            names.add(m[3])
    return names.pop() if len(names) == 1 else None


_EXAMPLE_BEFORE = lazy(r"\b(?:such\s+as|including)\s+(?:the\s+)?$")


def named_as_example(body: str, start: int) -> bool:
    """Whether the name at `start` is given as an example ("lenders such as Celsius"): no
    rival of the organisation a sentence is about, nor what "the company" stands for."""
    return _EXAMPLE_BEFORE.search(body, max(0, start - 12), start) is not None


_WHICH_CLAUSE = lazy(r",\s*which\s[^,;:.]{1,200},")


def org_rival(att: Attributor, sentence: tuple[int, int], name: str) -> bool:
    """Whether a sentence whose subject is the organisation `name` names another one
    after the subject and its appositive ("Ofwat fined Thames Water"; not "Crestline, a
    subsidiary of Harmon Group, said", nor an example: "lenders such as Celsius")."""
    mentions = att.mentions_in(*sentence)
    own = [m for m in mentions if att.same(m, name)]
    if not own:
        return False
    after = own[0][1]
    appositive = APPOSITIVE.match(att.body, after, sentence[1]) or _WHICH_CLAUSE.match(
        att.body, after, sentence[1]
    )  # (a relative clause of any length: "Acme, which runs the Y plant for Z, said")
    if appositive is not None:
        after = appositive.end()
    return any(
        m[2] == "org"
        and m[0] >= after
        and not att.same(m, name)
        and not MEDIA.search(m[3])
        and not named_as_example(att.body, m[0])
        for m in mentions
    )
