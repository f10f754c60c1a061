"""The top of a draft: the bill's metadata, version, toelichting file, the fixed wording it
uses (formulier) and how it prints its wijzigingsopdrachten (vormgeving)."""

from __future__ import annotations

import re

import yaml

from wetgen.draft_files import MAX_TOELICHTING_BYTES, DraftFileRefused, read_draft_file
from wetgen.formulas import MONARCHS
from wetgen.loader.articles import body
from wetgen.loader.keys import (
    BILL_KEYS,
    CHAMBERS,
    FORMULIER_KEYS,
    FORMULIER_VALUES,
    KAMERSTUK_KEYS,
    VERSION_KEYS,
    VORMGEVING_KEYS,
)
from wetgen.loader.reader import Reader, did_you_mean
from wetgen.messages import t
from wetgen.model import Bill, Formulier, Kamerstuk, Stage, Style, Toelichting, Version

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SESSION = re.compile(r"^(\d{4})\s*[-–/]\s*(\d{4})$")
_DOSSIER = re.compile(r"^(\d{1,3})\s?(\d{3})(\S*(?:\s*\(R\d+\))?)$")
AS_FOLLOWS = ("als volgt gewijzigd", "gewijzigd als volgt")
LUIDENDE = ("luidende", "dat luidt")


def read_root(r: Reader, root: yaml.Node | None) -> Bill:
    """Read the whole draft; always return a Bill, however incomplete."""
    if root is None:
        r.report(t("SCH002.empty-draft"), None)
        return empty_bill()
    top = r.mapping(root, t("term.the-draft"), {"wetsvoorstel": True})
    if "wetsvoorstel" not in top:
        return empty_bill()
    node = top["wetsvoorstel"]
    m = r.mapping(node, "wetsvoorstel", BILL_KEYS)
    article_nodes = r.seq(m.get("artikelen"), "artikelen")
    amending = any(_is_amending(n) for n in article_nodes)
    articles = body(r, article_nodes, amending)
    if "artikelen" in m and not articles:
        r.report(t("STR004.no-articles"), m["artikelen"])
    return Bill(
        opschrift=r.text(m.get("opschrift"), "opschrift"),
        citeertitel=r.text(m.get("citeertitel"), "citeertitel"),
        version=version(r, m.get("versie")),
        ministry=r.text(m.get("ministerie"), "ministerie"),
        signatories=tuple(r.text(n, "ondertekenaar") for n in r.seq(m.get("ondertekenaars"), "ondertekenaars")),
        considerans=tuple(r.text(n, "considerans") for n in r.seq(m.get("considerans"), "considerans")),
        body=articles,
        toelichting=toelichting(r, m.get("toelichting")),
        loc=r.loc(node),
        style=style(r, m.get("vormgeving")),
        formulier=formulier(r, m.get("formulier")),
        kamerstuk=kamerstuk(r, m.get("kamerstuk")),
    )  # fmt: skip


