"""Related articles: text likeness, shared rare entities and closeness in time.

Candidates come from a more-like-this query over the article's distinctive terms (tf-idf
over its title and body) and from the articles that share its rarer entities. Each is
scored by

    text * (1 + ENTITY_BONUS * entities) * (1 + TIME_BONUS * time)

where `text` is the candidate's BM25 score over the key terms (term frequency saturated and
normalised by the candidate's length) as a share of the article's own score, `entities` is
the share of the article's entity weight (inverse document frequency: sharing "Sergei
Shoigu" counts for more than sharing "Russia") that the candidate shares, and `time` decays
with the days between the two. Entities and time only strengthen a likeness of text: two
stories on the same day, or both naming "Russia", are not related for that alone. The
score, capped at 1, is the item's `strength`; below `WEAK_BELOW` it is `weak`.

Same-story copies are shown once (with the others as `also_in`); the article's own group is
never listed. When the candidates run out, the articles closest in time fill the list (with
strength 0, weak), so N results come back whenever N other stories exist.
"""

from __future__ import annotations

import heapq
import math
import sqlite3
from dataclasses import dataclass, field
from operator import itemgetter

from briefing.catalog import groupstore, shared
from briefing.catalog.docstore import light_rows
from briefing.catalog.lookup import days_between
from briefing.core.kinds import KINDS
from briefing.core.model import Article
from briefing.core.results import Related, Row, Why
from briefing.search.analysis import STOP_WORDS, accent_map
from briefing.search.analysis import TOKEN as _TOKEN
from briefing.search.analysis import cached_stem as _stem
from briefing.search.postings import doc_frequency, length_norms, term_blocks

# Shared entities add at most half again, closeness in time a tenth: both corroborate a
# likeness of text rather than stand for one (on real articles they are weak evidence of a
# shared topic on their own: benchmarks/related_topics.py).
ENTITY_BONUS = 0.5
TIME_BONUS = 0.1
# What shared entities give with no text in common: enough to list the article (sharing
# "Sergei Shoigu" outranks sharing "Russia"), never enough to make it more than weak.
ENTITY_ALONE = 0.05
TIME_SCALE_DAYS = 30.0
# Robertson's usual BM25 constants, not tuned here. Without length normalisation (B = 0)
# long articles (interviews, round-ups) matched every article and crowded the lists.
BM25_K1 = 1.2
BM25_B = 0.75
# 40 key terms reach past the names that make a story to the words that make its topic
# ("sentenced", "wildfire", "primary"); the postings budget still bounds the cost.
KEY_TERMS = 40
LOOKUP_TERMS = 80
# Strength below which an item is shown as weak, not as related: on the tuning half of the
# Wikinews benchmark (benchmarks/related_topics.py), top-five items under 0.15 share the
# article's topic less than half the time (0.39 at 0.10-0.15), those above it 0.58 or more.
WEAK_BELOW = 0.15
POSTINGS_BUDGET = 3000
MIN_TERMS = 6
TITLE_SHARE = 0.5
CANDIDATES = 60
# Entities shared by more than this share of the library, or by more than
# `COMMON_ENTITY_ARTICLES` articles, do not propose candidates (they still count, weakly,
# in the score). The count keeps the look-up bounded in a big library: at 100,000 articles
# the share alone let an entity of 5,000 articles propose them all, to keep 60.
COMMON_ENTITY_SHARE = 0.05
COMMON_ENTITY_ARTICLES = 1000
WHY_TERMS = 6
WHY_ENTITIES = 6
_FIELD_OF_KIND = {kind: group for group, kind in KINDS.items()}
# Words that say nothing of what two articles share: in a small library they are rare
# enough to rank among the key terms ("terms: was, its, about" was shown as the reason).
# They still score; they are only not given as reasons.
_NOT_A_REASON = frozenset(
    "about above across after again against all also any because been before being below "
    "between both but could did does during "
    "each had has her hers him his its into just last more most much now off once only other "
    "our ours out over said says should some such than their them then there these they "
    "those through told under until very was were what which while who whom whose why "
    "within without would".split()
)


@dataclass
class _Candidate:
    text: float = 0.0
    terms: set[str] = field(default_factory=set)
    shared: dict[str, set[str]] = field(default_factory=dict)  # kind -> keys
    entity: float = 0.0


