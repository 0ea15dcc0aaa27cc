"""Fast reads of a term's postings: document numbers and weights a block at a time; and
the document frequencies and length norms that scoring them needs, kept per reader.

Walking postings through Whoosh's matcher protocol costs about 9 µs a posting (several
wrapper layers per step); related articles read tens of thousands of postings per
article. This module reads them a block at a time with the one block reader
(`blocks.segment_blocks`, ids and weights only): the same data at a fraction of the cost. It
relies on the `whoosh3` codec's block layout (whoosh-reloaded is pinned), falls back to the
public matcher protocol for any other matcher, and a test holds it to Whoosh's reader.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from weakref import WeakKeyDictionary, ref

from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from briefing.search.blocks import segment_blocks

Blocks = list[tuple[Sequence[int], Sequence[float]]]

# Decoded postings kept per segment reader (a new searcher brings new readers, so deletions
# and new segments are never served stale): articles read one after another share many of
# their key terms, and decoding a block (unpickling its positions too) is most of the cost
# of related articles (which reads some 3,000-6,000 postings an article). Bounded by the
# postings held (about 60 bytes each as Python objects), shared out among the segments,
# least recently used dropped first.
_CACHE_POSTINGS = 400_000
_cache: WeakKeyDictionary = WeakKeyDictionary()


def term_blocks(
    reader, fieldname: str, term: str
) -> Iterator[tuple[Sequence[int], Sequence[float]]]:
    """(document numbers, weights) of `term` in `fieldname`, one block at a time.

    Document numbers are global to `reader`; deleted documents are left out.
    """
    leaves = reader.leaf_readers()
    for leaf, offset in leaves:
        try:
            cache = _cache.setdefault(leaf, _LeafCache())
        except TypeError:  # a reader that cannot be weakly referenced: no cache
            cache = _LeafCache()
        blocks = cache.get(fieldname, term)
        if blocks is None:
            blocks = list(_leaf_blocks(leaf, offset, fieldname, term))
            cache.put(fieldname, term, blocks, _CACHE_POSTINGS // max(1, len(leaves)))
        yield from blocks


def length_norms(reader, fieldname: str, k1: float, b: float) -> Sequence[float]:
    """Document number -> BM25's k1 * (1 - b + b * length / average length) of `fieldname`.

    Length-normalised scoring needs this for every document in the postings it walks, and
    Whoosh answers each length in several microseconds (ten wrapper layers): so all of them
    are read at once, the lengths column a segment at a time (`_length_bytes`), and kept
    per reader (a new searcher brings a new reader, so a changed index is never served
    stale lengths). Where that layout is not found, each is worked out on first use.
    """
    key = (fieldname, k1, b)
    try:
        per_reader = _norms.setdefault(reader, {})
    except TypeError:  # a reader that cannot be weakly referenced: no cache
        return _all_norms(reader, *key)
    norms = per_reader.get(key)
    if norms is None:
        norms = per_reader[key] = _all_norms(reader, *key)
    return norms


_norms: WeakKeyDictionary = WeakKeyDictionary()


def _all_norms(reader, fieldname: str, k1: float, b: float) -> Sequence[float]:
    lazy = _Norms(reader, fieldname, k1, b)
    total = reader.doc_count_all()
    lengths = bytearray(total)  # a document without a length byte has 0 (no length)
    for leaf, offset in reader.leaf_readers():
        found = _length_bytes(leaf, fieldname)
        if found is None:
            return lazy
        lengths[offset : offset + len(found)] = found
    # A length byte stands for one of 256 lengths: each norm is worked out once.
    by_byte = [lazy.of_length(byte_to_length(byte) if byte else 0) for byte in range(256)]
    return [by_byte[byte] for byte in lengths[:total]]


def _length_bytes(leaf, fieldname: str) -> bytes | None:
    """The length bytes of `fieldname` of a segment's documents in order, read at once from
    the `whoosh3` codec's lengths column (one byte a document; whoosh-reloaded is pinned,
    and a test holds the result to the reader's own); None for any other layout."""
    try:
        column = leaf._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        if column is None:
            return b""
        if column._fixedlen != 1 or column._typecode != "B":
            return None
        return column._dbfile.get(column._basepos, column._count)
    except AttributeError:
        return None


