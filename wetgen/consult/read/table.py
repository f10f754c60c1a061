"""Spreadsheets of responses (CSV, XLSX) with a configurable column mapping."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from wetgen.consult.errors import ConsultInputError, RejectedFile
from wetgen.consult.read import Attachment, RawResponse
from wetgen.consult.read.dates import iso_date
from wetgen.consult.read.html import GUID
from wetgen.inputs import DEFAULT_LIMITS, Deadline, Limits
from wetgen.inputs.sheets import open_workbook, sheet_rows
from wetgen.inputs.text import LineDecoder, looks_binary, one_line

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
MAX_LINE = 16 * 1024 * 1024  # a CSV line (and field) longer than this is skipped
csv.field_size_limit(MAX_LINE)
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
    source: bytes | BinaryIO,
    suffix: str,
    where: str,
    mapping: Mapping[str, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    deadline: Deadline | None = None,
) -> tuple[list[RawResponse], list[str]]:
    """Read a CSV or XLSX export into responses, using `mapping` over the known column names;
    rows are read as they come, within the row, column and time limits."""
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    deadline = deadline or Deadline(limits.seconds_per_table)
    warnings: list[str] = []
    if suffix == ".xlsx":
        found = _xlsx_rows(stream, where, limits, deadline, warnings)
    else:
        found = _csv_rows(stream, where, limits, warnings)
    rows = _within(found, where, limits, deadline, warnings)
    header = next(rows, None)
    if not header or not any(str(h or "").strip() for h in header):
        damage = warnings[-1].removeprefix(f"{where}: ") if warnings else ""
        raise RejectedFile(where, damage or "spreadsheet is empty")
    columns = resolve_columns([str(h or "").strip() for h in header], mapping or {}, where)
    responses = list(_responses(rows, columns, where, limits, warnings))
    if not responses:
        warnings.append(f"{where}: no responses in it, only a header")
    return responses, warnings


def _within(
    rows: Iterator[list[object]],
    where: str,
    limits: Limits,
    deadline: Deadline,
    warnings: list[str],
) -> Iterator[list[object]]:
    """Pass rows on, cut to the column limit, until the row or time limit."""
    for number, row in enumerate(rows, start=1):
        if number > limits.max_rows:
            warnings.append(f"{where}: only the first {limits.max_rows:,} rows were read")
            return
        if number % 1000 == 0 and deadline.passed:
            warnings.append(f"{where}: only the first {number - 1:,} rows were read "
                            f"(the time limit is {deadline.seconds:.0f} s)")  # fmt: skip
            return
        yield row[: limits.max_columns]


def resolve_columns(header: list[str], mapping: Mapping[str, str], where: str) -> dict[str, int]:
    """Return field → column index, from the mapping first and the known names second."""
    lower = [h.lower() for h in header]
    found: dict[str, int] = {}
    for field, column in mapping.items():
        if column.lower() not in lower:
            raise RejectedFile(
                where, f"column {column!r} (for {field}) is not in the header: {_shown(header)}"
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
            f"no text column found (columns: {_shown(header)}); map one with --columns text=COLUMN",
        )
    return found


def _shown(header: list[str]) -> str:
    """Return a header's column names for a one-line message."""
    return one_line(", ".join(header), width=200)


def _responses(
    rows: Iterator[list[object]], columns: dict[str, int], where: str, limits: Limits,
    warnings: list[str],
) -> Iterator[RawResponse]:  # fmt: skip
    seen: dict[str, int] = {}
    cut: list[int] = []
    for number, row in enumerate(rows, start=2):
        values = {f: _cell(row, i) for f, i in columns.items()}
        if not any(values.values()):
            continue
        text = values.get("text", "").replace(SCRAPER_SEPARATOR, "\n\n")
        if len(text) > limits.max_text_chars:
            cut.append(number)
            text = text[: limits.max_text_chars]
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
    if cut:
        rows_cut = ", ".join(map(str, cut[:5])) + (
            f" and {len(cut) - 5} more" if len(cut) > 5 else ""
        )
        warnings.append(
            f"{where}: text truncated to {limits.max_text_chars:,} characters in row {rows_cut}"
        )


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


