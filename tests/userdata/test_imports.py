"""What userdata/ and export/ may import: only briefing.core (and the standard library).

The user's data and the export are plain Python over plain data: neither reaches into the
index, the library or a face (CLI, reader), so either can be swapped or tested alone.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGES = Path(__file__).resolve().parents[2] / "briefing"
ALLOWED = {
    "userdata": {"briefing.core", "briefing.userdata", "orjson"},
    "export": {"briefing.core", "briefing.export", "markdown_it"},
}


def imported(path: Path) -> set[str]:
    """Every module `path` imports, anywhere in the file (lazy imports included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_a_package_imports_only_what_it_may(package):
    wrong = []
    for path in sorted((PACKAGES / package).rglob("*.py")):
        for name in imported(path):
            top = name.split(".")[0]
            if top in sys.stdlib_module_names or top == "__future__":
                continue
            if not any(name == ok or name.startswith(ok + ".") for ok in ALLOWED[package]):
                wrong.append(f"{path.relative_to(PACKAGES)} imports {name}")
    assert not wrong, wrong
