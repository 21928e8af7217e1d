"""argparse's own messages (usage errors, --help headings) in the current language, from our catalogue.

argparse looks its texts up through its module's `_` and `ngettext` at call time; they are
listed here, marked for extraction, so the French catalogue carries them.
"""

from __future__ import annotations

import argparse

from . import i18n
from .i18n import N_

MESSAGES = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"), N_("unrecognized arguments: %s"),
    N_("expected one argument"), N_("expected at least one argument"), N_("expected at most one argument"),
    N_("argument %(argument_name)s: %(message)s"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"), N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"), N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
)


def install() -> None:
    """Make argparse speak the language ritualdesk.i18n speaks."""
    argparse._ = i18n._
    argparse.ngettext = i18n.ngettext


class HelpFormatter(argparse.HelpFormatter):
    """--help with the section headings punctuated as the language wants ("options :" in French)."""

    def start_section(self, heading: str | None) -> None:
        if heading:  # argparse adds the colon itself: give it the heading with what goes before the colon
            heading = i18n._("{heading}:").format(heading=heading).removesuffix(":")
        super().start_section(heading)
