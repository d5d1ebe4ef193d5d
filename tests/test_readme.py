"""The README works for a newcomer: its two commands are the ones CI runs, and its examples find
what they promise in the demo."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pathways.demo import demo_clients
from pathways.text import fold

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_second_command_is_what_ci_runs_and_pip_is_not_silent() -> None:
    commands = re.findall(r"```sh\n(python3 -m venv .*)\n```", README)
    assert len(commands) == 2
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # A silent pip (-q) looks like a hang for the minutes the first install takes.
    assert all(" -q " not in command for command in commands)


def test_the_search_examples_find_a_demo_client() -> None:
    names = [client.name for client in demo_clients(date.today())]
    examples = re.findall(r"`(\w+)` finds\s+(\w+(?: \w+)?)", README)
    assert examples, "the README's search examples were not found"
    for typed, _found in examples:
        assert [name for name in names if fold(typed) in fold(name)], typed
