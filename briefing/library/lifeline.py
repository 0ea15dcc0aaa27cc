"""A worker process ends when the process that started it is gone.

An indexing worker waits on its job queue; if its parent is killed (`kill -9`, an
out-of-memory kill, a closed terminal that was not handled), nobody will ever send it
the end of the queue, and it would wait forever with the identity memory open and a
hundred megabytes held. Two lines of defence, both set up as the worker starts:

- on Linux, `prctl(PR_SET_PDEATHSIG, SIGKILL)`: the kernel kills the worker the moment
  its parent exits;
- everywhere, a daemon thread that waits on the parent's sentinel (a pipe the parent
  holds open, closed by the system when it ends) and then ends the worker.

The files a killed worker leaves (a temporary segment folder) are cleaned by the next
run that holds the writer lock (see `generations.clean`).
"""

from __future__ import annotations

import os
import sys
import threading

_PR_SET_PDEATHSIG = 1


def exit_with_parent(parent_pid: int) -> None:
    """End this process when process `parent_pid` (its parent) ends, even by SIGKILL."""
    _death_signal()
    if os.getppid() != parent_pid:  # the parent died before the signal was armed
        os._exit(1)
    _watch_sentinel()


def _death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no prctl here: the sentinel thread still watches
        pass


def _watch_sentinel() -> None:
    from multiprocessing import parent_process
    from multiprocessing.connection import wait

    parent = parent_process()
    if parent is None or parent.sentinel is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        try:
            wait([sentinel])
        except OSError:
            pass
        os._exit(1)  # the parent is gone: nobody reads what this worker would send

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
