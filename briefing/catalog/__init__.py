"""The catalog: all SQL of an index generation (articles, files, fact rows, groups)."""
