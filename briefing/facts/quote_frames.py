"""The frames of a quotation's sentence that name who spoke it: the phrase after the quote
(`"...," X said`, `"...," said X, the ...`, `according to X`, `"..." X said.`) and the clause
before it (`X said: "..."`, `X told reporters "..."`, `X ..., saying "..."`, `Y quoted X as
saying "..."`, `according to a statement released by X's office, "..."`). Each returns a
frame for `briefing.facts.quotes` to resolve: ("np", lo, hi, before_verb), ("subject", lo, hi),
("named", name) or ("nobody",), or None when the sentence has no frame. Frames with no verb
of saying are in `briefing.facts.quote_verbless`, those of a document's issuer or owner in
`briefing.facts.quote_documents`."""

from __future__ import annotations

import re

from briefing.facts.attribution import Attributor
from briefing.facts.described_subjects import definite_description, who_the
from briefing.facts.lazy_re import lazy
from briefing.facts.nicknames import between_names, unmarked_nicknames
from briefing.facts.phrases import FRONT, FULL_STOP, NP_END, clause_verb
from briefing.facts.quote_causatives import made_to_speak
from briefing.facts.quote_context import FRONTED_CLAUSE, plain_titles
from briefing.facts.quote_documents import document_owner, issued_in_object, issuer, own_document
from briefing.facts.quote_marks import Segment
from briefing.facts.quote_named_after import another_speaker, named_after_description
from briefing.facts.quote_relatives import which_frame, who_frame
from briefing.facts.quote_reporters import reporter_speaks
from briefing.facts.quote_subject_end import by_doing, joined_subject, subject_end
from briefing.facts.quote_verbless import (
    CLAIMS,
    OTHERS_WORDS,
    WORDS_OF,
    as_put_it,
    attributed_to,
    colon_subject,
    for_whom,
    manner,
)
from briefing.facts.quote_verbs import not_the_speakers
from briefing.facts.speech import (
    DOCUMENT_BY,
    ISSUED_DOCUMENT,
    MEDIA,
    OWN_DOCUMENT,
    PARTICIPLES,
    QUOTE_VERBS,
    VERB,
)

