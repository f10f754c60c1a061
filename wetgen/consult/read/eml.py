"""E-mails (.eml) that reached the ministry outside the platform, read with the stdlib email package."""

from __future__ import annotations

import email
import email.policy
import email.utils
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from wetgen.consult.read import Attachment
from wetgen.consult.read.safety import Limits, parse_html


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


def parse_eml(data: bytes, where: str, limits: Limits) -> Mail:
    """Parse an e-mail: the plain-text body (or HTML made plain) and each attachment's text."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    mail = Mail(subject=_header(message, "subject"))
    mail.name, mail.address = email.utils.parseaddr(_header(message, "from"))
    mail.date = _iso_date(_header(message, "date"))
    bodies: list[str] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        if filename:
            mail.attachments.append(_attachment(part, filename, where, limits))
        elif part.get_content_type() in ("text/plain", "text/html") and not bodies:
            bodies.append(_body(part, where, mail.warnings))
    mail.text = bodies[0] if bodies else ""
    return mail


def _header(message: email.message.Message, name: str) -> str:
    try:
        return str(message.get(name, "") or "")
    except (ValueError, TypeError, IndexError):
        return ""


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
    except (LookupError, UnicodeDecodeError):
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
    part: email.message.Message, filename: str, where: str, limits: Limits
) -> Attachment:
    from wetgen.consult.errors import RejectedFile
    from wetgen.consult.read.files import extract_bytes

    name = PurePosixPath(filename.replace("\\", "/")).name
    payload = part.get_payload(decode=True) or b""
    suffix = PurePosixPath(name).suffix.lower()
    inner = f"{where}!{name}"
    if suffix == ".eml":
        return Attachment(name, "", "rejected", "e-mail inside an e-mail is not read")
    if len(payload) > limits.max_file_bytes:
        return Attachment(name, "", "rejected", "attachment over the file size limit")
    try:
        text, warnings = extract_bytes(payload, suffix, inner, limits)
    except RejectedFile as exc:
        return Attachment(name, "", "rejected", exc.reason)
    return Attachment(name, text[: limits.max_text_chars], "ok", "; ".join(warnings))
