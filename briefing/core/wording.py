"""Counts as people read them: "1 article", "2 articles", "12,000 articles"."""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """`count` (with thousands separators) and `noun`, plural unless the count is one."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"
