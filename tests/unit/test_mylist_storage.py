"""Where My list is kept: the user's data folder, written all or nothing (a full disk
keeps the last list whole), a damaged file kept aside with one message."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest

from explorer.mylist import storage
from explorer.mylist.entries import Entry, MyList

TODAY = date(2026, 12, 6)
NURSE, CHEF = "29-1141.00", "35-1011.00"
KNOWN = {NURSE, CHEF}
TITLES = {NURSE: "Registered Nurses", CHEF: "Chefs and Head Cooks"}


def test_the_list_lives_in_the_users_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(storage.MY_LIST_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert storage.stored_file() == storage.user_data_dir() / "my-list.json"
    monkeypatch.setenv(storage.MY_LIST_DIR_ENV, str(tmp_path / "lists"))
    assert storage.stored_file() == tmp_path / "lists" / "my-list.json"


def test_stored_and_read_back_and_nothing_left_beside(tmp_path: Path) -> None:
    path = tmp_path / "new folder" / "my-list.json"
    kept = MyList((Entry(NURSE, "nights?", TODAY),))
    storage.store(path, kept, TODAY, TITLES)
    assert storage.load_stored(path, KNOWN) == storage.Stored(kept)
    assert [p.name for p in path.parent.iterdir()] == ["my-list.json"]
    assert storage.load_stored(tmp_path / "none.json", KNOWN) == storage.Stored(MyList())


def test_a_full_disk_keeps_the_last_list_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "my-list.json"
    old = MyList((Entry(NURSE, "first", TODAY),))
    storage.store(path, old, TODAY, TITLES)
    before = path.read_bytes()
    real_write = os.write

    def full(descriptor: int, data: bytes) -> int:
        if len(data) > 10:
            return real_write(descriptor, bytes(data[:10]))  # a short write, then no room
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError, match="No space"):
        storage.store(path, old.added(CHEF, TODAY).with_note(NURSE, "x" * 500), TODAY, TITLES)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["my-list.json"]
    assert storage.load_stored(path, KNOWN).entries == old


def test_a_failed_sync_keeps_the_last_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "my-list.json"
    storage.store(path, MyList((Entry(NURSE, "", TODAY),)), TODAY, TITLES)
    before = path.read_bytes()

    def failing(_descriptor: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(OSError):
        storage.store(path, MyList(), TODAY, TITLES)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["my-list.json"]


def test_a_damaged_stored_list_is_kept_aside_with_one_message(tmp_path: Path) -> None:
    path = tmp_path / "my-list.json"
    path.write_bytes(b'{"kind": "career-explorer-my-list", "format": 1, "careers": [{"co')
    stored = storage.load_stored(path, KNOWN)
    assert stored.entries == MyList()
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("my-list.damaged-")]
    assert len(aside) == 1 and not path.exists()
    assert aside[0].read_bytes().startswith(b'{"kind"')
    assert "could not be read" in stored.message and aside[0].name in stored.message
    assert "\n" not in stored.message


def test_an_unknown_code_in_the_stored_list_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "my-list.json"
    storage.store(
        path, MyList((Entry(NURSE, "", TODAY), Entry("11-1111.11", "", TODAY))), TODAY, {}
    )
    stored = storage.load_stored(path, KNOWN)
    assert stored.entries.codes == [NURSE]
    assert stored.unknown == ("11-1111.11",)
