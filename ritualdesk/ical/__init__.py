"""iCalendar exchange: export, publish and import (icalendar 7)."""
