"""Related documents and near-duplicates: TF-IDF similarity of texts, shared entities and close
dates (ranking.py), MinHash signatures of shingles for other versions of a text (duplicates.py).

Kept free of imports here: numpy and scipy load only when a module of this package is used.
"""
