"""Direct quotations and their speakers, resolved to people and organisations.

Quotations are found by their marks (straight, curly, guillemets, AP's closing '' and ’’); a
quote left open at a paragraph's end runs on into the next. Who spoke is read from the frame
of the sentence (`briefing.facts.quote_frames`) and resolved by `briefing.facts.attribution`,
or left empty.
"""

from __future__ import annotations

import re

from briefing.core.facts import Quote
from briefing.facts import speaker_trace as trace
from briefing.facts.attribution import Attributor, Mention
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ROLE_NOUNS
from briefing.facts.nicknames import between_names
from briefing.facts.open_appositives import open_appositive
from briefing.facts.phrases import WORD
from briefing.facts.quote_asides import (
    fragment,
    framed_words,
    goes_on_after_frame,
    interrupted,
    partial,
)
from briefing.facts.quote_callers import person_calls
from briefing.facts.quote_context import (
    LABEL_RE,
    continued,
    fronted_clause_subject,
    label_speaker,
    only_fit,
    previous_sentence_speaker,
    same_sentence_speaker,
    set_off_subject,
    speaking_on,
    titled_label,
    went_on,
    without_title,
)
from briefing.facts.quote_documents import document_sender, they_issued
from briefing.facts.quote_frames import after_frame, before_frame
from briefing.facts.quote_kinds import (
    ARTICLE_BEFORE,
    AS_BEFORE,
    CALLED_BEFORE,
    CITATION,
    COORDINATED,
    NAME_OF_WORK,
    SIGN_AFTER,
    SIGN_BEFORE,
    TITLE_CASE,
    TITLE_OF,
    WORK_BEFORE,
    in_headline,
    named_work,
    repeats_headline,
    used_as_name,
)
from briefing.facts.quote_marks import quotations
from briefing.facts.quote_pulls import pulled_speakers, repeated_inside
from briefing.facts.quote_relatives import called_frame
from briefing.facts.quote_reported_clauses import reported_clause_speaker
from briefing.facts.quote_stances import long_title_label, unframed_speaker, unresolved_frame
from briefing.facts.quote_topics import quote_is_about
from briefing.facts.quote_verbless import colon_before
from briefing.facts.speech import (
    MEDIA,
    PRONOUNS,
    QUOTE_VERBS,
    SPOKES,
    VERB,
)
from briefing.facts.thing_subjects import sole_person

__all__ = ["VERB", "find_quotes"]

# A paragraph break inside a quotation that runs on, with the opening mark the next
# paragraph repeats: one space.
_PARAGRAPH_MARK = lazy(r"\s*\n\s*(?:``|‘‘|[\"“«„])?\s*")

# A term or a title, not anybody's words: "the term "natural born citizen"", "so-called".
_NAMING = lazy(
    r"(?:\b(?:the|a|its|their|his|her)\s+(?:term|phrase|words?|label|name|slogan|motto|hashtag|title)"
    r"|\b(?:terms?|phrases?|labels?|slogans?|mottos?|hashtags?|expressions?)"
    r"|so-called|known as|dubbed|nicknamed|titled|entitled"
    r"|\b(?:sometimes|often|widely|also|commonly|popularly)\s+(?:called|referred\s+to\s+as))"
    r"(?:\s+the)?\s*$",
    re.IGNORECASE,
)
# Every `_NAMING` match holds one of these (lower-cased): a window without any is no term.
# (Tested only on ASCII windows, where IGNORECASE is exactly `str.lower`.)
_NAMING_WORDS = (
    "term", "phrase", "word", "label", "name", "slogan", "motto", "hashtag", "title",
    "expression", "so-called", "known as", "dubbed", "called", "referred",
)  # fmt: skip


def _naming_before(body: str, at: int) -> bool:
    """`_NAMING` ends at `at` ("the term "..."", "so-called "...""): a cheap `in` test on
    the 24 characters before first, since most quotations follow none of its words."""
    lo = max(0, at - 24)
    window = body[lo:at]
    if window.isascii():
        low = window.lower()
        if not any(word in low for word in _NAMING_WORDS):
            return False
    return _NAMING.search(body, lo, at) is not None


