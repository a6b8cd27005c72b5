"""Config files: cleannews.toml, [tool.cleannews] in pyproject.toml, --config; flags override; `cleannews config`."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from cleannews import clean
from cleannews.cli import main
from cleannews.config import Config
from cleannews.settings import RunOptions, resolve, to_toml
from tests.conftest import article


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(article(1), encoding="utf-8")
    return tmp_path


def test_cleannews_toml_in_the_working_directory(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "cleannews.toml").write_text('keep-meta = true\ndisable = ["chrome"]\n', encoding="utf-8")
    code, out, err = run(capsys, "clean", "a.txt")
    assert (code, err) == (0, "")
    assert out == clean(article(1), keep_meta=True, disable=frozenset({"chrome"})).text
    assert out.startswith("Home\nWorld\n")


def test_flags_override_the_file(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "cleannews.toml").write_text('keep_meta = true\ndisable = ["chrome"]\n', encoding="utf-8")
    code, out, _ = run(capsys, "clean", "a.txt", "--no-keep-meta", "--disable", "rejoin")
    assert (code, out) == (0, clean(article(1), disable=frozenset({"rejoin"})).text)


def test_pyproject_table(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.cleannews]\nformat = "json"\ninclude = ["*.text"]\n', encoding="utf-8"
    )
    settings = resolve()
    assert (settings.run.format, settings.run.include) == ("json", ("*.text",))
    assert settings.source("format") == str(workdir / "pyproject.toml")


def test_cleannews_toml_wins_over_pyproject(workdir: Path) -> None:
    (workdir / "pyproject.toml").write_text('[tool.cleannews]\nlang = "fr"\n', encoding="utf-8")
    (workdir / "cleannews.toml").write_text('lang = "de"\n', encoding="utf-8")
    assert resolve().config.lang == "de"


def test_explicit_config_file(workdir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "cleannews.toml").write_text("keep_meta = true\n", encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text('disable = ["wire"]\n', encoding="utf-8")
    code, out, _ = run(capsys, "clean", "--config", str(other), "a.txt")
    assert (code, out) == (0, clean(article(1), disable=frozenset({"wire"})).text)


def test_missing_config_file(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "clean", "--config", "nope.toml", "a.txt") == (
        2,
        "",
        "cleannews: error: nope.toml: no such config file\n",
    )


def test_unknown_key_is_a_usage_error(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "cleannews.toml").write_text("keep_metadata = true\n", encoding="utf-8")
    code, out, err = run(capsys, "clean", "a.txt")
    assert (code, out) == (2, "")
    assert err.startswith(f"cleannews: error: {workdir / 'cleannews.toml'}: unknown setting 'keep_metadata'; known")
    assert "keep_meta" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("jobs = 1.5", "setting 'jobs': expected a whole number, got 1.5"),
        ('keep_meta = "yes"', "setting 'keep_meta': expected true or false, got 'yes'"),
        ('disable = ["chrome", 3]', "setting 'disable': expected a string, got 3"),
        ('disable = ["nope"]', None),
        ("rejoin_threshold = 2", None),
        ("keep_meta = ", None),
    ],
)
def test_bad_values_are_usage_errors(
    workdir: Path, line: str, message: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    config = workdir / "cleannews.toml"
    config.write_text(line + "\n", encoding="utf-8")
    code, out, err = run(capsys, "clean", "a.txt")
    assert (code, out) == (2, "")
    assert err.startswith("cleannews: error: ") and err.count("\n") == 1
    if message is not None:
        assert err == f"cleannews: error: {config}: {message}\n"


def test_config_command_prints_the_effective_settings(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "cleannews.toml").write_text('lang = "de"\njobs = 2\n', encoding="utf-8")
    code, out, err = run(capsys, "config")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"# cleannews settings in effect (config file: {workdir / 'cleannews.toml'})"
    assert f'lang = "de"  # {workdir / "cleannews.toml"}' in lines
    assert f"jobs = 2  # {workdir / 'cleannews.toml'}" in lines
    assert "keep_meta = false" in lines and 'include = ["*.txt"]' in lines


def test_every_setting_round_trips_through_the_config_command(tmp_path: Path) -> None:
    # Keys map to fields by name, so a field added to Config or RunOptions is a valid key at once.
    changed = {
        "lang": "de",
        "disable": frozenset({"chrome", "wire"}),
        "keep_meta": True,
        "rejoin_threshold": 0.75,
        "ui_strings": ("Daily Gazette", "Mehr “lesen”"),
        "jobs": 3,
        "include": ("*.md", "news/*.txt"),
        "encoding": "cp1252",
        "backup": ".orig",
    }
    first = resolve(changed, cwd=tmp_path)
    (tmp_path / "cleannews.toml").write_text(to_toml(first), encoding="utf-8")
    second = resolve(cwd=tmp_path)
    assert (second.config, second.run) == (first.config, first.run)
    names = {f.name for f in (*dataclasses.fields(Config), *dataclasses.fields(RunOptions))}
    assert {name for name, _, _ in second.items()} == names
    assert {name for name, _, source in first.items() if source != "default"} == set(changed)


def test_a_new_config_field_works_without_edits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Another engineer adds a field to Config: the config file and the flags accept it at once.
    from cleannews import settings

    @dataclasses.dataclass(frozen=True, slots=True)
    class Extended(Config):
        wire_patterns: tuple[str, ...] = ()
        profile: Path | None = None

        def replace(self, **changes: object) -> Extended:
            return dataclasses.replace(self, **changes)

    monkeypatch.setattr(settings, "Config", Extended)
    settings.setting_types.cache_clear()
    try:
        (tmp_path / "site").mkdir()
        (tmp_path / "site" / "cleannews.toml").write_text(
            'wire-patterns = ["^By .*$"]\nprofile = "profile.json"\n', encoding="utf-8"
        )
        result = resolve(cwd=tmp_path / "site")
        assert isinstance(result.config, Extended)
        assert result.config.wire_patterns == ("^By .*$",)
        assert result.config.profile == tmp_path / "site" / "profile.json"  # relative to the file
    finally:
        settings.setting_types.cache_clear()