def _csv_rows(
    stream: BinaryIO, where: str, limits: Limits, warnings: list[str]
) -> Iterator[list[object]]:
    """Yield the rows of a CSV, decoded line by line, with the delimiter sniffed from its start."""
    head = stream.read(65536)
    if looks_binary(head):
        raise RejectedFile(where, "binary data where a CSV was expected")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        lines: Iterator[str] = io.TextIOWrapper(_Joined(head, stream), "utf-16", "replace", "")
        decoder = None
    else:
        decoder = LineDecoder(where, head)
        lines = (decoder.decode(n, raw) for n, raw in _byte_lines(head, stream, where, warnings))
    sample = head.decode("utf-16" if decoder is None else "utf-8", "replace")[:4096].lstrip(
        "\ufeff"
    )
    quotes = _QuoteCount(lines)
    reader = csv.reader(quotes, delimiter=_delimiter(sample))
    started = ended = 0  # the lines the last row started and ended on
    try:
        for row in reader:
            started, ended = ended + 1, reader.line_num
            yield row
    except csv.Error as exc:
        warnings.append(f"{where}: CSV stopped at line {reader.line_num}: {exc}")
    if quotes.odd:  # the csv module reads an unclosed quote silently to the end of the file
        warnings.append(f"{where}: a quote opened in the row on line {started} is never closed: "
                        "the last row may hold the rest of the file")  # fmt: skip
    if decoder is not None:
        warnings.extend(decoder.warnings())


class _QuoteCount:
    """Pass lines on, counting their quote characters: an odd total is an unclosed quote."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines, self.count = iter(lines), 0

    def __iter__(self) -> _QuoteCount:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.count += line.count('"')
        return line

    @property
    def odd(self) -> bool:
        """Tell whether the quotes seen so far do not pair up."""
        return self.count % 2 == 1


def _delimiter(sample: str) -> str:
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    first_line = sample.split("\n", 1)[0]
    if first_line.count(delimiter) == 0 and first_line.count(";") > 0:
        delimiter = ";"
    return delimiter


def _byte_lines(
    head: bytes, stream: BinaryIO, where: str, warnings: list[str]
) -> Iterator[tuple[int, bytes]]:
    """Yield (number, line) from the stream; a line longer than a CSV field may be is skipped."""
    buffered = io.BufferedReader(_Joined(head, stream), 1 << 16)
    for number, line in enumerate(iter(lambda: buffered.readline(MAX_LINE + 1), b""), start=1):
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            while True:  # skip the rest of the overlong line
                rest = buffered.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            warnings.append(
                f"{where}: line {number} is longer than {MAX_LINE // (1 << 20)} MB: skipped"
            )
            continue
        yield number, line


class _Joined(io.RawIOBase):
    """The bytes already read (`head`) followed by the rest of the stream."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        super().__init__()
        self.head, self.stream = head, stream

    def readable(self) -> bool:
        """Tell io that this stream can be read."""
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        """Fill `buffer` from the head first, then from the stream."""
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size], self.head = self.head[:size], self.head[size:]
            return size
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _xlsx_rows(
    stream: BinaryIO, where: str, limits: Limits, deadline: Deadline, warnings: list[str]
) -> Iterator[list[object]]:
    """Yield the rows of the first sheet as they come (wetgen.inputs.sheets), until the deadline."""
    book = open_workbook(stream, where, limits, deadline=deadline)
    try:
        if not book.worksheets:
            raise RejectedFile(where, "the workbook has no worksheet")
        for row in sheet_rows(book.worksheets[0], where, warnings, limits):
            yield list(row)
    finally:
        book.close()


def stream_csv(
    path: Path,
    mapping: Mapping[str, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    warnings: list[str] | None = None,
) -> Iterator[RawResponse]:
    """Yield the responses of a large CSV export one by one, decoded and split as `read_table`
    does, without holding them; no row or time limit (the export is ingested in chunks)."""
    warnings = warnings if warnings is not None else []
    where = str(path)
    with path.open("rb") as stream:
        rows = (row[: limits.max_columns] for row in _csv_rows(stream, where, limits, warnings))
        header = next(rows, None)
        if not header or not any(str(h or "").strip() for h in header):
            raise RejectedFile(where, "spreadsheet is empty")
        columns = resolve_columns([str(h or "").strip() for h in header], mapping or {}, where)
        yield from _responses(rows, columns, where, limits, warnings)
