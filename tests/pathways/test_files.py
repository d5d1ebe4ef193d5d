"""The one atomic writer: private, whole or not at all, read-only targets kept, leftovers found."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pathways import files
from pathways.errors import EnvironmentProblem, InputError


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_file_is_written_private_and_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    files.write_text(target, "{}\n")
    assert target.read_text() == "{}\n" and mode(target) == 0o600
    assert os.listdir(tmp_path) == ["out.json"]


def test_an_existing_file_is_replaced_and_made_private(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    os.chmod(target, 0o644)
    files.write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), files.atomic_write(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("killed half-way")
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["out.txt"]


def test_a_read_only_target_is_refused_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"the user's")
    os.chmod(target, 0o444)
    with pytest.raises(InputError, match="read-only; nothing was written"):
        files.write_bytes(target, b"new")
    assert target.read_bytes() == b"the user's" and os.listdir(tmp_path) == ["kept.pdf"]


def test_an_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentProblem) as raised:
        files.write_bytes(tmp_path / "missing" / "x.txt", b"x")
    assert len(str(raised.value).splitlines()) == 1 and "cannot write" in str(raised.value)


def test_the_temporary_name_never_carries_the_target_name(tmp_path: Path) -> None:
    seen: list[str] = []
    with files.atomic_write(tmp_path / "Matti Meikäläinen.pdf") as temporary:
        seen.append(temporary.name)
    assert seen[0].startswith(".polku-") and "Matti" not in seen[0]


def test_a_leftover_of_a_crash_is_found_through_its_marker_and_removed(tmp_path: Path) -> None:
    pending, elsewhere = tmp_path / "pending", tmp_path / "prints"
    elsewhere.mkdir()
    files.set_pending_folder(pending)
    try:
        with pytest.raises(KeyboardInterrupt), files.atomic_write(elsewhere / "a.pdf") as temp:
            temp.write_bytes(b"Matti")
            # A crash: the file and its marker stay (simulated by copying them aside).
            leftover = temp.with_name(temp.name)
            os.link(temp, elsewhere / "keep")
            markers = list(pending.iterdir())
            kept_marker = [(m, m.read_text()) for m in markers]
            raise KeyboardInterrupt
        os.replace(elsewhere / "keep", leftover)
        pending.mkdir(exist_ok=True)  # an emptied marker folder is removed with its last marker
        for marker, text in kept_marker:
            marker.write_text(text)
        assert leftover.exists()
        assert files.sweep_pending() == [leftover]
        assert not leftover.exists() and list(pending.iterdir()) == []
    finally:
        files.set_pending_folder(None)


def test_a_temporary_file_being_written_is_not_removed(tmp_path: Path) -> None:
    with files.atomic_write(tmp_path / "x.bin") as temporary:
        assert files.in_use(temporary)
        assert files.sweep_folder(tmp_path) == []
        assert temporary.exists()
    stale = tmp_path / ".polku-0123.tmp"
    stale.write_bytes(b"left by a crash")
    assert files.sweep_folder(tmp_path) == [stale] and not stale.exists()
