"""What the user owns: notes, bookmarks, tags, read state, stable ids, sources, settings."""
