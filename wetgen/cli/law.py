"""`wetgen law`: fetch a base law from the BWB repository into the cache, and show a law."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from wetgen.cli.common import EXIT_OK, say
from wetgen.cli.options import cache_option, date_option, format_option, quiet_option
from wetgen.errors import UsageError
from wetgen.law.data import law_data
from wetgen.law.errors import LawError
from wetgen.law.fetch import bwb_id, check_date, fetch_toestand, resolve_base, settings
from wetgen.law.locate import Step, locate
from wetgen.law.markdown import render_markdown
from wetgen.law.numbers import same_number


@click.group("law")
def law() -> None:
    """Read the laws a bill amends: fetch BWB toestanden and show a law."""


@law.command("fetch", short_help="Download a BWB toestand into the local cache.")
@click.argument("bwb")
@date_option
@cache_option
@quiet_option
def fetch(bwb: str, on: str | None, cache: Path | None) -> int:
    """Download the toestand of BWB (a BWB id such as BWBR0035303) valid on a date to the cache.

    The regulation's manifest names the toestand valid on the date, as known today; a toestand
    already in the cache is not downloaded again, and when the repository cannot be reached the
    cache answers. Exits 0 when the toestand is in the cache, 1 when it could not be fetched,
    2 on a usage error.
    """
    identifier = bwb_id(bwb)
    if identifier is None:
        raise UsageError(f"{bwb!r} is not a BWB id (BWBR followed by seven digits, e.g. BWBR0035303)")
    today = date.today().isoformat()
    when = check_date(on) if on else today
    result = fetch_toestand(identifier, when, today, settings(cache))
    how = "downloaded" if result.downloaded else "already in the cache"
    if result.offline:
        how = "the repository cannot be reached; using the cached copy"
    say(f"{identifier} toestand {result.label} (valid on {when}): {how}: {result.path}")
    return EXIT_OK


@law.command("show", short_help="Print a law as Markdown or JSON.")
@click.argument("base")
@click.option("--article", default=None, metavar="N", help="Show only this article (e.g. 12, 1.10, 4:8).")
@format_option(["md", "json"], "md: Markdown, one heading per article and one line per lid; "
               "json: the law model.", default="md")
@date_option
@cache_option
def show(base: str, article: str | None, fmt: str, on: str | None, cache: Path | None) -> int:
    """Print the law BASE: a file (BWB toestand XML, wetgen AKN, a non-amending draft) or a BWB id.

    A BWB id is looked up in the cache first and fetched when it is not there. Exits 0 when the
    law was shown, 1 when it could not be read or has no such article, 2 on a usage error.
    """
    today = date.today().isoformat()
    law_read = resolve_base(base, check_date(on) if on else today, today, settings(cache))
    if article is not None and not any(same_number(a.number, article) for a in law_read.articles()):
        missing = locate(law_read, (Step("artikel", article),))
        raise LawError(f"{base}: {getattr(missing, 'message', f'there is no artikel {article}')}")
    if fmt == "json":
        click.echo(json.dumps(law_data(law_read, article), ensure_ascii=False, indent=2))
    else:
        click.echo(render_markdown(law_read, article), nl=False)
    return EXIT_OK
