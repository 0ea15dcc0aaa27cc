"""Make the PNG screenshots in docs/ from the reader running on the sample library.

    python docs/make_screenshots.py            # needs rsvg-convert (Debian: librsvg2-bin)

Each view is driven with real key presses (Textual's Pilot, headless) and saved as SVG,
then converted to PNG. Textual writes spaces as no-break spaces in separate text runs;
rsvg drops a run's leading space unless the document preserves white space, which made
words run together after a highlight ("strikeat") in earlier screenshots.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

VIEWS = {
    # name: (size, theme, keys pressed after start-up)
    "reader": ((160, 48), "briefing-dark", ("slash", *"antwerp strike", "enter")),
    "reader-light": ((160, 48), "briefing-light", ("slash", *"drought", "enter", "3", "j")),
    "reader-80x24": ((80, 24), "briefing-dark", ()),
    "reader-help": ((120, 48), "briefing-dark", ("question_mark",)),
    "reader-entity": (
        (160, 48),
        "briefing-dark",
        ("slash", *"antwerp strike", "enter", "3", "j", "i"),
    ),
    "reader-timeline": ((160, 48), "briefing-dark", ("slash", *"antwerp", "enter", "T")),
}


def to_png(svg: str, target: Path) -> None:
    """Convert with rsvg-convert, white space preserved."""
    svg = re.sub(r"<svg ", '<svg xml:space="preserve" ', svg, count=1)
    with tempfile.NamedTemporaryFile("w", suffix=".svg", delete=False, encoding="utf-8") as f:
        f.write(svg)
    try:
        subprocess.run(["rsvg-convert", "-w", "1970", f.name, "-o", str(target)], check=True)
    finally:
        Path(f.name).unlink()


async def shoot(home: Path, name: str, size, theme: str, keys) -> str:
    """The SVG of one view."""
    from briefing.core.paths import Locations
    from briefing.tui import make_app

    app = make_app(Locations.resolve(home), persist=False)
    async with app.run_test(size=size) as pilot:
        app.theme = theme
        for _ in range(300):
            await pilot.pause(0.02)
            screen = app.screen
            if getattr(screen, "ready", False) and getattr(screen, "article", None):
                break
        await pilot.press(*keys)
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
        return app.export_screenshot(title="briefing")


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("rsvg-convert is needed (Debian: apt install librsvg2-bin)", file=sys.stderr)
        return 1
    from briefing.core.paths import Locations
    from briefing.library import Library

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        with Library.open(Locations.resolve(home)) as library:  # indexes the samples
            print(f"sample library: {library.count()} articles")
        for name, (size, theme, keys) in VIEWS.items():
            svg = asyncio.run(shoot(home, name, size, theme, keys))
            target = ROOT / "docs" / f"{name}.png"
            to_png(svg, target)
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
