"""`wetgen consult`: ingest consultation responses, show them per article, assign by hand."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from wetgen.cli.common import EXIT_OK, console, fail, progress_bar
from wetgen.errors import WetgenError

STORE_NAME = "consult.sqlite"


def _find_store(explicit: Path | None) -> Path:
    """Return the store to use: --db, else the one consult.sqlite under ./ or ./consultations/*/."""
    if explicit is not None:
        return explicit
    ctx = click.get_current_context()
    obj = ctx.find_object(dict) or {}
    if obj.get("store"):
        return Path(obj["store"])
    found = sorted({*Path(".").glob(STORE_NAME), *Path("consultations").glob(f"*/{STORE_NAME}")})
    if len(found) == 1:
        return found[0]
    if not found:
        fail("no consultation store found; run `wetgen consult ingest` first or pass --db")
    fail(f"several stores found ({', '.join(map(str, found))}); choose one with --db")
    raise AssertionError  # unreachable: fail() exits


def _load_bill(path: Path | None):
    from wetgen.loader import load_bill

    return load_bill(path or consulted_draft())


def consulted_draft() -> Path:
    """Return the consultatieversie among the default draft's versions, else the newest."""
    from wetgen.cli.common import default_versions
    from wetgen.loader import load_bill
    from wetgen.model import Stage

    versions = default_versions()
    for path in versions:
        try:
            if load_bill(path).version.stage is Stage.CONSULTATIEVERSIE:
                return path
        except WetgenError:
            continue
    return versions[-1]


_db_option = click.option("--db", type=click.Path(path_type=Path), default=None, metavar="FILE",
                          help=f"The consultation store (default: {STORE_NAME} next to the data).")  # fmt: skip


@click.group()
@_db_option
@click.pass_context
def consult(ctx: click.Context, db: Path | None) -> None:
    """Ingest internet-consultation responses and group them by article of the bill."""
    ctx.ensure_object(dict)
    if db is not None:
        ctx.obj["store"] = str(db)


@consult.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--bill", "bill_path", type=click.Path(path_type=Path), default=None, metavar="DRAFT",
              help="The bill version that was consulted (default: the consultatieversie of the default draft).")  # fmt: skip
@_db_option
@click.option("--columns", default="", metavar="FIELD=COLUMN,...",
              help="Column mapping for spreadsheets, e.g. name=Respondent,text=Antwoord,public=Openbaar.")  # fmt: skip
