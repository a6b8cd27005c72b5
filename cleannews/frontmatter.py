"""A result's metadata as a YAML front-matter header above its text (``--front-matter``).

Written by hand rather than with a YAML library: the header is a fixed, flat shape, and every
string is emitted as a double-quoted YAML scalar, built from a JSON string (JSON strings are YAML
double-quoted scalars) with the characters YAML reads differently escaped as well. So no value
can turn into a number, a boolean, null, a comment or a second key, whatever it holds.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from cleannews import regexes

if TYPE_CHECKING:
    from cleannews.result import Result

# Characters a YAML double-quoted scalar may not hold raw, or folds as a line break:
# C0/C1 controls and DEL (json.dumps escapes only the C0 ones), NEL, the Unicode line and
# paragraph separators, surrogates, and the two non-characters at the top of the BMP.
_YAML_UNSAFE = regexes.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


def yaml_string(value: str | None) -> str:
    """A YAML scalar for ``value``: ``null``, or a double-quoted string.

    >>> print(yaml_string('Yes: "no" # not a comment'))
    "Yes: \\"no\\" # not a comment"
    >>> print(yaml_string("line\\u2028break"), yaml_string(None))
    "line\\u2028break" null
    """
    if value is None:
        return "null"
    quoted = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", quoted)


def _yaml_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(yaml_string(v) for v in values) + "]"


def front_matter(result: Result) -> str:
    """The ``---`` delimited YAML header with the result's metadata.

    >>> from cleannews import clean
    >>> print(front_matter(clean("(LEAD) Rain floods Seoul\\n\\nSEOUL (Yonhap) -- Rain fell.\\n")), end="")
    ---
    title: "Rain floods Seoul"
    tags: ["LEAD"]
    dateline:
      text: "SEOUL (Yonhap) --"
      place: "SEOUL"
      date: null
      agency: "Yonhap"
    byline: null
    source: "Yonhap"
    credits: []
    copyright: null
    ---
    """
    lines = ["---", f"title: {yaml_string(result.title)}", f"tags: {_yaml_list(result.tags)}"]
    if result.dateline is None:
        lines.append("dateline: null")
    else:
        lines.append("dateline:")
        for key, value in result.dateline.to_json().items():
            lines.append(f"  {key}: {yaml_string(value)}")
    lines += [
        f"byline: {yaml_string(result.byline)}",
        f"source: {yaml_string(result.source)}",
        f"credits: {_yaml_list(result.credits)}",
        f"copyright: {yaml_string(result.copyright)}",
        "---",
    ]
    return "\n".join(lines) + "\n"
