"""Alembic migrations of Polku's schema (run by storage.database; no alembic.ini needed)."""
