"""What the phases of a meeting are called on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def phase_label(name: str) -> str:
    """A phase's stable key ("check_in") as a person reads it ("Check-in")."""
    labels = {
        "round": QCoreApplication.translate("RunMode", "Round of speakers"),
        "parking_lot": QCoreApplication.translate("RunMode", "Parking lot"),
        "check_in": QCoreApplication.translate("RunMode", "Check-in"),
        "open_actions": QCoreApplication.translate("RunMode", "Open actions"),
        "gather": QCoreApplication.translate("RunMode", "Gather"),
        "vote": QCoreApplication.translate("RunMode", "Vote"),
        "discuss": QCoreApplication.translate("RunMode", "Discuss"),
        "new_actions": QCoreApplication.translate("RunMode", "New actions"),
        "close": QCoreApplication.translate("RunMode", "Close"),
        "goal": QCoreApplication.translate("RunMode", "Sprint goal"),
        "capacity": QCoreApplication.translate("RunMode", "Capacity"),
        "select": QCoreApplication.translate("RunMode", "Select items"),
        "plan": QCoreApplication.translate("RunMode", "Plan the work"),
        "commit": QCoreApplication.translate("RunMode", "Commit"),
        "demo": QCoreApplication.translate("RunMode", "Demo"),
        "feedback": QCoreApplication.translate("RunMode", "Feedback"),
        "next_steps": QCoreApplication.translate("RunMode", "Next steps"),
        "backlog": QCoreApplication.translate("RunMode", "Backlog review"),
        "refine": QCoreApplication.translate("RunMode", "Refine items"),
        "estimate": QCoreApplication.translate("RunMode", "Estimate"),
        "meeting": QCoreApplication.translate("RunMode", "Meeting"),
    }
    return labels.get(name, name)


def clock_text(seconds: float) -> str:
    """'1:05', '12:00', '-0:12' (over time), '1:02:03'."""
    sign = "-" if seconds < 0 else ""
    seconds = int(abs(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes}:{secs:02d}"
