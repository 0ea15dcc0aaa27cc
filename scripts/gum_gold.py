"""GUM documents as key-facts gold: people, places and organisations, and how the engine scores.

    python scripts/gum_gold.py --split dev                # F1 per type, all genres and news+interview
    python scripts/gum_gold.py --split dev --errors       # plus every miss and extra
    python scripts/gum_gold.py --show GUM_news_iodine     # one document's gold, to check the conversion

The GUM corpus (../shared/corpus/gum-entities/, annotations CC BY 4.0; see its
LICENSE-AND-SOURCE.md) marks every mention of every entity, grouped into coreference chains.
Our gold lists each named person, place and organisation once, so a chain becomes one entity
when it has a named mention:

* `name` is the proper-name core of the chain's fullest named mention. GUM spans are maximal
  noun phrases ("Afghan Ambassador to the United States Hamdullah Mohib", "the University of
  Southern Indiana", "Jacob Bernoulli (who ...)"), so determiners, roles and titles before the
  name, possessive owners ("Russia's"), and appositives and clauses after it are cut off.
* `aliases` are the cores of its other named mentions.
* A named mention inside the core of another named mention is part of that name ("Kennedy" in
  "Kennedy Space Center"), as tests/gold/GUIDELINES.md has it; its chain counts only when the
  name also stands alone somewhere.
* GUM types groups of people as `person` ("Afghans", "the Taliban"). Our gold lists no groups,
  but calls some of them organisations, so such chains are neither required nor penalised:
  they go to `ignore`, and a predicted entity matching one is dropped before scoring.

Nothing here is copied into the project: the texts stay in the shared corpus.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from facts_eval import Score, _entity_matches, _key, _match, _names, _show_entity  # noqa: E402

from briefing.facts.lexicon import ROLE_NOUNS  # noqa: E402

GUM_FILE = ROOT / ".." / "shared" / "corpus" / "gum-entities" / "documents.jsonl"
KINDS = {"person": "people", "place": "places", "organization": "organisations"}
ENTITY_TYPES = ("people", "places", "organisations")
NEWS_GENRES = ("news", "interview")

# Titles and honorifics that open a role before a name (GUM's own TITLES list, plus a few).
TITLES = frozenset(
    """president vice director chairman chairwoman chairperson chair professor prof prof.
    minister prime secretary chief justice judge senator sen sen. governor gov gov. mayor
    king queen prince princess emperor empress pope bishop archbishop cardinal general gen gen.
    captain capt capt. colonel col col. lieutenant lt lt. sergeant sgt sgt. admiral commander
    doctor dr dr. mr mr. mrs mrs. ms ms. miss sir lord lady dame ceo chancellor ambassador
    commissioner spokesman spokeswoman spokesperson representative rep rep. speaker premier
    councillor councilor attorney solicitor deputy executive sheriff inspector honor honour
    excellency majesty highness fellow saint st st. reverend rev rev.
    officer detective coach rabbi imam sheikh ayatollah emir sultan count countess duke
    duchess baron baroness earl""".split()
)
DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your some any".split()
)
# Words that may join the capitalised words of one name ("Bank of England", "Ben & Jerry's").
CONNECTORS = frozenset(
    "of the and & for de du des la le von van der den da di del y on upon".split()
)
# Where an appositive, a clause or a bracket starts, the name has ended.
_NAME_END = re.compile(
    r"\s*(?:,|\(|\[|;|:| - | – | — |\s(?:who|whom|whose|which|that|where|when)\s)"
)
_TOKEN = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


@dataclass
class GumArticle:
    """One GUM document as gold: its text, genre, split, entities and ignored names."""

    name: str
    genre: str
    split: str
    body: str
    published: date | None
    facts: dict[str, list[dict[str, Any]]]
    ignore: list[set[str]] = field(default_factory=list)
    # (start, end, label) of every standalone named mention's core, for training: label is
    # person, place, org, group (of people) or other (a named work, event, law ...)
    cores: list[tuple[int, int, str]] = field(default_factory=list)


def _proper(token: str) -> bool:
    """A token that can be part of a name: capitalised, inner capitals ("iPhone"), or
    letters of a script without case."""
    letters = [c for c in token if c.isalpha()]
    if not letters:
        return False
    first = letters[0]
    if first.isupper():
        return True
    if not first.islower():
        return True  # caseless script
    return any(c.isupper() for c in letters[1:])


def _core(text: str, start: int, nested: list[tuple[int, int]], person: bool) -> tuple[int, int]:
    """The (start, end) of the proper-name core of a mention, in document offsets.

    `nested` are the spans of other entities' mentions inside this one: an owner before a
    possessive ("Russia's") or a place before a name ("London" in "Mayor of London Boris
    Johnson") is cut off with them.
    """
    cut = _NAME_END.search(text)
    end = cut.start() if cut else len(text)
    tokens = [
        (start + m.start(), start + m.end(), m.group()) for m in _TOKEN.finditer(text, 0, end)
    ]
    # Strip trailing punctuation and possessive marks from the last token.
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    for a, b, tok in tokens:
        if person and any(x <= a and b <= y for x, y in nested):
            # another entity inside a person's mention ("the U.S." in "Muslims traveling to
            # the U.S.", "London" in "Mayor of London Boris Johnson") is not their name
            if run:
                runs.append(run)
            run = []
            continue
        word = tok.strip("\"“”‘’'.!?")
        if tok.endswith("."):
            word = tok.lstrip("\"“”‘’'")  # "Jr.", "D.C." keep their dots
        if _proper(word) or (word[:1].isdigit() and run) or word.lower() in CONNECTORS and run:
            run.append((a, b, tok))
        else:
            if run:
                runs.append(run)
            run = []
        if run and _POSSESSIVE.search(tok) and any(x <= a and b <= y + 2 for x, y in nested):
            # "Russia's ..." or "Trump's": the owner is another entity (or the end of this one)
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    runs = [r for r in runs if r]
    if not runs:
        return start, start
    # People: the last run ("Afghan Ambassador to the United States Hamdullah Mohib");
    # places and organisations: the first ("the University of Southern Indiana in Evansville").
    chosen = runs[-1] if person else runs[0]
    if not person and len(runs) > 1 and all(t[2].lower().rstrip(".") in TITLES for t in runs[0]):
        chosen = runs[1]
    # Drop lower-case connectors at the edges, and a role before a person's name.
    while chosen and chosen[-1][2] in CONNECTORS:
        chosen = chosen[:-1]
    while chosen and chosen[0][2] in CONNECTORS:
        chosen = chosen[1:]
    if person:
        titles = [i for i, t in enumerate(chosen[:-1]) if t[2].lower() in TITLES | ROLE_NOUNS]
        if titles:
            chosen = chosen[titles[-1] + 1 :]
    if not chosen:
        return start, start
    a, b = chosen[0][0], chosen[-1][1]
    return a, b


def _clean(surface: str) -> str:
    """A core's surface without quotes, a leading "The", a trailing possessive or full stop."""
    surface = surface.strip("\"“”‘’' ")
    if surface.startswith("The ") and len(surface.split()) > 2:
        surface = surface[4:]
    surface = _POSSESSIVE.sub("", surface) if surface.endswith(("'s", "’s")) else surface
    if surface.endswith(("s'", "s’")):
        surface = surface[:-1]
    if surface.endswith(".") and not re.search(r"\b\w\.$|[A-Z]\.[A-Z]\.$", surface):
        surface = surface[:-1]
    return " ".join(surface.split())


def _group(name: str, mentions: list[dict[str, Any]]) -> bool:
    """A group of people rather than one person ("Afghans", "the Taliban", "Muslims")."""
    if len(name.split()) == 1 and name.endswith("s") and not name.endswith("ss"):
        return True
    return all(m["text"].lower().startswith("the ") for m in mentions)


def convert(doc: dict[str, Any]) -> GumArticle:
    """One GUM document as gold."""
    text = doc["text"]
    entities = doc["entities"]
    named = [e for e in entities if e["named"]]
    cores: dict[int, tuple[int, int]] = {}
    for i, e in enumerate(entities):
        if not e["named"]:
            continue
        nested = [
            (o["start"], o["end"])
            for o in entities
            if o is not e
            and o["entity_id"] != e["entity_id"]
            and e["start"] <= o["start"]
            and o["end"] <= e["end"]
            and (o["end"] - o["start"]) < (e["end"] - e["start"])
        ]
        a, b = _core(e["text"], e["start"], nested, e["type"] == "person")
        if text[a:b].endswith(("'s", "’s")):
            b -= 2
        elif text[a:b].endswith(("s'", "s’")):
            b -= 1
        cores[i] = (a, b)
    # A named mention inside another named mention's core is part of that name.
    core_spans = [(cores[i], e["entity_id"]) for i, e in enumerate(entities) if i in cores]
    standalone: dict[int, bool] = {}
    for i, e in enumerate(entities):
        if i not in cores:
            continue
        a, b = cores[i]
        if a >= b:
            continue
        inside = any(
            x <= a and b <= y and (y - x) > (b - a) and other != e["entity_id"]
            for (x, y), other in core_spans
        )
        standalone[i] = standalone.get(i, False) or not inside
    chains: dict[int, list[int]] = {}
    for i, e in enumerate(entities):
        if i in cores and cores[i][0] < cores[i][1]:
            chains.setdefault(e["entity_id"], []).append(i)
    facts: dict[str, list[dict[str, Any]]] = {kind: [] for kind in ENTITY_TYPES}
    ignore: list[set[str]] = []
    labelled: list[tuple[int, int, str]] = []
    for members in chains.values():
        types = Counter(entities[i]["type"] for i in members)
        etype = types.most_common(1)[0][0]
        surfaces: list[str] = []
        for i in members:
            s = _clean(text[cores[i][0] : cores[i][1]])
            if s and s not in surfaces:
                surfaces.append(s)
        if not surfaces:
            continue
        name = max(surfaces, key=lambda s: (len(s.split()), len(s)))
        aliases = [s for s in surfaces if s != name]
        group = etype == "person" and _group(name, [entities[i] for i in members])
        label = "group" if group else {"organization": "org"}.get(etype, etype)
        labelled.extend(
            (*cores[i], label if label in ("person", "place", "org", "group") else "other")
            for i in members
            if standalone.get(i)
        )
        if etype not in KINDS or not any(standalone.get(i) for i in members):
            continue
        if group:
            ignore.append({_key(s) for s in surfaces})
            continue
        if len(name.split()) == 1 and name.lower().rstrip(".") in TITLES:
            continue  # a bare title ("Emperor") that the named rule let through
        listed = facts[KINDS[etype]]
        same = next((g for g in listed if _key(g["name"]) == _key(name)), None)
        if same is not None:  # GUM sometimes keeps one entity in two chains
            same["aliases"] += [a for a in aliases if a not in same["aliases"]]
            continue
        listed.append({"name": name, "aliases": aliases})
    del named
    published = None
    if doc.get("date_created"):
        try:
            published = date.fromisoformat(doc["date_created"][:10])
        except ValueError:
            published = None
    return GumArticle(
        doc["id"], doc["genre"], doc["split"], text, published, facts, ignore, sorted(labelled)
    )


def load_gum(
    path: Path = GUM_FILE, splits: tuple[str, ...] = ("dev",), genres: tuple[str, ...] | None = None
) -> list[GumArticle]:
    """GUM documents of the given splits (and genres) as gold; empty when the corpus is absent."""
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        if doc["split"] in splits and (genres is None or doc["genre"] in genres):
            out.append(convert(doc))
    return out


@dataclass
class GumReport:
    """People, places and organisations scores over a set of GUM documents."""

    articles: int = 0
    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in ENTITY_TYPES})

    def figures(self) -> dict[str, Any]:
        """JSON-ready numbers (no individual errors)."""
        return {"articles": self.articles, **{k: s.figures() for k, s in self.scores.items()}}


