"""Entity typing by a small learned classifier over the rules' candidates.

The rules find candidate names well; deciding what a name is is where they fail on text they
were not written for. So after the rules have run, every candidate of the article (each name
they typed, with all its mentions, and each capitalised run they left untyped) is scored by a
multinomial logistic regression over `type_features`, trained by
scripts/train_entity_model.py on the GUM corpus and our tuned gold (see data/ATTRIBUTION.md).
The rule's own decision is one of its features, so the model learns when to trust it. A typed
name changes type, or is dropped, only when the model is clearly surer of the other answer;
an untyped run becomes an entity only when the model is confident.

The weights ship as data/entity_types.tsv.gz and are read once, on first use.
"""

from __future__ import annotations

import bisect
import math
import threading
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.facts.chunks import TOKEN_RE, Chunk
from briefing.facts.draft import Draft
from briefing.facts.type_features import context_features, name_features

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

MODEL_PATH = Path(__file__).with_name("data") / "entity_types.tsv.gz"
LABELS = ("none", "person", "place", "org")
# A typed name is re-typed when the model gives the other type this much more probability
# than the rule's type; an untyped run becomes an entity from this probability on. (Tuned on
# GUM dev and our dev gold by scripts/train_entity_model.py --tune.)
CHANGE_MARGIN = 0.50
DROP_MARGIN = 0.60  # dropping a name outright needs more certainty than re-typing it
NEW_THRESHOLD = 0.60


@dataclass
class Candidate:
    """One name in one article: the rule's type (or "none"), its draft, mentions and spans."""

    rule: str
    name: str
    draft: Draft | None = None
    surfaces: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    kind: str | None = None  # the place kind the rules gave


class Model:
    """Weights per feature for each label; scores are softmax probabilities."""

    def __init__(self, weights: dict[str, tuple[float, ...]], labels: tuple[str, ...]) -> None:
        self.weights = weights
        self.labels = labels

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """P(label | features) for every label."""
        n = len(self.labels)
        totals = [0.0] * n
        weights = self.weights
        for feature in features:
            w = weights.get(feature)
            if w is not None:
                for i in range(n):
                    totals[i] += w[i]
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        norm = sum(exps)
        return {label: e / norm for label, e in zip(self.labels, exps, strict=True)}


def read_model(path: Path) -> Model | None:
    """A model file in the layout scripts/train_entity_model.py writes (None when unreadable)."""
    try:
        text = zlib.decompress(path.read_bytes(), 31).decode("utf-8")
    except (OSError, zlib.error, UnicodeDecodeError):
        return None
    lines = text.split("\n")
    if not lines or not lines[0].startswith("#labels\t"):
        return None
    labels = tuple(lines[0].split("\t")[1:])
    weights: dict[str, tuple[float, ...]] = {}
    for line in lines[1:]:
        feature, _, values = line.rpartition("\t")
        if feature:
            weights[feature] = tuple(float(v) for v in values.split(" "))
    return Model(weights, labels)


_lock = threading.Lock()
_cached: list[Model | None] = []


def load_model() -> Model | None:
    """The shipped model, read on first use and cached for the process (None if missing)."""
    if not _cached:
        with _lock:
            if not _cached:
                _cached.append(read_model(MODEL_PATH))
    return _cached[0]


