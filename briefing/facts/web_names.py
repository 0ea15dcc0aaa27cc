"""Names the web gives organisations: a site's domain name ("Booking.com", "DutchNews.nl",
"Sermitsiaq.AG", "UOL.com.br") and X, the social network once called Twitter ("in a post on
X", "on its X account", a share line's "Facebook | WhatsApp | X")."""

from __future__ import annotations

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
# Where a domain name may end: a dot and a top-level domain (found first: a pattern that
# opens with a capital would be tried at every one).
_TLD = lazy(rf"\.(?:(?:{_TLDS})|(?:{_TLDS.upper()}))\b")
# The other networks a share line or a "follow us" line names beside X.
_NETWORKS = (
    "Facebook", "WhatsApp", "Instagram", "LinkedIn", "YouTube", "TikTok", "Telegram",
    "Threads", "Bluesky", "Email", "Reddit",
)  # fmt: skip
# What says that an "X" is the network: a post or an account of it ("its X account").
_X_THINGS = lazy(r" (?:account|post|page|feed|handle|user)s?\b")
_LIST_MARKS = "\n|,·•"


def web_names(builder: Builder) -> list[tuple[int, int]]:
    """Add the organisations the web names to `builder`; return their spans (which no other
    rule then reads)."""
    body = builder.body
    spans = []
    starts = set()
    for tld in _TLD.finditer(body):
        at = tld.start()
        while at > 0 and (body[at - 1].isalnum() or body[at - 1] == "-"):
            at -= 1
        m = _DOMAIN_NAME.match(body, at) if at not in starts else None
        if m is not None:
            starts.add(at)
            builder.add_org(m.group(), m.group(), m.span())
            spans.append(m.span())
    at = body.find("X")
    if at >= 0:
        listed = any(network in body for network in _NETWORKS)
        while at >= 0:
            if _x_network(body, at, listed):
                builder.add_org("X", "X", (at, at + 1))
                spans.append((at, at + 1))
            at = body.find("X", at + 1)
    builder.sure.update(spans)
    return spans


def _x_network(body: str, at: int, listed: bool) -> bool:
    """Whether the "X" at `at` is the network: a word of its own, then "on X" (not "on X
    Games"), "its X account", or an entry of a list of networks (one a line, or set off by
    "|", "," or "·") when the body names another network."""
    before = body[at - 1] if at else " "
    after = body[at + 1 : at + 2] or " "
    if before.isalnum() or before in "._'’-" or after.isalnum() or after in "_'’&|-":
        return False
    if _X_THINGS.match(body, at + 1):
        return True
    if body.endswith("on ", 0, at) and not body[at - 4 : at - 3].isalnum():
        following = body[at + 2 : at + 3]
        return not (after == " " and (following.isupper() or following.isdigit()))
    if not listed:
        return False
    left = body[max(0, at - 40) : at].rstrip(" \t")
    right = body[at + 1 : at + 41].lstrip(" \t")
    return (
        (not left or left[-1] in _LIST_MARKS)
        and (not right or right[0] in _LIST_MARKS)
        and any(network in left or network in right for network in _NETWORKS)
    )
