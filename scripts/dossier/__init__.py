"""Dossier: turn a folder of source documents into a browsable, searchable archive site."""

from dossier.native import select

__version__ = "0.1.0"
#: True when the entity rules run compiled (see dossier.native); chosen before any sub-package loads
NATIVE = select(__path__[0])
