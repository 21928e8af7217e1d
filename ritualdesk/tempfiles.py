"""Temporary files next to a file being replaced: recognisably ours, locked while written, cleaned when stale.

A process killed while writing leaves its temporary file behind; the next run removes the
ones it can tell are ours (our name pattern, our user, a regular file) and abandoned (nobody
holds their lock any more), and never anything else.
"""

from __future__ import annotations

import os
import re
import stat
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; an hour-old temporary file is taken as abandoned
    fcntl = None

MARK = "ritualdesk"
ABANDONED_AFTER = 3600.0  # seconds, where locks cannot tell
_SIDE_FILES = ("-journal", "-wal", "-shm")  # what SQLite may leave next to a temporary database


def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(name)}\.{MARK}-[0-9a-f]{{12}}\.tmp")


def create(folder: Path, name: str) -> tuple[int, Path]:
    """A new owner-only temporary file for `name` in `folder`, open and locked; its descriptor and path."""
    while True:
        path = folder / f".{name}.{MARK}-{os.urandom(6).hex()}.tmp"
        try:
            handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except FileExistsError:
            continue
        if fcntl is not None:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                pass  # a file system without locks: the age rule applies
        return handle, path


def _abandoned(path: Path) -> bool:
    try:
        status = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(status.st_mode) or (hasattr(os, "getuid") and status.st_uid != os.getuid()):
        return False  # not ours to remove
    if fcntl is None:
        return time.time() - status.st_mtime > ABANDONED_AFTER
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a live writer holds it
    finally:
        os.close(handle)
    return True


def clean(folder: Path, name: str) -> list[Path]:
    """Remove the abandoned temporary files of `name` in `folder`; the ones removed."""
    pattern = _pattern(name)
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if pattern.fullmatch(entry.name) and _abandoned(Path(entry.path)):
            for leftover in [Path(entry.path), *(Path(entry.path + side) for side in _SIDE_FILES)]:
                try:
                    if leftover == Path(entry.path) or stat.S_ISREG(os.lstat(leftover).st_mode):
                        leftover.unlink()
                except OSError:
                    continue
            removed.append(Path(entry.path))
    return removed
