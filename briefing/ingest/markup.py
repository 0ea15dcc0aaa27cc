"""HTML: saved pages through trafilatura, fragments through lxml.

Never the stdlib `html.parser` on untrusted input (it has quadratic-time CVEs); lxml's
libxml2 parser is linear. trafilatura is imported only when an HTML file is read: it is
the slowest import we have.
"""

from __future__ import annotations

import re
import warnings

from briefing.core.model import Article
from briefing.core.sanitize import clean_line, clean_text
from briefing.ingest.errors import IngestError

_BLOCK_END = re.compile(r"(?i)</(?:p|div|h[1-6]|li|blockquote|tr|section|article)\s*>|<br\s*/?>")


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a JSON body holding `<p>` paragraphs)."""
    from lxml import html as lxml_html

    marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n\n", fragment)
    try:
        root = lxml_html.fragment_fromstring(marked, create_parent="div")
    except Exception:  # lxml raises several types on hostile input
        return re.sub(r"<[^>]{0,2000}>", " ", fragment)
    for bad in root.xpath("//script|//style|//template"):
        bad.drop_tree()
    return root.text_content()


def parse_html(text: str) -> Article:
    """The article in a saved web page: metadata from meta tags, JSON-LD and <time>."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            document = trafilatura.bare_extraction(
                text,
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
    title = clean_line(data.get("title") or "")
    body_text = clean_text(data.get("text") or "")
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
        byline=clean_line(data.get("author") or "") or None,
        published=parse_date(data.get("date")),
        source=clean_line(data.get("sitename") or "") or None,
        url=clean_line(data.get("url") or "") or None,
        tags=tags_of(data.get("tags") or data.get("categories")),
        format="html",
    )