class _Norms(dict):
    """`length_norms`, each filled in on first use."""

    def __init__(self, reader, fieldname: str, k1: float, b: float) -> None:
        super().__init__()
        # A weak reference: this dict is the reader's value in `_norms`, and a strong one
        # would keep the reader (its key) alive for ever.
        try:
            self._reader = ref(reader)
        except TypeError:
            self._reader = lambda: reader
        self._fieldname, self._k1, self._b = fieldname, k1, b
        # Whoosh counts deleted documents (until a merge drops them) in the field's total.
        self._average = reader.field_length(fieldname) / max(reader.doc_count_all(), 1) or 1.0

    def of_length(self, length: int) -> float:
        """The norm of a document of `length` terms (0, unknown, counts as 1)."""
        return self._k1 * (1 - self._b + self._b * (length or 1) / self._average)

    def __missing__(self, docnum: int) -> float:
        reader = self._reader()
        length = reader.doc_field_length(docnum, self._fieldname) if reader else 0
        norm = self[docnum] = self.of_length(length)
        return norm


# Document frequencies kept per reader, dropped wholesale past this many terms.
_CACHE_FREQUENCIES = 200_000
_frequencies: WeakKeyDictionary = WeakKeyDictionary()


def doc_frequency(reader, fieldname: str, term: str) -> int:
    """`reader.doc_frequency`, remembered per reader.

    Each look-up asks every segment (some 20 µs on a 10,000-article index); articles read
    one after another ask for many of the same terms.
    """
    try:
        known = _frequencies.setdefault(reader, {})
    except TypeError:  # a reader that cannot be weakly referenced: no cache
        return reader.doc_frequency(fieldname, term)
    key = (fieldname, term)
    frequency = known.get(key)
    if frequency is None:
        if len(known) >= _CACHE_FREQUENCIES:
            known.clear()
        frequency = known[key] = reader.doc_frequency(fieldname, term)
    return frequency


class _LeafCache:
    """(field, term) -> decoded blocks of one segment, least recently used dropped first."""

    def __init__(self) -> None:
        self._blocks: OrderedDict[tuple[str, str], Blocks] = OrderedDict()
        self._held = 0

    def get(self, fieldname: str, term: str) -> Blocks | None:
        blocks = self._blocks.get((fieldname, term))
        if blocks is not None:
            self._blocks.move_to_end((fieldname, term))
        return blocks

    def put(self, fieldname: str, term: str, blocks: Blocks, budget: int) -> None:
        self._blocks[(fieldname, term)] = blocks
        self._held += sum(len(ids) for ids, _ in blocks)
        while self._held > budget and len(self._blocks) > 1:
            _, dropped = self._blocks.popitem(last=False)
            self._held -= sum(len(ids) for ids, _ in dropped)


def _leaf_blocks(
    leaf, offset: int, fieldname: str, term: str
) -> Iterator[tuple[Sequence[int], Sequence[float]]]:
    """`term_blocks` for one segment reader."""
    try:
        info = leaf.term_info(fieldname, term)
    except TermNotFound:
        return
    deleted = getattr(leaf, "deleted_docs_set", None) or set()
    text = leaf._text_to_bytes(fieldname, term)
    for ids, weights in segment_blocks(leaf, fieldname, text, info):
        ids = tuple(ids)  # read more than once: never a one-pass iterator
        if deleted or offset:
            kept = [i for i, docnum in enumerate(ids) if docnum not in deleted]
            yield [ids[i] + offset for i in kept], [weights[i] for i in kept]
        else:
            yield ids, weights