def _speaker(
    att: Attributor,
    frame: tuple,
    s_lo: int,
    quote: tuple[int, int],
    after_quote: bool,
    clause_before: int | None = None,
) -> str | None:
    """The speaker a frame names. `clause_before`: where the quote opens after a clause of
    its own sentence ("Blankenship concurred: "...", he argued"), whose subject a pronoun
    after the quote refers to."""
    trace.restart()
    trace.step(frame[0])
    if frame[0] == "nobody":  # a quotation framed, but as somebody else's words
        return None
    if frame[0] == "named":
        # (The issuer of a statement quoted whole names itself in it: still its words.)
        return frame[1] if frame[2:] == ("issued",) else att._not_inside(frame[1], quote)
    if frame[0] == "subject":
        if after_quote:
            # `"A," she said, adding "B"`: the earlier quote's speaker; an earlier quote
            # with none leaves the subject unknown (`X said Y "did A" and told "B"`).
            if att.previous is not None and att.previous[2] >= s_lo:
                trace.step("previous")
                return att.previous[0]
            # `X gave its "sympathies" and said "B"`: X, when nobody else is named before,
            # or when no verb of saying before makes the name after it another clause's
            # subject (`X lauded Y's "A" and claimed "B"`, not `X said Y "did A" and told`).
            if len({m[3] for m in att.mentions_in(s_lo, frame[2])}) != 1 and _reports(
                att, s_lo, frame[2]
            ):
                return None
        found = att.subject(frame[1], frame[2])
        return None if found is None else att._not_inside(found[0], quote)
    phrase = att.phrase(frame[1], frame[2], before_verb=frame[3])
    if phrase is not None and phrase[0] == "pronoun" and clause_before is not None:
        # The clause before the quote has its own subject: the pronoun is that one or
        # nobody, never an earlier speaker.
        if phrase[1] in ("he", "she") and _thing_subject(att, s_lo, clause_before):
            # "The dispute is the "main obstacle", he added": not the subject, so the
            # pronoun's antecedent is found as after any sentence.
            trace.step("thing-clause")
            return att.resolve(phrase, s_lo, quote)
        trace.step("clause-subject")
        found = att.subject(s_lo, clause_before)
        if found is None and phrase[1] in ("he", "she"):
            # "The injunction from Judge X will stand until "...", she said": the one
            # person the clause about a thing names.
            sole = sole_person(att, (s_lo, clause_before), PRONOUNS[phrase[1]])
            return att._not_inside(sole, quote)
        wanted = "org" if phrase[1] == "it" else "person"
        if found is None or found[1] != wanted or phrase[1] not in ("he", "she", "it"):
            return None
        if wanted == "org" and MEDIA.search(found[0]):
            return None  # the outlet reporting the statement
        if wanted == "person" and att.gender(found[0]) not in (
            None,
            "m" if phrase[1] == "he" else "f",
        ):
            return None
        return att._not_inside(found[0], quote)
    if phrase is None and frame[0] == "np" and frame[3] and frame[2] <= quote[0]:
        phrase = set_off_subject(att, frame[1], frame[2]) or open_appositive(
            att, s_lo, frame[1], frame[2]
        )  # (before the quote only)
    if phrase is not None and phrase[0] == "pronoun" and frame[0] == "np":
        same = (
            same_sentence_speaker(att, phrase[1], frame[1], s_lo)
            or _main_subject(att, phrase[1], s_lo, frame[1])
            or fronted_clause_subject(att, phrase[1], frame[1], s_lo)
        )
        if same is not None:
            trace.step("same-sentence")
            return att._not_inside(same, quote)
        # The sender of a document the sentence before issued: its own name inside the
        # document is how an organisation writes of itself ("Acme has always condemned").
        sender = document_sender(att, phrase[1], frame[2], s_lo) or they_issued(
            att, phrase[1], frame[2], quote[0], s_lo
        )
        if sender is not None:
            trace.step("sender")
            return sender
    trace.step(phrase[0] if phrase is not None else "-")
    found = att.resolve(phrase, s_lo, quote)
    if quote_is_about(att, phrase, found, s_lo, quote):
        return None  # ("X was arrested. "He is a danger," he said": X is its topic)
    if phrase is not None and phrase[0] == "pronoun" and _GOES_ON.match(att.body, frame[2]):
        trace.step("went-on")
        return went_on(att, phrase[1], found, s_lo)  # `"...," she added` after a quote
    return found


