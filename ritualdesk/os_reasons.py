"""Why a file or network operation failed, in the user's language (the C library's reasons are English)."""

from __future__ import annotations

import errno

from .i18n import N_, _

_REASONS = {
    code: reason for code, reason in (
        (errno.ENOENT, N_("no such file or folder")),
        (errno.EACCES, N_("permission denied")),
        (errno.EPERM, N_("operation not permitted")),
        (errno.ENOSPC, N_("the disk is full")),
        (getattr(errno, "EDQUOT", None), N_("the disk quota is used up")),
        (errno.EROFS, N_("the file system is read-only")),
        (errno.EISDIR, N_("it is a folder")),
        (errno.ENOTDIR, N_("a part of the path is not a folder")),
        (errno.EEXIST, N_("it already exists")),
        (errno.ENAMETOOLONG, N_("the name is too long")),
        (errno.ELOOP, N_("too many levels of symbolic links")),
        (errno.EIO, N_("input/output error (the disk or the network share)")),
        (errno.EBUSY, N_("the device or the file is busy")),
        (errno.EFBIG, N_("the file is too large")),
        (errno.EMFILE, N_("too many open files")),
        (errno.ECONNREFUSED, N_("connection refused")),
        (errno.ECONNRESET, N_("connection reset by the server")),
        (errno.EHOSTUNREACH, N_("no route to the server")),
        (errno.ENETUNREACH, N_("the network is unreachable")),
        (errno.ETIMEDOUT, N_("no answer in time")),
    ) if code is not None
}


def os_reason(error: OSError) -> str:
    """The reason of `error` as a person reads it: translated for the usual ones, the C library's words otherwise."""
    return errno_reason(error.errno) or error.strerror or str(error)


def errno_reason(code: int | None) -> str | None:
    """The translated reason for an errno, or None for one this table does not know."""
    reason = _REASONS.get(code) if code is not None else None
    return _(reason) if reason else None
