"""Shared pytest setup for the whole run (tests/ and the nbval-checked notebooks/).

jupyter_client picks a kernel's ports by binding and releasing them, and the kernel binds them again a moment
later: two test processes starting kernels at once can take the same port, and one kernel dies before it
answers ("Kernel died before replying to kernel_info"; jupyter/jupyter_client#487). With pytest-xdist that
happened once here under load. nbval's kernel start therefore holds a lock shared by the test processes
until its kernel is ready.
"""

from __future__ import annotations

import fcntl
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

_LOCK_FILE = Path(tempfile.gettempdir()) / "trustlib-kernel-start.lock"


@contextmanager
def kernel_start_lock() -> Iterator[None]:
    """Hold the shared kernel-start lock (one test process at a time starts a kernel)."""
    with open(_LOCK_FILE, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def pytest_configure(config) -> None:
    try:
        from nbval import kernel as nbval_kernel
    except ImportError:  # nbval not installed: nothing to guard
        return
    start = nbval_kernel.start_new_kernel
    if getattr(start, "_trustlib_locked", False):
        return

    def locked_start(*args, **kwargs):
        with kernel_start_lock():
            return start(*args, **kwargs)

    locked_start._trustlib_locked = True  # type: ignore[attr-defined]
    nbval_kernel.start_new_kernel = locked_start
