"""The samples can be taken out (issue 15, item 11): `index --no-samples`, or `--remove`
with the path `briefing sources` prints; the summary says the removed were the samples."""

from __future__ import annotations

import json

from briefing.cli import main
from tests.library.helpers import article_text


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _sources(capsys, home: str) -> dict[str, int]:
    code, out, _ = run(capsys, "--home", home, "sources", "--json")
    assert code == 0
    return {row["path"]: row["articles"] for row in json.loads(out)["sources"]}


def test_samples_leave_by_option_or_by_their_path(capsys, tmp_path):
    home = str(tmp_path / "home")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "a.txt").write_text(article_text("Dock strike", "Dock workers walked out."), "utf-8")
    code, _, err = run(capsys, "--home", home, "index", "--samples")  # first run: samples
    assert code == 0
    samples = next(iter(_sources(capsys, home)))
    count = _sources(capsys, home)[samples]
    assert count > 0
    # only the samples: nothing to fall back on, so --no-samples says why and does nothing
    code, _, err = run(capsys, "--home", home, "index", "--no-samples")
    assert code == 1 and "only source" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--home", home, "index", str(folder))
    assert code == 0 and f"removed {count} (the samples)" in err
    code, _, err = run(capsys, "--home", home, "index", "--samples")
    assert (
        code == 0
        and f"added {count}," in err
        and set(_sources(capsys, home))
        == {
            str(folder.resolve()),
            samples,
        }
    )
    code, _, err = run(capsys, "--home", home, "index", "--no-samples")
    assert code == 0 and f"removed {count} (the samples)" in err
    assert _sources(capsys, home) == {str(folder.resolve()): 1}
    run(capsys, "--home", home, "index", "--samples")
    code, _, err = run(capsys, "--home", home, "index", "--remove", samples)
    assert code == 0 and f"removed {count} (the samples)" in err
    assert _sources(capsys, home) == {str(folder.resolve()): 1}
    code, out, _ = run(capsys, "--home", home, "search", "strike", "--json")
    assert json.loads(out)["total"] == 1
