"""Credit lines of the article itself, whose names are no one in the story: "Reporting by
...; Editing by ...", "Photo: ...", a byline at the top, an author's note ("Write to X at ...",
"X covers energy for ..."), "(Name/AFP)", "X contributed to this report", and a transcript's
speaker labels ("Q:", "((WN))"). Used by `briefing.facts.entities`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.facts.chunks import _UP
from briefing.facts.gazetteer import load_gazetteer
from briefing.facts.lexicon import common_words, given_names

# The last word of an outlet's name ("Texas Tribune", "Harbor Courier").
OUTLET_HEADS = frozenset(
    "News Times Sports Today Post Herald Tribune Journal Courier Gazette Beacon Daily Weekly "
    "Radio TV Press Wire Monitor Observer Chronicle Standard Telegraph Mirror Star "
    # a news service or agency ("American Forces Press Service", "Anadolu Agency")
    "Service Agency".split()
)


# Credit lines of the article itself name no one in the story: "Reporting by ...; Editing by
# ...", "Photo: ...", "[Photo: ...]", "Image: ... (flickr)", "Author: ...", "Edited by: ...",
# "Photo courtesy of ...". Only where a
# line, a sentence or a bracket opens, so that "reporting by the agency showed" in running
# text is left alone.
_CREDIT = re.compile(
    r"(?:Additional reporting|Reporting|Editing|Writing|Compiled|Photos?|Photographs?|Images?|"
    r"Pictures?|Credits?|Illustration|Video|Contributing|Contributors?|Authors?|Edited|Written"
    r"|Translated|Translation|Translators?|Editors?|Edition|(?:Media |Press |Investor )?[Cc]ontacts?"
    r"|CONTACTS?|Camera|Videographers?|Producers?|Video [Ee]ditors?|Interview|Reporters?)"
    r"(?: by:?\s+(?=[A-Z])| courtesy(?: of)?:?\s+(?=[A-Z])|:)"
    r"[^\n()\[\]]*?(?=\.\s|\.$|[\n()\[\]]|$)"
)
# A byline on a line of its own near the top: "By Priya Ramaswamy and Tom Okafor", "By JANE
# DOE, Associated Press", "By: Jane Doe", "BY JANE DOE" (at most 12 words, no sentence's full
# stop), perhaps with the writer's e-mail address after a dash ("By JANE DOE — jd@ledger.org").
_BYLINE = re.compile(
    r"(?m)^(?:[Bb]y|BY):? (?=[A-Z])(?:[^\n.!?]|\b[A-Z]\.){2,120}(?: [—–-] [\w.+-]+@[\w.-]+)?$"
)
# An author's note on a line of its own: "Write to Jen Ortiz at jen@...", "Follow Jen Ortiz on
# X", "Jen Ortiz covers transport for the Ledger.", "Jen Ortiz is the Ledger's Europe
# correspondent, based in Brussels." (a name of two to four capitalised words opens it).
_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
_AUTHOR_NOTE = re.compile(
    rf"(?m)^(?:(?:Write to|Contact|E-?mail) {_NAME} at\b|Follow {_NAME} on\b"
    rf"|{_NAME} (?:covers|reports on|writes about)\b[^\n]{{0,160}}\b(?:for|at)\b"
    # ("Kelly Ng joined the Post in 2021 and covers transport.")
    rf"|{_NAME} joined (?:the )?[A-Z][^\n]{{0,60}}\band (?:covers|reports on|writes about)\b"
    # ("... is the Ledger's ...", "... is Defence Ledger's Europe correspondent")
    rf"|{_NAME} is (?:a|an|the|[A-Z][\w -]{{0,40}}?['’]s)\b[^\n]{{0,80}}\b(?:reporter|correspondent|editor|writer"
    rf"|journalist|columnist|contributor|producer)s?\b)[^\n]{{0,240}}$"
)
_NAME_RE = re.compile(_NAME)
# A writer's name and e-mail address alone on a line: "Jen Ortiz jen.ortiz@ledger.com".
_NAME_EMAIL = re.compile(rf"(?m)^[ \t]*({_NAME})[ \t]+[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*$")
_NOTE_OPENERS = ("Write to ", "Contact ", "Email ", "E-mail ", "Follow ")
# What every author's note holds (the cheap test before the pattern).
_NOTE_WORDS = ("Write to ", "Contact ", "mail ", "Follow ", " covers ", " reports on ",
               " writes about ", "reporter", "correspondent", "editor", "writer", "journalist",
               "columnist", "contributor", "producer")  # fmt: skip
# "— With assistance from Erik Wasson." (Bloomberg's closing credit)
_ASSISTANCE = re.compile(
    r"(?:[—–-]\s*)?With (?:additional )?assistance from\s+(?=[A-Z])[^\n()]*?(?=\.\s|\.$|[\n()]|$)"
)
# A closing line that credits a reporter who helped, short and alone on its line: "—With a
# report from Joey Reyes", "With reports from Ana Cruz and Tom Baird." ("With reports from
# Kabul suggesting ..., the UN said." is a sentence of the story).
_REPORT_FROM = re.compile(
    r"(?m)^[ \t]*(?:[—–-]\s*)?With (?:a report|reports|reporting|additional reporting) "
    r"(?:from|by) (?=[A-Z])[^\n().]{2,60}\.?[ \t]*$"
)
# A line in the head of the page that credits the piece's writer: "Summary of an article by
# Ana Cruz, translated from French", "A column by Tom Baird".
_WRITTEN_BY = re.compile(
    r"(?m)^[^\n.]{0,40}\b(?:article|story|report|column|piece|summary|analysis|essay) by "
    r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})(?=,|$| and )"
)
# A sentence that credits the reporters who helped: "Associated Press writer Tom Baird in
# Boston contributed to this report."
_CONTRIBUTED = re.compile(
    r"[^.!?\n]*\bcontributed(?: (?:reporting|to (?:this|the) (?:report|story|article))"
    # AFP's closing line: "– Sara Haddad in Jerusalem contributed –"
    r"|(?=\s*[–—-]?\s*$))[^.!?\n]*[.!?]?",
    re.MULTILINE,
)

# A sentence that credits who made or paid for the piece, its opening words: "This story was
# supported by the Harbor Fund, where Ana Cruz is a fellow.", "This article was produced in
# partnership with ...": the people it names made the piece (its organisations stay).
_MADE_BY = re.compile(
    r"This (?:story|article|report|reporting|investigation|piece|project) (?:was|is) (?:"
    r"(?:supported|funded|produced|reported|written|made possible|co-published|published)\b)"
)


# A photo credit as captions write it: "(Jorge Guerrero/AFP via Getty Images)", "Source: Jo
# Dale/ERR", a name, a slash and an agency (an acronym or a picture desk's word), alone in
# brackets or ending a caption's line ("(Capitol Hill Autonomous Zone/Capitol Hill Organized
# Protest)" is not one).
_SLASH_CREDIT = re.compile(
    r"(?:(?<=[(\n])|(?<=: ))[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){1,2}[ \t]?/[ \t]?(?=[^)\n]{0,40}?(?:\b[A-Z]{2,5}\b|"
    r"Reuters|Getty|Images|Shutterstock|Alamy|Bloomberg|Press|Pool|Handout|Photos?|Wire|Media"
    r"|News|Xinhua|Anadolu))[A-Z][\w&./-]*(?: (?:via )?[A-Z][\w&./-]*){0,4}(?=\)|[ \t]*(?:\n|$))"
)
# An agency's photo credit, its name after the slash: "(AP Photo/Jane Doe, File)", "(Photo/Jo
# Dale)".
_AGENCY_PHOTO = re.compile(
    r"(?:[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,2} )?Photos?/[A-Z][^)\n/]{1,60}(?=\))"
)
# A byline without "By": a line of its own in the head of the page that is only a name
# ("Sneha Iyengar"), or a name then the author's job or outlet after a comma, a middle dot or
# a bar ("Rashmi Pillai, Senior Business Reporter", "Nicole Ferreira-MacLeod · CBC News ·
# Posted: ...", "Polskie Radio English Section | PAP | Wojciech Zaremba"). A name alone on a
# line is a byline only next to a time stamp or with a reporter's job, so that a caption or a
# subheading naming someone is left alone.
_HEAD_NAME = re.compile(rf"[{_UP}][\w'’-]+(?: (?:[{_UP}][\w'’-]+|[A-Z]\.)){{1,3}}")
# The label a byline may open with: "Interview: Jonas Berg", "Text: Ana Ruiz".
_HEAD_LABEL = re.compile(r"[A-Z][a-z]+: ")
_STAMP = re.compile(
    r"\b(?:Published|Updated|Posted|Modified|Last updated)\b|\b\d{1,2}[:.]\d{2}\b"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
)
_JOB = re.compile(
    r"^(?:[A-Z][a-z]+ ){0,3}(?:Reporter|Correspondent|Editor|Writer|Journalist|Columnist"
    r"|Producer|Contributor)s?$"
)
_HEAD_SPLIT = re.compile(r"\s+[·|•]\s+|,\s+")
# A date that closes a byline's line ("Olivia Riggio Oct 8, 2020", "Ana Ruiz 8 October 2020").
_DATE_CLOSING = re.compile(
    r"\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4})$"
)
# A picture's copyright line: its owner, then who took it ("© Sputnik / Maksim Blinov").
_COPYRIGHT_BY = re.compile(
    r"©[ \t]*[^\n/]{1,60}?[ \t]*/[ \t]*([A-Z][^\n/]{1,60}?)(?=[ \t]*(?:/|\n|$))"
)
# The words `_CREDIT` opens with, each spelled out.
_CREDIT_WORDS = (
    "Video Editor", "Video Editors",  # (before "Editor", which ends at the same place)
    "Additional reporting", "Reporting", "Editing", "Writing", "Compiled", "Photo", "Photos",
    "Photograph", "Photographs", "Image", "Images", "Picture", "Pictures", "Credit", "Credits",
    "Illustration", "Video", "Contributing", "Contributor", "Contributors", "Author", "Authors",
    "Edited", "Written", "Translated", "Translation", "Translator", "Translators", "Editor",
    "Editors", "Edition", "Media Contact", "Media Contacts", "Press Contact", "Press Contacts",
    "Investor Contact", "Investor Contacts", "Media contact", "Media contacts", "Press contact",
    "Press contacts", "Investor contact", "Investor contacts", "Contact", "Contacts", "CONTACT",
    "CONTACTS", "Camera", "Videographer", "Videographers", "Producer", "Producers",
    "Video editor", "Video editors", "Interview", "Reporter", "Reporters",
)  # fmt: skip


def _credits(body: str) -> Iterator[re.Match[str]]:
    """What `_CREDIT.finditer(body)` yields, tried only where a credit word ends right before
    " by" or ":" (found with `str.find`: the pattern has no literal start, and its scan of
    the body cost ten times as much). Where two credit words end at the same place the
    longer is listed first ("Media Contact", "Contact"), so each such place is one start to
    try, leftmost first, none inside the match before."""
    starts = []
    for joint in (" by", ":", " courtesy"):
        at = body.find(joint)
        while at >= 0:
            if body.endswith(_CREDIT_WORDS, 0, at):
                word = next(w for w in _CREDIT_WORDS if body.endswith(w, 0, at))
                starts.append(at - len(word))
            at = body.find(joint, at + 1)
    last_end = 0
    for start in sorted(starts):
        if start >= last_end:
            m = _CREDIT.match(body, start)
            if m is not None:
                last_end = m.end()
                yield m


# The labels of the staff who made the piece ("Editors: Ana Lima / Rui Sousa", "Translator:
# ...", "Interview: ..."), which a transcript may use as a speaker's label too: a credit only
# when names alone follow ("Reporter: Did the minister call you?" is a question).
_STAFF_LABELS = ("Translator", "Editor", "Interview", "Reporter", "Producer")
_NAMES_ONLY = re.compile(
    r"[^:]*:(?:\s*(?:[A-ZÀ-Þ][\w'’.-]*|and|&|/|\||,|de|da|do|dos|van|von|der|al|el|bin))+\s*"
)


def _names_only(credit: str) -> bool:
    """Whether only names (and the words that join them) follow the credit's label."""
    return _NAMES_ONLY.fullmatch(credit) is not None


