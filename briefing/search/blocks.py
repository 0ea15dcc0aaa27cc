"""Reading a term's posting blocks: document numbers and weights, a block at a time.

Whoosh's matcher protocol costs several wrapper calls a posting, and its leaf matcher
unpickles a whole block (term positions included) to read it. A W3 block is the pickle
(protocol 2) of (ids, weights, values); `read_blocks` reads the ids and weights only,
matching their opcodes with a regular expression and unpickling just that part (and
inflating a compressed block only as far as they go: the positions after them are most
of its bytes). The one block reader for the fast ranking (`bm25`) and related articles
(`postings`); tests hold its output to Whoosh's own matcher on a real corpus and on
blocks inflated in part (`tests/search/test_bm25_scale.py`).
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
        found = _ids_and_weights(postfile.get(start, end - start), matcher._compression)
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


# A block's pickle is inflated this far first: its ids and weights take about 11 bytes
# a posting (1.4 kB for 128 at 100,000 articles); the term positions after them, most of
# a block, are never inflated.
_HEAD = 2048
# A match counts only with this many bytes after it, or on the whole pickle: a cut could
# leave a lone weight where a tuple of up to three (33 bytes at most) goes on.
_SPARE = 40


def _ids_and_weights(data: bytes, compressed: bool):
    """The match of the ids and weights at the start of a block's pickle, inflating no
    more of it than needed (or None: the block is read through the matcher)."""
    if not compressed:
        return _IDS_AND_WEIGHTS.match(data)
    inflater = zlib.decompressobj()
    head = inflater.decompress(data, _HEAD)
    while True:
        found = _IDS_AND_WEIGHTS.match(head)
        if found is not None and (inflater.eof or found.end() + _SPARE <= len(head)):
            return found
        if inflater.eof:
            return None
        more = inflater.decompress(inflater.unconsumed_tail, len(head)) or inflater.flush()
        if not more:
            return None  # a stream cut short: the matcher reads the block
        head += more


def _same_weights(weight: float, count: int):
    from array import array

    return array("f", [weight]) * count
