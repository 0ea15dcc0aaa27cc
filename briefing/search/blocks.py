"""Reading a term's posting blocks: document numbers and weights, a block at a time.

Whoosh's matcher protocol costs several wrapper calls a posting, and its leaf matcher
unpickles a whole block (term positions included) to read it. A W3 block is the pickle
(protocol 2) of (ids, weights, values); `read_blocks` reads the ids and weights only,
matching their opcodes with a regular expression and unpickling just that part. The one
block reader for the fast ranking (`bm25`) and related articles (`postings`); a test
holds its output to Whoosh's own matcher on a real corpus.
"""

from __future__ import annotations

import re
import zlib
from itertools import accumulate
from pickle import loads

# A W3 posting block is the pickle (protocol 2) of (ids, weights, values). This matches
# its ids (delta-coded ints) and weights (None, one number or a tuple of numbers), so the
# values (term positions) need not be unpickled. Tuples of 1-3 items use TUPLE1-3, longer
# ones MARK ... TUPLE; each tuple is memoised (BINPUT or LONG_BINPUT).
_NUMBER = rb"(?:K.|M..|J....|G.{8})"
_PUT = rb"(?:q.|r....)"


def _tuple_of(item: bytes) -> bytes:
    return (
        rb"(?:\)|"
        + item
        + rb"\x85"
        + _PUT
        + rb"|"
        + item * 2
        + rb"\x86"
        + _PUT
        + rb"|"
        + item * 3
        + rb"\x87"
        + _PUT
        + rb"|\("
        + item
        + rb"*t"
        + _PUT
        + rb")"
    )


# The weights: a tuple tried first (a lone number is never followed by TUPLE1-3 or a
# number: the values come next, and they start with another opcode).
_IDS_AND_WEIGHTS = re.compile(
    rb"\x80\x02" + _tuple_of(rb"(?:K.|M..|J....)") + rb"(?:" + _tuple_of(_NUMBER) + rb"|N|"
    + _NUMBER + rb")",
    re.DOTALL,
)  # fmt: skip


def read_blocks(matcher):
    """(ids, weights) of each posting block of a term, in document order."""
    from whoosh.codec.whoosh3 import W3LeafMatcher

    if type(matcher) is not W3LeafMatcher or getattr(matcher, "_byteids", True):
        # Inlined (short) posting lists and anything else: the plain matcher interface.
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        yield ids, weights
        return
    postfile = matcher._postfile
    while matcher.is_active():
        start, end = matcher._dataoffset, matcher._nextoffset
        data = postfile.get(start, end - start)
        if matcher._compression:
            data = zlib.decompress(data)
        found = _IDS_AND_WEIGHTS.match(data)
        if found is None:
            matcher._read_ids()
            matcher._read_weights()
            yield matcher._ids, matcher._weights
        else:
            deltas, weights = loads(found.group() + b"\x86.")
            if weights is None or not isinstance(weights, tuple):
                # One weight for the whole block, as Whoosh reads it (a float32 array)
                weights = _same_weights(1.0 if weights is None else weights, len(deltas))
            yield accumulate(deltas), weights
        matcher._next_block()


def _same_weights(weight: float, count: int):
    from array import array

    return array("f", [weight]) * count
