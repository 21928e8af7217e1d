"""A database file replaced (a restore with `mv`, a sync tool) or removed while it is open is never written over."""

from __future__ import annotations

import os

import pytest

from ritualdesk import operations
from ritualdesk.dbfile import check_file
from ritualdesk.errors import StoreError
from ritualdesk.model import Team
from ritualdesk.store import Store


def _team(name: str) -> Team:
    return Team(id=None, name=name, timezone="Europe/Paris")


@pytest.fixture
def other(tmp_path):
    """Another database, closed: what a restore puts in place of the open one."""
    path = tmp_path / "restored.sqlite3"
    store = Store.open(path)
    operations.add_team(store, _team("Restored"))
    store.close()
    return path


def _teams(path) -> list[str]:
    store = Store.open(path, create=False)
    try:
        return [t.name for t in store.teams()]
    finally:
        store.close()


def test_a_file_replaced_while_open_keeps_what_replaced_it_when_the_store_closes(store, other):
    operations.add_team(store, _team("Written before"))  # its pages wait in the -wal for a checkpoint
    os.replace(other, store.path)
    store.close()
    assert _teams(store.path) == ["Restored"]  # not the old file's pages laid over it from the old -wal
    assert check_file(store.path) == []


@pytest.mark.parametrize("how", ["replaced", "removed"])
def test_an_edit_after_the_file_was_replaced_or_removed_is_refused_and_writes_nothing(store, other, how):
    operations.add_team(store, _team("Written before"))
    if how == "replaced":
        os.replace(other, store.path)
    else:
        os.remove(store.path)
    with pytest.raises(StoreError, match="was replaced or removed since it was opened; nothing was written"):
        operations.add_team(store, _team("Written after"))
    store.close()
    if how == "replaced":
        assert _teams(store.path) == ["Restored"]
    else:
        assert not store.path.exists()


def test_a_store_opened_by_a_relative_path_is_not_taken_for_replaced_after_a_change_of_folder(tmp_path, monkeypatch):
    (tmp_path / "here").mkdir()
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    store = Store.open("team.sqlite3")
    try:
        monkeypatch.chdir(tmp_path / "elsewhere")
        assert not store.replaced()
        operations.add_team(store, _team("Still here"))
    finally:
        store.close()
    assert _teams(tmp_path / "here" / "team.sqlite3") == ["Still here"]
