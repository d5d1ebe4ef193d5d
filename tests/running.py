"""Running ``polku`` from a test, one way everywhere: in this process through ``main.run`` (fast),
or, where the process itself is the point (exit codes of the real program, kills, the window's
``--screenshot``, a server's password prompt), as a real ``python main.py``.

Both give back a :class:`Completed` with ``returncode``, ``stdout`` and ``stderr`` like
``subprocess.CompletedProcess`` (and unpacking as ``status, out, err``). ``tests/cli`` has them
as the fixtures ``polku``, ``polku_en`` and ``polku_process``; tests elsewhere import them.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Completed:
    """What a run of ``polku`` gave back, named as ``subprocess.CompletedProcess`` names it."""

    returncode: int
    stdout: str
    stderr: str

    def __iter__(self) -> Iterator[object]:
        return iter((self.returncode, self.stdout, self.stderr))


Polku = Callable[..., Completed]


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal (what the user types comes through ``input``,
    which a test replaces)."""

    def isatty(self) -> bool:
        return True


def run_in_process(
    *arguments: str | Path, stdin: str = "", cwd: Path | None = None, terminal: bool = False
) -> Completed:
    """``python main.py ARGUMENTS`` as ``main.run`` in this process: standard input *stdin*
    (not a terminal, unless *terminal*), standard output and error captured (with a binary
    ``.buffer`` as a real stream has), argparse's exits turned into their status; the language,
    the streams and the working folder are as before afterwards."""
    import main
    from pathways import i18n

    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    language = i18n.current_language()
    streams = sys.stdin, sys.stdout, sys.stderr
    folder = os.getcwd()
    sys.stdin, sys.stdout, sys.stderr = (_Terminal if terminal else io.StringIO)(stdin), out, err
    try:
        if cwd is not None:
            os.chdir(cwd)
        try:
            status = main.run([str(argument) for argument in arguments])
        except SystemExit as exit_:  # argparse refuses bad arguments (2) or shows --help (0)
            status = exit_.code if isinstance(exit_.code, int) else int(exit_.code is not None)
    finally:
        sys.stdin, sys.stdout, sys.stderr = streams
        os.chdir(folder)
        i18n.set_language(language)
    return Completed(status, _text(out), _text(err))


def run_process(
    *arguments: str | Path,
    stdin: str | None = None,
    cwd: Path = PROJECT_ROOT,
    env: dict[str, str] | None = None,
    unset: Sequence[str] = (),
    timeout: float = 120,
) -> Completed:
    """``python main.py ARGUMENTS`` as a real process (UTF-8 output; no terminal on stdin), with
    this process's environment plus *env* and without the variables named in *unset*."""
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "main.py"), *map(str, arguments)],
        cwd=cwd,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={key: value
             for key, value in {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}.items()
             if key not in unset},
        timeout=timeout,
    )
    return Completed(result.returncode, result.stdout, result.stderr)


def run_python(code: str) -> str:
    """Run *code* in a fresh interpreter in the project's folder (what a start-up imports, as
    a program would); its standard output. A failing child fails the test with its stderr."""
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()
