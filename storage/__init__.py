"""Polku's storage layer: SQLAlchemy models, Alembic migrations and the repository (no Qt)."""
