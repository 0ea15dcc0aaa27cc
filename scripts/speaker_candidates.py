"""Candidates and features for a learned speaker fallback (an experiment, not shipped).

For a quotation the rules leave without a speaker, the candidates are the people and
organisations named (outside quotations) in its sentence, the two sentences before and the
one after, and the speaker of the quotation before; each gets features (where it stands, how
far, whether a verb of saying follows or precedes it, whether it is the sentence's subject,
the previous speaker, how often the text names it, whether a pronoun of its sex frames the
quotation, whether the quotation speaks of it, ...). `scripts/train_speaker_model.py` fits a
logistic model on them and measures it; the engine does not use it (see that script's
docstring for why).
"""

from __future__ import annotations

import math
from typing import Any

from briefing.facts.lazy_re import lazy
from briefing.facts.phrases import WORD
from briefing.facts.roles import is_role
from briefing.facts.speech import PRONOUNS, QUOTE_VERBS


def score(model: dict[str, Any], features: dict[str, float]) -> float:
    """The model's probability that a candidate with these features is the speaker."""
    weights = model["weights"]
    z = model["bias"] + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def confidence(scored: list[tuple[float, Any]]) -> tuple[float, Any] | None:
    """(confidence, item) of the best-scored candidate: its score times the chance that the
    runner-up is not the speaker (two likely candidates are no sure answer)."""
    if not scored:
        return None
    ranked = sorted(scored, key=lambda x: -x[0])
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    return ranked[0][0] * (1.0 - second), ranked[0][1]


def _words_between(body: str, lo: int, hi: int) -> int:
    return len(WORD.findall(body, lo, hi)) if hi > lo else 0