# A subordinate clause whose subject is a pronoun ("X was dropped after he described ...").
_SUBORDINATE_END = lazy(
    r"\s(?:after|when|as|because|before|while|until|since|once|though|although|whereas)\s+$"
)


def _main_subject(att: Attributor, pronoun: str, s_lo: int, at: int) -> str | None:
    """`X was dropped after he described the team as "..."`: "he" or "she" opening a
    subordinate clause is the person named as the subject of the main clause before it,
    when the sex fits and nobody else it may stand for is named between; else None."""
    if pronoun not in ("he", "she") or at <= s_lo:
        return None
    if _SUBORDINATE_END.search(att.body, max(s_lo, at - 12), at) is None:
        return None
    found = att.subject(s_lo, at)
    if found is None or found[1] != "person":
        return None
    return found[0] if only_fit(att, found, pronoun, s_lo, at) else None


def _reports(att: Attributor, lo: int, hi: int) -> bool:
    """Whether body[lo:hi], its quotations left out, holds a verb of saying (not a verb of
    stance: "lauded", "praised" take an object, not a reported clause)."""
    at = lo
    for s_start, s_end in att.segments:
        if s_end <= lo or s_start >= hi:
            continue
        if any(w.strip(".’'") in QUOTE_VERBS for w in WORD.findall(att.body, at, s_start)):
            return True
        at = max(at, s_end)
    return any(w.strip(".’'") in QUOTE_VERBS for w in WORD.findall(att.body, at, hi))


_GOES_ON = lazy(r"\s*(?:also\s+|then\s+)?(?:added|adds|continued|continues|went\s+on)\b")
# (or a bare noun phrase the quote goes on: `The families' claims "arise under ...," he wrote`)
_THING_SUBJECT = lazy(
    r"(?:The|A|An|Its|This|That|These|Those)\s+(?:[a-z][\w’'-]*\s+){0,3}?([a-z][\w-]*)"
    r"(?:\s+(is|was|are|were|has|had|will|would|remains|remained)\b|\s*$)"
)
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ee", "ess", "ant", "ent", "ive")


def _thing_subject(att: Attributor, lo: int, hi: int) -> bool:
    """Whether the clause at body[lo:hi] has a description of a thing for its subject ("The
    dispute is"): one no "he" or "she" can stand for."""
    m = _THING_SUBJECT.match(att.body, att._skip_fronted(lo, hi), hi)
    if m is None:
        return False
    head = m.group(1).lower()
    # (A plural before a verb may be people; a plural the quote goes on is no "he" or "she",
    # unless it is a role's: "The officers "were told ...," he said")
    stem = head[:-1] if head.endswith("s") and m.group(2) is None else head
    if head in ROLE_NOUNS or head in SPOKES or stem.endswith("s") or stem in ROLE_NOUNS:
        return False
    return stem.endswith("ment") or not stem.endswith(_PERSON_ENDINGS)


