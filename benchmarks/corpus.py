"""Generate a deterministic article library with planted stories, for benchmarks.

    python benchmarks/corpus.py OUT_DIR --count 10000 [--seed 7]

Articles are ~600 words in the scraped-text shape (title, byline, date, counter, body,
site furniture), their vocabulary drawn from the bundled sample library (word frequencies
and sentence lengths), their entities (people with roles, places, organisations) planted
per story. `OUT_DIR/stories.tsv` maps each file (relative path) to its story id; about 10%
of the articles belong to no story ("-"). Same seed, same samples: same bytes.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST = ("Anna Marek Sofia Jonas Lena Pieter Ines Tomas Clara Mateo Eva Lukas Nora Hugo Maya "
         "Oskar Ilse Rafael Greta Felix Irene Bruno Alma Viktor Elena Pablo Hanna Emil Rosa Joris "
         "Amira Kofi Yuki Arjun Leila Dmitri Aoife Sean Marta Jan").split()  # fmt: skip
LAST = ("Vandenberghe Peeters Moreau Lindqvist Okafor Brennan Castell Hofmann Jansen Novak "
        "Rossi Dubois Keller Andersen Silva Murphy Kowalski Weber Costa Berg Haas Fischer "
        "Nilsen Ferreira Laurent Schmidt Horvat Varga Olsen Quinn Duarte Maes Wouters Lenz "
        "Sato Mehta Haddad Petrov Walsh Garcia").split()  # fmt: skip
ROLES = ("chief executive", "spokeswoman", "spokesman", "minister", "mayor", "union secretary",
         "chairman", "director", "analyst", "professor", "prosecutor", "commissioner")  # fmt: skip
PLACES = ("Antwerp Rotterdam Hamburg Barcelona Lleida Girona Munich Nuremberg Augsburg Oslo "
          "Bergen Tromsø Leeds Manchester Sheffield Dublin Cork Galway Lyon Marseille Porto "
          "Lisbon Bilbao Valencia Gdansk Krakow Vienna Graz Zurich Geneva Ghent Bruges Liège "
          "Utrecht Eindhoven Aarhus Malmö Gothenburg Turin Naples").split()  # fmt: skip
ORG_KINDS = ("Authority", "Union", "Group", "Agency", "Council", "Commission", "Holdings",
             "Federation", "Institute", "Party")  # fmt: skip
SITES = (
    (
        "Harbour Daily",
        ["Share this story", "Subscribe to HARBOUR DAILY", "{n} Comments", "No comments yet."],
    ),
    ("The Coastline Post", ["Learn More", "Sign up for our morning briefing", "{n} Comments", "K"]),
    ("Northgate Wire", ["Cookie settings", "Read more from Northgate Wire", "Follow us"]),
)
_WORD = re.compile(r"[A-Za-z][a-z]+")


def sample_vocabulary() -> tuple[list[str], list[int]]:
    """Lowercase words of the sample library and their counts (a fallback if it is empty)."""
    counts: Counter[str] = Counter()
    for path in sorted((ROOT / "sample_data").rglob("*")):
        if path.suffix in {".txt", ".md", ".json", ".jsonl", ".html"}:
            text = re.sub(r"<[^>]+>", " ", path.read_text("utf-8", "replace"))
            counts.update(word.lower() for word in _WORD.findall(text) if word.islower())
    if len(counts) < 200:
        counts.update("the port workers strike talks said government water city council vote "
                      "budget launch company data court fine club players season union drought".split())  # fmt: skip
    words = sorted(counts)
    return words, [counts[word] for word in words]


class Generator:
    """Deterministic article text for planted stories."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words, self.weights = sample_vocabulary()
        rare = [w for w, c in zip(self.words, self.weights, strict=True) if c <= 2 and len(w) > 5]
        self.rare = rare or self.words

    def story(self, number: int) -> dict:
        rng = self.rng
        people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(3)]
        org_base = rng.choice(LAST) + " " + rng.choice(ORG_KINDS)
        return {
            "id": f"story-{number:05d}",
            "people": people,
            "places": rng.sample(PLACES, 2),
            "orgs": [org_base, f"{rng.choice(PLACES)} {rng.choice(ORG_KINDS)}"],
            "keywords": rng.sample(self.rare, min(12, len(self.rare))),
            "start": date(2024, 1, 1) + timedelta(days=rng.randrange(600)),
        }

    def sentence(self, story: dict | None) -> str:
        rng = self.rng
        words = rng.choices(self.words, self.weights, k=rng.randint(9, 22))
        if story:
            for _ in range(rng.randint(1, 3)):
                words[rng.randrange(len(words))] = rng.choice(story["keywords"])
        return " ".join(words).capitalize() + "."

    def paragraph(self, story: dict | None) -> str:
        rng = self.rng
        sentences = [self.sentence(story) for _ in range(rng.randint(2, 4))]
        if story:
            name, role = rng.choice(story["people"])
            place, org = rng.choice(story["places"]), rng.choice(story["orgs"])
            sentences.insert(1, f"{name}, the {role} of the {org}, spoke in {place} on Tuesday.")
            if rng.random() < 0.4:
                quote = self.sentence(story).rstrip(".")
                sentences.append(f'"{quote}," said {name.split()[-1]}.')
        return " ".join(sentences)

    def article(self, story: dict | None, index: int) -> tuple[str, date]:
        rng = self.rng
        if story:
            published = story["start"] + timedelta(days=rng.randrange(40))
            title = f"{rng.choice(story['orgs'])} {rng.choice(story['keywords'])} in {rng.choice(story['places'])}"
        else:
            published = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
            title = " ".join(rng.choices(self.words, self.weights, k=6)).capitalize()
        paragraphs, words = [], 0
        while words < 600:
            paragraph = self.paragraph(story)
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        site, furniture = SITES[index % len(SITES)]
        byline = f"By {rng.choice(FIRST)} {rng.choice(LAST)}"
        tail = [line.format(n=rng.randint(0, 40)) for line in furniture]
        text = "\n".join(
            [title, "", byline, published.strftime("%d %B %Y"), str(rng.randint(10, 9999)), ""]
            + ["\n\n".join(paragraphs), ""]
            + tail
        )
        return text + "\n", published


def generate(out: Path, count: int, seed: int = 7) -> Path:
    """Write `count` articles under `out`; return the manifest path."""
    gen = Generator(seed)
    rng = gen.rng
    out.mkdir(parents=True, exist_ok=True)
    stories: list[dict] = []
    manifest = []
    remaining = count
    number = 0
    while remaining > 0:
        if rng.random() < 0.1:
            assignment = [None]
        else:
            stories.append(gen.story(len(stories)))
            assignment = [stories[-1]] * min(remaining, rng.randint(6, 14))
        for story in assignment:
            text, _ = gen.article(story, number)
            relative = Path(f"{number // 500:03d}") / f"article-{number:06d}.txt"
            target = out / relative
            target.parent.mkdir(exist_ok=True)
            target.write_text(text, "utf-8")
            manifest.append(f"{relative}\t{story['id'] if story else '-'}")
            number += 1
            remaining -= 1
    manifest_path = out / "stories.tsv"
    manifest_path.write_text("\n".join(manifest) + "\n", "utf-8")
    return manifest_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(generate(args.out, args.count, args.seed))


if __name__ == "__main__":
    main()
