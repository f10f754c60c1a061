"""YAML draft → Bill. Every scalar is read as a string, every node keeps its file:line:col,
and every schema problem is collected as a Diagnostic instead of stopping at the first."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from wetgen import ids
from wetgen.errors import Diagnostic, DraftError, DraftInvalid, Severity, UsageError
from wetgen.gcpause import gc_paused
from wetgen.model import (
    DIVISION_KINDS,
    Action,
    AmendingOnderdeel,
    Article,
    Bill,
    Division,
    Instruction,
    Item,
    LawRef,
    Lid,
    Renumbering,
    Stage,
    Target,
    Toelichting,
    Unit,
    Version,
    unit_kind,
)
from wetgen.source import SourceLocation

MAX_DRAFT_BYTES = 20 * 1024 * 1024
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

BILL_KEYS = {
    "opschrift": True,
    "citeertitel": True,
    "versie": True,
    "ministerie": True,
    "ondertekenaars": True,
    "considerans": True,
    "toelichting": False,
    "artikelen": True,
}
VERSION_KEYS = {"label": True, "datum": True, "fase": True}
LAW_KEYS = {"citeertitel": True, "bwb": False, "artikelen": False}
ARTICLE_KEYS = {
    "nummer": False,
    "opschrift": False,
    "key": False,
    "toelichting": False,
    "tekst": False,
    "leden": False,
    "onderdelen": False,
    "wijzigt": False,
}
DIVISION_KEYS = {"opschrift": True, "key": False, "artikelen": True}
LID_KEYS = {"nummer": False, "tekst": True, "key": False, "onderdelen": False}
AMENDING_ONDERDEEL_KEYS = {"nummer": False, "key": False, "toelichting": False, "wijzigingen": True}
PAYLOAD_KEYS = ("artikelen", "leden", "onderdelen")
INSTRUCTION_KEYS: dict[Action, tuple[str, ...]] = {
    Action.REPLACE_WORDS: ("doel", "oud", "nieuw"),
    Action.INSERT_WORDS: ("doel", "na", "nieuw"),
    Action.DELETE_WORDS: ("doel", "oud"),
    Action.REPLACE: ("doel", "payload"),
    Action.INSERT: ("na|voor", "payload", "vernummering?"),
    Action.ADD: ("aan", "payload", "vernummering?", "slotpunt_wordt_puntkomma?"),
    Action.DELETE: ("doel", "vernummering?"),
    Action.RENUMBER: ("doel", "nummer"),
    Action.FREE: ("tekst", "doel?", "payload?"),
}
ALL_INSTRUCTION_KEYS = sorted(
    {"actie", "doel", "na", "voor", "aan", "oud", "nieuw", "nummer", "tekst", "vernummering",
     "slotpunt_wordt_puntkomma", *PAYLOAD_KEYS}
)  # fmt: skip
YES, NO = ("ja", "yes", "true"), ("nee", "no", "false")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class LoadResult:
    """What loading a draft gave: the bill (None if unreadable), the findings and the source text."""

    path: str
    text: str
    bill: Bill | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Tell whether the draft loaded with no error-level findings."""
        return self.bill is not None and not any(
            d.severity is Severity.ERROR for d in self.diagnostics
        )


def load_bill(path: str | Path) -> Bill:
    """Load a draft and return its Bill; raise DraftError or DraftInvalid if it has errors."""
    result = load_draft(path)
    if result.bill is None:
        raise DraftError(result.diagnostics[0].message, result.diagnostics[0].location)
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    if errors:
        raise DraftInvalid(errors)
    return result.bill


def load_draft(path: str | Path) -> LoadResult:
    """Read and parse a draft file, collecting every problem; raise UsageError for a non-file."""
    path = Path(path)
    if path.is_dir():
        raise UsageError(f"{path} is a directory; expected a YAML draft file")
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    size = path.stat().st_size
    shown = str(path)
    if size > MAX_DRAFT_BYTES:
        return _unreadable(
            shown,
            "READ003",
            f"file is {size / 1e6:.0f} MB; drafts are limited to {MAX_DRAFT_BYTES // 2**20} MB",
        )
    data = path.read_bytes()
    return load_text(data, shown, base_dir=path.parent)


