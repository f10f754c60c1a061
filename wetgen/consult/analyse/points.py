"""Split a response into points: paragraphs, with headings kept on the text they head."""

from __future__ import annotations

import hashlib
import re

_CLOSING = re.compile(
    r"^(met\s+vriendelijke\s+groet|met\s+vriendelijke\s+groeten|hoogachtend|vriendelijke\s+groet|"
    r"groet(en)?|mvg|kind\s+regards|best\s+regards|yours\s+sincerely)\b",
    re.I,
)
CLOSING_LINE = re.compile(
    r"^\s*(met\s+vriendelijke\s+groet(en)?|hoogachtend|vriendelijke\s+groet|kind\s+regards)\b",
    re.I | re.M,
)
_SALUTATION = re.compile(
    r"^(geachte|beste|dear|l\.s\.|aan\s+de\s+minister)\b[^.!?]{0,80}[,:]?$", re.I
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'„“(])")
MAX_POINT_CHARS = 1200
TARGET_CHARS = 700


def split_points(text: str) -> list[str]:
    """Return the points of a text: paragraphs without salutation or signature, long ones split."""
    paragraphs = [
        " ".join(p.split()) for p in re.split(r"\n\s*\n|\n(?=\s*(?:[-•*]|\d+[.)])\s)", text)
    ]
    merged: list[str] = []
    carry = ""
    for paragraph in paragraphs:
        if not paragraph:
            continue
        if _CLOSING.match(paragraph):
            break
        if _SALUTATION.match(paragraph) or paragraph in ("###",):
            continue
        if _is_heading(paragraph):
            carry = f"{carry} {paragraph}".strip()
            continue
        merged.append(f"{carry}: {paragraph}" if carry else paragraph)
        carry = ""
    if carry:
        merged.append(carry)
    return [piece for p in merged for piece in _split_long(p)]


def _is_heading(paragraph: str) -> bool:
    words = paragraph.split()
    return len(paragraph) <= 80 and len(words) <= 10 and not re.search(r"[.!?;:,]$", paragraph)


def _split_long(paragraph: str) -> list[str]:
    if len(paragraph) <= MAX_POINT_CHARS:
        return [paragraph]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE.split(paragraph):
        if current and len(current) + len(sentence) > TARGET_CHARS:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        pieces.append(current)
    return [p[: MAX_POINT_CHARS * 4] for p in pieces]


def point_ids(response_id: str, points: list[str]) -> list[str]:
    """Return stable ids for points: the response id and a hash of the point's own words."""
    seen: dict[str, int] = {}
    out = []
    for point in points:
        digest = hashlib.sha1(" ".join(point.lower().split()).encode("utf-8")).hexdigest()[:8]
        seen[digest] = seen.get(digest, 0) + 1
        suffix = f"-{seen[digest]}" if seen[digest] > 1 else ""
        out.append(f"{response_id}-{digest}{suffix}")
    return out


def sentences(text: str) -> list[str]:
    """Split text into sentences (roughly; enough for quoting and campaign differences)."""
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]
