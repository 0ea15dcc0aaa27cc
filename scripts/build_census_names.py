"""Write briefing/facts/data/census_given_names.txt from the US Census Bureau's 1990 name files.

    pip download names==0.3.0 && tar xzf names-0.3.0.tar.gz   # the files, not the package
    python scripts/build_census_names.py names-0.3.0/names/   # the shipped file's options

The 1990 census name files (public domain, US Census Bureau; packaged in the PyPI `names`
distribution as dist.female.first, dist.male.first and dist.all.last: one upper-case name a
line with its frequency in per cent) list 5,494 given names. The engine's hand-compiled
given-name list misses many that the news uses ("Alexandria", "Madison", "Dustin"); this
script writes the census names that the hand list lacks, in title case, so that
`lexicon.given_names()` can read both. It keeps a census name only when

* it is given to at least `--min-freq` per cent of one sex (the long tail holds spelling
  variants and rare names that are more often something else),
* it is no ordinary English word (`lexicon.common_words()`: "April", "Will", "Grant", "Page"),
  unless `--keep-common`; the hand list, not this file, decides those few,
* it is no country, continent or region in the gazetteer ("India", "Kenya", "Asia"), nor a
  city of `--max-place` or more inhabitants ("Dallas", "Houston") unless that is 0.

The defaults (0.01%, 100,000) are the shipped file's, chosen by measurement: all census
names, ordinary words included, added wrong people ("Pearl Jam", "May God") and lowered
GUM dev; 300,000 let "Carolina" break "South Carolina Governor X"; 0.005% and 0.02% scored
the same on the tuned set and GUM dev (GUM train people .783, .786; 0.01%: .786), with 15
right and 5 wrong, and 9 right and 1 wrong, changes on the 375-article check (0.01%: 10 and
3; kept for its wider cover of unseen text).
The file depends on the input files and the options alone (sorted, one name a line), so a
rerun with the same ones rewrites it byte for byte. See data/ATTRIBUTION.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.facts.gazetteer import load_gazetteer  # noqa: E402
from briefing.facts.lexicon import common_words, read_names  # noqa: E402

TARGET = ROOT / "briefing" / "facts" / "data" / "census_given_names.txt"
FILES = ("dist.female.first", "dist.male.first")
HEADER = (
    "# Given names of the US Census Bureau's 1990 name files (public domain), via the PyPI\n"
    "# `names` package; written by scripts/build_census_names.py ({options}).\n"
)


def read_census(path: Path) -> dict[str, float]:
    """Name (title case) -> its highest frequency in per cent over the files read."""
    names: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) != 4:
            raise ValueError(f"{path}: not a census name line: {line!r}")
        name, freq = parts[0].title(), float(parts[1])
        names[name] = max(freq, names.get(name, 0.0))
    return names


def select(
    census: dict[str, float], min_freq: float, keep_common: bool, max_place: int
) -> list[str]:
    """The census names to ship, by the rules in the module's docstring."""
    known = read_names(TARGET.with_name("given_names.txt"))
    words, gaz = common_words(), load_gazetteer()
    out = []
    for name, freq in census.items():
        if name in known or freq < min_freq:
            continue
        if not keep_common and name.lower() in words:
            continue
        place = gaz.get(name)
        if place is not None and (
            place.kind != "city" or (max_place and place.population >= max_place)
        ):
            continue
        out.append(name)
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="folder holding dist.female.first etc.")
    parser.add_argument("--min-freq", type=float, default=0.01, help="per cent (0.01)")
    parser.add_argument("--keep-common", action="store_true", help="keep ordinary words")
    parser.add_argument(
        "--max-place", type=int, default=100_000, help="drop cities this big (0: none)"
    )
    parser.add_argument("--output", type=Path, default=TARGET)
    args = parser.parse_args()
    census: dict[str, float] = {}
    for file in FILES:
        path = args.source / file
        if not path.is_file():
            sys.exit(f"{path}: not found (the `names` package's data folder is expected)")
        try:
            for name, freq in read_census(path).items():
                census[name] = max(freq, census.get(name, 0.0))
        except (ValueError, UnicodeDecodeError) as error:
            sys.exit(str(error))
    names = select(census, args.min_freq, args.keep_common, args.max_place)
    options = (
        f"--min-freq {args.min_freq:g}"
        + (" --keep-common" if args.keep_common else "")
        + (f" --max-place {args.max_place}" if args.max_place else "")
    )
    args.output.write_text(HEADER.format(options=options) + "\n".join(names) + "\n", "utf-8")
    print(f"{len(names):,} of {len(census):,} census given names -> {args.output}")


if __name__ == "__main__":
    main()
