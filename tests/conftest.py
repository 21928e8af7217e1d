"""Fixtures for every test: throw-away databases skip the disk flushes that only a power cut needs."""

from __future__ import annotations

import pytest

from ritualdesk import store as store_module


@pytest.fixture(autouse=True)
def _throwaway_databases_are_not_flushed(request, monkeypatch):
    """Databases opened in this process use `PRAGMA synchronous = OFF` (unless the test is marked durable).

    A temporary file never has to survive a power cut; waiting for fsync after every commit made
    some test files spend half their time idle. Tests marked `durable` (crash safety) and other
    processes (the CLI run as a subprocess) keep the real setting, FULL.
    """
    if request.node.get_closest_marker("durable") is None:
        monkeypatch.setattr(store_module, "SYNCHRONOUS", "OFF")
