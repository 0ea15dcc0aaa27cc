"""Turning articles, hits and facts into what the reader draws (no widgets here)."""
