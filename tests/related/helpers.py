"""Articles and libraries for the related/grouping/entity/timeline tests."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.core.paths import Locations
from briefing.library import Library

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "sample_data"

STRIKE = (
    "Dock workers at the Port of Antwerp will stop work for 48 hours from Thursday after union "
    "members voted against plans to bring remote-controlled cranes to the largest container "
    "terminal. The union said 87% of the 2,140 members who took part in the ballot backed "
    "industrial action, and a second union said it would join the walkout. The dispute "
    "centres on a plan by the terminal operator to install 24 automated cranes at the "
    "Deurganck dock by 2027. The company confirmed the order last Tuesday, two weeks before "
    "the end of a consultation period the unions say they had been promised. Each automated "
    "crane could replace up to six jobs across three shifts, the union said, and as many as "
    "600 posts could disappear within five years."
)
STRIKE_COPY = STRIKE.replace("largest", "biggest").replace(
    "The company confirmed the order last Tuesday, two weeks before the end of a consultation "
    "period the unions say they had been promised. ",
    "",
)
DROUGHT = (
    "Barcelona cut water pressure on Tuesday as reservoirs in Catalonia fell to sixteen percent "
    "of capacity, the lowest level since records began. The regional government declared a "
    "drought emergency covering more than two hundred towns, limiting daily use to two hundred "
    "litres a person and banning the filling of private swimming pools. Farmers in Lleida "
    "warned that the restrictions on irrigation would ruin the summer harvest, and tractors "
    "blocked roads into the city for a second day."
)
LAUNCH = (
    "A small rocket broke up sixty-eight seconds after lift-off from the Andoya spaceport in "
    "northern Norway on Friday, scattering debris over the Norwegian Sea. The launch company "
    "said a valve in the second stage had failed, and that no one had been hurt. Insurers "
    "expect to pay out on the satellite it carried, which was built for a weather agency."
)


def write_jsonl(folder: Path, rows: list[dict], name: str = "feed.jsonl") -> Path:
    """A JSONL feed of articles (title, body, date, source, ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n".join(json.dumps(row) for row in rows), "utf-8")
    return path


def open_library(home: Path) -> Library:
    """The library under `home`, with notices dropped."""
    return Library.open(Locations.resolve(home), notify=lambda message: None)
