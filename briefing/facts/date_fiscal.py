"""Fiscal years ("FY24", "fiscal 2025", "fiscal 2023-24"): twelve months that start in the
month the country's convention gives, which the text's currency or country names tell
(India's run April to March and are named for the year they end in, "FY25" being April 2024
to March 2025; Japan's also start in April but are named for the year they start in;
Bangladesh's and Pakistan's run July to June; the US federal government's run October to
September and are named for the year they end in, "fiscal year 2018" being October 2017 to
September 2018). Without such a cue a fiscal year stays the
calendar year its number names. Used by `briefing.facts.dates`."""

from __future__ import annotations

import re

# (start, end, iso start, iso end, granularity) of a date phrase in the body.
Found = tuple[int, int, str, str, str]

_FISCAL = re.compile(
    r"\b(?:FY\s?['’]?|[Ff]iscal\s+(?:[Yy]ear\s+)?(?:\(FY\)\s+)?)(?P<y>\d\d|(?:19|20)\d\d)"
    r"(?:[-–/](?P<y2>\d\d|(?:19|20)\d\d))?(?![\w%]|[.,]\d)"
)
# (cue, first month, whether a single year names the year the fiscal year ends in)
_CONVENTIONS = (
    (re.compile(r"₹|\b(?:crores?|lakhs?|Sensex|India(?:n|'s|’s)?)\b|\bRs\.?\s?\d"), 4, True),
    (re.compile(r"\b(?:Tk\s?\d|taka|Bangladesh|Pakistan)"), 7, True),
    (re.compile(r"¥|\b(?:yen|Japan(?:ese|'s|’s)?)\b"), 4, False),
    # the US federal government: its agencies, Congress, federal budgets
    (
        re.compile(
            r"\b(?:[Ff]ederal|Congress(?:ional)?|Pentagon|(?:U\.S\.|United States)\s+"
            r"(?:[A-Z][a-z]+\s+){0,3}(?:Agency|Department|Administration|Service|Bureau"
            r"|[Gg]overnment|Army|Navy|Air Force)\b)"
        ),
        10,
        True,
    ),
)


def _convention(body: str) -> tuple[int, bool] | None:
    """(first month, named for its end) of the convention whose cues the text holds most."""
    best, hits = None, 0
    for cue, month, by_end in _CONVENTIONS:
        count = len(cue.findall(body))
        if count > hits:
            best, hits = (month, by_end), count
    return best


def fiscal_years(body: str, found: list[Found]) -> list[Found]:
    """Replace the years of fiscal years (and add "FY24") by their months, when the text
    tells the country's convention."""
    if "FY" not in body and "iscal " not in body:
        return found
    fiscal = list(_FISCAL.finditer(body))
    convention = _convention(body) if fiscal else None
    if convention is None:
        return found
    month, by_end = convention
    added: list[Found] = []
    for m in fiscal:
        first = int(m.group("y")) % 100 + 2000 if len(m.group("y")) == 2 else int(m.group("y"))
        # ("fiscal 2023-24" starts in 2023; India's "FY24" ends in 2024)
        start_year = first - 1 if by_end and month > 1 and not m.group("y2") else first
        end_month = month - 1 or 12
        end_year = start_year + 1 if month > 1 else start_year
        added.append(
            (
                m.start(),
                m.end(),
                f"{start_year}-{month:02d}",
                f"{end_year}-{end_month:02d}",
                "month",
            )
        )
    kept = [f for f in found if not any(a[0] < f[1] and f[0] < a[1] for a in added)]
    return sorted(kept + added)
