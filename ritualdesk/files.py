"""Writing a file safely: through a temporary file in the same folder, fsync'ed, renamed, the folder fsync'ed.

The one writer of every file RitualDesk makes outside its database (calendars, feeds, action lists):
a symbolic link is written through or refused, never replaced by a file; anything but a regular
file is refused; a power cut leaves the old file or the new one, never half of it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from . import tempfiles
from .errors import InvalidInput
from .i18n import _
from .os_reasons import os_reason


def _target(path: str | os.PathLike[str], *, follow_links: bool = True) -> tuple[Path, int | None]:
    """The regular file a write goes to (through symbolic links if `follow_links`), and its permissions."""
    text = os.fspath(path)
    if not text.strip():
        raise InvalidInput(_("no file name given; give one such as team.ics"))
    if text.endswith(("/", os.sep)) or (os.altsep and text.endswith(os.altsep)):
        raise InvalidInput(_("{text} names a folder; give a file name such as team.ics").format(text=text))
    if not follow_links:
        refuse_planted(Path(text))
    target = Path(os.path.realpath(text)) if os.path.islink(text) else Path(text)  # write through the link
    try:
        status = target.stat()
    except FileNotFoundError:
        return target, None
    except OSError as error:
        raise InvalidInput(_("cannot write {text}: {error}").format(text=text, error=os_reason(error))) from None
    if stat.S_ISDIR(status.st_mode):
        raise InvalidInput(_("{text} is a folder; give a file name such as team.ics").format(text=text))
    if not stat.S_ISREG(status.st_mode):
        raise InvalidInput(_("{text} exists and is not a regular file (a device, pipe or socket); "
                             "not replacing it").format(text=text))
    if _holds_a_database(target):  # `export -o` given the database's own name would replace every team's data
        raise InvalidInput(_("{text} is a database (perhaps RitualDesk's own, or the journal beside one), not a file "
                             "to export to; not replacing it: give another file name, such as team.ics").format(
                                 text=text))
    return target, status.st_mode & 0o777


_JOURNALS = ("-wal", "-shm", "-journal")  # what SQLite keeps beside a database while it is open


def _holds_a_database(path: Path) -> bool:
    """Whether the regular file `path` is an SQLite database, or the write-ahead log, shared memory or journal
    beside one (replacing those would damage the database)."""
    if _header(path) == _SQLITE_HEADER:
        return True
    base = next((path.name[:-len(end)] for end in _JOURNALS if path.name.endswith(end)), None)
    return bool(base) and _header(path.with_name(base)) == _SQLITE_HEADER


def _header(path: Path) -> bytes:
    """The first bytes of a regular file (never waiting on a pipe); b'' when it is none or cannot be read."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return b""  # not readable: whatever it is, what the write says decides
    try:
        return os.read(handle, len(_SQLITE_HEADER)) if stat.S_ISREG(os.fstat(handle).st_mode) else b""
    except OSError:
        return b""
    finally:
        os.close(handle)


_SQLITE_HEADER = b"SQLite format 3\x00"


def planted(path: Path) -> str | None:
    """What `path` is when it is something a feed folder must not hold (a link, a folder, a pipe...), else None."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        return _("unreadable ({error})").format(error=os_reason(error))
    if stat.S_ISLNK(status.st_mode):
        return _("a symbolic link")
    if stat.S_ISDIR(status.st_mode):
        return _("a folder")
    if not stat.S_ISREG(status.st_mode):
        return _("a device, pipe or socket")
    return None


def refuse_planted(path: Path) -> None:
    """InvalidInput when `path` is a link or special file: never followed nor replaced."""
    what = planted(path)
    if what is not None:
        raise InvalidInput(_("{path} is {what}, not a file RitualDesk wrote; it is never followed nor replaced "
                             "(remove it and try again)").format(path=path, what=what))


def read_regular(path: Path, *, limit: int) -> bytes | None:
    """The bytes of `path` if it is a regular file (never through a link, never blocking), at most `limit`."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
            return None
        with os.fdopen(os.dup(handle), "rb") as reader:
            return reader.read(limit + 1)
    except OSError:
        return None
    finally:
        os.close(handle)


def write_atomically(path: str | os.PathLike[str], data: bytes, *, follow_links: bool = True) -> None:
    """Write `data` to `path` through a temporary file in the same folder, fsync'ed, then renamed.

    A symbolic link is written through (its target is replaced, the link stays) unless
    `follow_links` is false, when it is refused; anything but a regular file is refused rather
    than replaced. Temporary files left by a killed earlier write are removed first.
    """
    shown = path
    path, mode = _target(path, follow_links=follow_links)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(_("cannot write {shown}: the folder {folder} does not exist").format(
                               shown=shown, folder=folder))
    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tempfiles.clean(folder, path.name)
    try:
        handle, temporary = tempfiles.create(folder, path.name)
    except OSError as error:
        raise InvalidInput(_("cannot write in {folder}: {strerror}").format(
            folder=folder, strerror=os_reason(error))) from None
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view):]
            os.fsync(handle)
            os.chmod(temporary, mode)
            os.replace(temporary, path)  # a link planted meanwhile is replaced itself, never followed
        finally:
            os.close(handle)  # after the rename: the lock tells a cleaner the file is being written
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise InvalidInput(_("cannot write {path}: {strerror}").format(
            path=path, strerror=os_reason(error))) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable; not every platform can open a folder
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    except OSError:
        pass
