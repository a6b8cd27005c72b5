"""Effective settings: defaults, then a config file, then command-line flags, each overriding the last.

A config file is ``--config FILE``, else ``cleannews.toml`` in the working directory, else the
``[tool.cleannews]`` table of ``pyproject.toml`` there. Its keys are the field names of
:class:`~cleannews.config.Config` (how a document is cleaned) and of :class:`RunOptions` (how a
batch runs), with ``-`` or ``_``; values are converted by the field's type, so a field added to
either class is a valid key at once.
"""

from __future__ import annotations

import dataclasses
import enum
import os
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cleannews.config import Config
from cleannews.errors import CleannewsError, ExitCode

CONFIG_FILE = "cleannews.toml"
PYPROJECT = "pyproject.toml"
DEFAULT = "default"
COMMAND_LINE = "command line"
# Checked before parsing a pyproject.toml, which most projects have for other tools.
_HAS_OUR_TABLE = re.compile(rb"^\s*\[\s*tool\s*\.\s*cleannews\s*\]", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How a batch runs, as opposed to how each document is cleaned (that is :class:`Config`)."""

    #: ``text`` (the cleaned text) or ``json`` (one JSON record per document).
    format: str = "text"
    #: With text output: the metadata as a YAML header above the text.
    front_matter: bool = False
    #: Worker processes; 0 means one per available core.
    jobs: int = 0
    #: File-name globs a directory walk picks up (a glob with ``/`` matches the relative path).
    include: tuple[str, ...] = ("*.txt",)
    #: Globs of files and directories a walk skips.
    exclude: tuple[str, ...] = ()
    #: Decode inputs with this encoding instead of detecting it.
    encoding: str | None = None
    #: Read inputs as JSON Lines, one document per record.
    jsonl: bool = False
    #: With ``jsonl``: the record field holding the text to clean.
    field: str = "text"
    #: With ``jsonl``: the key under which each record gets the metadata and provenance.
    meta_key: str = "cleannews"
    #: With ``--in-place``: keep each original beside it, with this suffix added.
    backup: str | None = None
    #: Where the work runs: ``local`` (a process pool) or ``dask`` (a Dask cluster).
    engine: str = "local"
    #: With ``engine = "dask"``: the scheduler's address; none starts a cluster on this machine.
    scheduler: str | None = None
    #: With a directory among the inputs and no ``profile``: first learn the lines the batch's
    #: documents share (a site profile, as ``cleannews profile build`` makes) and remove them too.
    learn_profile: bool = True

    def replace(self, **changes: Any) -> RunOptions:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run uses, and where each value came from (for ``cleannews config``)."""

    config: Config = field(default_factory=Config)
    run: RunOptions = field(default_factory=RunOptions)
    #: Setting name -> the config file's path or "command line"; absent: the default.
    sources: Mapping[str, str] = field(default_factory=dict)
    #: The config file that was read, if any.
    file: Path | None = None

    def source(self, name: str) -> str:
        """Where setting ``name`` came from: "default", the config file, or "command line"."""
        return self.sources.get(name, DEFAULT)

    def items(self) -> list[tuple[str, Any, str]]:
        """(name, value, source) for every setting, document settings first."""
        rows = []
        for obj in (self.config, self.run):
            for f in dataclasses.fields(obj):
                rows.append((f.name, getattr(obj, f.name), self.source(f.name)))
        return rows


@lru_cache(maxsize=1)
def setting_types() -> dict[str, tuple[type, Any]]:
    """Every setting name -> (the dataclass it belongs to, its type)."""
    from cleannews.profile import SiteProfile  # named only for type checkers in config.py

    table: dict[str, tuple[type, Any]] = {}
    for cls in (Config, RunOptions):
        hints = typing.get_type_hints(cls, localns={"SiteProfile": SiteProfile})
        for f in dataclasses.fields(cls):
            table[f.name] = (cls, hints[f.name])
    return table


def resolve(
    flags: Mapping[str, Any] | None = None, config_file: Path | None = None, cwd: Path | None = None
) -> Settings:
    """Defaults, overridden by the config file, overridden by ``flags`` (flags given on the command line).

    >>> s = resolve({"lang": "de", "jobs": 2}, cwd=Path("/nonexistent"))
    >>> s.config.lang, s.run.jobs, s.source("lang"), s.source("keep_meta")
    ('de', 2, 'command line', 'default')
    """
    file_values: dict[str, Any] = {}
    path = find_config_file(config_file, cwd or Path.cwd())
    if path is not None:
        file_values = read_config_file(path)
    sources: dict[str, str] = {}
    values: dict[str, Any] = {}
    for origin, layer in ((str(path), file_values), (COMMAND_LINE, dict(flags or {}))):
        for key, value in layer.items():
            name = key.replace("-", "_")
            values[name] = convert(name, value, origin, base=path.parent if path and origin != COMMAND_LINE else None)
            sources[name] = origin
    table = setting_types() if values else {}
    config_changes = {k: v for k, v in values.items() if table[k][0] is Config}
    run_changes = {k: v for k, v in values.items() if table[k][0] is RunOptions}
    settings = Settings(Config().replace(**config_changes), RunOptions().replace(**run_changes), sources, path)
    validate(settings)
    return settings


def find_config_file(explicit: Path | None, cwd: Path) -> Path | None:
    """The config file in force: the one given, else ``cleannews.toml``, else a pyproject with the table."""
    if explicit is not None:
        if not explicit.is_file():
            raise CleannewsError(f"{explicit}: no such config file", ExitCode.USAGE)
        return explicit
    own = cwd / CONFIG_FILE
    if own.is_file():
        return own
    pyproject = cwd / PYPROJECT
    if pyproject.is_file() and _HAS_OUR_TABLE.search(pyproject.read_bytes()):
        return pyproject
    return None


def read_config_file(path: Path) -> dict[str, Any]:
    """The settings table of a config file (``[tool.cleannews]`` for a pyproject.toml)."""
    import tomllib

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise CleannewsError(f"{path}: cannot read ({exc.strerror})", ExitCode.USAGE) from None
    except tomllib.TOMLDecodeError as exc:
        raise CleannewsError(f"{path}: not valid TOML ({exc})", ExitCode.USAGE) from None
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("cleannews", {})
    elif isinstance(data.get("tool"), dict) and "cleannews" in data["tool"] and len(data) == 1:
        data = data["tool"]["cleannews"]  # a pyproject-style file given with --config
    if not isinstance(data, dict):
        raise CleannewsError(f"{path}: [tool.cleannews] must be a table", ExitCode.USAGE)
    return data


def convert(name: str, value: Any, origin: str, base: Path | None = None) -> Any:
    """``value`` for setting ``name`` as its field's type; a wrong key or type is a usage error.

    >>> convert("disable", ["rejoin"], "x.toml")
    frozenset({'rejoin'})
    >>> convert("include", "*.md", "x.toml")
    ('*.md',)
    """
    table = setting_types()
    if name not in table:
        known = ", ".join(sorted(table))
        raise CleannewsError(f"{origin}: unknown setting {name!r}; known settings: {known}", ExitCode.USAGE)
    try:
        return _coerce(table[name][1], value, base)
    except (TypeError, ValueError) as exc:
        raise CleannewsError(f"{origin}: setting {name!r}: {exc}", ExitCode.USAGE) from None


def _coerce(kind: Any, value: Any, base: Path | None) -> Any:
    """Convert a TOML (or command-line) value to ``kind``, a field's type annotation."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if isinstance(value, enum.Enum):
        value = value.value
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for option in (a for a in args if a is not type(None)):
            try:
                return _coerce(option, value, base)
            except (TypeError, ValueError) as exc:
                errors.append(str(exc))
        raise TypeError("; ".join(errors))
    if origin in (tuple, frozenset, list, set):
        items = [value] if isinstance(value, str | Path) else value
        if not isinstance(items, list | tuple | set | frozenset):
            raise TypeError(f"expected a list, got {value!r}")
        item_kind = args[0] if args else Any
        converted = [_coerce(item_kind, item, base) for item in items]
        return origin(converted)
    if origin is typing.Literal:
        if value not in args:
            raise ValueError(f"expected one of {', '.join(map(repr, args))}, got {value!r}")
        return value
    if kind is Any:
        return value
    if kind is bool:
        if not isinstance(value, bool):
            raise TypeError(f"expected true or false, got {value!r}")
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected a whole number, got {value!r}")
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"expected a number, got {value!r}")
        return float(value)
    if kind is str:
        if not isinstance(value, str):
            raise TypeError(f"expected a string, got {value!r}")
        return value
    if isinstance(kind, type) and issubclass(kind, Path):
        if not isinstance(value, str | os.PathLike):
            raise TypeError(f"expected a path, got {value!r}")
        path = Path(value).expanduser()
        return base / path if base is not None and not path.is_absolute() else path
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if isinstance(kind, type) and not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {value!r}")
    return value


def validate(settings: Settings) -> None:
    """Checks that need more than a type: pass names, formats, ranges."""
    from cleannews.pipeline import PASS_NAMES

    cfg, run = settings.config, settings.run
    unknown = sorted(set(cfg.disable) - set(PASS_NAMES))
    if unknown:
        raise CleannewsError(f"unknown pass {unknown[0]!r}; choose from {', '.join(PASS_NAMES)}", ExitCode.USAGE)
    if run.format not in ("text", "json"):
        raise CleannewsError(f"unknown format {run.format!r}; choose text or json", ExitCode.USAGE)
    if run.front_matter and run.format == "json":
        raise CleannewsError("--front-matter is for text output; JSON already has the metadata", ExitCode.USAGE)
    if run.scheduler is not None and run.engine != "dask":
        raise CleannewsError("--scheduler is the address of a Dask scheduler; add --engine dask", ExitCode.USAGE)
    if run.jobs < 0:
        raise CleannewsError(f"jobs must be 0 (all cores) or more, not {run.jobs}", ExitCode.USAGE)
    if not 0.0 <= cfg.rejoin_threshold <= 1.0:
        raise CleannewsError(f"rejoin_threshold must be between 0 and 1, not {cfg.rejoin_threshold}", ExitCode.USAGE)
    if run.backup is not None and (not run.backup or "/" in run.backup):
        raise CleannewsError(
            f"backup suffix {run.backup!r} must be a non-empty name suffix such as .bak", ExitCode.USAGE
        )


def to_toml(settings: Settings) -> str:
    """The effective settings as a TOML file (``cleannews config > cleannews.toml`` round-trips).

    >>> [line for line in to_toml(resolve({"lang": "de"}, cwd=Path("/x"))).splitlines() if "lang" in line]
    ['lang = "de"  # command line']
    """
    import json

    where = str(settings.file) if settings.file else "none"
    lines = [f"# cleannews settings in effect (config file: {where})", ""]
    for name, value, source in settings.items():
        note = "" if source == DEFAULT else f"  # {source}"
        if value is None:
            lines.append(f"# {name} is not set{note}")
            continue
        if isinstance(value, frozenset | set):
            value = sorted(value)
        if isinstance(value, tuple | list):
            rendered = "[" + ", ".join(json.dumps(str(v), ensure_ascii=False) for v in value) + "]"
        elif isinstance(value, bool):
            rendered = "true" if value else "false"
        elif isinstance(value, int | float):
            rendered = repr(value)
        else:
            rendered = json.dumps(str(value), ensure_ascii=False)
        lines.append(f"{name} = {rendered}{note}")
    return "\n".join(lines) + "\n"
