"""Horse racing: the horses a race report names by their odds ("the 7-4 market leader Galway
Girl", "Copper Kettle, a 16-1 shot") or in its result ("2 Galway Girl (D Whelan) 7-4 fav"),
which are no people, and the jockeys its result names in brackets, who are. Used by
`briefing.facts.entities`."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
_ODDS = r"\d{1,3}-\d{1,2}"
# "2 Galway Girl (D Whelan) 7-4 fav": a place, the horse, its jockey, its odds.
_RESULT = lazy(rf"(?:^|(?<=[,:;] ))\d{{1,2}} ({_NAME}) \(([A-Z]\.? [A-Z][\w'’-]+)\) {_ODDS}\b")
# "the 7-4 market leader Galway Girl", "the 10-1 joint-favourite Quiet Harbour".
_ODDS_BEFORE = lazy(
    rf"\b{_ODDS} (?:joint-|co-|second |clear )?(?:favourite|fav|market leader|shot|outsider)"
    rf" ({_NAME})"
)
# "Copper Kettle, a 16-1 shot".
_ODDS_AFTER = lazy(rf"({_NAME}), (?:a|the) {_ODDS} (?:shot|outsider|chance|favourite)\b")


def is_race_report(body: str) -> bool:
    """A cheap test: odds' words a race report writes."""
    return ("-1 " in body or " fav" in body) and ("favourite" in body or " shot" in body)


def horses_and_jockeys(body: str) -> tuple[set[str], list[tuple[int, int]]]:
    """The horses' names, and the spans of the jockeys the result names."""
    horses: set[str] = set()
    jockeys = []
    for m in _RESULT.finditer(body):
        horses.add(m.group(1))
        jockeys.append(m.span(2))
    for pattern in (_ODDS_BEFORE, _ODDS_AFTER):
        horses.update(m.group(1) for m in pattern.finditer(body))
    return horses, jockeys
