"""Styles by name: a reference document's style names resolved to its style ids and indents.

Word stores built-in styles under English names ("heading 1", "footnote text") and gives
them localised ids ("Kop1", "Voetnoottekst") in a Dutch Word; other tools store the Dutch
names themselves. Names are matched case-insensitively, and each built-in name also answers
to its Dutch name and the other way round, so one set of names works with either.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wetgen.errors import RenderError
from wetgen.word.package import parse_xml
from wetgen.word.xml.ns import W_NS

_W = f"{{{W_NS}}}"
DUTCH_NAMES = {
    "normal": "standaard",
    **{f"heading {n}": f"kop {n}" for n in range(1, 10)},
    **{f"toc {n}": f"inhopg {n}" for n in range(1, 10)},
    "header": "koptekst",
    "footer": "voettekst",
    "footnote text": "voetnoottekst",
    "footnote reference": "voetnootmarkering",
    "caption": "bijschrift",
    "toc heading": "kop van inhoudsopgave",
    "table grid": "tabelraster",
    "title": "titel",
    "subtitle": "ondertitel",
    "quote": "citaat",
    "list paragraph": "lijstalinea",
    "annotation text": "tekst opmerking",
}


@dataclass(frozen=True)
class StyleMap:
    """Style names (any case, English or Dutch) resolved to style ids, with their indents."""

    ids: dict[str, str]
    indents: dict[str, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, styles_xml: bytes) -> StyleMap:
        """Read the style names, ids and inherited indents of a word/styles.xml."""
        return cls(style_ids_by_name(styles_xml), style_indents(styles_xml))

    def __getitem__(self, name: str) -> str:
        try:
            return self.ids[name.lower()]
        except KeyError:
            raise RenderError(f'the reference document lacks the style "{name}"') from None

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self.ids

    def get(self, name: str, default: str = "") -> str:
        """Return the id of a style, or `default` when the document lacks it."""
        return self.ids.get(name.lower(), default)

    def missing(self, names: tuple[str, ...] | list[str]) -> list[str]:
        """Return the names among `names` that the document has no style for."""
        return [name for name in names if name.lower() not in self.ids]

    def mapped(self, pairs: tuple[tuple[str, str], ...]) -> StyleMap:
        """Return the map with each name of `pairs` (ours, theirs) answering as the document's
        style `theirs`; a name whose `theirs` the document lacks stays as it was."""
        ids = dict(self.ids)
        for ours, theirs in pairs:
            if theirs.lower() in self.ids:
                ids[ours.lower()] = self.ids[theirs.lower()]
        return StyleMap(ids, self.indents)

    def indent(self, name: str) -> tuple[int, int]:
        """Return the (left, hanging) indent of a style in twips."""
        return self.indents.get(self[name], (0, 0))


def style_ids_by_name(styles_xml: bytes) -> dict[str, str]:
    """Map lower-cased style names, and their Dutch or English twins, to style ids."""
    root = parse_xml(styles_xml, "word/styles.xml")
    found: dict[str, str] = {}
    for style in root.iter(f"{_W}style"):
        name = style.find(f"{_W}name")
        if name is not None:
            found.setdefault(name.get(f"{_W}val", "").lower(), style.get(f"{_W}styleId", ""))
    twins = {**DUTCH_NAMES, **{dutch: english for english, dutch in DUTCH_NAMES.items()}}
    for name, style_id in list(found.items()):
        if name in twins:
            found.setdefault(twins[name], style_id)
    return found


def style_indents(styles_xml: bytes) -> dict[str, tuple[int, int]]:
    """Map style ids to their (left, hanging) indent in twips, following basedOn; firstLine < 0."""
    root = parse_xml(styles_xml, "word/styles.xml")
    own: dict[str, tuple[int | None, int | None]] = {}
    parent: dict[str, str] = {}
    for style in root.iter(f"{_W}style"):
        sid = style.get(f"{_W}styleId", "")
        based = style.find(f"{_W}basedOn")
        if based is not None:
            parent[sid] = based.get(f"{_W}val", "")
        own[sid] = _indent_of(style.find(f"{_W}pPr/{_W}ind"))
    return {sid: _inherited_indent(sid, own, parent) for sid in own}


def _indent_of(ind) -> tuple[int | None, int | None]:
    if ind is None:
        return (None, None)
    left = ind.get(f"{_W}left") or ind.get(f"{_W}start")
    hanging, first = ind.get(f"{_W}hanging"), ind.get(f"{_W}firstLine")
    hang = int(hanging) if hanging else (-int(first) if first else None)
    return (int(left) if left else None, hang)


def _inherited_indent(sid: str, own: dict, parent: dict) -> tuple[int, int]:
    left = hang = None
    seen: set[str] = set()
    while sid and sid not in seen and (left is None or hang is None):
        seen.add(sid)
        mine = own.get(sid, (None, None))
        left = mine[0] if left is None else left
        hang = mine[1] if hang is None else hang
        sid = parent.get(sid, "")
    return (left or 0, hang or 0)