def _is_amending(node: yaml.Node) -> bool:
    if not isinstance(node, yaml.MappingNode):
        return False
    keys = {k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    if "wijzigt" in keys:
        return True
    return any(_is_amending(n) for k, v in node.value if getattr(k, "value", "") == "artikelen"
               and isinstance(v, yaml.SequenceNode) for n in v.value)  # fmt: skip


def version(r: Reader, node: yaml.Node | None) -> Version:
    """Read versie: label, datum, fase."""
    if node is None:
        return Version("", "1970-01-01", Stage.CONSULTATIEVERSIE)
    m = r.mapping(node, "versie", VERSION_KEYS)
    date = r.text(m.get("datum"), "datum")
    if date and not _ISO_DATE.match(date):
        r.report(t("SCH004.not-a-date", what="datum", value=date), m["datum"])
    stage_text = r.text(m.get("fase"), "fase")
    stages = {s.value: s for s in Stage}
    stage = stages.get(stage_text, Stage.CONSULTATIEVERSIE)
    if "fase" in m and stage_text not in stages:
        r.report(t("SCH004.unknown-fase", value=stage_text), m["fase"],
                 did_you_mean(stage_text, stages) or t("hint.one-of", values=", ".join(stages)))  # fmt: skip
    return Version(r.text(m.get("label"), "label"), date or "1970-01-01", stage)


def toelichting(r: Reader, node: yaml.Node | None) -> Toelichting:
    """Read the algemeen deel from the Markdown file the draft names."""
    name = r.text(node, "toelichting")
    if not name:
        return Toelichting()
    if r.base_dir is None:
        return Toelichting(source=name)
    try:
        text = read_draft_file(r.base_dir, name, MAX_TOELICHTING_BYTES).decode("utf-8-sig")
        shown = str(r.base_dir / name)
        return Toelichting(r.clean_file_text(text, shown, "toelichting"), shown)
    except DraftFileRefused as exc:
        r.report(t("SCH005.toelichting-refused", reason=exc.args[0]), node, t("hint.toelichting-inside"))
    except UnicodeDecodeError:
        r.report(t("SCH005.toelichting-not-utf8", name=name), node)
    return Toelichting(source=name)


def kamerstuk(r: Reader, node: yaml.Node | None) -> Kamerstuk | None:
    """Read kamerstuk: vergaderjaar, dossier, nummer, nummer_toelichting and kamer."""
    if node is None:
        return None
    m = r.mapping(node, "kamerstuk", KAMERSTUK_KEYS)
    session = r.text(m.get("vergaderjaar"), "vergaderjaar")
    years = _SESSION.match(session)
    if years and int(years.group(2)) == int(years.group(1)) + 1:
        session = f"{years.group(1)}–{years.group(2)}"
    elif "vergaderjaar" in m:
        r.report(t("SCH004.not-a-session", value=session), m["vergaderjaar"])
    dossier = r.text(m.get("dossier"), "dossier")
    number = _DOSSIER.match(dossier)
    if number:
        dossier = f"{number.group(1)} {number.group(2)}{number.group(3)}"
    elif "dossier" in m:
        r.report(t("SCH004.not-a-dossier", value=dossier), m["dossier"])
    own = r.text(m.get("nummer"), "nummer") or "2"
    mvt = r.text(m.get("nummer_toelichting"), "nummer_toelichting") or (str(int(own) + 1) if own.isdigit() else "")
    chamber = r.choice(m.get("kamer"), "kamer", tuple(CHAMBERS), "tweede")
    return Kamerstuk(session, dossier, own, mvt, CHAMBERS[chamber])


def formulier(r: Reader, node: yaml.Node | None) -> Formulier:
    """Read the choice of fixed wording: soort, vorst, raad_van_state, vorm, komma, zulks."""
    if node is None:
        return Formulier()
    m = r.mapping(node, "formulier", FORMULIER_KEYS)
    default = Formulier()
    return Formulier(
        kind=r.choice(m.get("soort"), "soort", FORMULIER_VALUES["soort"], default.kind),
        monarch=r.choice(m.get("vorst"), "vorst", tuple(MONARCHS), default.monarch),
        council=r.text(m.get("raad_van_state"), "raad_van_state") or default.council,
        form=r.choice(m.get("vorm"), "vorm", FORMULIER_VALUES["vorm"], default.form),
        comma=r.flag(m["komma"], "komma") if "komma" in m else None,
        relative=r.choice(m.get("zulks"), "zulks", FORMULIER_VALUES["zulks"], default.relative),
        bulletins=tuple(r.text(n, "publicatieblad") for n in r.seq(m.get("publicatiebladen"), "publicatiebladen")),
    )


def style(r: Reader, node: yaml.Node | None) -> Style:
    """Read how the wijzigingsopdrachten print: aanhalingstekens, dubbele_punt, als_volgt, letterpunt."""
    if node is None:
        return Style()
    m = r.mapping(node, "vormgeving", VORMGEVING_KEYS)
    quotes = r.words(m.get("aanhalingstekens"), "aanhalingstekens") or Style().quotes
    if len(quotes) not in (1, 2) or quotes.isalnum():
        r.report(t("SCH004.not-quotes", value=quotes), m.get("aanhalingstekens"))
        quotes = Style().quotes
    return Style(
        quotes=quotes,
        colon=r.flag(m.get("dubbele_punt"), "dubbele_punt"),
        as_follows=r.choice(m.get("als_volgt"), "als_volgt", AS_FOLLOWS, AS_FOLLOWS[0]),
        letter_stop=r.flag(m.get("letterpunt"), "letterpunt"),
        luidende=r.choice(m.get("luidende"), "luidende", LUIDENDE, LUIDENDE[0]),
    )


def empty_bill() -> Bill:
    """Return the bill of a draft that has nothing readable."""
    return Bill("", "", Version("", "1970-01-01", Stage.CONSULTATIEVERSIE), "", (), (), ())
