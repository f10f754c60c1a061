"""Generate the SYNTHETIC sample consultation on the consultatieversie of the default draft.

Everything written here is invented: names, places, organisations and texts. The output is
deterministic (fixed seed, fixed timestamps). Run from the repository root:

    python consultations/generate_sample.py [--out FOLDER]

It overwrites only the files it writes and deletes nothing: a consult.sqlite store (with the
staff's assignments and reactions) and any other file in the folder stay as they are.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import sys
import uuid
import zipfile
from email.message import EmailMessage
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from phrases import (  # noqa: E402
    ORGANISATIONS,
    PLACES,
    SLOGANS,
    campaign_text,
    citizen_text,
    organisation_text,
    person,
)

SEED = 20261201
OUT = Path(__file__).resolve().parent / "huisvesting-vergunninghouders"
SLUG = "huisvesting-vergunninghouders"
BASE = "https://www.internetconsultatie.nl"
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
FIXED = (2026, 12, 15, 12, 0, 0)
BANNER = "SYNTHETISCHE VOORBEELDDATA — verzonnen reacties, geen echte personen of organisaties."


class Writer:
    """Writes the sample's files into one folder and remembers which files it wrote."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.written: set[Path] = set()

    def put(self, relative: str, data: bytes | str) -> None:
        """Write one file (text as UTF-8), replacing only a file of the same name."""
        path = self.out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.written.add(path)

    def has(self, relative: str) -> bool:
        """Tell whether this run already wrote the file."""
        return self.out / relative in self.written

    def others(self) -> list[str]:
        """Return the files in the folder that this run did not write, sorted."""
        found = (p for p in self.out.rglob("*") if p.is_file() and p not in self.written)
        return sorted(p.relative_to(self.out).as_posix() for p in found)


def main(argv: list[str] | None = None) -> int:
    """Write the sample consultation (default: consultations/huisvesting-vergunninghouders/)."""
    parser = argparse.ArgumentParser(description="Write the SYNTHETIC sample consultation.")
    parser.add_argument("--out", type=Path, default=OUT, metavar="FOLDER",
                        help="folder to write to (default: %(default)s); files already there "
                             "that the generator does not write, a store among them, are kept")  # fmt: skip
    out = parser.parse_args(argv).out
    if out.exists() and not out.is_dir():
        print(f"error: {out} is a file, not a folder", file=sys.stderr)
        return 2
    rng = random.Random(SEED)
    writer = Writer(out)
    responses = make_responses(rng)
    web = [r for r in responses if r["channel"] == "web"]
    write_pages(writer, web)
    write_scraper_csv(writer, [r for r in web if r["in_csv"]])
    write_backoffice_xlsx(writer, [r for r in responses if r["channel"] == "backoffice"])
    write_post(writer, rng, [r for r in responses if r["channel"] == "post"])
    writer.put("README.txt", BANNER + "\n")
    kept = writer.others()
    shown = ", ".join(kept[:5]) + (", …" if len(kept) > 5 else "")
    note = f"; kept {len(kept)} file(s) it did not write: {shown}" if kept else ""
    print(f"{len(responses)} synthetic responses written to {out}{note}")
    return 0


def make_responses(rng: random.Random) -> list[dict]:
    """Return the invented responses: organisations, citizens, a campaign, non-public ones."""
    out: list[dict] = []
    number = 1000
    for org, place in ORGANISATIONS:
        number += 1
        attach = rng.random() < 0.6
        text = organisation_text(rng, rng.randint(3, 6))
        out.append(_response(rng, number, org, place, "" if attach else text, text if attach else "",
                             kind=rng.choice(["pdf", "docx"]) if attach else "", org=org))  # fmt: skip
    for _ in range(110):
        number += 1
        name = rng.choice(SLOGANS) if rng.random() < 0.1 else person(rng)
        place = rng.choice(PLACES)
        if rng.random() < 0.05:
            place = f"Dorpsstraat {rng.randint(1, 99)}, {rng.randint(1000, 9999)} AB {place}"
        out.append(_response(rng, number, name, place, citizen_text(rng)))
    for _ in range(150):
        number += 1
        name = person(rng)
        out.append(_response(rng, number, name, rng.choice(PLACES), campaign_text(rng, name)))
    for i, response in enumerate(out):
        response["channel"] = "web"
        response["in_csv"] = i % 3 != 0 or not response["text"]
    _non_public(rng, out, number)
    return out


def _response(rng: random.Random, number: int, name: str, place: str, text: str,
              attachment: str = "", kind: str = "", org: str = "") -> dict:  # fmt: skip
    day = rng.randint(1, 28)
    return {
        "number": number, "guid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "name": name, "place": place, "org": org, "text": text or "Zie bijlage.",
        "attachment_text": attachment, "kind": kind, "public": True, "email": "",
        "date": f"{day} december 2026 ({rng.randint(8, 22):02d}:{rng.randint(0, 59):02d})",
        "iso": f"2026-12-{day:02d}",
    }  # fmt: skip