def credit_ranges(body: str) -> list[tuple[int, int]]:
    """Spans of credit lines ("Reporting by ...", "Image: ...", "(Name/AFP)"), where names
    are not facts."""
    out = []
    for m in _credits(body):
        start = m.start()
        before = body[max(0, start - 2) : start]
        # (after a dash ending a caption, "... six weeks. - Photo by ...", a list's bullet,
        # "• Written by ...", or glued to the caption by a scraper: "... the closureImage: ...")
        if (
            start == 0
            or before.endswith(("\n", ". ", "; ", ";", "(", "[", "- ", "— ", "– ", "• "))
            or before[-1:].islower()
        ) and (not body.startswith(_STAFF_LABELS, start) or _names_only(m.group())):
            out.append((start, _before_affiliation(body, start, m.end())))
    out.extend(_slash_credits(body))
    if "©" in body:  # ("© Sputnik / Maksim Blinov": the photographer after the owner)
        out.extend(m.span(1) for m in _COPYRIGHT_BY.finditer(body))
    if "assistance from" in body:
        out.extend(m.span() for m in _ASSISTANCE.finditer(body))
    if "With " in body and any(
        w in body for w in (" report from ", " reports from ", "ing from ", "ing by ")
    ):
        out.extend(m.span() for m in _REPORT_FROM.finditer(body))
    head = body[:800]
    if " by " in head:
        out.extend(_written_by(head))
    out.extend(_contributed(body))
    if "This " in body:
        out.extend(_made_by(body))
    if head.startswith(("By", "by", "BY")) or "\nBy" in head or "\nby" in head or "\nBY" in head:
        bylines = list(_BYLINE.finditer(body, 0, 800))
        out.extend((m.start(), _before_affiliation(body, m.start(), m.end())) for m in bylines)
        out.extend(_authors_below(body, bylines))
    out.extend(_bare_bylines(body))
    if "@" in body:
        out.extend(m.span(1) for m in _NAME_EMAIL.finditer(body))
    out.extend(_job_lines(body))
    out.extend(_listed_bylines(body))
    # (below the story: in its second half, and no one is quoted or said to speak there)
    half = len(body) // 2
    notes = [
        m for m in _author_notes(body, half) if " said" not in m.group() and '"' not in m.group()
    ]
    if notes and any(body.find(word, half) >= 0 for word in _NOTE_WORDS):
        # (only the name: the places and the outlet the note names are the story's too,
        # "X is the Ledger's Europe correspondent, based in Stockholm")
        out.extend(
            _NAME_RE.search(body, m.start(), m.end()).span()  # type: ignore[union-attr]
            for m in notes
        )
    out.sort()
    return out


