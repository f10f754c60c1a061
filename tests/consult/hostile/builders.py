"""Byte builders for hostile test files: zips with patched headers, PDFs, XLSX, DOCX, ODT, e-mail.

Every builder returns bytes and is deterministic (fixed zip timestamps, seeded randomness), so the
corpus is the same on every run and nothing binary needs to be committed.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from collections.abc import Iterable
from xml.sax.saxutils import escape

FIXED_TIME = (2026, 12, 15, 12, 0, 0)
LOCAL_HEADER = b"PK\x03\x04"
CENTRAL_HEADER = b"PK\x01\x02"


# --- zip archives --------------------------------------------------------------------------


def zip_bytes(
    members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED, attrs: dict[str, int] | None = None
) -> bytes:
    """Return a zip archive of `members` (name → bytes), with fixed timestamps."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = method
            if attrs and name in attrs:
                info.external_attr = attrs[name]
            archive.writestr(info, data)
    return out.getvalue()


def patch_headers(data: bytes, *, flags: int | None = None, method: int | None = None) -> bytes:
    """Set the general-purpose flags or the compression method in every local and central header."""
    out = bytearray(data)
    for signature, flag_at, method_at in ((LOCAL_HEADER, 6, 8), (CENTRAL_HEADER, 8, 10)):
        start = out.find(signature)
        while start != -1:
            if flags is not None:
                old = struct.unpack_from("<H", out, start + flag_at)[0]
                struct.pack_into("<H", out, start + flag_at, old | flags)
            if method is not None:
                struct.pack_into("<H", out, start + method_at, method)
            start = out.find(signature, start + 4)
    return bytes(out)


def corrupt_member(data: bytes, needle: bytes) -> bytes:
    """Flip one byte of a stored member's data (found by `needle`), so its CRC no longer matches."""
    at = data.index(needle)
    return data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1 :]


def deflate_stream(data: bytes) -> bytes:
    """Return `data` in zlib format (what a PDF's /FlateDecode holds)."""
    return zlib.compress(data, 9)


def deflate_run(chunk: bytes, repeat: int, header: bool = True) -> bytes:
    """Return deflate data of `chunk` repeated `repeat` times, in zlib format or raw.

    Once the window is full of the chunk, each further chunk compresses (after a sync flush) to
    the same bytes, so a gigabyte-sized stream is built by repeating them: no gigabyte is ever
    compressed or held."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_SYNC_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_SYNC_FLUSH)
    body = first + again * (repeat - 1) + b"\x03\x00"  # an empty final block
    if not header:
        return body
    adler = 1
    for _ in range(repeat):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + body + struct.pack(">I", adler)


def raw_deflate_zip(name: str, chunk: bytes, repeat: int) -> bytes:
    """Return a one-member zip whose member is `chunk` × `repeat`, built without holding it whole."""
    body = deflate_run(chunk, repeat, header=False)
    crc = 0
    for _ in range(repeat):
        crc = zlib.crc32(chunk, crc)
    size = len(chunk) * repeat
    encoded = name.encode()
    dos_time, dos_date = (12 << 11), ((2026 - 1980) << 9) | (12 << 5) | 15
    common = struct.pack("<HHHHHIII", 20, 0, 8, dos_time, dos_date, crc, len(body), size)
    local = LOCAL_HEADER + common + struct.pack("<HH", len(encoded), 0) + encoded
    central = (
        CENTRAL_HEADER + struct.pack("<H", 20) + common
        + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, 0) + encoded
    )  # fmt: skip
    end = b"PK\x05\x06" + struct.pack(
        "<HHHHIIH", 0, 0, 1, 1, len(central), len(local) + len(body), 0
    )
    return local + body + central + end


# --- Office packages -----------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_DOC_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def docx_document(paragraphs: Iterable[str]) -> bytes:
    """Return a word/document.xml with one w:p per paragraph."""
    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'.encode()


def docx_bytes(document: bytes, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Return a minimal .docx package around a word/document.xml."""
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{_DOC_TYPE}"/></Types>'
    )
    rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_RELS}">'
        f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    return zip_bytes(
        {"[Content_Types].xml": types.encode(), "_rels/.rels": rels.encode(), "word/document.xml": document},
        method,
    )


def xlsx_bytes(
    rows: list[list[str]], dimension: str | None = None, sheet_xml: bytes | None = None,
    extra: dict[str, bytes] | None = None, drop: tuple[str, ...] = (),
    method: int = zipfile.ZIP_DEFLATED,
) -> bytes:  # fmt: skip
    """Return a minimal .xlsx with inline-string cells; parts can be replaced, added or dropped."""
    ns = _SHEET_NS
    sheet = sheet_xml or make_sheet(rows, dimension, ns)
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    )
    parts = {
        "[Content_Types].xml": types.encode(),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_RELS}">'
            f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ).encode(),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}" xmlns:r="{_R}">'
            '<sheets><sheet name="Reacties" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ).encode(),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_RELS}">'
            f'<Relationship Id="rId1" Type="{_R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ).encode(),
        "xl/worksheets/sheet1.xml": sheet,
        **(extra or {}),
    }
    return zip_bytes({k: v for k, v in parts.items() if k not in drop}, method)


