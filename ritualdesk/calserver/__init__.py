"""Calendar servers (CalDAV): accounts, pushing feeds, pulling absences."""
