"""The reader's screens: the main view and its modals."""