HIDDEN_NAMES = ["Geertje Stilzwijgend", "Barend Onbekendhuis", "Wilhelmina Zwijgers",
                "Teunis Verborgenweg", "Aaltje Schuilhoek", "Ferdinand Nachtegaal-Stil"]  # fmt: skip
HIDDEN_PLACES = ["Stilledorp", "Zwijgerveen", "Verholenwoude", "Geheimhoek", "Schuilerbroek"]
HIDDEN_SENTENCES = [
    "Ik schrijf dit in vertrouwen omdat mijn buurman Klaas Ommegang bij de woningcorporatie werkt.",
    "Ons gezin van zeven woont sinds de brand in een noodwoning aan de Zwijgerlaan.",
    "Als ambtenaar van de gemeente Verholenwoude kan ik niet openlijk reageren.",
    "Mijn broer heeft zelf in de opvang gezeten en daarom reageer ik liever besloten.",
]  # fmt: skip


def _non_public(rng: random.Random, out: list[dict], number: int) -> None:
    """Add back-office responses (some non-public), a few campaign copies among them."""
    for i in range(40):
        number += 1
        public = i % 3 != 0
        if public:
            name, place = person(rng), rng.choice(PLACES)
            text = citizen_text(rng) if i % 4 else campaign_text(rng, name)
        else:
            name = rng.choice(HIDDEN_NAMES) + ("" if i < 6 else f" {i}")
            place = rng.choice(HIDDEN_PLACES)
            text = (
                rng.choice(HIDDEN_SENTENCES)
                + "\n\n"
                + (campaign_text(rng, name) if i % 2 else citizen_text(rng))
            )
        response = _response(rng, number, name, place, text)
        response.update(channel="backoffice", public=public, in_csv=False,
                        email=f"r{number}@voorbeeld.nl" if rng.random() < 0.7 else "")  # fmt: skip
        out.append(response)
    for i in range(6):
        number += 1
        org, place = ORGANISATIONS[i * 3]
        response = _response(
            rng, number, f"Secretariaat {org}", place, organisation_text(rng, 3), org=org
        )
        response.update(
            channel="post", public=i != 5, kind=["eml", "eml", "txt", "odt", "eml", "eml"][i]
        )
        out.append(response)


# --- pages ---------------------------------------------------------------------------------


def write_pages(writer: Writer, web: list[dict]) -> None:
    """Write listing pages (20 per page) and a response page for each web response."""
    per_page = 20
    pages = [web[i : i + per_page] for i in range(0, len(web), per_page)]
    for n, page in enumerate(pages, start=1):
        items = "\n".join(
            f'<li><a href="/{SLUG}/reactie/{r["guid"]}">{escape(r["name"])}</a></li>' for r in page
        )
        html = _page(
            f'<h2>Reacties op consultatie [{len(web)}]</h2>\n<div class="result--list"><ul>\n{items}\n</ul></div>'
        )
        writer.put(f"paginas/reacties-datum-{n}.html", html)
    for r in web:
        if r["in_csv"] and r["number"] % 2:
            continue  # not every response was saved as a page; the CSV has these
        writer.put(f"paginas/reactie-{r['guid']}.html", _response_page(writer, r))


def _page(body: str, canonical: str = "") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (f"<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">{link}"
            f"<title>Internetconsultatie (SYNTHETISCH)</title></head>\n<body>\n<!-- {BANNER} -->\n"
            f"{body}\n</body></html>\n")  # fmt: skip


def _response_page(writer: Writer, r: dict) -> str:
    answers = "".join(f"<p>{escape(p)}</p>" for p in r["text"].split("\n\n"))
    download = ""
    if r["kind"]:
        download = f'<p><a class="icon--download" href="/{SLUG}/reactie/{r["number"]}/bestand">Bijlage</a></p>'
    body = (
        '<table class="table__data-overview">'
        f"<tr><th>Naam</th><td>{escape(r['name'])}</td></tr>"
        f"<tr><th>Plaats</th><td>{escape(r['place'])}</td></tr>"
        f"<tr><th>Datum</th><td>{escape(r['date'])}</td></tr></table>\n"
        "<h3>Vraag 1</h3><p>Wat vindt u van het wetsvoorstel?</p>\n"
        f"<blockquote>{answers}</blockquote>\n{download}"
    )
    if r["kind"]:
        _attachment(writer, r)
    return _page(body, f"{BASE}/{SLUG}/reactie/{r['guid']}")


def _attachment(writer: Writer, r: dict) -> None:
    name = f"bijlagen/{r['number']}.{r['kind']}"
    if writer.has(name):
        return  # named by both a page and the CSV
    if r["kind"] == "pdf":
        writer.put(name, make_pdf(f"{r['org'] or r['name']}\n\n{r['attachment_text']}"))
    else:
        writer.put(name, make_docx(r["org"] or r["name"], r["attachment_text"]))


