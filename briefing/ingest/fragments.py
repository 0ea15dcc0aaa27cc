"""HTML fragments (a JSON body holding `<p>` paragraphs) to plain text, through lxml.

Never the stdlib `html.parser` on untrusted input (it has quadratic-time CVEs); lxml's
libxml2 parser is linear.
"""

from __future__ import annotations

import re

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
