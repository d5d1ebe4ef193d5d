"""Polku's domain: clients, pathways, the service catalogue and their rules.

Plain Python and networkx: no Qt, no SQLAlchemy.
"""

import warnings as _warnings

# matplotlib warns of every character its font lacks by the character's name ("Glyph 5792
# (\N{RUNIC LETTER FEHU FEOH FE F}) missing from font(s)…"): on standard error that spells out a
# client's name letter by letter. Such a character is drawn as a box; nothing is said.
_warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from", category=UserWarning)
