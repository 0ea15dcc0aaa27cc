"""The hostile corpus: files, folders, names and damage that briefing must survive.

Plain file-system work, nothing from `briefing`: each builder writes its case into a
folder it is given. `cases.py` says what a correct outcome is for each.
"""

from __future__ import annotations

import json
import os
import random
import socket
import sqlite3
import stat
from pathlib import Path

# An article body of ordinary prose (long enough for every reader).
PROSE = (
    "The harbour authority said on Tuesday that the new berth would open in the spring. "
    "Dock workers and the port's operators reached an agreement after three weeks of talks, "
    "and shipping lines welcomed the news. The mayor called it a fair outcome for the city. "
    "Officials expect traffic at the terminals to return to normal levels within a month."
)
WORD = "hostileword"  # in every hostile article's body: one search finds them all
_VOCABULARY = (
    "harbour council budget drought reservoir union strike vote minister court ruling "
    "hospital school railway bridge election farmers prices energy wind solar museum "
    "festival river flood storm police inquiry contract airline airport tunnel housing "
    "rent wages factory export tariff fishing forest wildfire vaccine clinic library "
    "stadium league coach mayor senate protest treaty embassy refinery pipeline mine"
).split()


def unique_prose(seed: str, words: int = 90) -> str:
    """Prose of its own for `seed` (articles sharing one text are grouped as one story,
    and the search shows only one of them)."""
    rng = random.Random(seed)
    sentences = []
    while words > 0:
        length = rng.randint(8, 16)
        chosen = [rng.choice(_VOCABULARY) for _ in range(length)]
        sentences.append(
            f"The {' '.join(chosen)} officials said on {rng.choice(['Monday', 'Friday'])}."
        )
        words -= length + 5
    return " ".join(sentences)


# Terminal payloads: (text, visible remnants that show the sequence was only half removed).
PAYLOADS: dict[str, tuple[str, tuple[str, ...]]] = {
    "osc52-clipboard": ("\x1b]52;c;SE9TVElMRQ==\x07", ("]52;", "SE9TVElMRQ")),
    "osc0-title": ("\x1b]0;PWNTITLE\x07", ("]0;", "PWNTITLE")),
    "osc8-link": ("\x1b]8;;http://evil.invalid/\x1b\\", ("]8;;", "evil.invalid")),
    "osc-unterminated": ("\x1b]2;OPENTITLE", ("]2;", "OPENTITLE")),
    "csi-clear": ("\x1b[2J\x1b[3J", ("[2J", "[3J")),
    "csi-hide": ("\x1b[8m\x1b[?25l", ("[8m", "?25l")),
    "dcs": ("\x1bP+q544e\x1b\\", ("+q544e",)),
    "apc-pm-sos": (
        "\x1b_APCBODY\x1b\\\x1b^PMBODY\x1b\\\x1bXSOSBODY\x1b\\",
        ("APCBODY", "PMBODY", "SOSBODY"),
    ),
    "esc-other": ("\x1bc\x1b7\x1b(0", ("(0",)),
    "c1-csi": ("\u009b?1049h", ("?1049h",)),
    "c1-osc": ("\u009d0;C1TITLE\u009c", ("C1TITLE",)),
    "c0-controls": ("\x07\x08\x08\x08\x0b\x0c\x7f", ()),
    "bidi": ("\u202eevil\u202c\u2066x\u2069", ()),
    "nul": ("\x00\x00", ()),
}


