"""HTML: saved pages through trafilatura, fragments through lxml.

Never the stdlib `html.parser` on untrusted input (it has quadratic-time CVEs); lxml's
libxml2 parser is linear. trafilatura is imported only when an HTML file is read: it is
the slowest import we have.

Control characters. libxml2 turns `&#27;` into a real ESC, which makes trafilatura fail
to build its output tree (lxml refuses control characters), so the page came out empty;
a raw ESC is dropped on its own by trafilatura, leaving the rest of the sequence ("[2J",
"]52;c;...") as visible text. So before parsing, every C0/C1 control character, raw or
written as a character reference, is swapped for a placeholder: a printable character from
a script no news page uses (one the page does not contain). The placeholders go through
parsing and extraction untouched, are turned back into the control characters afterwards,
and `clean_text` then removes whole escape sequences exactly as for text files.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from datetime import datetime

from briefing.core.model import Article
from briefing.core.sanitize import clean_line, clean_text
from briefing.ingest.dates import NOTICE_KEY
from briefing.ingest.errors import IngestError

_BLOCK_END = re.compile(r"(?i)</(?:p|div|h[1-6]|li|blockquote|tr|section|article)\s*>|<br\s*/?>")
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Numeric character references to C0 (0-31), DEL and C1 (127-159) only, as HTML reads them:
# leading zeros allowed, the semicolon optional.
_CHAR_REF = re.compile(
    r"&#(?:[xX]0*([01]?[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])(?![0-9a-fA-F])"
    r"|0*([12]?[0-9]|3[01]|12[7-9]|1[3-5][0-9])(?![0-9]));?"
)
# Cuneiform, Egyptian, Anatolian hieroglyphs, Bamum: 160 printable letters each, stable
# under NFC; the first block the page does not use holds the placeholders.
_PLACEHOLDER_BASES = (0x12000, 0x13000, 0x14400, 0x16800)
_CONTROLS = 0xA0


class _Controls:
    """Control characters hidden from the HTML parser and given back afterwards."""

    def __init__(self, text: str) -> None:
        self.table: dict[int, str] | None = None
        has_raw = _RAW_CONTROL.search(text) is not None
        has_ref = "&#" in text and _CHAR_REF.search(text) is not None
        if not has_raw and not has_ref:
            self.text = text
            return
        base = next(
            (
                start
                for start in _PLACEHOLDER_BASES
                if not re.search(f"[{chr(start)}-{chr(start + _CONTROLS - 1)}]", text)
            ),
            _PLACEHOLDER_BASES[-1],  # all four scripts on one page: clashes only lose text
        )

        def reference(match: re.Match[str]) -> str:
            code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
            if code in (9, 10, 13):
                return match.group(0)
            if code >= 0x80:
                try:  # HTML reads &#150; as cp1252 would ("–"); the rest are controls
                    return bytes([code]).decode("cp1252")
                except UnicodeDecodeError:
                    pass
            return chr(base + code)

        text = _CHAR_REF.sub(reference, text) if has_ref else text
        if has_raw:
            text = _RAW_CONTROL.sub(lambda match: chr(base + ord(match.group())), text)
        self.text = text
        self.table = {base + code: chr(code) for code in range(_CONTROLS)}

    def restore(self, value: object) -> str:
        """`value` as a string with the control characters back (for `clean_text`)."""
        text = value if isinstance(value, str) else ""
        return text.translate(self.table) if self.table else text

    def line(self, value: object) -> str:
        return clean_line(self.restore(value))


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a JSON body holding `<p>` paragraphs)."""
    from lxml import html as lxml_html

    controls = _Controls(fragment)
    marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n\n", controls.text)
    try:
        root = lxml_html.fragment_fromstring(marked, create_parent="div")
    except Exception:  # lxml raises several types on hostile input
        return controls.restore(re.sub(r"<[^>]{0,2000}>", " ", controls.text))
    for bad in root.xpath("//script|//style|//template"):
        bad.drop_tree()
    return controls.restore(root.text_content())


