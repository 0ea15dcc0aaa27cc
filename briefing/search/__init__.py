"""Search: the only package that imports Whoosh (schema, analysis, writing, ranking)."""
