"""Plain values from the fields of structured input: the first of several names, a string
from a name, a list or an object, tags from a list or a comma-separated string.

Apart from `fields` so that the HTML reader can take tags without importing `fields`
(which imports it for fragments): no import cycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from briefing.core.sanitize import clean_line


def lookup(data: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    """The first non-empty value under any of `keys` (matched case-insensitively)."""
    lowered = {str(key).lower(): value for key, value in data.items()}
    for key in keys:
        value = lowered.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def text_of(value: Any) -> str | None:
    """A plain string from a field value: a string, a list of names, or {"name": ...}
    ({"rendered": ...} as a WordPress export gives its title and content)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return text_of(lookup(value, ("name", "title", "value", "text", "rendered", "@id")))
    if isinstance(value, (list, tuple)):
        names = [name for item in value if (name := text_of(item))]
        return ", ".join(names) if names else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def tags_of(value: Any) -> list[str]:
    """Tags from a list or a comma-separated string."""
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    tags = []
    for item in items:
        tag = clean_line(text_of(item) or "")
        if tag and tag not in tags:
            tags.append(tag[:80])
    return tags[:50]
