"""A leaner Whoosh segment writer for the indexer: the same files, less work per posting.

Whoosh's `SegmentWriter` spends most of an indexing run on bookkeeping per posting:
checks and a size estimate as each posting enters the sorting pool, then, while the
segment is written, a look-up of the document's field length through the column reader
and order checks. This writer takes the same postings through the same codec objects
(so the segment on disk is what `SegmentWriter` would write) with that bookkeeping done
once per document or once per field instead:

- the pool accepts postings without per-item checks (the indexer builds them itself);
- the field lengths are read once per field from the per-document reader into a list;
- the pool hands postings over a term at a time, and runs spilled to disk (segments of
  more than about 2,500 articles) hold terms, not postings, written and read in chunks:
  merging them compares terms, and the postings still in memory join the merge directly;
- a term found in one document only keeps its posting in the term index (Whoosh's
  inlined postings, which every Whoosh reads) instead of a block of its own in the
  postings file: a block costs a header, an info pickle and a zlib stream, about 57 bytes,
  for each of 51,000 such terms at 10,000 articles (mostly `id`, `story` and `published`).

Anything it does not recognise (another codec) goes through Whoosh's own path.
"""

from __future__ import annotations

import heapq
import marshal
import struct
from contextlib import suppress
from itertools import groupby, islice
from operator import itemgetter

from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter, W3Segment
from whoosh.util import random_name
from whoosh.writing import PostingPool, SegmentWriter

from briefing.core.memory import release_free_memory

_EMPTY = b""
# Posting blocks at zlib level 3 (Whoosh's own default): level 1 took 3% more bytes
# (10,000 articles: blocks 40.1 -> 38.8 MB at level 3, 37.8 at 6) for 0.4 s less CPU in
# all the segment workers of a build (1.2 s more at level 6).
_COMPRESSION = 3
# A term of fewer postings than this keeps them in its term info (see the docstring).
_INLINE_LIMIT = 2
# Terms per marshalled chunk of a spilled run. The final merge holds one chunk of every run
# at once: with 20,000, one writer fed 10,000 articles grew from 230 to 353 MB at the end;
# with 2,000, 207 MB. A 10,000-article build: peak of the process tree 655 -> 552 MB, for
# 6-9% more CPU (interleaved builds).
_CHUNK = 2_000
_LENGTH = struct.Struct("<Q")
_TERM_KEY = itemgetter(0, 1)


class LeanPool(PostingPool):
    """`PostingPool` without the per-posting assertions; sizes estimated as Whoosh does.

    Postings come out a term at a time (`iter_terms`): each term's document numbers,
    weights and values as three tuples, which is how the codec takes them. A run spilled
    to disk (a large segment) is stored that way too, in chunks of terms, each chunk one
    length-prefixed `marshal` blob read back with one read and one `marshal.loads`
    (`marshal.load` on a file object calls back into Python for every object). Merging
    the runs then compares terms, not postings, and the postings still in memory join
    the merge directly instead of being written out and read back.
    """

    def save(self):
        """Spill the postings in memory to a run on disk, grouped by term."""
        if self.current:
            path, f = self._new_run()
            self._write_run(f, self._terms_in_memory())
            self._add_run(path)
            self.currentsize = 0
            # The spilled postings were most of the heap: give their pages back, or a
            # worker's memory grows with every run (see `core.memory`).
            release_free_memory()

    def _terms_in_memory(self):
        current, self.current = self.current, []
        current.sort()
        for (fieldname, term), group in groupby(current, _TERM_KEY):
            _, _, ids, weights, values = zip(*group, strict=True)
            yield fieldname, term, ids, weights, values

    def _write_run(self, f, items):
        items = iter(items)
        try:
            while chunk := list(islice(items, _CHUNK)):
                blob = marshal.dumps(chunk)
                f.write(_LENGTH.pack(len(blob)))
                f.write(blob)
        finally:
            f.close()

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while header := f.read(_LENGTH.size):
                (size,) = _LENGTH.unpack(header)
                yield from marshal.loads(f.read(size))
        finally:
            f.close()
            self._remove_run(path)

    def iter_terms(self, maxfiles: int = 128):
        """(fieldname, term, doc numbers, weights, values) for every term, in order."""
        if not self.runs:
            yield from self._terms_in_memory()
            return
        if maxfiles <= len(self.runs):
            self.reduce_to(maxfiles - 1, maxfiles)
        runs, self.runs = self.runs, []
        # Runs hold disjoint documents, so tuples of one term order by their documents.
        merged = heapq.merge(*(self._read_run(path) for path in runs), self._terms_in_memory())
        for (fieldname, term), group in groupby(merged, _TERM_KEY):
            parts = list(group)
            if len(parts) == 1:
                yield parts[0]
                continue
            ids, weights, values = [], [], []
            for part in parts:
                ids.extend(part[2])
                weights.extend(part[3])
                values.extend(part[4])
            yield fieldname, term, ids, weights, values

    def items(self, maxfiles=128):
        """The postings one by one, in order (for Whoosh's own writing path)."""
        for fieldname, term, ids, weights, values in self.iter_terms(maxfiles):
            for docnum, weight, value in zip(ids, weights, values, strict=True):
                yield fieldname, term, docnum, weight, value

    def add(self, item):
        """Add one (fieldname, term bytes, docnum, weight, value bytes) posting."""
        self.current.append(item)
        self.currentsize += 150 + 3 * len(item[1]) + len(item[4] or _EMPTY)
        if self.currentsize > self.limit:
            self.save()

    def add_field_postings(self, fieldname: str, docnum: int, items, boost: float) -> int:
        """Add a document's postings of one field; return the field length (sum of freqs)."""
        self.fieldnames.add(fieldname)
        current = self.current
        length = 0
        size = 0
        for tbytes, freq, weight, vbytes in items:
            length += freq
            size += 150 + 3 * len(tbytes) + len(vbytes or _EMPTY)
            current.append((fieldname, tbytes, docnum, weight * boost, vbytes))
        self.currentsize += size
        if self.currentsize > self.limit:
            self.save()
        return length


