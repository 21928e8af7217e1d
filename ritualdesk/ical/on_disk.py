"""The events of a calendar file as last written, by UID: what a database that records nothing remembers.

A database opened read-only cannot record the DTSTAMP and SEQUENCE of what changed since its
last recorded export, so they would be "now" at every publication and every feed rewritten each
time. The file already published holds them: an event that says the same as in the file keeps
its time stamp and SEQUENCE from it, and one that changed gets a higher SEQUENCE than the file's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

_COMPONENT = re.compile(rb"^BEGIN:(VEVENT|VTODO)\r\n.*?^END:\1\r\n", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Written:
    """One VEVENT or VTODO as a file holds it: its bytes, its DTSTAMP and its SEQUENCE."""

    data: bytes
    stamp: datetime  # aware, UTC
    sequence: int


def written_components(data: bytes) -> dict[str, Written]:
    """The components of a file we wrote, by UID (those whose UID, DTSTAMP or SEQUENCE cannot be read are left out)."""
    found = {}
    for match in _COMPONENT.finditer(data):
        block = match.group(0)
        properties: dict[bytes, bytes] = {}
        depth = 0
        for line in block.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").split(b"\r\n")[1:]:
            if line.startswith((b"BEGIN:", b"END:")):  # an alarm inside: its properties are not the event's
                depth += 1 if line.startswith(b"BEGIN:") else -1
            elif depth == 0:
                head, _colon, value = line.partition(b":")
                properties.setdefault(head.split(b";", 1)[0], value)
        try:
            uid = properties[b"UID"].decode()
            stamp = datetime.strptime(properties[b"DTSTAMP"].decode(), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            sequence = int(properties.get(b"SEQUENCE", b"0"))
        except (KeyError, ValueError):
            continue
        found[uid] = Written(data=block, stamp=stamp, sequence=sequence)
    return found