def key_terms(searcher, article: Article, count: int = KEY_TERMS) -> list[tuple[str, float, str]]:
    """The article's most distinctive terms: (stem, tf-idf weight, a surface form)."""
    freq: dict[str, float] = {}
    surface: dict[str, str] = {}
    for text, boost in ((article.title, 3.0), (article.body, 1.0)):
        for match in _TOKEN.finditer(text):
            word = match.group().lower().translate(accent_map)
            if len(word) < 3 or word in STOP_WORDS or word.isdigit():
                continue
            term = _stem(word)
            freq[term] = freq.get(term, 0.0) + boost
            surface.setdefault(term, word)
    if not freq:
        return []
    reader = searcher.reader()
    # Whoosh counts deleted documents (until a merge drops them) in document frequencies,
    # so the total must count them too: else a re-indexed term's idf goes negative.
    total = max(reader.doc_count_all(), 1)
    weighted = []
    frequency_of: dict[str, int] = {}
    # Look up document frequencies for the most frequent terms only: they are what a
    # long article is about, and each look-up costs more than the rest of this function.
    frequent = sorted(freq.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))
    for term, tf in frequent[:LOOKUP_TERMS]:
        df = doc_frequency(reader, "body", term)
        if df <= 1 and total > 1:
            continue  # only this article has it: it cannot relate anything
        idf = math.log((total + 1) / (df + 0.5))
        if idf <= 0:
            continue
        weighted.append((term, (1.0 + math.log(tf)) * idf, surface[term]))
        frequency_of[term] = df
    weighted.sort(key=lambda item: (-item[1], item[0]))
    return _within_budget(weighted[:count], frequency_of)


def _within_budget(
    terms: list[tuple[str, float, str]], frequency_of: dict[str, int]
) -> list[tuple[str, float, str]]:
    """The key terms, rarest first, while their postings fit `POSTINGS_BUDGET` (at least
    `MIN_TERMS`), back in weight order: the cost of a look-up stays bounded however big
    the library, and the terms dropped are the commonest, which say the least."""
    kept: set[str] = set()
    spent = 0
    for term, _, _ in sorted(terms, key=lambda item: (frequency_of[item[0]], item[0])):
        spent += frequency_of[term]
        if spent > POSTINGS_BUDGET and len(kept) >= MIN_TERMS:
            break
        kept.add(term)
    return [item for item in terms if item[0] in kept]


def related(searcher, db: sqlite3.Connection, article: Article, limit: int = 10) -> list[Related]:
    """The `limit` articles most related to `article`, one per same-story group."""
    if limit <= 0:
        return []
    own_group = groupstore.group_of(db, article.id)
    excluded = set(groupstore.members(db, [own_group])[own_group]) | {article.id}
    candidates: dict[str, _Candidate] = {}
    terms = key_terms(searcher, article)
    own_text = _text_candidates(searcher, terms, article.id, excluded, candidates)
    weights = _entity_weights(db, article.id)
    _entity_candidates(db, weights, excluded, candidates)
    rows = light_rows(db, candidates)
    when = article.published
    scored: list[tuple[float, float, str]] = []
    # The article's own score is the most its key terms can give (a copy of it); when it is
    # not in the index yet, the best candidate's stands in.
    top_text = own_text or max((c.text for c in candidates.values()), default=0.0) or 1.0
    for article_id, candidate in candidates.items():
        row = rows.get(article_id)
        if row is None:
            continue
        score, tie = _score(candidate, top_text, when, row)
        scored.append((score, tie, article_id))
    # Ties (no text in common) go to shared entities and then closeness.
    scored.sort(key=lambda item: (-item[0], -item[1], item[2]))
    surface = {term: word for term, _, word in terms}
    results = _collapse(db, scored, rows, candidates, excluded, limit, when, surface, weights)
    if len(results) < limit:
        _fill_by_time(db, article, results, excluded, limit)
    return results


