"""Polku's storage layer: SQLAlchemy models, Alembic migrations and the repository (no Qt)."""

from typing import Any


def __getattr__(name: str) -> Any:
    # storage.ConflictError without importing SQLAlchemy on ``import storage``.
    if name == "ConflictError":
        from storage.concurrency import ConflictError

        return ConflictError
    raise AttributeError(name)
