"""The publish stage: from the store to what staff show and publish, and their reactions back.

Takes the Store's read views (wetgen.consult.store); gives the per-article overview (HTML),
the consultatieverslag (Word, Markdown), the reactietabel (.xlsx) and what `consult show`
lists, and reads a filled-in reactietabel back into the store. `build_report(store,
public=True)` reads the store into a `Report` that holds only what its mode may show; every
renderer (html, docx, markdown, xlsx) renders a Report and nothing else. What a public output
may show of a respondent, and the redaction of personal data in quoted text, are decided once,
in `privacy` and `redact`.
"""

from wetgen.consult.publish.builder import build_report
from wetgen.consult.publish.model import Report

__all__ = ["Report", "build_report"]
