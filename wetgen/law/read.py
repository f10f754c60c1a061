"""Reading a base law from a file, whatever its format: a table of readers by root element."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wetgen.law.akn_reader import read_akn
from wetgen.law.bwb_reader import read_bwb
from wetgen.law.draft_reader import read_draft
from wetgen.law.errors import LawError
from wetgen.law.model import Law
from wetgen.law.safe_xml import check_file, root_tag

DRAFT_SUFFIXES = (".yaml", ".yml")
# root element of the XML → reader
XML_READERS: dict[str, Callable[[Path], Law]] = {"toestand": read_bwb, "akomaNtoso": read_akn}


def read_law(path: Path) -> Law:
    """Read a BWB toestand, a wetgen AKN bill or a non-amending draft; raise LawError otherwise."""
    check_file(path)
    if path.suffix.lower() in DRAFT_SUFFIXES:
        return read_draft(path)
    tag = root_tag(path, str(path))
    reader = XML_READERS.get(tag)
    if reader is None:
        known = ", ".join(f"<{name}>" for name in XML_READERS)
        raise LawError(f"{path}: not a law wetgen reads (root element <{tag}>; expected {known}, "
                       "or a draft .yaml)")  # fmt: skip
    return reader(path)
