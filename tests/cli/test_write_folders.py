"""`export --out` and `backup` never create folders (issue 15, item 2): a missing folder is
a one-line error naming it, as `cp` says; only the default documents folder is made."""

from __future__ import annotations

import pytest

from briefing.cli import main
from briefing.core.paths import Locations


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["export --out", "backup"])
def test_a_missing_folder_is_named_and_never_made(capsys, tmp_path, command):
    home = str(tmp_path / "home")
    missing = tmp_path / "nonexistent" / "dir"
    target = missing / "x.md"
    code, out, err = run(capsys, "--home", home, *command.split(), str(target))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and f"folder {missing} does not exist" in err
    assert not (tmp_path / "nonexistent").exists()


def test_the_default_documents_folder_is_made(capsys, tmp_path):
    home = tmp_path / "home"
    documents = Locations.resolve(home).documents_dir
    assert not documents.exists()
    code, _, err = run(capsys, "--home", str(home), "export")
    assert code == 0, err
    assert [path.name for path in documents.iterdir()][0].startswith("briefing-notes-")


def test_export_without_front_matter(capsys, tmp_path):
    home = str(tmp_path / "home")
    code, out, _ = run(capsys, "--home", home, "export", "--out", "-")
    assert code == 0 and out.startswith("---\ntitle: ")
    code, out, _ = run(capsys, "--home", home, "export", "--out", "-", "--no-front-matter")
    assert code == 0 and out.startswith("# Briefing notes\n\nExported ")
    assert "exported_at" not in out
