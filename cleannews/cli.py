"""The command line: options become settings, inputs go to the batch runner; nothing else.

An option of ``clean`` whose name is a field of :class:`~cleannews.config.Config` or
:class:`~cleannews.settings.RunOptions` is a setting: when given, it overrides the config file
(see :mod:`cleannews.settings`); no other code is needed for a new one.
"""

from __future__ import annotations

import dataclasses
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

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


class Engine(StrEnum):
    local = "local"
    dask = "dask"


EngineOption = Annotated[
    Engine, typer.Option("--engine", help="Where the work runs: local (a process pool) or dask (a Dask cluster).")
]
SchedulerOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="With --engine dask: a running scheduler (tcp://host:8786); none starts one on this machine.",
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cleannews {__version__}")
        raise typer.Exit()


ConfigOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--config",
        metavar="FILE",
        help="Read settings from this TOML file (default: ./cleannews.toml, ./pyproject.toml).",
    ),
]


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
    ctx: typer.Context,
    paths: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(metavar="PATH", help="Files or directories to clean; none or '-' reads stdin."),
    ] = None,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write here instead of stdout: a file, or a directory mirroring the inputs (a path or a URL).",
        ),
    ] = None,
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text, or json (one object per document per line).")
    ] = OutputFormat.text,
    lang: Annotated[
        str, typer.Option(metavar="CODE", help="Language for word frequencies (en, de, fr, es, pt, it, nl) or auto.")
    ] = "auto",
    keep_meta: Annotated[
        bool, typer.Option("--keep-meta/--no-keep-meta", help="Leave headline tags and trailers in the text.")
    ] = False,
    strip_dateline: Annotated[
        bool, typer.Option("--strip-dateline/--no-strip-dateline", help="Remove the dateline from the text.")
    ] = False,
    front_matter: Annotated[
        bool, typer.Option("--front-matter", help="Print the metadata as a YAML header above the text.")
    ] = False,
    rejoin_threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, metavar="X", help="Confidence needed to mend a broken line (0-1).")
    ] = 0.5,
    disable: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--disable", metavar="PASS", help="Skip a pass by name (repeatable); see 'cleannews passes'."),
    ] = None,
    ui_strings: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--ui-strings", metavar="FILE", help="A file of extra UI strings (one per line) to remove as page chrome."
        ),
    ] = None,
    encoding: Annotated[
        Optional[str], typer.Option(metavar="NAME", help="Decode inputs with this encoding instead of detecting it.")  # noqa: UP045
    ] = None,
    profile: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--profile", help="A site profile from 'cleannews profile build': its boilerplate lines go."),
    ] = None,
    learn_profile: Annotated[
        bool,
        typer.Option(
            "--learn-profile/--no-learn-profile",
            help="With a directory and no --profile: learn the lines its documents share first, and remove them.",
        ),
    ] = True,
    include: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--include", metavar="GLOB", help="Glob of files to clean in directories (repeatable; default *.txt)."
        ),
    ] = None,
    exclude: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--exclude", metavar="GLOB", help="Glob of files or directories to skip in directories (repeatable)."
        ),
    ] = None,
    in_place: Annotated[
        bool, typer.Option("--in-place", help="Rewrite each input with its cleaned text (atomically).")
    ] = False,
    backup: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--backup", metavar="SUFFIX", help="With --in-place, keep each original as FILE+SUFFIX."),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 if cleaning would change any document.")
    ] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Write nothing; print a unified diff of each change.")] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Inputs are JSON Lines: clean one field of every record.")
    ] = False,
    field: Annotated[
        str, typer.Option("--field", metavar="NAME", help="With --jsonl, the field holding the text.")
    ] = "text",
    meta_key: Annotated[
        str,
        typer.Option("--meta-key", metavar="KEY", help="With --jsonl, the key that receives metadata and provenance."),
    ] = "cleannews",
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, metavar="N", help="Worker processes (0: one per core).")
    ] = 0,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on stderr but errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Print a line per document on stderr.")] = False,
    config: ConfigOption = None,
) -> None:
    """Clean news text: remove page chrome, mend broken words, lift wire metadata."""
    from cleannews.batch import Request, run
    from cleannews.report import NORMAL, QUIET, VERBOSE
    from cleannews.settings import resolve
    from cleannews.storage import is_url

    flags = given_settings(ctx)
    if "ui_strings" in flags and ui_strings is not None:
        from cleannews.files import read_path
        from cleannews.lexicon import read_entries

        flags["ui_strings"] = tuple(read_entries(read_path(str(ui_strings))))
    flags.pop("profile", None)
    settings = resolve(flags, config)
    if profile is not None:
        settings = dataclasses.replace(settings, config=settings.config.replace(profile=_load_profile(profile)))
    verbosity = QUIET if quiet else VERBOSE if verbose else NORMAL
    target = output if output is None or is_url(output) else Path(output)
    request = Request(tuple(paths or ()), settings, target, in_place, check, diff, verbosity)
    raise typer.Exit(int(run(request)))


