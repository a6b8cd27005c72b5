"""Reading text from bytes and paths, and writing outputs atomically.

Decoding never guesses silently and never drops a byte: valid UTF-8 (with or without a BOM) and
UTF-16/32 (with a BOM, or evident from the pattern of NUL bytes) are decoded exactly; anything
else is either decoded with a detected encoding that passes the plausibility checks below (and a
warning on stderr says which), or refused with an error that names the first bad byte.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import itertools
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from cleannews.errors import CleannewsError

Note = Callable[[str], None]

# UTF-8's BOM is dropped and the rest decoded like any other input (it may hold stray bytes).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control bytes that text does not contain (tab, line feed, vertical tab, form feed, carriage
# return and escape are left out: they do occur in text files).
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
# How much of the input the binary and plausibility checks look at.
_SAMPLE_BYTES = 1 << 16
# More control bytes than this share of the sample: not text.
_MAX_CONTROL_SHARE = 0.05


def _stderr_note(message: str) -> None:
    sys.stderr.write(f"cleannews: warning: {message}\n")


def decode(data: bytes, name: str, encoding: str | None = None, note: Note = _stderr_note) -> str:
    """Decode ``data`` read from ``name``: the given encoding, a BOM, UTF-8, or a detected one.

    ``note`` receives a one-line message when the encoding had to be guessed.

    >>> decode("caf\\u00e9".encode("utf-8"), "x")
    'café'
    >>> decode(codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"), "x")
    'hi'
    >>> decode("hi there".encode("utf-16-le"), "x")
    'hi there'
    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR", "logo.png")
    Traceback (most recent call last):
    cleannews.errors.CleannewsError: logo.png: looks binary, not text
    """
    if encoding:
        return _decode_as(data, name, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, name, codec, "its byte order mark says")
    skipped = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    data = data[skipped:]  # offsets in messages still count it
    if b"\x00" in data:
        wide = _wide_encoding(data)
        if wide is None:
            raise CleannewsError(f"{name}: looks binary, not text")
        return _strict(data, name, wide, "its NUL bytes say")
    if _looks_binary(data):
        raise CleannewsError(f"{name}: looks binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = skipped + exc.start
    stray_note = f"{name}: UTF-8 with stray bytes (the first at byte {offset}), read as cp1252; check the output"
    if _mostly_utf8(data):
        note(stray_note)
        return data.decode("utf-8", errors=_STRAY_BYTES)
    try:
        return _detect(data, name, offset, note)
    except _StrayBytesError:
        note(stray_note)
        return data.decode("utf-8", errors=_STRAY_BYTES)


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise CleannewsError(f"unknown encoding {encoding!r}; use a name such as utf-8 or cp1252") from None
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"  # the BOM is not part of the text
    return _strict(data, name, codec, "--encoding says")


def _strict(data: bytes, name: str, codec: str, why: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise CleannewsError(
            f"{name}: not valid {codec} at byte {exc.start}, though {why} it is; give the right --encoding"
        ) from None


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM, recognised by where the NUL bytes fall.

    In text of almost any script, spaces, digits and line breaks put a NUL byte in every
    other (UTF-16) or in three of every four (UTF-32) byte positions; binary data has no
    such pattern.

    >>> _wide_encoding("국방부 장관은 2일".encode("utf-16-be"))
    'utf-16-be'
    >>> _wide_encoding("Seoul\\n".encode("utf-32-le"))
    'utf-32-le'
    >>> _wide_encoding(b"GIF89a\\x01\\x00\\x01\\x00\\x80\\x00\\x00") is None
    True
    """
    sample = data[:_SAMPLE_BYTES]
    candidates = (("utf-32-le", 4, (1, 2, 3)), ("utf-32-be", 4, (0, 1)), ("utf-16-le", 2, (1,)), ("utf-16-be", 2, (0,)))
    for codec, width, nul_positions in candidates:
        if len(data) % width:
            continue
        units = len(sample) // width
        for position in nul_positions:
            nuls = sample[position::width].count(0)
            if nuls < 0.3 * units:
                break
        else:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _control_share(text[: _SAMPLE_BYTES // width]) <= _MAX_CONTROL_SHARE:
                return codec
    return None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if ord(ch) < 0x20 and ch not in "\t\n\v\f\r\x1b")
    return controls / len(text)


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _mostly_utf8(data: bytes) -> bool:
    """Whether invalid bytes are strays in UTF-8 text: as many valid multi-byte characters as bad bytes.

    A file in a legacy 8-bit encoding almost never holds a valid UTF-8 multi-byte sequence,
    so one that holds as many of them as invalid bytes is UTF-8 with a few bytes from elsewhere.

    >>> _mostly_utf8("naïve ".encode() + b"\\xe9t\\xe9")
    False
    >>> _mostly_utf8("naïve café ".encode() + b"\\xe9t\\xe9")
    True
    """
    valid, invalid = _utf8_counts(data[:_SAMPLE_BYTES])
    return valid >= invalid > 0


def _utf8_counts(data: bytes) -> tuple[int, int]:
    """Valid multi-byte UTF-8 characters, and invalid bytes (runs), in ``data``."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    return valid, invalid


class _StrayBytesError(Exception):
    """Detection found UTF-8 with stray bytes the most plausible reading."""


def _cp1252_for_stray_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Decode bytes that are not UTF-8 one by one as cp1252 (latin-1 where cp1252 has a hole)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), exc.end


_STRAY_BYTES = "cleannews-stray-bytes"
codecs.register_error(_STRAY_BYTES, _cp1252_for_stray_bytes)

# Legacy encodings by how common they are on the web: when the bytes are equally plausible in
# several, the commoner one wins (most text that is not UTF-8 is Windows-1252).
_COMMON_ENCODINGS = (
    "cp1252",
    "iso8859_15",
    "latin_1",
    "cp1251",
    "cp932",
    "shift_jis",
    "gb18030",
    "gbk",
    "gb2312",
    "cp949",
    "euc_kr",
    "euc_jp",
    "big5",
    "cp1250",
    "iso8859_2",
    "cp1256",
    "cp1254",
    "iso8859_9",
    "cp874",
    "tis_620",
    "iso8859_7",
    "cp1253",
    "cp1255",
    "koi8_r",
    "koi8_u",
    "cp1257",
)
# Signs and punctuation that touch letters in ordinary text ("It’s", "20°C", "«Oui»", "¿Qué").
_ATTACHING = set("’‘'`´“”„«»‹›¿¡°%‰™®©·-‐‑–—…•§¶*†‡$€£¥¢\u00a0")
# Scripts that are written together within one word.
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "CJK": "CJK", "IDEOGRAPHIC": "CJK"}


def _detect(data: bytes, name: str, offset: int, note: Note) -> str:
    """Decode bytes that are not UTF-8 with the most plausible encoding charset-normalizer finds.

    Candidates with the fewest implausible characters (see :func:`implausible`) are kept, and
    charset-normalizer's favourite among them wins, unless it reads as Latin script: then
    Latin code pages, which differ in a few letters only, compete with them (it often misses
    the right one), and the decoding whose accented words are real words (wordfreq) wins, or
    else the most common encoding. When even the best has implausible characters, or nothing
    decodes, the user is asked for ``--encoding``.
    """
    from charset_normalizer import from_bytes

    failure = (
        f"{name}: not valid UTF-8 at byte {offset} and the encoding could not be detected with confidence; "
        "give it with --encoding (for example cp1252, cp1250, cp1251, shift_jis, gb18030)"
    )
    # Without a BOM or NUL bytes, UTF-16 and UTF-32 "detections" are false positives.
    matches = [m for m in from_bytes(data) if not m.encoding.startswith(("utf_16", "utf_32"))]
    if not matches or min(m.chaos for m in matches) > 0.2:
        raise CleannewsError(failure)
    least_chaos = min(m.chaos for m in matches)
    sample = data[:_SAMPLE_BYTES]
    scored = []
    for match in matches:  # in charset-normalizer's order, best first
        if match.chaos <= least_chaos + 0.1:
            text = sample.decode(match.encoding, errors="ignore")
            scored.append((implausible(text), text, match))
    fewest = min(penalty for penalty, _, _ in scored)
    if _utf8_counts(sample)[0] and implausible(sample.decode("utf-8", errors=_STRAY_BYTES)) <= fewest:
        raise _StrayBytesError  # some valid UTF-8 among the bad bytes, and that reading is as plausible
    tied = [(text, match) for penalty, text, match in scored if penalty == fewest]
    foreign = sum(1 for ch in tied[0][0] if ord(ch) > 0x7F)
    if fewest > 0.1 * max(foreign, 1):
        raise CleannewsError(failure)
    if not _mostly_latin(tied[0][0]):
        best = tied[0][1]
        note(f"{name}: not UTF-8 (byte {offset}); decoded as {best.encoding}, detected; {_OVERRIDE}")
        return str(best)
    # Latin script: charset-normalizer's candidates and the usual Latin code pages compete.
    options: dict[str, str] = {}  # decoded sample -> encoding, the commonest name for each text
    for text, match in tied:
        if _mostly_latin(text):
            options.setdefault(text, _common_name([match.encoding, *match.could_be_from_charset]))
    for codec in _LATIN_CODE_PAGES:
        with contextlib.suppress(UnicodeDecodeError):
            text = sample.decode(codec)
            if implausible(text) <= fewest:
                options[text] = _common_name([codec, options.get(text, codec)])
    languages = [language for _, match in tied for language in match.languages[:2]]
    chosen = _pick_latin(options, languages)
    try:
        decoded = data.decode(chosen)
    except UnicodeDecodeError:
        raise CleannewsError(failure) from None
    note(f"{name}: not UTF-8 (byte {offset}); decoded as {chosen}, detected; {_OVERRIDE}")
    return decoded


_OVERRIDE = "give --encoding if that is wrong"
_LATIN_CODE_PAGES = ("cp1252", "cp1250", "iso8859_2", "cp1257", "cp1254")


def _common_name(names: list[str]) -> str:
    """The most common of several encodings that give the same text."""
    return min(names, key=lambda n: _COMMON_ENCODINGS.index(n) if n in _COMMON_ENCODINGS else 99)


def _mostly_latin(text: str) -> bool:
    letters = [ch for ch in text if ord(ch) > 0x7F and ch.isalpha()]
    return sum(_script(ch) == "LATIN" for ch in letters) >= 0.5 * len(letters)


# charset-normalizer's language names, for the languages written in Latin script that wordfreq knows.
_WORDFREQ_LANGUAGES = {
    "English": "en", "German": "de", "French": "fr", "Dutch": "nl", "Italian": "it", "Polish": "pl",
    "Spanish": "es", "Portuguese": "pt", "Swedish": "sv", "Norwegian": "nb", "Finnish": "fi", "Czech": "cs",
    "Hungarian": "hu", "Turkish": "tr", "Romanian": "ro", "Danish": "da", "Slovak": "sk", "Slovene": "sl",
    "Croatian": "sh", "Serbian": "sh", "Lithuanian": "lt", "Latvian": "lv", "Catalan": "ca",
    "Indonesian": "id", "Vietnamese": "vi",
}  # fmt: skip


def _pick_latin(options: dict[str, str], languages: list[str]) -> str:
    """Among decodings in Latin script (text -> encoding), the one whose accented words are words.

    Latin code pages (cp1252, cp1250, ...) differ in a few accented letters, which
    charset-normalizer cannot tell apart in a short text: the words decide ("čtvrtek", not
    "ètvrtek"; wordfreq, in the languages charset-normalizer saw), then how common the encoding is.
    """
    codes = list(dict.fromkeys(_WORDFREQ_LANGUAGES[n] for n in languages if n in _WORDFREQ_LANGUAGES))[:3]

    def known_words(text: str) -> int:
        if not codes or len(options) == 1:
            return 0
        from wordfreq import zipf_frequency

        accented = {w.strip(".,;:!?\"'()[]«»“”‘’¿¡") for w in text.split() if not w.isascii()}
        return sum(any(zipf_frequency(w, code) >= 1.0 for code in codes) for w in accented if w)

    def commonness(encoding: str) -> int:
        return _COMMON_ENCODINGS.index(encoding) if encoding in _COMMON_ENCODINGS else 99

    return max(options.items(), key=lambda item: (known_words(item[0]), -commonness(item[1])))[1]


def implausible(text: str) -> int:
    """Count the characters and words that a wrong decoding typically produces.

    Those are control and unassigned characters, symbols and digits stuck to a letter ("zia³",
    "╧Ёш"), punctuation inside a word ("f¦r"), words that mix scripts ("cafй"), Latin words
    with no plain letter at all ("Ďđčâĺň", Russian read as cp1250), and UTF-8 mojibake ("cafĂ©").

    >>> implausible("powiedział, że zostaną"), implausible("powiedzia³, ¿e zostan¹")
    (0, 2)
    >>> implausible("It’s 20°C, «très» ¿qué? 東京、大阪。"), implausible("cafй"), implausible("Ďđčâĺň, ěčđ.")
    (0, 1, 2)
    """
    count = 0
    word: list[str] = []
    previous = " "
    for i, ch in enumerate(text):
        category = unicodedata.category(ch)
        if category[0] in "LM":
            word.append(ch)
            previous = ch
            continue
        count += _implausible_word(word)
        word.clear()
        following = text[i + 1] if i + 1 < len(text) else " "
        count += _implausible_sign(ch, category, previous.isalpha(), following.isalpha())
        previous = ch
    return count + _implausible_word(word) + _mojibake(text)


def _mojibake(text: str) -> int:
    """ftfy's count of UTF-8 read as a legacy code page ("cafÃ©"): mixed input read whole as cp1252."""
    from ftfy.badness import badness

    return int(badness(text))


def _implausible_sign(ch: str, category: str, after_letter: bool, before_letter: bool) -> bool:
    if ch.isascii() or ch in _ATTACHING or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef":
        return False  # plain ASCII, common signs, CJK and full-width punctuation
    if category[0] == "C":
        return True
    if category[0] in "SN":
        return after_letter or before_letter
    return category[0] == "P" and after_letter and before_letter


def _implausible_word(word: list[str]) -> int:
    if not word or all(ch.isascii() for ch in word):
        return 0
    scripts = {_script(ch) for ch in word if ch.isalpha()}
    if len(scripts) > 1:
        return 1
    if scripts != {"LATIN"}:
        return 0
    if len(word) >= 3 and not any(ch.isascii() for ch in word):
        return 1
    # A capital with an accent right after a small letter: "cafĂŠ", "naĂŻve" (UTF-8 read as cp1250).
    return sum(1 for a, b in itertools.pairwise(word) if a.islower() and b.isupper() and not b.isascii())


def _script(ch: str) -> str:
    if ch < "\u0080":
        return "LATIN"
    try:
        first = unicodedata.name(ch).split()[0]
    except ValueError:
        return "UNKNOWN"
    return _SCRIPT_GROUPS.get(first, first)


def read_path(path: str, encoding: str | None = None, note: Note = _stderr_note) -> str:
    """Read and decode a file, with errors a user can act on."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise CleannewsError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CleannewsError(f"{path}: is a directory; give a file, or a directory with -o OUTDIR") from None
    except PermissionError:
        raise CleannewsError(f"{path}: permission denied") from None
    except ValueError:  # a NUL character in the path
        raise CleannewsError(f"{path!r}: not a valid path") from None
    except OSError as exc:
        raise CleannewsError(f"{path}: cannot read ({_reason(exc)})") from None
    return decode(data, path, encoding, note)


def _reason(exc: OSError) -> str:
    return exc.strerror or (errno.errorcode.get(exc.errno, "") if exc.errno else "") or str(exc)


# A file name may have 255 bytes; the temporary file's name adds a dot, a random part and ".tmp".
_MAX_TEMP_STEM = 120  # bytes


def write_atomic(path: Path, text: str, mode: int | None = None) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never half-written."""
    with open_atomic(path, mode) as handle:
        handle.write(text)


@contextlib.contextmanager
def open_atomic(path: Path, mode: int | None = None) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` only when the block ends without an error.

    The temporary file sits beside ``path`` (a rename is atomic only within one file system);
    when it replaces an existing file, it reaches the disk before the rename, so that a power
    cut cannot leave an empty file in place of the old one (a new file has nothing to lose, and
    syncing each of thousands of outputs would take longer than cleaning them). An error or
    Ctrl-C removes it and leaves ``path`` as it was. ``mode`` sets the permissions (default:
    what a new file gets under the umask, not the owner-only mode of a temporary file). A
    failure to write (a full disk, a name too long, no permission) becomes a one-line
    :class:`CleannewsError`.
    """
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replacing = os.path.lexists(path)
        stem = os.fsencode(path.name)[:_MAX_TEMP_STEM].decode(errors="ignore")
        fd, tmp = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=path.parent)
        os.fchmod(fd, new_file_mode() if mode is None else mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            if replacing:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise CleannewsError(f"{path}: cannot write ({_reason(exc)}); it was left as it was") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


@lru_cache(maxsize=1)
def new_file_mode() -> int:
    """The permissions ``open()`` gives a new file: 0o666 less the umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