def _text_candidates(
    searcher, terms, own_id: str, excluded: set[str], out: dict[str, _Candidate]
) -> float:
    """More-like-this over the key terms, scored by walking their postings directly.

    Each document scores BM25 over the key terms it contains: the term's weight times its
    frequency there, saturated and normalised by the document's length (title matches count
    extra, unnormalised: titles are all short). Returns the score of `own_id` itself (0.0
    when it is not in the index), the most the key terms can give.
    Whoosh's own disjunction of 25+ boosted terms spends seconds in its block-quality
    bookkeeping on a 10,000-article index; these postings lists are short (key terms are
    rare), so a plain accumulation takes milliseconds.
    """
    if not terms:
        return 0.0
    reader = searcher.reader()
    scores: dict[int, float] = {}
    in_body: list[tuple[str, set[int]]] = []
    norms = length_norms(reader, "body", BM25_K1, BM25_B)
    k1 = BM25_K1
    get = scores.get
    for term, weight, _ in terms:
        seen: set[int] = set()
        lift = weight * (k1 + 1)
        for ids, weights in term_blocks(reader, "body", term):
            for docnum, frequency in zip(ids, weights, strict=True):
                scores[docnum] = get(docnum, 0.0) + lift * frequency / (frequency + norms[docnum])
            seen.update(ids)
        in_body.append((term, seen))
        lift *= TITLE_SHARE
        for ids, weights in term_blocks(reader, "title", term):
            for docnum, frequency in zip(ids, weights, strict=True):
                scores[docnum] = get(docnum, 0.0) + lift * frequency / (frequency + k1)
    own = searcher.document_number(id=own_id)
    own_score = scores.get(own, 0.0) if own is not None else 0.0
    best = heapq.nlargest(CANDIDATES + len(excluded), scores.items(), key=itemgetter(1))
    for docnum, score in best:
        if reader.is_deleted(docnum):
            continue
        article_id = searcher.stored_fields(docnum).get("id")
        if not article_id or article_id in excluded:
            continue
        candidate = out.setdefault(article_id, _Candidate())
        candidate.text = score
        candidate.terms.update(term for term, ids in in_body if docnum in ids)
    return own_score


def _entity_weights(
    db: sqlite3.Connection, article_id: str
) -> dict[tuple[str, str], tuple[float, str, int]]:
    """(kind, key) -> (idf weight, display name, document frequency) for the article's entities."""
    own = shared.entities_of(db, article_id)
    if not own:
        return {}
    total = shared.article_count(db)
    frequency = shared.article_frequencies(db, sorted({key for _, key, _ in own}))
    weights = {}
    for kind, key, name in own:
        df = frequency.get((kind, key), 1)
        weights[(kind, key)] = (math.log((total + 1) / (df + 0.5)), name, df)
    return weights


def _entity_candidates(db, weights, excluded: set[str], out: dict[str, _Candidate]) -> None:
    """Add the articles sharing the rarer entities; score every candidate's shared weight.

    Rare entities (in at most `COMMON_ENTITY_SHARE` of the library and at most
    `COMMON_ENTITY_ARTICLES` articles) propose candidates,
    the best `CANDIDATES` of which are kept; common ones only add to the score of the
    candidates already there.
    """
    if not weights:
        return
    total = shared.article_count(db)
    cap = max(min(COMMON_ENTITY_SHARE * total, COMMON_ENTITY_ARTICLES), 20)
    rare = {key for (_, key), (_, _, df) in weights.items() if df <= cap}
    whole = sum(weight for weight, _, _ in weights.values()) or 1.0
    # (Every pair with a rare key proposes, as the key's look-up finds them all.)
    proposing = {pair: weight for pair, (weight, _, _) in weights.items() if pair[1] in rare}
    rare_weight = shared.weight_by_article(db, proposing) if rare else {}
    for article_id in excluded:
        rare_weight.pop(article_id, None)
    by_weight = ((weight, article_id) for article_id, weight in rare_weight.items())
    best = [article_id for _, article_id in heapq.nlargest(CANDIDATES, by_weight)]
    chosen = set(out) | set(best)
    named: dict[str, list[tuple[str, str]]] = {}
    if chosen:
        keys = sorted({key for _, key in weights})
        for article_id, kind, key in shared.naming(db, keys, among=sorted(chosen)):
            if (kind, key) in weights:
                named.setdefault(article_id, []).append((kind, key))
    for article_id in chosen:
        pairs = set(named.get(article_id, ()))
        if not pairs or article_id in excluded:
            continue
        candidate = out.setdefault(article_id, _Candidate())
        for kind, key in pairs:
            candidate.shared.setdefault(kind, set()).add(key)
        candidate.entity = sum(weights[pair][0] for pair in pairs) / whole


