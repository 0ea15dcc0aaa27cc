"""Key facts of an article: people, places, organisations, dates, quotes and figures.

Pure and offline: `extract_facts` reads nothing but the shipped gazetteer (once, lazily)
and never raises.
"""

from briefing.facts.extract import extract_facts
from briefing.facts.model import DateFact, Facts, Figure, Organisation, Person, Place, Quote

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
