"""Evaluation and measurement of the extraction and cross-referencing rules.

Each module runs from one command (``python -m dossier.evaluation.<name> ...``) and prints its
figures; none of them is part of a build, so they are left out of the build cache's code hash
(see cache.code_version): editing an evaluation never invalidates a cached build.
"""
