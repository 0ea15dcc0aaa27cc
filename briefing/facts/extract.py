"""`extract_facts`: the one entry point that runs every extractor and never raises."""

from __future__ import annotations

import logging
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from briefing.core.facts import Facts

log = logging.getLogger(__name__)

# Bodies longer than this are cut before extraction (a briefing article is far shorter);
# keeps the worst case bounded on hostile input.
MAX_BODY_CHARS = 2_000_000
# People, places, organisations and quotes are looked for in the first this-many characters
# only: real articles are a few thousand characters, and a megabyte without punctuation is
# not prose. Dates and figures (cheap, linear) still cover the whole body, figures up to
# `figures.MAX_FIGURE_STARTS` places where one may start.
MAX_ENTITY_CHARS = 200_000


@lru_cache(maxsize=1)
def _extractors() -> tuple[Any, Any, Any, Any]:
    """The four extractors, imported on the first extraction: their patterns and tables
    take tens of milliseconds to set up, which `import briefing.facts` (every command of the
    program) need not pay."""
    from briefing.facts.dates import find_dates
    from briefing.facts.entities import find_entities
    from briefing.facts.figures import find_figures
    from briefing.facts.quotes import find_quotes

    return find_dates, find_figures, find_entities, find_quotes


def extract_facts(body: str, published: date | datetime | None = None) -> Facts:
    """The key facts of `body`; relative dates resolve against `published`.

    Pure (reads only the shipped gazetteer, once), thread-safe, and total: on any input it
    returns a `Facts`, possibly empty, and never raises.
    """
    if not isinstance(body, str) or not body.strip():
        return Facts()
    text = body[:MAX_BODY_CHARS]
    facts = Facts()
    find_dates, find_figures, find_entities, find_quotes = _extractors()
    try:
        facts.dates = find_dates(text, published)
    except Exception:  # noqa: BLE001 - extraction must never fail the caller
        log.exception("date extraction failed")
    try:
        blocked = [span for d in facts.dates for span in d.spans]
        facts.figures = find_figures(text, blocked)
    except Exception:  # noqa: BLE001
        log.exception("figure extraction failed")
    try:
        prose = text[:MAX_ENTITY_CHARS]
        entities = find_entities(prose)
        facts.people, facts.places, facts.organisations = (
            entities.people,
            entities.places,
            entities.organisations,
        )
        facts.quotes = find_quotes(prose, entities.mentions)
    except Exception:  # noqa: BLE001
        log.exception("entity extraction failed")
    return facts
