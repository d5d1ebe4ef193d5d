"""Finding a service in the catalogue the way professionals search: by the words they use.

A query matches a service when every word of it begins a word of the service's name (in the
language shown or in Finnish), of its search words ("palkkatuki", "TYP", "kuntouttava") or of its
one-line description; case and accents are folded (``pathways.text.fold``). A word found only
inside a longer word of a name or search word (``kokeilu`` in *työkokeilu*: Finnish compounds)
still matches, last. Matches are ranked so that the best one comes first, and the palette
highlights it: Enter then adds what the person sees highlighted.

No Qt: the palette (``ui/palette.py``) and tests use the same ranking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pathways.model import ServiceType
from pathways.text import fold

#: The ranks, best first.
EXACT = 0  # the query is the name, a search word or the code
NAME_START = 1  # the name or a search word begins with the query
WORD_START = 2  # every query word begins a word of the name or of a search word
DESCRIPTION = 3  # every query word begins a word somewhere, the description included
INSIDE = 4  # some query word only appears inside a longer word of a name or search word

_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _query(text: str) -> str:
    return " ".join(_words(fold(text)))


@dataclass(frozen=True)
class SearchText:
    """The folded texts of one service that a query is matched against."""

    code: str
    names: tuple[str, ...]  # whole names and search words, folded, words joined by spaces
    name_words: frozenset[str]
    description_words: frozenset[str]

    @classmethod
    def of(cls, service: ServiceType, lang: str) -> SearchText:
        names = [service.name(lang), service.name("fi")]
        names += service.search_words.get(lang, ())
        if lang != "fi":  # Finnish acronyms and words are used in every language's office
            names += service.search_words.get("fi", ())
        folded = tuple(dict.fromkeys(_query(name) for name in names if name))
        return cls(
            code=service.code,
            names=folded,
            name_words=frozenset(word for name in folded for word in name.split()),
            description_words=frozenset(_words(fold(service.describe(lang) or ""))),
        )

    def rank(self, query: str) -> int | None:
        """How well *query* (as typed) matches: one of the ranks above, or None."""
        wanted = _query(query)
        if not wanted:
            return None
        if wanted in self.names or wanted == self.code.replace("_", " "):
            return EXACT
        if any(name.startswith(wanted) for name in self.names):
            return NAME_START
        worst = WORD_START
        for term in wanted.split():
            if any(word.startswith(term) for word in self.name_words):
                continue
            if any(word.startswith(term) for word in self.description_words):
                worst = max(worst, DESCRIPTION)
            elif any(term in name for name in self.names) or term in self.code:
                worst = max(worst, INSIDE)
            else:
                return None
        return worst


def search(services: Iterable[ServiceType], query: str, lang: str) -> list[ServiceType]:
    """The services matching *query*, the best first (catalogue order among equals)."""
    ranked = []
    for order, service in enumerate(services):
        rank = SearchText.of(service, lang).rank(query)
        if rank is not None:
            ranked.append((rank, order, service))
    return [service for _rank, _order, service in sorted(ranked, key=lambda r: r[:2])]
