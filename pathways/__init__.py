"""Polku's domain: clients, pathways, the service catalogue and their rules (no Qt, no SQLAlchemy)."""
