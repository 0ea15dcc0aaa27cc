"""Quote attribution scored on GUM (../shared/corpus/gum-entities/documents.jsonl).

    python scripts/gum_quotes.py                  # train + dev: the split we develop on
    python scripts/gum_quotes.py --errors         # plus every wrong speaker and miss (train + dev)
    python scripts/gum_quotes.py --split test     # held out: score it rarely, never tune on it

GUM (Georgetown University Multilayer Corpus, CC BY 4.0 annotations; Zeldes 2017, eRST:
Zeldes et al. 2025) marks quotation spans and "who says what" attributions, but no speaker on
a quotation. The gold speaker of a quote is built here from that annotation:

* a gold quote is a GUM `quote` or `block` span of three words or more with a quotation mark,
  or a stretch of text between double quotation marks (paired here, independently of the
  engine) that an attribution's content lies mostly inside: GUM marks quotations in some
  documents only, but its eRST attributions cover every document. Overlapping or touching
  spans (one quotation cut at a sentence by GUM) are one quote. Other quoted stretches (GUM's
  `q`: scare quotes, terms, titles; marked text nobody is said to have said) are neutral: a
  predicted quote over one is neither right nor an extra;
* its speaker comes from the nearest such attribution whose source lies outside the quote (an
  "I" or "we" inside it is the quote's own voice). The source's coreference chain names the
  speaker when the chain has a named person or organisation mention; otherwise (a witness,
  researchers, a pronoun with no named antecedent) the speaker is null. A quote that no
  attribution points at has an unknown speaker, not a null one: eRST links one attribution
  per reported unit, so the second quote of a speaker's run ("...," she said. "...") is often
  unlinked. Such quotes are left out (neutral), and counted apart;
* a predicted speaker is right when every word of one of its forms in the text (its name or a
  mention: "KCNA") is a word of one of the chain's named mentions (GUM's mention spans carry
  titles and roles: "team member Rodaba Noori"), or when both sides are empty. Attribution
  precision is over predicted quotes that name a speaker and overlap a gold quote; an empty
  speaker is never an error there.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing.facts import extract_facts  # noqa: E402

GUM_FILE = ROOT / ".." / "shared" / "corpus" / "gum-entities" / "documents.jsonl"
DEVELOP = ("train", "dev")
SPEAKER_TYPES = ("person", "organization")
_MARKS = "\"“”„«»'‘’`"
_DOUBLE = re.compile(r"[\"“”]")
_NAME_WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*\.?")


@dataclass
class GoldQuote:
    """One quotation: its span in the text, and the names its speaker goes by (empty: null)."""

    start: int
    end: int
    text: str
    speaker: str | None
    names: list[str] = field(default_factory=list)
    linked: bool = True  # an attribution points at it (else its speaker is unknown)


@dataclass
class QuoteScore:
    """Right-speaker matches and attribution counts over a set of documents."""

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    right: int = 0  # text overlaps and speaker right (null on both sides counts)
    text_found: int = 0  # gold quotes overlapped by some predicted quote
    named: int = 0  # of the overlapping predicted quotes, those naming a speaker
    named_right: int = 0
    unlinked: int = 0  # gold quotes of unknown speaker, left out
    wrong: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of predicted quotes with the right text and speaker."""
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold quotes found with the right speaker."""
        return self.right / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Right-speaker F1."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attribution_precision(self) -> float:
        """Share of named speakers that are right (an empty speaker is not an error)."""
        return self.named_right / self.named if self.named else 1.0

    def figures(self) -> dict[str, float | int]:
        """The score as JSON-ready numbers."""
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "right_speaker_f1": round(self.f1, 3),
            "attribution_precision": round(self.attribution_precision, 3),
            "named": self.named,
            "named_right": self.named_right,
            "text_found": self.text_found,
            "unlinked_left_out": self.unlinked,
        }


def fold(text: str) -> str:
    """Case- and accent-folded text."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def _name_words(name: str) -> set[str]:
    words = set()
    for word in _NAME_WORD.findall(fold(name)):
        word = word.removesuffix("'s").rstrip(".")
        if word and word != "the":
            words.add(word)
    return words


