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

from briefing.core.model import Article
from briefing.core.sanitize import clean_line, clean_text
from briefing.ingest.errors import IngestError

_BLOCK_END = re.compile(r"(?i)</(?:p|div|h[1-6]|li|blockquote|tr|section|article)\s*>|<br\s*/?>")
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CHAR_REF = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}));?")
# Cuneiform, Egyptian, Anatolian hieroglyphs, Bamum: 160 printable letters each, stable
# under NFC; the first block the page does not use holds the placeholders.
_PLACEHOLDER_BASES = (0x12000, 0x13000, 0x14400, 0x16800)
_CONTROLS = 0xA0


class _Controls:
    """Control characters hidden from the HTML parser and given back afterwards."""

    def __init__(self, text: str) -> None:
        self.table: dict[int, str] | None = None
        has_raw = _RAW_CONTROL.search(text) is not None
        if not has_raw and "&#" not in text:
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
            if code >= _CONTROLS or 0x20 <= code < 0x7F or code in (9, 10, 13):
                return match.group(0)
            if code >= 0x80:
                try:  # HTML reads &#150; as cp1252 would ("–"); the rest are controls
                    return bytes([code]).decode("cp1252")
                except UnicodeDecodeError:
                    pass
            return chr(base + code)

        text = _CHAR_REF.sub(reference, text) if "&#" in text else text
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


def parse_html(text: str) -> Article:
    """The article in a saved web page: metadata from meta tags, JSON-LD and <time>."""
    import trafilatura

    controls = _Controls(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            document = trafilatura.bare_extraction(
                controls.text,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                include_links=False,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
        except Exception as error:  # trafilatura and lxml raise many types on bad markup
            raise IngestError(f"could not parse HTML ({type(error).__name__})") from None
    if document is None:
        raise IngestError("no article text found in the HTML page")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    title = controls.line(data.get("title"))
    body_text = clean_text(controls.restore(data.get("text")))
    lines = [line.strip() for line in body_text.split("\n") if line.strip()]
    # trafilatura may start the text with a section label and the headline: drop what
    # comes before the headline when it appears among the first lines.
    heads = [clean_line(line) for line in lines[:3]]
    if title and title in heads:
        lines = lines[heads.index(title) + 1 :]
    if not lines:
        raise IngestError("no article text found in the HTML page")
    from briefing.ingest.dates import parse_date
    from briefing.ingest.fields import tags_of

    return Article(
        title=title,
        body="\n\n".join(lines),
        byline=controls.line(data.get("author")) or None,
        published=parse_date(data.get("date")),
        source=controls.line(data.get("sitename")) or None,
        url=controls.line(data.get("url")) or None,
        tags=tags_of(data.get("tags") or data.get("categories")),
        format="html",
    )