# Marks: openers, closers, and the straight double quote that is either.
_CLAUSE_STOP = lazy(rf"[;:!?\"“”\n]|{FULL_STOP}")
# ", D-Calif.,", " (D-Ill.)": a US lawmaker's party and state, whose stop ends no clause.
_PARTY_TAG = lazy(
    r",\s[RDI]-(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z][a-z]?\.),"
    r"|(?<=\s)\([RDI]-(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z][a-z]?\.)\)"
)
_CONJUNCTION = lazy(r"(?:and|but|or|then)\b")
_ACCORDING = lazy(r"\b(?:[Aa]ccording to|[Ii]n the words of)\s+")
# Text every match of `_ACCORDING`, `_READ` and `_WENT_ON_TO` holds: a frame without it is
# not scanned (an `in` test is far cheaper than a pattern tried at every character).
_ACCORDING_WORDS = ("ccording to", "words of")
_READ_WORD = "read"
_WENT_ON_TO_WORD = "on to "
# The verb's own "that" opening the clause it reports (" in a statement that", " that").
_THAT_CLAUSE = lazy(r"(?:\s+[^,;:]{1,40}?)?\s+that\s")
# (not when the verb is a subordinate clause's: "When X tweeted that ..., Y placed a "..."")
_SUBORDINATE = lazy(r"(?:When|If|After|Before|While|Although|Though|Because|Since|Once|Until)\s")
_REST_STOP = lazy(rf"[;!?\"“”]|{FULL_STOP}")
_FRAME_END = lazy(r"[,:]\s*$|\bthat\s*$|\s$")
_QUOTED = lazy(r"\b(?:quoted|quotes|cited|cites|reported|reports)\s+")
# "X was quoted as saying", "X was quoted by the Star as saying": X's words.
_PASSIVE_QUOTED = lazy(
    r"\s(?:was|is|has been|had been)\s+quoted\s+(?:by\s+[^,;:\"“]{2,60}?\s+)?as\s*$"
)
# `"...," the paper quoted X as saying`: the name after "quoted", not the outlet.
_QUOTED_AS = lazy(r"(?:[^,;:]{0,60}?\s)?(?:quoted|cited)\s+(?P<who>[^,;:]{2,60}?)\s+as\s*$")
_AND_BEFORE = lazy(r"\s(?:and|but)\s*$")
# "and" and a short phrase of place or time before the verb: the same subject goes on.
_AND_FRONTED = lazy(
    r"(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:on|in|at|via|during)\s[^,;:]{1,40}"
)
# After a comma, a possessive role ("San Diego's chancellor"): the name before it is not
# the speaker, and the one after it is set off too far to be read with confidence.
_ROLE_OF_BEFORE = lazy(r",\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+[a-z]")
_NAME_AFTER_ROLE = lazy(r"[\w -]*,\s+[A-Z]")
_READ = lazy(r"\bread\b")
_READS_END = lazy(r"\s+reads?\s*[,:]?\s*$")
_READS_BETWEEN = lazy(r"[\s,]*reads?\s+")
# Where the clause of the verb opens inside the phrase before it: a relative word, dashes,
# or a subordinator ("X's comments came after Y said", "X smiled when Y said").
_INNER_SUBJECT = lazy(
    r"(?:\s(?:that|which|whom|whose|after|before|when|while|because|since|until|once|though|although"
    r"|whereas)|\s[—–])"
    r"\s+(?=[^—–]*$)"
)
_PRONOUN_TAIL = lazy(
    r",\s+(?:(?:but|and|yet|so)\s+)?(he|she|it|they)\s+(?:[a-z]+ly\s+|also\s+|later\s+)?$"
)  # (", but he replied": a clause of its own)
_BY_AGENT = lazy(r"\s+by\s+(?P<agent>[^,;:\"“]{2,60}?)\s+as\s+(?:an?\s+|the\s+)?$")
# "X was told by Y that "..."": Y's words.
_TOLD = frozenset(("told", "warned", "informed", "assured", "reminded", "asked"))
_TOLD_BY = lazy(r"\s+by\s+(?P<agent>[^,;:\"“]{2,60}?)(?:\s+(?:of|that))?\s*[,:]?\s*$")
_AND_SUBJECT = lazy(
    r"[\s,]*and\s+(?=[A-Z]|(?:the|an?|one|another|some|his|her|their|its|other|several)\s)"
)
_BE_BEFORE = lazy(r"\b(?:was|were|been|is|are|being)\s+(?:[a-z]+ly\s+)?$")
# "Smith went on to add, ...": a verb of saying in its base form after "went on to".
_WENT_ON_TO = lazy(
    r"(?<=\bon to )(?:add|say|explain|note|tell|write|state|warn|ask|insist|argue|stress)\b"
)
# `Remarked biologist X, "..."`: a verb of saying that opens the sentence, its subject after.
_INVERTED = lazy(
    r"(?:Said|Added|Remarked|Wrote|Explained|Noted|Replied|Continued|Commented|Quipped)\s+"
)
_FRONTED_PRONOUN = lazy(r"([A-Z][a-z]+)\s[^,;:]{1,60}?\s(he|she|it|they)\s*$")
_SIGNED = lazy(r"[ \t\u00a0\u200d]*(?:\n[ \t\u00a0]*){0,3}[—–-][ \t\u00a0\u200d]*(?=[A-Z])")
_SAID_ALONE = lazy(
    r"[ \u00a0]+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*|[Hh]e|[Ss]he)\s+"
    r"(?:also\s+|later\s+)?(?P<verb>[a-z]+)"
    r"(?:\s+(?:the\s+)?(?:world|reporters|journalists|media|press|crowd|audience|nation))?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
    r"|yesterday|later|afterwards)|\s+(?:to|at)\s+(?:the\s+)?[a-z]+"
    r"|\s+(?:on|via|in)\s+(?:Twitter|Facebook|Instagram|social\s+media"
    r"|an?\s+(?:statement|tweet|post|video|interview))){0,3}\.(?=\s|$)"
)  # (or "... to the crowd.", "... told reporters.", "... told the world via Twitter.")
# A claim as the object of the verb, its content a clause: the claimant's words follow
# ("responding to Y's claim that the deal was", "denied allegations that he had").
_CLAIM_OBJECT = lazy(rf"\s*(?:to\s+)?[^,;:]{{0,50}}?\b(?:{CLAIMS})\s+that\s")
# Verbs of hearing and remembering before somebody speaking ("recalled Y telling him").
_HEARD = lazy(
    r"\b(?:recalled|recalls|remembered|remembers|heard|hears|overheard|quoted|quotes|cited"
    r"|described|describes)\s+(?:[A-Z][\w.]*\s+){0,3}$"
)
# Verbs whose object the quote then names ("calling the claims "baseless"").
_NAMING = frozenset("called calling calls labelled labeled labelling branded branding".split())
_SAY = frozenset(("said", "says", "say", "saying", "told", "tells", "telling"))
_QUOTING = lazy(r",\s+(?:quoting|reading\s+from|reciting)\b")
_REPORTS = frozenset(("reported", "reports", "reporting"))
_WITH_SUBJECT = lazy(r"\bwith\s+(?=[^,;:]{1,60}$)")
# An aside naming the source of a report, set off between the verb and the quote.
# An aside set off by dashes between the frame's verb and the quote.
_DASH_ASIDE = lazy(r"\s[—–]\s[^—–\"“”:;]{1,120}\s[—–]\s*$")
_AS_REPORTED = lazy(
    r"\s*[—–,]\s*as\s+(?:reported|quoted|cited|told)\s+(?:by|to|in)\s+[^—–,:;]{2,60}[—–,]\s*$"
)


