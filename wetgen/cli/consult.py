"""`wetgen consult`: ingest consultation responses, show them per article, assign by hand.

Errors go through the common funnel (`cli.common.run_guarded`): the library raises, and a
usage or input error exits 2, failed work or an invalid draft 1. The consultation libraries are
an optional extra (`wetgen[consult]`), so this module and the commands' options import none of
them; each command imports its stages when it runs, after the group checked the extra is there.
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from wetgen.cli.common import EXIT_FINDINGS, EXIT_OK, console, default_versions, progress_bar, say
from wetgen.cli.findings import print_error
from wetgen.cli.options import (
    STORE_NAME,
    bill_option,
    consulted_among,
    db_option,
    format_option,
    public_option,
    quiet_option,
    read_bill,
)
from wetgen.errors import UsageError, WetgenError
from wetgen.inputs import DEFAULT_LIMITS
from wetgen.inputs.text import neutralise, one_line

store_option = db_option  # the name the consult command modules of other branches import
# the top-level modules of the `consult` extra in pyproject.toml (a test keeps them in step)
CONSULT_MODULES = ("deduce", "matplotlib", "numba", "numpy", "openpyxl", "pdfminer", "simplemma",
                   "sklearn", "stdnum", "stopwordsiso", "threadpoolctl")  # fmt: skip
EXTRA_NEEDED = (
    "wetgen consult needs the consultation extra: pip install 'wetgen[consult]' "
    "(in a clone of the repository: pip install -e '.[consult]')"
)


def missing_consult_modules() -> list[str]:
    """Return the modules of the consultation extra that cannot be imported here, sorted."""
    missing = []
    for name in CONSULT_MODULES:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    return missing


def require_consult_extra() -> None:
    """Raise a UsageError naming the install command when the consultation extra is missing."""
    missing = missing_consult_modules()
    if missing:
        raise UsageError(f"{EXTRA_NEEDED}; missing: {', '.join(missing)}")


def group_store() -> Path | None:
    """Return the store named by `wetgen consult --db`, if any."""
    obj = click.get_current_context().find_object(dict) or {}
    return Path(obj["store"]) if obj.get("store") else None


def find_store(explicit: Path | None) -> Path:
    """Return the existing store to use: --db here or on the group, else the only one found."""
    path = explicit or group_store() or _only_store()
    if not path.is_file():
        raise UsageError(f"no consultation store at {path}; run `wetgen consult ingest` first")
    return path


def _only_store() -> Path:
    found = sorted({*Path(".").glob(STORE_NAME), *Path("consultations").glob(f"*/{STORE_NAME}")})
    if len(found) > 1:
        raise UsageError(
            f"several stores found ({', '.join(map(str, found))}); choose one with --db"
        )
    if not found:
        raise UsageError(
            "no consultation store found; run `wetgen consult ingest` first or pass --db"
        )
    return found[0]


def consulted_draft() -> Path:
    """Return the consultatieversie among the default draft's versions, else the newest."""
    return consulted_among(default_versions())


@click.group()
@db_option
@click.pass_context
def consult(ctx: click.Context, store_path: Path | None) -> None:
    """Ingest internet-consultation responses and group them by article of the bill."""
    require_consult_extra()
    from wetgen.consult.store import wait_for_writers

    # another process holding the store: say so once on stderr, then wait (or fail in one line)
    wait_for_writers(notice=lambda message: print_error(console(stderr=True), message, "waiting"))
    ctx.ensure_object(dict)
    if store_path is not None:
        ctx.obj["store"] = str(store_path)


@consult.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@bill_option("The bill version that was consulted (default: the consultatieversie of the default "
             "draft). On a store that holds another version of the bill already, the version after "
             "consultation: points are mapped to it through the diff.")
@db_option
@click.option("--columns", default="", metavar="FIELD=COLUMN,...",
              help="Column mapping for spreadsheets, e.g. name=Respondent,text=Antwoord,public=Openbaar.")  # fmt: skip
