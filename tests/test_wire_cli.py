"""The wire options on the command line, and the YAML front matter read back by a real parser."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from cleannews import clean
from cleannews.cli import main
from cleannews.document import Dateline
from cleannews.frontmatter import front_matter, yaml_string
from tests.conftest import CASES, SAMPLE

STORY = CASES / "reuters-update.txt"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_keep_meta_leaves_tags_byline_and_credits(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "--keep-meta", str(STORY))
    assert (code, err) == (0, "")
    assert out.startswith("UPDATE 2-Port strike halts grain exports as talks stall - Reuters\n\nBy Jane Doe\n\n")
    assert out.endswith("Editing by Tom Brown)\n")


def test_strip_dateline(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "--strip-dateline", str(STORY))
    assert (code, err) == (0, "")
    assert "\n\nA strike at the country's largest grain port" in out
    assert "LONDON, Jan 5 (Reuters)" not in out


def test_front_matter_is_yaml_above_the_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "--front-matter", str(STORY))
    assert (code, err) == (0, "")
    _, header, text = out.split("---\n", 2)
    meta = yaml.safe_load(header)
    assert meta == {
        "title": "Port strike halts grain exports as talks stall",
        "tags": ["UPDATE 2"],
        "dateline": {"text": "LONDON, Jan 5 (Reuters) -", "place": "LONDON", "date": "Jan 5", "agency": "Reuters"},
        "byline": "Jane Doe",
        "source": "Reuters",
        "credits": [
            "Reporting by Jane Doe in London; Additional reporting by Chen Wei in Singapore; Editing by Tom Brown"
        ],
        "copyright": None,
    }
    assert text == clean(STORY.read_text(encoding="utf-8")).text


def test_front_matter_with_json_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "clean", "--front-matter", "--format", "json", str(SAMPLE))
    assert (code, out) == (2, "")
    assert err == "cleannews: error: --front-matter is for text output; JSON already has the metadata\n"


def test_front_matter_into_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "clean", "--front-matter", str(SAMPLE), str(STORY), "-o", str(tmp_path))
    assert code == 0
    written = (tmp_path / "yonhap-nato-lead.txt").read_text(encoding="utf-8")
    assert yaml.safe_load(written.split("---\n")[1])["tags"] == ["LEAD"]


@pytest.mark.parametrize(
    "value",
    ["yes", "no", "null", "~", "1e3", "0x1F", "- item", "key: value", "# comment", "'quoted'", '"dq"', "@at", "*ref"],
)
def test_strings_that_yaml_would_misread_stay_strings(value: str) -> None:
    assert yaml.safe_load(f"v: {yaml_string(value)}") == {"v": value}


@given(st.text())
def test_any_string_survives_a_yaml_round_trip(value: str) -> None:
    assert yaml.safe_load(f"v: {yaml_string(value)}") == {"v": value}


@given(st.lists(st.text(), max_size=3), st.one_of(st.none(), st.text()))
def test_front_matter_round_trips(credits: list[str], place: str | None) -> None:
    result = clean("Talks fail\n\nBody text here.\n")
    result = type(result)(
        **{
            **{f: getattr(result, f) for f in result.__slots__},
            "credits": tuple(credits),
            "dateline": Dateline("X", place, None, None),
        }
    )
    header = front_matter(result)
    meta = yaml.safe_load(header.removeprefix("---\n").removesuffix("---\n"))
    assert meta["credits"] == credits and meta["dateline"]["place"] == place
