"""Text from untrusted bytes: decoding (whole or line by line) and neutralising what a terminal or
a reader would obey: control characters, terminal escape sequences and bidi overrides."""

from __future__ import annotations

import codecs
import re

from wetgen.inputs.limits import RefusedInput

FALLBACK = "wetgen-cp1252"  # codec error handler: undecodable bytes read as Windows-1252


def _cp1252(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("cp1252", "replace"), error.end


codecs.register_error(FALLBACK, _cp1252)

# Terminal escape sequences are removed whole: CSI (colours, cursor moves, clearing the screen),
# OSC/DCS/SOS/PM/APC strings (window titles, hyperlinks) and two-character escapes.
_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
_SEQUENCE_START = re.compile("[\x1b\x90\x98\x9b\x9d\x9e\x9f]")
# Then single characters: C0 and C1 controls but tab and newline, DEL, the bidi embeddings,
# overrides, isolates and marks (Trojan Source), byte-order marks, interlinear annotation marks
# and the noncharacters U+FFFE/U+FFFF. Lone surrogates become U+FFFD.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\ufeff\ufff9-\ufffb\ufffe\uffff]"
)
_BREAK = re.compile("[\t\n]")
_SURROGATE = re.compile("[\ud800-\udfff]")
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c\x1b")


def neutralise(text: str, visible: bool = False) -> str:
    """Remove what a terminal or a reader would obey rather than show: control characters (but
    tab and newline), escape sequences and bidi controls; with `visible`, show each (and tabs and
    newlines) as an escape ("\\x1b", "\\u202e") instead, for names people must recognise."""
    if not text:
        return text
    text = _SURROGATE.sub("\ufffd", text)
    if visible:
        return _BREAK.sub(_escaped, _CONTROL.sub(_escaped, text))
    if _SEQUENCE_START.search(text):
        text = _SEQUENCE.sub("", text)
    return _CONTROL.sub("", text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str, width: int = 300) -> str:
    """Return text as one neutralised line of at most `width` characters, for a message."""
    line = " ".join(neutralise(text).split())
    return line if len(line) <= width else line[: width - 1] + "…"


def looks_binary(head: bytes) -> bool:
    """Tell whether bytes are binary data rather than text: NUL bytes or many other controls."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    sample = head[:4096]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls > max(2, len(sample) // 100)


def decode_text(data: bytes, where: str) -> tuple[str, list[str]]:
    """Decode a whole text: by its byte-order mark, else UTF-8, else Windows-1252 (with a
    warning); refuse binary data."""
    if looks_binary(data):
        raise RefusedInput(where, "binary data where text was expected")
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    return text, [f"{where}: not UTF-8, read as Windows-1252"]


class LineDecoder:
    """Decode a text line by line, so that one bad byte garbles at most one line, never the file.

    The file's encoding is UTF-8 unless a sample of it has non-ASCII lines and not one of them is
    valid UTF-8 (then it is a Windows-1252 file, said once). In a UTF-8 file, the bytes of a line
    that are not valid UTF-8 are read as Windows-1252 (the rest of the line stays UTF-8), and the
    line is named in a warning.
    """

    def __init__(self, where: str, sample: bytes) -> None:
        self.where = where
        self.bad: list[int] = []
        self.nul: list[int] = []
        self.legacy = _legacy(sample)

    def decode(self, number: int, raw: bytes) -> str:
        """Return line `number` (1-based) decoded; remember it when it needed help."""
        if b"\x00" in raw:
            self.nul.append(number)
            raw = raw.replace(b"\x00", b"")
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if self.legacy:
            return raw.decode("cp1252", errors="replace")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.bad.append(number)
            return raw.decode("utf-8", errors=FALLBACK)

    def warnings(self) -> list[str]:
        """Return one warning per kind of help the lines needed."""
        out = []
        if self.legacy:
            out.append(f"{self.where}: not UTF-8, read as Windows-1252")
        if self.bad:
            out.append(f"{self.where}: {_lines(self.bad)} not valid UTF-8: the bad bytes were read "
                       "as Windows-1252")  # fmt: skip
        if self.nul:
            out.append(f"{self.where}: NUL bytes removed from {_lines(self.nul)}")
        return out


def _legacy(sample: bytes) -> bool:
    lines = sample.split(b"\n")
    if len(lines) > 1:
        lines = lines[:-1]  # the last one may be cut in the middle of a character
    good = bad = 0
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            bad += 1
    return bad > 0 and good == 0


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:5]))
    more = f" and {len(numbers) - 5} more" if len(numbers) > 5 else ""
    return f"line {shown}{more}" if len(numbers) == 1 else f"lines {shown}{more}"
