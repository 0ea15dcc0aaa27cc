"""The learned speaker fallback experiment (scripts/speaker_candidates.py and
scripts/train_speaker_model.py) on sentences we wrote: who the candidates are and what
their features say, and a trainer and threshold that behave."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import speaker_candidates  # noqa: E402
import train_speaker_model as trainer  # noqa: E402

from briefing.facts.attribution import Attributor  # noqa: E402
from briefing.facts.entities import find_entities  # noqa: E402
from briefing.facts.quote_marks import quotations  # noqa: E402
from briefing.facts.quotes import find_quotes  # noqa: E402

BODY = (
    "Mayor Jane Holloway opened the Fenwick bridge on Monday. The Harbour Trust paid for its "
    'lights.\n\nHolloway thanked the builders. "This bridge joins two halves of one town," '
    "she said."
)


def _candidates() -> dict[str, dict[str, float]]:
    mentions = find_entities(BODY).mentions
    quotes = find_quotes(BODY, mentions)
    text, segments = quotations(BODY)
    att = Attributor(text, mentions, [(s[0], s[1]) for s in segments])
    quotes[0].speaker = None  # as if the rules had left it empty
    return dict(speaker_candidates.candidates(att, quotes, 0))


def test_candidates_come_from_the_sentences_before_with_where_they_stand() -> None:
    found = _candidates()
    assert set(found) == {"Jane Holloway", "Harbour Trust"}
    person, org = found["Jane Holloway"], found["Harbour Trust"]
    assert person["at_prev1"] and person["subject_prev1"] and person["rank_0"]
    assert person["pronoun_fits"]  # "she", and "Jane" is a woman's name
    assert org["at_prev2"] and org["kind_org"] and org["pronoun_clashes"]


def _case(article: int, good: str, bad: str) -> trainer.Case:
    return trainer.Case(article, 0, ["a", "b"], [{good: 1.0}, {bad: 1.0}], [1, 0], "a")


def test_the_trainer_ranks_the_cue_it_saw_with_the_speaker_first() -> None:
    model = trainer.train([_case(i, "verb_after", "inside_quote") for i in range(20)])
    assert trainer.best(model, _case(99, "verb_after", "inside_quote"))[0] == 0
    assert trainer.best(model, _case(99, "inside_quote", "verb_after"))[0] == 1


def test_threshold_is_the_lowest_score_keeping_97_in_100_right() -> None:
    scored = [(1.0 - i / 100, True) for i in range(20)] + [(0.55, False), (0.5, True)]
    assert trainer.threshold(scored) == 0.81  # the 20th right one: 20 of 21 is too few
    scored = [(1.0 - i / 100, True) for i in range(40)] + [(0.55, False), (0.5, True)]
    assert trainer.threshold(scored) == 0.5  # 41 of 42 right is enough
    assert trainer.threshold([(0.9, False), (0.8, True)]) == 1.0  # never 97%: fill nothing
