"""Write a hostile consultation corpus: damaged, malicious and careless files among good ones.

    python -m tests.consult.hostile.corpus OUT_FOLDER

writes OUT_FOLDER/batch (the input: the sample consultation, good files of every kind and the
hostile files) and OUT_FOLDER/buiten (files outside the input that symlinks and external
entities point at; nothing of them may be read). `build()` returns the manifest the tests
check against: what each hostile file must give (refused, read, read in part, skipped) and the
marker text of every good response.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import random
import shutil
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.consult.hostile import builders as b

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "consultations" / "huisvesting-vergunninghouders"
NEEDLE = "NAALD-buiten-de-invoer-7f3c9a"  # planted outside the input; must never be read
PASSWD = "root:x:0:0"  # what /etc/passwd would leak

REFUSED, READ, PARTIAL, SKIPPED = "refused", "read", "partial", "skipped"


@dataclass
class Manifest:
    """What the corpus holds and what reading it must give."""

    batch: Path
    outside: Path
    expect: dict[str, str] = field(default_factory=dict)  # file name → REFUSED/READ/PARTIAL/SKIPPED
    markers: dict[str, str] = field(default_factory=dict)  # marker text → file it came from
    collision: tuple[str, str] | None = None  # two row ids whose response ids collide
    special: list[str] = field(default_factory=list)  # symlinks, FIFOs: never followed or read

    @property
    def hostile(self) -> int:
        """Return how many hostile, damaged or careless files the corpus holds (all but the
        good file of each kind)."""
        return sum(1 for name in self.expect if not name.startswith("goed-")) + len(self.special)


def build(out: Path, *, large: bool = True) -> Manifest:
    """Write the corpus under `out` and return its manifest; `large` adds the 150 MB document."""
    if out.exists():
        shutil.rmtree(out)
    batch, outside = out / "batch", out / "buiten"
    batch.mkdir(parents=True)
    outside.mkdir()
    (outside / "geheim.txt").write_text(f"Vertrouwelijk: {NEEDLE}\n", encoding="utf-8")
    manifest = Manifest(batch, outside)
    shutil.copytree(SAMPLE, batch / "goed", ignore=shutil.ignore_patterns("consult.sqlite*"))
    for name, (expect, maker) in _files(manifest, large).items():
        (batch / name).write_bytes(maker())
        manifest.expect[name] = expect
    _specials(manifest)
    return manifest


def _good(manifest: Manifest, name: str, kind: str) -> str:
    marker = f"GOED-{kind}-{hashlib.sha1(name.encode()).hexdigest()[:6]}"
    manifest.markers[marker] = name
    return f"Wij steunen artikel 28a. Kenmerk {marker}."


def _files(m: Manifest, large: bool) -> dict[str, tuple[str, Callable[[], bytes]]]:
    files: dict[str, tuple[str, Callable[[], bytes]]] = {}
    files.update(_good_files(m))
    files.update(_archives(m))
    files.update(_pdfs(m))
    files.update(_office(m, large))
    files.update(_mails(m))
    files.update(_texts(m))
    files.update(_tables(m))
    files.update(_pages(m))
    return files


def _good_files(m: Manifest) -> dict:
    text = {name: _good(m, name, kind) for name, kind in (
        ("goed-brief.pdf", "PDF"), ("goed-brief.docx", "DOCX"), ("goed-brief.odt", "ODT"),
        ("goed-mail.eml", "EML"), ("goed-brief.txt", "TXT"), ("goed-archief.zip", "ZIP"),
    )}  # fmt: skip
    return {
        "goed-brief.pdf": (READ, lambda: b.pdf_page(b.pdf_text_ops([text["goed-brief.pdf"]]))),
        "goed-brief.docx": (READ, lambda: b.docx_bytes(b.docx_document([text["goed-brief.docx"]]))),
        "goed-brief.odt": (READ, lambda: b.odt_bytes(b.odt_content([text["goed-brief.odt"]]))),
        "goed-mail.eml": (READ, lambda: b.eml("Stichting Goed <info@goed.example>", "Reactie", text["goed-mail.eml"])),
        "goed-brief.txt": (READ, lambda: text["goed-brief.txt"].encode()),
        "goed-archief.zip": (READ, lambda: b.zip_bytes({"brief-in-zip.txt": text["goed-archief.zip"].encode()})),
    }  # fmt: skip


def _archives(m: Manifest) -> dict:
    text = b"Artikel 28a is te streng."
    good = _good(m, "gemengd.zip", "ZIPGOED").encode()
    crc = b.zip_bytes({"kapot.txt": b"Dit lid is te vaag " * 40}, zipfile.ZIP_STORED)
    return {
        "bom.zip": (REFUSED, lambda: b.raw_deflate_zip("reactie.txt", b"0" * 65536, 16 * 1024)),
        "bom-veel-leden.zip": (REFUSED, lambda: b.zip_bytes({f"r{i}.txt": text for i in range(6000)})),
        "bom-42.zip": (REFUSED, lambda: b.zip_bytes({f"laag{i}.zip": b.raw_deflate_zip("x.txt", b"\0" * 65536, 1024) for i in range(4)})),
        "genest.zip": (REFUSED, lambda: b.zip_bytes({"binnen.zip": b.zip_bytes({"r.txt": text})})),
        "versleuteld.zip": (REFUSED, lambda: b.patch_headers(b.zip_bytes({"geheim.txt": text}, zipfile.ZIP_STORED), flags=0x1)),
        "crc-fout.zip": (REFUSED, lambda: b.corrupt_member(crc, b"vaag")),
        "deflate64.zip": (REFUSED, lambda: b.patch_headers(b.zip_bytes({"r.txt": text}), method=9)),
        "pad-buiten.zip": (REFUSED, lambda: b.zip_bytes({"../../buiten/geheim.txt": text, "/etc/cron.d/x.txt": text, "..\\..\\win.txt": text})),
        "symlink-lid.zip": (REFUSED, lambda: b.zip_bytes({"passwd.txt": b"/etc/passwd"}, attrs={"passwd.txt": (0o120777 << 16)})),
        "leeg.zip": (REFUSED, lambda: b""),
        "afgekapt.zip": (REFUSED, lambda: _half(b.zip_bytes({"r.txt": text * 500}))),
        "geen-zip.zip": (REFUSED, lambda: b"Dit is gewoon tekst met een .zip-extensie."),
        "gemengd.zip": (PARTIAL, lambda: b.corrupt_member(b.zip_bytes({"a-goed.txt": good, "b-kapot.txt": b"Dit lid is te vaag " * 40}, zipfile.ZIP_STORED), b"vaag")),
    }  # fmt: skip


def _half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _pdfs(m: Manifest) -> dict:
    loop = b.pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 5 0 R >>\nstream\nBT ET\nendstream",
        b"5 0 R",
    ])  # fmt: skip
    many = b"BT /F1 1 Tf " + b"(x) Tj 0.01 0 Td " * 400_000 + b"ET"
    encrypted = b.pdf_page(b"BT ET").replace(
        b"/Root 1 0 R ", b"/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) "
        b"/U (0123456789abcdef0123456789abcdef) /P -4 >> /ID [(a) (a)] "
    )  # fmt: skip
    return {
        "pdf-bom.pdf": (REFUSED, lambda: _pdf_bomb()),
        "pdf-dubbele-bom.pdf": (REFUSED, lambda: b.pdf_page(b.deflate_stream(b.deflate_run(b" " * 1048576, 1024)), b"[/FlateDecode /FlateDecode]")),
        "pdf-lzw-bom.pdf": (REFUSED, lambda: b.pdf_page(b.lzw_bomb(300_000), b"/LZWDecode")),
        "pdf-lus.pdf": (REFUSED, lambda: loop),
        "pdf-paginalus.pdf": (READ, lambda: b.pdf_page(b"BT ET", pages=b"/Kids [2 0 R] /Count 1")),
        "pdf-traag.pdf": (PARTIAL, lambda: b.scattered_letters_pdf(300, 3000)),  # 60 KB; was hours
        "pdf-veel-tekens.pdf": (PARTIAL, lambda: b.pdf_page(b.deflate_stream(many), b"/FlateDecode")),
        "pdf-versleuteld.pdf": (REFUSED, lambda: encrypted),
        "pdf-afgekapt.pdf": (REFUSED, lambda: b.pdf_page(b.pdf_text_ops(["Artikel 28a"]))[:120]),
        "pdf-leeg.pdf": (REFUSED, lambda: b""),
        "pdf-is-html.pdf": (REFUSED, lambda: b"<html><body>geen pdf</body></html>"),
        "pdf-is-docx.pdf": (REFUSED, lambda: b.docx_bytes(b.docx_document(["Artikel 28a"]))),
    }  # fmt: skip


@functools.cache
def _pdf_bomb() -> bytes:
    """A 1 MB PDF whose page content inflates to 1 GB of spaces."""
    return b.pdf_page(b.deflate_run(b" " * 1048576, 1024), b"/FlateDecode")


def _office(m: Manifest, large: bool) -> dict:
    words = ["artikel 28a is te streng.", "lid 2 is onduidelijk."]
    rng = random.Random(16)
    block = "".join(
        "<w:p><w:r><w:t>" + " ".join(rng.choice(words) for _ in range(8)) + "</w:t></w:r></w:p>"
        for _ in range(1500)
    ).encode()
    size = (150 if large else 30) * 1024 * 1024 // len(block)
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://'
        + str(m.outside / "geheim.txt").encode() + b'">]><d>&x;</d>'
    )  # fmt: skip
    laughs = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "hahahahaha">' + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10) for i in range(9)
    ) + b"]><l>&j;</l>"  # fmt: skip
    odt_crc = b.odt_bytes(b.odt_content(["Dit lid is te vaag"] * 40), zipfile.ZIP_STORED)
    return {
        "docx-groot.docx": (PARTIAL, lambda: _big_docx(block, size)),
        "docx-xxe.docx": (REFUSED, lambda: b.docx_bytes(xxe)),
        "docx-lachen.docx": (REFUSED, lambda: b.docx_bytes(laughs)),
        "docx-versleuteld.docx": (REFUSED, lambda: b.CFB_HEADER + b"\0" * 4096),
        "docx-geen-document.docx": (REFUSED, lambda: b.zip_bytes({"iets.txt": b"geen Word-bestand"})),
        "docx-kapotte-xml.docx": (REFUSED, lambda: b.docx_bytes(b"<w:document><w:body><w:p>")),
        "docx-afgekapt.docx": (REFUSED, lambda: b.docx_bytes(b.docx_document(["x" * 5000]))[:700]),
        "odt-xxe.odt": (REFUSED, lambda: b.odt_bytes(xxe)),
        "odt-lachen.odt": (REFUSED, lambda: b.odt_bytes(laughs)),
        "odt-crc.odt": (REFUSED, lambda: b.corrupt_member(odt_crc, b"vaag")),
        "odt-deflate64.odt": (REFUSED, lambda: b.patch_headers(b.odt_bytes(b.odt_content(["x"])), method=9)),
        "odt-versleuteld.odt": (REFUSED, lambda: b.patch_headers(b.odt_bytes(b.odt_content(["x"]), zipfile.ZIP_STORED), flags=0x1)),
        "odt-zonder-inhoud.odt": (REFUSED, lambda: b.zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"})),
        "odt-kapotte-xml.odt": (REFUSED, lambda: b.odt_bytes(b"<office:document-content><text:p>")),
        "odt-is-pdf.odt": (REFUSED, lambda: b.pdf_page(b"BT ET")),
    }  # fmt: skip


def _big_docx(block: bytes, repeat: int) -> bytes:
    """Return a .docx whose document.xml is `block` × `repeat` (150 MB, deflated about 23-fold)."""
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?><w:document '
        b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    )
    with zipfile.ZipFile(io.BytesIO(b.docx_bytes(b""))) as small:
        parts = {n: small.read(n) for n in small.namelist() if n != "word/document.xml"}
    return _zip_with_big_member(
        parts, "word/document.xml", head, block, repeat, b"</w:body></w:document>"
    )


def _zip_with_big_member(parts: dict[str, bytes], name: str, head: bytes, block: bytes, repeat: int, tail: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for part, data in parts.items():
            archive.writestr(zipfile.ZipInfo(part, b.FIXED_TIME), data)
        info = zipfile.ZipInfo(name, b.FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as handle:
            handle.write(head)
            for _ in range(repeat):
                handle.write(block)
            handle.write(tail)
    return out.getvalue()


def _mails(m: Manifest) -> dict:
    bidi = "Gemeente \u202eetsleeW\u202c \x1b[2J\x1b]0;gekaapt\x07"
    return {
        "mail-genest.eml": (REFUSED, lambda: b.nested_multipart(3000)),
        "mail-10000-bijlagen.eml": (PARTIAL, lambda: b.many_attachments(10_000)),
        "mail-bom-bijlage.eml": (PARTIAL, lambda: _mail_with(m, "bom.zip", b.raw_deflate_zip("r.txt", b"0" * 65536, 1024))),
        "mail-pdf-bom.eml": (PARTIAL, lambda: _mail_with(m, "bom.pdf", _pdf_bomb())),
        "mail-bidi-escapes.eml": (READ, lambda: b.eml(f'"{bidi}" <x@example.org>', "Reactie \x1b[31mrood", _good(m, "mail-bidi-escapes.eml", "BIDI") + " \x1b[31mrood\x1b[0m \u202egnipoor\u202c")),
        "mail-rauwe-bytes.eml": (READ, lambda: b"From: J\xe9r\xf4me \xff\xfe <j@example.org>\r\nSubject: \xc3(\r\n\r\n" + _good(m, "mail-rauwe-bytes.eml", "RAUW").encode() + b"\r\n"),
        "mail-onbekende-charset.eml": (READ, lambda: b.eml("A <a@example.org>", "x", _good(m, "mail-onbekende-charset.eml", "CHARSET")).replace(b"charset=utf-8", b"charset=x-onzin-42")),
        "mail-leeg.eml": (REFUSED, lambda: b""),
        "mail-rfc822-diep.eml": (PARTIAL, lambda: _deep_rfc822(400)),
    }  # fmt: skip


def _mail_with(m: Manifest, name: str, payload: bytes) -> bytes:
    import base64

    body = _good(m, name + ".eml", "MAILBIJLAGE")
    return (
        b"From: Bijlage <b@example.org>\r\nSubject: bijlage\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\n'
        + body.encode() + b"\r\n--x\r\nContent-Type: application/octet-stream\r\n"
        b'Content-Disposition: attachment; filename="' + name.encode() + b'"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(payload) + b"--x--\r\n"
    )  # fmt: skip


def _deep_rfc822(depth: int) -> bytes:
    message = b"Content-Type: text/plain\r\n\r\nArtikel 28a.\r\n"
    for _ in range(depth):
        message = b"From: a@example.org\r\nContent-Type: message/rfc822\r\n\r\n" + message
    return message


def _texts(m: Manifest) -> dict:
    escape_name = "reactie-\x1b[31mrood\x1b]0;titel\x07.txt"
    bidi_name = "reactie-\u202etxt.exe.txt"
    return {
        "tekst-leeg.txt": (REFUSED, lambda: b""),
        "tekst-binair.txt": (REFUSED, lambda: bytes(range(256)) * 64),
        "tekst-nul.txt": (READ, lambda: (_good(m, "tekst-nul.txt", "NUL") + "\0 na de nul").encode()),
        "tekst-utf16.txt": (READ, lambda: _good(m, "tekst-utf16.txt", "UTF16").encode("utf-16")),
        "tekst-groot.txt": (PARTIAL, lambda: ("Artikel 12 is te streng. " * 200_000).encode()),
        "tekst-escapes.txt": (READ, lambda: (_good(m, "tekst-escapes.txt", "ESC") + " \x1b[2J\x1b[31mrood\x1b]8;;http://x\x07link\u202eesrever\u2066\u2069\ufffe").encode("utf-8", "surrogatepass")),
        escape_name: (READ, lambda: _good(m, "escape-naam", "ESCNAAM").encode()),
        bidi_name: (READ, lambda: _good(m, "bidi-naam", "BIDINAAM").encode()),
        "programma.exe": (SKIPPED, lambda: b"MZ\x90\x00"),
        "tekst-is-pdf.txt": (REFUSED, lambda: b.pdf_page(b.deflate_stream(b"BT ET"), b"/FlateDecode")),
    }  # fmt: skip


def _tables(m: Manifest) -> dict:
    collision = colliding_ids()
    m.collision = collision
    head = "id,naam,plaats,tekst\n"

    def csv(rows: list[str], encoding: str = "utf-8") -> bytes:
        return (head + "".join(rows)).encode(encoding)

    mixed = (
        csv([f"m1,Jos\u00e9 M\u00fcller,Utrecht,{_good(m, 'csv-gemengd-1', 'CSVUTF8')} caf\u00e9\n"])
        + "m2,Ren\u00e9e,Assen,".encode() + _good(m, "csv-gemengd-2", "CSVCP").encode() + " cr\u00e8me\n".encode("cp1252")
        + f"m3,Zo\u00eb,Ede,{_good(m, 'csv-gemengd-3', 'CSVNA')} \u00e9\u00e9n\n".encode()
    )  # fmt: skip
    return {
        "csv-gemengde-codering.csv": (PARTIAL, lambda: mixed),
        "csv-bom.csv": (READ, lambda: b"\xef\xbb\xbf" + csv([f"b1,Bom,Zwolle,{_good(m, 'csv-bom', 'CSVBOM')}\n"])),
        "csv-utf16.csv": (READ, lambda: csv([f"u1,Utf,Zwolle,{_good(m, 'csv-utf16', 'CSVUTF16')}\n"], "utf-16")),
        "csv-nul.csv": (PARTIAL, lambda: csv([f"n1,Nul,Ede,{_good(m, 'csv-nul', 'CSVNUL')}\n", "n2,Nul\0Nul,Ede,tekst met \0 erin\n"])),
        "csv-lange-regel.csv": (PARTIAL, lambda: csv([f"l1,Lang,Ede,{_good(m, 'csv-lang', 'CSVLANG')}\n", "l2,Lang,Ede," + "woord " * 200_000 + "\n"])),
        "csv-formules.csv": (READ, lambda: csv([f"f1,=cmd|' /C calc'!A0,+31 6,{_good(m, 'csv-formule', 'CSVFORMULE')} =HYPERLINK(\"http://x\")\n", "f2,@SUM(1+1),-2,=1+1\n"])),
        # two rows whose ids collide (a problem); once ids are too wide to collide, two rows read
        "csv-botsende-ids.csv": (PARTIAL if collision[0] != "K-a" else READ, lambda: csv([f"{collision[0]},Eerste,Ede,{_good(m, 'csv-botsing-1', 'BOTS1')}\n", f"{collision[1]},Tweede,Ede,Artikel 28b is te ruim.\n"])),
        "csv-open-quote.csv": (PARTIAL, lambda: csv([f"q1,Quote,Ede,{_good(m, 'csv-quote', 'CSVQUOTE')}\n", 'q2,Quote,Ede,"nooit gesloten\n', "q3,x,y,z\n" * 50])),
        "csv-alleen-kop.csv": (PARTIAL, lambda: head.encode()),
        "csv-leeg.csv": (REFUSED, lambda: b""),
        "csv-is-xlsx.csv": (REFUSED, lambda: b.xlsx_bytes([["naam", "tekst"], ["a", "b"]])),
        "xlsx-dimensie.xlsx": (READ, lambda: b.xlsx_bytes([["naam", "tekst"], ["Dim", _good(m, "xlsx-dimensie", "XLSXDIM")]], "A1:XFD1048576")),
        "xlsx-formules.xlsx": (READ, lambda: b.xlsx_bytes([["naam", "tekst"], ["=cmd|' /C calc'!A0", _good(m, "xlsx-formule", "XLSXFORMULE")]])),
        "xlsx-kapotte-xml.xlsx": (REFUSED, lambda: b.xlsx_bytes([], sheet_xml=b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>naam</t></is></c>')),
        "xlsx-gedeelde-tekst.xlsx": (REFUSED, lambda: b.xlsx_bytes([], sheet_xml=b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>999</v></c></row></sheetData></worksheet>')),
        "xlsx-geen-blad.xlsx": (REFUSED, lambda: b.xlsx_bytes([["a"]], drop=("xl/worksheets/sheet1.xml",))),
        "xlsx-slechte-cel.xlsx": (REFUSED, lambda: b.xlsx_bytes([], sheet_xml=b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="n"><v>geen getal</v></c><c r="ZZZZZ1"><v>1</v></c></row></sheetData></worksheet>')),
        "xlsx-xxe.xlsx": (REFUSED, lambda: b.xlsx_bytes([], sheet_xml=b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file://' + str(m.outside / "geheim.txt").encode() + b'">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>tekst</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>')),
        "xlsx-versleuteld.xlsx": (REFUSED, lambda: b.CFB_HEADER + b"\0" * 4096),
        "xlsx-afgekapt.xlsx": (REFUSED, lambda: b.xlsx_bytes([["naam", "tekst"], ["a", "b" * 4000]])[:900]),
        "xlsx-deflate64.xlsx": (REFUSED, lambda: b.patch_headers(b.xlsx_bytes([["naam", "tekst"], ["a", "b"]]), method=9)),
    }  # fmt: skip


def colliding_ids() -> tuple[str, str]:
    """Return two id-column values whose response ids collide (a birthday search), or two
    distinct values when ids are too wide to collide in a few million tries."""
    from wetgen.consult.ingest import response_id

    if 4 * (len(response_id("id:K0")) - 1) > 44:  # 4 million tries find no collision: skip them
        return "K-a", "K-b"
    seen: dict[str, str] = {}
    for i in range(4_000_000):
        value = f"K{i}"
        rid = response_id(f"id:{value}")
        if rid in seen:
            return seen[rid], value
        seen[rid] = value
    return "K-a", "K-b"


def _pages(m: Manifest) -> dict:
    page = (
        "<html><body><table class='table__data-overview'><tr><th>Naam</th><td>{naam}</td></tr>"
        "</table><blockquote>{tekst}</blockquote></body></html>"
    )
    xxe = (
        '<!DOCTYPE html [<!ENTITY x SYSTEM "file://' + str(m.outside / "geheim.txt") + '">]>'
        + page.format(naam="&x;", tekst="x")
    )
    deep = "<div>" * 200_000 + "tekst" + "</div>" * 200_000
    return {
        "pagina-xxe.html": (REFUSED, lambda: xxe.encode()),
        "pagina-diep.html": (REFUSED, lambda: deep.encode()),
        "pagina-leeg.html": (REFUSED, lambda: b""),
        "pagina-onbekend.html": (REFUSED, lambda: b"<html><body><p>Iets anders</p></body></html>"),
        "pagina-script.html": (READ, lambda: page.format(naam="Script <script>alert(1)</script>", tekst=_good(m, "pagina-script", "HTML") + "<script>alert(2)</script><img src=x onerror=alert(3)>").encode()),
        "pagina-is-binair.html": (REFUSED, lambda: bytes(range(256)) * 16),
    }  # fmt: skip


def _specials(m: Manifest) -> None:
    """Symlinks out of the input and special files: none may be followed or read."""
    fifo_out = m.outside / "fifo"
    os.mkfifo(fifo_out)
    links = {
        "reactie-passwd.txt": Path("/etc/passwd"),
        "reactie-geheim.txt": m.outside / "geheim.txt",
        "map-buiten": m.outside,
        "reactie-fifo-link.txt": fifo_out,
        "reactie-hangend.txt": m.outside / "bestaat-niet.txt",
    }
    for name, target in links.items():
        (m.batch / name).symlink_to(target)
        m.special.append(name)
    os.mkfifo(m.batch / "reactie-fifo.txt")
    m.special.append("reactie-fifo.txt")
    sub = m.batch / "submap"
    sub.mkdir()
    (sub / "link-omhoog.txt").symlink_to(Path("..") / ".." / "buiten" / "geheim.txt")
    m.special.append("submap/link-omhoog.txt")


def main(argv: list[str]) -> int:
    """Write the corpus to the folder named on the command line."""
    if len(argv) != 1:
        print("usage: python -m tests.consult.hostile.corpus OUT_FOLDER", file=sys.stderr)
        return 2
    manifest = build(Path(argv[0]))
    print(f"{len(manifest.expect) + len(manifest.special)} files ({manifest.hostile} hostile) in {manifest.batch}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
