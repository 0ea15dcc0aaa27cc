"""Which article a user means by an id, a file's path, or a path with its entry's label
("feed.jsonl:2", "export.json#3": the locations `briefing index` names when it skips one)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from briefing.catalog.docstore import DocStore

# a path and an entry label: ":N" a JSON Lines line, "#N" an entry of a JSON list
_LABELLED = re.compile(r"(?P<path>.+?)(?P<label>[:#][1-9][0-9]{0,8})")


def split_label(target: str) -> tuple[Path, str] | None:
    """The file and the entry label `target` names ("feed.jsonl:3" -> feed.jsonl, ":3"),
    when no file is called `target` itself and the file before the label exists."""
    split = _LABELLED.fullmatch(target)
    if split is None or Path(target).expanduser().exists():
        return None
    path = Path(split["path"]).expanduser()
    return (path, split["label"]) if path.is_file() else None


@dataclass(frozen=True)
class Located:
    """The article `article_id`; when it was named by a file, that file's `path`, the
    entry's `label` and the label of every article read from the file (its first entry)."""

    article_id: str
    path: str | None = None
    label: str = ""
    labels: tuple[str, ...] = ()

    @property
    def first_of_many(self) -> bool:
        """True when a bare path named a file of several articles (this is its first)."""
        return len(self.labels) > 1 and self.label == self.labels[0]


def locate(docs: DocStore, id_or_path: str) -> Located | None:
    """The article `id_or_path` names: an article id, an indexed file's path (its first
    article), or a path followed by one of its entries' labels."""
    if docs.exists(id_or_path):
        return Located(id_or_path)
    found = _file_entries(docs, id_or_path)
    if found is not None:
        path, entries = found
        return Located(entries[0][1], path, entries[0][0], _first_labels(entries))
    split = split_label(id_or_path)
    found = _file_entries(docs, str(split[0])) if split else None
    if split is None or found is None:
        return None
    path, entries = found
    labels = _first_labels(entries)
    return next(
        (Located(id_, path, label, labels) for label, id_ in entries if label == split[1]),
        None,
    )


def _first_labels(entries: list[tuple[str, str]]) -> tuple[str, ...]:
    """The label of each article's first entry: an exact copy further down the file is the
    same article ("export.json holds 2 articles" was said of one article read twice)."""
    firsts: dict[str, str] = {}
    for label, article_id in entries:
        firsts.setdefault(article_id, label)
    return tuple(firsts.values())


def _file_entries(docs: DocStore, path: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The indexed form of the existing file `path` and its entries, or None."""
    candidate = Path(path).expanduser()
    if not candidate.exists():
        return None
    for form in dict.fromkeys((str(candidate.absolute()), str(candidate.resolve()))):
        entries = docs.entries_of_path(form)
        if entries:
            return form, entries
    return None
