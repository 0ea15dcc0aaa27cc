"""Bytes to text, robustly: real corpora mix UTF-8, UTF-16 and cp1252."""

from __future__ import annotations

import codecs

from briefing.ingest.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bytes(raw: bytes) -> str:
    """Decode `raw`: a byte-order mark wins, then UTF-8, UTF-16 without BOM, cp1252, Latin-1.

    Raises IngestError for data that is not text: mostly control bytes, or NUL bytes in
    what is not UTF-8 (a stray NUL in scraped UTF-8 text is dropped later, with the other
    control characters, and the article kept).
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, errors="replace")
    if not raw:
        return ""
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return raw.decode(utf16, errors="replace")
    sample = raw[:65536]
    if _control_ratio(sample) > 0.1 or b"\x00" in sample and not _is_utf8(sample):
        raise IngestError("binary file, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _utf16_without_bom(raw: bytes) -> str | None:
    """Recognise BOM-less UTF-16 text: NULs in every other byte of mostly-ASCII text."""
    sample = raw[:4096]
    if len(sample) < 8 or len(sample) % 2:
        sample = sample[: len(sample) - (len(sample) % 2)]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.7 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) > 0.7 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def _is_utf8(sample: bytes) -> bool:
    """Whether `sample` (maybe cut inside a character at its end) is valid UTF-8."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _control_ratio(sample: bytes) -> float:
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / max(1, len(sample))
