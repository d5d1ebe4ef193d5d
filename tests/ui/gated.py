"""A repository whose client loads wait at a gate the test opens (tests of one load at a time)."""

from __future__ import annotations

import threading
from typing import Any


class GatedLoads:
    """The real repository, but loading a client waits at a gate the test opens; it notes
    which clients were loaded and how many loads ran at once. Everything else is passed on."""

    def __init__(self, repository: Any) -> None:
        self._repository = repository
        self.gate = threading.Event()
        self.waiting = threading.Event()  # a load has come to the gate
        self.loaded: list[str] = []
        self.at_once = 0
        self.most_at_once = 0
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._repository, name)

    @property
    def loads(self) -> int:
        return len(self.loaded)

    def load_client(self, client_id: str, **kwargs: Any) -> Any:
        with self._lock:
            self.loaded.append(client_id)
            self.at_once += 1
            self.most_at_once = max(self.most_at_once, self.at_once)
        self.waiting.set()
        try:
            self.gate.wait(30)
            return self._repository.load_client(client_id, **kwargs)
        finally:
            with self._lock:
                self.at_once -= 1