def collect(builder: Builder, chunks: list[Chunk]) -> list[Candidate]:
    """Every candidate of the article: the rules' entities and the runs they left untyped."""
    out: list[Candidate] = []
    claimed: list[tuple[int, int]] = []
    for draft in builder.people:
        out.append(Candidate("person", draft.name, draft, draft.mentions, draft.spans))
        claimed.extend(draft.spans)
    for draft in builder.places.values():
        if draft.extra in ("country", "continent") or (
            builder.sure and any(span in builder.sure for span in draft.spans)
        ):
            # Countries and continents are places even as actors ("China said"), and sure
            # spans are settled by rules the model cannot see.
            claimed.extend(draft.spans)
            continue
        out.append(Candidate("place", draft.name, draft, draft.mentions, draft.spans, draft.extra))
        claimed.extend(draft.spans)
    for draft in builder.orgs.values():
        out.append(Candidate("org", draft.name, draft, draft.mentions, draft.spans))
        claimed.extend(draft.spans)
    claimed.sort()
    starts = [a for a, _ in claimed]
    loose: dict[str, Candidate] = {}
    body = builder.body
    for chunk in chunks:
        i = bisect.bisect_right(starts, chunk.end - 1)
        if i > 0 and any(a < chunk.end and chunk.start < b for a, b in claimed[max(0, i - 3) : i]):
            continue
        if chunk.sentence_start and len(chunk.words) == 1:
            continue  # capitalised by its place in the sentence, perhaps only by that
        surface = body[chunk.start : chunk.end]
        if surface.endswith(("'s", "’s")):
            surface = surface[:-2]
        if (
            not surface
            or (len(surface) < 2)
            or (surface.isupper() and builder.caps_not_name(surface))
        ):
            continue  # (all-caps codes and words are no name, whatever the model makes of them)
        cand = loose.get(surface)
        if cand is None:
            cand = loose[surface] = Candidate("none", surface)
        cand.surfaces.append(surface)
        cand.spans.append((chunk.start, chunk.start + len(surface)))
    out.extend(loose.values())
    return out


def features(builder: Builder, candidate: Candidate) -> list[str]:
    """The classifier's features for one candidate."""
    name = candidate.name
    if candidate.rule != "person":
        # A place's canonical name ("United Kingdom") is not what the text says.
        name = max(candidate.surfaces, key=lambda s: (len(s.split()), len(s)), default=name)
    out = [f"rule:{candidate.rule}", "bias"]
    if candidate.kind:
        out.append(f"kind:{candidate.kind}")
    out.extend(
        name_features(name, set(candidate.surfaces), builder.gaz, builder.given, builder.common)
    )
    out.extend(context_features(builder.body, candidate.spans))
    if candidate.draft is not None and candidate.draft.kind == "person" and candidate.draft.extra:
        out.append("has:role")
    return out


def retype(builder: Builder, chunks: list[Chunk]) -> None:
    """Let the model correct the rules' types and add the names they missed."""
    model = load_model()
    if model is None:
        return
    for candidate in collect(builder, chunks):
        probs = model.probabilities(features(builder, candidate))
        best = max(probs, key=probs.__getitem__)
        if candidate.rule == "none":
            if best != "none" and probs[best] >= NEW_THRESHOLD:
                _add(builder, candidate, best)
        elif best != candidate.rule and probs[best] - probs[candidate.rule] >= (
            DROP_MARGIN if best == "none" else CHANGE_MARGIN
        ):
            _drop(builder, candidate)
            if best != "none":
                _add(builder, candidate, best)


def _drop(builder: Builder, candidate: Candidate) -> None:
    draft = candidate.draft
    if draft is None:
        return
    if candidate.rule == "person":
        builder.drop_person(draft)
    elif candidate.rule == "place":
        builder.places = {k: v for k, v in builder.places.items() if v is not draft}
    else:
        builder.orgs = {k: v for k, v in builder.orgs.items() if v is not draft}


def _add(builder: Builder, candidate: Candidate, label: str) -> None:
    body = builder.body
    pairs = sorted(zip(candidate.spans, candidate.surfaces, strict=False))
    name = max(candidate.surfaces, key=lambda s: (len(s.split()), len(s)))
    for (start, end), _ in pairs:
        surface = body[start:end]
        if label == "person":
            words = [m.span() for m in TOKEN_RE.finditer(body, start, end)]
            if words:
                builder.add_person(Chunk(start, end, words, False), None)
        elif label == "place":
            entry = builder.gaz.get(name)
            if entry is not None:
                builder.add_place(entry.canonical, entry.kind, surface, (start, end))
            else:
                builder.add_place(name, "place", surface, (start, end))
        else:
            builder.add_org(name, surface, (start, end))
