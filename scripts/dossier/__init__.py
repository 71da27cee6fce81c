"""Dossier: turn a folder of source documents into a browsable, searchable archive site."""

__version__ = "0.1.0"
