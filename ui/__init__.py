"""RitualDesk's Qt desktop application; it uses the core, never the reverse."""
