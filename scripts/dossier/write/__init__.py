"""Write stage: atomic, incremental writes into docs/, tracked by a manifest."""

from dossier.write.output import WriteReport, write_files, write_outputs

__all__ = ["WriteReport", "write_files", "write_outputs"]
