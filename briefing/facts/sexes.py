"""A person's sex as the text shows it, for a quotation's speaker: a given name, an
honorific or a sexed noun before the name ("Mrs", "spokeswoman"), "X said she ...", or a
quote already given to that person through "he" or "she"; and the quote whose words speak of
somebody of the other sex. A mixin of `briefing.facts.attribution.Attributor`, which supplies
the text, its mentions and its sentences."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ROLE_NOUNS
from briefing.facts.phrases import WORD
from briefing.facts.speech import PRONOUNS, name_gender, word_gender

Mention = tuple[int, int, str, str]
# Words of the other sex than "he" or "she", inside a quotation.
_OTHER_SEX = {
    "he": lazy(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
    "she": lazy(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b"),
}
# Determiners that bring a new person into a quote ("a rider", "every farmer", "my son").
_BRINGS_IN = frozenset("a an every each any one my our your".split())
# The object and possessive forms of "he" and "she".
OBJECT_OF = {
    "him": "he",
    "his": "he",
    "himself": "he",
    "her": "she",
    "hers": "she",
    "herself": "she",
}
# "X said she hoped", "X, 67, told reporters he ...", "X, 47, a farmer, said she": the
# subject's own sex, in the clause it reports (after its appositive; "told her" is an object, so "told" takes a listener first).
_SAYS_SEXED = lazy(
    r"(?:\s*,[^,.;:\"“”]{1,100}(?:,[^,.;:\"“”]{1,60}){0,2},)?\s+(?:also\s+)?(?:said|says|added|adds|stated|states"
    r"|explained|explains|told\s+(?:reporters|journalists|[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?))"
    r"\s+(?:that\s+)?([Hh]e|[Ss]he)\b"
)

# A source the text does not name, and says so ("who asked not to be identified", "on
# condition of anonymity"): whom a "he" or "she" right after it stands for.
_ANONYMOUS = lazy(
    r"\b(?:asked|wished|wanted|requested|declined|refused|did\s+not\s+want|does\s+not\s+want"
    r"|didn't\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
    r"|\b(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|\bspeaking\s+anonymously"
)
_ANONYMOUS_WORDS = ("named", "identified", "anonym")


def anonymous(body: str, lo: int, hi: int) -> bool:
    """Whether body[lo:hi] says a source is left unnamed (an `in` test first: most
    sentences hold none of its words)."""
    window = body[lo:hi]
    if not any(word in window for word in _ANONYMOUS_WORDS):
        return False
    return _ANONYMOUS.search(window) is not None


class Sexes:
    """Who is a man or a woman, for an `Attributor`."""

    body: str
    mentions: list[Mention]
    previous: tuple[str, str, int] | None
    _genders: dict[str, str | None]

    # Supplied by Attributor.
    def mentions_in(self, lo: int, hi: int) -> list[Mention]: ...  # pragma: no cover
    def previous_sentence(self, lo: int) -> tuple[int, int] | None: ...  # pragma: no cover
    def sentence(self, pos: int) -> tuple[int, int]: ...  # pragma: no cover
    def kind_of(self, name: str) -> str: ...  # pragma: no cover

    def gender(self, name: str) -> str | None:
        """ "m"/"f" when the text or a given name shows the person's sex, else None."""
        if name in self._genders:
            return self._genders[name]
        seen: set[str] = set()
        first = name.split()[0] if name.split() else ""
        by_name = name_gender(first)
        if by_name:
            seen.add(by_name)
        for start, end, _kind, other in self.mentions:
            if other != name:
                continue
            before = self.body[max(0, start - 40) : start].split()
            for word in before[-3:]:
                g = word_gender(word.strip(",.").lower())
                if g:
                    seen.add(g)
            says = _SAYS_SEXED.match(self.body, end)
            if says is not None and not any(
                m[2] == "person" for m in self.mentions_in(end, says.start(1))
            ):
                seen.add(PRONOUNS[says.group(1).lower()])  # "X said she hoped ..."
        result = seen.pop() if len(seen) == 1 else None
        self._genders[name] = result
        return result

    def note_pronoun(self, name: str, pronoun: str) -> None:
        """A quote attributed to `name` through "he" or "she": the text has shown that
        person's sex, so a later pronoun of the other sex is somebody else."""
        sex = PRONOUNS.get(pronoun.strip().lower())
        if sex in ("m", "f") and self.kind_of(name) == "person" and self.gender(name) is None:
            self._genders[name] = sex

    def _other_sex_inside(self, pronoun: str, name: str, quote: tuple[int, int]) -> bool:
        """`X resigned. "Her departure is a loss," he said`: with X's sex unknown and X not
        the speaker of the quote before, a quote that speaks of somebody of the other sex than
        "he" or "she" may be about X."""
        other = _OTHER_SEX.get(pronoun)
        if other is None or self.gender(name) is not None:
            return False
        if self.previous is not None and self.previous[0] == name:
            return False  # the one speaking already goes on ("She explained, "He ..."")
        found = other.search(self.body, quote[0], quote[1])
        if found is None:
            return False
        # `"... saves a rider money. It goes back to his family," she said`: a person the
        # quote itself brings in first ("a rider", "my husband"; not "the minister", who may
        # be X) is whom its pronoun stands for.
        words = [w.lower() for w in WORD.findall(self.body, quote[0], found.start())]
        for k, w in enumerate(words):
            person = w in ROLE_NOUNS or w.endswith("s") and w[:-1] in ROLE_NOUNS or word_gender(w)
            if person and _BRINGS_IN.intersection(words[max(0, k - 2) : k]):
                return False  # (one adjective between: "a young rider")
        # "X, whose son was ill, said ... . "He had a fever," she said": the sentence before
        # speaks of somebody of that other sex, whom the quote is about.
        prev = self.previous_sentence(self.sentence(quote[0])[0])
        if prev is None:
            return True
        sex = "f" if pronoun == "he" else "m"
        return not any(
            word_gender(w) == sex or PRONOUNS.get(OBJECT_OF.get(w, w)) == sex
            for w in (w.lower() for w in WORD.findall(self.body, prev[0], prev[1]))
        )
