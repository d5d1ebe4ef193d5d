"""`polku --screenshot FILE.png`: the real window at 1366×768, saved as a PNG, without a display."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from tests.running import Completed, run_in_process, run_process

pytestmark = pytest.mark.slow


def _polku(*arguments: str) -> Completed:
    # No display and no platform chosen: the program must pick the offscreen one by itself.
    return run_process(*arguments, unset=("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _distinct_colours(path: Path) -> int:
    """How many colours the picture has (a blank or black window has one or two)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    return len(colours)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo clients, made once per module in this process (the window is the point here,
    not the demo command)."""
    db = tmp_path_factory.mktemp("screenshot") / "demo.sqlite3"
    done = run_in_process("demo", "--db", db)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture
def filled_db(demo_db: Path, db_path: Path) -> Path:
    """This test's own copy of the demo database (opening the window may write to it)."""
    shutil.copy(demo_db, db_path)
    return db_path


def test_screenshot_of_a_client_pathway_is_a_1366_by_768_png(
    filled_db: Path, tmp_path: Path
) -> None:
    import json

    listing = run_in_process("clients", "--json", "--db", str(filled_db))

    client_id = json.loads(listing.stdout)["clients"][0]["id"]
    out = tmp_path / "shots" / "window.png"
    result = _polku(
        "--db",
        str(filled_db),
        "--client",
        client_id,
        "--view",
        "timeline",
        "--screenshot",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert _png_size(out) == (1366, 768)
    assert _distinct_colours(out) > 20, "the picture shows nothing"
    assert "Traceback" not in result.stderr


def test_screenshot_without_a_client_shows_the_list(filled_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "list.png"
    result = _polku("--db", str(filled_db), "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert _png_size(out) == (1366, 768)
    # It shows clients' names: private like a print (0600), whatever the umask.
    assert out.stat().st_mode & 0o777 == 0o600


def test_an_unknown_client_is_exit_2_with_one_line(filled_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "none.png"
    result = _polku("--db", str(filled_db), "--client", "no-such-client", "--screenshot", str(out),
                    "--lang", "en")
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    assert lines == ["polku: no client with id no-such-client"]
    assert not out.exists()


def test_the_screenshot_refusals_speak_the_chosen_language(
    filled_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "none.png"
    result = _polku("--db", str(filled_db), "--client", "no-such-client", "--screenshot", str(out),
                    "--lang", "fi")
    assert result.returncode == 2
    assert "polku: asiakasta tunnuksella no-such-client ei ole" in result.stderr
    empty = tmp_path / "empty.json"
    empty.write_text('{"format": "polku.exchange", "version": 1, "clients": '
                     '[{"id": "tyhja", "name": "Tyhjä Asiakas"}]}', encoding="utf-8")
    assert run_in_process("--db", filled_db, "import", empty).returncode == 0
    result = _polku("--db", str(filled_db), "--client", "tyhja", "--screenshot", str(out),
                    "--meeting-mode", "--lang", "sv")
    assert result.returncode == 2
    assert "polku: klienten tyhja har ingen servicestig" in result.stderr
    assert not out.exists()


def test_a_database_that_cannot_be_opened_is_exit_1_without_a_traceback(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("these are not the data you are looking for\n" * 100)
    out = tmp_path / "broken.png"
    result = _polku("--db", str(not_a_database), "--screenshot", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip(), "the failure must be said in words"
    assert not out.exists()


def test_the_window_options_parse_alike_with_and_without_the_whole_command_line() -> None:
    import main

    words = ["--db", "x.sqlite3", "--lang", "sv", "--client", "c1", "--view", "timeline",
             "--screenshot", "out.png"]
    quick = main._parser_for(words).parse_args(words)
    whole = main.build_parser().parse_args(words)
    assert vars(quick) == vars(whole)
    assert quick.command is None


def test_meeting_mode_screenshot_at_another_size(filled_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "meeting.png"
    result = _polku("--db", str(filled_db), "--client", "demo-aleksi", "--lang", "sv",
                    "--screenshot", str(out), "--meeting-mode", "--size", "1920x1080")
    assert result.returncode == 0, result.stderr
    assert _png_size(out) == (1920, 1080)
    assert _distinct_colours(out) > 2


@pytest.mark.parametrize(
    "arguments",
    [["--meeting-mode"], ["--client", "demo-aleksi", "--meeting-mode", "--size", "big"]],
)
def test_meeting_mode_screenshot_refuses_bad_options(
    filled_db: Path, tmp_path: Path, arguments: list[str]
) -> None:
    out = tmp_path / "meeting.png"
    result = _polku("--db", str(filled_db), "--screenshot", str(out), *arguments)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()