def write(path: Path, data: bytes | str) -> Path:
    """Write `data` (str as UTF-8) to `path`, making its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return path


def text_article(title: str, body: str = PROSE, byline: str = "By Ana Ruiz") -> str:
    """A scraped-text article: title, byline, date, body."""
    return f"{title}\n{byline}\nMarch 4, 2025\n\n{body}\n"


# Escape payloads in every format --------------------------------------------------------
FORMATS = ("txt", "md", "json", "jsonl", "html")


def payload_article(fmt: str, marker: str, payload: str) -> tuple[str, bytes]:
    """(file name, bytes) of an article with `payload` in its title, byline and body."""
    title = f"{marker} headline {payload} here"
    byline = f"Reporter {payload} Name"
    body = f"{unique_prose(marker)} {WORD} {marker} {payload} and the story goes on. {PROSE}"
    if fmt == "txt":
        return f"{marker}.txt", text_article(title, body, f"By {byline}").encode(
            "utf-8", "surrogatepass"
        )
    if fmt == "md":
        front = f'---\ntitle: "{title}"\nauthor: "{byline}"\ndate: 2025-03-04\n---\n\n'
        return f"{marker}.md", (front + body + "\n").encode()
    record = {"title": title, "author": byline, "date": "2025-03-04", "body": body}
    if fmt == "json":
        return f"{marker}.json", json.dumps(record).encode()
    if fmt == "jsonl":
        return f"{marker}.jsonl", (json.dumps(record) + "\n").encode()
    return f"{marker}.html", html_page(title, byline, body).encode()


def html_page(title: str, byline: str, body: str, raw: bool = False) -> str:
    """An article page; text is inserted as characters (escaped as references unless raw)."""

    def ref(text: str) -> str:
        if raw:
            return text
        out = []
        for char in text:
            if ord(char) < 32 and char not in "\n\t" or 0x7F <= ord(char) <= 0x9F:
                out.append(f"&#{ord(char)};")
            else:
                out.append(char.replace("&", "&amp;").replace("<", "&lt;"))
        return "".join(out)

    paragraphs = "".join(
        f"<p>{ref(part.strip())}.</p>\n" for part in body.split(". ") if part.strip()
    )
    return (
        "<!doctype html><html><head><meta charset=utf-8>"
        f"<title>{ref(title)}</title>"
        f'<meta name="author" content="{ref(byline)}">'
        '<meta property="article:published_time" content="2025-03-04T10:00:00Z">'
        f"</head><body><article><h1>{ref(title)}</h1>"
        f'<p class="byline">By {ref(byline)}</p>\n{paragraphs}</article></body></html>'
    )


# Names -----------------------------------------------------------------------------------
def bytes_name(folder: Path, name: bytes, data: bytes) -> bytes:
    """Create a file whose name is raw bytes (not necessarily UTF-8); return its path."""
    os.makedirs(folder, exist_ok=True)
    path = os.fsencode(folder) + b"/" + name
    with open(path, "wb") as handle:
        handle.write(data)
    return path


def deep_folders(root: Path, depth: int, name: str = "d") -> Path:
    """`depth` nested folders under root, built one level at a time (past PATH_MAX too);
    returns the deepest, as a path (which may be too long to open directly)."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(depth):
            try:
                os.mkdir(name, dir_fd=fd)
            except FileExistsError:
                pass
            child = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = child
        leaf = os.open("deep.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644, dir_fd=fd)
        with os.fdopen(leaf, "w") as handle:
            handle.write(text_article("Deep folder article far below", f"{PROSE} {WORD}"))
    finally:
        os.close(fd)
    return root.joinpath(*([name] * depth))


# Special files -----------------------------------------------------------------------------
def fifo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


def device(path: Path, major: int, minor: int) -> Path | None:
    """A character device node (as root), or None where making one is not permitted."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
    except (PermissionError, OSError):
        return None
    return path


def unix_socket(path: Path) -> Path | None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()  # the socket file stays
    except OSError:
        return None
    return path


# Damage ------------------------------------------------------------------------------------
def scribble(path: Path, seed: int, count: int = 64, start_fraction: float = 0.3) -> None:
    """Overwrite `count` random bytes from `start_fraction` of the file on (the same each
    time for one seed)."""
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    start = int(len(data) * start_fraction)
    for _ in range(count):
        if len(data) > start:
            data[rng.randrange(start, len(data))] = rng.randrange(256)
    path.write_bytes(bytes(data))


def random_bytes(path: Path, seed: int, size: int = 4096) -> None:
    """Replace the file with random bytes."""
    path.write_bytes(random.Random(seed).randbytes(size))


def damage_sqlite_pages(path: Path, seed: int, pages: int = 3) -> None:
    """Fill whole pages past the header of an SQLite file with random bytes."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 4096
    if page == 1:
        page = 65536
    count = len(data) // page
    rng = random.Random(seed)
    for number in rng.sample(range(1, count), min(pages, max(count - 1, 0))):
        data[number * page : (number + 1) * page] = rng.randbytes(page)
    path.write_bytes(bytes(data))


def replace_one_blob(path: Path, seed: int) -> str | None:
    """Replace the first BLOB value found in an SQLite file with random bytes of the same
    length; return "table.column" or None. (Generic: no knowledge of the schema.)"""
    rng = random.Random(seed)
    db = sqlite3.connect(path)
    try:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in db.execute(f"PRAGMA table_info('{table}')")]
            for column in columns:
                row = db.execute(
                    f'SELECT rowid, "{column}" FROM "{table}" '
                    f"WHERE typeof(\"{column}\") = 'blob' LIMIT 1"
                ).fetchone()
                if row:
                    db.execute(
                        f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?',
                        (rng.randbytes(max(len(row[1]), 16)), row[0]),
                    )
                    db.commit()
                    return f"{table}.{column}"
    finally:
        db.close()
    return None


def sqlite_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and _is_sqlite(p))


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def checkpoint(path: Path) -> None:
    """Fold a WAL into its database file, so damage to the file is damage to the data."""
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
