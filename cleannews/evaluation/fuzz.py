"""Fuzz cleannews for minutes (``make fuzz``, not in CI): bytes in, and nothing may crash or go unaccounted.

The target decodes arbitrary bytes as the CLI does, cleans the text and checks what must hold
for every input: no exception but a :class:`CleannewsError`, a JSON record that encodes, an
output that ends in one newline, and provenance that replays to the output. ``--idempotence``
also checks that cleaning twice changes nothing (known pass bugs make it fail today; see
``tests/test_hostile.py``).

Engines: atheris (coverage-guided; ``pip install -e '.[fuzz]'``) when it is installed, else
hypothesis with a time budget. Every crash found becomes a regression test in
``tests/test_hostile.py``; atheris also writes it to ``crash-*`` in the current directory.

    python -m cleannews.evaluation.fuzz --seconds 300
"""

from __future__ import annotations

import argparse
import sys
import time

from cleannews.errors import CleannewsError


class InvariantError(AssertionError):
    """An invariant that cleaning must keep did not hold."""


def check(data: bytes, idempotence: bool = False) -> None:
    """Run one input through decoding and cleaning; raise if an invariant breaks."""
    from cleannews import clean
    from cleannews.files import decode
    from cleannews.provenance import replay

    try:
        text = decode(data, "<fuzz>", note=lambda _: None)
    except CleannewsError:
        return  # binary or undecodable: refused with a message, which is right
    result = clean(text)
    result.to_json_line().encode("utf-8")
    if result.text and not (result.text.endswith("\n") and not result.text.endswith("\n\n")):
        raise InvariantError(f"output does not end in one newline: {result.text[-20:]!r}")
    rebuilt = replay(text, result.removed, result.edits)
    if rebuilt != result.text:
        raise InvariantError(f"replay differs from the output: {rebuilt!r} != {result.text!r}")
    if idempotence and (again := clean(result.text).text) != result.text:
        raise InvariantError(f"not idempotent: {result.text!r} -> {again!r}")


def fuzz_with_atheris(seconds: int, idempotence: bool, corpus: list[str]) -> int:
    import atheris

    with atheris.instrument_imports():
        import cleannews.files
        import cleannews.pipeline
        import cleannews.provenance  # noqa: F401

    def one_input(data: bytes) -> None:
        check(data, idempotence)

    atheris.Setup([sys.argv[0], f"-max_total_time={seconds}", "-max_len=4096", *corpus], one_input)
    atheris.Fuzz()
    return 0


def fuzz_with_hypothesis(seconds: int, idempotence: bool) -> int:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    from cleannews.evaluation.articles import articles

    # Bytes, text encoded in a few ways, and article-like text with page damage.
    text = st.text(max_size=2000)
    inputs = st.one_of(
        st.binary(max_size=2000),
        text.map(lambda t: t.encode("utf-8")),
        text.map(lambda t: t.encode("utf-16")),
        text.map(lambda t: t.encode("cp1252", errors="ignore")),
        articles().map(lambda t: t.encode("utf-8")),
    )
    deadline = time.monotonic() + seconds
    examples = 0
    while time.monotonic() < deadline:

        @settings(
            max_examples=500,
            deadline=None,
            database=None,
            phases=[Phase.generate, Phase.shrink],
            suppress_health_check=list(HealthCheck),
        )
        @given(inputs)
        def run(data: bytes) -> None:
            check(data, idempotence)

        run()
        examples += 500
        print(f"fuzz: {examples} inputs, no failure", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=300, help="how long to fuzz (default 300)")
    parser.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    parser.add_argument("--idempotence", action="store_true", help="also require clean(clean(x)) == clean(x)")
    parser.add_argument("corpus", nargs="*", help="atheris: directories of seed inputs (and where new ones go)")
    args = parser.parse_args(argv)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    print(f"fuzz: {engine} for {args.seconds} s", file=sys.stderr)
    if engine == "atheris":
        return fuzz_with_atheris(args.seconds, args.idempotence, args.corpus)
    return fuzz_with_hypothesis(args.seconds, args.idempotence)


if __name__ == "__main__":
    sys.exit(main())
