"""The index format version (no Whoosh import: the reader checks it before loading Whoosh)."""

# Bump when the schema, the analyzers, what is stored or the same-story sketches change:
# an index built with another version is rebuilt from the sources.
SCHEMA_VERSION = 15
