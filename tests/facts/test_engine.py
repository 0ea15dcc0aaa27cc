"""Engine properties: the gazetteer loads fast and once, and extraction is thread-safe."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from briefing.facts import extract_facts
from briefing.facts.gazetteer import load_gazetteer

REPO = Path(__file__).resolve().parents[2]
BODIES = [
    'Russian President Vladimir Putin met Kim Jong Un on Tuesday. "We will help," Putin said.',
    "The Serious Fraud Office (SFO) charged John Smith, 52, over £3.2 million on March 15.",
    "Dockers in Antwerp, Belgium, walked out; 2,400 workers joined, the ACV-Transcom union said.",
    'Taoiseach Simon Harris said rents rose 40 per cent since 2019. "We will act," Harris said.',
]


def test_gazetteer_aliases() -> None:
    gazetteer = load_gazetteer()
    for alias in ("U.S.", "US", "USA", "United States", "America"):
        assert gazetteer.get(alias).canonical == "United States"
    assert gazetteer.get("Britain").canonical == "United Kingdom"
    assert gazetteer.get("Russian") is None  # demonyms are not places
    assert load_gazetteer() is gazetteer


def test_gazetteer_loads_quickly_in_a_fresh_process() -> None:
    code = (
        "import time; import briefing.facts.gazetteer as g; t = time.process_time(); "
        "n = len(g.load_gazetteer()); print(n, (time.process_time() - t) * 1000)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    count, ms = result.stdout.split()
    assert int(count) > 30_000
    assert float(ms) < 100, f"gazetteer load took {ms} ms"


def test_threads_give_the_same_facts_as_sequential_runs() -> None:
    expected = [extract_facts(b, date(2024, 5, 24)).to_json() for b in BODIES]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(
            pool.map(lambda b: extract_facts(b, date(2024, 5, 24)).to_json(), BODIES * 10)
        )
    assert results == expected * 10


def test_facts_do_not_depend_on_previous_calls() -> None:
    first = extract_facts(BODIES[0]).to_json()
    for body in BODIES[1:]:
        extract_facts(body)
    assert extract_facts(BODIES[0]).to_json() == first
