"""Time `wetgen diff --format docx` on two versions of the 2,000-article bill, beside Docxodus.

Run: python benchmarks/bench_diff.py [--articles N] [--leden L] [--repeat R] [--no-docxodus]
Needs the `bench` extra (python-redlines[docxodus]) for the Docxodus side.

In one run it:
1. generates the bill (benchmarks/generate_bill.py: N articles × L leden) as OLD, and makes
   NEW from it: about 5 % of the leden reworded, four articles inserted (250a, 750a, ... as
   Ar 6.16 numbers them) and three articles moved, two within a hoofdstuk and one to another
   hoofdstuk (the moved ones carry a `key` in both versions, as a drafter would give them);
   both are written as draft YAML;
2. times wetgen as `wetgen diff OLD NEW --format docx` runs it: reading both drafts, comparing
   them into a ChangeSet, and rendering the redline .docx with tracked changes (best and
   median of R runs), with the steps apart;
3. renders OLD and NEW as plain .docx (`render_bill_docx`) and times python-redlines'
   Docxodus engine comparing those two files (best of R runs);
4. counts the revisions each tool makes, for this pair and for a second pair in which one
   article is inserted at the top of the bill (so every article after it is renumbered),
   also with a key on every article, as a drafter would give them, so that the pairing
   cannot mistake the renumbered articles for changed ones.

Revisions are counted the same way for both tools (`revision_count`): a stretch of runs and
paragraph marks with one kind of change is one revision, whatever its w:ins/w:del elements,
and a deletion directly followed by an insertion is one replacement. Docxodus's own count
(from its log) is shown beside it.

Target (issue 6): ≤ 1 s for wetgen, at least 10× faster than Docxodus.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import replace
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generate_bill import generate  # noqa: E402
from timing import timed  # noqa: E402

from wetgen.diff.compare import diff_bills  # noqa: E402
from wetgen.diff.redline_docx import render_redline_docx  # noqa: E402
from wetgen.loader import load_bill  # noqa: E402
from wetgen.model import Article, Bill, Division, Stage, Version  # noqa: E402
from wetgen.render.docx import render_bill_docx  # noqa: E402

TARGET_SECONDS, TARGET_RATIO = 1.0, 10.0
CHANGE_EVERY = 20  # one lid in twenty is reworded: 5 %
INSERT_AFTER = (250, 750, 1250, 1750)
MOVES = ((105, 110), (1333, 1390))  # (article, after which article) within one hoofdstuk
MOVE_ACROSS = 600  # the last article of its hoofdstuk, moved to the start of the next
NEW_VERSION = Version("Benchmark, gewijzigd", "2027-03-15", Stage.ADVIESAANVRAAG)
_REVISION = re.compile(
    r"<w:(ins|del|moveFrom|moveTo)\b[^>]*?(/?)>|<w:(r|p)\b[^>]*>|</w:(ins|del|moveFrom|moveTo)>"
)


# --- the two versions -----------------------------------------------------------------------

ARTICLE = "        - opschrift:"
LID = "            - "


def split_articles(yaml_text: str) -> list[list[str]]:
    """Split the generated draft into chunks of lines: the lines before article 1, then one
    chunk per article (its lines, followed by a hoofdstuk heading if one comes next)."""
    chunks: list[list[str]] = [[]]
    for line in yaml_text.splitlines(keepends=True):
        if line.startswith(ARTICLE):
            chunks.append([])
        chunks[-1].append(line)
    return chunks


def numbered(chunk: list[str], number: str, key: str = "") -> list[str]:
    """Return an article chunk with an explicit number (and key) after its opschrift line."""
    extra = [f'          nummer: "{number}"\n'] + ([f'          key: "{key}"\n'] if key else [])
    return [chunk[0], *extra, *chunk[1:]]


def _article_part(chunk: list[str]) -> tuple[list[str], list[str]]:
    """Split a chunk into the article's own lines and a following hoofdstuk heading."""
    for n, line in enumerate(chunk):
        if line.startswith("    - hoofdstuk:"):
            return chunk[:n], chunk[n:]
    return chunk, []


def make_texts(articles: int, leden: int) -> tuple[str, str]:
    """Return the YAML of OLD (the generated bill, moved articles keyed) and of NEW."""
    head, *chunks = split_articles(generate(articles, leden))
    movers = {n for n, _ in MOVES} | {MOVE_ACROSS}
    old = [numbered(c, str(n), f"art-{n}") if n in movers else c for n, c in _numbered(chunks)]
    new = [_reworded(c, n) for n, c in _numbered(old)]
    new = _moved(new)
    new = _inserted(new)
    header = "".join(head).replace("label: Benchmark,", f'label: "{NEW_VERSION.label}",')
    header = header.replace('datum: "2026-12-01"', f'datum: "{NEW_VERSION.date}"')
    return "".join(head) + "".join(map("".join, old)), header + "".join(map("".join, new))


def _numbered(chunks: list[list[str]]) -> list[tuple[int, list[str]]]:
    return list(enumerate(chunks, start=1))