def make_sheet(rows: list[list[str]], dimension: str | None, ns: str = _SHEET_NS) -> bytes:
    """Return a worksheet XML with inline-string cells and an optional declared dimension."""
    out = [f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}">']
    if dimension:
        out.append(f'<dimension ref="{dimension}"/>')
    out.append("<sheetData>")
    for r, row in enumerate(rows, start=1):
        cells = "".join(
            f'<c r="{_column(c)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
            for c, v in enumerate(row)
        )
        out.append(f'<row r="{r}">{cells}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out).encode()


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def odt_bytes(content: bytes, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Return an OpenDocument text package around a content.xml."""
    return zip_bytes(
        {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content}, method
    )


def odt_content(paragraphs: Iterable[str]) -> bytes:
    """Return a content.xml with one text:p per paragraph."""
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}" '
        f'xmlns:text="{text}"><office:body><office:text>{body}</office:text></office:body>'
        "</office:document-content>"
    ).encode()


CFB_HEADER = bytes.fromhex("D0CF11E0A1B11AE1")  # how an encrypted Office file starts


# --- PDF ------------------------------------------------------------------------------------


def pdf_bytes(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """Return a PDF of the given object bodies (object 1 is the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer_extra, xref,
    )  # fmt: skip
    return bytes(out)


def stream(data: bytes, filters: bytes = b"") -> bytes:
    """Return a stream object body with its /Length and optional /Filter."""
    head = b"<< /Length %d %s>>" % (len(data), b"/Filter " + filters + b" " if filters else b"")
    return head + b"\nstream\n" + data + b"\nendstream"


def pdf_page(content: bytes, filters: bytes = b"", pages: bytes = b"/Kids [3 0 R] /Count 1") -> bytes:
    """Return a one-page PDF whose page has the given content stream."""
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages " + pages + b" >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(content, filters),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])  # fmt: skip


def scattered_letters_pdf(pages: int, letters: int) -> bytes:
    """Return a small PDF of `pages` pages sharing one content stream of `letters` single
    letters scattered over the page (each its own text block: slow to group into columns)."""
    rng = random.Random(pages * letters)
    ops = b"BT /F1 6 Tf " + b"".join(
        b"1 0 0 1 %d %d Tm (%c) Tj " % (rng.randrange(580), rng.randrange(830), rng.randrange(97, 123))
        for _ in range(letters)
    ) + b"ET"  # fmt: skip
    kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(pages))
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>")  # fmt: skip
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< >>",
        stream(deflate_stream(ops), b"/FlateDecode"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        *[page] * pages,
    ])  # fmt: skip


def pdf_text_ops(lines: Iterable[str]) -> bytes:
    """Return content-stream operators that show each line of text."""
    ops = [b"BT /F1 11 Tf 60 780 Td 14 TL"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + safe.encode("cp1252", "replace") + b") '")
    ops.append(b"ET")
    return b"\n".join(ops)


def lzw_bomb(repeats: int) -> bytes:
    """Return LZW data (PDF LZWDecode, early change) that grows its table to the longest run of
    zero bytes and then repeats that longest code: each 12 bits give about 3.8 KB."""
    bits = _BitWriter()
    width, table = 9, 258
    codes = [256, 0, *range(258, 4096), *([4095] * repeats)]
    for position, code in enumerate(codes):
        bits.write(code, width)
        if code == 256:
            width, table = 9, 258
            continue
        if position > 1:  # the first code after a clear adds no entry
            table += 1
        width = {511: 10, 1023: 11, 2047: 12}.get(table, width)
    return bits.getvalue()


class _BitWriter:
    def __init__(self) -> None:
        self.value, self.count, self.out = 0, 0, bytearray()

    def write(self, code: int, width: int) -> None:
        self.value = (self.value << width) | code
        self.count += width
        while self.count >= 8:
            self.count -= 8
            self.out.append((self.value >> self.count) & 0xFF)
        self.value &= (1 << self.count) - 1

    def getvalue(self) -> bytes:
        if self.count:
            return bytes(self.out) + bytes([(self.value << (8 - self.count)) & 0xFF])
        return bytes(self.out)


# --- e-mail ---------------------------------------------------------------------------------


def eml(sender: str, subject: str, body: str, extra_headers: str = "") -> bytes:
    """Return a plain-text e-mail."""
    return (
        f"From: {sender}\r\nTo: consultatie@minbzk.nl\r\nSubject: {subject}\r\n"
        f"Date: Tue, 15 Dec 2026 12:00:00 +0100\r\nMIME-Version: 1.0\r\n{extra_headers}"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def nested_multipart(depth: int) -> bytes:
    """Return an e-mail whose multipart parts nest `depth` levels deep."""
    head = b"From: Diep <diep@example.org>\r\nSubject: genest\r\nMIME-Version: 1.0\r\n"
    opening, closing = [], []
    for level in range(depth):
        opening.append(
            b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level)
        )
        closing.append(b"\r\n--b%d--\r\n" % level)
    leaf = b"Content-Type: text/plain\r\n\r\nArtikel 28a is te streng.\r\n"
    return head + b"".join(opening) + leaf + b"".join(reversed(closing))


def many_attachments(count: int) -> bytes:
    """Return an e-mail with `count` small text attachments."""
    parts = [
        b"From: Veel <veel@example.org>\r\nSubject: bijlagen\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\n'
        b"Content-Type: text/plain\r\n\r\nZie de bijlagen over artikel 28b.\r\n"
    ]
    for i in range(count):
        parts.append(
            b'--x\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename="b%d.txt"'
            b"\r\n\r\nbijlage %d\r\n" % (i, i)
        )
    parts.append(b"--x--\r\n")
    return b"".join(parts)
