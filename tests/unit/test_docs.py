"""The docs cannot rot: every command, setting and error code is documented where users look."""

from pathlib import Path

import pytest
import typer.main

from rasd.cli import app
from rasd.config import settings
from rasd.errors import CATALOGUE

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    group = typer.main.get_group(app)
    return sorted(group.commands)


@pytest.mark.parametrize("name", command_names())
def test_every_command_is_in_the_readme_and_has_help(name):
    assert f"`rasd {name}" in README, f"README does not document `rasd {name}`"
    command = typer.main.get_group(app).commands[name]
    assert command.help and command.help.strip()


@pytest.mark.parametrize("name, default, env, help_text", settings())
def test_every_setting_is_in_the_readme(name, default, env, help_text):
    assert f"| {name} | `{env}` |" in README


def test_readme_commands_exist():
    assert "bash scripts/demo.sh" in README and "bash scripts/test.sh" in README
    assert (ROOT / "scripts" / "demo.sh").exists() and (ROOT / "scripts" / "test.sh").exists()
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text()


def test_error_codes_are_unique_and_titled():
    assert all(code[0] == "E" and title for code, title in CATALOGUE.items())