def _reworded(chunk: list[str], article: int) -> list[str]:
    """Reword one lid in CHANGE_EVERY, counting leden through the whole bill."""
    out = []
    for k, line in enumerate(chunk):
        lid_index = (article - 1) * 5 + sum(1 for x in chunk[:k] if x.startswith(LID))
        if line.startswith(LID) and lid_index % CHANGE_EVERY == 0 and "rekening" in line:
            line = line.replace("rekening", "in het bijzonder rekening", 1)
        out.append(line)
    return out


def _moved(chunks: list[list[str]]) -> list[list[str]]:
    """Move articles within their hoofdstuk, the ones they pass keeping their numbers
    (written out), and the last article of one hoofdstuk to the start of the next."""
    for number, after in MOVES:  # neither ends a hoofdstuk, so no heading moves along
        if after <= len(chunks):
            passed = [numbered(chunks[n - 1], str(n)) for n in range(number + 1, after + 1)]
            chunks[number - 1 : after] = [*passed, chunks[number - 1]]
    if MOVE_ACROSS < len(chunks):
        own, heading = _article_part(chunks[MOVE_ACROSS - 1])
        chunks[MOVE_ACROSS - 1] = heading + own  # now the first article of the next hoofdstuk
    return chunks


def _inserted(chunks: list[list[str]]) -> list[list[str]]:
    """Insert an article "Na" (250a, 750a, ...) after the articles in INSERT_AFTER."""
    out = []
    for n, chunk in enumerate(chunks, start=1):
        own, tail = _article_part(chunk)
        out.append(own)
        if n in INSERT_AFTER:
            out.append([f'{ARTICLE} "Nieuw artikel"\n', f'          nummer: "{n}a"\n',
                        "          leden:\n", f'{LID}"{_NEW_TEXT}"\n'])  # fmt: skip
        if tail:
            out.append(tail)
    return out


_NEW_TEXT = (
    "Onze Minister brengt binnen drie jaar na de inwerkingtreding van deze wet aan de "
    "Staten-Generaal verslag uit over de doeltreffendheid en de effecten van deze wet in de praktijk."
)


def _map_articles(bill: Bill, change: Callable[[Article], Article]) -> Bill:
    def node(n):
        if isinstance(n, Division):
            return replace(n, children=tuple(node(c) for c in n.children))
        return change(n)

    return replace(bill, body=tuple(node(n) for n in bill.body))


def top_insertion(yaml_text: str) -> str:
    """Return the draft with one article inserted before the first one (all others renumber)."""
    first = yaml_text.index("        - opschrift:")
    article = (
        f'        - opschrift: "Doel van de wet"\n          leden:\n            - "{_NEW_TEXT}"\n'
    )
    return yaml_text[:first] + article + yaml_text[first:]


def _keyed_by_content(old: Bill, new: Bill) -> tuple[Bill, Bill]:
    """Give every article of the top-insertion pair a key that follows its text, not its number."""
    old = _map_articles(old, lambda a: replace(a, key=f"a{a.number}"))
    new = _map_articles(
        new, lambda a: replace(a, key=f"a{int(a.number) - 1}" if a.number != "1" else "nieuw")
    )
    return old, new


# --- counting revisions ---------------------------------------------------------------------


def document_xml(docx: bytes) -> str:
    """Return word/document.xml of a .docx as text."""
    with zipfile.ZipFile(BytesIO(docx)) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def revision_count(docx: bytes) -> int:
    """Count revisions as a reviewer meets them: a stretch of runs and paragraph marks with one
    kind of change is one revision, and a deletion directly followed by an insertion (a
    replacement) is one too."""
    count, open_kind, last = 0, [], ""
    for m in _REVISION.finditer(document_xml(docx)):
        start, empty, atom, end = m.group(1), m.group(2), m.group(3), m.group(4)
        if end:
            open_kind.pop()
            continue
        if start and not empty:
            open_kind.append(start)
            continue
        if start:  # a paragraph-mark revision
            kind = start
        elif atom == "r":
            kind = open_kind[-1] if open_kind else ""
        else:
            continue
        count += bool(kind) and kind != last and not (last == "del" and kind == "ins")
        last = kind
    return count


def docxodus_compare(old_docx: Path, new_docx: Path) -> tuple[bytes, str]:
    """Compare two .docx files with python-redlines' Docxodus engine; return output and log."""
    from python_redlines.engines import DocxodusEngine

    output, stdout, stderr = DocxodusEngine().run_redline("docxodus", old_docx, new_docx)
    return output, (stdout or "") + (stderr or "")


def stated_count(log: str) -> str:
    """Return the revision count Docxodus prints ("N revision(s) found"), or "?"."""
    found = re.search(r"(\d+) revision", log)
    return found.group(1) if found else "?"


# --- the run --------------------------------------------------------------------------------


