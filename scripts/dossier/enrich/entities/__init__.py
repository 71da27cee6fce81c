"""People, places and organisations: the curated registry, names found by their shape, the
gazetteer, and one entity per name across the corpus.

Modules: registry.py (entities.yml), aliases.py (many names found in one pass), mentions.py
(find_mentions: every mention in one document), discovery.py, shapes.py, known.py and
patterns.py (names the registry does not know), given_names.py (with data/given_names.txt),
lists.py (names listed together), landmarks.py (seas, islands, grounds), corpus_index.py (one entity per name across
documents), snippets.py (context for entity pages). Kept free of imports here, so that loading
the registry does not load the rest.
"""