def load_documents(path: Path = GUM_FILE, splits: tuple[str, ...] = DEVELOP) -> list[dict]:
    """GUM documents of the given official splits (empty when the corpus is absent)."""
    if not path.is_file():
        return []
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [d for d in docs if d["split"] in splits]


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _source_entity(doc: dict, source: dict) -> dict | None:
    """The mention a source span names: the same span, else the smallest one around it, else
    the largest person or organisation mention inside it."""
    s0, s1 = source["start"], source["end"]
    around = [e for e in doc["entities"] if e["start"] <= s0 and e["end"] >= s1]
    if around:
        return min(around, key=lambda e: e["end"] - e["start"])
    inside = [
        e
        for e in doc["entities"]
        if e["start"] >= s0 and e["end"] <= s1 and e["type"] in SPEAKER_TYPES
    ]
    return max(inside, key=lambda e: e["end"] - e["start"]) if inside else None


def _chain_names(doc: dict, entity_id: int) -> list[str]:
    """Named person/organisation mentions of a coreference chain, longest first."""
    names = {
        e["text"]
        for e in doc["entities"]
        if e["entity_id"] == entity_id and e["named"] and e["type"] in SPEAKER_TYPES
    }
    return sorted(names, key=len, reverse=True)


def _marked_stretches(text: str) -> list[tuple[int, int]]:
    """Stretches between double quotation marks, paired within each paragraph (curly marks by
    their direction, straight ones in turn); a mark left open runs to the paragraph's end."""
    out: list[tuple[int, int]] = []
    pos = 0
    for paragraph in text.split("\n"):
        opened: int | None = None
        for m in _DOUBLE.finditer(paragraph):
            mark = m.group()
            if opened is None:
                if mark != "”":
                    opened = m.start()
            elif mark != "“":
                out.append((pos + opened, pos + m.end()))
                opened = None
        if opened is not None and len(paragraph) - opened > 1:
            out.append((pos + opened, pos + len(paragraph)))
        pos += len(paragraph) + 1
    return out


def _external_sources(doc: dict, start: int, end: int) -> list[tuple[int, dict]]:
    """(distance of the cue, source) of each attribution whose content lies mostly inside
    [start, end) and whose source lies outside it (an "I" inside is the quote's own voice)."""
    found = []
    for att in doc["attributions"]:
        content = att["content"]
        size = content["end"] - content["start"]
        if size <= 0 or _overlaps(start, end, content["start"], content["end"]) < 0.5 * size:
            continue
        sources = [s for s in att["source"] if not (start <= s["start"] and s["end"] <= end)]
        if sources:
            cue = att["cue"]
            found.append((min(abs(cue["start"] - end), abs(start - cue["end"])), sources[0]))
    return found


def _candidates(doc: dict) -> list[tuple[int, int, bool]]:
    """Quotation spans, overlapping or touching ones joined: (start, end, gold?). Gold: a GUM
    quote or block of three words or more, or a marked stretch that an attribution points at."""
    text = doc["text"]
    spans: list[tuple[int, int, bool]] = []
    for q in doc["quotes"]:
        body = q["text"]
        marked = any(c in body for c in _MARKS)
        spans.append((q["start"], q["end"], q["kind"] != "q" and marked and len(body.split()) >= 3))
    for start, end in _marked_stretches(text):
        spans.append((start, end, bool(_external_sources(doc, start, end))))
    spans.sort()
    out: list[list[Any]] = []
    for start, end, gold in spans:
        gap = text[out[-1][1] : start] if out else "x"
        if not gap.strip() and "\n" not in gap:  # overlapping, or one quotation cut in two
            out[-1][1] = max(out[-1][1], end)
            out[-1][2] = out[-1][2] or gold
        else:
            out.append([start, end, gold])
    return [(a, b, g) for a, b, g in out]


def gold_quotes(doc: dict) -> tuple[list[GoldQuote], list[tuple[int, int]]]:
    """(gold quotes, neutral spans) of a document."""
    gold: list[GoldQuote] = []
    neutral: list[tuple[int, int]] = []
    for start, end, candidate in _candidates(doc):
        sources = _external_sources(doc, start, end)
        if not candidate:
            neutral.append((start, end))
            continue
        names: list[str] = []
        if sources:
            entity = _source_entity(doc, min(sources, key=lambda s: s[0])[1])
            if entity is not None:
                names = _chain_names(doc, entity["entity_id"])
        speaker = names[0] if names else None
        quote = GoldQuote(start, end, doc["text"][start:end], speaker, names, bool(sources))
        gold.append(quote)
    return gold, neutral


