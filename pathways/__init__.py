"""Polku's domain: clients, pathways, the service catalogue and their rules.

Plain Python and networkx: no Qt, no SQLAlchemy.
"""
