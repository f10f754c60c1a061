"""`wetgen consult`: ingest consultation responses, show them per article, assign by hand.

Errors go through the common funnel (`cli.common.run_guarded`): the library raises, and a
usage or input error exits 2, failed work or an invalid draft 1.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from wetgen.cli.common import EXIT_FINDINGS, EXIT_OK, console, default_versions, progress_bar
from wetgen.errors import UsageError, WetgenError
from wetgen.inputs import DEFAULT_LIMITS
from wetgen.inputs.text import neutralise, one_line
from wetgen.loader import load_bill
from wetgen.model import Bill, Stage

STORE_NAME = "consult.sqlite"


def store_option(command):
    """Add `--db FILE` (the consultation store) to a consult command."""
    return click.option(
        "--db", "store_path", type=click.Path(path_type=Path), default=None, metavar="FILE",
        help=f"The consultation store (default: the group's --db, else the one {STORE_NAME} "
             "in ./ or ./consultations/*/).",
    )(command)  # fmt: skip


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
    versions = default_versions()
    for path in versions:
        try:
            if load_bill(path).version.stage is Stage.CONSULTATIEVERSIE:
                return path
        except WetgenError:
            continue
    return versions[-1]


@click.group()
@store_option
@click.pass_context
def consult(ctx: click.Context, store_path: Path | None) -> None:
    """Ingest internet-consultation responses and group them by article of the bill."""
    ctx.ensure_object(dict)
    if store_path is not None:
        ctx.obj["store"] = str(store_path)


@consult.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--bill", "bill_path", type=click.Path(path_type=Path), default=None, metavar="DRAFT",
              help="The bill version that was consulted (default: the consultatieversie of the default draft).")  # fmt: skip
@store_option
@click.option("--columns", default="", metavar="FIELD=COLUMN,...",
              help="Column mapping for spreadsheets, e.g. name=Respondent,text=Antwoord,public=Openbaar.")  # fmt: skip
@click.option("--categorieen", "keywords", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Own keyword list for respondent categories (format of data/categories.txt).")  # fmt: skip
@click.option("--gemeenten", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Own list of municipalities (format of data/gemeenten.txt).")  # fmt: skip
@click.option("--time-limit", "seconds", type=click.FloatRange(1, 3600), default=None, metavar="SECONDS",
              help="Time allowed to read one document (PDF, Word, OpenDocument, e-mail); a slower "
                   "one is refused, a long one read in part (default 60).")  # fmt: skip
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

    mapping = parse_mapping(columns)
    lists = CategoryLists.load(keywords, gemeenten) if keywords or gemeenten else None
    bill_path = bill_path or consulted_draft()
    bill = load_bill(bill_path)
    store = store_path or group_store() or default_db(list(sources))
    limits = DEFAULT_LIMITS if seconds is None else replace(DEFAULT_LIMITS, seconds_per_file=seconds)
    with progress_bar() as progress:
        report = run_ingest(list(sources), bill, store, bill_path=str(bill_path), mapping=mapping,
                            lists=lists, limits=limits, progress=progress)  # fmt: skip
    return print_ingest(report, store)


def shown(text: str, name: bool = False) -> str:
    """Return input text safe to print: neutralised (a name with its oddities made visible, a
    message on one line) and with rich markup escaped."""
    return escape(neutralise(text, visible=True) if name else one_line(text, width=500))


def print_ingest(report, store: Path) -> int:
    """Print one line per problem and the summary; return 1 when a file was refused."""
    out, err = console(), console(stderr=True)
    for problem in report.problems:
        colour = "red" if problem.severity == "error" else "yellow"
        err.print(f"[{colour}]{problem.severity}:[/] {shown(problem.source, name=True)}: "
                  f"{shown(problem.message)}")  # fmt: skip
    refused = sum(1 for p in report.problems if p.severity == "error")
    out.print(
        f"{report.read} responses read: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged; {report.points} points analysed; "
        f"{report.campaigns} campaigns ({report.in_campaigns} responses) → {shown(str(store), name=True)}"
    )
    if refused:
        out.print(f"[red]{refused} file(s) or part(s) refused[/]: see the errors above; "
                  "everything else was stored")  # fmt: skip
    if report.rebound:
        out.print(
            "[yellow]the bill differs from the one in the store: all points were re-resolved[/]"
        )
    if report.listed_missing:
        out.print(
            f"[yellow]{report.listed_missing} responses on the listing pages were not among the sources[/]"
        )
    return EXIT_FINDINGS if refused else EXIT_OK


@consult.command()
@store_option
@click.option("--article", "article", default=None, metavar="REF",
              help='Show the points on one node: "artikel I, onderdeel B", "28a", "II lid 2", "mvt", "algemeen".')  # fmt: skip
@click.option(
    "--public",
    is_flag=True,
    help="Show only what may be published (as the public report: no non-public identity or "
    "wording, personal data redacted).",
)
@click.option("--limit", default=50, show_default=True, help="Points to list with --article.")
@click.option("--bill", "bill_path", type=click.Path(path_type=Path), default=None, metavar="DRAFT",
              help="Bill to resolve --article against (default: the one the store was ingested with).")  # fmt: skip
def show(store_path: Path | None, article: str | None, public: bool, limit: int,
         bill_path: Path | None) -> int:  # fmt: skip
    """Show a per-article table of the responses, or the points on one article."""
    from wetgen.consult.publish.overview import privacy_gate
    from wetgen.consult.store import open_store

    with open_store(find_store(store_path), create=False) as store:
        gate = privacy_gate(store, public=public)
        if article:
            _show_article(store, gate, article, limit, bill_path)
        else:
            _show_summary(store, gate)
    return EXIT_OK


def _show_summary(store, gate) -> None:
    from wetgen.consult.publish.overview import campaign_lines

    out = console()
    title = f"{store.meta('bill_citeertitel')} — {store.meta('bill_version')}"
    table = Table(title=escape(title), show_lines=False)
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
        out.print(escape(neutralise(line)))


def _show_article(store, gate, spec: str, limit: int, bill_path: Path | None) -> None:
    from wetgen.consult.analyse.specs import node_for
    from wetgen.consult.publish.overview import node_view

    out = console()
    for eid in node_for(spec, store.known_nodes(), _index_for(store, bill_path)):
        rows = node_view(store, eid, gate)
        out.print(f"[bold]{escape(store.node_label(eid))}[/] — {len(rows)} punten")
        table = Table(show_lines=True)
        for name in ("punt", "respondent", "methode", "tekst"):
            table.add_column(name, overflow="fold")
        for row in rows[:limit]:
            table.add_row(row.point, shown(row.respondent, name=True), row.method,
                          escape(neutralise(_clip(row.text))))  # fmt: skip
        out.print(table)
        if len(rows) > limit:
            out.print(f"… and {len(rows) - limit} more (use --limit)")


def _index_for(store, bill_path: Path | None):
    """Return the BillIndex to resolve node specs against: --bill, else the store's bill if it
    is still there and valid, else None (the store's own nodes are used)."""
    from wetgen.consult.analyse.resolve import BillIndex

    if bill_path is not None:
        return BillIndex(load_bill(bill_path))
    stored = store.meta("bill_path")
    if not stored or not Path(stored).is_file():
        return None
    try:
        bill: Bill = load_bill(stored)
    except WetgenError:
        return None
    return BillIndex(bill)


def _clip(text: str, width: int = 400) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@consult.command()
@click.argument("target")
@store_option
@click.option("--article", "articles", multiple=True, metavar="REF",
              help='Node to put the point on (repeatable): "artikel I, onderdeel B", "28a", "mvt", "algemeen".')  # fmt: skip
@click.option(
    "--clear", is_flag=True, help="Drop the manual assignment; the automatic one applies again."
)
@click.option("--category", default=None, help="Override the respondent category of a response.")
@click.option("--note", default="", help="Why (kept with the assignment or category).")
@click.option("--bill", "bill_path", type=click.Path(path_type=Path), default=None, metavar="DRAFT",
              help="Bill to resolve --article against (default: the one the store was ingested with).")  # fmt: skip
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
    out = console()
    with open_store(find_store(store_path), create=False) as store:
        if category:
            store.set_category(target, category, note)
            out.print(f"{target}: category set to {escape(category)}")
        if clear:
            points = store.clear_assignment(target)
            out.print(f"{len(points)} point(s): manual assignment removed")
        if articles:
            index, known = _index_for(store, bill_path), store.known_nodes()
            eids = list(dict.fromkeys(e for spec in articles for e in node_for(spec, known, index)))
            points = store.assign(target, eids, note)
            labels = "; ".join(store.node_label(e) for e in eids)
            out.print(f"{len(points)} point(s) assigned to {escape(labels)}")
    return EXIT_OK
