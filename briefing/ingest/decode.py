"""Bytes to text, robustly: real corpora mix UTF-8, UTF-16, cp1252 and, less often, the
legacy encodings of other scripts (cp1251, KOI8-R, Shift-JIS, GBK, Big5, EUC-KR, cp1253...)."""

from __future__ import annotations

import codecs
import re

from briefing.ingest.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bytes(raw: bytes) -> str:
    """Decode `raw`: a byte-order mark wins, then UTF-8, UTF-16 without BOM, a legacy
    encoding of another script (`_other_script`), cp1252, Latin-1.

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
    other = _declared(sample) or _other_script(sample) or _central_european(sample)
    if other:
        try:
            return raw.decode(other, errors="replace")
        except (LookupError, UnicodeError, TypeError, ValueError):
            pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)
_LATIN = frozenset({"ascii", "utf-8", "cp1252", "iso8859-1"})
_REFUSED = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode",
                      "utf-7", "mbcs", "oem", "utf-16", "utf-32"})  # fmt: skip
# as browsers read them: the label names a subset of what pages hold
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949"}


def _declared(sample: bytes) -> str | None:
    """The encoding a saved web page declares (`<meta charset=...>`, or `charset=` in a
    `content` attribute) when it is not UTF-8 or cp1252's (which the fallbacks read):
    windows-1251, Shift_JIS, EUC-KR, ISO-8859-2..."""
    match = _DECLARED.search(sample[:8192])
    if match is None:
        return None
    try:
        info = codecs.lookup(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    # a page may name any codec Python knows: "rot13", "base64" or "undefined" are no
    # character sets, and browsers refuse UTF-7
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED:
        return None
    return None if info.name in _LATIN else _SUPERSETS.get(info.name, info.name)


# In Western European text (cp1252, Latin-1) most letters are ASCII: French runs at about 5%
# bytes over 0x7f, a name-heavy line at 20%. In Cyrillic, Greek, Hebrew or Arabic single-byte
# text, or any CJK double-byte encoding, nearly every letter is one.
_OTHER_SCRIPT_SHARE = 0.35


def _other_script(sample: bytes) -> str | None:
    """The encoding of non-UTF-8 text written in another script than Latin, when most of its
    letters are bytes over 0x7f and the detector names an encoding that reads it; None for
    anything cp1252 should read (the detector takes French for cp1250, which turns "à" into
    "ŕ", so it is asked only here)."""
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    letters = high + len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    if high < 8 or high < _OTHER_SCRIPT_SHARE * letters:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(sample[:16384]).best()
    if best is None or best.encoding in ("cp1252", "latin_1", "iso8859_15", "ascii", "utf_8"):
        return None
    try:
        codecs.lookup(best.encoding)
    except LookupError:
        return None
    return best.encoding


# Polish, Czech, Slovak, Slovene, Croatian and Hungarian letters that ISO-8859-2 and cp1250
# put where cp1252 has signs: "ł" 0xB3 reads "³", "ą" "±", "ś" "¶", "ż" "¿", "š" "¹" (cp1250 "ą"),
# "ž" "¾", "ź" "¼", "Ł" "£", "Ś" "¦"; cp1250's "ť", "Ť", "Ź" are bytes cp1252 leaves undefined.
# A sign between two letters is never Western text ("W³adze", "Bia³ystok"); the letters
# cp1252 has at 0x8A-0x9F ("cœur", "Škoda") are not asked.
_CENTRAL_SIGNS = re.compile(rb"[A-Za-z\xc0-\xff][\x8d\x8f\x9d\xa3\xa5\xa6\xa9\xab\xac\xae\xaf"
                            rb"\xb1\xb3\xb5\xb6\xb9\xbb\xbc\xbe\xbf](?=[a-z\xc0-\xff])")  # fmt: skip
# Czech "ě" and "ř" (0xEC, 0xF8 in both) read "ì" and "ø": inside words, Italian has no "ì"
# and Danish no "ì" at all, while Czech has both in most sentences ("mìsto", "øekl").
_CZECH_E = re.compile(rb"[A-Za-z]\xec(?=[a-z])")
_CZECH_R = re.compile(rb"(?:^|[^A-Za-z\xc0-\xff])[a-z\xc0-\xff]*\xf8")
# bytes cp1250 uses for letters and ISO-8859-2 leaves to control codes
_CP1250_ONLY = re.compile(rb"[\x8a\x8c-\x8f\x9a\x9c-\x9f]")


def _central_european(sample: bytes) -> str | None:
    """cp1250 or ISO-8859-2 for non-UTF-8 text of Central Europe: at least two words hold a
    letter that cp1252 reads as a sign between letters, or Czech's "ě" and "ř" both occur."""
    signs = len(_CENTRAL_SIGNS.findall(sample))
    if signs < 2 and not (_CZECH_E.search(sample) and _CZECH_R.search(sample)):
        return None
    return "cp1250" if _CP1250_ONLY.search(sample) else "iso8859-2"


_HIGH_BYTES = bytes(range(128, 256))
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


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
