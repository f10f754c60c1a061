"""Word bills that number themselves: fixtures made with python-docx and raw numbering XML.

    python -m tests.importer.word_fixtures      # rewrites tests/importer/fixtures/*.docx

Each fixture uses Word's automatic numbering the way drafters' files do (multi-level lists
bound to styles, numbering inherited through basedOn, restarts by w:num overrides, lists
sharing counters, lvlRestart), plus footnotes, a table and tracked changes. `EXPECTED` says
what a reader of the printed page sees. `libreoffice-multilevel.docx` is the first fixture
saved again by LibreOffice (`soffice --headless --convert-to docx`), a file Word-like software
wrote.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.oxml import parse_xml

FIXTURES = Path(__file__).resolve().parent / "fixtures"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
AANHEF = (
    "Wij Willem-Alexander, bij de gratie Gods, Koning der Nederlanden, Prins van Oranje-Nassau, enz. enz. enz.",
    "Allen, die deze zullen zien of horen lezen, saluut! doen te weten:",
)
FORMULA = ("Zo is het, dat Wij, de Afdeling advisering van de Raad van State gehoord, en met gemeen "
           "overleg der Staten-Generaal, hebben goedgevonden en verstaan, gelijk Wij goedvinden en "
           "verstaan bij deze:")  # fmt: skip
SLOT = ("Lasten en bevelen dat deze in het Staatsblad zal worden geplaatst en dat alle ministeries, "
        "autoriteiten, colleges en ambtenaren die zulks aangaat, aan de nauwkeurige uitvoering de "
        "hand zullen houden.")  # fmt: skip


def level_xml(ilvl: int, fmt: str, text: str, *, style: str = "", restart: int | None = None,
              start: int = 1, legal: bool = False) -> str:  # fmt: skip
    """Return a w:lvl: start, format, restart, bound style, isLgl and level text."""
    parts = [f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>']
    if restart is not None:
        parts.append(f'<w:lvlRestart w:val="{restart}"/>')
    if style:
        parts.append(f'<w:pStyle w:val="{style}"/>')
    if legal:
        parts.append("<w:isLgl/>")
    parts.append(f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')
    return "".join(parts)


def abstract_xml(aid: int, levels: list[str]) -> str:
    """Return a w:abstractNum holding `levels`."""
    return (f'<w:abstractNum {W_NS} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>'
            + "".join(levels) + "</w:abstractNum>")  # fmt: skip


def num_xml(nid: int, aid: int, starts: dict[int, int] | None = None) -> str:
    """Return a w:num on an abstract list, with a startOverride per level in `starts`."""
    overrides = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                        for lvl, start in (starts or {}).items())  # fmt: skip
    return f'<w:num {W_NS} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


class _Maker:
    """A python-docx document with helpers for styles bound to lists and numbered paragraphs."""

    def __init__(self) -> None:
        self.doc = docx.Document()
        self.body = self.doc.element.body
        self.numbering = self.doc.part.numbering_part.element
        for p in list(self.body.iterchildren("{*}p")):
            self.body.remove(p)

    def lists(self, abstracts: list[str], nums: list[str]) -> None:
        first_num = self.numbering.find("{*}num")
        for xml in abstracts:
            element = parse_xml(xml)
            if first_num is not None:
                first_num.addprevious(element)
            else:
                self.numbering.append(element)
        for xml in nums:
            self.numbering.append(parse_xml(xml))

    def style(self, name: str, based_on: str = "Normal", num: int | None = None, ilvl: int | None = None) -> None:
        style = self.doc.styles.add_style(name, docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.doc.styles[based_on]
        if num is not None or ilvl is not None:
            ppr = style.element.get_or_add_pPr()
            inner = (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "") + (
                f'<w:numId w:val="{num}"/>' if num is not None else "")
            ppr.append(parse_xml(f"<w:numPr {W_NS}>{inner}</w:numPr>"))

    def p(self, text: str = "", style: str = "Normal", *, num: int | None = None, ilvl: int | None = None,
          runs: str = "", ppr_extra: str = "") -> None:  # fmt: skip
        style_id = self.doc.styles[style].style_id
        numpr = ""
        if num is not None:
            numpr = f'<w:numPr><w:ilvl w:val="{ilvl or 0}"/><w:numId w:val="{num}"/></w:numPr>'
        content = runs or (f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>' if text else "")
        xml = (f'<w:p {W_NS}><w:pPr><w:pStyle w:val="{style_id}"/>{numpr}{ppr_extra}</w:pPr>'
               f"{content}</w:p>")  # fmt: skip
        self.body.insert(len(self.body) - 1, parse_xml(xml))

    def raw(self, xml: str) -> None:
        self.body.insert(len(self.body) - 1, parse_xml(xml))

    def preamble(self, title: str, considerans: str) -> None:
        self.p(title, "Title")
        self.p("Voorstel van wet")
        for line in AANHEF:
            self.p(line)
        self.p(f"Alzo Wij in overweging genomen hebben, {considerans}")
        self.p(FORMULA)

    def closing(self, signatory: str) -> None:
        self.p(SLOT)
        self.p("Gegeven")
        self.p(signatory)

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _run(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def multilevel() -> bytes:
    """A bill numbered by two lists: Hoofdstuk %1, and a four-level list of Artikel %1 (running
    on through the hoofdstukken), leden %2. (restarting in each article), onderdelen %3. (a, b)
    and subonderdelen %4°.; every level bound to a paragraph style, the hoofdstuk style taking
    its level from the list's w:pStyle and the deepest style its list through basedOn."""
    m = _Maker()
    m.lists([
        abstract_xml(100, [
            level_xml(0, "decimal", "Artikel %1", style="Artikelkop"),
            level_xml(1, "decimal", "%2.", style="Lid"),
            level_xml(2, "lowerLetter", "%3.", style="Onderdeel"),
            level_xml(3, "decimal", "%4°.", style="Subonderdeel"),
        ]),
        abstract_xml(101, [level_xml(0, "decimal", "Hoofdstuk %1", style="Hoofdstukkop")]),
    ], [num_xml(100, 100), num_xml(101, 101)])  # fmt: skip
    m.style("Hoofdstukkop", "Heading 1", num=101)
    m.style("Artikelkop", "Heading 2", num=100, ilvl=0)
    m.style("Lid", num=100, ilvl=1)
    m.style("Onderdeel", num=100, ilvl=2)
    m.style("Subonderdeel", "Onderdeel", ilvl=3)
    m.preamble("Regels over de registratie van voorbeeldvoorzieningen (Wet voorbeeldregistratie)",
               "dat het wenselijk is regels te stellen over de registratie van voorbeeldvoorzieningen;")
    m.p("Algemene bepalingen", "Hoofdstukkop")
    m.p("Begripsbepalingen", "Artikelkop")
    m.p("In deze wet wordt verstaan onder:")
    m.p("register: het register, bedoeld in artikel 3;", "Onderdeel")
    m.p("voorziening: een voorziening die:", "Onderdeel")
    m.p("openbaar toegankelijk is;", "Subonderdeel")
    m.p("door een gemeente wordt beheerd.", "Subonderdeel")
    m.p("Reikwijdte", "Artikelkop")
    m.p("Deze wet is van toepassing op voorzieningen in Nederland.", "Lid")
    m.p("Zij is niet van toepassing op:", "Lid")
    m.p("voorzieningen van Defensie;", "Onderdeel")
    m.p("tijdelijke voorzieningen.", "Onderdeel")
    m.p("Registratie", "Hoofdstukkop")
    m.p("Het register", "Artikelkop")
    m.p("", "Lid", runs=_run("Onze Minister houdt een register van voorzieningen.")
        + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
    m.p("Het register is openbaar.", "Lid")
    m.p("Bij ministeriële regeling worden regels gesteld over de inrichting van het register.", "Lid")
    m.p("Inwerkingtreding", "Artikelkop")
    m.p("Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.")
    m.p("Citeertitel", "Artikelkop")
    m.p("Deze wet wordt aangehaald als: Wet voorbeeldregistratie.")
    m.closing("De Minister van Binnenlandse Zaken en Koninkrijksrelaties,")
    m.p("MEMORIE VAN TOELICHTING", "Heading 1")
    m.p("ALGEMEEN", "Heading 1")
    m.p("", runs=_run("Dit voorstel regelt een ") + _run("register", "<w:b/>") + _run(" van ")
        + _run("voorzieningen", "<w:i/>") + _run(".")
        + '<w:r><w:footnoteReference w:id="2"/></w:r>')
    m.raw(f'<w:tbl {W_NS}><w:tr><w:tc><w:p><w:r><w:t>Wie</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Wat</w:t></w:r></w:p></w:tc></w:tr>'
          '<w:tr><w:tc><w:p><w:r><w:t>Onze Minister</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>houdt het register</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
    m.p("ARTIKELSGEWIJS", "Heading 1")
    m.p("Artikel 3", "Heading 2")
    m.p("Het register wordt openbaar gemaakt.")
    _footnotes(m, {1: "Zie ook de Archiefwet 1995.", 2: "Kamerstukken II 2025/26, 36 000, nr. 1."})
    return m.bytes()


def _footnotes(m: _Maker, notes: dict[int, str]) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p></w:footnote>'
                   for n, t in notes.items())  # fmt: skip
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f"{body}</w:footnotes>")  # fmt: skip
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), ct, xml.encode(), m.doc.part.package)
    m.doc.part.relate_to(part, RT.FOOTNOTES)


