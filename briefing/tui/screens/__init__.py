"""The reader's screens: the main view and its modals."""


def warm_up() -> None:
    """Import the secondary screens once the library is open (after the first frame), so
    that the first B, N, e, i or T opens without waiting for its imports (a TextArea,
    Markdown export...)."""
    import briefing.tui.screens.annotations  # noqa: F401
    import briefing.tui.screens.entity  # noqa: F401
    import briefing.tui.screens.export  # noqa: F401
    import briefing.tui.screens.filter  # noqa: F401
    import briefing.tui.screens.help  # noqa: F401
    import briefing.tui.screens.tags  # noqa: F401
    import briefing.tui.screens.timeline  # noqa: F401