def after_frame(att: Attributor, seg: Segment, s_lo: int, s_hi: int) -> tuple | None:
    """`"...," X said` / `"...," said X, the ...` / `"...," according to X`: the phrase after."""
    body = att.body
    start, end, open_mark, close_end = seg
    stop = body[end - 1 : end] if end > start else ""
    signed = _SIGNED.match(body, close_end)
    if signed is not None and not body[body.rfind("\n", 0, open_mark) + 1 : open_mark].strip():
        # `"... a big change." — Aparna Garg, railway manager`: a quotation that is a
        # paragraph of its own, signed after it.
        return ("np", signed.end(), body.find("\n", signed.end()) % (len(body) + 1), False)
    if stop in (".", "!", "?"):
        # `"... a trial." Pelosi said.`: a sentence of a name and its verb alone.
        alone = _SAID_ALONE.match(body, close_end)
        if alone is not None and alone.group("verb") in QUOTE_VERBS:
            return ("np", alone.start("who"), alone.end("who"), True)
    after = body[close_end:s_hi]
    lead = len(after) - len(after.lstrip(" ,\u00a0"))
    if lead == len(after):
        return None
    first_char = after[lead]
    if stop == "." and not first_char.islower():
        return None  # the quote closed its sentence: a capitalised name starts the next one
    a_lo = close_end + lead
    window_hi = min(s_hi, a_lo + 140)
    if after.startswith(("according", "in the words of"), lead):
        if VERB.search(body, s_lo, open_mark) is not None:
            return None  # `X called it "...", according to NBC`: the report's source, not X
        name_lo = (
            a_lo + body[a_lo:window_hi].find(" to ") + 4
            if "according" in after[lead : lead + 10]
            else a_lo + 16
        )
        name_lo = issuer(body, name_lo)
        return ("np", name_lo, _np_end(body, name_lo, window_hi), False)
    put = as_put_it(body, close_end)  # `"..." — as the court put it`
    if put is not None:
        return put
    verb = VERB.search(body, a_lo, window_hi)
    if verb is None and body.startswith(("read ", "reads "), a_lo):
        # `"...," read a statement from X's office`: the issuer speaks.
        issued = DOCUMENT_BY.match(body, body.find(" ", a_lo) + 1)
        if issued is None:
            # `"...," reads Judge X's statement`: the owner
            owned = document_owner(att, body.find(" ", a_lo) + 1, window_hi, False)
            return None if owned is None else owned[:-1]
        return ("np", issued.end(), _np_end(body, issued.end(), window_hi), False)
    if verb is None:
        if " read" not in body[a_lo:window_hi]:
            return None
        verb = re.compile(r"\bread\b").search(body, a_lo, window_hi)
        if verb is None:
            return None
    if verb.group().lower() not in QUOTE_VERBS and verb.group() != "read":
        return None
    if verb.start() == a_lo:  # inversion: said X
        np_lo = issuer(body, verb.end() + 1) if verb.group() == "read" else verb.end()
        np_hi = _np_end(body, np_lo, window_hi)
        across = [m for m in att.mentions_in(np_lo, window_hi) if m[0] < np_hi < m[1]]
        if across:  # (a name with a comma: "said University of California, Davis's dean, X")
            np_hi = _np_end(body, across[-1][1], window_hi)
        role_of = _ROLE_OF_BEFORE.match(body, np_hi)
        if role_of is not None and _NAME_AFTER_ROLE.match(body, role_of.end()):
            return None  # "said University of California, San Diego's chancellor, X": unclear
            # ("said Jonathan Smith, Ofwat's chief executive." is Jonathan Smith)
        named = named_after_description(att, np_lo, np_hi, window_hi)
        if named is not None:
            # "said X's wife, Y", "said the Leeds manager, Ian Pritchard", "said one
            # resident, Marta Solis": the one named after the description
            np_lo, np_hi = named
        if _QUOTING.match(body, np_hi) or _media_report(body, verb.group(), np_lo, np_hi):
            return ("nobody",)  # `"...," X said, quoting Y`: Y's words
        if another_speaker(att, np_hi, s_hi):
            return ("nobody",)  # "said X, the chair, and Y, the mayor": two speakers
        return ("np", np_lo, np_hi, False)
    region = body[a_lo : verb.start()]
    if _CLAUSE_STOP.search(_PARTY_TAG.sub(",", unmarked_nicknames(region))) or len(region) > 110:
        return None
    if _QUOTING.match(body, verb.end()):
        return ("nobody",)
    quoted_as = _QUOTED_AS.fullmatch(region) if verb.group() == "saying" else None
    if quoted_as is not None:
        return ("np", a_lo + quoted_as.start("who"), a_lo + quoted_as.end("who"), False)
    passive = _PASSIVE_QUOTED.search(region) if verb.group() == "saying" else None
    if passive is not None:  # `"...," X was quoted as saying`: X, before "was quoted"
        return ("np", a_lo, a_lo + passive.start(), True)
    tail = _PRONOUN_TAIL.search(region)
    if tail is not None and not region[:1].isupper():
        # `the "main obstacle" between the two, he added`: the pronoun after the clause.
        return ("np", a_lo + tail.start(1), a_lo + tail.end(1), True)
    if _CONJUNCTION.match(region):
        return None  # `"..." and said ...`: the verb is the sentence subject's
    np_hi = subject_end(body, a_lo, verb.start())
    if _media_report(body, verb.group(), a_lo, np_hi):
        return ("nobody",)
    return ("np", a_lo, np_hi, True)


