"""Read stage: find seed files, load their bytes, decode them to text."""
