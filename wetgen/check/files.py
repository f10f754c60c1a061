"""The files a draft names besides its toelichting: every figure of the MvT is a regular file
inside the draft's folder, within the size cap, or the build prints only its caption."""

from __future__ import annotations

import re
from pathlib import Path

from wetgen.draft_files import MAX_FIGURE_BYTES, DraftFileRefused, locate_draft_file
from wetgen.errors import Diagnostic, Severity
from wetgen.messages import t
from wetgen.model import Bill
from wetgen.prose.blocks import Figure
from wetgen.prose.markdown_in import parse_markdown
from wetgen.source import SourceLocation

WEB = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def check_files(bill: Bill) -> list[Diagnostic]:
    """Return a warning for each MvT figure that cannot be placed, at its line in the Markdown."""
    draft = Path(bill.loc.path)
    if "![" not in bill.toelichting.algemeen or not bill.toelichting.source or not draft.is_file():
        return []
    root, markdown = draft.parent, Path(bill.toelichting.source)
    found = []
    for block in parse_markdown(bill.toelichting.algemeen):
        if not isinstance(block, Figure) or not block.source or WEB.match(block.source):
            continue
        try:
            locate_draft_file(root, block.source, MAX_FIGURE_BYTES, markdown.parent)
        except DraftFileRefused as refused:
            line = _line_of(bill.toelichting.algemeen, block.source)
            found.append(Diagnostic.of(t("SCH005.figure-refused", reason=refused.args[0]),
                                       SourceLocation(str(markdown), line, 1), t("hint.figure-inside"),
                                       Severity.WARNING))  # fmt: skip
    return found


def _line_of(text: str, source: str) -> int:
    at = text.find(f"]({source}")
    return text.count("\n", 0, at) + 1 if at >= 0 else 1
