"""Same-story groups kept up run by run (files added, edited, removed) are the groups a
rebuild of the final library finds."""

from __future__ import annotations

import os
import random

from tests.related.helpers import open_library, write_jsonl

_SYLLABLES = "ka lo mi ren tu sa vo pel dri an mo ki zu ber ta nol es fi gar um".split()


def _story(rng: random.Random, words: int = 130) -> list[str]:
    """Sentences of made-up words (no real text), about `words` words in all."""
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        length = rng.randint(8, 16)
        sentence = " ".join(
            "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(length)
        )
        sentences.append(sentence.capitalize() + ".")
    return sentences


def _copy(rng: random.Random, sentences: list[str]) -> list[str]:
    """A syndicated copy: one sentence dropped, one word changed in two others."""
    out = list(sentences)
    del out[rng.randrange(1, len(out))]
    for _ in range(2):
        at = rng.randrange(len(out))
        words = out[at].split()
        words[rng.randrange(len(words))] = "zorbal"
        out[at] = " ".join(words)
    return out


def _articles(seed: int) -> dict[str, dict]:
    """file name -> article: 30 stories, most with one to three copies."""
    rng = random.Random(seed)
    out = {}
    for number in range(30):
        story = _story(rng)
        versions = [story] + [_copy(rng, story) for _ in range(rng.choice((0, 1, 1, 2, 3)))]
        for copy, sentences in enumerate(versions):
            out[f"s{number:02d}c{copy}.jsonl"] = {
                "title": f"Story {number} as told by desk {copy}",
                "body": " ".join(sentences),
                "date": f"2025-04-{1 + number % 28:02d}",
                "source": f"Desk {copy}",
            }
    return out


def _groups(library) -> set[frozenset[str]]:
    """Each article's group, as the set of its members' titles."""
    titles = {article_id: library.get(article_id).title for article_id in library.ids()}
    return {
        frozenset(titles[a] for a in [article_id, *library.same_story(article_id)])
        for article_id in titles
    }


def test_groups_after_adds_edits_and_removals_equal_a_rebuild(tmp_path):
    articles = _articles(seed=8)
    names = sorted(articles)
    random.Random(2).shuffle(names)
    folder = tmp_path / "lib"
    with open_library(tmp_path / "home") as library:
        for part in (names[:40], names[40:70], names[70:]):  # three runs of additions
            for name in part:
                write_jsonl(folder, [articles[name]], name)
            library.index([folder])
        # A copy edited into a different story, another story's original removed, and a
        # copy of a lone story added: a split, a group losing a member, a merge.
        rng = random.Random(5)
        edited = next(name for name in names if name.endswith("c1.jsonl"))
        articles[edited]["body"] = " ".join(_story(rng))
        os.utime(write_jsonl(folder, [articles[edited]], edited), ns=(1, 1))
        removed = next(n for n in names if n.endswith("c0.jsonl") and n[:3] + "c1.jsonl" in names)
        (folder / removed).unlink()
        lone = next(n for n in names if n.endswith("c0.jsonl") and n[:3] + "c1.jsonl" not in names)
        story = articles[lone]["body"].split(". ")
        added = {**articles[lone], "title": "A late copy", "body": ". ".join(story[1:])}
        write_jsonl(folder, [added], "late.jsonl")
        library.refresh()
        kept = _groups(library)
    with open_library(tmp_path / "fresh") as rebuilt:
        rebuilt.index([folder])
        assert _groups(rebuilt) == kept
    sizes = sorted(len(group) for group in kept)
    assert sizes.count(1) >= 3 and max(sizes) >= 3  # lone stories and real groups
    assert frozenset({articles[lone]["title"], "A late copy"}) in kept
    assert all(articles[edited]["title"] not in group or len(group) == 1 for group in kept)
