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

import math
import threading
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.facts.candidates import COMPOUND_ADJ
from briefing.facts.chunks import TOKEN_RE, Chunk
from briefing.facts.draft import Draft
from briefing.facts.lexicon import KNOWN_ORGS
from briefing.facts.month_names import MONTH_WORDS, used_as_month
from briefing.facts.roles import a_title
from briefing.facts.type_checks import (
    a_region,
    an_event,
    an_office,
    ends_in_a_city,
    only_a_place,
    only_after_where,
)
from briefing.facts.type_features import article_features, name_features

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

MODEL_PATH = Path(__file__).with_name("data") / "entity_types.tsv.gz"
LABELS = ("none", "person", "place", "org")
# A typed name is re-typed when the model gives the other type this much more probability
# than the rule's type; an untyped run becomes an entity from this probability on. (Tuned on
# GUM dev and our dev gold by scripts/train_entity_model.py --tune, and by its --folds 5: the
# averaged weights are less sure of themselves, and 0.55 for a new name scored as 0.60 did;
# 0.52 once this stop's rules were trained on: GUM dev people .830 -> .841, our tuned sets
# unchanged, and "Remarked biologist Tierra Curry" at 0.53 found again.)
CHANGE_MARGIN = 0.50
DROP_MARGIN = 0.60  # dropping a name outright needs more certainty than re-typing it
NEW_THRESHOLD = 0.52
# A candidate whose name alone scores the rule's type this much above every other type (in
# summed weights, before the words around it) is left as the rules typed it without reading
# its context: on our tuned splits the context almost never overturns such a margin, and
# reading it is most of the classifier's cost. None reads every candidate.
SKIP_GAP: float | None = 3.5
_NAME_CACHE = 20_000  # names whose feature weights are kept summed (a few MB at most)
_MARKS = b"\x01" * 256  # (a typed name longer than this is marked by a new run)
# A name's summed feature weights per label, the highest of them and the second highest.
_NameScore = tuple[list[float], float, float]


@dataclass(slots=True)
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
        # (name, lone-word surfaces) -> summed weights of its name features: the same names
        # recur within and across articles, and their features depend on nothing else.
        self.name_totals: dict[tuple[str, tuple[str, ...]], _NameScore] = {}

    def totals(self, features: Iterable[str], start: list[float] | None = None) -> list[float]:
        """The summed weights of `features` (added to `start`)."""
        get = self.weights.get
        if len(self.labels) == 4:  # (unrolled: this sum is the classifier's inner loop)
            a, b, c, d = start if start is not None else (0.0, 0.0, 0.0, 0.0)
            # (the known features' weights looked up in C, in the features' order: the same
            # sums; a weight tuple is never empty, so `filter` drops only the unknown)
            for w in filter(None, map(get, features)):
                a += w[0]
                b += w[1]
                c += w[2]
                d += w[3]
            return [a, b, c, d]
        n = len(self.labels)
        totals = list(start) if start is not None else [0.0] * n
        for feature in features:
            w = get(feature)
            if w is not None:
                for i in range(n):
                    totals[i] += w[i]
        return totals

    def softmax(self, totals: list[float]) -> dict[str, float]:
        """Probabilities from summed weights."""
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        norm = sum(exps)
        return {label: e / norm for label, e in zip(self.labels, exps, strict=True)}

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """P(label | features) for every label."""
        return self.softmax(self.totals(features))


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
            weights[feature] = tuple(map(float, values.split(" ")))
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


def _split_at_possessives(builder: Builder, chunks: list[Chunk]) -> Iterable[Chunk]:
    """The runs, each one that opens with a person's name and a possessive ("Lawrence
    Lessig's Free Culture", which the rules split) given as the pieces they left untyped."""
    body = builder.body
    if "'s " not in body and "’s " not in body:
        yield from chunks
        return
    for chunk in chunks:
        if len(chunk.words) < 2:
            yield chunk
            continue
        inner = body.find("s ", chunk.start, chunk.end)
        if (
            inner > chunk.start
            and body[inner - 1] in "'’"
            and builder.name_like(body[chunk.start : inner - 1].split())
        ):  # (a person's name owns what follows; not "Grauman's Egyptian Theatre")
            yield from (
                c for c in builder.leftover if chunk.start <= c.start and c.end <= chunk.end
            )
        else:
            yield chunk


