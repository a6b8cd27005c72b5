"""Decoding bytes and reading and writing files: every kind of bad input gives text or one clear error."""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path

import pytest

from cleannews import files
from cleannews.errors import CleannewsError
from cleannews.files import decode, implausible, read_path, write_atomic

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300")
GZIP = bytes.fromhex("1f8b08000000000000034b4c4a0600c241243503000000")


def quiet(data: bytes, encoding: str | None = None) -> tuple[str, list[str]]:
    notes: list[str] = []
    return decode(data, "in.txt", encoding, notes.append), notes


def error_of(data: bytes, encoding: str | None = None) -> str:
    with pytest.raises(CleannewsError) as caught:
        quiet(data, encoding)
    return caught.value.message


# -- text that needs no guessing ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"", ""),
        (b"   \n\t\n", "   \n\t\n"),
        ("Café à Genève".encode(), "Café à Genève"),
        (codecs.BOM_UTF8 + "Café".encode(), "Café"),
        (codecs.BOM_UTF16_LE + "서울 뉴스".encode("utf-16-le"), "서울 뉴스"),
        (codecs.BOM_UTF16_BE + "서울 뉴스".encode("utf-16-be"), "서울 뉴스"),
        (codecs.BOM_UTF32_LE + "Kyiv 😀".encode("utf-32-le"), "Kyiv 😀"),
        ("Seoul, Nov. 30\r\n".encode("utf-16-le"), "Seoul, Nov. 30\r\n"),  # no BOM: the NULs say so
        ("국방부 장관은 2일\n".encode("utf-16-be"), "국방부 장관은 2일\n"),
        ("Athens 2024\n".encode("utf-32-le"), "Athens 2024\n"),
        (b"a\rb\r\nc\n", "a\rb\r\nc\n"),  # line endings are the pipeline's business
        (b"tab\tand escape \x1b[0m stay", "tab\tand escape \x1b[0m stay"),
    ],
)
def test_exact_decodings_say_nothing(data: bytes, text: str) -> None:
    assert quiet(data) == (text, [])


def test_mixed_scripts_survive_decoding() -> None:
    text = "서울 (연합뉴스) \u200fمرحبا\u200f 👨‍👩‍👧 e\u0301te\u0301 Ελλάδα\n"
    assert quiet(text.encode())[0] == text


# -- binary ------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [PNG, JPEG, GZIP, b"text\x00with a NUL", bytes(range(256)) * 4, b"\x01\x02\x03" * 50])
def test_binary_is_refused(data: bytes) -> None:
    assert error_of(data) == "in.txt: looks binary, not text"


def test_a_few_control_characters_do_not_make_text_binary() -> None:
    text = "Headline\n\nBody with a stray \x07 bell and a \x0c form feed.\n" * 5
    assert quiet(text.encode())[0] == text


# -- legacy encodings --------------------------------------------------------------------------

LEGACY = [
    ("cp1252", "Le ministre a déclaré jeudi que les négociations reprendraient à Genève après l'été."),
    ("cp1252", "Le café est prêt."),
    ("latin-1", "El presidente señaló que la economía española crecerá más de lo previsto este año."),
    ("cp1252", "Il presidente ha detto che la città sarà più forte perché è unita."),
    ("cp1252", "Regeringen meddelade på torsdagen att förhandlingarna fortsätter i Göteborg."),
    ("cp1252", "He said \u201chello\u201d \u2014 and left. It\u2019s fine, the \u20ac5 fee\u2026"),
    ("cp1250", "Minister obrony powiedział w czwartek, że negocjacje zostaną wznowione. Łódź."),
    ("cp1250", "Vláda ve čtvrtek oznámila, že rozpočet na příští rok schválí až v prosinci."),
    ("cp1250", "A kormány csütörtökön bejelentette, hogy a tárgyalások jövő héten folytatódnak."),
    ("iso-8859-2", "Minister obrony powiedział w czwartek, że negocjacje zostaną wznowione."),
    ("cp1251", "Министр обороны заявил в четверг, что переговоры будут продолжены."),
    ("cp1251", "Привет, мир."),
    ("koi8-r", "Министр обороны заявил в четверг, что переговоры будут продолжены на следующей неделе."),
    ("iso-8859-7", "Ο υπουργός Άμυνας δήλωσε την Πέμπτη ότι οι διαπραγματεύσεις θα συνεχιστούν."),
    ("cp1255", "שר הביטחון אמר ביום חמישי כי המשא ומתן יימשך בשבוע הבא."),
    ("cp1256", "قال وزير الدفاع يوم الخميس إن المفاوضات ستستمر الأسبوع المقبل."),
    ("shift_jis", "防衛相は木曜日、来週に協議を再開すると述べた。東京の天気は晴れです。"),
    ("euc-jp", "防衛相は木曜日、来週に協議を再開すると述べた。"),
    ("gbk", "国防部长周四表示，谈判将于下周继续进行。北京今天天气晴朗。"),
    ("big5", "國防部長週四表示，談判將於下週繼續進行。"),
    ("euc-kr", "국방부 장관은 목요일 다음 주에 협상을 재개할 것이라고 밝혔다."),
    ("tis-620", "รัฐมนตรีกลาโหมกล่าวเมื่อวันพฤหัสบดีว่าการเจรจาจะดำเนินต่อไปในสัปดาห์หน้า"),
]


