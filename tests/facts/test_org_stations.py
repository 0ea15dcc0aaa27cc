"""Broadcasters named by call letters and channel, and all-caps words that name nothing, on
invented text."""

from __future__ import annotations

from briefing.facts import extract_facts


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_facts(text).organisations]


def test_call_letters_keep_their_channel() -> None:
    text = "Fire Chief Dana Olsen told KQRT 9 News that the roof fell in."
    assert _orgs(text) == ["KQRT 9 News"]
    text = "Renters told WKLZ 4 they had paid twice. WKLZ 4 visited the office."
    assert _orgs(text) == ["WKLZ 4"]


def test_a_count_after_initials_is_no_channel() -> None:
    text = "Across the KVLA 12 teams played on Saturday, and KVLA said scores rose."
    assert "KVLA 12" not in _orgs(text)


def test_a_weekday_in_capitals_opening_a_dateline_is_no_body() -> None:
    text = "MONDAY, July 1 (Harbor Health News) -- Heat topped 110 degrees in the valley."
    assert "MONDAY" not in _orgs(text)
