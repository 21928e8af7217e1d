"""Whether this session has a screen for the desktop app, told before Qt is loaded.

Without one, Qt prints its platform plugin's lines in English and aborts (exit status 134).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

from .i18n import _


def no_display(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether the app would find no screen: X11 or Wayland expected, neither there, no Qt platform chosen."""
    if platform in ("win32", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def no_display_message() -> str:
    """What the app says, in the user's language, when there is no screen to open on."""
    return _("the desktop app needs a graphical session and none was found (neither DISPLAY nor WAYLAND_DISPLAY is "
             "set); the command line works without one: ritualdesk --help")
