"""Key facts of an article: people, places, organisations, dates, quotes and figures.

Pure and offline: `extract_facts` reads nothing but the shipped gazetteer (once, lazily)
and never raises.
"""

from briefing.core.facts import DateFact, Facts, Figure, Organisation, Person, Place, Quote
from briefing.facts.extract import extract_facts

__all__ = [
    "DateFact",
    "Facts",
    "Figure",
    "Organisation",
    "Person",
    "Place",
    "Quote",
    "extract_facts",
]
