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


def platform_failure_message(qt_said: list[str], environ: Mapping[str, str]) -> str:
    """What the app says, in the user's language, when Qt found a screen setting but could not start on it.

    `qt_said` holds Qt's own lines (English, and after a failed X11 connection they also blame a library).
    """
    text = "\n".join(qt_said)
    if "could not connect to display" in text:
        return _("the desktop app cannot reach the display {display} (the graphical session it names is closed or "
                 "out of reach); the command line works without one: ritualdesk --help").format(
                     display=environ.get("DISPLAY", ""))
    if "xcb-cursor0" in text:
        return _("Qt's X11 plugin cannot be loaded: a system library is missing, most often libxcb-cursor0 "
                 "(Debian, Ubuntu: apt install libxcb-cursor0; see the README); the command line works without it")
    last = next((line for line in reversed(qt_said) if line.strip()), "")
    return _("the desktop app cannot start Qt's display platform ({detail}); the command line works without it: "
             "ritualdesk --help").format(detail=last.strip()[:200])