def main() -> int:
    """Run the benchmark and print the figures; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--leden", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-docxodus", action="store_true", help="time wetgen only")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wetgen-bench-diff-"))
    try:
        return run(work, args.articles, args.leden, args.repeat, not args.no_docxodus)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def make_versions(work: Path, articles: int, leden: int) -> tuple[Path, Path]:
    """Write OLD and NEW drafts into `work` and return their paths."""
    old_text, new_text = make_texts(articles, leden)
    old_path, new_path = work / "old.yaml", work / "new.yaml"
    old_path.write_text(old_text, encoding="utf-8")
    new_path.write_text(new_text, encoding="utf-8")
    return old_path, new_path


def run(work: Path, articles: int, leden: int, repeat: int, docxodus: bool) -> int:
    """Do the measurements in folder `work`."""
    old_path, new_path = make_versions(work, articles, leden)
    old, new = load_bill(old_path), load_bill(new_path)
    changes = diff_bills(old, new)
    print(f"bill: {articles} articles × {leden} leden; changes: {changes.summary()}")

    def whole() -> bytes:
        a, b = load_bill(old_path), load_bill(new_path)
        return render_redline_docx(a, b, diff_bills(a, b))

    total = timed(repeat, whole)
    load = timed(repeat, lambda: (load_bill(old_path), load_bill(new_path)))
    compare = timed(repeat, lambda: diff_bills(old, new))
    render = timed(repeat, lambda: render_redline_docx(old, new, changes))
    redline = whole()
    for name, (best, median, cpu) in (("read both drafts", load), ("compare (ChangeSet)", compare),
                                      ("render redline .docx", render),
                                      ("diff --format docx (total)", total)):  # fmt: skip
        print(f"wetgen {name:27} best {best:6.3f} s   median {median:6.3f} s   CPU {cpu:6.3f} s")
    print(f"wetgen revisions (counted alike)     {revision_count(redline)}")

    misses = [] if total[0] <= TARGET_SECONDS else [f"wetgen {total[0]:.2f} s > {TARGET_SECONDS} s"]
    if docxodus:
        misses += _docxodus_side(work, old, new, total, repeat)
    _top_insertion(work, articles, leden, docxodus)
    print(f"cpus: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}, python {sys.version.split()[0]}")
    print("target: " + ("met" if not misses else "MISSED: " + "; ".join(misses)))
    return 1 if misses else 0


def _docxodus_side(work: Path, old: Bill, new: Bill, wetgen: tuple[float, float, float],
                   repeat: int) -> list[str]:  # fmt: skip
    old_docx, new_docx = work / "old.docx", work / "new.docx"
    old_docx.write_bytes(render_bill_docx(old))
    new_docx.write_bytes(render_bill_docx(new))
    outcome: list[tuple[bytes, str]] = []
    best, median, cpu = timed(repeat, lambda: outcome.append(docxodus_compare(old_docx, new_docx)))
    output, log = outcome[-1]
    ratio = best / wetgen[0]
    print(f"Docxodus compare of the two .docx  best {best:6.3f} s   median {median:6.3f} s")
    print(
        f"Docxodus revisions (counted alike)   {revision_count(output)} (it reports {stated_count(log)})"
    )
    print(f"ratio Docxodus / wetgen            {ratio:6.1f}× wall, {cpu / wetgen[2]:.1f}× CPU")
    print(f"Docxodus CPU time                  {cpu:6.3f} s (best run)")
    return [] if ratio >= TARGET_RATIO else [f"ratio {ratio:.1f}× < {TARGET_RATIO}×"]


def _top_insertion(work: Path, articles: int, leden: int, docxodus: bool) -> None:
    text = generate(articles, leden)
    old_path, new_path = work / "top-old.yaml", work / "top-new.yaml"
    old_path.write_text(text, encoding="utf-8")
    new_path.write_text(top_insertion(text), encoding="utf-8")
    old, new = load_bill(old_path), load_bill(new_path)
    changes = diff_bills(old, new)
    counts = {k: v for k, v in changes.summary().items() if v}
    redline = render_redline_docx(old, new, changes)
    print(f"one article inserted at the top: wetgen ChangeSet {counts}")
    print(f"  wetgen redline revisions (counted alike) {revision_count(redline)}")
    old_keyed, new_keyed = _keyed_by_content(old, new)
    changes = diff_bills(old_keyed, new_keyed)
    counts = {k: v for k, v in changes.summary().items() if v}
    redline = render_redline_docx(old_keyed, new_keyed, changes)
    print(f"  the same with a key on every article: wetgen ChangeSet {counts}")
    print(f"  wetgen redline revisions (counted alike) {revision_count(redline)}, "
          f"renumbering notes (comments) {document_xml(redline).count('<w:commentReference ')}")  # fmt: skip
    if docxodus:
        old_docx, new_docx = work / "top-old.docx", work / "top-new.docx"
        old_docx.write_bytes(render_bill_docx(old))
        new_docx.write_bytes(render_bill_docx(new))
        output, log = docxodus_compare(old_docx, new_docx)
        print(
            f"  Docxodus revisions (counted alike) {revision_count(output)} (it reports {stated_count(log)})"
        )


if __name__ == "__main__":
    sys.exit(main())
