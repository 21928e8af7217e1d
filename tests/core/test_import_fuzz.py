"""A bounded fuzz run of the importer on grammar-built hostile files (tests/perf/fuzz_import.py runs thousands)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from .ics_fuzz import Tally, calendars, check_one


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=calendars())
def test_any_file_imports_or_is_refused_in_bounded_time_and_writes_nothing_when_refused(store, team, members, data):
    tally = Tally()
    check_one(store, team, data, tally, dry_run=True)
    check_one(store, team, data, tally, dry_run=False)
    assert tally.crashes == [] and tally.hangs == [] and tally.partial_writes == 0, tally
