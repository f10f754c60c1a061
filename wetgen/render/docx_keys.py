"""The keys of a bill's units carried in its Word file, so that a bill edited in Word comes
back with them (`wetgen import`).

Each unit with a key gets a point bookmark at the start of its first paragraph (the heading of
an article or division, the paragraph of a lid or list item, the letter of an amending
onderdeel); a custom XML part maps each bookmark to its key and the kind of unit. Word and
LibreOffice keep both on save, a bookmark travels with its paragraph when the text is edited,
cut and pasted or moved with tracked changes, and a copied paragraph does not take it along.
Bookmark names are the key in the letters Word allows (at most 40), made unique.
"""

from __future__ import annotations

import re

from wetgen.render.bill_writer import BillWriter, Para, UnitMark
from wetgen.word import StyleMap, xml

KEYS_SCHEMA = "urn:wetgen:keys"
KEYS_ITEM_ID = "5F0C4E5A-7E1B-4D0B-9B1E-77657467656E"  # fixed, for byte-identical rebuilds
PREFIX = "wg_"
_NOT_NAME = re.compile(r"[^A-Za-z0-9_]")
_KINDS = ("division", "article", "lid", "item", "onderdeel")  # the UnitMark kinds that have keys


class KeyedBillWriter(BillWriter):
    """The bill writer that also marks the start of every keyed unit with a bookmark."""

    def __init__(self, styles: StyleMap, amending_law: bool) -> None:
        super().__init__(styles, amending_law)
        self.pending: list[tuple[str, str]] = []  # (kind, key) of units whose first paragraph is next
        self.anchors: list[tuple[str, str, str]] = []  # (bookmark name, kind, key), in order
        self.names: set[str] = set()

    def enter(self, mark: UnitMark) -> None:
        """Remember a keyed unit: its bookmark goes into the next paragraph."""
        key = getattr(mark.unit, "key", "")
        if key and mark.kind in _KINDS:
            self.pending.append((mark.kind, key))

    def paragraph(self, para: Para) -> None:
        """Write the paragraph, with the bookmarks of the units it starts."""
        if not self.pending:
            super().paragraph(para)
            return
        marks = "".join(self._bookmark(kind, key) for kind, key in self.pending)
        self.pending = []
        start = len(self.out)
        super().paragraph(para)
        self.out[start] = xml.with_leading(self.out[start], marks)

    def _bookmark(self, kind: str, key: str) -> str:
        name = bookmark_name(key, self.names)
        self.names.add(name)
        self.anchors.append((name, kind, key))
        return xml.bookmarked(len(self.anchors), name, "")

    def keys_part(self) -> bytes:
        """Return the custom XML part that maps each bookmark to its unit's kind and key."""
        rows = "".join(
            f'<unit bookmark="{xml.esc(name)}" kind="{kind}" key="{xml.esc(key)}"/>' for name, kind, key in self.anchors
        )
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<keys xmlns="{KEYS_SCHEMA}">{rows}</keys>'.encode()


def bookmark_name(key: str, taken: set[str]) -> str:
    """Return a Word bookmark name for a key: letters, digits and _, at most 40, not in `taken`."""
    base = (PREFIX + _NOT_NAME.sub("_", key))[:40]
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base[: 40 - len(str(n)) - 1]}_{n}"
    return name
