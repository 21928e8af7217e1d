"""iCalendar exchange (icalendar 7), Qt-free.

- `feed`: what a calendar says: one VEVENT per occurrence, one VTODO per action, from the store.
- `export`: renders a feed with SEQUENCE from the ledger, writes files atomically.
- `vtimezone`: yearly-RRULE VTIMEZONEs computed from zoneinfo's transitions.
- `ledger`: what calendar exchange remembers in the database (SEQUENCE, published feeds, known UIDs).
- `publish`: a feed per team and per member in a folder, rewritten only when it changed; diffs.
- `reading`, `series`, `importer`: safe parsing, rule mapping, all-or-nothing import with a report.
- `commands`: the `export`, `import` and `publish` CLI sub-commands.
"""
