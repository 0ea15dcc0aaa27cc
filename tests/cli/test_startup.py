"""Start-up: a search loads only what it needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def _run(probe: str, tmp_path) -> subprocess.CompletedProcess:
    env = dict(os.environ, BRIEFING_HOME=str(tmp_path / "h"))
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)


def test_search_loads_no_network_asyncio_or_store_modules(tmp_path):
    # The first run builds the index (that needs the readers and key facts); time the next.
    assert _run("from briefing.cli import main; main(['search', 'x'])", tmp_path).returncode == 0
    probe = (
        "import sys\nfrom briefing.cli import main\n"
        "code = main(['search', 'strike', '--json'])\n"
        "unwanted = ('urllib.request', 'http.client', 'asyncio', 'ssl', 'cached_property',\n"
        "            'whoosh.lang.morph_en', 'whoosh.qparser',\n"
        "            'briefing.userdata.backup', 'briefing.userdata.listing', 'briefing.export',\n"
        "            'briefing.facts', 'textual')\n"
        "loaded = [name for name in unwanted if name in sys.modules]\n"
        "assert not loaded, loaded\n"
        "sys.exit(code)\n"
    )
    result = _run(probe, tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"] >= 1


def test_help_and_version_do_not_load_the_library(tmp_path):
    probe = (
        "import sys, contextlib, io\nfrom briefing.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        main(['--help'])\n    except SystemExit:\n        pass\n"
        "assert 'whoosh' not in sys.modules and 'briefing.library' not in sys.modules\n"
    )
    result = _run(probe, tmp_path)
    assert result.returncode == 0, result.stderr


def test_the_real_modules_are_there_for_everyone_else(tmp_path):
    """Whoosh gets light stand-ins while its modules load; later imports get the real ones."""
    probe = (
        "import briefing.search, functools\n"
        "import whoosh.index, whoosh.reading, whoosh.compat\n"
        "assert isinstance(whoosh.reading.SegmentReader.__dict__['deleted_docs_set'],\n"
        "                  functools.cached_property)\n"
        "import urllib.request, cached_property\n"
        "assert callable(urllib.request.urlopen) and urllib.request.Request\n"
        "assert cached_property.threaded_cached_property\n"
        "assert whoosh.compat.urlretrieve.__module__ == 'briefing.search.lightimports'\n"
        "import whoosh.query, whoosh.lang.morph_en\n"
        "assert 'rendering' in whoosh.query.terms.variations('rendered')\n"
        "assert whoosh.lang.morph_en.variations('render') == whoosh.query.terms.variations('render')\n"
    )
    result = _run(probe, tmp_path)
    assert result.returncode == 0, result.stderr
