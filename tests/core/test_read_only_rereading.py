"""A database read as immutable (read-only here, nobody writing it) is read afresh once its owner writes it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ritualdesk import dbfile, verify_ahead
from ritualdesk.errors import StoreError
from ritualdesk.model import Team
from ritualdesk.store import Store
from ritualdesk.watch import Watch


def _read_only_here(path: Path, monkeypatch) -> Store:
    """The file opened as a user who may only read it (its owner still can write it)."""
    real = os.access

    def access(p, mode, **kw):
        return False if mode == os.W_OK and Path(p) in (path, path.parent) else real(p, mode, **kw)

    for module in (dbfile.os, verify_ahead.os):
        monkeypatch.setattr(module, "access", access)
    try:
        return Store.open(path)
    finally:
        monkeypatch.undo()


def test_what_the_owner_writes_is_seen_by_a_reader_who_cannot_write(tmp_path, monkeypatch):
    path = tmp_path / "share" / "team.sqlite3"
    owner = Store.open(path)
    owner.add_team(Team(None, "Les Castors", timezone="Europe/Paris"))
    owner.close()
    reader = _read_only_here(path, monkeypatch)
    try:
        assert reader.read_only and not reader.changed_underneath()
        watch = Watch(reader)
        assert not watch.changed()
        owner = Store.open(path)
        owner.add_team(Team(None, "Les Hiboux", timezone="Europe/Paris"))
        assert watch.changed()  # its -wal is there: the file is being written
        assert [t.name for t in reader.teams()] == ["Les Castors", "Les Hiboux"]
        owner.add_team(Team(None, "Les Loutres", timezone="Europe/Paris"))
        owner.close()  # everything copied into the file, the -wal gone
        assert watch.changed() and not watch.changed()
        assert [t.name for t in reader.teams()] == ["Les Castors", "Les Hiboux", "Les Loutres"]
        assert reader.read_only
    finally:
        reader.close()
    Store.open(path).close()  # what the owner's writing left beside the file, the owner's next opening clears
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_writable_file_is_never_read_again_that_way(tmp_path):
    store = Store.open(tmp_path / "team.sqlite3")
    try:
        store.add_team(Team(None, "Les Castors", timezone="Europe/Paris"))
        assert not store.changed_underneath()
    finally:
        store.close()


def test_an_edit_on_a_file_that_became_writable_since_it_was_opened_says_to_open_it_again(tmp_path, monkeypatch):
    path = tmp_path / "share" / "team.sqlite3"
    owner = Store.open(path)
    owner.add_team(Team(None, "Les Castors", timezone="Europe/Paris"))
    owner.close()
    reader = _read_only_here(path, monkeypatch)  # e.g. its disk was full then, and has room now
    try:
        with pytest.raises(StoreError) as refused:
            reader.add_team(Team(None, "Les Hiboux", timezone="Europe/Paris"))
        assert str(refused.value) == (f"{path} could not be written when it was opened (read-only, or its disk full) "
                                      "and was opened read-only; it can be written now: open it again to change it; "
                                      "nothing was changed")
    finally:
        reader.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_that_is_said_in_french(tmp_path, monkeypatch):
    from ritualdesk import i18n

    path = tmp_path / "team.sqlite3"
    Store.open(path).close()
    reader = _read_only_here(path, monkeypatch)
    i18n.set_language("fr")
    try:
        with pytest.raises(StoreError) as refused:
            reader.add_team(Team(None, "Les Hiboux", timezone="Europe/Paris"))
        assert "il peut l’être maintenant\u00a0: ouvrez-le de nouveau pour le modifier" in str(refused.value)
    finally:
        i18n.set_language("en")
        reader.close()