@pytest.mark.parametrize(("encoding", "text"), LEGACY, ids=[f"{e}-{i}" for i, (e, _) in enumerate(LEGACY)])
def test_legacy_encodings_are_detected_and_announced(encoding: str, text: str) -> None:
    decoded, notes = quiet(text.encode(encoding))
    assert decoded == text
    assert len(notes) == 1 and notes[0].startswith("in.txt: not UTF-8 (byte ")
    assert "decoded as" in notes[0] and "--encoding" in notes[0]


def test_turkish_cp1254_is_a_known_weakness() -> None:
    """cp1254 differs from cp1252 in six letters and charset-normalizer does not propose it:
    the text comes out as cp1252 (announced on stderr); --encoding cp1254 reads it right."""
    text = "Hükümet perşembe günü müzakerelerin gelecek hafta İstanbul'da devam edeceğini açıkladı."
    data = text.encode("cp1254")
    decoded, notes = quiet(data)
    assert decoded == data.decode("cp1252") and "cp1252" in notes[0]
    assert quiet(data, "cp1254") == (text, [])


def test_utf8_with_stray_bytes_keeps_the_utf8() -> None:
    data = "Le café à Genève, naïve — “quoted” ".encode() + b"caf\xe9 " + "été.".encode()
    decoded, notes = quiet(data)
    assert decoded == "Le café à Genève, naïve — “quoted” café été."
    offset = data.index(b"\xe9 ")
    assert notes == [f"in.txt: UTF-8 with stray bytes (the first at byte {offset}), read as cp1252; check the output"]


def test_utf8_bom_with_stray_bytes() -> None:
    data = codecs.BOM_UTF8 + "naïve café ".encode() + b"\xe9t\xe9"
    decoded, notes = quiet(data)
    assert decoded == "naïve café été"
    assert "the first at byte 16" in notes[0]


def test_mostly_latin1_with_some_utf8_is_not_read_as_cp1250() -> None:
    """Whole-file detection reads "café" as "cafĂŠ" (cp1250) here; UTF-8 with strays is more plausible."""
    data = "Le café ".encode() + "coûte très cher à Genève, déjà là-bas.".encode("latin-1")
    decoded, notes = quiet(data)
    assert decoded == "Le café coûte très cher à Genève, déjà là-bas."
    assert notes[0].startswith("in.txt: UTF-8 with stray bytes (the first at byte 11)")


def test_truncated_utf8_at_the_end_keeps_every_byte() -> None:
    data = "Défense, sécurité, coopération: ".encode() + "é".encode()[:1]
    decoded, _ = quiet(data)
    assert decoded == "Défense, sécurité, coopération: Ã"


def test_undetectable_bytes_name_the_offset_and_suggest_encoding() -> None:
    data = b"plain ascii then " + bytes(range(0x80, 0x100))
    message = error_of(data)
    assert message.startswith("in.txt: not valid UTF-8 at byte 17 and the encoding could not be detected")
    assert "--encoding" in message


def test_short_latin1_is_not_taken_for_utf16() -> None:
    """charset-normalizer proposes UTF-16 for b"caf\\xe9"; without a BOM or NULs it is refused."""
    assert quiet(b"caf\xe9")[0] == "café"


def test_implausible_counts_what_wrong_decodings_produce() -> None:
    assert implausible("Příliš žluťoučký kůň úpěl ďábelské ódy") == 0
    assert implausible("P\ufffdWest ¹ zostan¹") == 2
    assert implausible("f¦rhandlingarna") == 1
    assert implausible("╧ЁштхҐ") >= 1


# -- --encoding --------------------------------------------------------------------------------


def test_given_encoding_wins() -> None:
    assert quiet("prêt".encode("cp1252"), "cp1252") == ("prêt", [])
    assert quiet("Ελλάδα".encode("iso-8859-7"), "iso-8859-7") == ("Ελλάδα", [])


def test_given_utf8_drops_the_bom() -> None:
    assert quiet(codecs.BOM_UTF8 + b"Seoul", "utf-8") == ("Seoul", [])


