"""Errors that carry a message for people and decide the command line's exit status."""

from __future__ import annotations


class PolkuError(Exception):
    """Base of the errors Polku reports to a person (never as a traceback)."""

    exit_status = 1

    def __init__(self, *lines: str) -> None:
        super().__init__(*lines)
        self.lines: list[str] = [str(line) for line in lines]

    def __str__(self) -> str:
        return "\n".join(self.lines)


class InputError(PolkuError):
    """Bad input: an invalid file, an unknown id, a bad option. Exit status 2; nothing changed."""

    exit_status = 2


class EnvironmentProblem(PolkuError):
    """The database or the environment failed (unreachable, corrupt, newer, read-only, full).

    Exit status 1; nothing half-written remains.
    """

    exit_status = 1
