"""`polku COMMAND --help` opens with a sentence on what the command does, for every command."""

from __future__ import annotations

import argparse

import pytest

import main


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_command_says_what_it_does_at_the_top_of_its_help(lang: str) -> None:
    from pathways import i18n

    previous = i18n.current_language()
    i18n.set_language(lang)
    try:
        parser = main.build_parser()
    finally:
        i18n.set_language(previous)
    commands = next(a for a in parser._actions  # noqa: SLF001
                    if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    missing = [name for name, sub in commands.choices.items() if not sub.description]
    assert missing == []
