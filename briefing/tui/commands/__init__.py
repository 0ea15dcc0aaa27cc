"""The reader's actions (one definition drives keys, footer, help and palette) and palette providers."""