def _score(candidate: _Candidate, top_text: float, when, row: Row) -> tuple[float, float]:
    """The candidate's score, and a tie-break for candidates with no text in common."""
    days = days_between(when, row.when)
    closeness = 0.3 if days is None else math.exp(-days / TIME_SCALE_DAYS)
    text = min(candidate.text / top_text, 1.0)
    entity = min(candidate.entity, 1.0)
    score = text * (1 + ENTITY_BONUS * entity) * (1 + TIME_BONUS * closeness)
    return score + ENTITY_ALONE * entity, entity + TIME_BONUS * closeness


def strength_of(score: float) -> float:
    """A score as a strength in [0, 1]: 1 is a text as like as the article's own."""
    return max(0.0, min(score, 1.0))


def _collapse(
    db, scored, rows, candidates, excluded, limit, when, surface, weights
) -> list[Related]:
    """The best copy of each group, in score order, up to `limit`."""
    labels = groupstore.groups_of(db, [article_id for _, _, article_id in scored])
    seen: set[str] = set()
    picked: list[tuple[float, str]] = []
    for score, _, article_id in scored:
        label = labels[article_id]
        if label in seen:
            continue
        seen.add(label)
        picked.append((score, article_id))
        if len(picked) >= limit:
            break
    groups = groupstore.members(db, {labels[article_id] for _, article_id in picked})
    others = {m for members in groups.values() for m in members}
    sources = light_rows(db, others)
    results = []
    for score, article_id in picked:
        row = rows[article_id]
        candidate = candidates[article_id]
        why = _why(candidate, surface, weights, days_between(when, row.when))
        members = groups[labels[article_id]]
        also = [
            {"id": m, "source": sources[m].source}
            for m in members
            if m != article_id and m in sources and m not in excluded
        ]
        results.append(_related(row, score, why, also, strength_of(score)))
    return results


def _related(row: Row, score: float, why: Why, also: list, strength: float) -> Related:
    """The related item for `row`; weak when its strength is under `WEAK_BELOW`."""
    return Related(
        row.id,
        row.title,
        row.source,
        row.published,
        score,
        why,
        also,
        strength=strength,
        weak=strength < WEAK_BELOW,
    )


def _why(candidate: _Candidate, surface, weights, days: int | None) -> Why:
    why = Why(days_apart=days)
    for kind, keys in candidate.shared.items():
        ranked = sorted(keys, key=lambda key: (-weights[(kind, key)][0], key))
        names = [weights[(kind, key)][1] for key in ranked[:WHY_ENTITIES]]
        setattr(why, _FIELD_OF_KIND[kind], names)
    ordered = [
        term for term in surface if term in candidate.terms and surface[term] not in _NOT_A_REASON
    ]
    why.terms = [surface[term] for term in ordered[:WHY_TERMS]]
    return why


def _fill_by_time(
    db, article: Article, results: list[Related], excluded: set[str], limit: int
) -> None:
    """Top up with the articles nearest in time (one per group) when candidates ran out."""
    taken = set(excluded) | {item.id for item in results}
    labels_taken = set(groupstore.groups_of(db, taken).values())
    pivot = article.published.isoformat() if article.published else None
    streams = shared.by_time_around(db, pivot)
    pending: list[str] = []
    while len(results) < limit and streams:
        pending.clear()
        for stream in list(streams):
            row = stream.fetchone()
            if row is None:
                streams.remove(stream)
            elif row[0] not in taken:
                pending.append(row[0])
        for article_id in pending:
            if len(results) >= limit:
                break
            label = groupstore.group_of(db, article_id)
            if label in labels_taken:
                continue
            labels_taken.add(label)
            taken.add(article_id)
            row = light_rows(db, [article_id]).get(article_id)
            if row is None:
                continue
            # Nothing in common but time: listed so N results come back, never as related.
            days = days_between(article.published, row.when)
            results.append(_related(row, 0.0, Why(days_apart=days), [], 0.0))
