"""One file to its articles: limits, decoding, sanitising, and the reader for its format."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.core.model import Article
from briefing.core.sanitize import clean_line, clean_text
from briefing.ingest.dates import NOTICE_KEY
from briefing.ingest.decode import decode_bytes
from briefing.ingest.errors import IngestError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
}

# How a user lets bigger files in (read by `briefing.library`; README "Limits").
_RAISE_CAP = "set BRIEFING_MAX_FILE_MB to raise it"


@dataclass
class Entry:
    """One article read from a file, or the reason it could not be.

    `label` tells entries of one file apart ("" for a single-article file, "#2" for the
    second object of a JSON list, ":7" for line 7 of a JSON Lines file). `notice` is what
    the user should know of an article that was read ("its date 2023-02-30 is not a real
    day; kept without a date").
    """

    label: str
    article: Article | None = None
    error: str | None = None
    notice: str | None = None

    def __post_init__(self) -> None:
        if self.article is not None and NOTICE_KEY in self.article.extra:
            self.notice = self.article.extra.pop(NOTICE_KEY)


# Documents that hold an article but not as text: read as text they gave an article titled
# "%PDF-1.4" (a file named on the command line is read whatever its ending).
_DOCUMENTS = {".pdf": "a PDF document", ".doc": "a Word document", ".docx": "a Word document",
              ".odt": "an OpenDocument text", ".rtf": "an RTF document",
              ".epub": "an EPUB book", ".pages": "a Pages document"}  # fmt: skip


def is_supported(path: Path | str) -> bool:
    """True for the file endings briefing reads as articles."""
    return os.path.splitext(path)[1].lower() in FORMATS


def read_file(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, recurring: Iterable[str] = ()
) -> list[Entry]:
    """Read every article in `path`.

    Raises IngestError with a one-line reason when the file as a whole cannot be read;
    a bad entry inside a multi-article file comes back as an Entry with `error` set.
    `recurring` holds normalised lines known to recur across the file's source
    (`furniture.normalise_line`); every format treats them as furniture at the body's edges.
    """
    return parse_bytes(path, read_bytes(path, max_bytes), recurring)


def parse_bytes(path: Path, raw: bytes, recurring: Iterable[str] = ()) -> list[Entry]:
    """Read every article in the bytes `raw` of the file `path` (see `read_file`)."""
    if not raw.strip():
        raise IngestError("empty file")
    document = _DOCUMENTS.get(path.suffix.lower())
    if document:  # named on the command line: a folder passes over them (not articles)
        raise IngestError(f"{document} is not read: save the article as text, Markdown or HTML")
    fmt = FORMATS.get(path.suffix.lower(), "text")
    try:
        text = decode_bytes(raw)
    except IngestError:
        if fmt != "jsonl":
            raise
        text = "\n".join(_decoded_line(line) for line in raw.split(b"\n"))
    if fmt == "html":
        from briefing.ingest.markup import parse_html

        return [_checked("", parse_html(text, recurring))]
    if fmt in ("json", "jsonl"):
        from briefing.ingest.structured import parse_json, parse_jsonl

        parse = parse_json if fmt == "json" else parse_jsonl
        entries = []
        for label, result in parse(text, recurring):
            if isinstance(result, IngestError):
                entries.append(Entry(label, error=str(result)))
            else:
                entries.append(Entry(label, article=result))
        if not entries:
            raise IngestError("no articles in file")
        return entries
    text = clean_text(text)
    if fmt == "markdown":
        from briefing.ingest.structured import parse_markdown

        return [_checked("", parse_markdown(text, recurring))]
    from briefing.ingest.text import parse_text

    return [_checked("", parse_text(text, recurring))]


def _decoded_line(line: bytes) -> str:
    """One line of a JSON Lines file that holds binary lines: its text, or (binary itself)
    the bytes as Latin-1, which the JSON reader then refuses for that line alone."""
    try:
        return decode_bytes(line)
    except IngestError:
        return line.decode("latin-1")


def _checked(label: str, article: Article) -> Entry:
    if not article.body.strip():
        raise IngestError("no article text after the title")
    return Entry(label, article=article)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing what is not a regular file or is over the size cap.

    Opens with O_NONBLOCK so that a FIFO swapped in after the check cannot block us.
    """
    try:
        info = os.stat(path)
    except OSError as error:
        raise IngestError(broken_link(path) or f"cannot read: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise IngestError("a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError("not a regular file (FIFO, device or socket)")
    if info.st_size > max_bytes:
        raise IngestError(
            f"larger than the size cap ({_megabytes(info.st_size)} > {_megabytes(max_bytes)};"
            f" {_RAISE_CAP})"
        )
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror or error}") from None
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise IngestError("not a regular file (FIFO, device or socket)")
        try:
            data = handle.read(max_bytes + 1)
        except OSError as error:
            raise IngestError(f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise IngestError(f"larger than the size cap ({_megabytes(max_bytes)}; {_RAISE_CAP})")
    return data


def broken_link(path: str | Path) -> str | None:
    """Why a symlink whose target is missing cannot be read ("a broken link: X does not
    exist"); None for anything else."""
    try:
        if not os.path.islink(path) or os.path.exists(path):
            return None
        target = clean_line(os.readlink(path))[:200]
    except (OSError, ValueError):
        return None
    return f"a broken link: {target} does not exist"


def _megabytes(size: int) -> str:
    """`size` in the megabytes BRIEFING_MAX_FILE_MB counts (2^20 bytes): "5 MB", "7.2 MB"."""
    return f"{size / 1024 / 1024:.1f}".removesuffix(".0") + " MB"