def test_given_encoding_that_does_not_fit_names_the_byte() -> None:
    assert error_of(b"ok \xff no", "utf-8") == (
        "in.txt: not valid utf-8 at byte 3, though --encoding says it is; give the right --encoding"
    )


def test_unknown_encoding() -> None:
    assert error_of(b"x", "klingon") == "unknown encoding 'klingon'; use a name such as utf-8 or cp1252"


def test_broken_utf16_after_a_bom_is_refused_not_replaced() -> None:
    data = codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8"  # a lone surrogate
    assert error_of(data).startswith("in.txt: not valid utf-16 at byte")


# -- reading paths -----------------------------------------------------------------------------


def read_error(path: str) -> str:
    with pytest.raises(CleannewsError) as caught:
        read_path(path, note=lambda _: None)
    return caught.value.message


def test_missing_file(tmp_path: Path) -> None:
    assert read_error(str(tmp_path / "gone.txt")) == f"{tmp_path / 'gone.txt'}: no such file"


def test_directory_instead_of_file(tmp_path: Path) -> None:
    assert read_error(str(tmp_path)).startswith(f"{tmp_path}: is a directory")


def test_file_inside_a_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    message = read_error(str(tmp_path / "a.txt" / "b.txt"))
    assert message == f"{tmp_path / 'a.txt' / 'b.txt'}: cannot read (Not a directory)"


def test_name_too_long(tmp_path: Path) -> None:
    long_name = str(tmp_path / ("n" * 300 + ".txt"))
    assert read_error(long_name) == f"{long_name}: cannot read (File name too long)"


def test_nul_in_path() -> None:
    assert read_error("a\x00b.txt") == "'a\\x00b.txt': not a valid path"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    assert read_error(str(locked)) == f"{locked}: permission denied"


def test_unreadable_file_as_any_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert read_error(str(tmp_path / "locked.txt")) == f"{tmp_path / 'locked.txt'}: permission denied"


def test_read_error_from_the_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(self: Path) -> bytes:
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(self))

    monkeypatch.setattr(Path, "read_bytes", fail)
    assert read_error(str(tmp_path / "x.txt")) == f"{tmp_path / 'x.txt'}: cannot read (Input/output error)"


# -- writing -----------------------------------------------------------------------------------


def test_write_creates_parents_with_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.txt"
    write_atomic(target, "café\n")
    assert target.read_bytes() == "café\n".encode()
    assert stat.S_IMODE(target.stat().st_mode) == files.new_file_mode()
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


def test_write_keeps_newlines_as_given(tmp_path: Path) -> None:
    write_atomic(tmp_path / "o.txt", "a\r\nb\n")
    assert (tmp_path / "o.txt").read_bytes() == b"a\r\nb\n"


def test_write_with_a_name_near_the_limit(tmp_path: Path) -> None:
    """The temporary file's name must not be longer than the target's: 250 bytes is a legal name."""
    target = tmp_path / ("é" * 123 + ".txt")  # 250 bytes in UTF-8
    write_atomic(target, "x\n")
    assert target.read_text() == "x\n"
    assert len(list(tmp_path.iterdir())) == 1


def test_write_with_a_name_too_long(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 300)
    with pytest.raises(CleannewsError) as caught:
        write_atomic(target, "x\n")
    assert caught.value.message == f"{target}: cannot write (File name too long); it was left as it was"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_full_disk_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("the previous output\n")

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if failing == "write":
        real_fdopen = os.fdopen

        class FullDisk:
            def __init__(self, handle: object) -> None:
                self.handle = handle

            def __enter__(self) -> FullDisk:
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()  # type: ignore[attr-defined]

            def write(self, text: str) -> int:
                self.handle.write(text[: len(text) // 2])  # type: ignore[attr-defined]
                self.handle.flush()  # type: ignore[attr-defined]
                no_space()
                return 0

        monkeypatch.setattr(files.os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    else:
        monkeypatch.setattr(files.os, failing, no_space)
    with pytest.raises(CleannewsError) as caught:
        write_atomic(target, "the new output, longer than the old one\n" * 100)
    assert caught.value.message == f"{target}: cannot write (No space left on device); it was left as it was"
    assert target.read_text() == "the previous output\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_interrupted_write_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"

    def write_then_interrupt() -> None:
        with files.open_atomic(target) as handle:
            handle.write("half")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_then_interrupt()
    assert list(tmp_path.iterdir()) == []


def test_parent_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    with pytest.raises(CleannewsError) as caught:
        write_atomic(tmp_path / "plain" / "out.txt", "y")
    assert caught.value.message.startswith(f"{tmp_path / 'plain' / 'out.txt'}: cannot write (")
