"""Run mode: the meeting itself, timed and saved as it goes (see window.RunWindow)."""
