"""``python -m dossier``."""

from dossier.cli import run

run()