@gc_paused()
def load_text(data: bytes | str, path: str = "<draft>", base_dir: Path | None = None) -> LoadResult:
    """Parse draft content given as bytes or text; `base_dir` resolves the toelichting file."""
    if isinstance(data, bytes):
        if b"\x00" in data[:8192]:
            return _unreadable(path, "READ001", "binary file, not a YAML draft")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            return _unreadable(
                path,
                "READ004",
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the draft as UTF-8",
                SourceLocation(path, line, col),
                text="",
            )
    else:
        text = data
    if not text.strip():
        return _unreadable(path, "READ002", "empty file; a draft starts with 'wetsvoorstel:'")
    try:
        alias = _first_alias(text)
        if alias is not None:
            return _unreadable(path, "YAML002", "YAML anchors and aliases are not allowed in a draft",
                               SourceLocation(path, alias.line + 1, alias.column + 1), text=text)  # fmt: skip
        root = yaml.compose(text, Loader=_YAML_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = (
            SourceLocation(path, mark.line + 1, mark.column + 1)
            if mark
            else SourceLocation(path, 1, 1)
        )
        problem = exc.problem or exc.context or "invalid YAML"
        return _unreadable(path, "YAML001", f"invalid YAML: {problem}", loc, text=text)
    except yaml.YAMLError as exc:
        return _unreadable(path, "YAML001", f"invalid YAML: {exc}", text=text)
    reader = _Reader(path, base_dir)
    bill = reader.read_root(root)
    return LoadResult(path, text, bill, reader.diagnostics)


_ALIAS_LIKE = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\[\]{}]+", re.MULTILINE)


def _first_alias(text: str) -> yaml.Mark | None:
    """Return where the first alias is, parsing events only when the text looks like it has one."""
    if "*" not in text or not _ALIAS_LIKE.search(text):
        return None
    for event in yaml.parse(text, Loader=_YAML_LOADER):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark
    return None


def _unreadable(
    path: str, code: str, message: str, loc: SourceLocation | None = None, text: str = ""
) -> LoadResult:
    diag = Diagnostic(Severity.ERROR, code, message, loc or SourceLocation(path, 1, 1))
    return LoadResult(path, text, None, [diag])


