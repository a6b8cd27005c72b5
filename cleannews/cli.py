"""The command line: options become a Config, inputs go through the pipeline; nothing else."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from cleannews import __version__
from cleannews.errors import CleannewsError, ExitCode

if TYPE_CHECKING:
    from cleannews.profile import SiteProfile

app = typer.Typer(
    name="cleannews",
    help="Clean text scraped or copied from news pages: article text plus metadata.",
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cleannews {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on internal errors.")] = False,
) -> None:
    """Clean text scraped or copied from news pages: article text plus metadata."""


@app.command()
def clean(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files to clean; none or '-' reads stdin.")] = None,  # noqa: UP045
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help="Write here instead of stdout: a file, or a directory for many inputs."),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text, or json (one object per document per line).")
    ] = OutputFormat.text,
    lang: Annotated[
        str, typer.Option(help="Language for word frequencies (en, de, fr, es, pt, it, nl) or auto.")
    ] = "auto",
    keep_meta: Annotated[
        bool, typer.Option("--keep-meta", help="Leave headline tags and trailers in the text.")
    ] = False,
    strip_dateline: Annotated[
        bool, typer.Option("--strip-dateline", help="Remove the dateline from the text.")
    ] = False,
    front_matter: Annotated[
        bool, typer.Option("--front-matter", help="Print the metadata as a YAML header above the text.")
    ] = False,
    rejoin_threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Confidence needed to mend a broken line (0-1).")
    ] = 0.5,
    disable: Annotated[
        Optional[list[str]], typer.Option("--disable", help="Skip a pass by name (repeatable); see 'cleannews passes'.")  # noqa: UP045
    ] = None,
    ui_strings: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--ui-strings", help="A file of extra UI strings (one per line) to remove as page chrome."),
    ] = None,
    encoding: Annotated[
        Optional[str], typer.Option(help="Decode inputs with this encoding instead of detecting it.")  # noqa: UP045
    ] = None,
    profile: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--profile", help="A site profile from 'cleannews profile build': its boilerplate lines go."),
    ] = None,
) -> None:
    """Clean news text: remove page chrome, mend broken words, lift wire metadata."""
    from cleannews.config import Config
    from cleannews.lexicon import read_entries
    from cleannews.pipeline import PASS_NAMES

    if front_matter and output_format is OutputFormat.json:
        raise CleannewsError("--front-matter is for text output; JSON already has the metadata", ExitCode.USAGE)
    unknown = sorted(set(disable or ()) - set(PASS_NAMES))
    if unknown:
        raise CleannewsError(f"unknown pass {unknown[0]!r}; choose from {', '.join(PASS_NAMES)}", ExitCode.USAGE)
    extra: tuple[str, ...] = ()
    if ui_strings is not None:
        from cleannews.files import read_path

        extra = tuple(read_entries(read_path(str(ui_strings))))
    cfg = Config(
        disable=frozenset(disable or ()),
        lang=lang,
        keep_meta=keep_meta,
        strip_dateline=strip_dateline,
        rejoin_threshold=rejoin_threshold,
        ui_strings=extra,
        profile=_load_profile(profile) if profile is not None else None,
    )
    from cleannews.run import run_clean

    fmt = "front-matter" if front_matter else output_format.value
    code = run_clean(paths or ["-"], output, fmt, cfg, encoding)
    raise typer.Exit(int(code))


profile_app = typer.Typer(help="Learn a site's boilerplate from a batch of its pages.", no_args_is_help=True)
app.add_typer(profile_app, name="profile")


@profile_app.command("build")
def profile_build(
    paths: Annotated[list[str], typer.Argument(help="Files, or directories searched for --glob files.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the profile (JSON).")],
    min_docs: Annotated[int, typer.Option(min=1, help="A line must be in at least this many documents.")] = 3,
    min_share: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="... and in at least this share of them (0-1).")
    ] = 0.1,
    glob: Annotated[str, typer.Option(help="Which files to read in directories.")] = "*.txt",
    encoding: Annotated[
        Optional[str], typer.Option(help="Decode inputs with this encoding instead of detecting it.")  # noqa: UP045
    ] = None,
) -> None:
    """Count the lines that recur across the pages and save those that make the site's boilerplate."""
    from cleannews.files import write_atomic
    from cleannews.profile import profile_from_files, text_files

    files = text_files(paths, glob)
    if not files:
        raise CleannewsError(f"no {glob} files in {', '.join(paths)}; check the paths or --glob", ExitCode.USAGE)
    site, failures = profile_from_files(files, min_docs, min_share, encoding)
    for message in failures:
        sys.stderr.write(f"cleannews: error: {message}\n")
    write_atomic(output, site.dumps())
    sys.stderr.write(f"cleannews: {len(site)} boilerplate lines from {site.n_docs} documents -> {output}\n")
    raise typer.Exit(int(ExitCode.INPUT_FAILED if failures else ExitCode.OK))


def _load_profile(path: Path) -> SiteProfile:
    from cleannews.files import read_path
    from cleannews.profile import SiteProfile

    try:
        return SiteProfile.loads(read_path(str(path)))
    except ValueError as exc:
        raise CleannewsError(f"{path}: {exc}; build one with 'cleannews profile build'", ExitCode.USAGE) from None


@app.command()
def passes() -> None:
    """List the passes, in the order they run, with what each does."""
    from cleannews.pipeline import PASSES

    width = max(len(p.name) for p in PASSES)
    for step in PASSES:
        typer.echo(f"{step.name:<{width}}  {step.summary}")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; every error becomes one line on stderr and an exit code."""
    command = typer.main.get_command(app)
    args = list(argv if argv is not None else sys.argv[1:])
    debug = "--debug" in args
    try:
        code = command.main(args=args or ["--help"], prog_name="cleannews", standalone_mode=False)
    except CleannewsError as exc:
        return _fail(exc.message, exc.code)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.TyperException as exc:  # usage errors: bad option, bad value, missing argument
        ctx = getattr(exc, "ctx", None)
        hint = f"; see '{ctx.command_path} --help'" if ctx is not None else ""
        return _fail(f"{exc.format_message().rstrip('.')}{hint}", ExitCode.USAGE)
    except (KeyboardInterrupt, typer.Abort):
        return _fail("interrupted", ExitCode.INTERRUPTED)
    except Exception as exc:  # a bug: say so in one line, with the traceback only on request
        if debug:
            raise
        return _fail(f"internal error: {type(exc).__name__}: {exc}; rerun with --debug and report it")
    return int(code or 0)


def _fail(message: str, code: ExitCode = ExitCode.INPUT_FAILED) -> int:
    sys.stderr.write(f"cleannews: error: {message}\n")
    return int(code)


def entry_point() -> None:
    sys.exit(main())