def amending() -> bytes:
    """A wijzigingswet numbered by Word: ARTIKEL %1 in upper Roman; onderdelen A, B in a second
    list whose numbered changes 1., 2. restart under each letter; the letters restart at A in
    ARTIKEL II through a w:num with a startOverride; ARTIKEL III uses a third w:num on the same
    abstract list as I and II and so continues their count. The new text after "luidende:" has
    numbers typed by hand."""
    m = _Maker()
    m.lists([
        abstract_xml(200, [level_xml(0, "upperRoman", "ARTIKEL %1", style="Wijzigingsartikel")]),
        abstract_xml(201, [level_xml(0, "upperLetter", "%1", style="Onderdeelletter"), level_xml(1, "decimal", "%2.", style="Wijziging")]),
    ], [num_xml(200, 200), num_xml(201, 201), num_xml(202, 201, {0: 1}), num_xml(203, 200)])  # fmt: skip
    m.style("Wijzigingsartikel", "Heading 1", num=200)
    m.style("Onderdeelletter", num=201, ilvl=0)
    m.style("Wijziging", num=201, ilvl=1)
    m.preamble("Wijziging van de Voorbeeldwet en de Andere wet in verband met een voorbeeld",
               "dat het wenselijk is de Voorbeeldwet en de Andere wet te wijzigen;")
    m.p("", "Wijzigingsartikel")
    m.p("De Voorbeeldwet wordt als volgt gewijzigd:")
    m.p("", "Onderdeelletter")
    m.p("Artikel 1 wordt als volgt gewijzigd:")
    m.p("In het eerste lid wordt «registratie» vervangen door «inschrijving».", "Wijziging")
    m.p("Het tweede lid vervalt.", "Wijziging")
    m.p("", "Onderdeelletter")
    m.p("Na artikel 2 wordt een artikel ingevoegd, luidende:")
    m.p("Artikel 2a")
    m.p("1. Onze Minister kan een voorziening uitschrijven.")
    m.p("2. Hij doet daarvan mededeling aan de beheerder.")
    m.p("", "Wijzigingsartikel")
    m.p("De Andere wet wordt als volgt gewijzigd:")
    m.p("", "Onderdeelletter", num=202)
    m.p("Artikel 5 vervalt.")
    m.p("", "Onderdeelletter", num=202)
    m.p("In artikel 6 wordt «Voorbeeldwet» vervangen door «Wet voorbeeldregistratie».")
    m.p("Inwerkingtreding", "Wijzigingsartikel", num=203)
    m.p("Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.")
    m.closing("De Minister van Binnenlandse Zaken en Koninkrijksrelaties,")
    return m.bytes()


