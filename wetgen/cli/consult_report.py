"""`wetgen consult report`, `feedback`, `import-reactions` and `privacy`, added to the consult
group.

The publish stage is imported when a command runs, not here: registering the commands must
work without the consultation extra, so that the group can say it is missing.
"""

from __future__ import annotations

from pathlib import Path

import click

from wetgen.cli.common import EXIT_FINDINGS, add_pdfs, console, exit_with, progress_bar, quiet, say
from wetgen.cli.consult import find_store
from wetgen.cli.findings import print_error
from wetgen.cli.options import (
    db_option,
    format_option,
    output_option,
    pdf_option,
    public_option,
    quiet_option,
    templates_option,
)

DEFAULT_OUT = Path("out/consultatie")
DEFAULT_FEEDBACK_OUT = Path("out/consultatie/terugkoppeling")
REPORT_FORMATS = ("html", "docx", "md", "xlsx")  # for the help; the publish stage checks them
FEEDBACK_FORMATS = ("md", "docx", "html")


def announce_name_lists() -> None:
    """Say, before a public output, that the first one after installing waits for deduce."""
    from wetgen.consult.publish.names import deduce_prepared

    if not quiet() and not deduce_prepared():
        print_error(console(stderr=True), "the first public output after installing builds the name lists of "
                    "deduce (used to redact names): one to two minutes, once", "note")  # fmt: skip


@click.command("report")
@db_option
@format_option(REPORT_FORMATS, "The formats to write.", default=None, many=True)
@public_option(default=True)
@output_option("Folder to write the files to.", folder=True, default=DEFAULT_OUT)
@templates_option("House style for the Word report: a reference .docx or a folder holding one.")
@pdf_option("Also convert the Word consultatieverslag to PDF (needs LibreOffice).")
@quiet_option
def report(store_path: Path | None, formats: str | None, public: bool, output: Path,
           templates: Path | None, pdf: bool) -> None:  # fmt: skip
    """Write the consultation report: per-article overview, consultatieverslag, reactietabel.

    The HTML page and the Word consultatieverslag show, per article, onderdeel and lid in the
    bill's order, the responses and points by category, campaigns, representative quotes,
    key phrases and the reactions given; the .xlsx is the reactietabel to fill in. The same
    store always gives byte-identical files. --pdf adds the verslag as PDF, made from the Word
    file by LibreOffice.
    """
    from wetgen.consult.publish.write import FORMATS, parse_formats, write_report
    from wetgen.consult.store import open_store

    chosen = parse_formats(formats) if formats else FORMATS
    if pdf and "docx" not in chosen:
        chosen = parse_formats(("docx", *chosen))
    path = find_store(store_path)
    if public:
        announce_name_lists()
    with open_store(path, create=False) as store:
        written = write_report(store, output, chosen, public=public, reference=templates)
    pdf_problem = ""
    if pdf:
        with progress_bar() as progress:
            pdf_problem = add_pdfs(written, output, progress)
    mode = "public" if public else "INTERNAL (holds non-public data; do not publish)"
    noun = "file" if len(written) == 1 else "files"
    say(f"wrote {len(written)} {noun} ({mode}) to {output}/ from {path}")
    if pdf_problem:
        print_error(console(stderr=True), pdf_problem)
        exit_with(EXIT_FINDINGS)


@click.command("feedback")
@db_option
@click.option("--response", "responses", multiple=True, metavar="ID",
              help="Only this response (repeatable); default: every response.")  # fmt: skip
@click.option("--combined", is_flag=True,
              help="One document with a section per response instead of one file each.")  # fmt: skip
@public_option(default=True)
@format_option(FEEDBACK_FORMATS, "The formats to write.", default="md", many=True)
@output_option("Folder to write the files to.", folder=True, default=DEFAULT_FEEDBACK_OUT)
@templates_option("House style for Word: a reference .docx or a folder holding one.")
@quiet_option
def feedback(store_path: Path | None, responses: tuple[str, ...], combined: bool, public: bool,
             formats: str, output: Path, templates: Path | None) -> None:  # fmt: skip
    """Write "wat is er met uw reactie gedaan": per response, its points and what happened.

    By default one file per response, for that respondent only: their own words (personal
    data redacted), and per point where it landed in the bill, the reaction, whether the bill
    changed and what became of that place in the newer version; nothing of anyone else but
    numbers. With --combined, one document with a section per response.
    """
    from wetgen.consult.publish.write import parse_feedback_formats, write_feedback
    from wetgen.consult.store import open_store

    chosen = parse_feedback_formats(formats)
    path = find_store(store_path)
    if public:
        announce_name_lists()
    with open_store(path, create=False) as store:
        written = write_feedback(store, output, chosen, responses=responses, combined=combined,
                                 public=public, reference=templates)  # fmt: skip
    noun = "file" if len(written) == 1 else "files"
    say(f"wrote {len(written)} {noun} to {output}/ from {path}")


@click.command("import-reactions")
@click.argument("table", type=click.Path(path_type=Path))
@db_option
@quiet_option
def import_reactions_command(table: Path, store_path: Path | None) -> None:
    """Read the reactions filled in a reactietabel (.xlsx) back into the store.

    Rows are matched by point id. A point or reaction that changed in the store since the
    export, a deleted row and an unknown id are reported as conflicts and left alone; an
    empty cell never removes a stored reaction. Exit 1 when there are conflicts.
    """
    from wetgen.consult.publish.reactions_import import import_reactions
    from wetgen.consult.store import open_store

    path = find_store(store_path)
    with open_store(path, create=False) as store:
        result = import_reactions(store, table)
    err = console(stderr=True)
    for conflict in result.conflicts:
        err.print(f"conflict: {table}: {conflict}")
    say(
        f"imported {len(result.updated)} reaction(s) from {table} into {path}; "
        f"{result.unchanged} unchanged, {len(result.conflicts)} conflict(s)"
    )
    if result.conflicts:
        exit_with(EXIT_FINDINGS)


@click.command("privacy")
@click.argument("policy", required=False, metavar="[organisations|consented|anonymous]")
@db_option
def privacy_command(policy: str | None, store_path: Path | None) -> None:
    """Show or choose what public outputs show of public respondents (kept in the store).

    organisations (default): organisations and public bodies named, private persons never;
    consented: every public respondent named as they consented (never a private person in the
    MvT paragraph); anonymous: no respondent named. Non-public respondents are never shown,
    and personal data is redacted under every policy.
    """
    from wetgen.consult.publish.privacy import POLICIES, POLICY_KEY, check_policy
    from wetgen.consult.store import open_store

    path = find_store(store_path)
    with open_store(path, create=False) as store:
        if policy is not None:
            store.set_meta(POLICY_KEY, check_policy(policy))
        chosen = check_policy(store.meta(POLICY_KEY))
    out = console()
    for name, meaning in POLICIES.items():
        out.print(f"{'*' if name == chosen else ' '} {name}: {meaning}", markup=False)
    say(f"privacy policy of {path}: {chosen}")


def register_report_commands(group: click.Group) -> None:
    """Add `report`, `feedback`, `import-reactions` and `privacy` to the `wetgen consult` group."""
    group.add_command(report)
    group.add_command(feedback)
    group.add_command(privacy_command)
    group.add_command(import_reactions_command)
