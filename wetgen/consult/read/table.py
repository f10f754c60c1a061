"""Spreadsheets of responses (CSV, XLSX) with a configurable column mapping."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from wetgen.consult.errors import ConsultInputError, RejectedFile
from wetgen.consult.read import Attachment, RawResponse
from wetgen.consult.read.dates import iso_date
from wetgen.consult.read.html import GUID
from wetgen.consult.read.safety import DEFAULT_LIMITS, Limits, check_zip, decode_text

FIELDS = (
    "id", "name", "place", "date", "url", "text", "attachment", "text_attachment",
    "email", "organisation", "public",
)  # fmt: skip

# Column names seen in scraper output and back-office exports, lower-cased; first match wins.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "reactie-id", "reactienummer", "nummer", "guid"),
    "name": ("naam", "name", "naam indiener", "indiener", "respondent"),
    "place": ("plaats", "woonplaats", "place", "city"),
    "date": ("datum", "date", "ingediend", "datum ontvangst"),
    "url": ("url", "link"),
    "text": ("text", "tekst", "reactie", "antwoord", "antwoorden"),
    "attachment": ("attachment", "bijlage", "bestand", "bijlagen"),
    "text_attachment": ("text_attachment", "tekst bijlage"),
    "email": ("e-mail", "email", "e-mailadres", "emailadres"),
    "organisation": ("organisatie", "organisation", "namens organisatie"),
    "public": ("openbaar", "publicatie", "publiceren", "public", "mag openbaar",
               "reactie openbaar"),
}  # fmt: skip
SCRAPER_SEPARATOR = "\n###\n"
_NO = re.compile(
    r"^\s*(nee|no|n|false|onwaar|0|niet[ -]openbaar|vertrouwelijk|besloten|privé|prive)\b", re.I
)


def parse_mapping(spec: str) -> dict[str, str]:
    """Parse "name=Respondent,text=Antwoord" into a field → column mapping; check the fields."""
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        field, sep, column = part.partition("=")
        if not sep or field.strip() not in FIELDS:
            raise ConsultInputError(
                f"--columns: {part!r} is not FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}"
            )
        mapping[field.strip()] = column.strip()
    return mapping


def is_public(value: object) -> bool:
    """Read a publication choice: "nee", "niet openbaar", "vertrouwelijk"... mean non-public."""
    text = str(value if value is not None else "").strip()
    return not (text and _NO.match(text))


def read_table(
    data: bytes,
    suffix: str,
    where: str,
    mapping: Mapping[str, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[list[RawResponse], list[str]]:
    """Read a CSV or XLSX export into responses, using `mapping` over the known column names."""
    rows, warnings = (_xlsx_rows(data, where, limits) if suffix == ".xlsx"
                      else _csv_rows(data, where))  # fmt: skip
    header = next(rows, None)
    if not header:
        raise RejectedFile(where, "spreadsheet is empty")
    columns = resolve_columns([str(h or "").strip() for h in header], mapping or {}, where)
    responses = list(_responses(rows, columns, where, limits))
    return responses, warnings


def resolve_columns(header: list[str], mapping: Mapping[str, str], where: str) -> dict[str, int]:
    """Return field → column index, from the mapping first and the known names second."""
    lower = [h.lower() for h in header]
    found: dict[str, int] = {}
    for field, column in mapping.items():
        if column.lower() not in lower:
            raise RejectedFile(
                where, f"column {column!r} (for {field}) is not in the header: {', '.join(header)}"
            )
        found[field] = lower.index(column.lower())
    for field, names in DEFAULT_COLUMNS.items():
        if field not in found:
            index = next((lower.index(n) for n in names if n in lower), None)
            if index is not None:
                found[field] = index
    if "text" not in found and "text_attachment" not in found:
        raise RejectedFile(
            where,
            f"no text column found (columns: {', '.join(header)}); map one with --columns text=COLUMN",
        )
    return found


def _responses(
    rows: Iterator[list[object]], columns: dict[str, int], where: str, limits: Limits
) -> Iterator[RawResponse]:
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):
        values = {f: _cell(row, i) for f, i in columns.items()}
        if not any(values.values()):
            continue
        text = values.get("text", "").replace(SCRAPER_SEPARATOR, "\n\n")[: limits.max_text_chars]
        response = RawResponse(
            key=_row_key(values, seen),
            origin="table",
            source=f"{where}:{number}",
            name=values.get("name", ""),
            place=values.get("place", ""),
            organisation=values.get("organisation", ""),
            email=values.get("email", ""),
            submitted=iso_date(values.get("date", "")),
            public=is_public(values.get("public", "")),
            text=text.strip(),
        )
        ids = [a.strip() for a in re.split(r"[,;]", values.get("attachment", "")) if a.strip()]
        ids = [a[:-2] if a.endswith(".0") else a for a in ids]  # spreadsheets turn 123 into 123.0
        if values.get("text_attachment"):
            name = ids[0] if ids else "bijlage"
            response.attachments.append(
                Attachment(name, values["text_attachment"][: limits.max_text_chars])
            )
            ids = ids[1:]
        response.extra["attachment_ids"] = ",".join(ids)
        yield response


def _row_key(values: dict[str, str], seen: dict[str, int]) -> str:
    match = GUID.search(values.get("url", ""))
    if match:
        return f"guid:{match.group(1).lower()}"
    if values.get("id"):
        return f"id:{values['id']}"
    basis = "|".join(values.get(f, "") for f in ("name", "place", "date", "email", "text"))
    digest = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]
    seen[digest] = seen.get(digest, 0) + 1
    return f"row:{digest}" + (f"#{seen[digest]}" if seen[digest] > 1 else "")


def _cell(row: list[object], index: int) -> str:
    if index >= len(row) or row[index] is None:
        return ""
    value = row[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _csv_rows(data: bytes, where: str) -> tuple[Iterator[list[object]], list[str]]:
    text, warnings = decode_text(data, where)
    sample = text[:4096]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    first_line = sample.split("\n", 1)[0]
    if first_line.count(delimiter) == 0 and first_line.count(";") > 0:
        delimiter = ";"
    csv.field_size_limit(16 * 1024 * 1024)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def rows() -> Iterator[list[object]]:
        """Yield rows; a broken CSV stops with a warning instead of an error."""
        try:
            yield from reader
        except csv.Error as exc:
            warnings.append(f"{where}: CSV stopped at line {reader.line_num}: {exc}")

    return rows(), warnings


def _xlsx_rows(data: bytes, where: str, limits: Limits) -> tuple[Iterator[list[object]], list[str]]:
    import zipfile

    import openpyxl

    try:
        check_zip(zipfile.ZipFile(io.BytesIO(data)), where, limits)
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except RejectedFile:
        raise
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise RejectedFile(where, f"not a readable .xlsx file ({exc.__class__.__name__})") from None
    sheet = book.worksheets[0]
    return (list(r) for r in sheet.iter_rows(values_only=True)), []


def sniff_delimiter(sample: str) -> str:
    """Return the delimiter of a CSV from its first kilobytes: comma, semicolon or tab."""
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    first_line = sample.split("\n", 1)[0]
    if first_line.count(delimiter) == 0 and first_line.count(";") > 0:
        delimiter = ";"
    return delimiter


def stream_csv(
    path: Path,
    mapping: Mapping[str, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    warnings: list[str] | None = None,
) -> Iterator[RawResponse]:
    """Yield the responses of a large CSV export one by one, reading the file as a stream.

    The file is read as UTF-8 (a BOM is skipped); an invalid byte becomes U+FFFD in its row,
    and `warnings` says how many responses hold one. A broken CSV stops with a warning.
    """
    warnings = warnings if warnings is not None else []
    where = str(path)
    with path.open("rb") as raw:
        head = raw.read(65536)
        if b"\x00" in head[:4096]:
            raise RejectedFile(where, "binary data where text was expected")
        raw.seek(0)
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")
        csv.field_size_limit(16 * 1024 * 1024)
        delimiter = sniff_delimiter(head.decode("utf-8", errors="replace").lstrip("\ufeff"))
        reader = csv.reader(text, delimiter=delimiter)
        header = next(reader, None)
        if not header:
            raise RejectedFile(where, "spreadsheet is empty")
        columns = resolve_columns([h.strip() for h in header], mapping or {}, where)
        damaged = 0
        try:
            for response in _responses(reader, columns, where, limits):
                damaged += "\ufffd" in response.text or "\ufffd" in response.name
                yield response
        except csv.Error as exc:
            warnings.append(f"{where}: CSV stopped at line {reader.line_num}: {exc}")
        if damaged:
            warnings.append(f"{where}: {damaged} responses held bytes that are not UTF-8 (replaced)")
