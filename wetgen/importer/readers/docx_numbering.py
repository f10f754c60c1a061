"""Word's automatic numbering: the number a reader sees in front of a numbered paragraph.

Word stores no numbers. A paragraph names a list (`w:numPr`: numId and level, directly or
through its style); `numbering.xml` maps the list to an abstract definition whose levels say
where to start, in what format and with what text ("%1.", "%1.%2"), and when to restart. The
counters belong to the abstract definition, so lists that share one continue each other, and
a `w:num` with a `w:startOverride` restarts its level where it is first used. This module
replays that, paragraph by paragraph, in document order.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree

from wetgen import ids

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
_LEVEL_REF = re.compile(r"%([1-9])")
_NL_ORDINAL_WORDS = (
    "nulde eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde "
    "dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste"
).split()
_NL_CARDINAL_WORDS = (
    "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
    "zestien zeventien achttien negentien twintig"
).split()


def _val(el: etree._Element | None, name: str = "val") -> str | None:
    return None if el is None else el.get(_W + name)


class Level(NamedTuple):
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: 1-based level whose use restarts this one; 0 never
    legal: bool = False  # w:isLgl: show every level as decimal
    style: str = ""  # w:pStyle: the paragraph style bound to this level


def _level(lvl: etree._Element) -> Level:
    start = _val(lvl.find(_W + "start"))
    restart = _val(lvl.find(_W + "lvlRestart"))
    legal = lvl.find(_W + "isLgl")
    return Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        fmt=_val(lvl.find(_W + "numFmt")) or "decimal",
        text=_val(lvl.find(_W + "lvlText")) if lvl.find(_W + "lvlText") is not None else "",
        restart=int(restart) if restart and restart.isdigit() else None,
        legal=legal is not None and _val(legal) not in ("0", "false", "off"),
        style=_val(lvl.find(_W + "pStyle")) or "",
    )


def format_number(value: int, fmt: str) -> str:
    """Return a counter value in a Word number format (decimal, lowerLetter, upperRoman …)."""
    if fmt in ("decimal", "decimalEnclosedCircle", "decimalFullWidth", "decimalHalfWidth"):
        return str(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        letter = ids.list_letter(value) if value > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ids.roman(value) if value > 0 else ""
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "ordinal":
        return f"{value}e"
    if fmt == "ordinalText":
        return _NL_ORDINAL_WORDS[value] if 0 <= value < len(_NL_ORDINAL_WORDS) else f"{value}e"
    if fmt == "cardinalText":
        return _NL_CARDINAL_WORDS[value] if 0 <= value < len(_NL_CARDINAL_WORDS) else str(value)
    if fmt in ("none", "bullet"):
        return ""
    return str(value)


class Numbering:
    """The lists of one Word document, with their counters, replayed in document order."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        self.unknown_formats: set[str] = set()
        self._style_num: dict[str, tuple[str | None, int | None]] = {}
        self._links: dict[str, str] = {}
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            self._read_styles(styles)
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()

    # --- reading the definitions -------------------------------------------------------

    def _read_numbering(self, root: etree._Element) -> None:
        links: dict[str, str] = {}
        for abstract in root.iterfind(_W + "abstractNum"):
            aid = _val(abstract, "abstractNumId") or ""
            self.abstract[aid] = {int(_val(lvl, "ilvl") or 0): _level(lvl) for lvl in abstract.iterfind(_W + "lvl")}
            link = _val(abstract.find(_W + "numStyleLink"))
            if link:
                links[aid] = link
        for num in root.iterfind(_W + "num"):
            nid = _val(num, "numId") or ""
            aid = _val(num.find(_W + "abstractNumId")) or ""
            levels: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for override in num.iterfind(_W + "lvlOverride"):
                ilvl = int(_val(override, "ilvl") or 0)
                lvl = override.find(_W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = _val(override.find(_W + "startOverride"))
                if start and start.lstrip("-").isdigit():
                    starts[ilvl] = int(start)
            self.nums[nid] = (aid, levels, starts)
        self._links = links

    def _read_styles(self, root: etree._Element) -> None:
        own: dict[str, tuple[str | None, int | None, str | None]] = {}
        for style in root.iterfind(_W + "style"):
            sid = _val(style, "styleId") or ""
            numpr = style.find(f"{_W}pPr/{_W}numPr")
            num_id = _val(numpr.find(_W + "numId")) if numpr is not None else None
            ilvl = _val(numpr.find(_W + "ilvl")) if numpr is not None else None
            own[sid] = (num_id, int(ilvl) if ilvl and ilvl.isdigit() else None, _val(style.find(_W + "basedOn")))
        for sid in own:
            self._style_num[sid] = _resolve_style(sid, own)
        for aid, link in self._links.items():  # an abstractNum that takes its levels from a style's list
            num_id = self._style_num.get(link, (None, None))[0]
            if num_id and num_id in self.nums and not self.abstract.get(aid):
                self.abstract[aid] = self.abstract.get(self.nums[num_id][0], {})

    # --- numbering a paragraph -------------------------------------------------------------

    def list_of(self, style_id: str, num_id: str | None, ilvl: int | None) -> tuple[str, int] | None:
        """Return the (numId, level) a paragraph uses, from its own numPr or its style's, or None."""
        style_num, style_lvl = self._style_num.get(style_id, (None, None))
        nid = num_id if num_id is not None else style_num
        if not nid or nid == "0" or nid not in self.nums:
            return None
        level = ilvl if ilvl is not None else style_lvl
        if level is None:
            aid = self.nums[nid][0]
            level = next((n for n, lvl in self.abstract.get(aid, {}).items() if style_id and lvl.style == style_id), 0)
        return nid, level

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the list's counter at `ilvl` and return the label a reader sees ("1.", "a.")."""
        aid, overrides, starts = self.nums[num_id]
        levels = self.abstract.get(aid, {})
        counters = self._counters.setdefault(aid, [None] * 9)
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl_index, start in starts.items():
                if 0 <= lvl_index < 9:
                    counters[lvl_index] = start - 1
        ilvl = min(max(ilvl, 0), 8)
        level = overrides.get(ilvl) or levels.get(ilvl) or Level()
        current = counters[ilvl]
        counters[ilvl] = (level.start if current is None else current + 1)
        for deeper in range(ilvl + 1, 9):
            lvl = overrides.get(deeper) or levels.get(deeper) or Level()
            restart = deeper if lvl.restart is None else lvl.restart
            if restart and ilvl < restart:
                counters[deeper] = None
        return self._text(level, counters, levels, overrides)

    def _text(self, level: Level, counters: list[int | None], levels: dict[int, Level],
              overrides: dict[int, Level]) -> str:  # fmt: skip
        if level.fmt == "bullet":
            return level.text

        def one(m: re.Match[str]) -> str:
            """Return the number one %n of the level text stands for."""
            index = int(m.group(1)) - 1
            ref = overrides.get(index) or levels.get(index) or Level()
            value = counters[index] if counters[index] is not None else ref.start
            fmt = "decimal" if level.legal and ref.fmt not in ("none", "bullet") else ref.fmt
            if fmt not in _KNOWN:
                self.unknown_formats.add(fmt)
            return format_number(value, fmt)

        return _LEVEL_REF.sub(one, level.text)


_KNOWN = {
    "decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "ordinal",
    "ordinalText", "cardinalText", "none", "bullet", "decimalEnclosedCircle", "decimalFullWidth",
    "decimalHalfWidth",
}  # fmt: skip


def _resolve_style(sid: str, own: dict[str, tuple[str | None, int | None, str | None]]
                   ) -> tuple[str | None, int | None]:  # fmt: skip
    """Follow basedOn until a style gives a numId (and maybe a level)."""
    seen: set[str] = set()
    num_id: str | None = None
    ilvl: int | None = None
    current: str | None = sid
    while current and current in own and current not in seen:
        seen.add(current)
        nid, lvl, based_on = own[current]
        num_id = num_id if num_id is not None else nid
        ilvl = ilvl if ilvl is not None else lvl
        if num_id is not None:
            break
        current = based_on
    return num_id, ilvl
