"""Generate a large article library from real news text, for the scale benchmark.

    python benchmarks/real_corpus.py OUT_DIR --count 100000 [--seed 7] [--duplicates 0.08]

The text is real journalism, so vocabulary and near-duplicate density look like a real
library's (a word-salad generator hides both costs). Sources, read from ../shared beside the
project and never copied into it: the Wikinews articles of `corpus/wikinews` (CC BY 2.5,
Wikinews contributors) and the CC BY news and interview texts of `corpus/gum-entities`
(Wikinews too; annotations unused). The library is written to OUT_DIR, outside the project.

Each article takes a real article as its seed and keeps its lede (first paragraph); the
other paragraphs are sentences drawn from the seed's topic: the articles nearest to it by
TF-IDF cosine (a share from the seed itself, so an article stays mostly about one thing).
It gets a new title (the seed's, with an angle), a byline, a date and one of a few sites'
furniture lines. A share (`--duplicates`) of the articles are true near-duplicates of an
earlier one: the same text under another site's furniture and title, a sentence dropped
and one added, as syndication produces. `OUT_DIR/stories.tsv` lists every file with its
story (copies share their original's), its seed and what it copies ("-" if nothing). Same
seed and sources, same bytes.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
WIKINEWS = SHARED / "wikinews" / "articles.jsonl"
GUM = SHARED / "gum-entities" / "documents.jsonl"
NEIGHBOURS = 24
OWN_SHARE = 0.45
PER_FOLDER = 1000
ANGLES = ("what we know", "the latest", "reaction", "analysis", "in pictures", "explained",
          "what happens next", "live", "the key questions", "a timeline")  # fmt: skip
SITES = (
    ("Harbour Daily", ["Share this story", "Subscribe to HARBOUR DAILY", "{n} Comments"]),
    ("The Coastline Post", ["Learn More", "Sign up for our morning briefing", "{n} Comments"]),
    ("Northgate Wire", ["Cookie settings", "Read more from Northgate Wire", "Follow us"]),
    ("Eastbank Courier", ["No comments yet.", "Subscribe to the Courier", "Advertisement"]),
)
FIRST = "Anna Marek Sofia Jonas Lena Pieter Ines Tomas Clara Mateo Eva Lukas Nora Hugo Maya".split()
LAST = "Peeters Moreau Lindqvist Okafor Brennan Castell Hofmann Jansen Novak Rossi Dubois".split()
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘A-Z0-9])")
_WORD = re.compile(r"[a-z]{3,}")
# Wikinews bodies open with a dateline paragraph ("Friday, October 18, 2019"): not prose.
_DATELINE = re.compile(r"^\w+day,? +\w+ +\d{1,2},? +\d{4}\.?$")


def load_sources() -> list[dict]:
    """Real articles: {title, body} from Wikinews and GUM's CC BY news and interviews."""
    articles = []
    for line in WIKINEWS.read_text("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            articles.append({"title": record["title"], "body": record["body"]})
    if GUM.is_file():
        for line in GUM.read_text("utf-8").splitlines():
            record = json.loads(line)
            if record["genre"] in {"news", "interview"} and record["licence"] == "CC BY 2.5":
                paragraphs = record["text"].split("\n\n")
                articles.append({"title": paragraphs[0], "body": "\n\n".join(paragraphs[1:])})
    return [a for a in articles if len(a["body"].split()) >= 120 and paragraphs_of(a["body"])]


def paragraphs_of(body: str) -> list[str]:
    """The body's paragraphs without datelines."""
    return [p.strip() for p in body.split("\n\n") if p.strip() and not _DATELINE.match(p.strip())]


def sentences_of(body: str) -> list[str]:
    """The body's sentences (a plain splitter is enough to recombine them)."""
    out = []
    for paragraph in paragraphs_of(body):
        out.extend(s.strip() for s in _SENTENCE.split(paragraph) if len(s.split()) >= 5)
    return out


def neighbours(articles: list[dict], count: int) -> list[list[int]]:
    """For each article, the `count` nearest others by TF-IDF cosine (itself excluded)."""
    bags = [Counter(_WORD.findall(a["body"].lower())) for a in articles]
    df = Counter(word for bag in bags for word in bag)
    n = len(bags)
    vectors = []
    for bag in bags:
        vector = {w: (1 + math.log(c)) * math.log(n / df[w]) for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({w: v / norm for w, v in vector.items()})
    out = []
    for i, vector in enumerate(vectors):
        scores = []
        for j, other in enumerate(vectors):
            if i != j:
                small, large = (vector, other) if len(vector) < len(other) else (other, vector)
                scores.append((sum(v * large.get(w, 0.0) for w, v in small.items()), j))
        scores.sort(reverse=True)
        out.append([j for _, j in scores[:count]])
    return out


class Library:
    """Deterministic articles recombined from the real sources."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.sources = load_sources()
        self.sentences = [sentences_of(a["body"]) for a in self.sources]
        self.near = neighbours(self.sources, NEIGHBOURS)

    def fresh(self, number: int) -> dict:
        """A new article seeded by a real one."""
        rng = self.rng
        seed = rng.randrange(len(self.sources))
        source = self.sources[seed]
        lede = paragraphs_of(source["body"])[0]
        target = max(150, min(1200, int(rng.gauss(420, 150))))
        paragraphs, words = [lede], len(lede.split())
        while words < target:
            paragraph = []
            for _ in range(rng.randint(2, 4)):
                pool = seed if rng.random() < OWN_SHARE else rng.choice(self.near[seed])
                if self.sentences[pool]:
                    paragraph.append(rng.choice(self.sentences[pool]))
            text = " ".join(paragraph)
            paragraphs.append(text)
            words += len(text.split())
        title = source["title"]
        if rng.random() < 0.7:
            title = f"{title}: {rng.choice(ANGLES)}"
        published = date(2004, 1, 1) + timedelta(days=rng.randrange(8000))
        return {
            "title": title,
            "paragraphs": paragraphs,
            "published": published,
            "seed": seed,
            "story": f"s{number:06d}",
        }

    def copy(self, original: dict) -> dict:
        """A syndicated near-duplicate of `original`: a sentence dropped, one added."""
        rng = self.rng
        paragraphs = list(original["paragraphs"])
        if len(paragraphs) > 2:
            index = rng.randrange(1, len(paragraphs))
            sentences = _SENTENCE.split(paragraphs[index])
            if len(sentences) > 1:
                del sentences[rng.randrange(len(sentences))]
                paragraphs[index] = " ".join(sentences)
        extra = self.sentences[original["seed"]]
        if extra:
            paragraphs.append(rng.choice(extra))
        title = original["title"].split(": ")[0]
        return {
            **original,
            "title": title if title != original["title"] else f"{title} ({rng.choice(ANGLES)})",
            "paragraphs": paragraphs,
            "published": original["published"] + timedelta(days=rng.randrange(3)),
        }

    def render(self, article: dict, number: int) -> str:
        """The article as a scraped text file: title, byline, date, counter, body, furniture."""
        rng = self.rng
        _, furniture = SITES[number % len(SITES)]
        byline = f"By {rng.choice(FIRST)} {rng.choice(LAST)}"
        tail = [line.format(n=rng.randint(0, 40)) for line in furniture]
        head = [article["title"], "", byline, article["published"].strftime("%d %B %Y")]
        if rng.random() < 0.3:
            head.append(str(rng.randint(10, 9999)))
        return "\n".join([*head, "", "\n\n".join(article["paragraphs"]), "", *tail]) + "\n"


def generate(out: Path, count: int, seed: int = 7, duplicates: float = 0.08) -> Path:
    """Write `count` articles under `out`; return the manifest path."""
    library = Library(seed)
    rng = library.rng
    out.mkdir(parents=True, exist_ok=True)
    recent: list[tuple[dict, str]] = []
    manifest = []
    for number in range(count):
        if recent and rng.random() < duplicates:
            original, original_path = rng.choice(recent)
            article, copies = library.copy(original), original_path
        else:
            article, copies = library.fresh(number), "-"
        relative = f"{number // PER_FOLDER:03d}/article-{number:06d}.txt"
        target = out / relative
        target.parent.mkdir(exist_ok=True)
        target.write_text(library.render(article, number), "utf-8")
        manifest.append(f"{relative}\t{article['story']}\t{article['seed']}\t{copies}")
        if copies == "-":
            recent = [*recent[-199:], (article, relative)]
    manifest_path = out / "stories.tsv"
    manifest_path.write_text("\n".join(manifest) + "\n", "utf-8")
    return manifest_path


def main() -> None:
    """Generate the library named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--duplicates", type=float, default=0.08, help="share of near-copies")
    args = parser.parse_args()
    print(generate(args.out, args.count, args.seed, args.duplicates))


if __name__ == "__main__":
    main()
