"""Polku's desktop window (PySide6). The only layer that imports Qt."""