def find_quotes(body: str, mentions: list[Mention]) -> list[Quote]:
    """Direct quotations (three words or more, or a shorter complete utterance with a speech
    frame) with the speaker named where the sentence's structure supports it."""
    body, segments = quotations(body)  # ('We came in good faith,' he said: the same offsets)
    if not segments:
        return []
    # A nickname inside a name ('CEO Margaret "Peg" Lee said') is part of the frame.
    segments = tuple(s for s in segments if s[1] - s[0] > 20 or not between_names(body, s[2]))
    att: Attributor | None = None  # built for the first quotation worth attributing
    quotes: list[Quote] = []
    previous_close = -1
    previous_end_speaker: tuple[str | None, int] = (None, -1)
    last: tuple[int, str | None, bool] = (-1, None, False)  # previous quotation, kept or not
    framed_close = -1  # where the last quotation kept with a frame closes
    pulled: set[int] = set()  # the indexes of pull quotes in `quotes`
    for i, seg in enumerate(segments):
        start, end, open_mark, close_end = seg
        raw = body[start:end]
        text = raw.strip()
        # (Counted up to 9: only "fewer than 3", "at most 4" and "fewer than 8" are asked,
        # and a long quotation is not cut into all its words for that.)
        words = len(text.split(None, 8))
        if (
            not text
            or words < 3
            and not _utterance(text)
            and not fragment(body, seg)
            and not interrupted(body, segments, i)
            or _naming_before(body, open_mark)
            and not person_calls(body, mentions, open_mark, close_end)
            or SIGN_BEFORE.search(body, max(0, open_mark - 40), open_mark)
            or SIGN_AFTER.match(body, close_end)
            # (a gloss: the original words of the phrase before, 'brutality ("abusos")')
            or body[open_mark - 1 : open_mark] == "("
            and body[close_end : close_end + 1] == ")"
            or TITLE_CASE.fullmatch(text)
            and (
                TITLE_OF.search(body, max(0, open_mark - 4), open_mark)
                or words <= 4
                and text[-1] not in ".!?,"
                and (
                    ARTICLE_BEFORE.search(body, max(0, open_mark - 20), open_mark)
                    or body.count(text + '"') + body.count(text + "”") > 1
                )
                or " " in text
                and CALLED_BEFORE.search(body, max(0, open_mark - 12), open_mark)
                or named_work(body, open_mark, close_end, text)
                or used_as_name(body, open_mark, close_end)
            )
            or WORK_BEFORE.search(body, max(0, open_mark - 16), open_mark)
            and NAME_OF_WORK.fullmatch(text)
            or repeats_headline(body, text)
            or "al" in body[max(0, open_mark - 6) : open_mark]
            and CITATION.search(body, max(0, open_mark - 12), open_mark)
        ):
            # A term or a scare quote ("so-called 'reform'") whatever its frame, or the
            # title of a show, a work or a place ("CNN's "State of the Union"", the "Kiss &
            # Fly" section).
            previous_close, last = close_end, (close_end, None, False)
            continue
        if att is None:
            att = Attributor(body, mentions, [(s[0], s[1]) for s in segments])
        lead = len(raw) - len(raw.lstrip())
        span = (start + lead, start + lead + len(text))
        s_lo, s_hi = att.sentence(open_mark)
        s_hi = max(s_hi, att.sentence(max(close_end - 1, open_mark))[1])
        speaker: str | None = None
        framed = False
        path = "none"
        trace.restart()
        if last[0] >= s_lo and COORDINATED.match(body, last[0], open_mark) is not None:
            # `quoted X as saying "A" and "B"`: one frame for both quotations.
            speaker, framed = last[1], last[2]
            path = "coordinated"
        own_frame = speaker is not None  # the speaker named by this sentence's own frame
        frame = None if framed else after_frame(att, seg, s_lo, s_hi)
        if frame is not None:
            framed = True
            before = body[max(s_lo, previous_close) : open_mark].strip(" ,")
            clause = open_mark if before and previous_close < s_lo else None
            speaker = _speaker(att, frame, s_lo, span, False, clause)
            own_frame = speaker is not None
            path = "after"
        if (speaker is None and frame is not None) or not framed:
            f_lo = max(s_lo, previous_close if previous_close <= open_mark else s_lo)
            frame = called_frame(att, seg, f_lo, s_lo) or before_frame(att, seg, f_lo, s_lo)
            if frame is not None:
                framed = True
                speaker = _speaker(att, frame, s_lo, span, f_lo > s_lo)
                own_frame = speaker is not None
                path = "before"
        if speaker is None and frame is not None:  # ("A letter from X said")
            trace.restart()
            speaker = unresolved_frame(att, frame, s_lo, span)
            own_frame = speaker is not None
            path = "unresolved"
        if speaker is None and not framed and i > 0:  # (`X said ... "A," while Y did "B"`)
            trace.restart()
            speaker = reported_clause_speaker(att, segments[i - 1], last, s_lo, open_mark)
            framed = own_frame = speaker is not None
            path = "reported-clause"
        if speaker is None and not framed:
            line_start = body.rfind("\n", 0, open_mark) + 1
            label = LABEL_RE.match(body, line_start, open_mark + 1)
            if label is not None and label.end() >= open_mark:
                speaker = label_speaker(label.group("label"), att.mentions)
                path = "label"
            else:
                trace.restart()
                speaker = titled_label(att, line_start, open_mark)
                path = "titled-label"
                if speaker is None:
                    speaker = long_title_label(att, line_start, open_mark)
                    path = "long-title-label"
            framed = speaker is not None
        if speaker is None and not framed:  # `X lauded Y as a "..."`, `X cited "..."`
            trace.restart()
            speaker = unframed_speaker(att, s_lo, (previous_close, open_mark, close_end), span)
            framed = own_frame = speaker is not None
            path = "unframed"
        own_sentence = not body[s_lo:open_mark].strip() or _fronted_only(att, s_lo, open_mark)
        if speaker is None and not framed and own_sentence:
            trace.restart()
            speaker = previous_sentence_speaker(att, s_lo, span)
            path = "previous-sentence"
            if speaker is None and (frame := colon_before(att, s_lo)) is not None:
                speaker = _speaker(att, frame, s_lo, span, False)
                path = "colon-before"
            framed = speaker is not None
        if speaker is None and not framed and own_sentence:
            trace.restart()
            speaker = continued(att, previous_end_speaker, open_mark)
            path = "continued"
            framed = speaker is not None  # (a short utterance of the speaker going on counts)
        if speaker is None and not framed and not own_sentence:
            speaker = speaking_on(att, s_lo, s_hi, span)  # (words in the first person)
            path = "speaking-on"
            framed = speaker is not None
        previous_close = close_end
        last = (close_end, speaker, framed)
        # Kept only as words the text does not give anybody (`_framed_words`, `_partial`):
        # the run of speakers goes on as if the quotation were not there.
        aside = False
        if (
            words < 3
            and not (
                framed and _utterance(text) and not AS_BEFORE.search(body, open_mark - 4, open_mark)
            )
            and not (framed and own_frame)
        ):
            if speaker is not None or not (
                framed
                and framed_words(body, seg)
                or _utterance(text)
                and goes_on_after_frame(body, own_sentence, framed, framed_close, open_mark)
            ):
                continue  # a fragment ("called it "lousy"") counts when its sentence names who
            aside = True
        if speaker is None and not framed and not own_frame and repeated_inside(body, segments, i):
            pulled.add(len(quotes))  # (a pull quote: the speaker of the words it repeats)
            aside = True
        elif speaker is None and words < 8 and not framed:
            if not (
                partial(body, seg, text, words)
                or goes_on_after_frame(body, own_sentence, framed, framed_close, open_mark)
                or in_headline(body, open_mark, text, words)
            ):
                continue
            aside = True
        shown = speaker  # "Scientist X Y" is shown as X Y (never "National ... Association"),
        if speaker is not None and att.kind_of(speaker) == "person":  # the name found goes on
            shown = without_title(speaker)
        if "\n" in text:  # a quotation over paragraphs: one text, without the marks between
            text = _PARAGRAPH_MARK.sub(" ", text)
        quotes.append(Quote(shown, text, span))
        if trace.RECORD is not None:
            trace.note(span, path if speaker is not None else "none")
        if framed:
            framed_close = close_end
        if aside:
            continue
        if speaker is not None:
            att.previous = (speaker, att.kind_of(speaker), close_end)
            if frame is not None and frame[0] == "np" and frame[2] - frame[1] <= 4:
                att.note_pronoun(speaker, body[frame[1] : frame[2]])  # `"...," she said`
        elif framed:
            # Somebody the text does not name spoke ("the minister's office said ..."):
            # the run of the speaker before is over ("The statement read: ..." is not theirs).
            att.previous = None
        previous_end_speaker = (speaker, close_end)
    return pulled_speakers(quotes, pulled) if pulled else quotes


def _fronted_only(att: Attributor, s_lo: int, open_mark: int) -> bool:
    """Whether only a short fronted phrase opens the quote's sentence ("During the premiere,
    "..."", "Later, "...""): no name and no verb of its own, so the quote is still a
    sentence of its own for the speaker of the sentence before."""
    if open_mark - s_lo > 40 or not att.body[s_lo:open_mark].rstrip().endswith(","):
        return False
    if att.mentions_in(s_lo, open_mark) or VERB.search(att.body, s_lo, open_mark):
        return False
    return att._skip_fronted(s_lo, open_mark) >= open_mark


def _utterance(text: str) -> bool:
    """A short complete utterance ("That's perfect,") rather than a term ("reform")."""
    return text[:1].isupper() and text[-1:] in ",.!?…"
