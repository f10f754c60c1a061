"""A law as plain data (dicts, lists and strings) for JSON: the form `law show --format json` prints.

Every unit is an object with a "kind" ("hoofdstuk", "artikel", "lid", "alinea", "lijst",
"onderdeel", "tabel", …); keys with empty values are left out, so the shape stays small.
"""

from __future__ import annotations

from typing import Any

from wetgen.law.model import Alinea, Article, Block, BwbIds, Division, Law, Lijst, ListItem
from wetgen.law.numbers import same_number


def law_data(law: Law, article: str | None = None) -> dict[str, Any]:
    """Return the law (or only artikel `article`, inside its divisions) as JSON-ready data."""
    body = [data for node in law.body if (data := _node(node, article)) is not None]
    return _compact({"bwb_id": law.bwb_id, "citeertitel": law.citeertitel, "intitule": law.intitule,
                     "inwerkingtreding": law.inwerkingtreding, "soort": law.soort, "body": body})  # fmt: skip


def _node(node: Division | Article, only: str | None) -> dict[str, Any] | None:
    if isinstance(node, Article):
        if only is not None and not same_number(node.number, only):
            return None
        return _compact({
            "kind": "artikel", "label": node.label, "number": node.number, "title": node.title,
            "status": node.status, "path": node.path, **_ids(node.ids),
            "blocks": _blocks(node.blocks),
            "leden": [_compact({"kind": "lid", "number": lid.number, "status": lid.status, "path": lid.path,
                                **_ids(lid.ids), "blocks": _blocks(lid.blocks)}) for lid in node.leden],
        })  # fmt: skip
    children = [data for child in node.children if (data := _node(child, only)) is not None]
    if only is not None and not children:
        return None
    return _compact({"kind": node.kind, "label": node.label, "number": node.number, "title": node.title,
                     "status": node.status, "path": node.path, **_ids(node.ids), "children": children})  # fmt: skip


def _blocks(blocks: tuple[Block, ...]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for block in blocks:
        if isinstance(block, Alinea):
            out.append({"kind": "alinea", "text": block.text})
        elif isinstance(block, Lijst):
            out.append(_compact({"kind": "lijst", "type": block.type, "items": [_item(i) for i in block.items]}))
        else:
            out.append({"kind": "tabel", "header_rows": block.header_rows, "rows": [list(r) for r in block.rows]})
    return out


def _item(item: ListItem) -> dict[str, Any]:
    return _compact({"kind": "onderdeel", "label": item.label, "path": item.path, **_ids(item.ids),
                     "blocks": _blocks(item.blocks)})  # fmt: skip


def _ids(ids: BwbIds) -> dict[str, str]:
    return {"stam_id": ids.stam_id, "versie_id": ids.versie_id, "label_id": ids.label_id}


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value not in ("", [], None) or key == "body"}
