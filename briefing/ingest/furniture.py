"""Recognise a site's furniture: the prompts, counters and notices around an article.

Rules that work on a single article (a source often has one article in the library) and
a corpus rule: a short line that recurs across many articles of the same source.

The rules read a line's plain form: Markdown and list markup ("## ", "- ", "**...**",
"[text](url)") is looked through, so a body from a text file, a Markdown file, a JSON
export or a saved HTML page (whose lists come out of trafilatura as "- item") meets the
same rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_FURNITURE = re.compile(
    r"""^(?:
        (?:subscribe|sign\ up|signup|register|join)\b.{0,80}
      | (?:learn|read|see|show|load|view)\ (?:more|all|full)\b.{0,60}
      | (?:more\ from|read\ more\ from|more\ stories\ from)\b.{0,60}
      | share(?:\ (?:this|on|the|via|article|story|post|link)\b.{0,40})?
      | (?:tweet|email|print|pin\ it|copy\ link|whatsapp|facebook|twitter|linkedin|reddit|x)
      | follow\ (?:us|@).{0,60}
      | \d[\d,.]*k?\ (?:comments?|replies|responses|shares|views|likes|reactions)
      | (?:no\ )?comments?(?:\ \(\d+\))?(?:\ yet)?\.?
      | (?:be\ the\ first\ to\ comment|leave\ a\ (?:comment|reply)|add\ a\ comment|post\ a\ comment).{0,40}
      | (?:comments?\ (?:are|is)\ (?:closed|disabled|moderated)|join\ the\ (?:discussion|conversation)).{0,80}
      | (?:log\ ?in|sign\ in)(?:\ to\ comment|\ to\ reply)?.{0,30}
      | .{0,40}\bcookies?\b.{0,120}
      | (?:advertisement|advert|sponsored(?:\ content)?|ad|ads\ by\ .{0,30}|promoted)
      | (?:skip\ to\ (?:main\ )?content|menu|search|home|back\ to\ top|top\ of\ page|close)
        # a bar of them as a scraper copies it: "Menu  Search  Subscribe", "Home | Sign in"
        (?:\s*[|·•/]?\s*(?:menu|search|home|close|subscribe|sign\ in|log\ ?in|register
          |my\ account|account|newsletters?|e-?paper|donate|sections))*
      | (?:related|related\ (?:articles|stories|posts|coverage|content|links)|you\ (?:may|might)\ also\ (?:like|enjoy)
         |recommended(?:\ for\ you)?|most\ read|trending|popular|more\ on\ this\ story
         |further\ reading|also\ read|in\ other\ news|latest\ news|more\ news)\b.{0,120}
      | (?:newsletter|our\ newsletter|get\ our\ newsletter|morning\ briefing).{0,60}
      | (?:©|\(c\)|copyright)\ .{0,80}
      | all\ rights\ reserved\.?
      | (?:tags?|filed\ under|categories|topics):.{0,120}
      | (?:photo|image|video)\ ?(?:credit)?:.{0,80}
      | (?:reply|report|like|dislike|upvote|downvote|flag|listen|save|member-only\ story)
      | (?:reuse\ this\ content|most\ viewed|most\ popular|gift\ (?:this\ )?article)
      | (?:(?:published|updated|posted|last\ updated)\ )?(?:an?|\d{1,2})\ (?:min|mins|minutes?|hours?|hrs?|days?)\ ago
      | (?:terms\ of\ (?:use|service)|privacy\ policy|contact\ us|about\ us).{0,60}
      | (?:listen\ to\ this\ article|print\ this\ page|save\ (?:article|story)|bookmark).{0,30}
      | (?:download\ (?:the|our)\ app).{0,40}
      | (?:was\ this\ (?:article|story)\ helpful\??).{0,20}
      | [\d,.]+[km]?              # a lone counter: 214, 1.2k
      | [^\W\d_]{1,2}             # a lone letter or two: an avatar initial
      | [•·|>»\-–—*]+            # separators
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A link to another article set between paragraphs: a label and a colon, then a headline
# (no full stop at its end): "READ MORE: Europe braces for another summer of heat".
# So is a picture's label line as the BBC's pages give it: "Image source, PA Media",
# "Image caption, Commuters at Leeds station ...", the marker a scraper keeps where an
# advertisement stood between paragraphs ("Advertisement"), a newsletter box's prompt and a
# picture's credit on a line of its own ("Getty Images").
_INLINE_PROMO = re.compile(
    r"""^(?:(?:read\ (?:more|also|next)|also\ read|related(?:\ (?:story|article|coverage))?
      |see\ also|more\ on\ this(?:\ story)?|watch|listen|explainer)\s*:\s*
      [^\n]{3,150}(?<![.!?])
      |(?:image|picture|video|media)\ (?:source|caption|copyright|credit),\s*[^\n]{1,300}
      # where an advertisement stood: "Advertisement", "Story continues below advertisement"
      |(?:skip\ )?(?:advertisement|advert|ad|sponsored(?:\ content)?|ad\ feedback)
      |(?:the\ )?(?:story|article|text|content)\ continues\ (?:below|after)(?:\ (?:this|the))?
         \ (?:advertisement|advert|ad)
      |continue\ reading\ (?:below|the\ main\ story)|scroll\ to\ continue(?:\ with\ content)?
      # a newsletter box set between paragraphs: "Sign up for our morning newsletter ..."
      |(?:sign\ up|subscribe|get\ our|register)\b[^\n"“”]{0,100}
         \b(?:our|your|free|daily|weekly|morning|evening)\b[^\n"“”]{0,40}
         \b(?:newsletters?|inbox)\b[^\n"“”]{0,80}
      # a picture's credit on a line of its own: "Getty Images", "AP Photo/Jon Marsh"
      |(?:(?:photo(?:graph)?|picture|image)\s*:\s*)?(?:[^\W\d][\w.' -]{0,40}/\s*)?
         (?:(?:afp|bloomberg|anadolu)\ via\ getty\ images|getty\ images|reuters
         |pa\ (?:media|wire)|epa(?:-efe)?|shutterstock|alamy(?:\ stock\ photo)?)
      |ap\ photo(?:\s*/\s*[^\W\d][\w.' -]{0,40})?)
      \s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# Lines that are furniture only in the closing run of short lines, never at the start:
# the pitch of a newsletter box reads like a sentence ("Get the day's headlines in your
# inbox.") and could open a real article about e-mail.
_TAIL_FURNITURE = re.compile(
    r"""^(?:
        .{0,80}\b(?:in|to|into)\ your\ inbox\b.{0,80}
      | (?:no\ spam|unsubscribe)\b.{0,80}
      | .{0,60}\bunsubscribe\ (?:at\ )?any\ ?time\b.{0,20}
      | (?:enter\ your\ email|email\ address|your\ email)\b.{0,30}
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# The heading of a list of other articles; the short entries after it go with it.
_LIST_HEADING = re.compile(
    r"""^(?:
        related(?:\ (?:articles|stories|posts|coverage|content|links|reading|topics))?
      | (?:more\ )?(?:topics|tags)(?:\ in\ this\ (?:story|article))?
      | (?:explore\ )?more\ on\ (?:these|this)\ topics?
      | you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|be\ interested\ in)
      | (?:more\ (?:from|on|in|about)|more\ stories(?:\ from)?|read\ more\ from)\b.{0,50}
      | recommended(?:\ (?:for\ you|reading|stories|from\b.{0,40}))?
      | read\ (?:more|next|also)
      | (?:also\ read|further\ reading|keep\ reading|what\ to\ read\ next|see\ also|top\ stories)
      | most\ (?:read|popular|viewed|shared|commented)(?:\ (?:stories|articles|today|this\ week))?
      | (?:trending|popular)(?:\ (?:now|stories|articles|today))?
      | (?:latest|more)\ (?:news|stories|articles|posts)
    )\s*[:.]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_LIST_ENTRIES = 12

# An author card or hover card at the start: the name, a one-line bio, then counters
# and buttons. Everything up to the card's last marker goes when the card is short.
_CARD_MARKER = re.compile(
    r"""^(?:
        \d[\d,.]*\s*[km]?\s+(?:followers?|following|subscribers?|articles|posts|stories)
      | (?:follow|following|unfollow|about\ the\ author)
      | \d{1,3}\s*min(?:ute)?s?\ read\b.{0,40}
      | (?:view|see)\ (?:profile|all\ (?:posts|articles|stories)\ by\b.{0,40})
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_CARD_LINES = 8
_NAME = re.compile(
    r"^(?:[A-Z][\w'’.-]*|de|da|di|del|der|den|van|von|la|le|du|al|el|bin|ibn)(?:\s+(?:[A-Z][\w'’.-]*|de|da|di|del|der|den|van|von|la|le|du|al|el|bin|ibn)){0,4}$"
)
_CARD_LINE_CHARS = 200

# The hosting platform's own promotion at the very end of a repost: a short imperative
# call to action naming a platform or brand ("Start writing on Inkwell"), or where the
# text first appeared ("Originally published on Papertrail"). Case matters for the name.
_VERB = (
    r"(?i:write|read|start|join|earn|publish|create|become|get|try|download|discover|"
    r"explore|follow|subscribe|sign\s+up|support|build|grow|blog|post|share|listen|find|"
    r"claim|monetize|monetise|make\s+money)"
)
_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)"
)
_BRAND = rf"(?:{_NOT_A_NAME}[A-Z0-9][\w'&.+-]*(?:\s+{_NOT_A_NAME}[A-Z0-9][\w'&.+-]*){{0,3}}|[a-z0-9-]+\.[a-z]{{2,}})"
_PROMO = re.compile(
    rf"""^(?:
        {_VERB}(?:\s*(?:&|\+|/|,|(?i:and|or))\s*{_VERB})*
        (?:\s+(?!(?i:with|on|at|via|using)\b)\S+){{0,5}}?
        \s+(?i:with|on|at|via|using)\s+{_BRAND}(?:\s+(?i:today|now|for\s+free))?[!→›»]?
      | (?i:join|try|download|get)\s+(?:(?i:the)\s+)?{_BRAND}(?:\s+(?i:app|today|now|for\s+free))?[!→›»]?
      | (?i:(?:this\s+(?:post|article|story|piece)\s+(?:was\s+)?)?(?:originally|first)\s+
            (?:published|posted|appeared)\s+(?:on|at|in|by))\s+.{{2,80}}
    )\s*$""",
    re.VERBOSE,
)
_PROMO_WORDS = 12
_PROMO_LAST_LINES = 3

_MARKUP_HEAD = re.compile(r"^(?:#{1,6}\s+|>\s*|(?:[-*+•▪►◦]|\d{1,2}[.)])\s+)+")
_MARKUP_LINK = re.compile(r"!?\[([^\]]{0,300})\]\([^)\s]{0,2000}(?:\s+\"[^\"]*\")?\)")
_MARKUP_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")
_SHORT_WORDS = 12
_SHORT_CHARS = 90


def plain(line: str) -> str:
    """A line without its Markdown or list markup: heading marks, bullets, emphasis, links."""
    text = line.strip()
    if not text or not (text[0] in "#>-*+•▪►◦_" or text[0].isdigit() or "](" in text):
        return text
    text = _MARKUP_HEAD.sub("", text)
    if "](" in text:
        text = _MARKUP_LINK.sub(r"\1", text)
    match = _MARKUP_EMPHASIS.match(text)
    if match:
        text = match.group(2)
    return text.strip()


def is_furniture(line: str) -> bool:
    """True when a line, on its own, reads as site furniture."""
    text = line.strip()
    if not text or len(text) > 2000:
        return False
    text = plain(text) or text  # a bare "-" or "*" is a separator, not markup
    return len(text) <= 160 and bool(_FURNITURE.match(text))


def is_short(line: str) -> bool:
    """Short enough to be furniture rather than a paragraph of prose."""
    text = plain(line)
    return len(text) <= _SHORT_CHARS and len(text.split()) <= _SHORT_WORDS


def is_promotion(line: str) -> bool:
    """A platform's call to action ("Start writing on Inkwell"); furniture at the very end."""
    text = plain(line)
    return (
        bool(text)
        and len(text) <= _SHORT_CHARS
        and len(text.split()) <= _PROMO_WORDS
        and bool(_PROMO.match(text))
    )


def normalise_line(line: str) -> str:
    """The form in which recurring lines are compared across articles (markup looked through)."""
    return re.sub(r"\d+", "#", " ".join(plain(line).casefold().split()))


def strip_furniture(lines: list[str], recurring: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """Split body lines into (kept, removed).

    At the start: lines that are furniture, lone date lines, and an author card (a few
    short lines ending in its followers count, "Follow" button or "N min read") go. At the
    end, the longest closing run of short lines that starts with furniture and is mostly
    furniture is removed whole (the odd avatar letter or counter inside it included). In
    that run a newsletter pitch counts as furniture, so do the short entries under a
    "Related" or "You may also like" heading, and so does a platform's promotion among the
    last lines. `recurring` holds normalised lines that recur across the source's
    articles; they count as furniture too. A long line of prose is never removed.
    """
    known = set(recurring)

    def furniture(line: str) -> bool:
        return is_furniture(line) or (is_short(line) and normalise_line(line) in known)

    start = _card_end(lines)
    removed_head = [line.strip() for line in lines[:start] if line.strip()]
    while start < len(lines) and (
        not lines[start].strip() or furniture(lines[start]) or _is_date_line(lines[start])
    ):
        if lines[start].strip():
            removed_head.append(lines[start].strip())
        start += 1

    end = len(lines)
    closing = _closing_run(lines, start)
    marks = _tail_marks(lines, closing, furniture)
    best = end
    count = 0
    for total, index in enumerate(reversed(closing), start=1):
        if marks[index]:
            count += 1
            if count * 2 > total:
                best = index
    kept = lines[start:best]
    removed_tail = [line.strip() for line in lines[best:end] if line.strip()]
    promotions = [line.strip() for line in kept if _INLINE_PROMO.match(plain(line))]
    if promotions:
        kept = [line for line in kept if not _INLINE_PROMO.match(plain(line))]
    while kept and not kept[-1].strip():
        kept.pop()
    return kept, removed_head + promotions + removed_tail


def _closing_run(lines: list[str], start: int) -> list[int]:
    """Indexes of the non-blank lines of the closing run of short lines, in order."""
    run: list[int] = []
    index = len(lines) - 1
    while index >= start:
        if lines[index].strip():
            if not is_short(lines[index]):
                break
            run.append(index)
        index -= 1
    run.reverse()
    return run


def _tail_marks(lines: list[str], closing: list[int], furniture) -> dict[int, bool]:
    """Which lines of the closing run count as furniture."""
    marks = {
        index: furniture(lines[index]) or bool(_TAIL_FURNITURE.match(plain(lines[index])))
        for index in closing
    }
    for index in closing[-_PROMO_LAST_LINES:]:
        if not marks[index] and is_promotion(lines[index]):
            marks[index] = True
    # A list heading takes its entries with it: the short lines after it, up to the end
    # or the next furniture, when each reads as a headline or a list item (not a sentence).
    for position, index in enumerate(closing):
        if not _LIST_HEADING.match(plain(lines[index])):
            continue
        entries: list[int] = []
        for later in closing[position + 1 :]:
            if marks[later]:
                break
            if not _is_entry(lines[later]):
                entries = []
                break
            entries.append(later)
        if entries and len(entries) <= _MAX_LIST_ENTRIES:
            marks[index] = True
            for later in entries:
                marks[later] = True
    return marks


def _is_entry(line: str) -> bool:
    """A related-list entry: a list item, or a headline (no closing full stop)."""
    text = line.strip()
    if _MARKUP_HEAD.match(text):
        return True
    stripped = plain(text)
    return not stripped.endswith((".", "!", ";", ",", ":")) or stripped.endswith(("...", "…"))


def _card_end(lines: list[str]) -> int:
    """The index just past an author card at the start, or 0 when there is none.

    A card starts with a name (a few capitalised words), may hold a short bio, and ends
    with its last marker (followers, "Follow", "N min read") among the first lines; a
    standfirst before the name means there is no card at the start.
    """
    texts = [(index, plain(line)) for index, line in enumerate(lines) if line.strip()]
    texts = texts[:_CARD_LINES]
    if not texts or not _NAME.match(texts[0][1]):
        return 0
    end = 0
    for index, text in texts:
        if len(text) > _CARD_LINE_CHARS:
            break
        if _CARD_MARKER.match(text):
            end = index + 1
    if end and not any(line.strip() for line in lines[end:]):
        return 0  # nothing after it: not a card in front of an article
    return end


def _is_date_line(line: str) -> bool:
    """A line that holds only a date (with or without its year)."""
    from briefing.ingest.dates import looks_like_partial_date, parse_date_line

    text = plain(line)
    return len(text) <= 60 and (parse_date_line(text) is not None or looks_like_partial_date(text))