def collect(builder: Builder, chunks: list[Chunk], typed_orgs: bool = True) -> list[Candidate]:
    """Every candidate of the article: the rules' entities and the runs they left untyped.

    Without `typed_orgs`, the organisations the rules found (by a head word, an acronym, a
    known name) are left as they are: re-typing them cost more than it gained on every split
    we tune on (it still learns from them: training collects them)."""
    out: list[Candidate] = []
    claimed: list[tuple[int, int]] = []
    sure = builder.sure
    for draft in builder.people:
        claimed.extend(draft.spans)
        if sure and not sure.isdisjoint(draft.spans):
            continue  # a name right after an office or a known body ("Secretary of State X")
        out.append(Candidate("person", draft.name, draft, draft.mentions, draft.spans))
    for draft in builder.places.values():
        claimed.extend(draft.spans)
        if (
            draft.extra in ("country", "continent")
            or (sure and not sure.isdisjoint(draft.spans))
            or (draft.extra == "region" and _world_region(builder, draft.name))
        ):
            # Countries, continents and the world's well-known regions are places even as
            # actors ("China said"), and sure spans are settled by rules the model cannot see.
            continue
        out.append(Candidate("place", draft.name, draft, draft.mentions, draft.spans, draft.extra))
    for draft in builder.orgs.values():
        claimed.extend(draft.spans)
        if typed_orgs or _bare_acronym(builder, draft):
            out.append(Candidate("org", draft.name, draft, draft.mentions, draft.spans))
    claimed.extend(builder.no_entity)
    # Every character some typed name covers, marked in one mask: a run overlaps a typed
    # name when the mask has a mark within it (a C-level search instead of a bisect and a
    # scan of the neighbouring spans per run).
    body = builder.body
    mask = bytearray(len(body) + 1)
    marks = _MARKS
    for a, b in claimed:
        mask[a:b] = marks[: b - a] if b - a <= 256 else b"\x01" * (b - a)
    loose: dict[str, Candidate] = {}
    find = mask.find
    for chunk in _split_at_possessives(builder, chunks):
        start, end = chunk.start, chunk.end
        first = body[start : chunk.words[0][1]]
        if len(chunk.words) > 1 and "-" in first and COMPOUND_ADJ.match(first):
            start = chunk.words[1][0]  # "Muslim-majority Mindanao": Mindanao
        if (chunk.sentence_start and len(chunk.words) == 1) or find(1, start, end) >= 0:
            # (a lone word opening a sentence is capitalised by its place, perhaps only by it)
            continue
        surface = body[start:end]
        if surface.endswith(("'s", "’s")):
            surface = surface[:-2]
        if len(surface) < 2 or (
            (surface.isupper() or surface[:-1].isupper())
            and builder.caps_not_name(surface, start + len(surface))
        ):
            continue  # (all-caps codes and words are no name, whatever the model makes of them)
        cand = loose.get(surface)
        if cand is None:
            cand = loose[surface] = Candidate("none", surface)
        cand.surfaces.append(surface)
        cand.spans.append((start, start + len(surface)))
    out.extend(loose.values())
    return out


def _world_region(builder: Builder, name: str) -> bool:
    """A name of two words or more on the gazetteer's hand-made list of the world's
    well-known regions ("Latin America", "Southeast Asia"), which it marks with a population
    of a billion: the model read "Latin America and the Caribbean" as no name. (Not a lone
    word: "an Arctic lake" is an adjective's.)"""
    if " " not in name:
        return False
    entry = builder.gaz.get(name)
    return entry is not None and entry.population >= 1_000_000_000


def _bare_acronym(builder: Builder, draft: Draft) -> bool:
    """An organisation the rules found by its shape alone: an all-caps word that the text
    does not spell out and that is no known name ("the OS", "LGBT rights", "a CI")."""
    name = draft.name
    return (
        name.isupper()
        and " " not in name
        and name not in builder.acronyms
        and name not in KNOWN_ORGS
        and all(m == name for m in draft.mentions)
        and (not builder.sure or builder.sure.isdisjoint(draft.spans))  # (not "on X")
    )


def _name_of(candidate: Candidate) -> str:
    """The name the features read: a person's name, else the fullest surface (a place's
    canonical name, "United Kingdom", is not what the text says)."""
    surfaces = candidate.surfaces
    if candidate.rule == "person" or not surfaces:
        return candidate.name
    first = surfaces[0]
    if surfaces.count(first) == len(surfaces):
        return first  # (most candidates: one surface, however often)
    return max(surfaces, key=lambda s: (len(s.split()), len(s)))


def _lone_words(name: str, surfaces: list[str]) -> tuple[str, ...]:
    if surfaces.count(name) == len(surfaces):
        return ()
    return tuple(sorted({s for s in surfaces if " " not in s and s != name}))


def _article_part(builder: Builder, candidate: Candidate) -> set[str]:
    out = article_features(builder.body, candidate.spans, candidate.surfaces, builder.common)
    if candidate.draft is not None and candidate.draft.kind == "person" and candidate.draft.extra:
        out.add("has:role")
    return out


