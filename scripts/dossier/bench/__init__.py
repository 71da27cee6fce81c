"""``make bench``: build the BBC corpus with every feature and as a bare MkDocs floor, and record
the figures in BENCHMARKS.md. Measurements live here, never in timed unit tests."""
