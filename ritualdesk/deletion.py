"""What deleting a team or a ritual series takes with it, counted so a person can confirm first. Pure."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import ngettext


@dataclass(frozen=True, slots=True, kw_only=True)
class Holdings:
    """What a team or a ritual series holds: all of it goes with a deleted team, the records with a series.

    `actions` of a series are the action items that came out of it: they stay on the team's board.
    """

    members: int = 0
    rituals: int = 0
    held: int = 0  # occurrences recorded as held
    notes: int = 0  # occurrences with notes
    meetings: int = 0  # meetings run in run mode
    cards: int = 0  # retrospective board cards
    actions: int = 0

    def lost(self, *, team: bool) -> list[str]:
        """What goes, one phrase per kind ("3 rituals"), for a team or for a series (whose actions stay)."""
        counts = [
            (self.rituals if team else 0, ngettext("{n} ritual", "{n} rituals", self.rituals)),
            (self.members if team else 0, ngettext("{n} member", "{n} members", self.members)),
            (self.held, ngettext("{n} held occurrence", "{n} held occurrences", self.held)),
            (self.notes, ngettext("{n} occurrence with notes", "{n} occurrences with notes", self.notes)),
            (self.meetings, ngettext("{n} meeting run", "{n} meetings run", self.meetings)),
            (self.cards, ngettext("{n} retrospective card", "{n} retrospective cards", self.cards)),
            (self.actions if team else 0, ngettext("{n} action item", "{n} action items", self.actions)),
        ]
        return [text.format(n=n) for n, text in counts if n]