def _ignored(predicted: Any, ignore: list[set[str]]) -> bool:
    keys = {_key(predicted.name)} | {_key(m) for m in predicted.mentions}
    return any(keys & names for names in ignore)


def score(articles: list[GumArticle], extract: Any = None) -> GumReport:
    """Run the engine (or `extract(body, published)`) over `articles` and score each type."""
    if extract is None:
        from briefing.facts import extract_facts as extract
    report = GumReport()
    for article in articles:
        facts = extract(article.body, article.published)
        report.articles += 1
        for kind in ENTITY_TYPES:
            gold = article.facts[kind]
            gold_keys = [_names(g) for g in gold]
            predicted = [
                p
                for p in getattr(facts, kind)
                if not (
                    _ignored(p, article.ignore) and not any(_key(p.name) in k for k in gold_keys)
                )
            ]
            _match(
                gold,
                predicted,
                _entity_matches,
                report.scores[kind],
                lambda x, tag=article.name: _show_entity(tag, x),
            )
    return report


def table(reports: dict[str, GumReport]) -> str:
    """F1 (P/R) per type for each labelled report."""
    lines = [f"{'GUM':<22}{'docs':>5}" + "".join(f"{k:>22}" for k in ENTITY_TYPES)]
    for label, rep in reports.items():
        row = f"{label:<22}{rep.articles:>5}"
        for kind in ENTITY_TYPES:
            s = rep.scores[kind]
            row += f"{s.f1:>8.3f} ({s.precision:.2f}/{s.recall:.2f})"
        lines.append(row)
    lines.append("F1 (precision/recall); news+int = the news and interview genres only")
    return "\n".join(lines)


def main() -> None:
    """Score the engine on a GUM split, or print one document's gold."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", metavar="DOC_ID")
    args = parser.parse_args()
    if args.show:
        for split in ("train", "dev", "test"):
            for a in load_gum(splits=(split,)):
                if a.name == args.show:
                    print(
                        json.dumps(
                            {"facts": a.facts, "ignore": [sorted(s) for s in a.ignore]},
                            indent=1,
                            ensure_ascii=False,
                        )
                    )
        return
    articles = load_gum(splits=(args.split,))
    reports = {
        f"gum-{args.split}": score(articles),
        f"gum-{args.split} news+int": score([a for a in articles if a.genre in NEWS_GENRES]),
    }
    if args.json:
        print(json.dumps({k: r.figures() for k, r in reports.items()}, indent=1))
        return
    print(table(reports))
    if args.errors:
        for kind, s in reports[f"gum-{args.split}"].scores.items():
            print(f"\n== {kind}: missed")
            print("\n".join(f"  - {m}" for m in s.misses))
            print(f"== {kind}: extra")
            print("\n".join(f"  + {e}" for e in s.extras))


if __name__ == "__main__":
    main()
