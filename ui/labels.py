"""How the app names ritual kinds, roles, statuses and where a facilitator comes from: spelled once, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ritualdesk.model import FacilitatorSource, OccurrenceStatus, RitualKind, Role


def kind_label(kind: RitualKind) -> str:
    """A ritual kind as a person reads it."""
    translate = QCoreApplication.translate
    return {
        RitualKind.STANDUP: translate("labels", "Stand-up"),
        RitualKind.PLANNING: translate("labels", "Sprint planning"),
        RitualKind.REVIEW: translate("labels", "Sprint review"),
        RitualKind.RETROSPECTIVE: translate("labels", "Retrospective"),
        RitualKind.REFINEMENT: translate("labels", "Backlog refinement"),
        RitualKind.CUSTOM: translate("labels", "Other"),
    }[kind]


def role_label(role: Role) -> str:
    """A member's role as a person reads it."""
    translate = QCoreApplication.translate
    return {
        Role.PRODUCT_OWNER: translate("labels", "Product owner"),
        Role.SCRUM_MASTER: translate("labels", "Scrum master"),
        Role.DEVELOPER: translate("labels", "Developer"),
        Role.OTHER: translate("labels", "Other"),
    }[role]


def status_label(status: OccurrenceStatus) -> str:
    """An occurrence's status as a person reads it."""
    translate = QCoreApplication.translate
    return {
        OccurrenceStatus.PLANNED: translate("labels", "Planned"),
        OccurrenceStatus.HELD: translate("labels", "Held"),
        OccurrenceStatus.CANCELLED: translate("labels", "Cancelled"),
    }[status]


def source_label(source: FacilitatorSource) -> str:
    """Why this member facilitates, as a person reads it (empty when nobody does)."""
    translate = QCoreApplication.translate
    return {
        FacilitatorSource.NONE: "",
        FacilitatorSource.RECORDED: translate("labels", "recorded"),
        FacilitatorSource.OVERRIDE: translate("labels", "override"),
        FacilitatorSource.ROTATION: translate("labels", "rotation"),
        FacilitatorSource.SWAP: translate("labels", "swapped turn"),
        FacilitatorSource.PASS: translate("labels", "after a pass"),
        FacilitatorSource.DEFER: translate("labels", "after a deferral"),
    }[source]


def format_label(name: str) -> str:
    """A built-in format's name as a person reads it (a custom one is its own name)."""
    return {
        "start_stop_continue": QCoreApplication.translate("RetroBoard", "Start / Stop / Continue"),
        "mad_sad_glad": QCoreApplication.translate("RetroBoard", "Mad / Sad / Glad"),
        "four_ls": QCoreApplication.translate("RetroBoard", "4Ls (Liked, Learned, Lacked, Longed for)"),
        "sailboat": QCoreApplication.translate("RetroBoard", "Sailboat (wind, anchor, rocks, island)"),
        "starfish": QCoreApplication.translate("RetroBoard", "Starfish (keep, more, less, stop, start)"),
        "daki": QCoreApplication.translate("RetroBoard", "DAKI (drop, add, keep, improve)"),
        "kalm": QCoreApplication.translate("RetroBoard", "KALM (keep, add, less, more)"),
    }.get(name, name)


def column_label(name: str) -> str:
    """A built-in column's name as a person reads it."""
    return {
        "Start": QCoreApplication.translate("RetroBoard", "Start"),
        "Stop": QCoreApplication.translate("RetroBoard", "Stop"),
        "Continue": QCoreApplication.translate("RetroBoard", "Continue"),
        "Mad": QCoreApplication.translate("RetroBoard", "Mad"),
        "Sad": QCoreApplication.translate("RetroBoard", "Sad"),
        "Glad": QCoreApplication.translate("RetroBoard", "Glad"),
        "Liked": QCoreApplication.translate("RetroBoard", "Liked"),
        "Learned": QCoreApplication.translate("RetroBoard", "Learned"),
        "Lacked": QCoreApplication.translate("RetroBoard", "Lacked"),
        "Longed for": QCoreApplication.translate("RetroBoard", "Longed for"),
        "Wind": QCoreApplication.translate("RetroBoard", "Wind"),
        "Anchor": QCoreApplication.translate("RetroBoard", "Anchor"),
        "Rocks": QCoreApplication.translate("RetroBoard", "Rocks"),
        "Island": QCoreApplication.translate("RetroBoard", "Island"),
        "Keep": QCoreApplication.translate("RetroBoard", "Keep"),
        "More": QCoreApplication.translate("RetroBoard", "More"),
        "Less": QCoreApplication.translate("RetroBoard", "Less"),
        "Drop": QCoreApplication.translate("RetroBoard", "Drop"),
        "Add": QCoreApplication.translate("RetroBoard", "Add"),
        "Improve": QCoreApplication.translate("RetroBoard", "Improve"),
    }.get(name, name)