def _bin(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return "more"


def _verb_after(body: str, end: int, hi: int) -> bool:
    """A verb of saying within a few words after a name ("X said", "X, the mayor, said")."""
    words = WORD.findall(body, end, min(hi, end + 60))[:6]
    return any(w.lower().strip(".’'") in QUOTE_VERBS for w in words)


def _verb_before(body: str, start: int, lo: int) -> bool:
    """A verb of saying right before a name ("said X", "according to X")."""
    words = WORD.findall(body, max(lo, start - 30), start)[-3:]
    low = [w.lower().strip(".’'") for w in words]
    return any(w in QUOTE_VERBS for w in low) or low[-2:] == ["according", "to"]


_AUXILIARIES = frozenset("is was has had have will would did does also later then".split())
_DETERMINERS = frozenset("his her its their rival".split())
# The word after a name, past an appositive between commas ("X, the mayor, said").
_NEXT_WORD = lazy(r"(?:\s*,[^,.;:\"“”]{1,60},)?\s+([a-z]+)")
_BY_AFTER = lazy(r"[\s,]{0,3}by\s")
_TURN_LABEL = lazy(r"\s*[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)?\s*:")
_PREPOSITIONS = frozenset("to with of from against by for about on at in into than".split())


def _grammar(body: str, lo: int, start: int, end: int) -> list[str]:
    """What the words around a mention say of its part in the clause."""
    out = []
    if body.startswith(("'s", "’s"), end) or body.startswith(("' ", "’ "), end):
        out.append("possessive")  # "Trump's refusal": the owner of the noun after it
    before = WORD.findall(body, max(lo, start - 20), start)
    if before and before[-1].lower() in _PREPOSITIONS:
        out.append("after_preposition")
    if len(WORD.findall(body, lo, start)) <= 4:
        out.append("opens_sentence")
    after = _NEXT_WORD.match(body, end)
    if after is not None:
        word = after.group(1)
        if word in QUOTE_VERBS:
            out.append("then_says")  # "X said", "X, 52, told"
        elif word in _AUXILIARIES or word.endswith("ed"):
            out.append("then_verb")  # "X has warned", "X lauded"
        elif word == "as":
            out.append("then_as")  # "lauded X as a "..."": what X was called
    if before and before[-1].lower() in _DETERMINERS or body[max(0, start - 2) : start] == ", ":
        out.append("apposition_or_object")  # "endorsed his rival, X", "its director, X"
    return out


def _role_beside(body: str, start: int, end: int) -> bool:
    before = WORD.findall(body, max(0, start - 25), start)[-2:]
    after = WORD.findall(body, end, end + 30)[:3]
    return any(is_role(w) for w in before + after)


def _window(att: Any, s_lo: int, s_hi: int) -> list[tuple[str, int, int]]:
    """(label, lo, hi) of the quotation's sentence, the two before and the one after."""
    out = [("same", s_lo, s_hi)]
    prev = att.previous_sentence(s_lo)
    if prev is not None:
        out.append(("prev1", prev[0], prev[1]))
        prev2 = att.previous_sentence(prev[0])
        if prev2 is not None:
            out.append(("prev2", prev2[0], prev2[1]))
    body = att.body
    j = s_hi
    while j < len(body) and body[j].isspace():
        j += 1
    if j < len(body):
        nxt = att.sentence(j)
        if nxt[0] >= s_hi:
            out.append(("next1", nxt[0], nxt[1]))
    return out


def _quote_features(
    att: Any, quotes: list, index: int, s_lo: int, open_mark: int, q_hi: int, said_after: bool
) -> dict[str, float]:
    """What the quotation's own surroundings say, whoever the candidate."""
    body = att.body
    text = quotes[index].text
    out = {"quote_words_" + _bin(len(text.split()), (2, 5, 10, 20)): 1.0}
    if text[:1].islower():
        out["quote_lower_start"] = 1.0  # a fragment woven into the reporter's sentence
    prev = att.previous_sentence(s_lo)
    near = prev[0] if prev is not None else s_lo
    if index > 0 and quotes[index - 1].speaker is None and quotes[index - 1].span[0] >= near:
        out["previous_quote_unnamed_near"] = 1.0  # `"A," one source said. "B."`
    if _BY_AFTER.match(body, q_hi + 1):
        out["by_after"] = 1.0  # `described as "..." by the police`
    line = body[body.rfind("\n", 0, open_mark) + 1 : open_mark]
    if _TURN_LABEL.match(line):
        out["in_transcript_turn"] = 1.0  # `SMITH: People say, "..."`
    said_before = any(
        w.lower() in QUOTE_VERBS
        for w in WORD.findall(body, max(s_lo, open_mark - 30), open_mark)[-3:]
    )
    if said_before and not att.mentions_in(max(s_lo, open_mark - 40), open_mark):
        out["verb_before_no_name"] = 1.0  # `one neighbour said: "..."`
    if said_after and not att.mentions_in(q_hi, q_hi + 40):
        out["verb_after_no_name"] = 1.0  # `"...," said a neighbour`
    return out


def candidates(att: Any, quotes: list, index: int) -> list[tuple[str, dict[str, float]]]:
    """(name, features) of each person or organisation that may have said quotes[index]
    (`att`: the `Attributor` the engine built for the text)."""
    body = att.body
    quote = quotes[index]
    q_lo, q_hi = quote.span
    open_mark = max(0, q_lo - 1)
    s_lo, s_hi = att.sentence(open_mark)
    s_hi = max(s_hi, att.sentence(min(q_hi, len(body) - 1))[1])
    p_lo = body.rfind("\n", 0, open_mark) + 1
    window = _window(att, s_lo, s_hi)
    # The speaker of the quotation before (in this paragraph or an earlier one).
    previous, previous_para = None, False
    for j in range(index - 1, -1, -1):
        if quotes[j].speaker is not None:
            previous = quotes[j].speaker
            previous_para = quotes[j].span[0] >= p_lo
            break
    # Pronouns framing the quotation (its sentence, quotations left out).
    frame_words = [
        w.lower()
        for w in WORD.findall(body, s_lo, open_mark) + WORD.findall(body, q_hi + 1, s_hi)
        if '"' not in w
    ]
    pronoun = next((w for w in frame_words if w in PRONOUNS), None)
    starts_para = not body[p_lo:open_mark].strip(" \"“‘'«`")
    inner = body[q_lo:q_hi].lower()
    counts: dict[str, int] = {}
    for m in att.mentions:
        if m[2] in ("person", "org"):
            counts[m[3]] = counts.get(m[3], 0) + 1
    subject_same = att.subject(s_lo, s_hi)
    # `"...," said X` / `"...," X said`: a verb of saying within three words after the quote.
    said_after = any(
        w.lower() in QUOTE_VERBS for w in WORD.findall(body, q_hi + 1, min(s_hi, q_hi + 40))[:3]
    )
    common = _quote_features(att, quotes, index, s_lo, open_mark, q_hi, said_after)
    found: dict[str, dict[str, float]] = {}
    dists: dict[str, int] = {}
    nearest: dict[str, str] = {}  # where each candidate's nearest mention stands
    for label, lo, hi in window:
        subject = subject_same if label == "same" else None
        if label == "prev1":
            subject = att.subject(lo, hi)
        for m in att.mentions_in(lo, hi):
            if m[2] not in ("person", "org"):
                continue
            name = att.named(m)
            if name is None:
                continue
            if label == "same":
                where = "before" if m[1] <= open_mark else "after"
                dist = _words_between(body, m[1], open_mark) if where == "before" else 0
                if where == "after":
                    dist = _words_between(body, q_hi + 1, m[0])
            elif label == "next1":
                where, dist = "next1", _words_between(body, q_hi + 1, m[0])
            else:
                where, dist = label, _words_between(body, m[1], open_mark)
            f = found.get(name)
            first = f is None
            if first:
                f = found[name] = {}
            f["at_" + where] = 1.0
            if first or dist < dists[name]:
                dists[name], nearest[name] = dist, where
            if _verb_after(body, m[1], hi):
                f["verb_after_" + where] = 1.0
            if _verb_before(body, m[0], lo):
                f["verb_before_" + where] = 1.0
            if subject is not None and subject[0] == name:
                f["subject_" + label] = 1.0
            if _role_beside(body, m[0], m[1]):
                f["role"] = 1.0
            for word in _grammar(body, lo, m[0], m[1]):
                f[word + "_" + where] = 1.0
            if label == "same" and where == "after" and said_after:
                f["after_saying_frame"] = 1.0
    if previous is not None and previous not in found:
        found[previous] = {"only_previous": 1.0}
        dists[previous] = 999
    ranked = sorted(found, key=lambda n: dists[n])
    out = []
    n_cand = _bin(len(found), (1, 2, 3, 5))
    for rank, name in enumerate(ranked):
        f = found[name]
        where = nearest.get(name)
        kind = att.kind_of(name)
        f["kind_" + kind] = 1.0
        f["rank_" + _bin(rank, (0, 1, 2))] = 1.0
        if where is not None:
            f["dist_" + where + "_" + _bin(dists[name], (2, 5, 10, 20, 40))] = 1.0
            f[f"{where}_{kind}"] = 1.0
        if name == previous:
            f["previous"] = 1.0
            f["previous_para" if previous_para else "previous_earlier"] = 1.0
        f["count_" + _bin(counts.get(name, 0), (1, 2, 4, 8))] = 1.0
        if pronoun is not None:
            sex = att.gender(name) if kind == "person" else "org"
            want = PRONOUNS[pronoun]
            if sex is None:
                f["pronoun_unknown_sex"] = 1.0
            elif sex == want:
                f["pronoun_fits"] = 1.0
                if where is not None:
                    f["pronoun_fits_" + where] = 1.0
            else:
                f["pronoun_clashes"] = 1.0
        parts = [p for p in WORD.findall(name.lower()) if len(p) > 2]
        if parts and parts[-1] in inner:
            f["inside_quote"] = 1.0
        elif any(p in inner for p in parts):
            f["part_inside_quote"] = 1.0
        f["candidates_" + n_cand] = 1.0
        f.update(common)
        if starts_para:
            f["quote_opens_paragraph"] = 1.0
        out.append((name, f))
    return out
