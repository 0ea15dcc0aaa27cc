"""Names the web gives organisations: a site's domain name ("Booking.com", "DutchNews.nl",
"Sermitsiaq.AG", "UOL.com.br") and X, the social network once called Twitter ("in a post on
X", "on its X account", a share line's "Facebook | WhatsApp | X")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.lazy_re import lazy

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# A capitalised name, then one to three top-level domains, all lower case or all capitals,
# that is not part of an address (no "@", "/" or "." either side, no path after it).
_TLDS = (
    "com|net|org|info|io|co|uk|nl|de|fr|es|it|pt|no|se|dk|fi|is|gl|ag|ru|ua|pl|cz|ch|at|be|"
    "ie|eu|ca|au|nz|in|pk|za|ng|ke|br|ar|mx|cl|pe|tv|fm|news"
)
_DOMAIN_NAME = lazy(
    r"(?<![\w@/.-])[A-Z][A-Za-z0-9-]*[A-Za-z0-9]"
    rf"(?:(?:\.(?:{_TLDS})){{1,3}}|(?:\.(?:{_TLDS.upper()})){{1,3}})"
    r"(?![\w/@-]|\.[A-Za-z0-9])"
)
# The other networks a share line or a "follow us" line names beside X.
_NETWORKS = (
    "Facebook", "WhatsApp", "Instagram", "LinkedIn", "YouTube", "TikTok", "Telegram",
    "Threads", "Bluesky", "Email", "Reddit",
)  # fmt: skip
# "X" said of the network: "on X" (not "on X-rays"), "its X account", "an X post".
_X_NETWORK = lazy(
    r"(?<![\w.'’-])X(?![\w'’&|-])"
    r"(?:(?= (?:account|post|page|feed|handle|user)s?\b)|(?<=\bon X)(?! [A-Z0-9]))"
)
# X as an entry of a list of networks: one per line, or set off by "|", "," or "·".
_X_LISTED = lazy(r"(?:^|[|,·•]\s*)X\s*(?:$|[|,·•])", re.M)


def web_names(builder: Builder) -> list[tuple[int, int]]:
    """Add the organisations the web names to `builder`; return their spans (which no other
    rule then reads)."""
    body = builder.body
    spans = []
    if "." in body:
        for m in _DOMAIN_NAME.finditer(body):
            builder.add_org(m.group(), m.group(), m.span())
            spans.append(m.span())
    if "X" in body:
        for at in _x_network(body):
            builder.add_org("X", "X", (at, at + 1))
            spans.append((at, at + 1))
    builder.sure.update(spans)
    return spans


def _x_network(body: str) -> list[int]:
    """Where `body` names X the network."""
    found = [m.start() for m in _X_NETWORK.finditer(body)]
    if any(network in body for network in _NETWORKS):
        for m in _X_LISTED.finditer(body):
            at = body.index("X", m.start())
            around = body[max(0, at - 40) : at + 40]
            if at not in found and any(network in around for network in _NETWORKS):
                found.append(at)
    return found