class _InliningCodec(W3Codec):
    """Whoosh's W3 codec whose postings writer inlines short posting lists.

    Whoosh 2.7's own inlining calls a method its term info does not have
    (`set_inline`): this writer calls the right one. The segments it makes name the plain
    W3 codec (what reads them, inlined postings included), so reading an index needs
    nothing of this module.
    """

    def postings_writer(self, dbfile, byteids=False):
        return _InliningPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def new_segment(self, storage, indexname):
        return W3Segment(W3Codec(compression=self._compression), indexname)


class _InliningPostingsWriter(W3PostingsWriter):
    def finish_postings(self):
        """A term's postings: inlined in its term info when fewer than the limit."""
        if not self.written() and len(self) < self._inlinelimit:
            terminfo = self._terminfo
            terminfo.add_block(self)
            terminfo.set_inlined(self._ids, self._weights, self._values)
            self._terminfo = None
            return terminfo
        return super().finish_postings()


class LeanWriter(SegmentWriter):
    """`SegmentWriter` with cheaper per-posting bookkeeping (see the module docstring)."""

    def __init__(self, ix, limitmb: int = 128, private_temp: bool = False, **kwargs) -> None:
        kwargs.setdefault(
            "codec", _InliningCodec(compression=_COMPRESSION, inlinelimit=_INLINE_LIMIT)
        )
        super().__init__(ix, limitmb=limitmb, **kwargs)
        if private_temp:
            # A segment worker beside others: Whoosh's temporary folder is named after the
            # index, and the first writer to finish would delete it under the others.
            self._tempstorage = self.storage.temp_storage(f"{self.indexname}.{random_name()}.tmp")
        self.pool = LeanPool(self._tempstorage, self.newsegment, limitmb=limitmb)
        # Spelling words and term vectors take Whoosh's own path (the schema has neither).
        self._lean = not any(
            field.separate_spelling() or field.vector for _, field in self.schema.items()
        )

    def add_document(self, **fields):
        """`SegmentWriter.add_document`, each field's postings added to the pool at once."""
        if not self._lean:
            return super().add_document(**fields)
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        add_postings = self.pool.add_field_postings
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    boost = self._field_boost(fields, fieldname, docboost)
                    length = add_postings(fieldname, docnum, field.index(value), boost)
                    if not field.scorable:
                        length = 0
                stored = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(fieldname, field, stored if field.stored else None, length)
                column = field.column_type
                if column and stored is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(stored))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def add_late_field(self, docnum: int, fieldname: str, value: str) -> None:
        """Index `value` in an unstored, unscored field of document `docnum`, added
        earlier without it (a segment worker learns each document's same-story group
        only once the indexer has linked every article). Called in document order, so a
        term's postings stay in order whatever part of the pool spills to disk."""
        field = self.schema[fieldname]
        if field.stored or field.scorable:
            raise ValueError(f"{fieldname} is stored or scored: it cannot be added late")
        self.pool.add_field_postings(fieldname, docnum, field.index(value), 1.0)

    def abandon(self) -> None:
        """Cancel, and whatever happens release the index's write lock: a cancel that
        fails (a full disk) must not leave the index locked until the writer happens to
        be garbage collected (Whoosh's own path keeps it in a reference cycle)."""
        try:
            self.cancel()
        finally:
            if self.writelock is not None:
                with suppress(Exception):  # released already by a cancel that worked
                    self.writelock.release()

    def finish_segment(self):
        """Write this writer's documents as a segment without committing it (a segment
        worker's end): the segment, for the committing writer's `commit_with`; None
        when no document was added."""
        try:
            if not self._added:
                self._close_segment()
                return None
            return self._finalize_segment()
        finally:
            self._tempstorage.destroy()
            self.is_closed = True

    def commit_with(self, segments) -> None:
        """Commit, adding finished segments written by segment workers to the index."""
        self._check_state()
        final = self._merge_segments(None, None, None)
        if self._added:
            final.append(self._finalize_segment())
        else:
            self._close_segment()
        final.extend(segments)
        self._commit_toc(final)
        self._finish()

    def _flush_segment(self):
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        writer = self.fieldwriter
        try:
            if self._lean and lengths is not None and _lean_codec(writer):
                _write_postings(writer, self.schema, lengths, self.pool.iter_terms(), self.docnum)
            else:
                writer.add_postings(self.schema, lengths, self.pool.iter_postings())
            writer.close()
        finally:
            if lengths is not None:
                lengths.close()