def parse_html(text: str, recurring: Iterable[str] = ()) -> Article:
    """The article in a saved web page: metadata from meta tags, JSON-LD and <time>.

    `recurring` holds normalised lines that recur across the source (see
    `furniture.strip_furniture`), as for every other format.
    """
    import trafilatura
    from trafilatura.utils import load_html

    from briefing.ingest.htmlmeta import PageMeta, read_meta

    controls = _Controls(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = load_html(controls.text)
            if tree is None:
                raise IngestError("no article text found in the HTML page")
            try:
                meta = read_meta(tree)
            except Exception:  # odd metadata never costs the page its text
                meta = PageMeta()
            # The main text only: the metadata is read above, and trafilatura's own reading
            # of it (a quarter of the time) is asked for piece by piece, only where the page
            # states nothing (see _Guesses). bare_extraction works on a copy of the tree.
            document = trafilatura.bare_extraction(
                tree,
                with_metadata=False,
                include_comments=False,
                include_tables=True,
                include_links=False,
            )
        except IngestError:
            raise
        except Exception as error:  # trafilatura and lxml raise many types on bad markup
            raise IngestError(f"could not parse HTML ({type(error).__name__})") from None
        if document is None:
            raise IngestError("no article text found in the HTML page")
        guesses = _Guesses(tree)
        return _article(document.text or "", meta, guesses, controls, recurring)


class _Guesses:
    """trafilatura's (and htmldate's) own reading of a page's metadata, one piece at a time.

    Used where the page states nothing explicit: an author from the page's byline markup,
    a title from headings, the day from htmldate, tags from tag and category links. Each
    is computed only when asked, and an error in one is no value, never a lost page.
    """

    def __init__(self, tree) -> None:
        self.tree = tree
        self._url: str | None | bool = False

    def _call(self, function, *args):
        try:
            value = function(*args)
        except Exception:
            return None
        if isinstance(value, str):  # as trafilatura's Document.clean_and_trim
            from html import unescape

            from trafilatura.utils import line_processing

            value = line_processing(unescape(value[:10000]))
        return value

    def url(self, meta) -> str | None:
        """og:url or twitter:url when valid, else the canonical link made absolute."""
        if self._url is False:
            from courlan import is_valid_url
            from trafilatura.metadata import extract_url

            valid = [url for url in meta.page_urls if self._call(is_valid_url, url)]
            self._url = valid[0] if valid else self._call(extract_url, self.tree)
        return self._url or None

    def sitename(self, meta) -> str | None:
        from trafilatura.metadata import META_URL, extract_sitename

        name = self._call(extract_sitename, self.tree)
        if name:
            name = name.lstrip("@")
            return name.title() if "." not in name and not name[:1].isupper() else name
        match = META_URL.match(self.url(meta) or "")
        return match[1] if match else None

    def author(self) -> str | None:
        from trafilatura.metadata import extract_author

        return self._call(extract_author, self.tree)

    def title(self) -> str | None:
        from trafilatura.metadata import extract_title

        return self._call(extract_title, self.tree)

    def date(self, meta) -> str | None:
        from htmldate import find_date

        url = self.url(meta)
        return self._call(
            lambda: find_date(self.tree, extensive_search=False, original_date=True, url=url)
        )

    def tags(self, meta) -> list[str]:
        from trafilatura.metadata import extract_catstags, normalize_tags

        tags = [tag for value in meta.keywords if (tag := self._call(normalize_tags, value))]
        tags = tags or self._call(extract_catstags, "tag", self.tree) or []
        return tags or meta.sections or self._call(extract_catstags, "category", self.tree) or []


def _article(
    text: str, meta, guesses: _Guesses, controls: _Controls, recurring: Iterable[str]
) -> Article:
    from briefing.ingest.furniture import strip_furniture
    from briefing.ingest.htmlmeta import is_site_name, site_keys
    from briefing.ingest.values import tags_of

    names = [controls.line(name) for name in [*meta.site_names, *meta.handles]]
    source = next((name for name in names if name), None)
    if source is None:
        guessed = controls.line(guesses.sitename(meta))
        source = guessed if guessed and not guessed.lower().startswith(("http", "//")) else None
    keys = site_keys(meta, [source])
    byline = _byline(meta, guesses, controls, keys)
    title, headlines = _title(meta, guesses, controls, keys, byline)

    lines = [line.strip() for line in clean_text(controls.restore(text)).split("\n")]
    lines = _after_headline([line for line in lines if line], headlines, byline)
    logo = 0  # the site's name on a line of its own above the text (a masthead)
    while logo < len(lines) and is_site_name(lines[logo], keys):
        logo += 1
    kept, removed = strip_furniture(lines[logo:], recurring)
    removed = lines[:logo] + removed
    kept = [line for line in kept if line.strip()]
    if byline and kept and kept[0] == byline:  # the byline on its own line, repeated
        kept = kept[1:]
    if not kept:
        raise IngestError("no article text found in the HTML page")
    if not title:  # every title the page gives is its site's name: the first line stands in
        title = kept[0][:120]
    published = _published(meta, guesses, controls)
    notice = None if published else _date_notice(meta, controls)
    return Article(
        title=title,
        body="\n\n".join(kept),
        byline=byline,
        published=published,
        source=source,
        url=controls.line(guesses.url(meta) or meta.url) or None,
        tags=tags_of([controls.restore(tag) for tag in guesses.tags(meta)]),
        removed=removed,
        format="html",
        extra={NOTICE_KEY: notice} if notice else {},
    )


def _date_notice(meta, controls: _Controls) -> str | None:
    """Why the page's first stated publication time gave no date, when it is not a real
    day or out of range (`dates.date_notice`)."""
    from briefing.ingest.dates import date_notice

    return next(filter(None, (date_notice(controls.line(raw)) for raw in meta.dates)), None)


def _byline(meta, guesses: _Guesses, controls: _Controls, keys: set[str]) -> str | None:
    """The first plausible author: JSON-LD, meta tags, rel=author, then trafilatura's guess."""
    from briefing.ingest.htmlmeta import plausible_byline

    for candidate in meta.authors:
        name = plausible_byline(controls.line(candidate), keys, meta.host_keys)
        if name:
            return name
    # trafilatura joins every name it finds with ";", the site's own among them.
    parts = [controls.line(part) for part in controls.restore(guesses.author()).split(";")]
    names = [name for part in parts if (name := plausible_byline(part, keys, meta.host_keys))]
    return ", ".join(dict.fromkeys(names)) or None


def _title(meta, guesses: _Guesses, controls: _Controls, keys: set[str], byline: str | None):
    """The headline without the site's name, and the loose forms of every headline seen."""
    from briefing.ingest.htmlmeta import is_site_name, loose, strip_site_name

    def candidates():
        yield from meta.titles
        if not title:
            yield guesses.title()

    title = ""
    headlines: set[str] = set()
    for candidate in candidates():
        if not isinstance(candidate, str) or len(candidate) > 1000:  # not a headline
            continue
        text = strip_site_name(controls.line(candidate), keys, meta.host_keys, byline)
        if not text or is_site_name(text, keys):
            continue
        headlines.add(loose(text))
        title = title or text
    return title, headlines


def _after_headline(lines: list[str], headlines: set[str], byline: str | None) -> list[str]:
    """Drop a section label and the headline that trafilatura may put first, then "By ..."."""
    from briefing.ingest.htmlmeta import loose

    heads = [loose(line) if len(line) <= 300 else "" for line in lines[:3]]
    for index, head in enumerate(heads):
        if head in headlines:
            lines = lines[index + 1 :]
            break
    if byline and lines and len(lines[0]) <= 200:
        first = re.sub(r"^(?:by|words by|written by)\s+", "", lines[0], flags=re.IGNORECASE)
        if first != lines[0] and loose(first).startswith(loose(byline)):
            lines = lines[1:]
    return lines


def _published(meta, guesses: _Guesses, controls: _Controls) -> datetime | None:
    """The page's publication time: the first explicit date, with its time of day when the
    page gives one (a date alone stays midnight), else htmldate's day."""
    from briefing.ingest.dates import parse_date

    day = None
    for raw in meta.dates:
        text = controls.line(raw)
        timed = bool(re.search(r"\d:\d", text))
        if day is not None and not timed:
            continue
        parsed = parse_date(text)
        if parsed is None:
            continue
        if timed and (day is None or parsed.date() == day.date()):
            return parsed
        # A day alone: a later source may give the same day with its time.
        day = day or parsed
    if day is None and _date_notice(meta, controls):
        return None  # a stated date that is no real day: htmldate made "2023-02-30" 1 February
    return day or parse_date(controls.line(guesses.date(meta)) or None)