@click.option("--categorieen", "keywords", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Own keyword list for respondent categories (format of data/categories.txt).")  # fmt: skip
@click.option("--gemeenten", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Own list of municipalities (format of data/gemeenten.txt).")  # fmt: skip
def ingest(sources: tuple[Path, ...], bill_path: Path | None, db: Path | None, columns: str,
           keywords: Path | None, gemeenten: Path | None) -> int:  # fmt: skip
    """Read responses from pages, spreadsheets, folders and zips into the store.

    SOURCES are saved internetconsultatie.nl pages, CSV/XLSX exports, folders or zip files of
    PDF, DOCX, ODT, TXT and EML files. Re-running updates the store in place and keeps every
    manual assignment, category, tag, note and reaction.
    """
    from wetgen.consult.analyse.categories import CategoryLists
    from wetgen.consult.ingest import default_db
    from wetgen.consult.ingest import ingest as run_ingest
    from wetgen.consult.read.table import parse_mapping

    try:
        mapping = parse_mapping(columns)
        lists = CategoryLists.load(keywords, gemeenten) if keywords or gemeenten else None
        bill = _load_bill(bill_path)
        store = db or (Path(click.get_current_context().find_object(dict).get("store", "")) or None)
        store = store if store and str(store) not in ("", ".") else default_db(list(sources))
        with progress_bar() as progress:
            report = run_ingest(list(sources), bill, store, bill_path=str(bill_path or consulted_draft()),
                                mapping=mapping, lists=lists, progress=progress)  # fmt: skip
    except WetgenError as exc:
        fail(str(exc))
    _print_ingest(report, store)
    return EXIT_OK


def _print_ingest(report, store: Path) -> None:
    out, err = console(), console(stderr=True)
    for problem in report.problems:
        colour = "red" if problem.severity == "error" else "yellow"
        err.print(
            f"[{colour}]{problem.severity}:[/] {escape(problem.source)}: {escape(problem.message)}"
        )
    out.print(
        f"{report.read} responses read: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged; {report.points} points analysed; "
        f"{report.campaigns} campaigns ({report.in_campaigns} responses) → {escape(str(store))}"
    )
    if report.rebound:
        out.print(
            "[yellow]the bill differs from the one in the store: all points were re-resolved[/]"
        )
    if report.listed_missing:
        out.print(
            f"[yellow]{report.listed_missing} responses on the listing pages were not among the sources[/]"
        )


@consult.command()
@_db_option
@click.option("--article", "article", default=None, metavar="REF",
              help='Show the points on one node: "artikel I, onderdeel B", "28a", "II lid 2", "mvt", "algemeen".')  # fmt: skip
@click.option(
    "--public",
    is_flag=True,
    help="Show only what may be published (no non-public identity or wording).",
)
@click.option("--limit", default=50, show_default=True, help="Points to list with --article.")
@click.option("--bill", "bill_path", type=click.Path(path_type=Path), default=None, metavar="DRAFT",
              help="Bill to resolve --article against (default: the one the store was ingested with).")  # fmt: skip
def show(
    db: Path | None, article: str | None, public: bool, limit: int, bill_path: Path | None
) -> int:
    """Show a per-article table of the responses, or the points on one article."""
    from wetgen.consult.store import open_store
    from wetgen.consult.store.views import category_counts, summary

    path = _find_store(db)
    try:
        conn = open_store(path, create=False)
        if article:
            _show_article(conn, article, public, limit, bill_path)
        else:
            _show_summary(summary(conn), category_counts(conn), conn, public)
    except WetgenError as exc:
        fail(str(exc))
    return EXIT_OK


def _show_summary(rows, categories, conn, public: bool) -> None:
    out = console()
    from wetgen.consult.store import get_meta

    title = f"{get_meta(conn, 'bill_citeertitel')} — {get_meta(conn, 'bill_version')}"
    table = Table(title=escape(title), show_lines=False)
    for name, justify in (("Onderdeel van het wetsvoorstel", "left"), ("punten", "right"),
                          ("reacties", "right"), ("openbaar", "right"), ("niet-openbaar", "right"),
                          ("in campagne", "right")):  # fmt: skip
        table.add_column(name, justify=justify)
    for row in rows:
        if row.points or row.eid in ("algemeen", "mvt"):
            table.add_row(escape(row.label), str(row.points), str(row.responses), str(row.public),
                          str(row.non_public), str(row.campaign_responses))  # fmt: skip
    out.print(table)
    parts = [
        f"{escape(cat)} {n}" + (f" ({np} niet-openbaar)" if np else "") for cat, n, np in categories
    ]
    out.print("Respondenten: " + ", ".join(parts))
    from wetgen.consult.store.views import campaign_overview

    for line in campaign_overview(conn, public=public):
        out.print(escape(line))


def _show_article(conn, spec: str, public: bool, limit: int, bill_path: Path | None) -> None:
    from wetgen.consult.analyse.resolve import BillIndex
    from wetgen.consult.publish.privacy import WITHHELD, redact
    from wetgen.consult.store import get_meta
    from wetgen.consult.store.staff import node_for
    from wetgen.consult.store.views import node_points, respondent_label

    index = _index_for(conn, bill_path)
    out = console()
    for eid in node_for(spec, conn, index):
        label = conn.execute("SELECT label FROM nodes WHERE eid = ?", (eid,)).fetchone()[0]
        rows = node_points(conn, eid)
        out.print(f"[bold]{escape(label)}[/] — {len(rows)} punten")
        table = Table(show_lines=True)
        for name in ("punt", "respondent", "methode", "tekst"):
            table.add_column(name, overflow="fold")
        for row in rows[:limit]:
            text = (
                row["text"] if not public else (redact(row["text"]) if row["public"] else WITHHELD)
            )
            ident = row["point_id"] if not public or row["public"] else "—"
            table.add_row(
                ident, escape(respondent_label(row, public)), row["method"], escape(_clip(text))
            )
        out.print(table)
        if len(rows) > limit:
            out.print(f"… and {len(rows) - limit} more (use --limit)")
    del BillIndex, get_meta


def _index_for(conn, bill_path: Path | None):
    from wetgen.consult.analyse.resolve import BillIndex
    from wetgen.consult.store import get_meta

    stored = get_meta(conn, "bill_path")
    path = bill_path or (Path(stored) if stored and Path(stored).exists() else None)
    if path is None:
        return None
    try:
        return BillIndex(_load_bill(path))
    except WetgenError:
        return None


def _clip(text: str, width: int = 400) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@consult.command()
@click.argument("target")
@_db_option
@click.option("--article", "articles", multiple=True, metavar="REF",
              help='Node to put the point on (repeatable): "artikel I, onderdeel B", "28a", "mvt", "algemeen".')  # fmt: skip
@click.option(
    "--clear", is_flag=True, help="Drop the manual assignment; the automatic one applies again."
)
@click.option("--category", default=None, help="Override the respondent category of a response.")
@click.option("--note", default="", help="Why (kept with the assignment or category).")
@click.option("--bill", "bill_path", type=click.Path(path_type=Path), default=None, metavar="DRAFT",
              help="Bill to resolve --article against (default: the one the store was ingested with).")  # fmt: skip
def assign(target: str, db: Path | None, articles: tuple[str, ...], clear: bool,
           category: str | None, note: str, bill_path: Path | None) -> int:  # fmt: skip
    """Assign a point (or all points of a response) to articles by hand, or set a category.

    TARGET is a point id (R…-…) or a response id (R…), as `wetgen consult show --article` lists
    them. A manual assignment replaces the automatic one and survives every re-ingest.
    """
    from wetgen.consult.store import open_store
    from wetgen.consult.store.staff import assign as do_assign
    from wetgen.consult.store.staff import clear_assignment, node_for, set_category

    if not (articles or clear or category):
        fail("say what to do: --article REF, --clear or --category CAT")
    path = _find_store(db)
    out = console()
    try:
        conn = open_store(path, create=False)
        if category:
            set_category(conn, target, category, note)
            out.print(f"{target}: category set to {escape(category)}")
        if clear:
            points = clear_assignment(conn, target)
            out.print(f"{len(points)} point(s): manual assignment removed")
        if articles:
            index = _index_for(conn, bill_path)
            eids = [e for spec in articles for e in node_for(spec, conn, index)]
            points = do_assign(conn, target, list(dict.fromkeys(eids)), note)
            labels = [
                conn.execute("SELECT label FROM nodes WHERE eid = ?", (e,)).fetchone()[0]
                for e in eids
            ]
            out.print(f"{len(points)} point(s) assigned to {escape('; '.join(labels))}")
    except WetgenError as exc:
        fail(str(exc))
    return EXIT_OK
