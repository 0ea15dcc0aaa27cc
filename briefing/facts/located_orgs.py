"""An organisation named with where it sits ("the British Embassy in Lima"), read as that
organisation in a speaker's phrase."""

from __future__ import annotations

Mention = tuple[int, int, str, str]


def located(body: str, head: Mention, later: list[Mention], hi: int) -> bool:
    """Whether the phrase ending at `hi` is the organisation `head`, then " in " and one
    place and nothing else ("a spokesperson for the British Embassy in Lima said")."""
    if head[2] != "org" or len(later) != 1 or later[0][2] != "place":
        return False
    place = later[0]
    return body[head[1] : place[0]] == " in " and not body[place[1] : hi].strip(" ,")