# --- spreadsheets --------------------------------------------------------------------------


def write_scraper_csv(writer: Writer, rows: list[dict]) -> None:
    """Write the columns the internetconsultatie scraper writes: Naam, Plaats, Datum, url, text, attachment."""
    handle = io.StringIO(newline="")
    table = csv.writer(handle)
    table.writerow(["Naam", "Plaats", "Datum", "url", "text", "attachment"])
    for r in rows:
        if r["kind"]:
            _attachment(writer, r)
        table.writerow([r["name"], r["place"], r["date"], f"{BASE}/{SLUG}/reactie/{r['guid']}",
                        r["text"].replace("\n\n", "\n###\n"), r["number"] if r["kind"] else ""])  # fmt: skip
    writer.put("export-internetconsultatie.csv", handle.getvalue())


def write_backoffice_xlsx(writer: Writer, rows: list[dict]) -> None:
    """Write a back-office export with e-mail, organisation and the publication choice."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Reacties"
    sheet.append(["Reactienummer", "Naam", "Organisatie", "E-mailadres", "Woonplaats", "Datum ontvangst",
                  "Reactie", "Bijlage", "Openbaar"])  # fmt: skip
    for r in rows:
        sheet.append([r["number"], r["name"], r["org"], r["email"], r["place"], r["iso"], r["text"], "",
                      "ja" if r["public"] else "nee, niet openbaar"])  # fmt: skip
    from datetime import datetime

    book.properties.created = book.properties.modified = datetime(*FIXED)
    buffer = io.BytesIO()
    book.save(buffer)
    writer.put("backoffice-export.xlsx", fixed_zip(buffer.getvalue()))


# --- letters and e-mails -------------------------------------------------------------------


def write_post(writer: Writer, rng: random.Random, rows: list[dict]) -> None:
    """Write letters and e-mails that came outside the platform (EML, TXT, ODT)."""
    for r in rows:
        stem = f"post/brief-{r['number']}"
        if r["kind"] == "eml":
            message = EmailMessage()
            message["From"] = f"{r['name']} <secretariaat{r['number']}@voorbeeld.nl>"
            message["To"] = "consultatie@minvro.example"
            message["Subject"] = "Reactie wetsvoorstel huisvesting vergunninghouders" + (
                "" if r["public"] else " (VERTROUWELIJK)"
            )
            message["Date"] = f"Tue, {r['iso'][-2:]} Dec 2026 10:00:00 +0100"
            message.set_content(r["text"])
            if rng.random() < 0.5:
                message.add_attachment(
                    make_pdf(r["text"]),
                    maintype="application",
                    subtype="pdf",
                    filename="reactie.pdf",
                )
            writer.put(f"{stem}.eml", bytes(message))
        elif r["kind"] == "txt":
            writer.put(f"{stem}.txt", r["text"])
        else:
            writer.put(f"{stem}.odt", make_odt(r["text"]))


# --- file formats --------------------------------------------------------------------------


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip package with sorted members and fixed timestamps (deterministic bytes)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        order = [n for n in names if n == "[Content_Types].xml" or n == "mimetype"]
        order += sorted(n for n in names if n not in order)
        for name in order:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            data = src.read(name)
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                    rb"\g<1>2026-12-15T12:00:00Z",
                    data,
                )
            dst.writestr(info, data)
    return out.getvalue()


def make_docx(title: str, text: str) -> bytes:
    """Return a .docx letter made with python-docx."""
    from datetime import datetime

    import docx

    document = docx.Document()
    document.core_properties.created = document.core_properties.modified = datetime(*FIXED)
    document.core_properties.title = "Consultatiereactie (SYNTHETISCH)"
    document.add_heading(title, level=1)
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def make_odt(text: str) -> bytes:
    """Return a minimal OpenDocument text file."""
    paragraphs = "".join(f"<text:p>{escape(p)}</text:p>" for p in text.split("\n\n"))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{paragraphs}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", FIXED), "application/vnd.oasis.opendocument.text")
        for name, data in (("META-INF/manifest.xml", manifest), ("content.xml", content)):
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()


def make_pdf(text: str) -> bytes:
    """Return a simple one-font PDF of the text (Helvetica, WinAnsi), wrapped and paged."""
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        for raw in paragraph.split("\n"):
            lines.extend(_wrap(raw, 90))
        lines.append("")
    pages = [lines[i : i + 48] for i in range(0, len(lines), 48)] or [[]]
    objects: list[bytes] = []
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for i, page in enumerate(pages):
        stream = (
            b"BT /F1 10 Tf 14 TL 56 790 Td "
            + b" ".join(b"(" + _pdf_escape(line) + b") '" for line in page)
            + b" ET"
        )
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    words, lines, current = text.split(), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return lines + [current] if current else lines or [""]


def _pdf_escape(line: str) -> bytes:
    data = line.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


if __name__ == "__main__":
    sys.exit(main())
