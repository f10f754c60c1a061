"""Resolution against bills read in by `wetgen import`, next to the hand-typed skeletons.

Staff and reviewers hold a bill as it was published (a Word file, a Staatsblad page), not as a
draft in wetgen's format; `wetgen consult refs --bill bill.docx` imports it on the way. This
measures what that costs on the real set's own bill texts: every document that is a bill's text
(a Staatsblad text, a voorstel van wet, an AMvB; not an amendement, nota or memorie) is resolved
once against its skeleton and once against the draft `wetgen import` makes of its own excerpt.
The excerpts are the openings of the stored pages, so a bill imported from one lacks what the
excerpt cut off (the articles after it), which the skeleton may hold: part of the gap is that.

    python tests/consult/realrefs/imported.py [--part PART] [--misses]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the repository root on the path
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.consult.realrefs.evaluate import (
    PARTS,
    Document,
    Report,
    format_report,
    in_part,
    load_documents,
    run_resolver,
    score,
)
from wetgen.importer import ImportRefused, import_data
from wetgen.importer.draft import draft_text
from wetgen.loader import load_bill, load_text

_ARTICLE_HEADING = re.compile(r"^(?:ARTIKEL|Artikel) [IVXL]+\b", re.M)
_BILL_KINDS = ("Staatsblad", "voorstel van wet", "wet as", "text of an amending", "algemene maatregel",
               "Staatscourant text")  # fmt: skip
_OTHER_KINDS = ("nota van wijziging", "amendement", "memorie", "verslag", "record", "A-stuk")  # (an A-stuk lists differences)


def bill_texts(documents: list[Document] | None = None) -> list[Document]:
    """Return the documents that are a bill's own text with its Roman-numbered articles."""
    chosen = []
    for doc in documents if documents is not None else load_documents():
        kind = str(doc.source.get("kind", ""))
        if (_ARTICLE_HEADING.search(doc.excerpt) and any(k in kind for k in _BILL_KINDS)
                and not any(k in kind for k in _OTHER_KINDS)):  # fmt: skip
            chosen.append(doc)
    return chosen


def imported_bill(doc: Document):  # noqa: ANN201 - Bill
    """Return the bill `wetgen import` reads from a document's excerpt, as its draft loads."""
    result = import_data(doc.excerpt.encode("utf-8"), f"{doc.id}.txt")
    return load_text(draft_text(result, f"{doc.id}.txt").encode("utf-8"), f"<{doc.id}>").bill


def compare(documents: list[Document]) -> tuple[Report, Report, list[str]]:
    """Return the reports against the skeletons and against the imported bills, and the ids of
    documents whose text does not import (they count against the imported side as unresolved)."""
    skeletons, imported, refused = Report(), Report(), []
    for doc in documents:
        score(doc, run_resolver(doc.excerpt, load_bill(doc.bill)), skeletons)
        try:
            bill = imported_bill(doc)
        except ImportRefused:
            refused.append(doc.id)
            score(doc, [], imported)
            continue
        score(doc, run_resolver(doc.excerpt, bill), imported)
    return skeletons, imported, refused


def main(argv: list[str] | None = None) -> int:
    """Print both reports' figures (and, with --misses, the imported side's disagreements)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the imported side's disagreements")
    parser.add_argument("--part", choices=PARTS, default="all",
                        help="score one part of the set (as evaluate.py; 'read' leaves out the unseen parts)")
    args = parser.parse_args(argv)
    documents = [d for d in bill_texts() if in_part(d.id, args.part)]
    skeletons, imported, refused = compare(documents)
    print(f"{len(documents)} bill texts; not importable: {', '.join(refused) or 'none'}\n")
    print("against the skeletons:\n" + format_report(skeletons).split("\n\n")[0])
    print("\nagainst the imported bills:\n" + format_report(imported, misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