def _media_report(body: str, verb: str, lo: int, hi: int) -> bool:
    """`Reuters reported that the firm would "..."`: an outlet reports somebody else's words
    (issue 13: a statement given to the outlet that reported it)."""
    return verb in _REPORTS and MEDIA.search(body, lo, hi) is not None


def _np_end(body: str, lo: int, hi: int) -> int:
    """Where a speaker's phrase after its verb ends: a comma, a stop, or a preposition."""
    m = NP_END.search(body, lo, hi)
    while m is not None and m.group() in '"“' and between_names(body, m.start()):
        close = body.find(m.group() if m.group() == '"' else "”", m.end(), hi)  # 'X "Wes" Y'
        m = None if close < 0 else NP_END.search(body, close + 1, hi)
    return m.start() if m else hi


def before_frame(att: Attributor, seg: Segment, f_lo: int, s_lo: int) -> tuple | None:
    """`X said: "..."`, `X told reporters "..."`, `X said the deal was "..."`,
    `X ..., saying "..."`, `Y quoted X as saying "..."`, `According to X, "..."`."""
    body = att.body
    open_mark = seg[2]
    frame = body[f_lo:open_mark]
    according = None
    if any(word in frame for word in _ACCORDING_WORDS):
        for found in _ACCORDING.finditer(frame):
            according = found
    if according is not None and frame.rstrip().endswith((",", ":")):
        # "In the words of the prosecutor, Mark Tedeschi, QC, "...": the phrase up to the
        # quote, appositions included.
        name_lo = issuer(body, f_lo + according.end())
        return ("np", name_lo, f_lo + len(frame.rstrip().rstrip(",:")), False)
    if (
        according is not None
        and according.start() == 0
        and OWN_DOCUMENT.match(body, f_lo, open_mark) is None  # ("its press release")
    ):
        # "According to X, the plan "will not survive"": X's words, when the clause after
        # X's phrase reports no one else's speech and names nobody else (or X issued a
        # document: "According to a memo by X, Y did "..."" quotes the memo)
        name_lo = issuer(body, f_lo + according.end())
        name_hi = _np_end(body, name_lo, open_mark)
        clause = body[name_hi:open_mark]
        if (
            body[seg[0] : seg[0] + 5].lstrip(".… ")[:1].islower()  # (or "...not recognize")
            and clause.startswith(",")
            and VERB.search(clause) is None
            and (
                name_lo > f_lo + according.end()  # (a document's words: "a memo by X")
                or not any(m[2] == "person" for m in att.mentions_in(name_hi, open_mark))
            )
        ):
            return ("np", name_lo, name_hi, False)
    attributed = attributed_to(att, f_lo, open_mark)  # ("a quote attributed to X — "...")
    if attributed is not None:
        return attributed
    caused = made_to_speak(frame, body, max(f_lo, open_mark - 100), open_mark)
    if caused is not None:  # "The backlash led Biden to say "..."": the one made to speak
        return caused
    inverted = _INVERTED.match(body, s_lo) if f_lo == s_lo else None
    if inverted is not None and frame.rstrip().endswith((",", ":")):
        return ("np", inverted.end(), f_lo + len(frame.rstrip().rstrip(",:")), False)
    if " as " in frame[-90:]:
        aside = _AS_REPORTED.search(frame, max(0, len(frame) - 90))
        if aside is not None:  # `X said — as reported by Y — "..."`: X's words, Y the source
            frame = frame[: aside.start()]
    if frame.endswith(("— ", "– ", "—", "–")):
        dashes = _DASH_ASIDE.search(frame, max(0, len(frame) - 130))
        if dashes is not None:  # `X commented — an unusual step for him — "..."`
            frame = frame[: dashes.start()] + " "
    if " asked " in frame and frame.rstrip().endswith(":"):
        blunt = manner(att, f_lo, s_lo, open_mark)  # "X was blunt when asked about it:"
        if blunt is not None:
            return blunt
    verb = clause_verb(frame) or (_WENT_ON_TO.search(frame) if _WENT_ON_TO_WORD in frame else None)
    if verb is None:
        read = None
        if _READ_WORD in frame:
            for found in _READ.finditer(frame):  # "The summary of the ruling read in part: ..."
                read = found
        reads = _READS_END.search(frame) if _READ_WORD in frame else None
        between = _READS_BETWEEN.match(frame) if f_lo > s_lo else None
        if between is not None:
            # `"A," reads Judge X's statement, "B"`: B goes on with the owner's words
            owned = document_owner(att, f_lo + between.end(), open_mark, False)
            if owned is not None and body[owned[-1] : open_mark].strip() in ("", ","):
                return owned[:-1]
        if reads is not None:
            # "Part of the judge's statement reads "..."": the document's owner
            owned = document_owner(att, att._skip_fronted(f_lo, f_lo + reads.start()), None, True)
            if owned is not None and owned[-1] == f_lo + reads.start():
                return owned[:-1]
        if read is None or not frame.rstrip().endswith((":", ",")):
            return (
                own_document(att, f_lo, s_lo, open_mark)
                or manner(att, f_lo, s_lo, open_mark)
                or colon_subject(att, f_lo, s_lo, open_mark)
                or for_whom(att, f_lo, s_lo, open_mark)
            )
        verb = read
    if not_the_speakers(frame, verb):
        # "X told the Post the results suggested ...", "X said staff were asked to "..."":
        # the frame is the verb before, when there is one.
        earlier = clause_verb(frame, verb.start())
        if earlier is not None:
            verb = earlier
    word = verb.group().lower()
    rest = frame[verb.end() :]
    if (
        word in PARTICIPLES
        and f_lo == s_lo
        and att._skip_fronted(s_lo, open_mark) > f_lo + verb.start()
    ):
        # "However, addressing the leaders, X proposed: "..."": the participle opens a
        # fronted phrase; the clause after it frames the quote, with a colon
        return colon_subject(att, f_lo, s_lo, open_mark)
    by_as = _BY_AGENT.match(rest)
    agent = by_as or (_TOLD_BY.match(rest) if word in _TOLD else None)
    if agent is not None and (
        by_as is not None and word.endswith("ed") or _BE_BEFORE.search(frame, 0, verb.start())
    ):
        # "X was described by the Courier as a "..."", "a pattern described by the Courier
        # as "..."" (a passive with no "was"): the agent's words.
        a_lo = f_lo + verb.end() + agent.start("agent")
        return ("np", a_lo, a_lo + len(agent.group("agent")), False)
    direct = rest.strip() in ("", ",", ":", "that", ", that")
    if not direct:
        # What may stand between the verb and the quote: an object or a clause, longer when
        # a colon introduces the quote or the quote is part of a reported clause.
        colon = rest.rstrip().endswith(":")
        partial = body[seg[0] : seg[0] + 1].islower()
        limit = 200 if colon or partial and _THAT_CLAUSE.match(rest) else 130 if partial else 70
        if len(rest) > limit or _REST_STOP.search(rest):
            return None
        if (
            "," in rest.rstrip(" ,")
            and _SUBORDINATE.match(frame)
            and "," not in frame[: verb.start()]
        ):
            return None  # ("When X tweeted that A, Y placed a "...": the main clause's)
        if (
            word not in QUOTE_VERBS
            and (len(rest) > 40 or not rest.rstrip().endswith((",", ":")))
            and not rest.endswith(" as ")  # ("X dismissed the plan as "a stunt"": X's words)
        ):
            return None  # "X defended the plan, ..." frames a quote only right before it
        if not _FRAME_END.search(rest):
            return None
        if (
            WORDS_OF.search(rest)
            or OTHERS_WORDS.search(rest)
            and not (
                word in _NAMING and rest[-1:] == " " and ":" not in rest
            )  # ("calling the claims "...")
            or word not in _SAY
            and _CLAIM_OBJECT.match(rest)
        ):
            # "X read a letter from Y: "..."", "X recalled her father's words: "...", "X
            # responded to Y's claim that "..."", "X denied claims that the deal was "..."":
            # somebody else's words, not X's.
            return ("nobody",)
        issued = issued_in_object(att, f_lo + verb.end(), open_mark)
        if issued is not None:
            return issued
    v_lo = f_lo + verb.start()
    if word == "saying" and frame[: verb.start()].rstrip().endswith(" as"):
        passive = _PASSIVE_QUOTED.search(frame, 0, verb.start())
        if passive is not None:  # (before "quoted X": "quoted by the Star as" names no X)
            # The phrase before "was quoted" ("Y met X, who was quoted ...": X).
            np_lo = att._skip_fronted(f_lo, v_lo) if f_lo == s_lo else f_lo
            np_hi = f_lo + passive.start()
            if body.endswith(", who", np_lo, np_hi):
                return who_frame(att, np_lo, np_hi - 5)
            return ("np", np_lo, np_hi, True)
        quoted = _QUOTED.search(frame, 0, verb.start())
        if quoted is not None:
            name_lo = f_lo + quoted.end()
            return ("np", name_lo, _np_end(body, name_lo, v_lo), False)
        return None
    if word in PARTICIPLES:
        with_subject = _WITH_SUBJECT.search(body, max(f_lo, v_lo - 80), v_lo)
        if with_subject is not None:  # "..., with Boswell stating: ..."
            return ("np", with_subject.end(), v_lo, True)
        and_subject = _AND_SUBJECT.match(body, f_lo, v_lo) if f_lo > s_lo else None
        if and_subject is not None and and_subject.end() < v_lo:
            # `with X calling it "A" and Y calling it "B"`: B is Y's (or nobody's)
            return ("np", and_subject.end(), v_lo, True)
        own = att.mentions_in(max(f_lo, v_lo - 80), v_lo)
        if (
            own
            and own[-1][2] == "person"
            and not body[own[-1][1] : v_lo].strip()
            and _HEARD.search(body, max(f_lo, own[-1][0] - 40), own[-1][0])
        ):
            # "X recalled Y telling him: ...": the one heard, Y ("X played for Y saying":
            # X)
            return ("np", own[-1][0], own[-1][1], True)
        by = by_doing(body, max(f_lo, v_lo - 70), v_lo)
        if by is not None:  # ("..., where X begins by asserting that "...": X)
            return by
        return ("subject", s_lo, v_lo)  # "X took to Twitter, posting: ..." (X speaks)
    np_hi = subject_end(body, f_lo, v_lo)
    region = body[f_lo:np_hi].strip(' ,"”')
    if region in ("", "and", "but", "and then") or _AND_FRONTED.fullmatch(region):
        return ("subject", s_lo, v_lo)  # (`X called it "A", and on Twitter referred to ...`)
    np_lo = att._skip_fronted(f_lo, np_hi) if f_lo == s_lo else f_lo
    colon = max(body.rfind(": ", np_lo, np_hi), body.rfind("; ", np_lo, np_hi))
    if colon >= 0:
        whole = att.phrase(np_lo, np_hi, before_verb=True)
        if whole is None or whole[0] != "mention":
            # "The team noted its findings: Smith remarked, ...": the clause after the
            # colon (but "X of the Center for Y: Research and Education said" is a name)
            np_lo = att._skip_fronted(colon + 2, np_hi)
    issued = ISSUED_DOCUMENT.search(body, np_lo, np_hi)
    if issued is not None:  # "Acme released a statement which read, in part, "...""
        np_hi = issued.start()
    if _media_report(body, word, np_lo, np_hi) and not reporter_speaks(att, direct, np_lo, np_hi):
        return ("nobody",)
    owned = document_owner(att, np_lo, None, True)
    if owned is not None and owned[-1] == np_hi:  # "The agency's website said:"
        return owned[:-1]
    # ("Also speaking was X of Acme, who called ...": "who" alone after a fronted phrase)
    who_lo = f_lo if body[np_lo:np_hi] == "who" else np_lo
    if body.endswith(" who", who_lo, np_hi):  # "led by X, who said", "drafted by X who said"
        return who_frame(att, who_lo, np_hi - (5 if body[np_hi - 5] == "," else 4))
    if body.endswith(", which", np_lo, np_hi):  # "ASEAN, which said last week that ..."
        which = which_frame(att, np_lo, np_hi - 7)
        if which is not None:
            return which
    fronted = _FRONTED_PRONOUN.match(body, np_lo, np_hi)
    if fronted is not None and FRONT.match(fronted.group(1)):
        # "On the live television he said": a fronted phrase with no comma, then the subject.
        return ("np", fronted.start(2), fronted.end(2), True)
    tail = _PRONOUN_TAIL.search(body, np_lo, v_lo)
    if tail is not None and (
        body[np_lo : tail.start()].count(",") == 0 or FRONTED_CLAUSE.match(body, np_lo)
    ):  # "More tellingly, he told X "..."", "When X, the surgeon, arrived, he said"
        return ("np", tail.start(1), tail.end(1), True)
    # "X opposed the plan and said ...": the subject of both verbs.
    coordinated = _AND_BEFORE.search(body, np_lo, np_hi)
    if coordinated is not None:
        return ("subject", s_lo, v_lo)
    # (the last such word: "X shared few details of the plan, which failed, though he said")
    inners = list(_INNER_SUBJECT.finditer(body, np_lo, np_hi))
    inner = inners[-1] if inners else who_the(body, np_lo, np_hi)
    found = None if inner is None else att.phrase(inner.end(), np_hi, before_verb=True)
    if found is not None and (
        found[0] == "mention"
        and plain_titles(body, inner.end(), found[1][0])
        or found[1] in ("he", "she", "it")
        or definite_description(found, inner.group())  # ("whom the premier described as")
    ):
        # "a remark that X described as", "On May 2 — after the ruling — he said": the
        # subject of the verb is the phrase after the relative word or the dashes.
        return ("np", inner.end(), np_hi, True)
    return joined_subject(att, np_lo, np_hi) or ("np", np_lo, np_hi, True)
