"""E-mails (.eml) that reached the ministry outside the platform, read with the stdlib email package."""

from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from wetgen.consult.errors import RejectedFile
from wetgen.consult.read import Attachment
from wetgen.inputs import Deadline, Limits, RefusedInput
from wetgen.inputs.text import FALLBACK
from wetgen.inputs.xml import parse_html


@dataclass
class Mail:
    """What an e-mail holds: sender, date, subject, body text and attachments."""

    name: str = ""
    address: str = ""
    date: str = ""
    subject: str = ""
    text: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    complete: bool = True  # False when parts or attachments were left unread


def parse_eml(data: bytes, where: str, limits: Limits, deadline: Deadline | None = None) -> Mail:
    """Parse an e-mail: the plain-text body (or HTML made plain) and each attachment's text,
    within the nesting, attachment and time limits."""
    deadline = deadline or Deadline(None)
    if not data.strip():
        raise RejectedFile(where, "empty file")
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except RecursionError:
        raise RejectedFile(where, "e-mail parts nested too deeply: refused") from None
    mail = Mail(subject=_header(message, "subject"))
    mail.name, mail.address = email.utils.parseaddr(_header(message, "from"))
    mail.date = _iso_date(_header(message, "date"))
    bodies: list[str] = []
    files = 0
    for part in _leaves(message, where, limits, mail):
        filename = _filename(part)
        if filename:
            files += 1
            if files > limits.max_attachments or deadline.passed:
                continue
            mail.attachments.append(_attachment(part, filename, where, limits, deadline))
        elif part.get_content_type() in ("text/plain", "text/html") and not bodies:
            bodies.append(_body(part, where, mail.warnings))
    read = len(mail.attachments)
    if files > read:
        why = "the time limit" if deadline.passed else f"the limit is {limits.max_attachments}"
        mail.warnings.append(f"{where}: only {read} of {files} attachments were read ({why})")
        mail.complete = False
    mail.text = bodies[0] if bodies else ""
    return mail


def _leaves(
    message: email.message.Message, where: str, limits: Limits, mail: Mail
) -> Iterator[email.message.Message]:
    """Yield the non-multipart parts in order, no deeper than the nesting limit."""
    stack = [(message, 0)]
    too_deep = False
    while stack:
        part, depth = stack.pop()
        if not part.is_multipart():
            yield part
        elif depth >= limits.max_mail_depth:
            too_deep = True
        else:
            children = part.get_payload()
            stack.extend((child, depth + 1) for child in reversed(children if isinstance(children, list) else []))
    if too_deep:
        mail.warnings.append(f"{where}: parts nested deeper than {limits.max_mail_depth} levels were not read")
        mail.complete = False


def _filename(part: email.message.Message) -> str:
    try:
        return part.get_filename() or ""
    except Exception:  # a parameter the header parser cannot read
        return "bijlage"


def _header(message: email.message.Message, name: str) -> str:
    """Return a header as text; raw 8-bit bytes in it are read as UTF-8, else Windows-1252."""
    raw = next((str(v) for k, v in message.raw_items() if k.lower() == name), "")
    if any("\udc80" <= ch <= "\udcff" for ch in raw):  # 8-bit bytes, not MIME-encoded words
        raw = " ".join(raw.split())
        return raw.encode("utf-8", "surrogateescape").decode("utf-8", FALLBACK)
    try:
        return str(message.get(name, "") or "")
    except Exception:  # the email package's header parser fails on some values ("From: . <a@b>")
        try:
            return str(email.header.make_header(email.header.decode_header(raw)))
        except Exception:  # encoded words it cannot decode either: the raw text
            return " ".join(raw.split())


def _iso_date(value: str) -> str:
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return ""
    return parsed.date().isoformat() if parsed else ""


def _body(part: email.message.Message, where: str, warnings: list[str]) -> str:
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        text = payload.decode(charset)
    except (LookupError, UnicodeDecodeError, ValueError):  # unknown, wrong or absurd ("\0")
        text = payload.decode("cp1252", errors="replace")
        warnings.append(
            f"{where}: body not in its declared charset {charset!r}; characters replaced"
        )
    if part.get_content_type() == "text/html":
        try:
            text = parse_html(text, where).text_content()
        except Exception:  # a broken HTML body still gives its raw text
            pass
    return text.strip()


def _attachment(
    part: email.message.Message, filename: str, where: str, limits: Limits, deadline: Deadline
) -> Attachment:
    from wetgen.consult.read.files import cap_text, extract_bytes

    name = PurePosixPath(filename.replace("\\", "/")).name
    payload = part.get_payload(decode=True) or b""
    suffix = PurePosixPath(name).suffix.lower()
    inner = f"{where}!{name}"
    if suffix == ".eml":
        return Attachment(name, "", "rejected", "e-mail inside an e-mail is not read")
    if len(payload) > limits.max_file_bytes:
        return Attachment(name, "", "rejected", "attachment over the file size limit")
    try:
        found = cap_text(extract_bytes(payload, suffix, inner, limits, deadline), inner, limits)
    except RefusedInput as exc:
        return Attachment(name, "", "rejected", exc.reason)
    return Attachment(name, found.text, "ok" if found.complete else "truncated", "; ".join(found.warnings))
