"""Erasure reaches every file Polku keeps; no erased person comes back through a restore; a
forged or cut log is refused or shown; leftovers of interrupted restores go at the next open."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pathways.errors import EnvironmentProblem
from storage import audit, backups, register
from storage.database import open_database
from storage.repository import Repository
from tests.storage.test_erasure import NAME, PERSONAL_ID, TRACES, fill
from tests.storage.test_repository import client

PROJECT_ROOT = Path(__file__).resolve().parents[2]
UTC = dt.UTC


def every_byte(folder: Path) -> dict[Path, bytes]:
    """Every file under *folder* (Polku's folder), byte for byte."""
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def holding(folder: Path) -> list[str]:
    """The files under *folder* that hold any trace of the person."""
    return sorted(
        str(path.relative_to(folder))
        for path, data in every_byte(folder).items()
        if any(trace in data for trace in TRACES)
    )


def client_ids(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM clients ORDER BY id")]


def simulate_a_year(repository: Repository, db_path: Path) -> None:
    """A year of automatic backups ending now (daily hourly ones, weekly imports), two restores
    that left ``.replaced-*`` copies, and leftovers of interrupted writes."""
    now = dt.datetime.now(UTC)
    for day in range(365, 0, -2):
        moment = now - dt.timedelta(days=day)
        backups.make_backup(repository.database, backups.HOURLY, now=moment)
        if day % 7 in (0, 1):
            backups.make_backup(repository.database, backups.BEFORE_IMPORT, now=moment)
    newest = backups.list_backups(db_path)[0].path
    repository.database.close()
    for _ in range(2):
        backups.restore_backup(db_path, newest)
    # A damaged copy kept aside, which cannot be rewritten: it is deleted.
    damaged = db_path.with_name(f"{db_path.name}.replaced-20261201T000000Z")
    damaged.write_bytes(b"SQLite format 3\x00" + NAME.encode() + b"\xff" * 5000)
    # Leftovers of a killed backup and a killed restore of an older Polku and of this one.
    folder = backups.backup_folder(db_path)
    (folder / ".polku-0123abcd.tmp").write_bytes(db_path.read_bytes())
    legacy = db_path.with_name(f".{db_path.name}.restore-0123.tmp")
    legacy.write_bytes(db_path.read_bytes())
    os.utime(legacy, (0, 0))


def test_erasure_reaches_every_file_of_a_year_of_backups_and_restores(db_path: Path) -> None:
    database = open_database(str(db_path))
    repository = Repository(database)
    fill(repository)
    simulate_a_year(repository, db_path)
    folder = db_path.parent
    assert len(backups.list_backups(db_path)) > 20
    assert len(backups.replaced_copies(db_path)) == 3
    assert len(holding(folder)) > 20

    database = open_database(str(db_path))
    try:
        erasure = Repository(database).erase_client("asiakas-erased")
    finally:
        database.close()

    assert holding(folder) == []
    assert erasure.copies_rewritten >= len(backups.list_backups(db_path))
    assert [p.name for p in erasure.copies_deleted] == ["polku.sqlite3.replaced-20261201T000000Z"]
    for info in backups.list_backups(db_path, check=True):
        assert info.sound, info.problem
        assert "asiakas-erased" not in client_ids(info.path) and "other-00" in client_ids(info.path)
    for copy in backups.replaced_copies(db_path):
        assert "other-00" in client_ids(copy)
    # The register holds the key only, and is private.
    text = register.register_path(db_path).read_text()
    assert '"erased"' in text and NAME not in text
    assert stat.S_IMODE(register.register_path(db_path).stat().st_mode) == 0o600


def test_a_new_backup_taken_from_before_an_erasure_is_rewritten_at_once(
    repository: Repository, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program's backup may read the data just before an erasure commits: the register
    sees to it that no automatic backup keeps the person."""
    fill(repository)
    before = tmp_path / "snapshot.sqlite3"
    backups.write_backup(db_path, before)
    repository.erase_client("asiakas-erased")
    # The late backup: its pages come from before the erasure.
    write = backups.write_backup
    monkeypatch.setattr(backups, "write_backup", lambda _source, target: write(before, target))
    path = backups.make_backup(db_path, backups.HOURLY)
    assert "asiakas-erased" not in client_ids(path) and "other-00" in client_ids(path)


# --- Restores that could bring someone back -----------------------------------------------------


def erased_with_an_outside_copy(repository: Repository, db_path: Path, tmp_path: Path) -> Path:
    repository.create_client(client("stays"))
    repository.create_client(client("gone", NAME, personal_id=PERSONAL_ID))
    outside = tmp_path / "outside.bak"  # `backup -o`: beyond the erasure's reach
    backups.write_backup(db_path, outside)
    repository.load_client("stays")
    repository.erase_client("gone")
    repository.load_client("stays")
    repository.database.close()
    return outside


def drop_triggers(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("DROP TRIGGER IF EXISTS access_log_no_update")
    connection.execute("DROP TRIGGER IF EXISTS access_log_no_delete")
    return connection


def test_a_restore_over_a_damaged_log_keeps_the_erased_client_erased(
    repository: Repository, db_path: Path, tmp_path: Path
) -> None:
    outside = erased_with_an_outside_copy(repository, db_path, tmp_path)
    with drop_triggers(db_path) as connection:  # the erase entry and its traces removed
        connection.execute("DELETE FROM access_log WHERE action = 'erase'")
    restored = backups.restore_backup(db_path, outside)
    assert client_ids(db_path) == ["stays"] and restored.erasures_applied == 1


def test_a_restore_that_cannot_tell_who_was_erased_refuses(
    repository: Repository, db_path: Path, tmp_path: Path
) -> None:
    outside = erased_with_an_outside_copy(repository, db_path, tmp_path)
    with drop_triggers(db_path) as connection:
        connection.execute("DELETE FROM access_log WHERE action = 'erase'")
    register.register_path(db_path).unlink()
    before = db_path.read_bytes()
    with pytest.raises(EnvironmentProblem, match="cannot tell which clients were erased") as no:
        backups.restore_backup(db_path, outside)
    assert len(str(no.value).splitlines()) == 1
    assert db_path.read_bytes() == before and client_ids(db_path) == ["stays"]


def test_a_damaged_register_with_an_intact_log_still_restores(
    repository: Repository, db_path: Path, tmp_path: Path
) -> None:
    outside = erased_with_an_outside_copy(repository, db_path, tmp_path)
    with register.register_path(db_path).open("ab") as handle:
        handle.write(b"not a line of the register\n")
    backups.restore_backup(db_path, outside)
    assert client_ids(db_path) == ["stays"]


def forge(backup: Path, *, recompute: bool) -> None:
    """Insert a back-dated "export by Innocent Colleague" after the first entry of *backup*'s
    log, and (with *recompute*) rewrite the chain after it so that it verifies again."""
    with drop_triggers(backup) as connection:
        rows = connection.execute(
            "SELECT pk, at, os_user, worker, client_key, action, target FROM access_log "
            "ORDER BY pk"
        ).fetchall()
        connection.execute("DELETE FROM access_log")
        forged = (rows[0][0] + 1, "2026-01-02T08:00:00.000000+00:00", "colleague",
                  "Innocent Colleague", rows[0][4], "export", None)  # fmt: skip
        later = [(pk + 1, *rest) for pk, *rest in rows[1:]]
        previous = audit.GENESIS
        for row in [rows[0], forged, *later]:
            pk, at, os_user, worker, key, action, target = row
            digest = audit.entry_hash(previous, at, os_user, worker, key, action, target)
            if not recompute and row is not forged and row is not rows[0]:
                digest = "f" * 64 if row is later[-1] else audit.entry_hash(
                    previous, at, os_user, worker, key, action, target
                )
            connection.execute(
                "INSERT INTO access_log (pk, at, os_user, worker, client_key, action, target, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (pk, at, os_user, worker, key, action, target, previous, digest),
            )
            previous = digest


@pytest.mark.parametrize("recompute", [False, True], ids=["chain-broken", "chain-recomputed"])
def test_a_forged_backup_is_refused_and_nothing_of_it_reaches_the_log(
    repository: Repository, db_path: Path, tmp_path: Path, recompute: bool
) -> None:
    repository.create_client(client("c1"))
    repository.load_client("c1")
    repository.load_client("c1")
    outside = tmp_path / "outside.bak"
    backups.write_backup(db_path, outside)
    repository.database.close()
    forge(outside, recompute=recompute)
    before = db_path.read_bytes()

    with pytest.raises(EnvironmentProblem) as refused:
        backups.restore_backup(db_path, outside)

    message = str(refused.value)
    assert len(message.splitlines()) == 1
    assert ("another history" if recompute else "does not verify") in message
    assert db_path.read_bytes() == before
    database = open_database(str(db_path))
    try:
        assert audit.verify_chain(database) == []
        assert all(e.worker != "Innocent Colleague" for e in Repository(database).audit_entries())
    finally:
        database.close()


# --- The log against its anchors ---------------------------------------------------------------


def anchored_log(repository: Repository, db_path: Path) -> None:
    repository.create_client(client("c1"))
    for _ in range(3):
        repository.load_client("c1")
    backups.make_backup(repository.database, backups.HOURLY)  # an anchor: the head now
    assert audit.verify_chain(repository.database) == []
    repository.database.close()


def problems_of(db_path: Path) -> list[str]:
    database = open_database(str(db_path))
    try:
        return audit.verify_chain(database)
    finally:
        database.close()


def test_audit_sees_entries_cut_off_since_the_last_anchor(
    repository: Repository, db_path: Path
) -> None:
    anchored_log(repository, db_path)
    with drop_triggers(db_path) as connection:  # the newest two entries cut off together
        connection.execute("DELETE FROM access_log WHERE pk > (SELECT MAX(pk) - 2 FROM access_log)")
    problems = problems_of(db_path)
    assert problems and "cut off" in problems[0] and len(problems[0].splitlines()) == 1


def test_audit_sees_a_chain_recomputed_since_the_last_anchor(
    repository: Repository, db_path: Path
) -> None:
    anchored_log(repository, db_path)
    with drop_triggers(db_path) as connection:  # every entry rewritten, with another worker
        rows = connection.execute(
            "SELECT pk, at, os_user, worker, client_key, action, target FROM access_log "
            "ORDER BY pk"
        ).fetchall()
        connection.execute("DELETE FROM access_log")
        previous = audit.GENESIS
        for pk, at, os_user, _worker, key, action, target in rows:
            digest = audit.entry_hash(previous, at, os_user, "someone else", key, action, target)
            connection.execute(
                "INSERT INTO access_log (pk, at, os_user, worker, client_key, action, target, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (pk, at, os_user, "someone else", key, action, target, previous, digest),
            )
            previous = digest
    problems = problems_of(db_path)
    assert problems and all("recomputed" in problem for problem in problems)


def test_a_time_written_with_another_offset_breaks_the_chain(
    repository: Repository, db_path: Path
) -> None:
    repository.create_client(client("c1"))
    repository.database.close()
    with drop_triggers(db_path) as connection:
        at = connection.execute("SELECT at FROM access_log WHERE pk = 1").fetchone()[0]
        moment = dt.datetime.fromisoformat(at).astimezone(dt.timezone(dt.timedelta(hours=14)))
        connection.execute("UPDATE access_log SET at = ? WHERE pk = 1", (moment.isoformat(),))
    database = open_database(str(db_path))
    try:
        problems = audit.verify_chain(database)
    finally:
        database.close()
    assert any("not in the one form" in problem for problem in problems)


def test_the_log_names_a_pathway_by_its_internal_key_never_its_id(
    repository: Repository, db_path: Path
) -> None:
    from tests.storage.test_repository import pathway

    repository.create_client(client("c1"))
    repository.save_pathway("c1", pathway(2, pathway_id=PERSONAL_ID, status="draft"))
    repository.record("c1", audit.PRINT, f"pathway {PERSONAL_ID}")
    repository.delete_pathway("c1", PERSONAL_ID)
    with sqlite3.connect(db_path) as connection:
        targets = [row[0] for row in connection.execute("SELECT target FROM access_log")]
    assert all(PERSONAL_ID not in (target or "") for target in targets)
    assert targets.count("pathway #2") == 3


# --- Killed restores ------------------------------------------------------------------------------

_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from storage import backups
    point = {point!r}
    calls = {{"n": 0}}

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    copy = backups._copy_pages
    def copying(source, temporary):
        copy(source, temporary)
        calls["n"] += 1
        if point == "staged" and calls["n"] == 1:
            die()
    backups._copy_pages = copying
    write = backups.write_backup
    def writing(source, destination):
        if point == "aside" and ".replaced-" in destination.name:
            from pathways import files
            with files.atomic_write(destination) as temporary:
                copy(source, temporary)
                die()
        write(source, destination)
    backups.write_backup = writing
    if point == "upgraded":
        upgrade = backups.upgrade_file
        def upgrading(path):
            upgrade(path)
            die()
        backups.upgrade_file = upgrading
    if point == "committed":
        backups._after_restore = lambda *a, **k: die()
    backups.restore_backup(Path({db!r}), Path({backup!r}))
    """
)


@pytest.mark.parametrize("point", ["staged", "upgraded", "aside", "committed"])
def test_a_killed_restore_leaves_nothing_after_the_next_open(
    repository: Repository, db_path: Path, tmp_path: Path, point: str
) -> None:
    repository.create_client(client("c1"))
    backup = backups.make_backup(repository.database, backups.HOURLY)
    repository.create_client(client("gone", NAME, personal_id=PERSONAL_ID))
    repository.database.close()
    script = _KILLER.format(root=str(PROJECT_ROOT), point=point, db=str(db_path),
                            backup=str(backup))  # fmt: skip
    result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, timeout=120,
                            capture_output=True)  # fmt: skip
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()[-2000:]
    assert [p for p in db_path.parent.rglob(".polku-*")] != [] or point == "committed"

    database = open_database(str(db_path))
    database.close()

    left = [p for p in db_path.parent.rglob("*") if p.name.startswith(".polku-")
            or ".restore-" in p.name or p.suffix == ".pending"]  # fmt: skip
    assert left == []
    assert (backups.backup_folder(db_path) / backups.PENDING).exists() is False or not any(
        (backups.backup_folder(db_path) / backups.PENDING).iterdir()
    )


def test_a_name_inside_another_persons_name_does_not_get_backups_deleted(
    repository: Repository, db_path: Path
) -> None:
    """Erasing "Anna Virta" keeps "Anna Virtanen" in the backups: they are rewritten without
    her, not deleted because her name still shows inside his."""
    repository.create_client(client("stays", "Anna Virtanen"))
    repository.create_client(client("gone", "Anna Virta", personal_id=PERSONAL_ID))
    backup = backups.make_backup(repository.database, backups.HOURLY)
    erasure = repository.erase_client("gone")
    assert erasure.copies_deleted == () and erasure.copies_rewritten == 1
    assert client_ids(backup) == ["stays"] and PERSONAL_ID.encode() not in backup.read_bytes()


_KILLED_PRINT = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from pathways import files
    from storage.database import open_database
    open_database({db!r}).close()  # as every command does before it writes
    with files.atomic_write(Path({out!r})) as temporary:
        temporary.write_bytes("Zacharias Ylönen-Erasmus".encode() * 100)
        os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_a_killed_print_or_export_leaves_nothing_after_the_next_open(
    repository: Repository, db_path: Path, tmp_path: Path
) -> None:
    """The temporary file of a print or export killed half-way, in a folder outside Polku's,
    is found through its marker and removed the next time the database is opened."""
    repository.database.close()
    prints = tmp_path / "prints"
    prints.mkdir()
    script = _KILLED_PRINT.format(root=str(PROJECT_ROOT), db=str(db_path),
                                  out=str(prints / "print.pdf"))  # fmt: skip
    result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, timeout=120,
                            capture_output=True)  # fmt: skip
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()[-2000:]
    [leftover] = prints.iterdir()
    assert leftover.name.startswith(".polku-") and mode_of(leftover) == 0o600
    open_database(str(db_path)).close()
    assert list(prints.iterdir()) == []


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