def _ins(text: str, n: int) -> str:
    return f'<w:ins w:id="{n}" w:author="Jurist" w:date="2027-01-01T00:00:00Z">{_run(text)}</w:ins>'


def _del(text: str, n: int) -> str:
    return (f'<w:del w:id="{n}" w:author="Jurist" w:date="2027-01-01T00:00:00Z"><w:r>'
            f'<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')  # fmt: skip


def tracked() -> bytes:
    """A bill with tracked changes: words inserted and deleted, a lid inserted whole (its
    paragraph mark inserted too), a lid deleted whole, a sentence moved, a paragraph whose style
    (and so its number) was changed; numbered leden from one list."""
    m = _Maker()
    m.lists([abstract_xml(300, [level_xml(0, "decimal", "%1.", style="Lid")])], [num_xml(300, 300), num_xml(301, 300, {0: 1})])
    m.style("Lid", num=300, ilvl=0)
    m.style("Artikelkop", "Heading 2")
    m.preamble("Regels over een proef met gewijzigde tekst", "dat het wenselijk is een proef te regelen;")
    m.p("Artikel 1", "Artikelkop")
    m.p("", "Lid", runs=_run("De proef duurt ") + _del("twee", 1) + _ins("drie", 2) + _run(" jaar."))
    m.p("", "Lid", runs=_run("Onze Minister evalueert de proef.")
        + f'<w:moveFrom w:id="3" w:author="Jurist" w:date="2027-01-01T00:00:00Z">{_run(" Hij zendt het verslag aan de Kamers.")}</w:moveFrom>')
    m.raw(f'<w:p {W_NS}><w:pPr><w:pStyle w:val="Lid"/><w:rPr><w:ins w:id="4" w:author="Jurist" w:date="2027-01-01T00:00:00Z"/></w:rPr></w:pPr>'
          + _ins("De proef kan eenmaal worden verlengd.", 5) + "</w:p>")
    m.raw(f'<w:p {W_NS}><w:pPr><w:pStyle w:val="Lid"/><w:rPr><w:del w:id="6" w:author="Jurist" w:date="2027-01-01T00:00:00Z"/></w:rPr></w:pPr>'
          + _del("De proef is kosteloos.", 7) + "</w:p>")
    m.p("", "Lid", runs=_run("De resultaten worden openbaar gemaakt.")
        + f'<w:moveTo w:id="8" w:author="Jurist" w:date="2027-01-01T00:00:00Z">{_run(" Hij zendt het verslag aan de Kamers.")}</w:moveTo>')
    m.p("Artikel 2", "Artikelkop")
    m.p("Deze wet vervalt vijf jaar na haar inwerkingtreding.", "Normal",
        ppr_extra='<w:pPrChange w:id="9" w:author="Jurist" w:date="2027-01-01T00:00:00Z"><w:pPr><w:pStyle w:val="Lid"/></w:pPr></w:pPrChange>')
    m.closing("De Minister van Binnenlandse Zaken en Koninkrijksrelaties,")
    return m.bytes()


MAKERS = {"multilevel.docx": multilevel, "amending.docx": amending, "tracked.docx": tracked}


def libreoffice_copy(source: Path, target: Path) -> bool:
    """Save `source` again with LibreOffice as `target`; return False when LibreOffice is absent."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return False
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out, str(source)],
                       check=True, capture_output=True, timeout=180)  # fmt: skip
        shutil.copyfile(Path(out) / source.name, target)
    return True


def main() -> None:
    """Write every fixture, and the LibreOffice copy of the first."""
    FIXTURES.mkdir(exist_ok=True)
    for name, make in MAKERS.items():
        (FIXTURES / name).write_bytes(make())
    libreoffice_copy(FIXTURES / "multilevel.docx", FIXTURES / "libreoffice-multilevel.docx")


if __name__ == "__main__":
    main()
