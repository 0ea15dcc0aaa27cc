"""The README's CLI reference holds: its command table against the argument parser, its
"JSON fields" against what each command really prints on the sample library.

The table's first column names each command with its options (`briefing index [PATH...]
[--rebuild] ...`); the JSON fields are written as `{"key", "key": value, ...}`, where a
value may be another object or a list of one, and `...` means "more keys, not listed".
"""

from __future__ import annotations

import io
import json
import re
from contextlib import redirect_stdout

import pytest

from briefing.cli import build_parser, main
from tests.conftest import REPO

README = (REPO / "README.md").read_text("utf-8")
COMMON = {"-h", "--help", "--home"}


def _section(title: str) -> str:
    start = README.index(title)
    end = README.find("\n## ", start + len(title))
    end = README.find("\n### ", start + len(title)) if title.startswith("## ") else end
    return README[start:] if end < 0 else README[start:end]


def _documented_commands() -> dict[str, set[str]]:
    """command -> the options the README's table gives it (`""` for `briefing` alone)."""
    commands: dict[str, set[str]] = {}
    for line in _section("## CLI reference").splitlines():
        if not line.startswith("| `briefing"):
            continue
        first = line.split(" | ")[0]
        for span in re.findall(r"`(briefing[^`]*)`", first):
            words = span.replace("\\|", "|").split()
            name = words[1] if len(words) > 1 and not words[1].startswith("-") else ""
            options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", span))
            commands.setdefault(name, set()).update(options)
    return commands


def _parser_commands() -> dict[str, set[str]]:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    found = {"": {o for a in parser._actions for o in a.option_strings} - COMMON}
    for name, sub in subparsers.choices.items():
        found[name] = {o for a in sub._actions for o in a.option_strings} - COMMON
    return found


def test_the_command_table_lists_every_command_with_its_options():
    documented, real = _documented_commands(), _parser_commands()
    assert set(documented) == set(real)
    for name in real:
        assert documented[name] == real[name], name


# "JSON fields" --------------------------------------------------------------------------
ELIDED = object()  # `...`: keys not listed


def _parse_shape(text: str):
    """The README's JSON shape as nested dicts (key -> shape or None), lists of one shape,
    or None for a plain value; ELIDED marks an object that lists only some of its keys."""
    tokens = re.findall(r'"[^"]*"|\.\.\.|[{}\[\]:,]|[^\s{}\[\]:,"]+', text)
    position = 0

    def value():
        nonlocal position
        token = tokens[position]
        if token == "{":
            position += 1
            return obj()
        if token == "[":
            position += 1
            items = []
            while tokens[position] != "]":
                items.append(value())
                if tokens[position] == ",":
                    position += 1
            position += 1
            shapes = [item for item in items if isinstance(item, dict)]
            return [shapes[0]] if shapes else [None]
        position += 1
        return None

    def obj():
        nonlocal position
        keys: dict = {}
        while tokens[position] != "}":
            token = tokens[position]
            position += 1
            if token == "...":
                keys[ELIDED] = True
            elif token.startswith('"'):
                key = token.strip('"')
                keys[key] = None
                if tokens[position] == ":":
                    position += 1
                    keys[key] = value()
            if tokens[position] == ",":
                position += 1
        position += 1
        return keys

    return value()


def _documented_shapes() -> dict[str, object]:
    """`command` -> the documented shape of its --json output."""
    section = _section("### JSON fields")
    bullets = re.split(r"\n- ", "\n" + section.split("\n", 1)[1])
    shapes = {}
    for bullet in bullets:
        command = re.match(r"`(\w+) --json`", bullet)
        if not command:
            continue
        flat = " ".join(bullet.split())
        fenced = re.search(r"```\s*(.*?)\s*```", flat)
        spans = [fenced.group(1)] if fenced else []
        spans += [s for s in re.findall(r"`([^`]*)`", flat) if s.startswith(("{", "[{"))]
        shapes[command.group(1)] = _parse_shape(spans[0])
    return shapes


def _compare(shape, real, where: str) -> None:
    if isinstance(shape, list):
        assert isinstance(real, list), where
        if real and shape[0] is not None:
            _compare(shape[0], real[0], where + "[0]")
        return
    if isinstance(shape, dict):
        assert isinstance(real, dict), where
        listed = {key for key in shape if key is not ELIDED}
        if ELIDED in shape:
            assert listed <= set(real), (where, listed - set(real))
        else:
            assert listed == set(real), (where, listed ^ set(real))
        for key in listed:
            if shape[key] is not None:
                _compare(shape[key], real[key], f"{where}.{key}")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, object]:
    """Each documented command's --json output on the sample library (with a bookmark and
    a note, so their lists are not empty)."""
    home = str(tmp_path_factory.mktemp("readme") / "home")

    def run(*argv: str):
        out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        with redirect_stdout(out):
            assert main(["--home", home, *argv]) == 0, argv
        out.flush()
        return json.loads(out.buffer.getvalue())

    found = {"index": run("index", "--json", "--quiet")}
    found["search"] = run("search", "strike", "--facets", "--json")
    article_id = found["search"]["results"][0]["id"]
    found["show"] = run("show", article_id, "--json")
    found["facts"] = run("facts", article_id, "--json")
    found["sources"] = run("sources", "--json")
    found["related"] = run("related", article_id, "--json")
    people = found["search"]["facets"]["person"]
    pages = [run("entity", f'person:"{name}"', "--json") for name, _ in people]
    found["entity"] = max(pages, key=lambda page: (bool(page["quotes"]), len(page["articles"])))
    found["timeline"] = run("timeline", "--json")
    with redirect_stdout(io.StringIO()):
        main(["--home", home, "bookmark", article_id])
    found["note"] = run("note", article_id, "A note for the README test.", "--json")
    found["bookmarks"] = run("bookmarks", "--json")
    found["notes"] = run("notes", "--json")
    return found


def test_every_json_command_is_documented():
    documented = set(_documented_shapes())
    real = {name for name, options in _parser_commands().items() if "--json" in options}
    assert documented == real


def test_the_documented_json_fields_are_the_printed_ones(outputs):
    shapes = _documented_shapes()
    for command, shape in shapes.items():
        _compare(shape, outputs[command], command)
    assert outputs["entity"]["quotes"], "an entity with quotes, so their fields are compared"
