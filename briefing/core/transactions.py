"""Write transactions on a SQLite connection, for the stores that hold one as `_db`."""

from __future__ import annotations

import sqlite3


class Transactions:
    """`begin`, `commit` and `rollback` of one write transaction on `self._db`."""

    _db: sqlite3.Connection

    def begin(self) -> None:
        """Start a write transaction (the write lock taken at once)."""
        self._db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        """Commit the write transaction."""
        self._db.execute("COMMIT")

    def rollback(self) -> None:
        """Abandon the write transaction, if one is open."""
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
