"""Client numbers people can read, say on the phone and type on the command line: ``2026-0007``.

A new client gets the year and the next free running number of that year unless the user types
their organisation's own number. (Numbers given before were random ids; they stay as they are.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def next_client_number(existing: Iterable[str], year: int) -> str:
    """The first number ``YEAR-NNNN`` after the highest of *year* among *existing* ids."""
    pattern = re.compile(rf"^{year}-(\d{{4,}})$")
    used = [int(match.group(1)) for text in existing if (match := pattern.match(text))]
    return f"{year}-{max(used, default=0) + 1:04d}"
