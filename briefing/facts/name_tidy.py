"""People's names tidied once the rules have found them: ordinary words and party words cut
from the front of a name ("Businessman Don Blankenship", "Democrat Spearman"), and a people's
word alone ("the Belgian said") dropped as nobody's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.facts.demonyms import DEMONYMS
from briefing.facts.draft import Draft
from briefing.facts.headline_names import headline_names
from briefing.facts.lexicon import FAMILY_FIRST, HONORIFICS, ROLE_NOUNS
from briefing.facts.named_as import named_as
from briefing.facts.people import is_given, plain_word, word_before

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

_NAME_SUFFIXES = frozenset(("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"))
# Given names that are also ordinary words: the Malay "Nor" ("Nor Azlina Kamarudin"), never
# the conjunction inside a name.
_GIVEN_WORDS = frozenset(("Nor",))


def _unprefixed_name(draft: Draft, builder: Builder) -> str:
    """A person's name without the ordinary words that opened it in one mention: when the
    text also writes the name without them ("Democrat Rod Varney" ... "Rod Varney"), or
    when two name words are left after them ("Podcaster Spike Cohen", "Ethiopians Dejene
    Debela"); never a given name, a family name written first ("Tan Siew Lian") nor an
    initial."""
    words = draft.name.split()
    if any(
        builder.body.startswith(draft.name, a) and _titled(builder.body, a) for a, _ in draft.spans
    ):
        return draft.name  # ("Datuk Dr Nor Azlina Kamarudin": the name begins after the title)
    suffix = words[-1] in _NAME_SUFFIXES  # ("Mat Heck Jr.": "Heck Jr." is no name left)
    for n in range(1, len(words) - 1 - suffix):
        word = words[n - 1]
        if (
            is_given(word, builder.given)
            or word in FAMILY_FIRST
            or len(word) == 1  # an initial ("C S Setty")
            or word in _GIVEN_WORDS
            or not (
                plain_word(word)
                or trade_word(word)
                or word.lower().removeprefix("co-") in ROLE_NOUNS
                # ("Co-developer Jing Wang", "Vice-chancellor Ama Boateng")
                or (
                    "-" in word
                    and all(map(plain_word, word.lower().removeprefix("co-").split("-")))
                )
                or (word.endswith("s") and builder.demonym(word[:-1]))
            )
        ):
            break
        shorter = " ".join(words[n:])
        if not words[n][:1].isupper():
            break  # ("Republic of Artsakh": "of Artsakh" is nobody's name)
        if shorter in draft.mentions or (
            # ("Cascade Cold Chain said": two ordinary words are no name left)
            len(words) - n - suffix == 2 and not all(plain_word(w) for w in words[n:])
        ):
            return shorter
    return draft.name


# The endings of the nouns of trades and sciences that a report writes before a name as a
# title ("Glaciologist Maria Keller", "Volcanologist Tomas Berg", "Cinematographer ...",
# "Dietician ...", "Mountaineer ..."); not a Swedish surname's "-qvist" ("Lindqvist").
_TRADE_ENDINGS = ("ologist", "ographer", "ician", "ist", "eer")


def trade_word(word: str) -> bool:
    """Whether `word` has the shape of a trade's or a science's noun."""
    low = word.lower()
    return len(low) > 6 and low.endswith(_TRADE_ENDINGS) and not low.endswith(("qvist", "quist"))


def _local_title(person: Draft, builder: Builder) -> bool:
    """Cut a place's name and a local title from the front of a person's name when the text
    writes the title in lower case too ("Goshing Gup Kinzang Dorji" where "gups of the two
    gewogs" stands: Kinzang Dorji, Goshing's gup), and add the place."""
    words = person.name.split()
    title = words[1]
    low = title.lower()
    if (
        not title[:1].isupper()
        or is_given(title, builder.given)
        or not (low in builder.common or low + "s" in builder.common)
        or not words[0].isalpha()
        or words[0].lower() in builder.common
        or is_given(words[0], builder.given)
        or builder.demonym(words[0])
        or not is_given(words[2], builder.given)
        and len(words) > 4
    ):
        return False
    for a, b in person.spans:
        if builder.body[a:b] == person.name:
            span = (a, a + len(words[0]))
            builder.add_place(words[0], "place", words[0], span)
            builder.sure.add(span)
    person.name = " ".join(words[2:])
    person.extra = person.extra or f"{words[0]} {title}"
    return True


def _titled(body: str, start: int) -> bool:
    """Whether an honorific comes right before `start` ("Dr Nor ...", "Puan Siti ...")."""
    return word_before(body, start).lower() in HONORIFICS


def tidy_people(builder: Builder) -> None:
    """Names with ordinary words before them that the rules kept: cut them ("Businessman
    Don Blankenship"); a people's word alone is no one's name; the names a person gave
    or is known by (`named_as`)."""
    named_as(builder)
    headline_names(builder)  # ("Administrator Pruitt Updates List of ...": "Pruitt")
    for p in list(builder.people):
        first, _, rest = p.name.partition(" ")
        if first in _PARTIES and rest[:1].isupper() and " " not in rest:
            _drop_cut_words(p, [first], builder.body)  # "Democrat Spearman": Spearman
            p.name = rest
        elif p.name.count(" ") >= 3 and _local_title(p, builder):
            pass  # ("Goshing Gup Kinzang Dorji": Goshing's gup)
        elif p.name.count(" ") >= 2:
            name = _unprefixed_name(p, builder)
            if name != p.name:
                _drop_cut_words(p, p.name[: -len(name)].split(), builder.body)
                p.name = name
        elif " " not in p.name and (p.name in DEMONYMS or builder.demonym(p.name)):
            builder.drop_person(p)  # "the Belgian said", "Spaniard": an epithet, nobody's name
        if p.name in _NAME_SUFFIXES:
            builder.drop_person(p)  # ("Robert Downey, Jr., the actor": his suffix, no one)
            continue
        _comma_suffix(p, builder.body)
        last = p.name[p.name.rfind(" ") + 1 :]
        if (
            len(last) == 1
            and last.isupper()
            and all(builder.body[b : b + 1] == "." for _, b in p.spans)
        ):
            # ("Tomas R. on Thursday", "said Maria G., a resident": the initial's full stop,
            # wherever the name stands; not "Malcolm X" that a sentence's full stop follows)
            p.name += "."


# A generation's suffix set off by a comma ("Cyrus R. Vance, Jr."), kept as written.
_COMMA_SUFFIXES = (", Jr.", ", Sr.")


def _comma_suffix(person: Draft, body: str) -> None:
    """Add the suffix a comma sets off after one of the person's full names."""
    if " " not in person.name or person.name.endswith(_COMMA_SUFFIXES):
        return
    for a, b in person.spans:
        if not body.startswith(_COMMA_SUFFIXES, b) or body[a:b] != person.name:
            continue  # (the cheap test first: most names have no suffix)
        tail = next(t for t in _COMMA_SUFFIXES if body.startswith(t, b))
        if not body[b + len(tail) : b + len(tail) + 1].isalnum():
            person.name += tail
            return


_PARTIES = frozenset(("Democrat", "Republican", "Labour", "Tory", "Conservative", "Liberal"))


def _drop_cut_words(person: Draft, cut: list[str], body: str) -> None:
    """Forget the mentions of a word cut from the front of a name ("Democrat" once "Democrat
    Chuck Schumer" is "Chuck Schumer"): another "Democrat" in the text is not that person."""
    cut = [w for w in cut if w in _PARTIES or w.lower() in ROLE_NOUNS]  # (not "Rocky")
    if not any(word in person.mentions for word in cut):
        return
    person.mentions = [m for m in person.mentions if m not in cut]
    person.spans = [(a, b) for a, b in person.spans if body[a:b] not in cut]
