"""The headless CLI: JSON contracts, exit codes, stdout/stderr discipline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from tests.library.helpers import article_text

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def own_library(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    evil = "\x1b]52;c;ZXZpbA==\x07\x1b[2J"
    (folder / "strike.txt").write_text(
        article_text(
            f"Antwerp strike{evil}",
            f"Dock workers{evil} in Antwerp walked out over automated cranes on Monday.",
        ),
        "utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_index_json_summary(capsys, tmp_path, own_library):
    code, out, err = run(capsys, "--home", str(tmp_path / "h"), "index", str(own_library), "--json")
    assert code == 0
    data = json.loads(out)
    assert data == {
        "added": 1,
        "updated": 0,
        "removed": 0,
        "unchanged": 0,
        "skipped": [{"path": str(own_library / "empty.txt"), "reason": "empty file"}],
        "notices": [],
    }


def test_search_show_sources_json(capsys, tmp_path, own_library):
    home = str(tmp_path / "h")
    run(capsys, "index", str(own_library), "--home", home, "--quiet")
    code, out, err = run(capsys, "search", "antwerp", "--home", home, "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert set(data) >= {"query", "total", "results"} and data["total"] == 1
    hit = data["results"][0]
    assert set(hit) >= {"id", "title", "source", "published", "score", "snippet", "highlights"}
    assert hit["title"] == "Antwerp strike" and hit["published"] == "2025-03-03T00:00:00"
    for start, end in hit["highlights"]:
        assert hit["snippet"][start:end].lower() == "antwerp"

    code, out, _ = run(capsys, "show", hit["id"], "--home", home, "--json")
    shown = json.loads(out)
    assert set(shown) >= {
        "id",
        "title",
        "byline",
        "source",
        "published",
        "url",
        "paths",
        "body",
        "removed",
    }
    assert shown["removed"] == ["Subscribe to HARBOUR DAILY"]
    assert "\x1b" not in shown["body"]

    path = str(own_library / "strike.txt")
    code, out, _ = run(capsys, "show", path, "--home", home, "--json")
    assert json.loads(out)["id"] == hit["id"]

    code, out, _ = run(capsys, "sources", "--home", home, "--json")
    assert json.loads(out) == {
        "sources": [{"path": str(own_library), "articles": 1, "samples": False}]
    }


def test_search_on_samples_out_of_the_box(capsys, tmp_path):
    code, out, err = run(capsys, "--home", str(tmp_path / "h"), "search", "strike", "--json")
    assert code == 0
    assert json.loads(out)["total"] >= 1
    assert "indexing the sample library" in err


def test_text_output_is_terminal_safe(capsys, tmp_path, own_library):
    home = str(tmp_path / "h")
    run(capsys, "index", str(own_library), "--home", home, "--quiet")
    code, out, _ = run(capsys, "search", "antwerp", "--home", home)
    assert code == 0 and "Antwerp strike" in out and "\x1b" not in out and "\x07" not in out


def test_show_prints_a_date_only_publication_without_a_midnight(capsys, tmp_path, own_library):
    home = str(tmp_path / "h")
    run(capsys, "index", str(own_library), "--home", home, "--quiet")
    code, out, _ = run(capsys, "show", str(own_library / "strike.txt"), "--home", home)
    header = out.splitlines()[1]
    assert code == 0 and header.endswith("2025-03-03") and "T00:00" not in out


def test_user_errors_exit_1_with_one_line(capsys, tmp_path):
    home = str(tmp_path / "h")
    code, out, err = run(capsys, "search", '"unclosed', "--home", home, "--json")
    assert (
        code == 1
        and out == ""
        and err.strip().count("\n") == 0
        and "unclosed quotation mark" in err
    )
    code, out, err = run(capsys, "show", "nosuchid", "--home", home)
    assert code == 1 and "no such article" in err
    code, out, err = run(capsys, "index", str(tmp_path / "missing"), "--home", home)
    assert code == 1 and "no such file or folder" in err


def test_system_errors_exit_1_with_one_safe_line(capsys, tmp_path, monkeypatch):
    from briefing.cli import cmd_sources

    def full_disk(args, home):
        raise OSError(28, "No space left on device", "/lib/\x1b]52;c;ZXZpbA==\x07seg\nx")

    monkeypatch.setattr(cmd_sources, "run", full_disk)
    code, out, err = run(capsys, "--home", str(tmp_path), "sources")
    assert code == 1 and out == ""
    assert err == "briefing: /lib/seg x: No space left on device\n"


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["search"])
    assert caught.value.code == 2


def test_python_m_version_and_no_textual_in_headless_commands(tmp_path):
    env = dict(os.environ, BRIEFING_HOME=str(tmp_path / "h"))
    version = subprocess.run(
        [sys.executable, "-m", "briefing", "--version"], capture_output=True, text=True, env=env
    )
    assert version.returncode == 0 and version.stdout.startswith("briefing ")
    probe = (
        "import sys\nfrom briefing.cli import main\n"
        "code = main(['search', 'strike', '--json'])\n"
        "assert 'textual' not in sys.modules, 'headless command imported textual'\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"] >= 1


def test_core_never_imports_textual():
    """Import every core module; none may pull in Textual."""
    probe = (
        "import sys, pkgutil, importlib, briefing\n"
        "for info in pkgutil.walk_packages(briefing.__path__, 'briefing.'):\n"
        "    if '.tui' in info.name or info.name.endswith('__main__'): continue\n"
        "    importlib.import_module(info.name)\n"
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("typed", ["2026-13-01", "2026-02-30"])
def test_export_refuses_a_year_first_date_that_is_no_date(capsys, typed):
    # "2026-13-01" was read as 13 January (day first), silently exporting the wrong range.
    with pytest.raises(SystemExit) as caught:
        main(["export", "--since", typed, "--out", "-"])
    assert caught.value.code == 2
    assert f"not a date: '{typed}'" in capsys.readouterr().err


def test_export_reads_a_year_first_date_with_slashes(capsys, tmp_path):
    code, out, _ = run(capsys, "export", "--since", "2026/3/4", "--out", "-")
    assert code == 0 and 'since: "2026-03-04"' in out


def test_a_folder_given_where_a_command_belongs_says_how_to_add_it(capsys, tmp_path):
    # "briefing ~/news" said "invalid choice: '~/news' (choose from 'index', ...)".
    folder = tmp_path / "news"
    folder.mkdir()
    for argv in ([str(folder)], ["--home", str(tmp_path / "h"), str(folder)]):
        assert main(argv) == 2
        assert capsys.readouterr().err == (
            f"briefing: {folder} is not a command; to read what it holds, add it with "
            f"'briefing index {folder}', then run 'briefing'\n"
        )


@pytest.mark.parametrize(
    ("query", "meant"),
    [("author:lowe", "byline:"), ("Title:ferry", "title:"), ("organisation:un", "org:")],
)
def test_a_field_people_reach_for_names_the_one_that_holds_it(capsys, tmp_path, query, meant):
    # "author:" was refused with a list of twelve fields to read through
    code, out, err = run(capsys, "search", query, "--home", str(tmp_path / "h"))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert f"did you mean {meant}?" in err and query.split(":")[0] in err
