"""What a user means by a node: "artikel I, onderdeel B", "28a", "II lid 2", "mvt", an eId.

Staff name nodes on the command line (`consult show --article`, `consult assign --article`);
this resolves such a spec against the consulted bill, read as a point of a response would be (so that
"hoofdstuk II, artikel 1" of a bill whose hoofdstukken number their own articles is that hoofdstuk's), or,
without the bill, against the nodes and touched articles the store keeps.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from wetgen import address
from wetgen.consult.analyse.analyser import Analyser
from wetgen.consult.analyse.refs import find_references
from wetgen.consult.analyse.resolve import GENERAL, MVT
from wetgen.consult.errors import ConsultInputError

_REFERENCE_START = re.compile(r"(?i)(art|artikel|onderde|lid|het|\d+e?\s+lid)")


def node_for(spec: str, known: Mapping[str, str], reader: Analyser | None = None) -> list[str]:
    """Return the node eids a spec names; `known` maps each stored eid to the articles it touches."""
    spec = spec.strip()
    if spec in known:
        return [spec]
    lowered = spec.lower()
    if lowered in ("mvt", "toelichting", "memorie van toelichting"):
        return [MVT]
    if lowered in ("algemeen", "general", "geen"):
        return [GENERAL]
    text = spec if _REFERENCE_START.match(spec) else f"artikel {spec}"
    if reader is not None:
        eids = [e for res in reader.analyse(text).resolutions for e in res.nodes]
    else:
        eids = _by_touches(text, known)
    eids = [e for e in dict.fromkeys(eids) if e in known]
    if not eids:
        raise ConsultInputError(
            f"{spec!r} names no article, onderdeel or lid of the consulted bill"
        )
    return eids


def _by_touches(text: str, known: Mapping[str, str]) -> list[str]:
    out = []
    for ref in find_references(text):
        for number in ref.articles:
            out += [e for e, t in known.items() if number.lower() in t.split(",")]
            article = address.step(address.BILL, address.ARTICLE, number.upper()).eid
            out += [e for e in known if e == article]
    return out
