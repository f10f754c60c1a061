"""The manifest of a regulation in the BWB repository: which toestanden exist, and which one to take.

`https://repository.officiele-overheidspublicaties.nl/bwb/{id}/manifest.xml` lists every
toestand as an `expression` labelled "{date}_{n}", with the dates it is valid
(`datum_inwerkingtreding` to `einddatum`) and the dates it was the publisher's current view
(`zichtdatum_start` to `zichtdatum_eind`). A retroactive change publishes a new expression for
the same validity ("2025-01-01_0", then "2025-01-01_4"), so the one to take is the expression
valid on the date asked that is the current view today: the latest `zichtdatum_start`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from wetgen.law.errors import LawError
from wetgen.law.safe_xml import parse_bytes

OPEN_END = "9999-12-31"
LABEL = re.compile(r"\d{4}-\d{2}-\d{2}_\d+")
_FILE_NAME = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.xml")


@dataclass(frozen=True)
class Expression:
    """One toestand in a manifest: its label, validity, view dates and XML file name."""

    label: str
    valid_from: str
    valid_until: str
    seen_from: str
    seen_until: str
    xml_name: str

    @property
    def generation(self) -> int:
        """Return the view generation, the number after the underscore ("2025-01-01_4" → 4)."""
        tail = self.label.rpartition("_")[2]
        return int(tail) if tail.isdigit() else 0


def read_manifest(data: bytes, bwb_id: str, where: str = "manifest") -> tuple[Expression, ...]:
    """Parse a BWB manifest; raise LawError if it is not one or is not the manifest of `bwb_id`."""
    root = parse_bytes(data, where)
    if root.tag != "work":
        raise LawError(f"{where}: not a BWB manifest (root element <{root.tag}>, expected <work>)")
    if root.get("label", bwb_id) != bwb_id:
        raise LawError(f"{where}: the manifest is of {root.get('label')}, not of {bwb_id}")
    found = []
    for expression in root.iterchildren("expression"):
        label = expression.get("label", "")
        meta = expression.find("metadata")
        if not LABEL.fullmatch(label) or meta is None:
            continue  # a label that is not "{date}_{n}" never reaches a URL or a file name
        found.append(Expression(
            label=label,
            valid_from=meta.findtext("datum_inwerkingtreding", "").strip() or label.partition("_")[0],
            valid_until=meta.findtext("einddatum", "").strip() or OPEN_END,
            seen_from=meta.findtext("zichtdatum_start", "").strip(),
            seen_until=meta.findtext("zichtdatum_eind", "").strip() or OPEN_END,
            xml_name=_xml_name(expression) or f"{bwb_id}_{label}.xml",
        ))  # fmt: skip
    return tuple(found)


def select(expressions: tuple[Expression, ...], on: str, today: str) -> Expression | None:
    """Return the toestand valid on `on` as known `today`, or None if none was valid then."""
    valid = [e for e in expressions if e.valid_from <= on <= e.valid_until]
    if not valid:
        return None
    current = [e for e in valid if e.seen_from <= today <= e.seen_until] or valid
    return max(current, key=lambda e: (e.seen_from, e.generation, e.label))


def _xml_name(expression: etree._Element) -> str:
    for manifestation in expression.iterchildren("manifestation"):
        if manifestation.get("label") != "xml":
            continue
        for item in manifestation.iterchildren("item"):
            name = item.get("label", "")
            if item.get("_deleted", "false") != "true" and _FILE_NAME.fullmatch(name):
                return name
    return ""
