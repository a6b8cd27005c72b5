"""Every command and every option is documented in the README (sqlite-utils' idea)."""

from __future__ import annotations

import re

import pytest
import typer

from cleannews.cli import app
from cleannews.errors import ExitCode
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMAND = typer.main.get_command(app)
COMMANDS = sorted(COMMAND.commands)  # type: ignore[attr-defined]
OPTIONS = sorted(
    {(name, opt) for name in COMMANDS for p in COMMAND.commands[name].params for opt in p.opts if opt.startswith("--")}  # type: ignore[attr-defined]
    | {("", opt) for p in COMMAND.params for opt in p.opts if opt.startswith("--")}
)


def documented(text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(text)}(?![\w-])", README) is not None


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_documented(name: str) -> None:
    assert documented(f"cleannews {name}"), f"`cleannews {name}` is not in README.md"


@pytest.mark.parametrize(("command", "option"), OPTIONS, ids=[f"{c or 'cleannews'} {o}" for c, o in OPTIONS])
def test_option_is_documented(command: str, option: str) -> None:
    assert documented(option), f"{option} of `cleannews {command}` is not in README.md"


@pytest.mark.parametrize("code", list(ExitCode), ids=lambda c: c.name)
def test_exit_code_is_documented(code: ExitCode) -> None:
    assert re.search(rf"^\| {int(code)} \|", README, re.MULTILINE), f"exit code {int(code)} is not in README.md"