class _Reader:
    """Walks the composed YAML node tree and builds the model, collecting diagnostics."""

    def __init__(self, path: str, base_dir: Path | None) -> None:
        self.path = path
        self.base_dir = base_dir
        self.diagnostics: list[Diagnostic] = []
        self._seen: set[int] = set()

    # --- primitives ---------------------------------------------------------------------

    def loc(self, node: yaml.Node) -> SourceLocation:
        """Return the 1-based location of a node."""
        return SourceLocation(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def report(self, code: str, message: str, node: yaml.Node | None, hint: str = "",
               severity: Severity = Severity.ERROR) -> None:  # fmt: skip
        """Record a finding at a node."""
        loc = self.loc(node) if node is not None else SourceLocation(self.path, 1, 1)
        self.diagnostics.append(Diagnostic(severity, code, message, loc, hint))

    def _visit(self, node: yaml.Node) -> bool:
        # The C composer shares the node object for an alias; refusing a second visit both
        # forbids aliases and makes an alias bomb cost nothing.
        if id(node) in self._seen:
            self.report("YAML002", "YAML anchors and aliases are not allowed in a draft", node,
                        "write the text out in full")  # fmt: skip
            return False
        self._seen.add(id(node))
        return True

    def mapping(self, node: yaml.Node, what: str, keys: dict[str, bool]) -> dict[str, yaml.Node]:
        """Return a mapping's entries, reporting unknown, duplicate and missing keys."""
        if not isinstance(node, yaml.MappingNode):
            self.report("SCH003", f"{what} must be a mapping of keys, not {_kind(node)}", node)
            return {}
        if not self._visit(node):
            return {}
        entries: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
            if key in entries:
                self.report("SCH006", f"duplicate key '{key}' in {what}", key_node)
                continue
            if key not in keys:
                self.report("SCH001", f"unknown key '{key}' in {what}", key_node,
                            _did_you_mean(key, keys))  # fmt: skip
                continue
            entries[key] = value_node
        for key, required in keys.items():
            if required and key not in entries:
                self.report("SCH002", f"{what} is missing the key '{key}'", node)
        return entries

    def text(self, node: yaml.Node | None, what: str, *, keep_lines: bool = False) -> str:
        """Return a scalar's text (whitespace normalised unless keep_lines)."""
        if node is None:
            return ""
        if not isinstance(node, yaml.ScalarNode):
            if self._visit(node):
                self.report("SCH003", f"{what} must be text, not {_kind(node)}", node)
            return ""
        value = node.value
        if (
            node.tag == "tag:yaml.org,2002:null"
            and node.style is None
            and value in ("", "~", "null")
        ):
            return ""
        return value.strip() if keep_lines else " ".join(value.split())

    def seq(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        """Return a sequence's items, reporting anything else."""
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.report("SCH003", f"{what} must be a list, not {_kind(node)}", node)
            return []
        return list(node.value) if self._visit(node) else []

    def flag(self, node: yaml.Node | None, what: str) -> bool:
        """Return a ja/nee flag."""
        value = self.text(node, what).lower()
        if value and value not in YES + NO:
            self.report("SCH004", f"{what} must be 'ja' or 'nee', not '{value}'", node)
        return value in YES

    # --- the bill -------------------------------------------------------------------------

    def read_root(self, root: yaml.Node | None) -> Bill:
        """Read the whole draft; always return a Bill, however incomplete."""
        if root is None:
            self.report("SCH002", "the draft is empty; it starts with 'wetsvoorstel:'", None)
            return _empty_bill()
        top = self.mapping(root, "the draft", {"wetsvoorstel": True})
        if "wetsvoorstel" not in top:
            return _empty_bill()
        node = top["wetsvoorstel"]
        m = self.mapping(node, "wetsvoorstel", BILL_KEYS)
        article_nodes = self.seq(m.get("artikelen"), "artikelen")
        amending = any(self._is_amending(n) for n in article_nodes)
        body = self.body(article_nodes, amending)
        if "artikelen" in m and not body:
            self.report("STR004", "the bill has no articles", m["artikelen"])
        return Bill(
            opschrift=self.text(m.get("opschrift"), "opschrift"),
            citeertitel=self.text(m.get("citeertitel"), "citeertitel"),
            version=self.version(m.get("versie")),
            ministry=self.text(m.get("ministerie"), "ministerie"),
            signatories=tuple(self.text(n, "ondertekenaar") for n in self.seq(m.get("ondertekenaars"), "ondertekenaars")),
            considerans=tuple(self.text(n, "considerans") for n in self.seq(m.get("considerans"), "considerans")),
            body=body,
            toelichting=self.toelichting(m.get("toelichting")),
            loc=self.loc(node),
        )  # fmt: skip

    def _is_amending(self, node: yaml.Node) -> bool:
        return isinstance(node, yaml.MappingNode) and any(
            isinstance(k, yaml.ScalarNode) and k.value == "wijzigt" for k, _ in node.value
        )

    def version(self, node: yaml.Node | None) -> Version:
        """Read versie: label, datum, fase."""
        if node is None:
            return Version("", "1970-01-01", Stage.CONSULTATIEVERSIE)
        m = self.mapping(node, "versie", VERSION_KEYS)
        date = self.text(m.get("datum"), "datum")
        if date and not _ISO_DATE.match(date):
            self.report("SCH004", f"datum must be a date as YYYY-MM-DD, not '{date}'", m["datum"])
        stage_text = self.text(m.get("fase"), "fase")
        stages = {s.value: s for s in Stage}
        stage = stages.get(stage_text, Stage.CONSULTATIEVERSIE)
        if "fase" in m and stage_text not in stages:
            self.report("SCH004", f"unknown fase '{stage_text}'", m["fase"],
                        _did_you_mean(stage_text, stages) or "one of: " + ", ".join(stages))  # fmt: skip
        return Version(self.text(m.get("label"), "label"), date or "1970-01-01", stage)

    def toelichting(self, node: yaml.Node | None) -> Toelichting:
        """Read the algemeen deel from the Markdown file the draft names."""
        name = self.text(node, "toelichting")
        if not name:
            return Toelichting()
        if self.base_dir is None:
            return Toelichting(source=name)
        md_path = self.base_dir / name
        try:
            return Toelichting(md_path.read_text(encoding="utf-8"), str(md_path))
        except (OSError, UnicodeDecodeError) as exc:
            reason = "not valid UTF-8" if isinstance(exc, UnicodeDecodeError) else "cannot be read"
            self.report("SCH005", f"toelichting file '{name}' {reason}", node)
            return Toelichting(source=name)

    # --- body, articles, divisions ----------------------------------------------------------

    def body(self, nodes: list[yaml.Node], amending: bool, numberer: _Numberer | None = None
             ) -> tuple[Division | Article, ...]:  # fmt: skip
        """Read articles and divisions; articles are numbered continuously through divisions (Ar 3.54)."""
        numberer = numberer or _Numberer(self, "artikel", amending)
        out: list[Division | Article] = []
        for node in nodes:
            division_kind = self._division_kind(node)
            if division_kind:
                out.append(self.division(node, division_kind, numberer))
            else:
                out.append(self.article(node, numberer))
        return tuple(out)

    def _division_kind(self, node: yaml.Node) -> str:
        if not isinstance(node, yaml.MappingNode):
            return ""
        keys = {k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
        return next((k for k in DIVISION_KINDS if k in keys), "")

    def division(self, node: yaml.Node, kind: str, numberer: _Numberer | None) -> Division:
        """Read a hoofdstuk, afdeling or paragraaf; payload divisions (numberer None) keep written numbers."""
        m = self.mapping(node, kind, {kind: True, **DIVISION_KEYS})
        number = ids.clean_number(self.text(m.get(kind), kind))
        nodes = self.seq(m.get("artikelen"), "artikelen")
        if numberer and kind == "hoofdstuk":
            numberer.start_chapter(number)
        children = self.body(nodes, False, numberer) if numberer else self._payload_articles(nodes)
        return Division(
            kind=kind,
            number=number,
            opschrift=self.text(m.get("opschrift"), "opschrift"),
            children=children,
            key=self.text(m.get("key"), "key"),
            loc=self.loc(node),
        )

    def article(self, node: yaml.Node, numberer: _Numberer | None) -> Article:
        """Read one article: text, leden, or an amending article with onderdelen."""
        m = self.mapping(node, "artikel", ARTICLE_KEYS)
        number = (
            numberer.take(m.get("nummer"), node)
            if numberer
            else self.payload_number(m, node, "artikel")
        )
        if numberer is None and not number:
            number = "?"
        bodies = [k for k in ("tekst", "leden", "wijzigt") if k in m]
        if not bodies and isinstance(node, yaml.MappingNode):
            self.report(
                "STR004", f"artikel {number} is empty: give it tekst, leden or wijzigt", node
            )
        if "leden" in m and ("tekst" in m or "wijzigt" in m):
            self.report("SCH007", f"artikel {number} has both leden and "
                        f"{'tekst' if 'tekst' in m else 'wijzigt'}; choose one", m["leden"])  # fmt: skip
        common = dict(
            number=number,
            opschrift=self.text(m.get("opschrift"), "opschrift"),
            key=self.text(m.get("key"), "key"),
            toelichting=self.text(m.get("toelichting"), "toelichting", keep_lines=True),
            loc=self.loc(node),
        )
        if "wijzigt" in m:
            law = self.law(m["wijzigt"])
            onderdelen = self.amending_onderdelen(m.get("onderdelen"))
            if not onderdelen:
                self.report(
                    "STR004",
                    f"artikel {number} amends {law.citeertitel} but has no onderdelen",
                    node,
                )
            return Article(amends=law, onderdelen=onderdelen, **common)  # type: ignore[arg-type]
        leden = self.leden(m.get("leden"))
        items = self.items(m.get("onderdelen"), 1)
        if items and "tekst" not in m:
            self.report(
                "SCH002", f"artikel {number} has onderdelen but no tekst (the aanhef)", node
            )
        text_loc = self.loc(m["tekst"]) if "tekst" in m else self.loc(node)
        return Article(
            text=self.text(m.get("tekst"), "tekst"),
            items=items,
            leden=leden,
            text_loc=text_loc,
            **common,
        )  # type: ignore[arg-type]

    def payload_number(self, m: dict[str, yaml.Node], node: yaml.Node, what: str) -> str:
        """Return the written number of a unit inserted into the amended law, or report it."""
        number = ids.clean_number(self.text(m.get("nummer"), "nummer"))
        if not number:
            self.report("NUM002", f"a new {what} in a wijzigingsopdracht needs its number written",
                        node, "add 'nummer:' with the number it gets in the amended law")  # fmt: skip
        return number

    def law(self, node: yaml.Node) -> LawRef:
        """Read the law an amending article amends."""
        m = self.mapping(node, "wijzigt", LAW_KEYS)
        bwb = self.text(m.get("bwb"), "bwb")
        if bwb and not re.fullmatch(r"BWBR\d{7}", bwb):
            self.report("SCH004", f"bwb must look like BWBR0035303, not '{bwb}'", m["bwb"])
        known = tuple(
            ids.clean_number(self.text(n, "artikel"))
            for n in self.seq(m.get("artikelen"), "artikelen")
        )
        return LawRef(self.text(m.get("citeertitel"), "citeertitel"), bwb, known)

    # --- leden and list items -----------------------------------------------------------------

    def leden(self, node: yaml.Node | None, numbered_by_position: bool = True) -> tuple[Lid, ...]:
        """Read a list of leden (each a string or a mapping)."""
        numberer = _Numberer(self, "lid") if numbered_by_position else None
        out = []
        for child in self.seq(node, "leden"):
            number, text, items, key = self._lid_like(child, numberer, "lid", 1)
            out.append(Lid(number, text, items, key, self.loc(child)))
        return tuple(out)

    def items(
        self, node: yaml.Node | None, depth: int, numbered_by_position: bool = True
    ) -> tuple[Item, ...]:
        """Read list onderdelen (depth 1: a, b) or subonderdelen (depth 2: 1°, 2°)."""
        kind = "item" if depth == 1 else "subitem"
        numberer = _Numberer(self, kind) if numbered_by_position else None
        out = []
        for child in self.seq(node, "onderdelen"):
            number, text, items, key = self._lid_like(child, numberer, kind, depth)
            out.append(Item(number, text, items, key, self.loc(child)))
        return tuple(out)

    def _lid_like(self, node: yaml.Node, numberer: _Numberer | None, kind: str, depth: int
                  ) -> tuple[str, str, tuple[Item, ...], str]:  # fmt: skip
        what = "lid" if kind == "lid" else "onderdeel"
        if isinstance(node, yaml.ScalarNode):
            number = numberer.take(None, node) if numberer else self.payload_number({}, node, what)
            text = self.text(node, what)
            if not text:
                self.report("STR004", f"{what} {number} is empty", node)
            return number, text, (), ""
        m = self.mapping(node, what, LID_KEYS)
        number = (
            numberer.take(m.get("nummer"), node) if numberer else self.payload_number(m, node, what)
        )
        items = self.items(m.get("onderdelen"), depth + 1 if kind != "lid" else 1)
        if kind == "subitem" and items:
            self.report("SCH008", "lists nest no deeper than subonderdelen (1°)", m["onderdelen"])
        return number, self.text(m.get("tekst"), "tekst"), items, self.text(m.get("key"), "key")

    # --- amending onderdelen and instructions -----------------------------------------------------

    def amending_onderdelen(self, node: yaml.Node | None) -> tuple[AmendingOnderdeel, ...]:
        """Read the onderdelen A, B, ... of an amending article."""
        numberer = _Numberer(self, "onderdeel")
        out = []
        for child in self.seq(node, "onderdelen"):
            m = self.mapping(child, "onderdeel", AMENDING_ONDERDEEL_KEYS)
            number = numberer.take(m.get("nummer"), child)
            instructions = tuple(
                self.instruction(n) for n in self.seq(m.get("wijzigingen"), "wijzigingen")
            )
            if "wijzigingen" in m and not instructions:
                self.report("STR004", f"onderdeel {number} has no wijzigingen", child)
            out.append(AmendingOnderdeel(
                number, instructions, self.text(m.get("key"), "key"),
                self.text(m.get("toelichting"), "toelichting", keep_lines=True), self.loc(child),
            ))  # fmt: skip
        return tuple(out)

    def instruction(self, node: yaml.Node) -> Instruction:
        """Read one wijzigingsopdracht and check its keys against its actie."""
        keys = {k: False for k in ALL_INSTRUCTION_KEYS}
        m = self.mapping(node, "wijziging", keys)
        action_text = self.text(m.get("actie"), "actie")
        actions = {a.value: a for a in Action}
        action = actions.get(action_text)
        if action is None:
            if "actie" in m:
                self.report("SCH004", f"unknown actie '{action_text}'", m["actie"],
                            _did_you_mean(action_text, actions) or "one of: " + ", ".join(actions))  # fmt: skip
            elif isinstance(node, yaml.MappingNode):
                self.report("SCH002", "wijziging is missing the key 'actie'", node)
            return Instruction(Action.FREE, Target(), free_text="", loc=self.loc(node))
        self._check_instruction_keys(action, m, node)
        position_key = (
            "voor"
            if "voor" in m
            else "na"
            if action is Action.INSERT
            else "aan"
            if action is Action.ADD
            else "doel"
        )
        target = self.target(m.get(position_key), position_key)
        payload = self.payload(m)
        anchor = self.text(m.get("na"), "na") if action is Action.INSERT_WORDS else ""
        return Instruction(
            action=action,
            target=target,
            old=self.text(m.get("oud"), "oud"),
            new=self.text(m.get("nieuw"), "nieuw") or (ids.clean_number(self.text(m.get("nummer"), "nummer")) if action is Action.RENUMBER else ""),
            anchor=anchor,
            payload=payload,
            before="voor" in m,
            renumbering=self.renumbering(m.get("vernummering"), target, payload),
            period_to_semicolon=self.flag(m.get("slotpunt_wordt_puntkomma"), "slotpunt_wordt_puntkomma"),
            free_text=self.text(m.get("tekst"), "tekst"),
            loc=self.loc(node),
        )  # fmt: skip

    def _check_instruction_keys(
        self, action: Action, m: dict[str, yaml.Node], node: yaml.Node
    ) -> None:
        allowed = {"actie"}
        for spec in INSTRUCTION_KEYS[action]:
            optional = spec.endswith("?")
            names = PAYLOAD_KEYS if spec.rstrip("?") == "payload" else tuple(spec.rstrip("?").split("|"))
            allowed.update(names)
            present = [n for n in names if n in m]
            if not present and not optional:
                self.report("SCH002", f"actie '{action.value}' needs the key "
                            f"'{' or '.join(names)}'", node)  # fmt: skip
            if len(present) > 1:
                self.report("SCH007", f"give only one of {', '.join(present)}", m[present[1]])
        for key in m:
            if key not in allowed:
                self.report("SCH001", f"key '{key}' has no meaning for actie '{action.value}'", _key_node(node, key),
                            "it takes: " + ", ".join(sorted(allowed - {"actie"})))  # fmt: skip

    def target(self, node: yaml.Node | None, what: str) -> Target:
        """Read a place in the amended law, as a reference string or a mapping."""
        if node is None:
            return Target()
        if isinstance(node, yaml.MappingNode):
            m = self.mapping(node, what, {k: False for k in Target.__dataclass_fields__})
            return Target(**{k: ids.clean_number(self.text(v, k)) for k, v in m.items()})
        text = self.text(node, what)
        target = ids.parse_target(text)
        if target is None:
            self.report("SCH004", f"cannot read '{text}' as a place in the amended law", node,
                        "write it like 'artikel 12, eerste lid, onderdeel b'")  # fmt: skip
            return Target()
        return target

    def payload(self, m: dict[str, yaml.Node]) -> tuple[Unit, ...]:
        """Read the new units of an instruction; their numbers must be written."""
        if "artikelen" in m:
            return self._payload_articles(self.seq(m["artikelen"], "artikelen"))
        if "leden" in m:
            return self.leden(m["leden"], numbered_by_position=False)
        if "onderdelen" in m:
            return self.items(m["onderdelen"], 1, numbered_by_position=False)
        return ()

    def _payload_articles(self, nodes: list[yaml.Node]) -> tuple[Division | Article, ...]:
        out: list[Division | Article] = []
        for node in nodes:
            kind = self._division_kind(node)
            out.append(self.division(node, kind, None) if kind else self.article(node, None))
        return tuple(out)

    def renumbering(
        self, node: yaml.Node | None, target: Target, payload: tuple[Unit, ...]
    ) -> Renumbering | None:
        """Read vernummering: a list of {van, naar} pairs."""
        if node is None:
            return None
        old, new = [], []
        for pair in self.seq(node, "vernummering"):
            m = self.mapping(pair, "vernummering", {"van": True, "naar": True})
            old.append(ids.clean_number(self.text(m.get("van"), "van")))
            new.append(ids.clean_number(self.text(m.get("naar"), "naar")))
        unit = unit_kind(payload[0]) if payload else target.unit()
        return Renumbering(unit, tuple(old), tuple(new))


class _Numberer:
    """Gives units their number by position, and reports written numbers that disagree.

    Articles are numbered through the whole bill (Ar 3.54), or per hoofdstuk (Ar 3.56) when the
    first article is written so ("1.1" in hoofdstuk 1): the n-th article of hoofdstuk k is k.n.
    """

    def __init__(self, reader: _Reader, kind: str, amending_law: bool = False) -> None:
        self.reader, self.kind, self.amending_law = reader, kind, amending_law
        self.position = 0
        self.previous = ""
        self.chapter = ""  # the number of the hoofdstuk being read
        self.in_chapter = 0  # the position in it
        self.per_chapter: bool | None = None  # decided by the first article

    def start_chapter(self, number: str) -> None:
        """Start reading hoofdstuk `number`; numbering per hoofdstuk starts again at k.1."""
        self.chapter, self.in_chapter = number, 0
        if self.per_chapter:
            self.previous = ""

    def take(self, node: yaml.Node | None, unit_node: yaml.Node) -> str:
        """Return the unit's number: the written one, or the one its position gives."""
        written = ids.clean_number(self.reader.text(node, "nummer")) if node is not None else ""
        if self.per_chapter is None:
            self.per_chapter = bool(self.chapter) and written.startswith(self.chapter + ".")
        chapter = self.chapter if self.per_chapter else ""
        position = self.in_chapter if self.per_chapter else self.position
        expected = ids.positional_number(
            self.kind, position + 1, amending_law=self.amending_law, chapter=chapter
        )
        if not written or written == expected:
            self._advance(expected)
            return expected
        if self.previous and _is_inserted_number(written, self.previous):
            self.previous = written
            return written
        noun = {"item": "onderdeel", "subitem": "subonderdeel"}.get(self.kind, self.kind)
        self.reader.report(
            "NUM001", f"{noun} number '{written}' differs from its position, which gives '{expected}'",
            node, f"remove 'nummer' to number by position, or write '{expected}'", Severity.WARNING,
        )  # fmt: skip
        self._advance(written)
        return written

    def _advance(self, number: str) -> None:
        self.position += 1
        self.in_chapter += 1
        self.previous = number


def _is_inserted_number(written: str, previous: str) -> bool:
    """Tell whether `written` is an inserted number following `previous` (12 → 12a, I → IA)."""
    m = re.fullmatch(r"(.+?)([a-z]+|[A-Z])", written)
    if not m:
        return False
    base = m.group(1)
    return previous == base or (previous.startswith(base) and previous[len(base) :] < m.group(2))


def _key_node(node: yaml.Node, key: str) -> yaml.Node:
    for k, _ in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            return k
    return node


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"the text '{node.value[:30]}'" if node.value else "nothing"


def _did_you_mean(word: str, choices: object) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)  # type: ignore[call-overload]
    return f"did you mean '{close[0]}'?" if close else ""


def _empty_bill() -> Bill:
    return Bill("", "", Version("", "1970-01-01", Stage.CONSULTATIEVERSIE), "", (), (), ())


Check = Callable[[Bill], list[Diagnostic]]