@click.option("--categorieen", "keywords", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Own keyword list for respondent categories (format of data/categories.txt).")  # fmt: skip
@click.option("--gemeenten", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Own list of municipalities (format of data/gemeenten.txt).")  # fmt: skip
@click.option("--time-limit", "seconds", type=click.FloatRange(1, 3600), default=None, metavar="SECONDS",
              help="Time allowed to read one document (PDF, Word, OpenDocument, e-mail); a slower "
                   "one is refused, a long one read in part (default 60).")  # fmt: skip
@quiet_option
def ingest(sources: tuple[Path, ...], bill_path: Path | None, store_path: Path | None,
           columns: str, keywords: Path | None, gemeenten: Path | None,
           seconds: float | None) -> int:  # fmt: skip
    """Read responses from pages, spreadsheets, folders and zips into the store.

    SOURCES are saved internetconsultatie.nl pages, CSV/XLSX exports, folders or zip files of
    PDF, DOCX, ODT, TXT and EML files. Re-running updates the store in place and keeps every
    manual assignment, category, tag, note and reaction. A file that cannot be read safely is
    refused with one line and the rest is stored; the exit code is then 1.
    """
    from wetgen.consult.analyse.categories import CategoryLists
    from wetgen.consult.ingest import default_db
    from wetgen.consult.ingest import ingest as run_ingest
    from wetgen.consult.read.table import parse_mapping

    missing = [str(source) for source in sources if not source.exists()]
    if missing:  # a typo must not leave an empty store behind
        raise UsageError(f"{', '.join(missing)}: no such file or folder; nothing was ingested")
    mapping = parse_mapping(columns)
    lists = CategoryLists.load(keywords, gemeenten) if keywords or gemeenten else None
    bill_path = bill_path or consulted_draft()
    bill = read_bill(bill_path)
    store = store_path or group_store() or default_db(list(sources))
    limits = DEFAULT_LIMITS if seconds is None else replace(DEFAULT_LIMITS, seconds_per_file=seconds)
    with progress_bar() as progress:
        report = run_ingest(list(sources), bill, store, bill_path=str(bill_path), mapping=mapping,
                            lists=lists, limits=limits, progress=progress)  # fmt: skip
    return print_ingest(report, store)


def shown(text: str, name: bool = False) -> str:
    """Return input text safe to print: neutralised (a name with its oddities made visible, a
    message on one line); the consoles read no markup."""
    return neutralise(text, visible=True) if name else one_line(text, width=500)


def print_ingest(report, store: Path) -> int:
    """Print one line per problem and the summary; return 1 when a file was refused."""
    out, err = console(), console(stderr=True)
    for problem in report.problems:
        print_error(err, f"{shown(problem.source, name=True)}: {shown(problem.message)}",
                    label=problem.severity)  # fmt: skip
    refused = sum(1 for p in report.problems if p.severity == "error")
    say(
        f"{report.read} responses read: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged; {report.points} points analysed; "
        f"{report.campaigns} campaigns ({report.in_campaigns} responses) → {shown(str(store), name=True)}"
    )
    if report.recognised:
        out.print(f"{report.recognised} responses with an edited text were recognised by respondent "
                  "and text: they keep their id and staff work")  # fmt: skip
    for message in report.detached:
        print_error(err, shown(message), label="warning")
    if refused:
        say(f"{refused:d} file(s) or part(s) refused: see the errors above; everything else was stored")
    if report.rebound:
        out.print(
            "[yellow]the bill differs from the one in the store: all points were re-resolved[/]",
            markup=True,
        )
    if report.remapped:
        out.print(
            f"points stay on the consulted version and are mapped to {report.newer} "
            "through the structural diff"
        )
    if report.listed_missing:
        out.print(
            f"[yellow]{report.listed_missing:d} responses on the listing pages were not among the sources[/]",
            markup=True,
        )
    return EXIT_FINDINGS if refused else EXIT_OK


@consult.command()
@db_option
@click.option("--article", "article", default=None, metavar="REF",
              help='Show the points on one node: "artikel I, onderdeel B", "28a", "II lid 2", "mvt", "algemeen".')  # fmt: skip
@public_option(default=False)
@click.option("--limit", default=50, show_default=True, help="Points to list with --article.")
@click.option("--orphans", is_flag=True,
              help="List the staff work attached to nothing: detached from an edited point, or on "
                   "a point or response no longer in the store.")  # fmt: skip
@bill_option("Bill to resolve --article against (default: the one the store was ingested with).")
def show(store_path: Path | None, article: str | None, public: bool, limit: int, orphans: bool,
         bill_path: Path | None) -> int:  # fmt: skip
    """Show a per-article table of the responses, the points on one article, or orphaned work."""
    from wetgen.consult.publish.overview import privacy_gate
    from wetgen.consult.store import open_store

    with open_store(find_store(store_path), create=False) as store:
        gate = privacy_gate(store, public=public)
        if orphans:
            return _show_orphans(store, public)
        if article:
            _show_article(store, gate, article, limit, bill_path)
        else:
            _show_summary(store, gate)
    return EXIT_OK


def _show_orphans(store, public: bool) -> int:
    """List the orphaned staff work; exit 1 when there is any (work to look at)."""
    if public:
        raise UsageError("--orphans lists internal staff work; it has no public form")
    rows = store.orphan_work()
    out = console()
    out.print(f"Staff work attached to nothing: {len(rows)}")
    for row in rows:  # one block per row: ids stay whole for copying into `consult assign`
        out.print(f"{row.kind} on {shown(row.target)}: {row.reason}")
        if row.text:
            out.print(f"  text then: {shown(_clip(row.text, 200))}")
        out.print(f"  work: {shown(row.data)}")
    return 1 if rows else EXIT_OK


def _show_summary(store, gate) -> None:
    from wetgen.consult.publish.overview import campaign_lines

    out = console()
    title = f"{store.meta('bill_citeertitel')} — {store.meta('bill_version')}"
    table = Table(title=title, show_lines=False)
    for name, justify in (("Onderdeel van het wetsvoorstel", "left"), ("punten", "right"),
                          ("reacties", "right"), ("openbaar", "right"), ("niet-openbaar", "right"),
                          ("in campagne", "right")):  # fmt: skip
        table.add_column(name, justify=justify)
    for row in store.summary():
        if row.points or row.eid in ("algemeen", "mvt"):
            table.add_row(shown(row.label), str(row.points), str(row.responses), str(row.public),
                          str(row.non_public), str(row.campaign_responses))  # fmt: skip
    out.print(table)
    parts = [f"{shown(c.category)} {c.responses}"
             + (f" ({c.non_public} niet-openbaar)" if c.non_public else "")
             for c in store.category_counts()]  # fmt: skip
    out.print("Respondenten: " + ", ".join(parts))
    for line in campaign_lines(store, gate):
        out.print(neutralise(line))


def _show_article(store, gate, spec: str, limit: int, bill_path: Path | None) -> None:
    from wetgen.consult.analyse.specs import node_for
    from wetgen.consult.publish.overview import node_view

    out = console()
    for eid in node_for(spec, store.known_nodes(), _reader_for(store, bill_path)):
        rows = node_view(store, eid, gate)
        out.print(f"[bold]{escape(store.node_label(eid))}[/] — {len(rows)} punten", markup=True)
        table = Table(show_lines=True)
        for name in ("punt", "respondent", "methode", "tekst"):
            table.add_column(name, overflow="fold")
        for row in rows[:limit]:
            table.add_row(row.point, shown(row.respondent, name=True), row.method,
                          neutralise(_clip(row.text)))  # fmt: skip
        out.print(table)
        if len(rows) > limit:
            out.print(f"… and {len(rows) - limit} more (use --limit)")


def _reader_for(store, bill_path: Path | None):
    """Return the Analyser to resolve node specs with: on --bill, else on the store's copy of the
    consulted bill, else None (the store's own nodes are used)."""
    from wetgen.consult.analyse.analyser import Analyser
    from wetgen.consult.ingest import consulted_bill

    if bill_path is not None:
        return Analyser(read_bill(bill_path))
    try:
        bill = consulted_bill(store)
    except WetgenError:
        return None
    return Analyser(bill) if bill is not None else None


def _clip(text: str, width: int = 400) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@consult.command()
@click.argument("target")
@db_option
@click.option("--article", "articles", multiple=True, metavar="REF",
              help='Node to put the point on (repeatable): "artikel I, onderdeel B", "28a", "mvt", "algemeen".')  # fmt: skip
@click.option(
    "--clear", is_flag=True, help="Drop the manual assignment; the automatic one applies again."
)
@click.option("--category", default=None, help="Override the respondent category of a response.")
@click.option("--note", default="", help="Why (kept with the assignment or category).")
@bill_option("Bill to resolve --article against (default: the one the store was ingested with).")
@quiet_option
def assign(target: str, store_path: Path | None, articles: tuple[str, ...], clear: bool,
           category: str | None, note: str, bill_path: Path | None) -> int:  # fmt: skip
    """Assign a point (or all points of a response) to articles by hand, or set a category.

    TARGET is a point id (R…-…) or a response id (R…), as `wetgen consult show --article` lists
    them. A manual assignment replaces the automatic one and survives every re-ingest.
    """
    from wetgen.consult.analyse.specs import node_for
    from wetgen.consult.store import open_store

    if not (articles or clear or category):
        raise UsageError("say what to do: --article REF, --clear or --category CAT")
    with open_store(find_store(store_path), create=False) as store:
        if category:
            store.set_category(target, category, note)
            say(f"{target}: category set to {category}")
        if clear:
            points = store.clear_assignment(target)
            say(f"{len(points)} point(s): manual assignment removed")
        if articles:
            reader, known = _reader_for(store, bill_path), store.known_nodes()
            eids = list(dict.fromkeys(e for spec in articles for e in node_for(spec, known, reader)))
            points = store.assign(target, eids, note)
            labels = "; ".join(store.node_label(e) for e in eids)
            say(f"{len(points)} point(s) assigned to {labels}")
    return EXIT_OK


@consult.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@bill_option("The bill version to resolve against (default: the consultatieversie of the default draft).")
@format_option(("text", "json"), "Plain tables, or JSON for other tools.", default="text")
def refs(file: Path, bill_path: Path | None, fmt: str) -> int:
    """Show every point of one response with its references and what each resolved to.

    FILE is a response as a .txt, .pdf, .docx, .odt or .eml file. For each point: the
    references found, their character span in the point, their target (the bill's own unit,
    an article of a law it amends or of another law, a place in the MvT) and the nodes of the
    bill the point lands on, or why it lands on none.
    """
    import json

    from wetgen.consult.analyse.explain import explain_references

    bill = read_bill(bill_path or consulted_draft())
    points = explain_references(_response_text(file), bill)
    out = console()
    if fmt == "json":
        out.print_json(json.dumps([p.to_dict() for p in points], ensure_ascii=False))
        return EXIT_OK
    for point in points:
        out.print(f"[bold]Punt {point.number:d}[/] {escape(neutralise(_clip(point.text, 300)))}", markup=True)
        if point.references:
            table = Table(show_lines=False, pad_edge=False)
            for name in ("plaats", "verwijzing", "status", "doel", "knopen"):
                table.add_column(name, overflow="fold")
            for ref in point.references:
                nodes = "; ".join(label for _, label in ref.nodes) or ref.reason
                table.add_row(f"{ref.start}-{ref.end}", neutralise(ref.text), ref.status, ref.words, nodes)
            out.print(table)
        landed = "; ".join(f"{label} ({method})" for _, label, method in point.assigned)
        out.print(f"  → {landed or 'algemeen: ' + point.reason}")
    return EXIT_OK


def _response_text(file: Path) -> str:
    """Return the text of one response file, read as ingest reads response files."""
    from wetgen.consult.read.files import DOC_SUFFIXES, READERS, extract, named_file
    from wetgen.inputs.sandbox import Sandbox

    if not file.is_file():
        raise UsageError(f"no such file: {file}")
    if file.suffix.lower() not in DOC_SUFFIXES:
        raise UsageError(f"{file}: give a response as a .txt, .pdf, .docx, .odt or .eml file")
    with Sandbox(DEFAULT_LIMITS.memory_bytes, READERS) as sandbox:  # within its budgets
        found = extract(named_file(file), DEFAULT_LIMITS, sandbox)
    if found.status == "rejected":
        raise UsageError(f"{shown(str(file), name=True)}: {shown(found.message)}")
    return found.text
