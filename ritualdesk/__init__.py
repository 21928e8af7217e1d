"""RitualDesk core: a scrum team's rituals, facilitators and actions in SQLite (no Qt)."""

__version__ = "0.1.0"
