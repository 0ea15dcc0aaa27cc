"""The reader's widgets: one file per widget."""