def features(builder: Builder, candidate: Candidate) -> list[str]:
    """The classifier's features for one candidate (what training sees)."""
    name = _name_of(candidate)
    out = ["bias"]
    out.extend(
        name_features(name, _lone_words(name, candidate.surfaces), builder.gaz, builder.given)
    )
    out.extend(sorted(_article_part(builder, candidate)))
    return out


def probabilities(model: Model, builder: Builder, candidate: Candidate) -> dict[str, float]:
    """The model's probabilities for one candidate: `features` scored."""
    return model.softmax(_totals(model, builder, candidate))


def _name_key(candidate: Candidate) -> tuple[str, tuple[str, ...]]:
    """(the name the features read, its lone-word surfaces): what the name features depend on."""
    if candidate.rule == "none":
        return candidate.name, ()  # (a run the rules left: every surface is its name)
    name = _name_of(candidate)
    return name, _lone_words(name, candidate.surfaces)


def _base(model: Model, builder: Builder, candidate: Candidate) -> _NameScore:
    """The summed weights of the name's own features (and the bias), with the highest and
    second highest of them, summed once per process: they read nothing but the name, its
    lone-word surfaces and the shipped lists."""
    key = _name_key(candidate)
    score = model.name_totals.get(key)
    if score is None:
        feats = ["bias", *name_features(key[0], key[1], builder.gaz, builder.given)]
        base = model.totals(feats)
        ordered = sorted(base)
        score = (base, ordered[-1], ordered[-2] if len(ordered) > 1 else ordered[-1])
        if len(model.name_totals) >= _NAME_CACHE:
            model.name_totals.clear()
        model.name_totals[key] = score
    return score


def _totals(model: Model, builder: Builder, candidate: Candidate) -> list[float]:
    """The summed weights of all of one candidate's features."""
    return model.totals(_article_part(builder, candidate), _base(model, builder, candidate)[0])


def retype(builder: Builder, chunks: list[Chunk]) -> None:
    """Let the model correct the rules' types and add the names they missed."""
    model = load_model()
    if model is None:
        return
    index = {label: i for i, label in enumerate(model.labels)}
    gap = SKIP_GAP
    for candidate in collect(builder, chunks, typed_orgs=False):
        rule = index[candidate.rule]
        base, first, second = _base(model, builder, candidate)
        if gap is not None:
            # The name alone makes the rule's type near-certain: the words around it are
            # not read (see SKIP_GAP).
            mine = base[rule]
            if mine == first and second <= mine - gap:
                continue
        totals = model.totals(_article_part(builder, candidate), base)
        top = max(totals)
        if totals[rule] == top:
            continue  # the rule's type is the model's first choice too: nothing to change
        probs = model.softmax(totals)
        best = max(probs, key=probs.__getitem__)
        if best == "person" and only_after_where(builder, candidate):
            if candidate.rule == "none":  # ("In São Gonçalo, the principal ...")
                _add(builder, candidate, "place")
            continue
        if best == "person" and (
            only_a_place(builder, candidate.name)
            or an_office(builder, candidate.name)
            or any(builder.body.startswith((", its ", "- "), end) for _, end in candidate.spans)
            or used_as_month(builder.body, candidate.name)
            or (candidate.rule == "none" and ends_in_a_city(builder, candidate.name))
        ):
            continue  # "Republican of Kentucky, said": the state does not speak; "Mozilla
            # Firefox, its main rival,": a thing; "Kvam Jeger- og Fiskarlag": a compound's
            # first half, its hyphen hanging
        if (
            candidate.rule == "place"
            and best == "org"
            and (
                all(builder.next_in_places(a, b) for a, b in candidate.spans)
                or a_region(candidate.name)
            )
        ):
            continue  # "the Middle District of Florida, the Southern District of ...": a list;
            # "North Jeolla Province": a region by its own word
        if candidate.rule == "none":
            if (
                best != "none"
                and probs[best] >= NEW_THRESHOLD
                and not builder.demonym(candidate.name)
                # (a month is no place: "rigging in January's vote")
                and not (best == "place" and candidate.name in MONTH_WORDS)
                and not (best == "org" and a_title(candidate.name.split()))
                and not (best == "org" and an_event(candidate.name))
            ):
                _add(builder, candidate, best)  # (not "Qatari and Egyptian mediators")
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
            # (a word that ends a longer name is a place of its own: "Cricieth" beside the
            # hall "Neuadd Goffa Cricieth"; "Hualien" opens "Hualien County", the same one)
            own = name if name.startswith(surface) else surface
            entry = builder.gaz.get(own)
            if entry is not None:
                builder.add_place(entry.canonical, entry.kind, surface, (start, end))
            else:
                builder.add_place(own, "place", surface, (start, end))
        else:
            builder.add_org(name, surface, (start, end))
