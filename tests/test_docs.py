"""Docs that are checked: commands, options and settings in docs/cli.md, event types in docs/events.md,
value kinds in docs/normalize.md, and every `--help` runs.

The lists come from the code (the Typer/Click command tree, `Settings.documented_fields()`,
`model.EVENT_TYPES`, `model.VALUE_KINDS`), so a new command, option, setting, type or kind
fails here until the docs name it. When a test fails, add the item to the doc; do not weaken the test.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
import typer.main
from typer.testing import CliRunner

from newsgraph.cli import app  # registers every command module on the app
from newsgraph.model import EVENT_TYPES, MODALITIES, VALUE_KINDS
from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CLI_DOC = (DOCS / "cli.md").read_text(encoding="utf-8")
EVENTS_DOC = (DOCS / "events.md").read_text(encoding="utf-8")
NORMALIZE_DOC = (DOCS / "normalize.md").read_text(encoding="utf-8")


def command_tree() -> list[tuple[tuple[str, ...], click.Command]]:
    """Every command and group below the root, as (path, command), depth first."""
    out = []

    def walk(cmd: click.Command, path: tuple[str, ...]) -> None:
        for name, sub in sorted(getattr(cmd, "commands", {}).items()):
            out.append(((*path, name), sub))
            walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return out


COMMANDS = command_tree()
LEAVES = [(path, cmd) for path, cmd in COMMANDS if not isinstance(cmd, click.Group)]


def _ids(items):
    return [" ".join(path) for path, _ in items]


def mentions(text: str, phrase: str) -> bool:
    """`phrase` occurs as a whole: not followed by a letter, digit, hyphen or underscore."""
    return re.search(re.escape(phrase) + r"(?![\w-])", text) is not None


def sections(doc: str) -> dict[str, str]:
    """Level-2 sections of a Markdown file: heading line → body up to the next level-2 heading."""
    parts = re.split(r"^(## .*)$", doc, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def command_section(path: tuple[str, ...]) -> str | None:
    """The section of docs/cli.md whose heading is this command (`## \\`newsgraph eval ner …\\``)."""
    name = "newsgraph " + " ".join(path)
    for heading, body in sections(CLI_DOC).items():
        if re.match(r"## `" + re.escape(name) + r"(?:[ `])", heading):
            return heading + "\n" + body
    return None


def long_options(cmd: click.Command) -> list[str]:
    return [opt for param in cmd.params for opt in param.opts if opt.startswith("--") and opt != "--help"]


def test_the_command_tree_is_found():
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"ingest", "extract", "export", "eval", "eval ner", "eval events"} <= names


# ---------------------------------------------------------------- commands and options

@pytest.mark.parametrize("path,cmd", COMMANDS, ids=_ids(COMMANDS))
def test_every_command_is_in_cli_doc(path, cmd):
    assert mentions(CLI_DOC, "newsgraph " + " ".join(path)), f"docs/cli.md never names `newsgraph {' '.join(path)}`"


@pytest.mark.parametrize("path,cmd", LEAVES, ids=_ids(LEAVES))
def test_every_command_has_a_section_naming_its_options(path, cmd):
    section = command_section(path)
    assert section is not None, f"docs/cli.md has no `## \\`newsgraph {' '.join(path)} …\\`` section"
    missing = [opt for opt in long_options(cmd) if not mentions(section, opt)]
    assert not missing, f"the section of `newsgraph {' '.join(path)}` does not mention {missing}"


def test_cli_doc_has_no_section_for_an_unknown_command():
    known = {" ".join(path) for path, _ in COMMANDS}
    for heading in sections(CLI_DOC):
        match = re.match(r"## `newsgraph ((?:[a-z][\w-]* ?)+)", heading)
        if match:
            words = match.group(1).split()
            named = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in known), None)
            assert named is not None, f"docs/cli.md documents a command that does not exist: {heading}"


def test_global_options_are_documented():
    root = typer.main.get_command(app)
    missing = [opt for opt in long_options(root) if not mentions(CLI_DOC, opt)]
    assert not missing, f"docs/cli.md does not mention the global options {missing}"


@pytest.mark.parametrize("path", [()] + [path for path, _ in COMMANDS], ids=["newsgraph"] + _ids(COMMANDS))
def test_every_help_runs(path):
    result = CliRunner().invoke(app, [*path, "--help"], prog_name="newsgraph")
    assert result.exit_code == 0, result.output
    assert "Usage: newsgraph " + " ".join(path) in " ".join(result.output.split())


def test_help_through_the_entry_point():
    out = subprocess.run([sys.executable, "-m", "newsgraph", "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    for path, _ in COMMANDS:
        if len(path) == 1:
            assert path[0] in out.stdout


# ---------------------------------------------------------------- settings

SETTINGS = Settings.documented_fields()
SETTINGS_SECTION = sections(CLI_DOC).get("## Settings", "")


def _settings_row(name: str) -> str | None:
    match = re.search(r"^\| `" + re.escape(name) + r"` \|.*$", SETTINGS_SECTION, re.M)
    return match.group(0) if match else None


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_every_setting_has_help_and_a_row_in_cli_doc(name):
    assert SETTINGS[name].strip(), f"Settings.{name} has no help text (field metadata 'help')"
    row = _settings_row(name)
    assert row is not None, f"the Settings section of docs/cli.md has no row for `{name}`"
    for env in re.findall(r"\$(NEWSGRAPH_[A-Z_]+)", SETTINGS[name]):
        assert env in row, f"Settings.{name} is read from ${env}; its row in docs/cli.md should say so"


def test_settings_section_names_no_unknown_setting():
    documented = re.findall(r"^\| `(\w+)` \|", SETTINGS_SECTION, re.M)
    assert documented, "docs/cli.md has no Settings table"
    assert set(documented) <= set(SETTINGS), f"stale rows: {set(documented) - set(SETTINGS)}"


# ---------------------------------------------------------------- event types and value kinds

def _table_row(doc: str, key: str) -> str | None:
    match = re.search(r"^\| " + re.escape(key) + r" \|.*$", doc, re.M)
    return match.group(0) if match else None


@pytest.mark.parametrize("etype", list(EVENT_TYPES))
def test_every_event_type_is_in_events_doc(etype):
    row = _table_row(EVENTS_DOC, etype)
    assert row is not None, f"docs/events.md has no table row `| {etype} | …`"
    missing = [role for role in EVENT_TYPES[etype]
               if not re.search(r"\b" + re.escape(role) + r"\b", row) and f"`{role}`" not in EVENTS_DOC]
    assert not missing, f"docs/events.md never names the {etype} role(s) {missing}"


def test_every_modality_is_in_events_doc():
    missing = [m for m in MODALITIES if not mentions(EVENTS_DOC, m)]
    assert not missing, f"docs/events.md never names the modalities {missing}"


@pytest.mark.parametrize("kind", VALUE_KINDS)
def test_every_value_kind_is_in_normalize_doc(kind):
    assert _table_row(NORMALIZE_DOC, kind) is not None, f"docs/normalize.md has no table row `| {kind} | …`"


def test_normalize_doc_lists_no_unknown_kind():
    table = sections(NORMALIZE_DOC).get("## Value kinds and shapes", "")
    rows = re.findall(r"^\| (\w+) \|", table, re.M)
    assert set(rows) - {"kind"} <= set(VALUE_KINDS), f"unknown kinds in docs/normalize.md: {set(rows) - {'kind'}}"