def _written_by(head: str) -> Iterator[tuple[int, int]]:
    """Spans of the writers' names on `_WRITTEN_BY` lines of the head: short lines without a
    sentence's full stop ("A report by Senator Jo Dale, out on Monday, found ..." is the
    story's)."""
    for m in _WRITTEN_BY.finditer(head):
        end = head.find("\n", m.end())
        line = head[m.start() : len(head) if end < 0 else end].rstrip()
        if len(line) <= 120 and not line.endswith(".") and _a_persons_name(m.group(1)):
            yield m.span(1)


def _authors_below(body: str, bylines: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """The byline's names where they stand again in the second half of the body, where the
    authors' own note is ("Jo Dale is a senior fellow at ...", "Contact Jo Dale at ... and
    Ann Roe at ...")."""
    tail = len(body) // 2
    for byline in bylines:
        for m in _NAME_RE.finditer(body, byline.start() + 3, byline.end()):
            name = m.group()
            if not _a_persons_name(name):
                continue
            at = body.find(name, tail)
            while at >= 0:
                if not body[at + len(name) : at + len(name) + 1].isalpha():
                    yield at, at + len(name)
                at = body.find(name, at + 1)


def _author_notes(body: str, half: int) -> Iterator[re.Match[str]]:
    """What `_AUTHOR_NOTE.finditer(body, half)` yields, tried only where a line opens (its
    `^`) from `half` on: a handful of lines, where the note words, looked for first, cost
    fifteen scans of half the text in every article. (A note never spans a line break, so
    no match holds the next line's start.)"""
    at = 0 if half == 0 else body.find("\n", half - 1) + 1
    while at > 0 or (at == 0 and half == 0):
        # (a note opens with one of its verbs or a name of two capitalised words: the first
        # space is then followed by a capital, the cheap test before the pattern)
        space = body.find(" ", at)
        if "A" <= body[space + 1 : space + 2] <= "Z" or body.startswith(_NOTE_OPENERS, at):
            m = _AUTHOR_NOTE.match(body, at)
            if m is not None:
                yield m
        nl = body.find("\n", at)
        if nl < 0:
            return
        at = nl + 1


# The words of an institution that a byline names as its writer's affiliation ("Written by Jo
# Dale, Senior Fellow, Harbor University"), which the story's organisations hold.
_INSTITUTIONS = ("University", "College", "Institute", "Institution", "School", "Academy",
                 "Centre", "Center", "Foundation", "Hospital")  # fmt: skip


def _before_affiliation(body: str, start: int, end: int) -> int:
    """Where the credit line `body[start:end]` ends before its last comma's part when that
    names an institution (the writer's affiliation), else `end`."""
    comma = body.rfind(", ", start, end)
    if comma < 0:
        return end
    part = body[comma + 2 : end].split()
    return comma if any(w in _INSTITUTIONS for w in part) and part[0][:1].isupper() else end


def _made_by(body: str) -> Iterator[tuple[int, int]]:
    """Spans of the persons' names in `_MADE_BY` sentences that open a line or follow one."""
    at = body.find("This ")
    while at >= 0:
        if (at == 0 or body[at - 1] in "\n ") and _MADE_BY.match(body, at) is not None:
            end = min(e for e in (body.find(". ", at), body.find("\n", at), len(body)) if e >= 0)
            for m in _NAME_RE.finditer(body, at + 5, end):
                if _a_persons_name(m.group()):
                    yield m.span()
        at = body.find("This ", at + 1)


def _slash_credits(body: str) -> Iterator[tuple[int, int]]:
    """`_SLASH_CREDIT`'s matches (and in brackets `_AGENCY_PHOTO`'s), tried only from the
    bracket, line start or label's colon before each "/" (scanned over the whole body, its
    look-behind was tried at every character)."""
    tried = -1
    at = body.find("/")
    while at >= 0:
        lo = max(0, at - 60)
        start = max(body.rfind("(", lo, at), body.rfind("\n", lo, at))
        colon = body.rfind(": ", lo, at)  # ("Source: Kert Põder/ERR")
        start = colon + 1 if colon >= start else start
        if start >= 0 and start + 1 > tried:
            tried = start + 1
            m = _SLASH_CREDIT.match(body, start + 1)
            if m is None and body[start] == "(":
                m = _AGENCY_PHOTO.match(body, start + 1)
            if m is not None:
                yield m.span()
        at = body.find("/", at + 1)


def _contributed(body: str) -> Iterator[tuple[int, int]]:
    """Sentences that credit helping reporters ("... contributed to this report."), found
    from each "contributed" back to its sentence's start (a pattern opening with a run of
    any characters was tried from every character of every sentence)."""
    at = body.find("contributed")
    done = 0  # (the match of an earlier "contributed" may hold this one)
    while at >= 0:
        start = max(body.rfind(c, 0, at) for c in ".!?\n") + 1
        m = _CONTRIBUTED.match(body, start) if at >= done else None
        if m is not None and m.end() > at:
            done = m.end()
            first = start + len(m.group()) - len(m.group().lstrip())
            if first == 0 or body[max(0, first - 2) : first].endswith(("\n", ". ")):
                yield first, m.end()
        at = body.find("contributed", at + 1)


# A line below the head that opens with two names and a comma between ("Ibrahim Ahmed, Anne").
_NAMES_LINE = re.compile(r"\n[ \t]*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}, [A-Z]")


def _bare_bylines(body: str) -> list[tuple[int, int]]:
    """Spans of `_HEAD_NAME` bylines in the first lines after the headline, and of the same
    name in the last fifth of the body (the author's own: "contact Devika Raman-Holt securely
    on Signal")."""
    if "\n" not in body:
        return []
    lines = body[: min(len(body), 700)].split("\n")
    head = len(lines)
    # (below the head, only a line that opens with a list of names: found by a pattern that
    # opens with its line break, which the engine skips to)
    below = [m.start() + 1 for m in _NAMES_LINE.finditer(body, len(body[:700]))]
    if below:
        lines = body.split("\n")
    names: set[str] = set()
    out = []
    for i, line in enumerate(lines):
        if i >= head and ", " not in line:
            continue
        line = line.strip()  # (an indented page: "    Edward Yeranian")
        # (one bulleted line of its own, "• Adam Phillips", is the page's list of authors;
        # not a bulleted list of topics or links)
        bullet = line.startswith("• ") and not any(
            lines[j].lstrip().startswith("•") for j in (i - 1, i + 1) if 0 <= j < len(lines)
        )
        line = line[2:] if bullet else line
        if i == 0 or len(line) > 140 or not line[:1].isupper() or line.endswith((".", '"')):
            continue
        dated = _DATE_CLOSING.search(line) if i < head else None
        line = line[: dated.start()] if dated is not None else line
        parts = _HEAD_SPLIT.split(line.strip())
        # (below the head, only a line of names alone, two or more: a byline under a gallery's
        # captions, "Ibrahim Ahmed, Anne Look")
        if i >= head and not all(_HEAD_NAME.fullmatch(part) for part in parts):
            continue
        stamped = None  # (asked at the line's first name, unless a job follows: most lines
        for k, part in enumerate(parts):  # hold no name, and the stamp's tests cost most)
            label = _HEAD_LABEL.match(part) if k == 0 else None
            part = part[label.end() :] if label is not None else part
            if _HEAD_NAME.fullmatch(part) is None:
                continue
            job = k + 1 < len(parts) and _JOB.match(parts[k + 1]) is not None
            if stamped is None and not job:  # (or an outlet alone below: "Texas Tribune")
                near = [line] + [lines[j] for j in (i - 1, i - 2, i + 1) if 0 < j < len(lines)]
                outlet = i + 1 < len(lines) and _outlet_line(lines[i + 1])
                stamped = bullet or outlet or dated is not None or any(map(_STAMP.search, near))
            # (a host's name in capitals, "LEILA MARCHETTI, HOST:", speaks in a transcript)
            if (job or stamped) and _a_persons_name(part) and part.upper() not in body:
                names.add(part)
    # (the head line's mention, then those in the last fifth, where an author's note stands:
    # an outlet's name on a head line may be a source in the story, "told Al-Masry Al-Youm")
    tail = len(body) * 4 // 5
    for name in names:
        at = body.find(name)
        while at >= 0:
            if not body[at + len(name) : at + len(name) + 1].isalpha():
                out.append((at, at + len(name)))
            at = body.find(name, max(at + 1, tail))
    return out


def _outlet_line(line: str) -> bool:
    """Whether a line is an outlet's name alone: two to four capitalised words, the last an
    outlet's ("Texas Tribune", "The Harbor Courier")."""
    words = line.strip().removeprefix("The ").split()
    return (
        2 <= len(words) <= 4 and words[-1] in OUTLET_HEADS and all(w[:1].isupper() for w in words)
    )


# The authors listed in the head of a page without "By" or a stamp: a bulleted name ("• Dan
# Reyes"), or several names with commas or "and" between them ("Ann Roe, Dan ReyesJo Dale",
# glued by the scraper).
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")
_BULLETS = ("•", "·", "*")


def _job_lines(body: str) -> Iterator[tuple[int, int]]:
    """Spans of the lines in the head of `body` that are a byline's job alone, its writer
    unnamed: "Our Staff Correspondent", "By Court Reporter", "Motorsports Writer"."""
    at = 0
    for line in body[:700].split("\n"):
        text = line.strip()
        job = text.removeprefix("By ").removeprefix("by ").removeprefix("Our ")
        if job and len(job) < 40 and _JOB.match(job) is not None:
            start = body.find(text, at)
            yield start, start + len(text)
        at += len(line) + 1


def _listed_bylines(body: str) -> list[tuple[int, int]]:
    """Spans of the lines in the head of `body` (above its first paragraph) that list only its
    authors: a bulleted name or two names or more, each a person's, whose surnames the page
    writes nowhere else but in a photo credit ("(Dan Reyes/VOA)")."""
    out = []
    at = 0
    while at < min(len(body), 3000):
        end = body.find("\n", at)
        end = len(body) if end < 0 else end
        line = body[at:end].strip()
        bullet = line.startswith(_BULLETS)
        line = line.lstrip("".join(_BULLETS) + " ")
        if line.endswith((".", '."', ".”")) and line.count(" ") >= 11 and not bullet:
            break  # (the story's first paragraph; a bulleted one is a caption)
        parts = _LIST_SPLIT.split(line) if 4 < len(line) < 120 else []
        if (
            (bullet and parts or len(parts) > 1)
            and all(_HEAD_NAME.fullmatch(part) and _a_persons_name(part) for part in parts)
            and not any(_named_again(body, part.rsplit(None, 1)[-1]) for part in parts)
        ):
            start = body.find(line, at, end)
            out.append((start, start + len(line)))
        at = end + 1
    return out


def _named_again(body: str, surname: str) -> bool:
    """Whether `body` writes `surname` twice or more, a photo credit's "Reyes/" aside."""
    count = 0
    at = body.find(surname)
    while at >= 0:
        count += not body.startswith("/", at + len(surname))
        at = body.find(surname, at + 1)
    return count > 1


def _a_persons_name(name: str) -> bool:
    """A head line's name that reads as a person's: no known place ("Cape Town, May 28"), no
    word in capitals, and a given name first or no ordinary word in it ("Capitol News
    Illinois" is an outlet)."""
    if load_gazetteer().get(name) is not None:
        return False
    words = name.split()
    if any(w.isupper() for w in words):
        return False  # ("NHK WORLD-JAPAN")
    return words[0] in given_names() or not any(w.lower() in common_words() for w in words)
