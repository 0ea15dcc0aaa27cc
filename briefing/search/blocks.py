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
from io import BytesIO
from itertools import accumulate
from pickle import UnpicklingError, load, loads
from struct import Struct
from struct import error as struct_error

_INT = Struct("!i")  # a block's length (negative for the last block), as Whoosh writes it

# A W3 posting block is the pickle (protocol 2) of (ids, weights, values). This matches
# its ids (delta-coded ints) and weights (None, one number or a tuple of numbers), so the
# values (term positions) need not be unpickled. Tuples of 1-3 items use TUPLE1-3, longer
# ones MARK ... TUPLE; each tuple is memoised (BINPUT or LONG_BINPUT). The repeat of
# items is possessive: the items' opcodes are never TUPLE's, so giving one back could not
# lead to a match, and not keeping the state to give it back saves a fifth of the match.
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
        + rb"*+t"
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
    spans = _block_spans(matcher._postfile, matcher._startoffset, matcher._length)
    if spans is not None:  # the term's postings read in one go, each block cut from them
        yield from _cut_blocks(spans, lambda: matcher)
        return
    postfile = matcher._postfile
    while matcher.is_active():
        start, end = matcher._dataoffset, matcher._nextoffset
        data = postfile.get(start, end - start)
        found = _ids_and_weights(data, matcher._compression, matcher._blocklength)
        if found is None:
            matcher._read_ids()
            matcher._read_weights()
            yield matcher._ids, matcher._weights
        else:
            yield _decoded(found)
        matcher._next_block()


def segment_blocks(reader, fieldname: str, text: bytes, info):
    """`read_blocks` of a term of a segment reader whose info (`reader.term_info`) is
    `info`, deleted documents included, from the info's extent: no matcher is made.

    Whoosh's `postings` looks the term up again and reads the first block's header, and
    on a segment with deletions its filter inflates and unpickles the whole first block
    (term positions included) to find the first live document: together more than the
    term's ids and weights cost for most terms."""
    from whoosh.codec.whoosh3 import W3TermsReader

    terms = getattr(reader, "_terms", None)
    if type(terms) is W3TermsReader and not info.is_inlined():
        spans = _block_spans(terms._postfile, *info.extent())
        if spans is not None:
            format_ = reader.schema[fieldname].format
            yield from _cut_blocks(spans, lambda: terms.matcher(fieldname, text, format_))
            return
    matcher = reader.postings(fieldname, text)
    yield from read_blocks(unfiltered(matcher))


def unfiltered(matcher):
    """The segment's own matcher inside Whoosh's filter of its deleted documents."""
    from whoosh.matching.wrappers import FilterMatcher

    if isinstance(matcher, FilterMatcher):
        if not getattr(matcher, "_exclude", False):
            raise ValueError("unexpected postings filter")
        return matcher.child
    return matcher


def _cut_blocks(spans, make_matcher):
    """Each block's (ids, weights) cut from the term's postings (`_block_spans`); a
    block that is not the pickle expected is read by the matcher `make_matcher` gives."""
    data, blocks = spans
    matcher = None
    for position, start, end, compression, count in blocks:
        found = _ids_and_weights(data[start:end], compression, count)
        if found is None:  # not the pickle expected: Whoosh reads this block
            matcher = matcher or make_matcher()
            matcher._goto(matcher._startoffset + position)
            matcher._read_ids()
            matcher._read_weights()
            yield matcher._ids, matcher._weights
        else:
            yield _decoded(found)


def _decoded(found):
    deltas, weights = loads(found.group() + b"\x86.")
    if weights is None or not isinstance(weights, tuple):
        # One weight for the whole block, as Whoosh reads it (a float32 array)
        weights = _same_weights(1.0 if weights is None else weights, len(deltas))
    return accumulate(deltas), weights


def _block_spans(postfile, start: int, size):
    """The term's postings (`size` bytes from `start` in `postfile`) as one read (`bytes`)
    and (position, start, end, compression, postings) of each block's data in it, or None
    when they
    are not laid out as expected.

    Whoosh's matcher reads each block's header (its length and a pickled info tuple)
    from the file a few bytes at a time: with the file read as needed (not mapped),
    about 20 small reads a block, more than decoding the block's ids and weights."""
    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC

    try:
        if type(size) is tuple:  # as Whoosh reads it back from a term's info: (length,)
            (size,) = size
        data = postfile.get(start, size)
    except (AttributeError, TypeError, ValueError, OSError):
        return None
    if len(data) != size or data[:4] != WHOOSH3_HEADER_MAGIC:
        return None
    stream = BytesIO(data)
    blocks = []
    position = 4
    try:
        while True:
            (length,) = _INT.unpack_from(data, position)
            following = position + _INT.size + abs(length)
            stream.seek(position + _INT.size)
            info = load(stream)
            blocks.append((position, stream.tell(), following, info[3], info[0]))
            if length < 0:
                break
            position = following
    except (struct_error, UnpicklingError, EOFError, IndexError, TypeError, ValueError):
        return None
    if following != size:
        return None
    return data, blocks


# A block's pickle is inflated this far first (at most): its ids and weights take about
# 11 bytes a posting (1.4 kB for 128 at 100,000 articles: two of a delta, nine of a
# float weight), so a block of n postings is first inflated to `_PER_POSTING * n` and
# `_SPARE` more bytes (inflating costs by the byte made); the term positions after them,
# most of a block, are never inflated.
_HEAD = 2048
_PER_POSTING = 11
# A match counts only with this many bytes after it, or on the whole pickle: a cut could
# leave a lone weight where a tuple of up to three (33 bytes at most) goes on.
_SPARE = 40


def _ids_and_weights(data: bytes, compressed: bool, postings: int):
    """The match of the ids and weights at the start of a block's pickle of `postings`
    postings, inflating no more of it than needed (or None: the block is read through
    the matcher)."""
    if not compressed:
        return _IDS_AND_WEIGHTS.match(data)
    inflater = zlib.decompressobj()
    head = inflater.decompress(data, min(_HEAD, _PER_POSTING * postings + 2 * _SPARE))
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
