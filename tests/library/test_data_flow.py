"""Data flows one way: every pass that changes an article's text runs before (or re-runs)
what is computed from that text, so key-fact offsets point at the body the user sees."""

from __future__ import annotations

import pytest

from briefing.library import indexer
from tests.library.helpers import open_library

BANNER = "The Quayside Letter"
BODIES = [
    "Dock workers in Antwerp began a strike on Monday, said union leader Marta Vandenberghe. "
    '"We will not move until the cranes stop," Vandenberghe said. The port lost 12 million '
    "euros in a week.",
    "Barcelona cut water pressure on Tuesday as reservoirs in Catalonia fell to 16 percent, "
    'said the water minister Laia Puig. "Every drop counts now," Puig told reporters in '
    "Girona.",
    "The Bavarian cabinet met in Munich on Wednesday to settle the budget dispute, finance "
    'minister Georg Huber said. "We have a deal," Huber said after the meeting in the '
    "Maximilianeum.",
]


def _write_site(folder, bodies=BODIES, first=0) -> None:
    folder.mkdir(exist_ok=True)
    for number, body in enumerate(bodies, start=first):
        (folder / f"a{number}.txt").write_text(
            f"Story number {number}\n\nStaff reporter\n3 March 2025\n\n{BANNER}\n\n{body}\n",
            "utf-8",
        )


def _surfaces(article) -> list[tuple[str, str, str]]:
    """(kind, what the fact says its text is, what its span points at) for every span."""
    body = article.body
    facts = article.facts.to_json() if hasattr(article.facts, "to_json") else article.facts
    found = []
    for kind in ("people", "places", "organisations"):
        for item in facts[kind]:
            for start, end in item["spans"]:
                text = body[start:end]
                expected = text if text in item["mentions"] else "|".join(item["mentions"])
                found.append((kind, expected, text))
    for item in facts["dates"]:
        for start, end in item["spans"]:
            found.append(("dates", item["text"], body[start:end]))
    for kind in ("quotes", "figures"):
        for item in facts[kind]:
            start, end = item["span"]
            found.append((kind, item["text"], body[start:end]))
    return found


def _check_library(library, expected_articles: int) -> None:
    hits = library.search("", limit=None).hits
    assert len(hits) == expected_articles
    for hit in hits:
        article = library.get(hit.id)
        assert BANNER not in article.body
        assert article.removed[0] == BANNER
        surfaces = _surfaces(article)
        assert len(surfaces) >= 4, article.title
        for kind, expected, pointed_at in surfaces:
            assert pointed_at == expected, (article.title, kind)
        organisations = [item["name"] for item in _facts_json(article)["organisations"]]
        assert not any("Quayside" in name for name in organisations), organisations
    # The fact rows the library answers from were recomputed too: no entity page for the
    # banner, and each date's sentence is from the final body.
    assert library.entity("Quayside Letter") is None
    for event in library.timeline().events:
        assert BANNER not in event.sentence
    assert library.search("quayside").total == 0


def _facts_json(article) -> dict:
    facts = article.facts
    return facts.to_json() if hasattr(facts, "to_json") else facts


@pytest.mark.parametrize("pool_threshold", [10**9, 0], ids=["inline", "segment-workers"])
def test_fact_spans_point_at_the_body_after_a_shared_first_line_is_removed(
    tmp_path, monkeypatch, pool_threshold
):
    monkeypatch.setattr(indexer, "_POOL_THRESHOLD", pool_threshold)
    monkeypatch.setattr(indexer, "_BATCH", 1)
    folder = tmp_path / "quayside"
    _write_site(folder)
    with open_library(tmp_path / "home", build=False) as library:
        library.index([folder])
        _check_library(library, 3)
        library.rebuild()
        _check_library(library, 3)


def test_a_later_article_with_the_banner_loses_it_too(tmp_path):
    """The evidence for a recurring line is the articles as read, so it is not forgotten
    once the line has been taken out of the first three."""
    folder = tmp_path / "quayside"
    _write_site(folder)
    more = ["Rotterdam harbour pilots voted on Thursday to join the strike, said Jan Peeters."]
    with open_library(tmp_path / "home", build=False) as library:
        library.index([folder])
        _write_site(folder, more, first=3)
        library.refresh()
        article = library.resolve(str(folder / "a3.txt"))
        assert BANNER not in article.body
        assert article.removed[0] == BANNER
        for kind, expected, pointed_at in _surfaces(article):
            assert pointed_at == expected, kind
