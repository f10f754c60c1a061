"""The public library API: one function for each thing a user of wetgen does.

Each function takes and returns the model's values (`Bill`, `Diagnostic`, `ChangeSet`, `Law`),
bytes or paths; it raises the `WetgenError` family with messages written for people and never
prints. `import wetgen` exposes these names lazily (`wetgen/__init__.py`), and this module
imports what each function needs only when it runs, so drafting never loads the optional
consultation extra that `ingest` and `report` need (`pip install 'wetgen[consult]'`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wetgen.errors import Diagnostic, UsageError
from wetgen.model import Bill
from wetgen.progress import NULL_PROGRESS, Progress

if TYPE_CHECKING:
    from wetgen.consult.ingest import IngestReport
    from wetgen.diff.changes import ChangeSet
    from wetgen.law.fetch import Fetched
    from wetgen.law.model import Law

def load(path: str | Path) -> Bill:
    """Load a draft file, or import a bill document (.docx, .xml, .html, .txt), into a Bill; raise if unusable."""
    from wetgen.importer.draft import read_bill

    return read_bill(Path(path))[0]


def loads(text: str | bytes, name: str = "<draft>", base_dir: str | Path | None = None) -> Bill:
    """Load a draft from its YAML text; `name` is the path findings name, `base_dir` holds toelichtingen."""
    from wetgen.loader import load_text, require_bill

    return require_bill(load_text(text, name, Path(base_dir) if base_dir is not None else None))


def check_draft(draft: str | Path | Bill) -> list[Diagnostic]:
    """Return every finding on a draft file or a loaded Bill, as `wetgen check` reports them.

    A file is read and checked against the schema too; the strict Akoma Ntoso validation runs
    when there are no errors. An empty list means a clean draft.
    """
    from wetgen.check import check_bill, check_file
    from wetgen.errors import Severity
    from wetgen.render.akn import validate_bill

    if not isinstance(draft, Bill):
        return check_file(draft, when_clean=[validate_bill]).diagnostics
    findings = check_bill(draft)
    if not any(d.severity is Severity.ERROR for d in findings):
        findings += validate_bill(draft)
    return findings


def render_bill(bill: Bill, formats: Sequence[str] | None = None,
                templates: str | Path | None = None) -> dict[str, bytes]:  # fmt: skip
    """Render a bill in `formats` (docx, akn, html, md; default all) and return {file name: content}."""
    from wetgen.build import FORMATS, check_house_style, house_style, outputs, parse_formats

    chosen = parse_formats(formats or FORMATS)
    style = house_style(_path(templates))
    check_house_style(style, chosen)
    return {output.name: output.render() for output in outputs(bill, chosen, style)}


def build_bill(bill: Bill, out_dir: str | Path, formats: Sequence[str] | None = None,
               templates: str | Path | None = None, progress: Progress = NULL_PROGRESS) -> list[Path]:  # fmt: skip
    """Render a bill in `formats` (default all) into the folder `out_dir` as `wetgen build` does; return the files."""
    from wetgen.build import FORMATS, build, parse_formats

    return build(bill, Path(out_dir), parse_formats(formats or FORMATS), _path(templates), progress)


def diff_bills(old: Bill, new: Bill, *, ignore_whitespace: bool = False) -> ChangeSet:
    """Compare two versions of a bill and return what was inserted, deleted, moved, renumbered, changed."""
    from wetgen.diff.compare import diff_bills as compare

    return compare(old, new, ignore_whitespace=ignore_whitespace)


def redline(old: Bill, new: Bill, changes: ChangeSet | None = None, *, table: bool = False,
            author: str = "wetgen", when: datetime | None = None) -> bytes:  # fmt: skip
    """Return a Word redline of `new` against `old` with tracked changes by `author` on `when`
    (default NEW's date), or (`table`) a wetsvergelijking."""
    from wetgen.diff.compare_docx import render_compare_docx
    from wetgen.diff.redline_docx import render_redline_docx

    render = render_compare_docx if table else render_redline_docx
    return render(old, new, changes if changes is not None else diff_bills(old, new), author=author, when=when)


def nota(old: Bill, new: Bill, changes: ChangeSet | None = None, *, format: str = "text") -> str | bytes:
    """Return the nota van wijziging that turns `old` into `new`: text, or docx or akn bytes."""
    from wetgen.diff.nota import render_nota
    from wetgen.diff.nota_akn import render_nota_akn
    from wetgen.diff.nota_docx import render_nota_docx

    writers = {"text": render_nota, "docx": render_nota_docx, "akn": render_nota_akn}
    if format not in writers:
        raise UsageError(f"unknown nota format {format!r}; choose from {', '.join(writers)}")
    return writers[format](old, new, changes if changes is not None else diff_bills(old, new))


def fetch_law(bwb: str, on: str | None = None, *, cache: str | Path | None = None) -> Fetched:
    """Download the BWB toestand of `bwb` valid on `on` (default today) into the cache; return where it is."""
    from wetgen.law.fetch import bwb_id, check_date, fetch_toestand, settings

    identifier = bwb_id(bwb)
    if identifier is None:
        raise UsageError(f"{bwb!r} is not a BWB id (BWBR followed by seven digits)")
    today = date.today().isoformat()
    return fetch_toestand(identifier, check_date(on) if on else today, today, settings(_path(cache)))


def resolve_base(spec: str | Path, on: str | None = None, *, cache: str | Path | None = None) -> Law:
    """Return the law `spec` names: a toestand, AKN or draft file, or a BWB id (cached, else fetched)."""
    from wetgen.law.fetch import check_date, settings
    from wetgen.law.fetch import resolve_base as resolve

    today = date.today().isoformat()
    return resolve(str(spec), check_date(on) if on else today, today, settings(_path(cache)))


def ingest(sources: Iterable[str | Path], bill: Bill | str | Path, db: str | Path, *,
           columns: str = "", progress: Progress = NULL_PROGRESS) -> IngestReport:  # fmt: skip
    """Read consultation responses into the store `db`, resolved against the consulted bill (needs the extra)."""
    from wetgen.consult.ingest import ingest as run
    from wetgen.consult.read.table import parse_mapping

    paths = [Path(source) for source in sources]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise UsageError(f"{', '.join(missing)}: no such file or folder; nothing was ingested")
    bill_path = "" if isinstance(bill, Bill) else str(bill)
    consulted = bill if isinstance(bill, Bill) else load(bill)
    return run(paths, consulted, Path(db), bill_path=bill_path, mapping=parse_mapping(columns),
               progress=progress)  # fmt: skip


def report(db: str | Path, out_dir: str | Path, formats: Sequence[str] | None = None, *,
           public: bool = True, templates: str | Path | None = None) -> list[Path]:  # fmt: skip
    """Write the consultation report of the store `db` into `out_dir`; return the files (needs the extra)."""
    from wetgen.consult.publish.write import FORMATS as REPORT_FORMATS
    from wetgen.consult.publish.write import parse_formats, write_report
    from wetgen.consult.store import open_store

    chosen = parse_formats(tuple(formats)) if formats is not None else REPORT_FORMATS
    if not Path(db).is_file():
        raise UsageError(f"no consultation store at {db}")
    with open_store(Path(db), create=False) as store:
        return write_report(store, Path(out_dir), chosen, public=public, reference=_path(templates))


def _path(value: str | Path | None) -> Path | None:
    return Path(value) if value is not None else None