def _load_profile(path: Path) -> SiteProfile:
    from cleannews.files import read_path
    from cleannews.profile import SiteProfile

    try:
        return SiteProfile.loads(read_path(str(path)))
    except ValueError as exc:
        raise CleannewsError(f"{path}: {exc}; build one with 'cleannews profile build'", ExitCode.USAGE) from None


profile_app = typer.Typer(help="Learn a site's boilerplate from a batch of its pages.", no_args_is_help=True)
app.add_typer(profile_app, name="profile")


@profile_app.command("build")
def profile_build(
    paths: Annotated[
        list[str], typer.Argument(help="Files, or directories searched for --glob files (paths or URLs).")
    ],
    output: Annotated[str, typer.Option("--output", "-o", help="Where to write the profile (JSON; a path or a URL).")],
    min_docs: Annotated[int, typer.Option(min=1, help="A line must be in at least this many documents.")] = 3,
    min_share: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="... and in at least this share of them (0-1).")
    ] = 0.1,
    glob: Annotated[str, typer.Option(help="Which files to read in directories.")] = "*.txt",
    encoding: Annotated[
        Optional[str], typer.Option(help="Decode inputs with this encoding instead of detecting it.")  # noqa: UP045
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core; default: this process).")
    ] = 1,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
) -> None:
    """Count the lines that recur across the pages and save those that make the site's boilerplate."""
    from cleannews.profile_mapreduce import input_files, learn_profile
    from cleannews.work import write_output

    if scheduler is not None and engine is not Engine.dask:
        raise CleannewsError("--scheduler is the address of a Dask scheduler; add --engine dask", ExitCode.USAGE)
    files = input_files(paths, glob)
    if not files:
        raise CleannewsError(f"no {glob} files in {', '.join(paths)}; check the paths or --glob", ExitCode.USAGE)
    site, failures = learn_profile(files, min_docs, min_share, encoding, engine.value, jobs, scheduler)
    for message in failures:
        sys.stderr.write(f"cleannews: error: {message}\n")
    write_output(output, site.dumps())
    sys.stderr.write(f"cleannews: {len(site)} boilerplate lines from {site.n_docs} documents -> {output}\n")
    raise typer.Exit(int(ExitCode.INPUT_FAILED if failures else ExitCode.OK))


@app.command()
def explain(
    path: Annotated[str, typer.Argument(metavar="FILE", help="The file to explain; '-' reads stdin.")],
    lang: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="Language for word frequencies (en, de, fr, es, pt, it, nl) or auto."),
    ] = None,
    disable: Annotated[
        Optional[list[str]], typer.Option("--disable", help="Skip a pass by name (repeatable).")  # noqa: UP045
    ] = None,
    encoding: Annotated[
        Optional[str], typer.Option(help="Decode the input with this encoding instead of detecting it.")  # noqa: UP045
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Show the document with every removal and edit marked, labelled with its pass and reason."""
    from cleannews.render.explain import explain_to_stdout
    from cleannews.settings import resolve

    flags: dict[str, Any] = {"lang": lang, "disable": disable, "encoding": encoding}
    settings = resolve({k: v for k, v in flags.items() if v is not None}, config)
    explain_to_stdout(path, settings)


@app.command()
def passes() -> None:
    """List the passes, in the order they run, with what each does."""
    from cleannews.pipeline import PASSES

    width = max(len(p.name) for p in PASSES)
    for step in PASSES:
        typer.echo(f"{step.name:<{width}}  {step.summary}")


@app.command("config")
def show_config(config: ConfigOption = None) -> None:
    """Print the settings in effect here (defaults, then the config file) as TOML."""
    from cleannews.settings import resolve, to_toml

    typer.echo(to_toml(resolve({}, config)), nl=False)


def given_settings(ctx: typer.Context) -> dict[str, Any]:
    """The options given on the command line (not defaults) that are settings, by setting name."""
    from cleannews.settings import setting_types

    known = setting_types()
    given = {}
    for name, value in ctx.params.items():
        source = ctx.get_parameter_source(name)
        if name in known and source is not None and source.name not in ("DEFAULT", "DEFAULT_MAP"):
            given[name] = value
    return given


def main(argv: list[str] | None = None) -> int:
    """Run the command line; every error becomes one line on stderr and an exit code."""
    from cleannews.launch import fail, guarded

    args = list(argv if argv is not None else sys.argv[1:])

    def call() -> int:
        command = typer.main.get_command(app)
        try:
            return int(command.main(args=args or ["--help"], prog_name="cleannews", standalone_mode=False) or 0)
        except typer.Exit as exc:
            return int(exc.exit_code)
        except typer.Abort:
            raise KeyboardInterrupt from None
        except typer.TyperException as exc:  # usage errors: bad option, bad value, missing argument
            ctx = getattr(exc, "ctx", None)
            hint = f"; see '{ctx.command_path} --help'" if ctx is not None else ""
            return fail(f"{exc.format_message().rstrip('.')}{hint}", ExitCode.USAGE)

    return guarded(call, debug="--debug" in args)


def entry_point() -> None:
    sys.exit(main())
