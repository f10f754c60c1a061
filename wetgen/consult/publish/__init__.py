"""Consultation reports: the per-article overview, the consultatieverslag and the reactietabel.

`build_report(conn, public=True)` reads the store into a `Report` that holds only what its mode
may show; every renderer (html, docx, markdown, xlsx) renders a Report and nothing else.
"""

from wetgen.consult.publish.builder import build_report
from wetgen.consult.publish.model import Report

__all__ = ["Report", "build_report"]
