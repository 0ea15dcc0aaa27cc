"""The lock beside the user's database (`user.lock`): shared while open, alone to replace.

Every process that has the database open holds the lock shared, for as long as it has it
open. A process that must replace the file (set a damaged one aside and restore a backup),
upgrade its schema or migrate old data takes it alone, so that nobody is writing into a
file that is being renamed away; so does one that finds itself alone at the start, to
remove the temporary files of killed writes. The lock is `core.files.file_lock`.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

from briefing.core.files import file_lock
from briefing.userdata.errors import UserDataLocked

LOCK_NAME = "user.lock"


class DatabaseLock:
    """The lock of the database at `path` (taken and let go, possibly several times)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._held = ExitStack()

    def take(self, alone: bool, wait: float) -> bool:
        """Take the lock (alone or shared); False if `wait` is 0 and it is busy, or if the
        folder cannot hold a lock file (read-only: then only reading is possible)."""
        if alone:
            message = (
                f"another briefing process has {self.path} open, and it needs repairing or "
                "upgrading first; close the other briefing and try again"
            )
        else:
            message = f"another briefing process is repairing or upgrading {self.path}; try again"

        def busy() -> UserDataLocked:  # refers to no object: a lock held is never a cycle
            return UserDataLocked(message)

        try:
            self._held.enter_context(
                file_lock(self.path.parent / LOCK_NAME, wait, busy, shared=not alone)
            )
        except UserDataLocked:
            if wait == 0:
                return False
            raise
        except OSError:
            return False
        return True

    def release(self) -> None:
        """Let go of the lock (if held)."""
        self._held.close()
        self._held = ExitStack()
