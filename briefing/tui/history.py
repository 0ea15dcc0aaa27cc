"""Reading history: the articles opened, with back and forward like a browser."""

from __future__ import annotations


class History:
    """A list of article ids and a cursor into it."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._index = -1

    def visit(self, article_id: str) -> None:
        """Record opening `article_id` (dropping anything forward of the cursor)."""
        if 0 <= self._index < len(self._ids) and self._ids[self._index] == article_id:
            return
        del self._ids[self._index + 1 :]
        self._ids.append(article_id)
        self._index = len(self._ids) - 1

    @property
    def can_go_back(self) -> bool:
        """Whether there is an earlier article."""
        return self._index > 0

    @property
    def can_go_forward(self) -> bool:
        """Whether there is a later article."""
        return self._index < len(self._ids) - 1

    def back(self) -> str | None:
        """Step back; the article id there, or None."""
        if not self.can_go_back:
            return None
        self._index -= 1
        return self._ids[self._index]

    def forward(self) -> str | None:
        """Step forward; the article id there, or None."""
        if not self.can_go_forward:
            return None
        self._index += 1
        return self._ids[self._index]