def _lean_codec(writer) -> bool:
    names = ("start_field", "start_term", "finish_term", "finish_field", "_postwriter")
    if not all(hasattr(writer, name) for name in names):
        return False
    postings = writer._codec.postings_writer(None)
    names = ("_blocklimit", "_write_block", "_new_block", "_byteids")
    return all(hasattr(postings, name) for name in names) and not postings._byteids


def _write_postings(writer, schema, lengths, terms, doccount: int) -> None:
    """`FieldWriter.add_postings` for postings grouped by term, in order.

    The field lengths are read once per field; each term's postings go into the codec's
    block buffers in bulk (as `add_posting` would put them, one by one).
    """
    start_field, start_term = writer.start_field, writer.start_term
    finish_term, finish_field = writer.finish_term, writer.finish_field
    doc_field_length = lengths.doc_field_length
    lastfn = None
    field_lengths: list = []
    for fieldname, btext, ids, weights, values in terms:
        if fieldname != lastfn:
            if lastfn is not None:
                finish_field()
            start_field(fieldname, schema[fieldname])
            lastfn = fieldname
            field_lengths = [doc_field_length(n, fieldname) for n in range(doccount)]
        start_term(btext)
        _add_term(writer._postwriter, ids, weights, values, [field_lengths[d] for d in ids])
        finish_term()
    if lastfn is not None:
        finish_field()


def _add_term(postwriter, ids, weights, values, lengths) -> None:
    """What `add_posting` does for each posting of a term, a block at a time."""
    limit = postwriter._blocklimit
    for start in range(0, len(ids), limit):
        if start:
            postwriter._write_block()
        end = start + limit
        block_weights = weights[start:end]
        postwriter._ids.extend(ids[start:end])
        postwriter._weights.extend(block_weights)
        postwriter._values.extend(value for value in values[start:end] if value)
        heaviest = max(block_weights)
        if heaviest > postwriter._maxweight:
            postwriter._maxweight = heaviest
        known = [length for length in lengths[start:end] if length]
        if known:
            shortest, longest = min(known), max(known)
            if postwriter._minlength is None or shortest < postwriter._minlength:
                postwriter._minlength = shortest
            if longest > postwriter._maxlength:
                postwriter._maxlength = longest