def right_speaker(gold: GoldQuote, predicted: str | None, surfaces: dict[str, list[str]]) -> bool:
    """Whether a predicted speaker is the gold one (or both are empty). `surfaces` maps a
    predicted name to every form the text gives it ("KCNA" for the agency's full name)."""
    if not gold.names:
        return predicted is None
    if predicted is None:
        return False
    for surface in surfaces.get(predicted, [predicted]):
        wanted = _name_words(surface)
        if wanted and any(wanted <= _name_words(name) for name in gold.names):
            return True
    return False


def _span_match(g: GoldQuote, p0: int, p1: int) -> bool:
    shorter = min(g.end - g.start, p1 - p0)
    return shorter > 0 and _overlaps(g.start, g.end, p0, p1) >= 0.5 * shorter


def score_document(doc: dict, score: QuoteScore) -> None:
    """Add one document's quotes to `score`."""
    gold, neutral = gold_quotes(doc)
    score.unlinked += sum(1 for g in gold if not g.linked)
    neutral += [(g.start, g.end) for g in gold if not g.linked]
    gold = [g for g in gold if g.linked]
    facts = extract_facts(doc["text"])
    surfaces = {e.name: [e.name, *e.mentions] for e in facts.people + facts.organisations}
    predicted = [
        q
        for q in facts.quotes
        if not any(_overlaps(a, b, *q.span) for a, b in neutral)
        or any(_span_match(g, *q.span) for g in gold)
    ]
    score.documents += 1
    score.gold += len(gold)
    score.predicted += len(predicted)
    tag = doc["id"]
    used: set[int] = set()
    for g in gold:  # right speaker: text and speaker both match
        for i, q in enumerate(predicted):
            if i not in used and _span_match(g, *q.span) and right_speaker(g, q.speaker, surfaces):
                used.add(i)
                score.right += 1
                break
        else:
            score.misses.append(f"{tag}: {g.speaker}: {g.text[:60]}")
    score.extras.extend(
        f"{tag}: {q.speaker}: {q.text[:60]}" for i, q in enumerate(predicted) if i not in used
    )
    used = set()
    for g in gold:  # attribution: pair by text alone, then judge the named speaker
        for i, q in enumerate(predicted):
            if i in used or not _span_match(g, *q.span):
                continue
            used.add(i)
            score.text_found += 1
            if q.speaker is not None:
                score.named += 1
                if right_speaker(g, q.speaker, surfaces):
                    score.named_right += 1
                else:
                    score.wrong.append(
                        f"{tag}: said {q.speaker!r}, gold {g.speaker!r}: {g.text[:60]!r}"
                    )
            break


def evaluate(docs: list[dict]) -> QuoteScore:
    """Score quote attribution over `docs`."""
    score = QuoteScore()
    for doc in docs:
        score_document(doc, score)
    return score


def format_score(score: QuoteScore, label: str) -> str:
    """Two lines: right-speaker F1 and attribution precision."""
    return (
        f"{label:<22} right-speaker F1 {score.f1:.3f} (P {score.precision:.3f} R {score.recall:.3f};"
        f" {score.right}/{score.gold} gold, {score.predicted} predicted, {score.documents} docs)\n"
        f"{'':<22} attribution precision {score.attribution_precision:.3f}"
        f" ({score.named_right}/{score.named} named speakers right;"
        f" text found {score.text_found}/{score.gold}; {score.unlinked} unlinked left out)"
    )


def main() -> None:
    """Print the scores of one split (train + dev by default)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("develop", "train", "dev", "test"), default="develop")
    parser.add_argument("--errors", action="store_true", help="wrong speakers, misses, extras")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    splits = DEVELOP if args.split == "develop" else (args.split,)
    docs = load_documents(GUM_FILE, splits)
    if not docs:
        raise SystemExit(f"GUM corpus not found at {GUM_FILE}")
    score = evaluate(docs)
    if args.json:
        print(json.dumps(score.figures(), indent=1))
        return
    print(format_score(score, f"GUM quotes ({'+'.join(splits)})"))
    if args.errors and args.split != "test":
        for title, lines, mark in (
            ("wrong speaker", score.wrong, "!"),
            ("missed", score.misses, "-"),
            ("extra", score.extras, "+"),
        ):
            print(f"\n== {title}")
            print("\n".join(f"  {mark} {line}" for line in lines))


if __name__ == "__main__":
    main()
